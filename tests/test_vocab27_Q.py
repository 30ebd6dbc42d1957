"""Session 27 (slice Q): quotes on real pages. The general causes found on the real-news dev half, each written anew
here (other outlets, bodies, places, tenses), with guards for the everyday sentences that use the same words:

- an outlet's report was a quote whenever its cue was no "writes"/"reports" word ("شبکه العربیه گزارش داد",
  "شبکه سی‌ان‌ان مدعی شد", "رادیو فردا گفته است", "... افزود"): one rule now for every outlet, agency, paper or
  broadcaster alike — what an outlet retells is cited (meta.cites), never quoted; only an announcement ("خبرگزاری
  سانا اعلام کرد: ...") is the outlet (or whose organ it is) speaking for itself (quotes.yaml
  outlet_statement_cues). The project's article 026 now cites Al-Masirah's "گزارش داد" instead of quoting it;
- an outlet the knowledge base lacks, named with a state ("روزنامه دان پاکستان گزارش داد ..."), gave the state as
  the speaker (quotes.yaml outlet_heads);
- an outlet relaying a named source ("این خبرگزاری به نقل از اطلاعیه وزارت اطلاعات گفته است که ...") quoted no one:
  the relayed person, body or state is the speaker (quotes.yaml relay_leads); an unnamed source ("به نقل از یک
  مقام آمریکایی") is none;
- a page printing its lead twice gave the same statement twice;
- "به موجب این بیانیه، ..." reported nothing: "به موجب" leads a document's words (never a contract's terms), and
  "این بیانیه" is the document of who made the last statement (quotes.yaml document_only_leads)."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED, quote_said, quotes_shown, reported_quotes


def _annotation(text, kb, published="2024-05-01T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)


# --- an outlet's report is cited, whatever its cue ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,outlet", [
    ("شبکه الجزیره مدعی شد که نیروهای ارتش سودان کنترل فرودگاه خارطوم را از دست داده‌اند.", "Al Jazeera"),
    ("شبکه بی‌بی‌سی گزارش داد که صدها نفر در مرکز لندن در اعتراض به جنگ تجمع کردند.", "BBC"),
    ("روزنامه واشنگتن پست در ادامه افزود که کاخ سفید طرح تازه‌ای برای آتش‌بس آماده کرده است.", "The Washington Post"),
])
def test_outlet_report_is_cited(sentence, outlet, kb):
    doc = _annotation(sentence, kb)
    assert not doc.quotes, quotes_shown(doc.quotes)
    assert any(outlet.lower() in c.lower() for c in doc.meta.cites), doc.meta.cites


def test_outlet_announcement_stays_a_quote(kb):
    quotes = reported_quotes("خبرگزاری سانا اعلام کرد: پدافند هوایی ارتش سوریه چند موشک را بر فراز حمص رهگیری کرد.", kb)
    assert quote_said(quotes, "پدافند هوایی ارتش سوریه", "sana"), quotes_shown(quotes)


# --- an outlet the knowledge base lacks, named with a state -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "روزنامه دیلی استار لبنان گزارش داد که دو پهپاد اسرائیلی بر فراز بیروت پرواز کردند.",
    "روزنامه تایمز عمان گزارش داد که مسقط میزبان دور تازه‌ای از گفت‌وگوها خواهد بود.",
])
def test_unknown_outlet_gives_no_state_speaker(sentence, kb):
    quotes = reported_quotes(sentence, kb)
    assert not quotes, quotes_shown(quotes)


def test_person_report_stays_a_quote(kb):
    quotes = reported_quotes("وزیر کشور ترکیه گزارش داد که شمار بازداشت‌شدگان به صد نفر رسیده است.", kb)
    assert quotes and quote_said(quotes, "شمار بازداشت", "Turkey") or any(q.speaker for q in quotes), \
        quotes_shown(quotes)


# --- an outlet relaying a named source --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,starts,speaker", [
    ("شبکه الجزیره به نقل از وزارت بهداشت غزه گزارش داد که شمار کشته‌شدگان به پنجاه نفر رسیده است.",
     "شمار کشته‌شدگان", "gaza-health-ministry"),
    ("خبرگزاری فارس به نقل از اطلاعیه وزارت اطلاعات گفته است که سه نفر به اتهام جاسوسی در کرمانشاه بازداشت شدند.",
     "سه نفر به اتهام جاسوسی", "ministry-of-intelligence-iran"),
])
def test_relayed_source_speaks(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


def test_unnamed_relayed_source_is_no_speaker(kb):
    quotes = reported_quotes("خبرگزاری رویترز به نقل از یک مقام آمریکایی مدعی شد که یک ناو جنگی در دریای سرخ دو "
                             "موشک را رهگیری کرده است.", kb)
    assert not quotes, quotes_shown(quotes)


# --- a lead printed twice ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("said,again", [
    ("وزیر امور خارجه ترکیه گفت: آنکارا از هر طرحی برای پایان جنگ در غزه حمایت می‌کند.", "به گزارش رسانه‌های ترکیه، "),
    ("سخنگوی وزارت خارجه چین گفت: پکن خواهان خویشتنداری همه طرف‌ها در دریای سرخ است.", "در همین حال، "),
])
def test_word_for_word_repeat_is_one_quote(said, again, kb):
    text = said + "\nاین سخنان در یک نشست خبری بیان شد.\n" + again + said + "\n"
    quotes = reported_quotes(text, kb)
    assert len([q for q in quotes if said.split(": ")[1][:10] in q.text]) == 1, quotes_shown(quotes)


def test_longer_retelling_stays_a_second_quote(kb):
    text = ("وزیر امور خارجه ترکیه گفت: آنکارا از هر طرحی برای پایان جنگ در غزه حمایت می‌کند.\n"
            "وی افزود: آنکارا از هر طرحی برای پایان جنگ در غزه حمایت می‌کند و با همه طرف‌ها گفت‌وگو خواهد کرد.")
    quotes = reported_quotes(text, kb)
    assert len([q for q in quotes if "آنکارا از هر طرحی" in q.text]) == 2, quotes_shown(quotes)


# --- "به موجب این بیانیه، ..." --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,starts,speaker", [
    ("وزارت اطلاعات در بیانیه‌ای اعلام کرد که چند نفر در مرز غربی بازداشت شدند. به موجب این بیانیه، یک شبکه "
     "قاچاق سلاح در استان کردستان شناسایی شده است.", "یک شبکه قاچاق سلاح", "ministry-of-intelligence-iran"),
    ("سپاه پاسداران انقلاب اسلامی روز شنبه اطلاعیه‌ای صادر کرد و گفت که رزمایش دریایی در خلیج فارس آغاز شده است. "
     "به موجب این اطلاعیه، ده‌ها شناور در این رزمایش شرکت دارند.", "ده‌ها شناور", "islamic-revolutionary-guard-corps"),
])
def test_this_statement_is_its_owners(text, starts, speaker, kb):
    quotes = reported_quotes(text, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


@pytest.mark.parametrize("sentence", [
    "به موجب قرارداد ایران و روسیه، دو کشور در ساخت نیروگاه‌های تازه همکاری می‌کنند.",
    "به موجب قانون جدید مالیات، همه شرکت‌های صادراتی باید گزارش سالانه ارائه دهند.",
])
def test_contract_terms_are_no_statement(sentence, kb):
    quotes = reported_quotes(sentence, kb)
    assert not quotes, quotes_shown(quotes)
