"""Session 25 (slice J): Iranian domestic politics, the leftovers slice A diagnosed, with real pages found anew
(worklist tests/realnews/fresh/slices25_J.tsv). Each general cause, written anew here (other people, ministries,
tenses, word order), with guards for the everyday sentences that use the same words:

- Iran's government had no actor: "قالیباف از عملکرد دولت انتقاد کرد" coded nothing. It is now an actor
  (actors/kb25J.yaml), and a bare "دولت"/"کابینه" stands for it in Iran's own domestic copy only (never with its
  owner right after, "دولت عراق", nor after another state's person or place; rasad.annotate.link.domestic); Iran's
  numbered governments ("دولت سیزدهم") are it in any copy;
- a speaker of parliament or an MP charging the government was read as charging their own side (another branch of
  the state is a rival, as the Majlis and the judiciary were for the government's people);
- some of the MPs named bare ("گروهی از نمایندگان", "نمایندگان" where the phrase ends) were no party;
- a vote of confidence given or won, and a candidate's qualification approved, coded nothing (the refusals did);
- "نسبت به X اظهار مخالفت کرد" had no pattern, and criticism or blame narrated in the continuous past ("مورد
  انتقاد قرار می‌دادند") coded nothing; the session-25 blame pattern shared its id with an allegation's and was read
  as that one;
- a named person followed at once by another person's office as the object ("قالیباف وزیر نیرو را محکوم کرد") had
  the office read as their own;
- an earlier clause's object ("X را برانگیخت و Y خواستار ... شد") was taken for a demand's addressee."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED

_DAY = "2025-03-01T10:00:00+03:30"


def _doc(sentence, kb, published=_DAY):
    return annotate_document(RawDocument(source="t.txt", text=sentence + _REPORTED, published=published), kb)


def _events(sentence, kb, published=_DAY):
    return [(e.type, e.source_ids, e.target_ids) for e in _doc(sentence, kb, published).events]


def _has(events, etype, source=None, target=None):
    return any(t == etype and (source is None or source in s) and (target is None or target in g)
               for t, s, g in events)


GOV = "government-of-iran"
MAJLIS = "islamic-consultative-assembly"


# --- Iran's government, named bare in its domestic copy -------------------------------------------------------------

@pytest.mark.parametrize("sentence,etype,source", [
    ("قالیباف از عملکرد دولت در مهار تورم انتقاد کرد.", "ACCUSE", "mohammad-bagher-ghalibaf"),
    ("علی نیکزاد از کابینه در حوزه مسکن انتقاد کرد.", "ACCUSE", "ali-nikzad"),
    ("محمدباقر قالیباف از دولت سیزدهم قدردانی کرد.", "SUPPORT", "mohammad-bagher-ghalibaf"),
])
def test_bare_government_is_irans(sentence, etype, source, kb):
    events = _events(sentence, kb)
    assert _has(events, etype, source, GOV), events


@pytest.mark.parametrize("sentence", [
    "محمد شیاع السودانی نخست‌وزیر عراق گفت دولت از سرمایه‌گذاری خارجی حمایت می‌کند.",  # another state's, right before
    "قالیباف از دولت آمریکا انتقاد کرد.",  # its owner right after
    "رجب طیب اردوغان از دولت به خاطر تورم انتقاد کرد.",  # a foreign speaker
    "شرکت‌های دولتی از مالیات معاف شدند و دولت‌های اروپایی از این تصمیم انتقاد کردند.",  # an adjective, a plural
])
def test_bare_government_guards(sentence, kb):
    events = _events(sentence, kb)
    assert not any(GOV in s + g for _, s, g in events), events


def test_bare_government_no_entity(kb):
    """A bare word is an actor of events, no entity the article names (the real-news gold lists none)."""
    ents = _doc("قالیباف از عملکرد دولت چهاردهم و کابینه انتقاد کرد.", kb).entities
    assert GOV not in {e.kb_id for e in ents}


def test_foreign_story_keeps_bare_government(kb):
    """An Iranian outlet's foreign story: "دولت" is the state the story is about, not Iran's."""
    text = ("محمد شیاع السودانی نخست‌وزیر عراق در بغداد با نمایندگان پارلمان عراق دیدار کرد. "
            "در این دیدار نمایندگان از دولت به دلیل کمبود برق انتقاد کردند.")
    events = _events(text, kb)
    assert not any(GOV in s + g for _, s, g in events), events


# --- another branch of the state may charge the government ---------------------------------------------------------

@pytest.mark.parametrize("sentence,source", [
    ("محمدباقر قالیباف رئیس مجلس از عملکرد دولت انتقاد کرد.", "mohammad-bagher-ghalibaf"),
    ("نماینده مردم تبریز در مجلس از عملکرد دولت در حوزه برق انتقاد کرد.", None),
])
def test_other_branch_charges_government(sentence, source, kb):
    events = _events(sentence, kb)
    assert _has(events, "ACCUSE", source, GOV), events


def test_own_branch_still_no_rival(kb):
    events = _events("فاطمه مهاجرانی سخنگوی دولت از دولت انتقاد کرد.", kb)
    assert not _has(events, "ACCUSE", None, GOV), events


# --- some of the MPs, named bare -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "گروهی از نمایندگان از وزیر نیرو به دلیل خاموشی‌ها انتقاد کردند.",
    "سخنان وزیر نیرو با اعتراض گروهی از نمایندگان مواجه شد.",
    "نمایندگان از وزیر نیرو به خاطر قطعی برق انتقاد کردند.",
])
def test_bare_mps_are_the_majlis(sentence, kb):
    events = _events(sentence, kb)
    assert _has(events, "ACCUSE", MAJLIS, "abbas-aliabadi"), events


@pytest.mark.parametrize("sentence", [
    "جمعی از نمایندگان کارگران از وزیر کار انتقاد کردند.",  # whose representatives
    "گروهی از نمایندگان کنگره آمریکا از دونالد ترامپ انتقاد کردند.",  # another parliament named
])
def test_bare_mps_guards(sentence, kb):
    events = _events(sentence, kb)
    assert not any(MAJLIS in s for _, s, _ in events), events


# --- confidence given or won, qualification approved ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,target", [
    ("مجلس به محسن پاک‌نژاد رای اعتماد داد.", "mohsen-paknejad"),
    ("نمایندگان مجلس با ۱۸۰ رأی موافق به فرزانه صادق رأی اعتماد دادند.", "farzaneh-sadegh"),
    ("احمد میدری موفق به کسب رأی اعتماد از نمایندگان مجلس شد.", "ahmad-meydari"),
    ("فرزانه صادق با ۲۰۰ رأی موافق توانست از مجلس رأی اعتماد بگیرد.", "farzaneh-sadegh"),
    ("مجلس به احمد میدری برای تصدی وزارت تعاون، کار و رفاه اجتماعی اعتماد کرد.", "ahmad-meydari"),
])
def test_confidence_given(sentence, target, kb):
    events = _events(sentence, kb)
    assert _has(events, "SUPPORT", MAJLIS, target), events


@pytest.mark.parametrize("sentence", [
    "مجلس به محسن پاک‌نژاد رای اعتماد نداد.",  # refused: ACCUSE, as before
    "مردم به دولت اعتماد کردند.",  # trust, no vote
    "هواداران به سرمربی رای اعتماد دادند.",  # no parliament
    "دونالد ترامپ به ولادیمیر پوتین اعتماد کرد.",
])
def test_confidence_guards(sentence, kb):
    assert not _has(_events(sentence, kb), "SUPPORT"), _events(sentence, kb)


def test_confidence_refused_still_accused(kb):
    assert _has(_events("مجلس به محسن پاک‌نژاد رای اعتماد نداد.", kb), "ACCUSE", MAJLIS, "mohsen-paknejad")


@pytest.mark.parametrize("sentence", [
    "شورای نگهبان صلاحیت سعید جلیلی را تایید کرد.",
    "شورای نگهبان صلاحیت سعید جلیلی را برای انتخابات ریاست جمهوری تأیید کرد.",
    "سعید جلیلی از سوی شورای نگهبان تایید صلاحیت شد.",
])
def test_qualification_approved(sentence, kb):
    events = _events(sentence, kb, "2024-06-09T10:00:00+03:30")
    assert _has(events, "SUPPORT", "guardian-council", "saeed-jalili"), events


@pytest.mark.parametrize("sentence", [
    "پزشک صلاحیت او را تایید کرد.",
    "وزارت بهداشت صلاحیت این داروخانه را تایید کرد.",
    "شورای نگهبان صلاحیت سعید جلیلی را تایید نکرد.",  # refused: REJECT, no SUPPORT
])
def test_qualification_guards(sentence, kb):
    events = _events(sentence, kb, "2024-06-09T10:00:00+03:30")
    assert not _has(events, "SUPPORT"), events


# --- opposition voiced "نسبت به"; disapproval in the continuous past ----------------------------------------------

@pytest.mark.parametrize("sentence,etype,source,target", [
    ("محمدباقر قالیباف نسبت به تصمیم مسعود پزشکیان ابراز مخالفت می‌کرد.", "REJECT", "mohammad-bagher-ghalibaf",
     "masoud-pezeshkian"),
    ("نمایندگان مجلس نسبت به معرفی عباس آخوندی اظهار مخالفت می‌کردند.", "REJECT", MAJLIS, "abbas-akhoundi"),
    ("نمایندگان مجلس حسن روحانی را در لفافه مورد سرزنش قرار می‌دادند.", "ACCUSE", MAJLIS, "hassan-rouhani"),
    ("نمایندگان مجلس عبدالناصر همتی را مورد انتقاد قرار می‌دادند.", "ACCUSE", MAJLIS, "abdolnaser-hemmati"),
    ("نمایندگان مجلس حسن روحانی را سرزنش می‌کردند.", "ACCUSE", MAJLIS, "hassan-rouhani"),
])
def test_opposition_and_continuous_past(sentence, etype, source, target, kb):
    events = _events(sentence, kb)
    assert _has(events, etype, source, target), events


@pytest.mark.parametrize("sentence", [
    "مردم از گرانی انتقاد می‌کردند.",
    "دانشجویان نسبت به کیفیت غذا اظهار مخالفت کردند.",
])
def test_opposition_guards(sentence, kb):
    assert not _events(sentence, kb)


@pytest.mark.parametrize("sentence,target", [
    ("عباس عراقچی نسبت به سخنان مارکو روبیو اظهار مخالفت کرد.", "marco-rubio"),
    ("نمایندگان مجلس با عباس آخوندی اظهار مخالفت کردند.", "abbas-akhoundi"),  # "با": reject.reject's, as before
])
def test_opposition_simple_past_kept(sentence, target, kb):
    assert _has(_events(sentence, kb), "REJECT", None, target), _events(sentence, kb)


def test_blame_pattern_ids_unique():
    """Two patterns with one id: the second was read for the first's triggers (its type, code and mode)."""
    from importlib import resources

    data = yaml.safe_load((resources.files("rasad") / "data" / "patterns" / "events.yaml").read_text(encoding="utf-8"))
    counts = Counter(p["id"] for p in data["patterns"])
    assert not [k for k, v in counts.items() if v > 1]


def test_reproach_is_disapproval(kb):
    events = _doc("نمایندگان مجلس حسن روحانی را سرزنش کردند.", kb).events
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["disapprove"]


# --- another person's office as the object ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,etype", [
    ("قالیباف وزیر نیرو را محکوم کرد.", "ACCUSE"),
    ("محمدباقر قالیباف وزیر نیرو را به دلیل خاموشی‌ها سرزنش کرد.", "ACCUSE"),
])
def test_office_after_name_is_object(sentence, etype, kb):
    events = _events(sentence, kb)
    assert _has(events, etype, "mohammad-bagher-ghalibaf", "abbas-aliabadi"), events


@pytest.mark.parametrize("sentence,person", [
    ("عباس علی‌آبادی وزیر نیرو گفت خاموشی‌ها کاهش می‌یابد.", "abbas-aliabadi"),  # the holder's own office
    ("قالیباف رئیس مجلس را به تهران برد.", "mohammad-bagher-ghalibaf"),  # his own office, then "را"
])
def test_own_office_stays_apposed(sentence, person, kb):
    roles = _doc(sentence, kb).roles
    assert roles and all(r.kb_id == person for r in roles), [(r.text, r.kb_id) for r in roles]


# --- an earlier clause's object is no demand's addressee -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "این بازداشت‌ها اعتراض چند نماینده مجلس و وزرای دولت را برانگیخت و عباس آخوندی نیز خواستار آزادی آنها شد.",
    "این تصمیم خشم مسعود پزشکیان را برانگیخت و علی نیکزاد خواستار لغو آن شد.",
    "این سخنان انتقاد عباس عراقچی را برانگیخت و محمدباقر قالیباف خواستار توضیح شد.",
])
def test_earlier_object_not_asked(sentence, kb):
    events = _events(sentence, kb)
    assert not [e for e in events if e[0] == "REQUEST" and e[2]], events


# --- an unlinked object of its own takes no earlier act's target ----------------------------------------------------

@pytest.mark.parametrize("sentence,earlier", [
    ("نمایندگان مجلس با عباس آخوندی اظهار مخالفت کردند و روحانی را در لفافه سرزنش کردند.", "abbas-akhoundi"),
    ("علی نیکزاد با محسن پاک‌نژاد مخالفت کرد و روحانی را نیز سرزنش کرد.", "mohsen-paknejad"),
])
def test_unlinked_object_not_earlier_target(sentence, earlier, kb):
    events = _events(sentence, kb)
    assert not [e for e in events if e[0] == "ACCUSE" and earlier in e[2] and e != events[0]], events


def test_pointing_object_keeps_earlier_target(kb):
    events = _events("محمدباقر قالیباف نسبت به تصمیم مسعود پزشکیان اظهار مخالفت کرد و آن را محکوم کرد.", kb)
    assert _has(events, "ACCUSE", "mohammad-bagher-ghalibaf", "masoud-pezeshkian"), events
