"""Session 25 (slice B): whole pages on Iran's diplomacy with its neighbours and the powers showed three general
misses. An envoy summoned where the text names the envoy's post but not who summoned ("سفیر X در Y احضار شده است"),
or where a bare "وزارت امور خارجه" was read as the outlet's own ministry though the envoy is the outlet's own or serves
elsewhere: the state the envoy serves in (the place after "در" in the envoy's phrase, else the post the knowledge base
gives the envoy) summons, through its foreign ministry; with no host found, a state summoning its own envoy is no
event. A summons announced by the ministry that made it ("از احضار سفیر X ... خبر داد"). Another state's chargé
called in with "فراخواند" is summoned, not recalled (only one's own chargé is recalled). And a statement's issuers
after a group head ("بیانیه مشترک کشورهای عضو X ... را مردود دانست") are whose statement is rejected. Sentences are
written anew (other actors, places, tenses); the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # the envoy's post names the host, who summons
    ("سفیر عراق در آنکارا احضار شده است.", ("ACCUSE", "ministry-of-foreign-affairs-turkey", "IRQ")),
    ("سفیر ریاض در بغداد به وزارت امور خارجه این کشور احضار شد.", ("ACCUSE", "ministry-of-foreign-affairs-iraq", "SAU")),
    ("کاظم جلالی، سفیر کشورمان در مسکو، به وزارت امور خارجه احضار شد.",
     ("ACCUSE", "ministry-of-foreign-affairs-russia", None)),
    # a summons announced by the ministry that made it
    ("وزارت خارجه قطر در بیانیه‌ای از احضار سفیر ایران در دوحه خبر داد.", ("ACCUSE", "ministry-of-foreign-affairs-qatar", None)),
    ("وزارت امور خارجه اردن از احضار کاردار سوریه در امان خبر داد.", ("ACCUSE", "ministry-of-foreign-affairs-jordan", "SYR")),
    # another state's chargé called in is summoned
    ("وزارت خارجه عمان کاردار بحرین را فراخواند.", ("ACCUSE", "ministry-of-foreign-affairs-oman", "BHR")),
    ("وزارت امور خارجه مصر دیروز کاردار سفارت ترکیه در قاهره را فراخواند.", ("ACCUSE", "ministry-of-foreign-affairs-egypt", "TUR")),
    # a statement's issuers after a group head
    ("وزارت خارجه چین مطالب بیانیه مشترک کشورهای عضو گروه هفت درباره تایوان را مردود دانست.", ("REJECT", None, "g7")),
    ("ترکیه ادعاهای مندرج در بیانیه کشورهای اتحادیه اروپا درباره قبرس را رد کرد.", ("REJECT", "TUR", "european-union")),
])
def test_session25_b_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session25_b_own_chargé_still_recalled(kb):
    assert_coded("اردن کاردار خود در تهران را فراخواند.", kb, ("SANCTION", "JOR", "IRN"))


def test_session25_b_chargé_summoned_is_no_recall(kb):
    assert_not_coded("وزارت خارجه عمان کاردار بحرین را فراخواند.", kb, "SANCTION")


def test_session25_b_own_envoy_not_summoned_by_own_ministry(kb):
    """The outlet's own envoy with no post named: its own ministry did not summon it to protest."""
    events = reported_events("عباس موسوی، سفیر کشورمان، روز گذشته به وزارت امور خارجه احضار شد.", kb)
    assert all("ministry-of-foreign-affairs-iran" not in e.source_ids for e in events if e.type == "ACCUSE"), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,etype", [
    ("مربی تیم ملی سه بازیکن جوان را به اردو فراخواند.", "ACCUSE"),
    ("کاردار جدید سفارت کویت در تهران کار خود را آغاز کرد.", "ACCUSE"),
    ("رسانه‌ها از احضار سفیر سابق فوتبال به کمیته انضباطی خبر دادند.", "ACCUSE"),
    ("سفیر آلمان در پی حمله به سفارت در کابل احضار شد.", "ACCUSE"),
    ("شورای شهر بیانیه مشترک کشورهای حاضر در جشنواره فیلم را منتشر کرد.", "REJECT"),
])
def test_session25_b_guards(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
