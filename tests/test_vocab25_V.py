"""Session 25 (slice V, entity linking on the real-news dev half): two causes of missed and extra entities.
- outlets the knowledge base lacked, named in a page's byline ("X- ...", "خبرگزاری X:") or after an attribution
  cue ("به گزارش X،", "به X گفت"); a form that is also an everyday phrase ("بازار و بورس", "امتداد", "رازق",
  "افق و اقتصاد") is marked ambiguous and read only after a cue (outlets.yaml, end of file);
- canonical names that were not the English Wikipedia title the gold convention uses (Mohammad-Mehdi Esmaeili,
  Pouria Hossein-Khanzadeh).
Every sentence is written anew; the guards use the same words in their everyday sense."""
from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _names(text: str, kb) -> set[str]:
    doc = annotate_document(RawDocument(source="t.txt", text=text, published="2024-05-01T10:00:00+03:30"), kb)
    return {e.name for e in doc.entities}


@pytest.mark.parametrize("sentence, outlet", [
    ("به گزارش بازار و بورس، شاخص کل در معاملات دیروز دو درصد افت کرد.", "Bazar-o Bourse"),
    ("به گزارش بازارو بورس، ارزش معاملات خرد امروز بالا رفت.", "Bazar-o Bourse"),
    ("علی کریمی به امتدادنیوز گفت که به حکم دادگاه اعتراض می‌کند.", "Emtedad"),
    ("به گزارش امتداد، نشست شورای شهر امروز برگزار نشد.", "Emtedad"),
    ("تیک نیوز- سخنگوی وزارت کشور امروز از برگزاری انتخابات خبر داد.", "Tik News"),
    ("به گزارش تیک نیوز، نرخ تورم در ماه گذشته کاهش یافت.", "Tik News"),
    ("به گزارش نجواخبر، استاندار فارس امروز به شیراز رفت.", "Najva Khabar"),
    ("به گزارش استقلال نیوز، سرمربی تیم از بازیکنان تشکر کرد.", "Esteghlal News"),
    ("پایگاه خبری افق و اقتصاد- قیمت طلا امروز بالا رفت.", "Ofogh-e Eghtesad"),
    ("به گزارش سایت خبری رازق، کمپین تحریم خرید خودرو ادامه دارد.", "Raazegh"),
    ("خبرگزاری دید: وزارت داخله از بازداشت دو نفر در کابل خبر داد.", "Did Press"),
    ("به گزارش راز نیوز، ارتش پاکستان در شمال این کشور عملیات کرد.", "Raaz News"),
])
def test_outlet_linked(sentence, outlet, kb):
    assert outlet in _names(sentence, kb)


@pytest.mark.parametrize("sentence, outlet", [
    ("رونق بازار و بورس در سال آینده به سیاست بانک مرکزی بستگی دارد.", "Bazar-o Bourse"),
    ("امتداد این جاده تا مرز شمالی ادامه خواهد داشت.", "Emtedad"),
    ("رازق کریمی دیروز در مسابقه کشتی به مدال طلا رسید.", "Raazegh"),
    ("کارشناسان افق و اقتصاد کشور را در سال آینده روشن می‌دانند.", "Ofogh-e Eghtesad"),
])
def test_everyday_words_no_outlet(sentence, outlet, kb):
    assert outlet not in _names(sentence, kb)


@pytest.mark.parametrize("sentence, name", [
    ("محمدمهدی اسماعیلی وزیر فرهنگ امروز به مشهد سفر کرد.", "Mohammad-Mehdi Esmaeili"),
    ("وزیر فرهنگ، محمدمهدی اسماعیلی، از نمایشگاه کتاب بازدید کرد.", "Mohammad-Mehdi Esmaeili"),
    ("پوریا حسین‌خانزاده در بازی امروز ۱۲ امتیاز گرفت.", "Pouria Hossein-Khanzadeh"),
    ("سرمربی تیم ملی والیبال از پوریا حسین‌خانزاده تمجید کرد.", "Pouria Hossein-Khanzadeh"),
])
def test_wikipedia_title_names(sentence, name, kb):
    assert name in _names(sentence, kb)
