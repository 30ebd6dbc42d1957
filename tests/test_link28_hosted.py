"""Session 28: the page's own outlet, which the knowledge base lacks, named in its text in Persian letters and in
its address in Latin ones ("رادیو نشاط" on radioneshat.com): an outlet entity with the page's outlet name."""

import pytest

from rasad.annotate.document import annotate_document
from rasad.annotate.link.hosted import host_consonants, persian_consonants
from rasad.records import RawDocument

BODY = ("فرماندار شهرستان روز شنبه در جلسه شورای اداری از آغاز طرح آبرسانی به روستاهای بخش مرکزی خبر داد و گفت که "
        "این طرح تا پایان سال به بهره‌برداری می‌رسد.")


def media(text, url, kb):
    doc = annotate_document(RawDocument(source="t.txt", text=text, url=url), kb)
    return {e.name: e.forms for e in doc.entities if e.type == "MEDIA"}


@pytest.mark.parametrize("name, url", [
    ("رادیو نشاط", "https://radioneshat.com/news/1234"),
    ("جهان مانا", "https://www.jahanemana.ir/fa/news/77"),
    ("عصرجنوب", "https://asrejonoob.ir/archives/88"),
    ("رسانک", "https://rasanknews.ir/1403/05/12/a"),
    ("دیوانگاه", "https://divangah.ir/post/5"),
])
def test_the_pages_outlet_named_in_its_text(kb, name, url):
    found = media(f"به گزارش {name}، {BODY}", url, kb)
    assert any(name in forms for forms in found.values()), found


def test_a_phrase_with_other_consonants_is_no_outlet(kb):
    found = media(f"به گزارش خبرنگار ما، {BODY}", "https://radioneshat.com/news/1234", kb)
    assert not any(forms for forms in found.values()), found


def test_no_address_no_hosted_outlet(kb):
    # (session 30) not after "به گزارش": a kind of outlet there names one without an address (link.cuenamed)
    assert not media(f"رادیو نشاط: {BODY}", None, kb)


def test_consonants_of_both_scripts():
    assert persian_consonants("اطلاع با ما") in host_consonants("etelaabama")
    assert persian_consonants("حرف تازه") in host_consonants("harftaze")
    assert persian_consonants("خبر فوری") not in host_consonants("harftaze")
