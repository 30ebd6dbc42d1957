"""Session 21 (slice D): agreements, concessions, retreats and aid in the wordings real outlets use but rasad missed
— a document with the indefinite before "را" after the two signers ("X و Y سندی را امضا کردند"), a party named by
its government's head noun ("X و رژیم Y", "X و حکومت Y"), talks ended "با امضای یک توافقنامه", a truce reached
("به آتش‌بس دست یافتند"), a withdrawal begun from a place ("عقب‌نشینی از X را آغاز کرد", "خروج صدها نیروی خود از X"),
nationals and embassy staff evacuated, aid given as a sum to a recipient named first, paid in the present, provided,
delivered ("رساند") or handed over, aid packages approved, and aid sent by someone's order ("به دستور X، کمک‌ها
... ارسال شد"). Each case is written anew (other actors, other details); the guards are everyday sentences with the
same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a document with the indefinite right before "را": the pair before it signed it
    ("ترکیه و عراق سندی را در زمینه انرژی امضا کردند.", ("AGREE", "TUR", "IRQ")),
    ("قزاقستان و ازبکستان توافقی را برای تقسیم آب امضا کرده‌اند.", ("AGREE", "KAZ", "UZB")),
    # a party named by its government's head noun, joined by "و"
    ("قطر و رژیم طالبان بر سر همکاری‌های اقتصادی توافق کردند.", ("AGREE", "QAT", "taliban")),
    # talks ended with an agreement signed, the sides after "میان"
    ("گفت‌وگوهای میان ارمنستان و جمهوری آذربایجان در مسکو با امضای یک توافقنامه پایان یافت.", ("AGREE", "ARM", "AZE")),
    # a truce reached, said with "دست یافتن"
    ("ارمنستان و جمهوری آذربایجان پس از دو روز درگیری به آتش‌بس موقت دست یافتند.", ("RETREAT", "ARM", "AZE")),
    # a withdrawal begun from a place (an earlier "از" names no target), or with a count of one's own forces
    ("ترکیه پس از شکست پ.ک.ک، عقب‌نشینی از شمال عراق را آغاز کرده است.", ("RETREAT", "TUR", "IRQ")),
    ("فرانسه خروج صدها نیروی خود از نیجر را آغاز کرد.", ("RETREAT", "FRA", "NER")),
    # nationals and embassy staff evacuated from a state
    ("یک هواپیمای ایتالیایی ۲۰۰ تبعه خارجی را از سودان خارج کرد.", ("RETREAT", None, "SDN")),
    ("کره جنوبی کارکنان سفارت خود را از سودان تخلیه کرد.", ("RETREAT", "KOR", "SDN")),
    # a sum given, the recipient named before it; a sum paid in the present
    ("ژاپن به مردم سودان نزدیک به ۲۰ میلیون دلار کمک کرده است.", ("AID", "JPN", "SDN")),
    ("اتحادیه اروپا هر ماه ۱۵ میلیون دلار به لبنان می‌دهد.", ("AID", "european-union", "LBN")),
    # aid offered with its channel between, provided, delivered
    ("قطر ۴۰ میلیون دلار کمک‌های بشردوستانه را از طریق صندوق ویژه به سوریه ارائه کرده است.", ("AID", "QAT", "SYR")),
    ("کانادا کمک‌های پزشکی را به مردم اوکراین فراهم کرده است.", ("AID", "CAN", "UKR")),
    ("ترکیه اولین محموله کمک‌های بشردوستانه خود را به سوریه رساند.", ("AID", "TUR", "SYR")),
    # an aid package approved
    ("اتحادیه اروپا دو بسته کمکی به ارزش ۳۰ میلیون یورو به لبنان را تایید کرد.", ("AID", "european-union", "LBN")),
    # aid sent in the passive by someone's order
    ("به دستور اردوغان، کمک‌های بشردوستانه برای مردم سوریه ارسال شد.", ("AID", "recep-tayyip-erdogan", "SYR")),
    # a cargo of aid handed to a relief body: aid, not a release of captives
    ("امارات محموله‌ای از کمک‌ها شامل چادر و پتو را به نمایندگان صلیب سرخ در خارطوم تحویل داد.", ("AID", "ARE", None)),
])
def test_session21_d_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session21_d_aid_cargo_is_no_release(kb):
    events = reported_events("امارات محموله‌ای از کمک‌ها شامل چادر و پتو را به نمایندگان صلیب سرخ در خارطوم تحویل داد.", kb)
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize("sentence,etype", [
    ("پلیس اتباع غیرمجاز را از کشور خارج کرد و به مرز فرستاد.", "RETREAT"),
    ("مدیر مدرسه دانش‌آموزان را از ساختمان خارج کرد.", "RETREAT"),
    ("پیک موتوری محموله را به مشتری رساند و رسید گرفت.", "AID"),
    ("این شرکت هر سال ۵ میلیون دلار به سهامداران خود می‌دهد.", "AID"),
    ("او نامه‌ای را امضا کرد و به دفتر فرستاد.", "AGREE"),
    ("مربی گفت بازیکنان عقب‌نشینی از مواضع قبلی را آغاز کرده‌اند.", "RETREAT"),
])
def test_session21_d_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
