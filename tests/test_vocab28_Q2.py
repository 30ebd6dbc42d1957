"""Session 28 (slice Q2): quote speakers on real pages. The general causes found on the real-news dev half's false
quotes, each written anew here (other states, bodies, places, tenses), with guards for the sentences that use the
same words:

- unnamed officials of a state ("مقام‌های پلیس X گفتند", "یک مقام امنیتی X گفته", "به گفته سه مقام دولت X،",
  "مسئولان بهداشتی X گفتند") gave the state as speaker where the knowledge base lacks the body they serve: such a
  statement has no speaker a coder can name (quotes.yaml official_heads); officials of a body the knowledge base knows
  still speak for it, and officials named by their state alone ("مقامات فرانسوی گفتند") for the state;
- a counted unnamed many ("۳۰۰ دانشجوی دانشگاه X ... خبر دادند", "دو شاهد ... گفتند"), students of a university
  ("همچنین دانشجویان دانشگاه X خبر دادند") and one resident ("یک ساکن X گفت") gave the university or the place's
  state as speaker (quotes.yaml anonymous_heads, anonymous_counted, anonymous_counts, head_adverbs)."""

from __future__ import annotations

import pytest

from tests.event_text import quote_said, quotes_shown, reported_quotes

# --- unnamed officials of a state ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,state", [
    ("مقام‌های پلیس ترکیه گفتند که در انفجار یک خودروی بمب‌گذاری‌شده در شهر دیاربکر سه نفر زخمی شدند.", "Turkey"),
    ("یک مقام امنیتی عراق روز شنبه گفته است که دو راکت در نزدیکی فرودگاه اربیل فرود آمد.", "Iraq"),
    ("مسئولان بهداشتی لبنان گفتند که مجروحان به بیمارستان‌های صیدا منتقل شده‌اند و حال دو نفر وخیم است.", "Lebanon"),
    ("به گفته دو مقام دولت سومالی، شبه‌نظامیان الشباب شب گذشته به یک پایگاه ارتش در جنوب این کشور حمله کردند.",
     "Somalia"),
])
def test_unnamed_officials_of_a_state_speak_for_no_one(sentence, state, kb):
    quotes = reported_quotes(sentence, kb)
    assert not [q for q in quotes if q.speaker == state], quotes_shown(quotes)


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("یک مقام وزارت دفاع آمریکا روز جمعه گفت که دو پهپاد بر فراز دریای سرخ رهگیری شدند.", "دو پهپاد بر فراز",
     "Department of Defense"),
    ("مقامات فرانسوی روز سه‌شنبه گفتند که پاریس سفیر خود را برای مشورت فراخوانده است.", "پاریس سفیر خود",
     "France"),
    ("وزارت خارجه ترکیه روز دوشنبه گفت که آنکارا این حمله را به شدت محکوم می‌کند.", "آنکارا این حمله", "Turkey"),
    ("علی رضایی، دانشجوی دانشگاه تهران، گفت که امتحانات این ترم به دلیل آلودگی هوا مجازی برگزار می‌شود.",
     "امتحانات این ترم", "Ali Rezaei"),
])
def test_named_speakers_stay(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


# --- a counted or unnamed many --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,whole", [
    ("۳۰۰ دانشجوی دانشگاه شریف در نامه‌ای به رئیس‌جمهور خبر دادند که برای چهار دانشجوی این دانشگاه حکم زندان صادر "
     "شده است.", "Sharif University of Technology"),
    ("همچنین دانشجویان دانشگاه تهران خبر دادند که ماموران امنیتی دو دانشجو را در خوابگاه بازداشت کرده‌اند.",
     "University of Tehran"),
    ("یک ساکن دیگر حلب به خبرگزاری فرانسه گفت که دست کم پنج بمب بشکه‌ای بر محله‌های شرق شهر فرو افتاد.", "Syria"),
])
def test_unnamed_many_speaks_for_no_whole(sentence, whole, kb):
    quotes = reported_quotes(sentence, kb)
    assert not [q for q in quotes if q.speaker == whole], quotes_shown(quotes)


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("دانشگاه تهران در اطلاعیه‌ای اعلام کرد که کلاس‌های این هفته به دلیل آلودگی هوا مجازی برگزار می‌شود.",
     "کلاس‌های این هفته", "University of Tehran"),
    ("همچنین وزارت خارجه عراق اعلام کرد که سفیر ترکیه را به دلیل حمله به شمال این کشور احضار کرده است.",
     "سفیر ترکیه را", "Iraq"),
])
def test_bodies_still_speak(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


def test_first_place_is_no_official(kb):
    """"مقام اول" is a rank in a contest, not an official: no quote is made of the sentence at all."""
    quotes = reported_quotes("تیم ملی کشتی ایران در مسابقات جهانی مقام اول را کسب کرد و سه مدال طلا گرفت.", kb)
    assert not quotes, quotes_shown(quotes)
