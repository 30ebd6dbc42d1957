"""Session 24 (slice V): general causes behind required events the real-news dev half still missed, and false
events it coded. Documents signed told in the present perfect of "رسید" ("... به امضا رسیده است": the perfect
reports the act as the past does; "رسید" joins grammar.yaml's light verbs) or signed "به امضا X" with the ezafe's
"ی" left off (grammar.yaml trigger_spellings); an attack whose "به" target comes after
an earlier clause's comma or "که", where the frame (or the subject search) took a "در مقابل X،" (read as "against") or a "را" object of a relative
clause's verb ("... که اخبار X را پوشش می‌دهد، گزارش کرده که افراد مسلح به پایگاه Y حمله کرده‌اند"), and unnamed attackers
opening the clause right after "که" (their phrase was looked for only with a space inside the clause); support for a
state's good named as two abstract nouns ("از ثبات و امنیت X", "از حاکمیت و تمامیت ارضی X": grammar.yaml
and_compounds, so the state after them is still the genitive); and a claim hedged inside a relative clause ("نهادهایی
که X مدعی است ... را تأمین مالی می‌کنند"), which accuses the noun before "که", not the object after the trigger.
Each case is written anew (other actors, places, tenses); the guards are everyday sentences with the same words
that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # an agreement signed, in the present perfect
    ("هاکان فیدان در سفر به باکو با جیحون بایراموف دیدار کرد. در جریان این سفر هفت توافق‌نامه همکاری به امضا "
     "رسیده است.", ("AGREE", "TUR", "AZE")),
    ("ولادیمیر پوتین در سفر به پکن با شی جین‌پینگ دیدار کرد. به گفته کرملین در جریان این سفر ده موافقت‌نامه اقتصادی "
     "به امضا رسیده است.", ("AGREE", "RUS", "CHN")),
    # signed by people named after "به امضا" with the ezafe's "ی" left off
    ("چهار موافقت‌نامه میان عمان و اردن به امضا وزرای اقتصاد دو کشور رسید.", ("AGREE", "OMN", "JOR")),
    # an unnamed attacker's attack on a named force after an earlier clause's comma
    ("یک خبرگزاری محلی که اخبار شهرهای مرزی پاکستان را پوشش می‌دهد، گزارش کرده که افراد مسلح به پایگاه نیروهای سپاه "
     "پاسداران حمله کرده‌اند.", ("ASSAULT", None, "islamic-revolutionary-guard-corps")),
    ("در مقابل روایت رسانه‌های دولت عراق، یک منبع محلی گفت که افراد ناشناس به مقر سپاه پاسداران حمله کردند.",
     ("ASSAULT", None, "islamic-revolutionary-guard-corps")),
    # support for a state's good named as two abstract nouns
    ("وانگ یی بر حمایت پکن از حاکمیت و تمامیت ارضی پاکستان تأکید کرد.", ("SUPPORT", "wang-yi", "PAK")),
    ("هاکان فیدان بر حمایت ترکیه از ثبات و امنیت عراق تاکید کرد.", ("SUPPORT", "hakan-fidan", "IRQ")),
])
def test_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_unnamed_attackers_leave_an_earlier_clause_party_out(kb):
    # the state named before the comma and "که" did not attack: the attackers are unnamed
    events = reported_events("برخلاف گزارش‌های رسمی پاکستان، یک رسانه محلی نوشته است که مردان مسلح به پاسگاه نیروهای "
                             "سپاه پاسداران حمله کرده‌اند.", kb)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(not e.source_ids for e in attacks), [(e.type, e.source_ids, e.target_ids) for e in events]


def test_support_for_stability_names_the_state_not_the_counterpart(kb):
    # the counterpart of a call is not the one whose stability is backed
    events = reported_events("هاکان فیدان در گفت‌وگوی تلفنی با همتای سوری خود بر حمایت ترکیه از صلح و ثبات لبنان "
                             "تأکید کرد.", kb)
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and all(e.target_ids == ["LBN"] for e in support), [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,etype", [
    # a claim hedged inside a relative clause accuses no one after the trigger
    ("وزارت خزانه‌داری آمریکا تحریم‌هایی را علیه شرکت‌هایی که واشنگتن مدعی است برنامه موشکی ایران را تأمین مالی "
     "می‌کنند اعلام کرد.", "ACCUSE"),
    # the same words with no signing, no attack, no support
    ("این توافق‌نامه به مرحله نهایی رسیده است.", "AGREE"),
    ("کاروان زائران ایرانی به مرز مهران رسیده است.", "AGREE"),
    ("هیئت تجاری پس از امضا کردن چند سفارش به فرودگاه امام رسید.", "AGREE"),
    ("در مقابل سفارت فرانسه، خبرنگاران به پرسش‌های مردم درباره حمله پاسخ دادند.", "ASSAULT"),
    ("ثبات و امنیت عراق برای همه کشورهای منطقه اهمیت دارد.", "SUPPORT"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
