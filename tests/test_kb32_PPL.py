"""Session 32 (slice PPL): people Persian news names by name or by office whom the knowledge base lacked or did not
link: the General Assembly's presidents of 2023–25, a deputy interior minister of 2024–25 (a dated office, so "رئیس مجمع عمومی سازمان ملل" resolves by the
article's day), four more members of the 12th Majlis (the kept list scripts/kb/data/majlis-term-12.tsv) and spellings the press uses for people the KB had. Sentences are our own; guards are everyday
sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _doc(text: str, kb, day: str = "2024-11-20"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=f"{day}T10:00:00+03:30"), kb)


def _ids(text: str, kb, day: str = "2024-11-20") -> set[str]:
    return {e.kb_id for e in _doc(text, kb, day).entities if e.kb_id}


def _role_holders(text: str, kb, day: str) -> set[str | None]:
    return {r.kb_id for r in _doc(text, kb, day).roles}


@pytest.mark.parametrize("sentence,day,person", [
    ("رئیس مجمع عمومی سازمان ملل در سفر به ژنو با وزیر خارجه سوئیس گفت‌وگو کرد.", "2024-12-03", "philemon-yang"),
    ("رئیس مجمع عمومی سازمان ملل متحد خواستار آتش‌بس فوری در سودان شد.", "2024-02-14", "dennis-francis"),
])
def test_the_general_assemblys_president_by_the_day(sentence, day, person, kb):
    assert person in _role_holders(sentence, kb, day)


@pytest.mark.parametrize("sentence,person", [
    ("دنیس فرانسیس در نشست ویژه درباره تغییرات اقلیمی سخنرانی کرد.", "dennis-francis"),
    ("فیلمون یانگ، نخست‌وزیر پیشین کامرون، با نمایندگان کشورهای آفریقایی دیدار کرد.", "philemon-yang"),
    ("وزیر دادگستری در نامه‌ای به رعد زید الحسین از گزارش تازه انتقاد کرد.", "zeid-raad-al-hussein"),
    ("علی‌اکبر پورجمشیدیان از تقویت ایست‌های بازرسی در ورودی شهرها خبر داد.", "ali-akbar-pourjamshidian"),
    ("حمیدرضا گودرزی، نماینده الیگودرز، در نطق میان‌دستور از وضع جاده‌های لرستان انتقاد کرد.", "hamid-reza-goudarzi"),
    ("عباس بیگدلی، نماینده تاکستان، از وزیر جهاد کشاورزی سؤال کرد.", "abbas-bikdeli"),
])
def test_a_named_person_links(sentence, person, kb):
    assert person in _ids(sentence, kb)


@pytest.mark.parametrize("sentence,day", [
    ("نیل یانگ، خواننده کانادایی، کنسرت تازه‌ای در تورنتو برگزار کرد.", "2024-11-20"),
    ("رئیس مجمع عمومی فدراسیون فوتبال جلسه را به هفته بعد موکول کرد.", "2024-11-20"),
    ("رئیس مجمع عمومی سازمان ملل در سال ۲۰۲۱ به تهران سفر کرد.", "2021-05-02"),
])
def test_guards_no_president_of_the_assembly(sentence, day, kb):
    ids = _ids(sentence, kb, day) | _role_holders(sentence, kb, day)
    assert not ids & {"philemon-yang", "dennis-francis"}
