"""Session 31 (slice PER2): more people the knowledge base lacks, missed on the real-news dev half. A given name and
a surname too common to pass alone are a person when the page names them again by the surname alone further on
(names.py ``_named_again``; not before a verb's own word, nor a two-word surname cut short); a name set in apposition
without a comma ("NAME یکی از ...", "NAME دیگر نماینده ...": grammar.yaml name_appositions, name_office_between);
a given name with "و" printed against it ("... وکیومرث ...": names.py ``_glued_and``);
and a name right before its prison term ("NAME به ۷ سال، ...": names.py ``_term_after``). Sentences are our own,
modelled on real reports; guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _people(text: str, kb) -> set[str]:
    """The Persian forms of the people the knowledge base does not know, spaces and joiners dropped."""
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)
    return {f.replace(" ", "").replace("\u200c", "") for e in doc.entities if e.type == "PERSON" and not e.kb_id
            for f in e.forms}


def _key(form: str) -> str:
    return form.replace(" ", "").replace("\u200c", "")


@pytest.mark.parametrize("sentence,form", [
    # a common surname repeated alone later in the page
    ("مجلس هفته گذشته به برکناری بهرام دانشجو رای داد. نمایندگان منتقد می‌گویند دانشجو در جذب بودجه ناکام بوده است.",
     "بهرام دانشجو"),
    ("در این فیلم کامبیز افسری نقش یک معلم روستایی را بازی می‌کند. کارگردان درباره انتخاب افسری توضیحی نداد.",
     "کامبیز افسری"),
    ("پرونده یوسف ساکت هنوز در دادگاه باز است و وکیل ساکت خواستار آزادی موکلش شد.", "یوسف ساکت"),
])
def test_a_common_surname_named_again_alone(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence,form", [
    # apposition without a comma
    ("بهروز کامکار یکی از بازیگران قدیمی سینما روز گذشته درگذشت.", "بهروز کامکار"),
    ("در همین جلسه نادر پارسا دیگر نماینده استان خواستار پاسخگویی وزیر شد.", "نادر پارسا"),
])
def test_a_name_in_apposition_without_a_comma(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence,form", [
    # "و" printed against the given name of the second name of a list
    ("در این نشست فریبا نوری وداریوش کاوه، اعضای شورای شهر، حضور داشتند.", "داریوش کاوه"),
    ("حکم پرستو امینی ومنصور شاکری، دو فعال صنفی، صادر شد.", "منصور شاکری"),
])
def test_a_given_name_with_and_glued_to_it(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence,form", [
    # a sentence right after the name, in digits or words, in a list of the convicted
    ("بر پایه این حکم، بهرام نیکنام به سه سال حبس محکوم شد.", "بهرام نیکنام"),
    ("در این پرونده کاوه نیکنام به ۵ سال، آرش فرهمند به هشت ماه زندان محکوم شد.", "آرش فرهمند"),
])
def test_a_name_before_its_prison_term(kb, sentence: str, form: str) -> None:
    assert _key(form) in _people(sentence, kb)


@pytest.mark.parametrize("sentence", [
    # a town's or a phrase's second word before a span of time: no person
    "اجرای طرح مهدی شهر به ۵ سال زمان نیاز دارد.",
    "ساخت این بنا با همت حسن نیت به دو سال زمان نیاز داشت.",
    # a given name before a verb's noun or participle, the noun repeated alone: no person
    "بار کشتی‌ها در لنگرگاه جمال تخلیه کردند و گفتند تخلیه تا فردا ادامه دارد.",
    "نفتکش در آب‌های جلال توقیف شد. مقامات گفتند توقیف کشتی قانونی بوده است.",
    # the surname not repeated alone: a given name before an everyday noun stays no name
    "همه طرف‌ها باید با حسن نیت وارد مذاکره شوند تا توافق حاصل شود.",
    # "یکی از" after a given name and a common word that is no name
    "پیام نوروزی یکی از سنت‌های قدیمی رهبران است.",
])
def test_no_person_is_made_of_everyday_words(kb, sentence: str) -> None:
    assert not _people(sentence, kb)


def test_a_two_word_surname_is_not_cut_short(kb) -> None:
    """The second word of the surname repeated with the first: no person of the first word alone."""
    found = _people("در این مسابقه کاوه جبل عاملی دو گل زد و جبل عاملی بهترین بازیکن شد.", kb)
    assert _key("کاوه جبل") not in found
