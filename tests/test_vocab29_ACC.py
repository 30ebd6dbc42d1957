"""Session 29 slice ACC: accusations and coercion worded in ways no pattern knew. A deed called against the rules, a
flagrant breach or criminal, with every verb of deeming (events.yaml accuse.call.adjective); the judgement after "به
عنوان" with what it breaches spelt out (accuse.call.as); a party barred from entering, leaving, travelling or
returning, teaching or studying (coerce.barred, a table of bars × verbs).
Sentences written for these tests, modelled on real pages' phrasing (worklist tests/realnews/fresh/slices29_ACC.tsv)."""

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("text, event", [
    ("سخنگوی وزارت خارجه چین تصمیم آمریکا را اقدامی خلاف قواعد بین‌المللی خواند.", ("ACCUSE", None, "USA")),
    ("ترکیه عملیات ارتش عراق را خلاف حقوق بین‌الملل قلمداد کرد.", ("ACCUSE", "TUR", "iraqi-army")),
    ("حزب‌الله لبنان حمله اسرائیل را اقدامی مجرمانه خواند.", ("ACCUSE", "hezbollah", "ISR")),
])
def test_a_deed_called_against_the_rules_or_criminal(kb, text, event):
    assert_coded(text, kb, event)


@pytest.mark.parametrize("text, event", [
    ("اسماعیل بقایی حمله اسرائیل به لبنان را به عنوان نقض آشکار حاکمیت ملی و تمامیت سرزمینی لبنان دانست.",
     ("ACCUSE", "esmaeil-baghaei", "ISR")),
    ("وزارت خارجه قطر حمله آمریکا به یمن را به‌عنوان تجاوز آشکار به حاکمیت و تمامیت سرزمینی یمن توصیف کرد.",
     ("ACCUSE", "ministry-of-foreign-affairs-qatar", "USA")),
])
def test_a_judgement_after_as(kb, text, event):
    assert_coded(text, kb, event)


@pytest.mark.parametrize("text, event", [
    ("دادگاه انقلاب نرگس محمدی را از خروج از کشور منع کرد.", ("COERCE", "islamic-revolutionary-court", "narges-mohammadi")),
    ("دولت بحرین عیسی قاسم را از بازگشت به کشور منع کرد.", ("COERCE", "BHR", "isa-qassim")),
    ("دونالد ترامپ ایران و یمن را از سفر به آمریکا منع کرده است.", ("COERCE", "donald-trump", "IRN")),
])
def test_a_party_barred_from_entry_exit_or_travel(kb, text, event):
    assert_coded(text, kb, event)


@pytest.mark.parametrize("text, etype", [
    ("مربی تیم تصمیم داور را خلاف قوانین بازی خواند.", "ACCUSE"),
    ("دادگاه این جرم را به عنوان تجاوز به حریم خصوصی شاکی دانست.", "ACCUSE"),
    ("کمیته انضباطی فدراسیون فوتبال بازیکن تیم را از ورود به رختکن منع کرد.", "COERCE"),
    ("پزشکان این بیمار را از سفر به شهرهای گرمسیری منع کردند.", "COERCE"),
])
def test_the_same_words_in_everyday_senses_code_nothing(kb, text, etype):
    assert_not_coded(text, kb, etype)
