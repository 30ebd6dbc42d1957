"""Session 29 (slice QUO): quotes on real pages. The general causes found on the real-news dev half, each written anew
here (other people, bodies, places, tenses), with guards for the everyday sentences that use the same words:

- a subordinate clause inside the speaker's clause ("X با بیان اینکه آمریکا ... است، گفت:", "X ضمن اشاره به اینکه
  ...، افزود") gave the state or body named in it as the speaker when X was a surname rasad could not link
  (quotes.yaml subordinate_leads, subordinate_conjunctions);
- "به گفته‌ی او، ..." and "به گفتۀ وی، ..." (the lead with its ezafe, as formal and Dari pages write it) were no
  statement: every "according to" lead ending in "ه" also takes its ezafe;
- "به گفته وی ..." with the pronoun resolved to no one (an unknown person spoke before) was dropped: it goes on with the
  last speaker, as "وی افزود:" does;
- "همسر X گفت:", "وکیل X گفت:" gave X as the speaker: a relative, lawyer or aide speaks, unnamed (quotes.yaml
  relative_heads);
- after a statement by someone unnamed ("یکی از اعضای X گفت:", "همسر X گفت:"), "وی افزود:" and "این عضو X گفت:"
  went on with a person named further back (or the body in the description): they go on with the unnamed one
  (quotes.yaml unnamed_openers; "در این میان" joins head_adverbs);
- a plural cue inside one person's words ("X بیان کرد: ... ولی گفتند ...") was a second statement of X's;
- the mark closing a statement ('X گفت: "... است." وی این اقدام را ... خواند') opened a labelled phrase that ran on
  to a labelling verb in the next sentence: a mark right after a full stop opens none."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED, quote_said, quotes_shown, reported_quotes


def _quotes(text, kb, published="2024-05-01T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb).quotes


# --- a subordinate clause names no speaker -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,state", [
    ("کاظمی با بیان اینکه ترکیه در ماه‌های اخیر واردات گاز را کاهش داده است، گفت: قرارداد تازه تا پایان سال امضا "
     "می‌شود.", "TUR"),
    ("نوروزی در نشست خبری دیروز ضمن اشاره به اینکه عراق بدهی خود را پرداخت نکرده، افزود: صادرات برق به این کشور "
     "ادامه خواهد داشت.", "IRQ"),
    ("صالحی با تأکید بر این که پاکستان مرزهای خود را باز نگه داشته است، اظهار داشت: زائران می‌توانند از مرز میرجاوه "
     "تردد کنند.", "PAK"),
])
def test_subordinate_clause_names_no_speaker(sentence, state, kb):
    quotes = reported_quotes(sentence, kb)
    assert not any(q.speaker_id == state for q in quotes), quotes_shown(quotes)


def test_subject_before_subordinate_clause_speaks(kb):
    quotes = reported_quotes("وزارت امور خارجه روسیه ضمن اشاره به اینکه آمریکا تحریم‌های تازه‌ای وضع کرده، اعلام کرد "
                             "که مسکو به این اقدام پاسخ خواهد داد.", kb)
    assert quote_said(quotes, "مسکو به این اقدام", "ministry-of-foreign-affairs-russia"), quotes_shown(quotes)


def test_named_person_with_subordinate_clause_speaks(kb):
    quotes = reported_quotes("عباس عراقچی با بیان اینکه عربستان سعودی در این گفت‌وگوها نقش مثبتی داشته است، گفت: "
                             "دور بعدی مذاکرات در مسقط برگزار می‌شود.", kb)
    assert quote_said(quotes, "دور بعدی مذاکرات", "abbas-araghchi"), quotes_shown(quotes)


# --- "according to" with its ezafe, and an unresolved pronoun after it --------------------------------------------------

_WASIQ = "عبدالرحیم فهیمی، سخنگوی پولیس ولایت بلخ، می‌گوید که مهاجمان شب گذشته به یک پاسگاه حمله کردند.\n\n"


@pytest.mark.parametrize("lead,starts", [
    ("به گفته‌ی او، دو مهاجم در این درگیری زخمی و بازداشت شده‌اند.", "دو مهاجم در این"),
    ("به گفتۀ وی، نیروهای امنیتی منطقه را به طور کامل در کنترل دارند.", "نیروهای امنیتی منطقه"),
])
def test_according_lead_with_ezafe(lead, starts, kb):
    quotes = _quotes(_WASIQ + lead, kb)
    assert quote_said(quotes, starts, "Abdolrahim"), quotes_shown(quotes)


@pytest.mark.parametrize("text,starts", [
    ("مهشید کلانتری‌نژاد خواهر این ورزشکار در گفت‌وگو با ایسنا گفت: حال برادرم بهتر شده است.\n\nبه گفته وی جراحی "
     "دوم او هفته آینده در تهران انجام می‌شود.", "جراحی دوم او"),
    ("شهرام کلانتری‌نژاد - پسر این نقاش - در گفت‌وگو با ایبنا گفت: پدرم تا هفته پیش در کارگاهش کار می‌کرد.\n\n"
     "به گفته او نمایشگاهی از آثار این نقاش در پاییز برگزار خواهد شد.", "نمایشگاهی از آثار"),
])
def test_unresolved_pronoun_after_according_goes_on(text, starts, kb):
    quotes = _quotes(text, kb)
    assert any(fold_in(q.text, starts) and q.speaker for q in quotes), quotes_shown(quotes)
    assert len({q.speaker for q in quotes}) == 1, quotes_shown(quotes)


def fold_in(text, starts):
    from rasad.text.normalize import fold_for_compare
    return fold_for_compare(starts) in fold_for_compare(text)[:80]


def test_ezafe_noun_is_no_lead(kb):
    quotes = reported_quotes("این گفته‌ی رئیس‌جمهور در شبکه‌های اجتماعی واکنش‌های زیادی در پی داشت.", kb)
    assert not quotes, quotes_shown(quotes)


def test_pronoun_with_no_statement_before_quotes_no_one(kb):
    quotes = _quotes("مسابقه فینال دیروز در ورزشگاه آزادی برگزار شد.\n\nبه گفته وی تماشاگران زیادی در ورزشگاه "
                     "حاضر بودند.", kb)
    assert not quotes, quotes_shown(quotes)


# --- a relative, lawyer or aide speaks, not the person after the word --------------------------------------------------

@pytest.mark.parametrize("sentence,person", [
    ("همسر علی دایی در گفت‌وگو با خبرنگار ما گفت: حال او خوب است و به زودی به خانه برمی‌گردد.", "ali-daei"),
    ("وکیل نرگس محمدی روز سه‌شنبه گفت: حکم تازه‌ای برای موکلم صادر شده و به آن اعتراض می‌کنیم.", "narges-mohammadi"),
    ("پسر محمدباقر قالیباف در گفت‌وگو با یک شبکه تلویزیونی گفت که پدرش در سفر اخیر حضور نداشته است.",
     "mohammad-bagher-ghalibaf"),
])
def test_relative_speaks_not_the_person(sentence, person, kb):
    quotes = reported_quotes(sentence, kb)
    assert not any(q.speaker_id == person for q in quotes), quotes_shown(quotes)


def test_person_before_relative_word_speaks(kb):
    quotes = reported_quotes("نرگس محمدی در پیامی از زندان گفت: همسر و فرزندانم سال‌هاست از دیدار من محروم‌اند.", kb)
    assert quote_said(quotes, "همسر و فرزندانم", "narges-mohammadi"), quotes_shown(quotes)


# --- who goes on after an unnamed speaker --------------------------------------------------------------------------

_BEFORE = "محمدباقر قالیباف رئیس مجلس هفته گذشته گفت که طرح بودجه در دستور کار است.\n\n"


@pytest.mark.parametrize("after", [
    "در این میان یکی از اعضای کمیسیون برنامه و بودجه در گفت‌وگو با خبرنگار ما گفت: هنوز هیچ اصلاحیه‌ای "
    "نرسیده است.\n\nوی افزود: بررسی جزئیات از هفته بعد آغاز می‌شود.",
    "یکی از اعضای هیئت رئیسه مجلس گفت: جلسه علنی فردا برگزار نمی‌شود.\n\nاین عضو هیئت رئیسه مجلس تصریح کرد: "
    "نمایندگان در کمیسیون‌ها حاضر خواهند بود.",
])
def test_unnamed_speaker_goes_on(after, kb):
    quotes = _quotes(_BEFORE + after, kb)
    assert [q.speaker_id for q in quotes] == ["mohammad-bagher-ghalibaf"], quotes_shown(quotes)


def test_spokesperson_among_many_speaks_for_body(kb):
    quotes = _quotes("وزارت امور خارجه روسیه روز گذشته بیانیه‌ای صادر کرد.\n\nیکی از سخنگویان وزارت امور خارجه "
                     "روسیه گفت: مسکو به این اقدام پاسخ می‌دهد.\n\nاین مقام مسئول وزارت امور خارجه روسیه تاکید کرد، "
                     "واشنگتن مسئول پیامدهای این تصمیم است.", kb)
    assert quote_said(quotes, "واشنگتن مسئول", "ministry-of-foreign-affairs-russia"), quotes_shown(quotes)


def test_pronoun_after_named_speaker_goes_on(kb):
    quotes = _quotes(_BEFORE + "وی افزود: بررسی جزئیات از هفته بعد آغاز می‌شود.", kb)
    assert quote_said(quotes, "بررسی جزئیات", "mohammad-bagher-ghalibaf"), quotes_shown(quotes)


# --- a plural cue inside one person's words --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "سارا احمدی مادر این کودک گفت: حال او خوب بود.\n\nاو درباره علت بیماری بیان کرد: ابتدا فکر کردیم مسمومیت است "
    "ولی گفتند به خاطر عفونت ریه بوده است.",
    "رضا توکلی صاحب این مغازه گفت: شب گذشته کسی اینجا نبود.\n\nوی درباره آتش‌سوزی توضیح داد: ما چیزی ندیدیم اما "
    "گفته‌اند که شعله‌ها از انبار بیرون آمده است.",
])
def test_plural_cue_inside_one_persons_words(text, kb):
    quotes = _quotes(text, kb)
    assert len(quotes) == 2, quotes_shown(quotes)


def test_plural_speakers_go_on(kb):
    quotes = _quotes("محمدباقر قالیباف و غلامحسین محسنی اژه‌ای در نشست مشترک گفتند که طرح تازه تا پایان ماه اجرا "
                     "می‌شود و افزودند که دستگاه‌ها باید گزارش دهند.", kb)
    assert any(fold_in(q.text, "دستگاه‌ها باید") for q in quotes), quotes_shown(quotes)


# --- a closing mark opens no labelled phrase ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'عبدالنافع تکور، سخنگوی وزارت داخله، گفت: "امنیت فعلی کشور بی‌سابقه است." او این گزارش سازمان ملل را نادرست و '
    'بی‌پایه خواند.',
    "علی شمخانی گفت: “ما به این اقدام پاسخ می‌دهیم.“ وی تحریم‌های تازه را بی‌اثر و نمایشی دانست.",
])
def test_closing_mark_opens_no_labelled_phrase(text, kb):
    quotes = reported_quotes(text, kb)
    assert all(q.cue not in ("خواند", "دانست", "دانستند") for q in quotes), quotes_shown(quotes)


def test_labelled_phrase_in_marks_stays(kb):
    quotes = reported_quotes('عباس عراقچی این سفر را "گامی مهم در روابط دو کشور" دانست.', kb)
    assert quote_said(quotes, "گامی مهم در روابط", "abbas-araghchi"), quotes_shown(quotes)
