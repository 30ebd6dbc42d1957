"""Session 21 (slice B): threats and rejections in the wordings real outlets use but rasad missed or misread — a
threat sharing the next clause's verb ("X را تهدید و ... کرد"), a refusal to negotiate with its topic between the
partner and the verb ("با X درباره ... مذاکره نخواهد کرد"), an act named only as what a report or claim says ("گزارش
... مبنی بر حمایت X از Y"), an act named inside what is denied ("خبر ... حمله X به Y را تکذیب کرد") and an attack
named only as what a warning's condition would go on with ("در صورت ادامه حملات X ..."). Each case is written anew
(other actors, other details); the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a threat sharing the next clause's verb
    ("رهبر انصارالله در سخنرانی تلویزیونی خود ناوهای آمریکایی را تهدید و تصریح کرد که دریای سرخ امن نخواهد بود.",
     ("THREATEN", "abdul-malik-al-houthi", "USA")),
    ("وزیر دفاع ترکیه در آنکارا گروه‌های کرد سوریه را تهدید و اعلام کرد عملیات تازه‌ای در راه است.",
     ("THREATEN", None, "SYR")),
    # a refusal to negotiate, its topic between the partner and the verb
    ("وزیر خارجه ونزوئلا گفت کاراکاس با آمریکا درباره انتخابات آینده مذاکره نخواهد کرد.",
     ("REJECT", None, "USA")),
    ("سخنگوی طالبان اعلام کرد این گروه با دولت پاکستان در مورد خط دیورند مذاکره نخواهد کرد.",
     ("REJECT", "taliban", "PAK")),
])
def test_session21_b_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # what a report or a claim says happened is not reported as done
    ("سخنگوی وزارت خارجه قطر گزارش‌های رسانه‌های غربی مبنی بر حمایت مالی دوحه از حماس را نادرست دانست.", "SUPPORT"),
    ("وزارت دفاع روسیه شایعات مبنی بر حمله پهپادی اوکراین به پایگاه هوایی انگلس را رد کرد.", "ASSAULT"),
    # an act named inside what is denied did not happen
    ("سخنگوی وزارت خارجه عراق خبر تخلیه سفارت عراق در اردن را تکذیب کرد.", "SANCTION"),
    ("ارتش پاکستان خبر حمله هوایی به ولایت کنر را قاطعانه تکذیب کرد.", "ASSAULT"),
    # an attack that a warning's condition would go on with
    ("گروه الشباب به کنیا هشدار داد که در صورت ادامه حمله هوایی علیه مواضعش، شهروندان کنیایی را هدف قرار خواهد داد.",
     "ASSAULT"),
    ("سپاه هشدار داد در صورت تکرار حمله به کشتی‌های ایرانی، پاسخی قاطع خواهد داد.", "ASSAULT"),
    # everyday words
    ("مدیر مدرسه دانش‌آموزان کلاس را تهدید و تنبیه کرد.", "THREATEN"),
    ("تیم ملی با فدراسیون درباره قرارداد سرمربی مذاکره نخواهد کرد.", "REJECT"),
])
def test_session21_b_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


def test_session21_b_denial_keeps_its_own_event(kb):
    """The denial itself is still reported when the act named in it is dropped: the source denies the claimant."""
    sentence = "وزارت خارجه چین ادعای آمریکا مبنی بر حمله سایبری چین به وزارت خزانه‌داری را قویاً تکذیب کرد."
    assert_coded(sentence, kb, ("REJECT", None, "USA"))
    assert not [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
