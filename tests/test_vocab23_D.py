"""Session 23 (slice D): verbal cooperation and conflict — agreements, backing, condolences, blame and refusals — in
the wordings real outlets use but rasad missed: the object marker written joined to a demonstrative ("آنرا"), a
welcome of an agreement named at length or stated in the present, sympathy named before condolence in a call, the
signers after "به امضای", a proposal met "با مخالفت X", the Dari "متهم بر", both sides by nationality after
"طرفین", and a foreign secretary's Fars spelling. Each case is written anew (other actors, other details); the guards
are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events

POSITIVE = [
    # "آنرا": the object marker glued to its demonstrative hides "را" from the trigger
    ("سخنگوی وزارت خارجه پاکستان انفجار کویته را کار گروه‌های مسلح خواند و مسئولیت مستقیم آنرا متوجه هند دانست.",
     ("ACCUSE", None, "IND")),
    # an agreement welcomed, named with its parties and purpose, or in the present
    ("وزارت خارجه اندونزی از توافق ارمنستان و آذربایجان برای گشودن گذرگاه‌های مرزی در منطقه قفقاز جنوبی استقبال کرد.",
     ("SUPPORT", None, "ARM")),
    ("دولت مالزی از توافقات حاصل شده میان هند و پاکستان استقبال می‌کند.",
     ("SUPPORT", None, "PAK")),
    # sympathy named before condolence, said in a call to its partner
    ("نخست‌وزیر پاکستان در تماس تلفنی با رجب طیب اردوغان، ضمن ابراز همدردی و تسلیت در پی زلزله، بر آمادگی اسلام‌آباد "
     "برای کمک تاکید کرد.",
     ("SUPPORT", None, "recep-tayyip-erdogan")),
    # the signers after "به امضای"
    ("سند همکاری راهبردی به امضای اردوغان و الهام علی‌اف رسید.",
     ("AGREE", "recep-tayyip-erdogan", "ilham-aliyev")),
    # a proposal met with a party's opposition
    ("پیش‌نویس قطعنامه برزیل درباره سودان با مخالفت روسیه مواجه شد.",
     ("REJECT", "RUS", "BRA")),
    ("طرح پیشنهادی مکزیک با مخالفت شدید آمریکا روبرو شد.",
     ("REJECT", "USA", "MEX")),
    # the Dari "متهم بر"
    ("وزیر داخله افغانستان پاکستان را متهم بر پناه دادن به شورشیان کرد.",
     ("ACCUSE", None, "PAK")),
    # both sides by their nationalities after "طرفین"
    ("طرفین ترکیه‌ای و سوری بر سر بازگشایی گذرگاه مرزی توافق کردند.",
     ("AGREE", "TUR", "SYR")),
]


@pytest.mark.parametrize("sentence,expected", POSITIVE)
def test_session23_d_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


GUARDS = [
    # a club's fans welcoming its own decision
    ("هواداران از تصمیم باشگاه برای تمدید قرارداد سرمربی در فصل آینده استقبال کردند.", "SUPPORT"),
    # a fan's condolences and praise for a player
    ("یک هوادار ضمن ابراز همدردی و تسلیت به خانواده بازیکن، از عملکرد او در زمین تمجید کرد.", "SUPPORT"),
    # opposition by people no actor names
    ("طرح افزایش شهریه با مخالفت دانشجویان مواجه شد.", "REJECT"),
    ("پیشنهاد سرمربی برای تغییر ساعت تمرین با مخالفت بازیکنان روبرو شد.", "REJECT"),
    # a court rejecting a tax appeal, "آنرا" split
    ("دادگاه تجدیدنظر اعتراض شرکت به مالیات را بررسی کرد و آنرا رد کرد.", "REJECT"),
    # a contract signed by a mayor and a club
    ("قرارداد ساخت ورزشگاه به امضای شهردار و مدیرعامل باشگاه رسید.", "AGREE"),
    # a headmaster's charge
    ("مدیر مدرسه معلم را متهم بر سهل‌انگاری کرد.", "ACCUSE"),
]


@pytest.mark.parametrize("sentence,etype", GUARDS)
def test_session23_d_no_event(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


def test_session23_d_split_keeps_offsets(kb):
    """"آنرا" is split in the body, and the event's trigger still points at the words of the text."""
    sentence = "وزیر خارجه نروژ گزارش شورای حقوق بشر را خواند و مسئولیت آنرا متوجه ارتش میانمار دانست."
    events = [e for e in reported_events(sentence, kb) if e.type == "ACCUSE"]
    assert events and all("آن را" in e.trigger for e in events), [(e.type, e.trigger) for e in events]


def test_session23_d_secretary_spelling(kb):
    """The Fars and Tasnim spelling of a secretary of state in office, by his surname alone."""
    sentence = "وزارت خارجه چین ادعاهای پامپئو درباره منشأ ویروس کرونا را رد کرد."
    events = reported_events(sentence, kb, published="2020-05-10T10:00:00+04:30")
    assert [e for e in events if e.type == "REJECT" and "mike-pompeo" in e.target_ids], \
        [(e.type, e.source_ids, e.target_ids) for e in events]
