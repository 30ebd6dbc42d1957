"""Session 30 (slice ENT): outlets the real-news dev half still missed. An outlet the knowledge base lacks is named
where news cites one, marked by quotes or brackets, Latin letters, a kind of outlet before it, or the chain of
attribution ("به گزارش X به نقل از Y،": rasad/annotate/link/cuenamed.py, headed.yaml ``cited_names``); a group's
forms no longer hide its news agency of the same name (HRANA). Sentences are our own, modelled on real reports;
guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _entities(text: str, kb) -> list:
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)
    return doc.entities


def _unknown_outlets(text: str, kb) -> list:
    return [e for e in _entities(text, kb) if (e.uid or "").startswith("unknown:media:")]


def _key(form: str) -> str:
    return form.replace(" ", "").replace("\u200c", "")


@pytest.mark.parametrize("sentence,form", [
    # the chain of attribution: the reporting site and the one it quotes
    ("به گزارش سپهرداد به نقل از آرتاک، جلسه شورای شهر به هفته آینده موکول شد.", "سپهرداد"),
    ("به گزارش سپهرداد به نقل از آرتاک، جلسه شورای شهر به هفته آینده موکول شد.", "آرتاک"),
    ("به گزارش کوهرنگ و به نقل از ایرنا، سیل دو روستا را در بر گرفت.", "کوهرنگ"),
    # a name in quotes or brackets after the cue, even an everyday word
    ("به گزارش «افق» به نقل از ایسنا، نمایندگان طرح را رد کردند.", "افق"),
    ("به نقل از «نگاه تفتان»، فرماندار از بازگشایی مدارس خبر داد.", "نگاه تفتان"),
    # Latin letters
    ("به گزارش (Goldwatch)، بهای هر اونس طلا امروز بالا رفت.", "Goldwatch"),
    ("به نقل از پایگاه خبری «dawnreport»، دو نفر در انفجار کشته شدند.", "dawnreport"),
    # a kind of outlet before ordinary words: the kind says they are a name
    ("به گزارش پایگاه خبری صدای کارگر و به نقل از ایلنا، کارگران تجمع کردند.", "صدای کارگر"),
    ("به گزارش روزنامه محلی نسیم شمال، شهردار استعفا داد.", "نسیم شمال"),
    # where the outlet reported from closes its name
    ("به گزارش اسپیدارکویر از یزد، باران شدید خسارت زد.", "اسپیدارکویر"),
])
def test_outlet_named_where_cited(sentence, form, kb):
    found = _unknown_outlets(sentence, kb)
    assert any(_key(form) in map(_key, e.forms) for e in found), [(e.name, e.forms) for e in found]


@pytest.mark.parametrize("sentence", [
    "به نقل از منابع محلی، دو نفر زخمی شدند.",                      # sources, not an outlet
    "به گزارش خبرنگار ما، جلسه تا عصر ادامه داشت.",                 # our reporter
    "به گزارش ایسنا به نقل از وی، طرح به زودی اجرا می‌شود.",        # a pronoun after the cite cue
    "به نقل از سفیر، روابط دو کشور رو به بهبود است.",                # a person's office, no chain
    "به گزارش دریافتی، سه نفر بازداشت شدند.",                       # "a report received"
    "به گزارش کارکنان بیمارستان، داروها تمام شده است.",             # ordinary words, no chain of outlets
    "به گزارش چهارشنبه ایرنا، قیمت نفت کاهش یافت.",                  # the day before a known agency
    "به نقل از «علی رضایی»، جلسه لغو شد.",                          # a person in quotes
    "طبق گزارش برخی تشکل‌های صنفی، حقوق‌ها پرداخت نشده است.",        # no cue of this kind
    "او در روزنامه کار می‌کرد و به نقل از دوستانش، نویسنده خوبی بود.",  # friends, not an outlet
])
def test_no_outlet_without_a_mark(sentence, kb):
    assert _unknown_outlets(sentence, kb) == []


def test_known_outlet_stays_known(kb):
    """"به گزارش «مهر»": the knowledge base's outlet, not a new one of the same name."""
    ents = _entities("به گزارش «مهر» به نقل از ایسنا، مجلس طرح را تصویب کرد.", kb)
    assert not [e for e in ents if (e.uid or "").startswith("unknown:media:")], [(e.name, e.uid) for e in ents]


@pytest.mark.parametrize("sentence", [
    "به گفته گزارشگران هرانا، دو کارگر در این شهر بازداشت شدند.",
    "خبرگزاری هرانا گزارش داد که سه دانشجو احضار شده‌اند.",
])
def test_hrana_is_the_outlet(sentence, kb):
    ents = _entities(sentence, kb)
    assert any(e.kb_id == "hrana" and e.type == "MEDIA" for e in ents), [(e.name, e.kb_id) for e in ents]
    assert not any(e.kb_id == "human-rights-activists-news-agency" for e in ents)


def test_the_group_is_not_the_outlet(kb):
    ents = _entities("مجموعه فعالان حقوق بشر در ایران در بیانیه‌ای بازداشت این فعال را محکوم کرد.", kb)
    assert any(e.kb_id == "human-rights-activists-news-agency" and e.type == "ORG" for e in ents)
