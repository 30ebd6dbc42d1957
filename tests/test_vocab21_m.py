"""Session 21 (slice M): headlines and leads. A headline names a meeting as a noun with both sides, the second after
"با" ("دیدار X با Y در ...") or after a pair of meeting nouns ("دیدار و مذاکره X و Y", "دیدار و گفت‌وگوی X و Y");
rasad coded neither. The headline's meeting is one event with the body's report of it, dated by the body (not by
the lead's other dates, such as the guest's arrival the night before). Each case is written anew (other actors,
other details); the guards are everyday headlines with the same words that report no meeting of officials."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument

_LEAD = "به گزارش خبرگزاری مهر، جزئیات بیشتری از محور گفت‌وگوها منتشر نشده است."


def headline_events(headline: str, kb, lead: str = _LEAD, published: str = "2024-10-20T10:00:00+03:30"):
    doc = RawDocument(source="t.txt", text=headline + "\n" + lead, published=published)
    return annotate_document(doc, kb).events


@pytest.mark.parametrize("headline,source,target", [
    # a meeting noun, its genitive and the partner after "با"
    ("دیدار وزیر خارجه قطر با لاوروف در دوحه", "mohammed-bin-abdulrahman-bin-jassim-al-thani", "sergey-lavrov"),
    ("دیدار اردوغان با پزشکیان در حاشیه اجلاس بریکس", "recep-tayyip-erdogan", "masoud-pezeshkian"),
    ("ملاقات وانگ یی با عراقچی در پکن", "wang-yi", "abbas-araghchi"),
    ("رایزنی تلفنی لاوروف با فیدان درباره سوریه", "sergey-lavrov", "hakan-fidan"),
    # two meeting nouns, the second with its ezafe, and the pair after them
    ("دیدار و گفت‌وگوی پوتین و پزشکیان در کازان", "vladimir-putin", "masoud-pezeshkian"),
    ("دیدار و گفتگوی لاوروف و وانگ یی در آستانه", "sergey-lavrov", "wang-yi"),
    ("دیدار و مذاکره فیدان و عراقچی در استانبول", "hakan-fidan", "abbas-araghchi"),
])
def test_headline_meeting(kb, headline, source, target):
    events = [e for e in headline_events(headline, kb) if e.type == "CONSULT"]
    assert any({source, target} <= set(e.source_ids + e.target_ids) for e in events), \
        [(e.source_ids, e.target_ids) for e in events]


def test_headline_meeting_dated_by_the_body(kb):
    """The headline's meeting and the lead's are one event, on the day the lead gives the meeting (not the arrival
    the evening before)."""
    lead = ("وزیر خارجه عمان که شامگاه دیروز وارد تهران شد، صبح امروز شنبه در محل وزارت امور خارجه با "
            "عراقچی دیدار کرد.")
    events = [e for e in headline_events("دیدار البوسعیدی با عراقچی در تهران", kb, lead=lead)
              if e.type == "CONSULT" and "abbas-araghchi" in e.source_ids + e.target_ids]
    assert len(events) == 1, [(e.source_ids, e.target_ids, e.date) for e in events]
    assert events[0].date == "2024-10-19", events[0].date


@pytest.mark.parametrize("headline", [
    "دیدار تیم ملی فوتبال ایران با ژاپن در دوحه",
    "دیدار و گفت‌وگوی صمیمی با مردم در حاشیه نمایشگاه کتاب",
    "دیدار و مذاکره با سرمایه‌گذاران خارجی در اتاق بازرگانی",
])
def test_headline_without_two_officials(kb, headline):
    assert not [e for e in headline_events(headline, kb) if e.type == "CONSULT"]


def test_elect_before_a_kickers_semicolon(kb):
    """A kicker ending in "؛" right after "منتخب": the office's elect (in the weeks after the election), not the
    holder who just left it."""
    kicker = "در گفت‌وگوی تلفنی وزیر خارجه ترکیه با رئیس‌جمهور منتخب؛"
    events = [e for e in headline_events(kicker, kb, published="2024-07-08T10:00:00+03:30") if e.type == "CONSULT"]
    assert any("masoud-pezeshkian" in e.source_ids + e.target_ids for e in events), \
        [(e.source_ids, e.target_ids) for e in events]
    assert not any("ebrahim-raisi" in e.source_ids + e.target_ids for e in events)


@pytest.mark.parametrize("lead,source,target", [
    # a monarch called "پادشاه" whose title is sultan or emir: the state's holder of that title
    ("به گزارش ایرنا، پادشاه عمان امروز در کاخ سعدآباد با رئیسی دیدار کرد.", "haitham-bin-tariq", "ebrahim-raisi"),
    ("به گزارش ایرنا، پادشاه قطر امروز در دوحه با اردوغان دیدار کرد.", "tamim-bin-hamad-al-thani",
     "recep-tayyip-erdogan"),
])
def test_king_named_for_a_sultan_or_emir(kb, lead, source, target):
    events = [e for e in headline_events("دیدار در کاخ", kb, lead=lead, published="2023-05-29T10:00:00+03:30")
              if e.type == "CONSULT"]
    assert any({source, target} <= set(e.source_ids + e.target_ids) for e in events), \
        [(e.source_ids, e.target_ids) for e in events]


def test_welcoming_a_step_is_no_hosting(kb):
    """"X از موفقیت میانجیگری ... استقبال کرد": a step welcomed, no guest; a guest after "از" is still hosted."""
    lead = ("به گزارش ایرنا، امیر کویت از موفقیت میانجیگری عمان به همراه قطر در حصول آتش‌بس "
            "استقبال کرد.")
    events = headline_events("استقبال کویت از آتش‌بس", kb, lead=lead, published="2024-05-10T10:00:00+03:30")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.source_ids, e.target_ids) for e in events]
    lead = "به گزارش ایرنا، پزشکیان امروز در فرودگاه مهرآباد از امیر قطر استقبال کرد."
    events = headline_events("ورود امیر قطر به تهران", kb, lead=lead, published="2025-02-19T10:00:00+03:30")
    assert any(e.type == "CONSULT" and "tamim-bin-hamad-al-thani" in e.source_ids + e.target_ids for e in events)
