"""Session 28 (slice Q): quotes on real pages. The general causes found on the real-news dev half's quote misses and
false quotes, each written anew here (other speakers, bodies, places, tenses), with guards for the everyday
sentences that use the same words:

- a request reported nothing: "X از Y درخواست کرد ..." reports the request when "از" names whom it asks right
  before the verb, with "که" or without (quotes.yaml request_cues); "خواست" stays no cue (it also wishes, and is a
  noun), and "درخواست" as a noun reports nothing;
- "طبق اعلام X، ..." reported nothing: a body's announcement leads a statement like "طبق بیانیه X،"
  (quotes.yaml according_to);
- "بر اساس گفته‌های X، وکیل Y، خبرنگار Z، ..." started the statement at the speaker's description: descriptions of the
  speaker set off by commas are skipped (quotes.yaml apposition_heads with office_heads);
- a lead printed as its own line, then again opening a longer paragraph, gave the same statement twice;
- "... .طبق بیانیه X، «...»": a full stop glued to the next word hid that the lead opens its sentence."""

from __future__ import annotations

import pytest

from tests.event_text import quote_said, quotes_shown, reported_quotes

# --- a request: "از Y خواست ..." --------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("سازمان ملل متحد روز چهارشنبه در بیانیه‌ای از طرف‌های درگیر در یمن درخواست کرد فوراً گذرگاه‌های "
     "بشردوستانه را باز کنند.", "فوراً گذرگاه", "united-nations"),
    ("پلیس راهور از رانندگان درخواست کرده به دلیل یخبندان جاده‌ها از سفرهای غیرضروری به شمال خودداری کنند.",
     "به دلیل یخبندان", "traffic-police-of-iran"),
    ("اتحادیه اروپا از دو طرف درخواست کرده است که بی‌درنگ به میز مذاکره در ژنو بازگردند.",
     "بی‌درنگ به میز مذاکره", "european-union"),
])
def test_request_is_a_statement(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


@pytest.mark.parametrize("sentence", [
    "بانک درخواست وام این شرکت را پس از سه ماه بررسی رد کرد و دلیلی هم اعلام نکرد.",
    "درخواست کردن ویزای تحصیلی از سفارت کانادا در آنکارا دست کم چهار ماه زمان می‌برد.",
    "علی رضایی می‌خواست پیش از تاریکی از جاده کوهستانی به خانه برسد اما باران شدیدی گرفت.",
    "این بوستان به خواست مردم و از سوی شهرداری شیراز در کنار رودخانه ساخته شد تا کودکان بازی کنند.",
])
def test_no_request_in_everyday_words(sentence, kb):
    quotes = reported_quotes(sentence, kb)
    assert not [q for q in quotes if "خواست" in q.cue], quotes_shown(quotes)


# --- "طبق اعلام X، ..." -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,starts,speaker", [
    ("طبق اعلام ارتش اسرائیل، دو پهپاد بر فراز جولان رهگیری و منهدم شدند.", "دو پهپاد بر فراز", "Israel"),
    ("بر اساس اعلام سازمان ملل متحد، بیش از دو میلیون نفر در سودان آواره شده‌اند.", "بیش از دو میلیون",
     "united-nations"),
])
def test_announcement_lead(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


def test_announcement_lead_without_speaker(kb):
    quotes = reported_quotes("طبق اعلام قبلی، مسابقه فینال جام حذفی فردا ساعت هجده در ورزشگاه آزادی برگزار می‌شود.", kb)
    assert not quotes, quotes_shown(quotes)


# --- descriptions of the speaker after "به گفته X،" ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,starts,not_start", [
    ("بر اساس گفته‌های حسن رضایی، وکیل مریم کاظمی، فعال حقوق زنان، موکلش به دو سال حبس تعلیقی محکوم شده است.",
     "موکلش به دو سال", "وکیل"),
    ("به گفته ناصر کریمی، سخنگوی اتحادیه رانندگان کامیون، اعتصاب از فردا در شش استان ادامه خواهد یافت.",
     "اعتصاب از فردا", "سخنگوی"),
])
def test_speaker_description_is_skipped(sentence, starts, not_start, kb):
    quotes = reported_quotes(sentence, kb)
    assert quotes and quotes[0].text.startswith(starts.split()[0]), quotes_shown(quotes)
    assert not any(q.text.startswith(not_start) for q in quotes), quotes_shown(quotes)


def test_statement_opening_with_an_office_stays_whole(kb):
    quotes = reported_quotes("به گفته سید عباس عراقچی، وزیر امور خارجه ترکیه هفته آینده برای دیدار با همتای خود "
                             "به تهران سفر خواهد کرد.", kb)
    assert quote_said(quotes, "وزیر امور خارجه ترکیه هفته آینده", "abbas-araghchi"), quotes_shown(quotes)


# --- a lead printed twice ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("said,again", [
    ("وزیر امور خارجه عمان گفت: مسقط آماده میزبانی دور تازه‌ای از گفت‌وگوهای هسته‌ای است.",
     "وی افزود: مسقط آماده میزبانی دور تازه‌ای از گفت‌وگوهای هسته‌ای است. این گفت‌وگوها به زودی آغاز می‌شود."),
    ("حامد کرزی تاکید کرد: این حمله خطای بزرگی بود که جان ده غیرنظامی را در قندهار گرفت.",
     "حامد کرزی در بیانیه‌ای تاکید کرد: این حمله خطای بزرگی بود که جان ده غیرنظامی را در قندهار گرفت. "
     "او خواستار تحقیق شد."),
])
def test_lead_repeated_with_its_paragraph_is_one_quote(said, again, kb):
    text = said + "\nاین سخنان در یک نشست خبری بیان شد.\n" + again + "\n"
    quotes = reported_quotes(text, kb)
    first = said.split(": ")[1][:15]
    assert len([q for q in quotes if q.text.startswith(first)]) == 1, quotes_shown(quotes)


def test_short_sentence_repeated_stays_two(kb):
    text = ("سخنگوی دولت گفت: ما کاملاً آماده هستیم.\nاین سخنان در یک نشست خبری بیان شد.\n"
            "وی افزود: ما کاملاً آماده هستیم. دولت همه امکانات را برای مقابله با سیل در خوزستان بسیج کرده است.\n")
    quotes = reported_quotes(text, kb)
    assert len([q for q in quotes if q.text.startswith("ما کاملا آماده")]) == 2, quotes_shown(quotes)


# --- a lead after a full stop glued to it -----------------------------------------------------------------------

def test_lead_after_glued_full_stop(kb):
    text = ("دو وزیر امروز در گفت‌وگویی تلفنی درباره دیدارهای آتی صحبت کردند .طبق بیانیه وزارت خارجه روسیه، «دو وزیر "
            "برنامه‌های خود را برای نشست‌های بلندپایه آتی هماهنگ کردند».")
    quotes = reported_quotes(text, kb)
    assert quote_said(quotes, "دو وزیر برنامه", "ministry-of-foreign-affairs-russia"), quotes_shown(quotes)


def test_guillemets_inside_a_sentence_stay_no_statement(kb):
    quotes = reported_quotes("این تصمیم صرفاً به گفته او «دست متجاوز را در منطقه باز می‌گذارد و صلح را دور می‌کند».", kb)
    assert not quotes, quotes_shown(quotes)
