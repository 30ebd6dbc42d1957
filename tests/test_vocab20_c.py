"""Session 20 (slice C): Gulf, Iraqi and Levant news as Persian outlets tell it — envoys told to leave a country,
named inside the request after "از" and often by a nationality adjective ("از دو دیپلمات قطری خواست ... خاک ... را
ترک کنند"), persona non grata with the indefinite ("عنصری نامطلوب"), and the Islamic State's members named by the
adjective "داعشی"; a break or downgrade in relations announced as a noun ("از قطع روابط خود با X خبر داد"), and
mediation between two sides (CAMEO 045: "X میان A و B میانجیگری کرد"). Each case is written anew (other actors, other details); the guards are everyday sentences with
the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # envoys asked to leave, named after "از" by a nationality adjective or a state
    ("وزارت خارجه بحرین از دو دیپلمات عراقی خواست تا ظرف یک هفته خاک این کشور را ترک کنند.", ("SANCTION", None, "IRQ")),
    ("دولت اردن از کاردار سوری خواست ظرف چهل و هشت ساعت خاک اردن را ترک کند.", ("SANCTION", "JOR", "SYR")),
    ("مقامات قطر از چهار دیپلمات مصری خواسته که خاک این کشور را ترک کنند.", ("SANCTION", "QAT", "EGY")),
    ("عمان از سه دیپلمات یمن خواست ظرف پنج روز خاک عمان را ترک کنند.", ("SANCTION", "OMN", "YEM")),
    # persona non grata with the indefinite
    ("دولت کویت رایزن فرهنگی سفارت لبنان را «عنصری نامطلوب» خواند.", ("SANCTION", "KWT", "LBN")),
    # members of the Islamic State named by the adjective
    ("ارتش عراق شش عنصر داعشی را در صحرای الانبار دستگیر کرد.", ("COERCE", "iraqi-army", "islamic-state")),
    ("پلیس اردن دو تروریست داعشی را در شهر زرقا بازداشت کرد.", ("COERCE", "JOR", "islamic-state")),
    # a break or downgrade in relations announced as a noun
    ("دولت جیبوتی امروز از قطع روابط دیپلماتیک خود با قطر خبر داد.", ("SANCTION", "DJI", "QAT")),
    ("مالدیو و موریتانی از قطع روابط خود با دوحه خبر دادند.", ("SANCTION", "MDV", "QAT")),
    ("کویت از کاهش سطح روابط خود با لبنان خبر داد.", ("SANCTION", "KWT", "LBN")),
])
def test_session20_c_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,source,targets", [
    ("سلطنت عمان هفته گذشته میان عربستان و یمن میانجیگری کرد.", "OMN", {"SAU", "YEM"}),
    ("کویت بین قطر و امارات میانجی‌گری کرده است.", "KWT", {"QAT", "ARE"}),
    ("الجزایر در ماه‌های اخیر میان ریاض و دمشق وساطت کرد.", "DZA", {"SAU", "SYR"}),
    ("عراق نقش میانجی را در گفت‌وگوهای میان ایران و اردن ایفا کرد.", "IRQ", {"IRN", "JOR"}),
])
def test_session20_c_mediation(kb, sentence, source, targets):
    events = [e for e in reported_events(sentence, kb) if e.type == "CONSULT" and e.mode == "mediate"]
    assert events and source in events[0].source_ids and targets <= set(events[0].target_ids), \
        [(e.type, e.mode, e.source_ids, e.target_ids) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence,etype", [
    ("وزارت خارجه عراق از شهروندان خود خواست هر چه زودتر خاک لبنان را ترک کنند.", "SANCTION"),
    ("سفارت قطر از گردشگران قطری خواست تا پایان هفته خاک ترکیه را ترک کنند.", "SANCTION"),
    ("کشاورز از کارگران خواست پیش از باران خاک مزرعه را ترک کنند.", "SANCTION"),
    ("نویسنده در این رمان از عنصری نامطلوب در خانواده سخن می‌گوید.", "SANCTION"),
    ("او گفت رفتار داعشی با مردم موصل را هرگز فراموش نمی‌کند.", "COERCE"),
    ("این شرکت از کاهش سطح تولید خود در کارخانه اصفهان خبر داد.", "SANCTION"),
    ("مادربزرگ همیشه میان دو پسرش میانجیگری کرده است.", "CONSULT"),
    ("کدخدای روستا میان دو خانواده بر سر زمین وساطت کرد.", "CONSULT"),
])
def test_session20_c_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
