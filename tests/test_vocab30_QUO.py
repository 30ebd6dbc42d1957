"""Session 30 (slice QUO): quotes as real outlets attribute them. The general causes found on the real-news dev half
and in collected sentences, each written anew here (other people, bodies, places, tenses), with guards for the
everyday sentences that use the same words:

- "X در بیانیه‌ای آورد: «...»" (the formal "wrote") was no cue: "آورد" and "آوردند" are cues before a colon only
  (quotes.yaml colon_cues), never with the nouns that make them "won", "turned to", "pressed" (cue_objects: "به دست
  آورد", "روی آورد", "فشار آورد");
- "X تأکید می‌ورزد که ...", "تأکید ورزید:" (stress with the formal light verb, as Dari pages write it) was no cue;
- a cue glued to the "و" before it ("... خبر داده وگفته او ...", "وافزود:") was not found (glued_conjunctions);
- a cue in a relative clause on a noun ("شرکت‌هایی که X مدعی است به Y کمک می‌کنند") made the actor
  inside it a speaker and cut the statement around it short (relative_not_heads keep "در حالی که X می‌گوید");
- after a cue that takes an object ("مقام‌های X از ... خبر دادند و Y نیز اعلام کرد که"), the next cue's speaker was
  looked for from the sentence's start: a new subject right after "و" speaks;
- a pronoun right after a noun deep in a clause that opens with an actor ("X با انتشار خبر ... و دیدار او
  با ... اعلام کرد") is that noun's possessor, not the speaker."""

from __future__ import annotations

import pytest

from tests.event_text import quote_said, quotes_shown, reported_quotes

# --- "آورد:" before a colon ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("وزارت امور خارجه روسیه در بیانیه‌ای آورد: «مسکو تحریم‌های تازه اتحادیه اروپا را بی‌پاسخ نمی‌گذارد.»",
     "مسکو تحریم‌های تازه", "ministry-of-foreign-affairs-russia"),
    ("عباس عراقچی در صفحه شخصی خود در شبکه ایکس آورد: گفت‌وگوهای مسقط در فضایی سازنده برگزار شد.",
     "گفت‌وگوهای مسقط", "abbas-araghchi"),
])
def test_wrote_before_colon(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


@pytest.mark.parametrize("sentence", [
    "تیم پرسپولیس در دقیقه آخر گل پیروزی را به دست آورد: هواداران در ورزشگاه آزادی جشن گرفتند.",
    "روسیه پس از سال‌ها به بازار آسیا روی آورد: صادرات گاز این کشور به چین دو برابر شد.",
    "تحریم‌های آمریکا فشار زیادی به اقتصاد ونزوئلا آورد که نتیجه آن تورم بالا بود.",
])
def test_brought_or_won_is_no_cue(sentence, kb):
    assert not reported_quotes(sentence, kb)


# --- "تأکید ورزید" -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("حامد کرزی در دیدار با بزرگان قومی تأکید می‌ورزد که گفت‌وگوی ملی تنها راه پایان جنگ است.",
     "گفت‌وگوی ملی تنها راه", "hamid-karzai"),
    ("وزیر امور خارجه ترکیه در نشست خبری تاکید ورزید: آنکارا از آتش‌بس فوری در غزه حمایت می‌کند.",
     "آنکارا از آتش‌بس", "hakan-fidan"),
])
def test_stress_with_formal_light_verb(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


def test_stress_on_a_thing_is_no_statement(kb):
    assert not reported_quotes("مربی تیم ملی والیبال بر اهمیت تمرین منظم بازیکنان جوان تأکید ورزید.", kb)


# --- a cue glued to "و" -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("علی لاریجانی در جمع خبرنگاران حاضر شد وگفت: مجلس طرح تازه را هفته آینده بررسی می‌کند.",
     "مجلس طرح تازه", "ali-larijani"),
    ("رجب طیب اردوغان از گشایش گذرگاه مرزی خبر داد وافزود که کامیون‌های کمک به زودی وارد سوریه می‌شوند.",
     "کامیون‌های کمک", "recep-tayyip-erdogan"),
])
def test_cue_glued_to_and(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


def test_word_starting_with_vav_is_no_glued_cue(kb):
    assert not reported_quotes("کشاورزان روستا در فصل برداشت وگرنه زمستان محصولی برای فروش ندارند و بازار راکد است.", kb)


# --- a cue in a relative clause ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,starts,speaker,inside", [
    ("دولت کانادا اعلام کرد که تحریم‌هایی را علیه شرکت‌هایی که اوکراین مدعی است به ارتش روسیه پهپاد فروخته‌اند "
     "وضع کرده است.", "تحریم‌هایی را علیه", "CAN", "UKR"),
    ("ارتش اسرائیل اعلام کرد اهدافی را که حزب‌الله می‌گوید انبار غذا بوده‌اند در جنوب لبنان بمباران کرده است.",
     "اهدافی را که", "israel-defense-forces", "hezbollah"),
])
def test_cue_in_relative_clause_quotes_no_one(sentence, starts, speaker, inside, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)
    assert not any(q.speaker_id == inside for q in quotes), quotes_shown(quotes)


def test_cue_after_while_is_a_statement(kb):
    quotes = reported_quotes("در حالی که روسیه مدعی است حمله به شهر خارکیف متوقف شده، اوکراین از ادامه بمباران خبر داد.",
                             kb)
    assert quote_said(quotes, "حمله به شهر خارکیف", "RUS"), quotes_shown(quotes)


# --- a new subject after a cue that takes an object ------------------------------------------------------------------


@pytest.mark.parametrize("sentence,starts,speaker,not_speaker", [
    ("مقام‌های ترکیه از بازداشت دو قاچاقچی در مرز خبر دادند و عراق نیز اعلام کرد که سه نفر از اتباع این کشور در "
     "منطقه مرزی زخمی شده‌اند.", "سه نفر از اتباع", "IRQ", "TUR"),
    ("وزارت دفاع روسیه از سرنگونی ده پهپاد خبر داد و اوکراین هم اعلام کرد که پهپادهایش به پالایشگاهی در بلگورود "
     "رسیده‌اند.", "پهپادهایش به پالایشگاهی", "UKR", "ministry-of-defence-russia"),
])
def test_new_subject_after_object_cue_speaks(sentence, starts, speaker, not_speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)
    assert not any(q.speaker_id == not_speaker for q in quotes), quotes_shown(quotes)


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("سخنگوی وزارت خارجه از احضار سفیر عراق خبر داد و گفت: این اقدام در اعتراض به حمله به زائران بود.",
     "این اقدام در اعتراض", "nasser-kanaani"),
    ("عباس عراقچی از سفر به پکن خبر داد و همچنین تأکید کرد که چین شریک راهبردی ایران است.",
     "چین شریک راهبردی", "abbas-araghchi"),
])
def test_same_subject_goes_on_after_object_cue(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


# --- a possessive pronoun is no speaker ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,starts,speaker,not_speaker", [
    ("عباس عراقچی به مسقط سفر کرد. وزارت امور خارجه ایران با انتشار خبر سفر وزیر و دیدار او با همتای عمانی‌اش "
     "اعلام کرد که دو طرف درباره تحولات یمن گفت‌وگو کردند.", "دو طرف درباره تحولات", "ministry-of-foreign-affairs-iran",
     "abbas-araghchi"),
    ("ولادیمیر پوتین به پکن رفت. کرملین با اشاره به برنامه سفر و دیدارهای او در چین اعلام کرد که دو رئیس‌جمهور "
     "چند سند همکاری امضا می‌کنند.", "دو رئیس‌جمهور چند سند", "presidential-administration-of-russia",
     "vladimir-putin"),
])
def test_possessive_pronoun_is_no_speaker(text, starts, speaker, not_speaker, kb):
    quotes = reported_quotes(text, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)
    assert not any(q.speaker_id == not_speaker and fold_starts(q, starts) for q in quotes), quotes_shown(quotes)


def fold_starts(q, starts):
    return starts.split()[0] in q.text[:40]


def test_pronoun_opening_its_clause_still_speaks(kb):
    quotes = reported_quotes("عباس عراقچی به مسقط سفر کرد. وی در پایان این سفر و پس از دیدار با سلطان عمان گفت: "
                             "مذاکرات غیرمستقیم ادامه خواهد یافت.", kb)
    assert quote_said(quotes, "مذاکرات غیرمستقیم", "abbas-araghchi"), quotes_shown(quotes)
