"""Session 30 slice ROLE: ambassadors in Tehran whose terms the knowledge base recorded without dates, dated from
sources (eurasia15.yaml, diplomats.yaml, diplomats14.yaml: Pakistan's, Azerbaijan's and Germany's): an office with several undated holders names no one on
any day, so "سفیر پاکستان در تهران" resolved to nobody. The guards: where a holder's term is still unknown, or the
post's holder is not recorded, the office stays unresolved (roles never guess). Sentences written for the tests."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _resolved(text: str, kb, day: str) -> set[str | None]:
    doc = annotate_document(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)
    return {r.kb_id for r in doc.roles if "سفیر" in r.text}


@pytest.mark.parametrize("text, day, person", [
    ("سفیر پاکستان در تهران با رئیس اتاق بازرگانی ایران دیدار کرد.", "2019-11-12", "riffat-masood"),
    ("سفیر پاکستان در تهران در مراسم روز ملی این کشور سخنرانی کرد.", "2024-03-23", "mudassir-tipu"),
    ("سفیر جمهوری آذربایجان در تهران از گسترش روابط تجاری دو کشور خبر داد.", "2018-06-05", "bunyad-huseynov"),
    ("سفیر جمهوری آذربایجان در تهران با استاندار اردبیل دیدار کرد.", "2012-04-10", "javanshir-akhundov"),
    ("سفیر آلمان در تهران به وزارت امور خارجه احضار شد.", "2022-10-05", "hans-udo-muzel"),
    ("سفیر آلمان در تهران برای رایزنی به برلین فراخوانده شد.", "2024-10-30", "markus-potzel"),
    ("سفیر آلمان در تهران در نشست اقتصادی دو کشور شرکت کرد.", "2018-02-14", "michael-klor-berchtold"),
    ("سفیر آلمان در تهران از هیئت تجاری ایالت بایرن استقبال کرد.", "2015-01-20", "michael-von-ungern-sternberg"),
])
def test_an_ambassador_in_tehran_on_the_day(kb, text, day, person):
    assert person in _resolved(text, kb, day)


@pytest.mark.parametrize("text, day", [
    ("سفیر پاکستان در تهران با معاون وزیر خارجه ایران دیدار کرد.", "2014-10-19"),   # Jadmani's or Durrani's: unknown
    ("سفیر جمهوری آذربایجان در تهران از سفر هیئتی تجاری به تبریز خبر داد.", "2022-06-01"),  # Alizada: not recorded
])
def test_an_ambassador_whose_term_is_unknown_stays_unresolved(kb, text, day):
    assert _resolved(text, kb, day) <= {None}
