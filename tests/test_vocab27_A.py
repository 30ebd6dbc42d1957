"""Session 27 (slice A): whole dev pages from the last fresh part (a cabinet rift, a Taliban ministry meeting an
embassy, an intelligence ministry's spy arrests). The general causes found there, each written anew (other people,
bodies, tenses), with guards for the everyday sentences that use the same words:

- a courtesy title, one surname and an office set apart by a comma ("آقای X، معاون ...") named no one: a stranger's
  name wanted two words;
- a body the knowledge base knows, followed by the ruling group whose state it serves ("وزارت ... طالبان"), was
  merged into the group as if a foreign state's body;
- "مجاری" (channels: "از مجاری دیپلماتیک") was read as the adjective of Hungary;
- a resignation and its acceptance told as two nouns ("استعفای X و پذیرش آن از سوی Y") coded nothing;
- Afghanistan's ministry for refugees and returnees was not in the knowledge base."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED, assert_coded, assert_not_coded


def _annotation(text, kb, published="2024-07-20T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)


# --- "آقای X، <office>": one surname between a title and an apposed office is a person --------------------------

@pytest.mark.parametrize("sentence,surname", [
    ("سفیر پاکستان در کابل با آقای فرهمندی، سرکنسول ایران در پیشاور، دیدار و گفتگو کرد.", "فرهمندی"),
    ("خانم طاهرخانی، سخنگوی شهرداری مشهد، روز دوشنبه از بازگشایی دو پل خبر داد.", "طاهرخانی"),
])
def test_titled_surname_before_office(sentence, surname, kb):
    doc = _annotation(sentence, kb)
    people = [m for m in doc.entities if m.type == "PERSON" and surname in m.forms]
    assert people, [(m.name, m.forms) for m in doc.entities]
    assert any(r.refers_to == people[0].name for r in doc.roles), [(r.text, r.refers_to) for r in doc.roles]


@pytest.mark.parametrize("sentence", [
    # a title before an office word, or before an everyday word, names no one
    "آقای وزیر، رئیس دولت منتظر پاسخ شماست.",
    "خانم دکتر، مدیر بیمارستان امروز در جلسه حاضر نبود.",
])
def test_titled_word_not_a_name(sentence, kb):
    doc = _annotation(sentence, kb)
    assert not [m for m in doc.entities if m.type == "PERSON" and not m.kb_id], [(m.name, m.forms) for m in doc.entities]


def test_titled_surname_meets(kb):
    """The stranger is the meeting's other side, not the embassy's state he serves."""
    events = _annotation("عبدالقادر احمدزی با آقای فرهمندی، معاون سفارت ایران، دیدار کرد.", kb).events
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and any(e.target for e in consult), [(e.type, e.source, e.target) for e in events]


# --- a ruling group's own body stays the body --------------------------------------------------------------------

@pytest.mark.parametrize("sentence,body", [
    ("وزارت امور داخله طالبان از دستگیری سه نفر در هرات خبر داد.", "ministry-of-interior-affairs-afghanistan"),
    ("وزارت امور مهاجرین و عودت‌کنندگان طالبان روز شنبه اعلام کرد هزار خانواده به کشور بازگشتند.",
     "ministry-of-refugees-and-repatriation-afghanistan"),
])
def test_group_own_body(sentence, body, kb):
    doc = _annotation(sentence, kb)
    ids = {m.kb_id for m in doc.entities}
    assert body in ids and "taliban" in ids, ids


def test_foreign_body_of_group_still_merged(kb):
    """Guard: Iran's generic "وزارت خارجه" followed by the group is the group's ministry (no entry of its own)."""
    ids = {m.kb_id for m in _annotation("وزارت خارجه حوثی‌ها حمله به صنعا را محکوم کرد.", kb).entities}
    assert "houthis" in ids and "ministry-of-foreign-affairs-iran" not in ids, ids


# --- "مجاری" as channels ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "وزارت خارجه اعلام کرد اعتراض خود را از مجاری دیپلماتیک به دولت عراق منتقل می‌کند.",
    "این شکایت از طریق مجاری قانونی پیگیری خواهد شد.",
])
def test_channels_not_hungary(sentence, kb):
    assert "HUN" not in {m.kb_id for m in _annotation(sentence, kb).entities}


def test_hungary_still_named(kb):
    """Guard: the state and its adjective still link."""
    ids = {m.kb_id for m in _annotation("وزیر خارجه مجارستان با همتای مجار خود در بوداپست دیدار کرد.", kb).entities}
    assert "HUN" in ids, ids


# --- a resignation and its acceptance as nouns ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence,source,target", [
    ("پس از استعفای عباس عراقچی و پذیرش آن از سوی مسعود پزشکیان، جلسه کابینه برگزار شد.",
     "abbas-araghchi", "masoud-pezeshkian"),
    ("به دنبال استعفای محمدجواد ظریف و قبول آن توسط مسعود پزشکیان، گمانه‌زنی‌ها آغاز شد.",
     "mohammad-javad-zarif", "masoud-pezeshkian"),
])
def test_resignation_and_acceptance(sentence, source, target, kb):
    assert_coded(sentence, kb, ("CONCEDE", source, target), day="2025-03-01")


@pytest.mark.parametrize("sentence", [
    # an admission's acceptance, a student's: no resignation
    "پذیرش دانشجو از سوی دانشگاه تهران و پذیرش آن از سوی وزارت علوم آغاز شد.",
    "درخواست عضویت ترکیه و پذیرش آن از سوی اتحادیه اروپا هنوز در دست بررسی است.",
])
def test_acceptance_without_resignation(sentence, kb):
    assert_not_coded(sentence, kb, "CONCEDE")


# --- a Dari day and month in parentheses after the weekday ---------------------------------------------------------

@pytest.mark.parametrize("sentence,url,day", [
    # an undated page whose permalink gives the year and month: the day is read from the text
    ("سرپرست وزارت خارجه طالبان امروز سه‌شنبه (۲۱ حمل) با سفیر چین در کابل دیدار کرد.",
     "https://www.example-news.af/2024/04/some-story/", "2024-04-09"),
    ("وزیر دفاع طالبان روز شنبه(۵ جوزا) با هیئت پاکستانی دیدار کرد.",
     "https://www.example-news.af/2024/05/other-story/", "2024-05-25"),
])
def test_dari_date_in_parentheses(sentence, url, day, kb):
    events = annotate_document(RawDocument(source="t.txt", text=sentence, url=url), kb).events
    assert any(e.type == "CONSULT" and e.date == day for e in events), [(e.type, e.date) for e in events]


def test_dari_month_word_not_a_date(kb):
    """Guard: "اسد" after a number in parentheses is no month when no weekday or "روز" opens it."""
    events = annotate_document(RawDocument(source="t.txt", url="https://www.example-news.af/2024/07/x/",
                                           text="رئیس‌جمهور ترکیه (با ۵ اسد) در آنکارا با نخست‌وزیر عراق دیدار کرد."),
                               kb).events
    assert all(e.date != "2024-07-26" for e in events), [(e.type, e.date) for e in events]
