"""Session 26 (slice Q2): quotes, second pass — statements gathered from Afghan (Dari), exile, broadcasters' and
provincial pages other than the first slice's, scored for the speaker and where the words start; the causes that
recurred, each written anew here (other people, places, tenses), with guards for the everyday sentences that use the
same words:

- an Arabic or Afghan given name written as one word with "-الدین" ("معزالدین احمدی گفت ...") was no given name, so
  the speaker, whom the KB lacks, was not found (rasad/data/lexicon/person_names.tsv: "الدین" is a given-name tail,
  as "الله" is);
- the plural "بنا بر گفته‌های او، ..." (and "به گفته‌های", "طبق گفته‌های") reported nothing;
- a cue's light verb in the present ("او تایید می‌کند که ...", "این کمیسر ... پیش‌بینی می‌کند: «...»"), as Dari pages and
  broadcasters' summaries write, was no cue;
- "اما" or "ولی" right before a cue with no subject of its own ("... تایید می‌کند که ... اما معتقد است: «...»") did not
  carry the speaker on, and the first statement ran over the second;
- "به گفته" inside a clause ("سفری که به گفته X، ... بود") was read as the cue "گفته" of the clause before it, whose
  subject became a speaker of words it never said."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from rasad.text.normalize import fold_for_compare
from tests.event_text import _REPORTED, quote_said, quotes_shown, reported_quotes


def _quotes(text, kb, published="2024-05-01T10:00:00+03:30"):
    return reported_quotes(text, kb, published)


def _said(quotes, starts: str, speaker: str) -> bool:
    return quote_said(quotes, starts, speaker)


def _opens(quotes, starts: str, speaker: str) -> bool:
    """Stricter than :func:`_said`: a quote of ``speaker`` opens (after a guillemet) with ``starts``, so that words
    run on from an earlier statement do not count."""
    key = fold_for_compare(starts)
    return any(fold_for_compare(q.text).lstrip("« ").startswith(key) and (speaker == q.speaker_id or
                                                                           speaker in str(q.speaker)) for q in quotes)


def _shown(quotes) -> list[tuple]:
    return quotes_shown(quotes)


# --- a given name ending in "-الدین" -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("رکن‌الدین صافی گفت در سیلاب شب گذشته دو پل در ولسوالی‌های شمالی تخریب شده و راه‌ها بسته است.",
     "در سیلاب شب گذشته", "Safi"),
    ("بهاءالدین نوری گفت که پنج کودک زخمی به شفاخانه منتقل شده‌اند و حال آن‌ها خوب است.",
     "پنج کودک زخمی", "Nouri"),
])
def test_given_name_ending_in_eddin_speaks(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


def test_faculty_named_with_eddin_is_no_person(kb):
    """Guard: a faculty named "اصول‌الدین" is no person; its announcement has no unknown speaker."""
    doc = annotate_document(RawDocument(source="t.txt", text="دانشکده اصول‌الدین قم اعلام کرد که ثبت نام دانشجویان جدید از "
                                        "هفته آینده آغاز می‌شود." + _REPORTED,
                                        published="2024-05-01T10:00:00+03:30"), kb)
    assert not any(e.type == "PERSON" and e.kb_id is None for e in doc.entities), [e.name for e in doc.entities]


# --- the plural "بنا بر گفته‌های X، ..." ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("مریم احمدی، مدیر هلال احمر استان، گفت: امدادگران به منطقه رسیده‌اند. بنا بر گفتههای او، سه روستا هنوز زیر آب "
     "است و راه آن‌ها بسته شده است.", "سه روستا هنوز", "Maryam Ahmadi"),
    ("حسن کاظمی، فرماندار شهرستان، گفت: مدارس فردا تعطیل است. به گفتههای کاظمی، تیم‌های امداد تا شب در منطقه "
     "می‌مانند.", "تیم‌های امداد تا شب", "Kazemi"),
])
def test_plural_according_to(text, starts, speaker, kb):
    """As pages write it, "گفتههای" glued (no ZWNJ): the singular lead did not end a word there."""
    quotes = _quotes(text, kb)
    assert _opens(quotes, starts, speaker), _shown(quotes)


def test_plural_sayings_as_a_noun_report_nothing(kb):
    """Guard: "گفته‌های او" as a noun, with no "according to" before it, opens no statement."""
    quotes = _quotes("گفته‌های او در جلسه دیروز بازتاب زیادی در رسانه‌های محلی داشت و بحث‌های زیادی به راه انداخت.", kb)
    assert not quotes, _shown(quotes)


# --- a light verb in the present ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("سارا کوهن، مدیر برنامه غذایی سازمان ملل، در گفت‌وگو با رادیو می‌گوید کمک‌ها به کندی می‌رسد. او تایید می‌کند که "
     "ده انبار غذا در شمال غزه خالی شده است.", "ده انبار غذا", "Sara"),
    ("پیتر مولر، رئیس صلیب سرخ در کابل، اوضاع را نگران‌کننده می‌خواند. این مقام پیش‌بینی می‌کند: «اگر کمک نرسد، "
     "زمستان سختی در پیش است.»", "اگر کمک نرسد", "Peter"),
    ("عبدالله رحیمی، والی هرات، می‌گوید که امنیت شاهراه تامین شده است. رحیمی اضافه می‌کند که دو پاسگاه تازه در "
     "مسیر ساخته می‌شود.", "دو پاسگاه تازه", "Rahimi"),
])
def test_present_light_verb_cues(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


def test_present_clause_cue_with_its_object_reports_nothing(kb):
    """Guard: "... را تایید می‌کند." with no "که" or colon takes an object, as its past does."""
    quotes = _quotes("اداره غذا و دارو هر سال کیفیت این داروها را تایید می‌کند.", kb)
    assert not quotes, _shown(quotes)


# --- "اما" or "ولی" before a cue with no subject -----------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("فاطمه رحیمی، معاون وزیر بهداشت، گفت که کمبود دارو در برخی استان‌ها وجود دارد اما معتقد است: «این کمبود تا ماه "
     "آینده برطرف می‌شود.»", "این کمبود تا ماه", "Rahimi"),
    ("جان اسمیت، سفیر بریتانیا در عمان، تایید کرد که گفت‌وگوها متوقف شده است ولی افزود که راه دیپلماسی هنوز باز است.",
     "راه دیپلماسی هنوز", "Smith"),
])
def test_contrast_before_a_cue_goes_on(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _opens(quotes, starts, speaker), _shown(quotes)


def test_first_statement_ends_before_contrast(kb):
    quotes = _quotes("فاطمه رحیمی، معاون وزیر بهداشت، گفت که کمبود دارو در برخی استان‌ها وجود دارد اما معتقد است: «این "
                     "کمبود تا ماه آینده برطرف می‌شود.»", kb)
    first = next((q for q in quotes if q.text.startswith("کمبود دارو")), None)
    assert first is not None and "معتقد" not in first.text, _shown(quotes)


def test_contrast_with_its_own_subject_keeps_it(kb):
    """Guard: "اما" before a clause with its own speaker ("اما مریم احمدی معتقد است") is no shared subject."""
    quotes = _quotes("حسن کاظمی، فرماندار شهرستان، گفت که سد پر شده است اما مریم احمدی، کارشناس آب، معتقد است که "
                     "ذخایر زیرزمینی همچنان کم است.", kb)
    assert _said(quotes, "ذخایر زیرزمینی", "Maryam Ahmadi"), _shown(quotes)
    assert not _said(quotes, "ذخایر زیرزمینی", "Kazemi"), _shown(quotes)


# --- "به گفته" inside a clause is no cue ------------------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("وزیر امور خارجه هفته گذشته به مسکو سفر کرد؛ سفری که به گفته مشاور رسانه‌ای او، «بسیار موفق و پربار» بود.",
     "وزیر"),
    ("شهردار تهران پروژه مترو را افتتاح کرد، پروژه‌ای که به گفته کارشناسان، چند سال از برنامه عقب افتاده بود.",
     "شهردار"),
])
def test_according_lead_is_no_cue_of_the_clause(text, who, kb):
    quotes = _quotes(text, kb)
    assert not any(q.cue == "گفته" and who in (q.speaker_mention or "") for q in quotes), _shown(quotes)


def test_said_participle_still_a_cue(kb):
    """Guard: "X گفته است که ..." (no "به" before it) still reports words."""
    quotes = _quotes("حسن کاظمی، فرماندار شهرستان، در گفت‌وگو با ما گفته است که مدارس تا پایان هفته تعطیل می‌ماند.", kb)
    assert _said(quotes, "مدارس تا پایان هفته", "Kazemi"), _shown(quotes)
