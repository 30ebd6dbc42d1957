"""Session 31 (slice PER): people the knowledge base lacks, missed on the real-news dev half. A given name and a
surname with no office or speech verb beside them are a person when something else marks them: a list whose other
names the linker knows ("A، B و C" with A or B a known person; "A و B" opening a list: names.py ``_after_known``,
``_in_list``), a rank below an officer's (roles.yaml honorifics: "سرجوخه", "ستوان"), a surname whose ending is printed as a word of its own ("اسماعیل
پور", "علی یف": names.py ``_surname_of``), or a given name the lexicon lacked ("ایمان", "ستایش", "معتصم"). Sentences
are our own, modelled on real reports; guards are everyday sentences with the same words.

Two parts of the slice were left out by the held-out counts: a word that introduces a person ("به نام", "توسط",
a trade) cost the fresh part an entity, and a known person's surname after another given name read as a new person
lowered the test half's roles and quotes (0.741 → 0.736, 0.720 → 0.711)."""

from __future__ import annotations

import pytest

from tests.event_text import form_key as _key
from tests.event_text import unknown_people as _people


@pytest.mark.parametrize("sentence,form", [
    # "A و B": the first name of a list joined by "و" to another given name
    ("سرمربی در خط میانی از کامران بیجاری و حمید کاظمی به طور هم‌زمان استفاده کرد.", "کامران بیجاری"),
    ("هیئت داوران از رسول استکی و محسن قربانی برای قضاوت فینال دعوت کرد.", "رسول استکی"),
])
def test_a_name_that_opens_a_list_with_and(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence,form", [
    # the list goes on after a person the knowledge base knows
    ("در ترکیب ثابت تیم، محمد محبی، کاوه مومنی و سعید پذیره به میدان رفتند.", "کاوه مومنی"),
    ("هیئت اعزامی با حضور محمدجواد ظریف و مهران بیجاری وارد ژنو شد.", "مهران بیجاری"),
])
def test_a_list_goes_on_after_a_known_person(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence,form", [
    # a rank below an officer's
    ("در این حادثه گروهبان رحیم ابراهیم جان باخت و دو سرباز دیگر زخمی شدند.", "رحیم ابراهیم"),
    ("ستوان سعید درویش در درگیری با اشرار به شدت مجروح شد.", "سعید درویش"),
])
def test_a_rank_introduces_a_person(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence,form", [
    # a surname's ending printed as a word of its own: Persian and Russian/Central Asian endings
    ("در وزن ۷۴ کیلوگرم کامران اسماعیل پور در دو تایم مغلوب حریف شد.", "کامران اسماعیل پور"),
    ("کشتی‌گیر ما در فینال، تیمور علی یف از قزاقستان را شکست داد.", "تیمور علی یف"),
    ("در دیدار دوم رستم کریم اوف تاجیکستانی برابر نماینده ژاپن پیروز شد.", "رستم کریم اوف"),
])
def test_a_surname_ending_printed_apart(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence,form", [
    # given names the lexicon lacked, in a list after a label or beside names found
    ("فهرست بازیکنان اعزامی: ایمان قربانی، رضا کمالی و نادر حسینی", "ایمان قربانی"),
    ("تیم بانوان با ترکیب مریم کمالی، ستایش حسینی و پروا رضایی به مصاف حریف رفت.", "ستایش حسینی"),
    ("تیم بانوان با ترکیب مریم کمالی، ستایش حسینی و پروا رضایی به مصاف حریف رفت.", "پروا رضایی"),
])
def test_given_names_the_lexicon_lacked(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence", [
    # the same words in everyday use: no person
    "ایمان مردم به آینده کشور بیشتر از همیشه است.",  # "faith", not a given name
    "کتاب به نام خدا آغاز می‌شود و با دعا پایان می‌یابد.",  # "in the name of God"
    "این تصمیم توسط هیئت مدیره و مجمع عمومی تصویب شد.",  # a body after "توسط"
    "امام مهدی زاده شد و شهر را چراغانی کردند.",  # "was born", no surname's ending
    "موضع ضعیف دولت در این مذاکرات انتقاد زیادی به دنبال داشت.",  # "weak", no Russian ending
    "ستایش مردم از قهرمانان المپیک در خیابان‌ها ادامه داشت.",  # "praise"
    "در این ستایش حسینی از شجاعت سربازان سخن گفت.",  # "ستایش" after "این": the noun
])
def test_everyday_words_are_no_person(kb, sentence: str) -> None:
    assert not _people(sentence, kb)
