"""Session 20 (slice D): the Russia–Ukraine war, the Security Council, the IAEA and sanctions as Persian outlets tell
them — resolutions passed "in condemnation of" an act (the doer condemned, not its victim) or "against" a state,
attacks told by whoever announces them or by the place that witnessed them, ships added to a state's sanctions list,
and the "trigger mechanism" of the nuclear deal set going. Each case is written anew (other actors, other details);
the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a resolution condemning an act: its doer is condemned, the victim after "به" is not
    ("مجمع عمومی سازمان ملل متحد با ۱۲۰ رای موافق قطعنامه‌ای را در محکومیت حمله اسرائیل به لبنان تصویب کرد.",
     ("ACCUSE", "united-nations-general-assembly", "ISR")),
    ("شورای امنیت سازمان ملل روز سه‌شنبه قطعنامه‌ای در محکومیت حملات ترکیه علیه سوریه تصویب کرد.",
     ("ACCUSE", "united-nations-security-council", "TUR")),
    ("پارلمان اروپا با اکثریت آرا قطعنامه ضد بلاروس را تصویب کرد.", ("ACCUSE", "european-parliament", "BLR")),
    # an attack told by whoever announces it, or by the place that witnessed it
    ("وزارت دفاع بلاروس از حملات مکرر لهستان به خاک بلاروس خبر داد.", ("ASSAULT", "POL", "BLR")),
    ("یک مقام محلی از حمله اسرائیل به مواضع ارتش لبنان در نزدیکی مرز خبر داد.", ("ASSAULT", "ISR", "lebanese-armed-forces")),
    ("پایتخت سوریه، بامداد امروز شاهد حملات گسترده اسرائیل به فرودگاه بود.", ("ASSAULT", "ISR", "SYR")),
    # vessels named by no party added to a state's sanctions list
    ("وزارت خزانه‌داری آمریکا روز جمعه ۱۵ نفتکش را به فهرست تحریم‌های ونزوئلا افزود.",
     ("SANCTION", "united-states-department-of-the-treasury", "VEN")),
    # the nuclear deal's trigger mechanism set going
    ("فرانسه، آلمان و بریتانیا روز گذشته مکانیسم ماشه را فعال کردند.", ("SANCTION", "FRA", None)),
    ("تروئیکای اروپایی هفته گذشته روند فعال‌سازی سازوکار ماشه را آغاز کرد.", ("SANCTION", "eu-three", None)),
])
def test_session20_d_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("شورای شهر تهران قطعنامه‌ای در محکومیت آلودگی هوا تصویب کرد.", "ACCUSE"),
    ("کارشناسان پس از حمله روسیه به اوکراین از افزایش قیمت گندم خبر دادند.", "ASSAULT"),
    ("سخنگوی کاخ سفید از حمله احتمالی روسیه به لهستان خبر داد.", "ASSAULT"),
    ("وزیر خارجه از حملات لفظی ترامپ به اروپا خبر داد.", "ASSAULT"),
    ("ما در این مستند شاهد حمله شیر به گله گورخرها هستیم.", "ASSAULT"),
    ("مربی تیم پس از بازی گفت مهاجمان ما شاهد حملات زیادی به دروازه حریف بودند.", "ASSAULT"),
    ("مکانیک تعمیرگاه ماشه تفنگ شکاری را تعمیر و فعال کرد.", "SANCTION"),
])
def test_session20_d_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
