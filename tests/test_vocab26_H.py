"""Session 26 (slice H): roles — who holds the office a text names. Mechanisms, not sentences:
(1) An office the article names first and a person it names later as the one who speaks ("OFFICE گفت: ... . NAME
افزود: ..."): the quotes already give the office's words to that person; the office is now that person's role too
(quotes._settle_offices, link.held). (2) A counterpart's adjective the linker leaves unlinked: the possessive glued on
("همتای عمانیاش") or a state whose bare name is only a short form ("همتای آذربایجانی") (roles._demonym_after).
(3) A given name that is an everyday noun before a plain adjective ("پیام کتبی رئیس‌جمهور") is the noun, no stranger
holding the office beside it (names._name_at, strangers.name_like).
The sentences are the tests' own, modelled on the phrasing of real pages; the guards are everyday texts with the
same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _doc(text, kb, day="2025-03-01"):
    return annotate_document(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)


def _roles(text, kb, day="2025-03-01"):
    return [(r.text, r.refers_to, r.kb_id) for r in _doc(text, kb, day).roles]


# ---------------------------------------------------------------- (1) the office first, its speaker named later

@pytest.mark.parametrize("text, office, person", [
    ("جانشین فرمانده انتظامی شهرستان بم گفت: بامداد امروز یک دستگاه کامیون در محور بم به جیرفت واژگون شد. "
     "سرهنگ کاوه رستمی‌پور افزود: راننده این خودرو به بیمارستان منتقل شد.",
     "جانشین فرمانده انتظامی شهرستان بم", "Kaveh Rostami-Pour"),
    ("مدیرکل هواشناسی استان گیلان با اشاره به ورود سامانه بارشی جدید گفت: از فردا بارش باران در نوار ساحلی آغاز "
     "می‌شود. هادی ملک‌زاده ادامه داد: کشاورزان باید مراقب محصولات خود باشند.",
     "مدیرکل هواشناسی استان گیلان", "Hadi Malk-Zadeh"),
    ("رئیس اداره راهداری شهرستان خلخال گفت: محور خلخال به اسالم به دلیل ریزش کوه بسته شد. منصور قاسملو افزود: "
     "تیم‌های راهداری در حال بازگشایی این مسیر هستند.",
     "رئیس اداره راهداری شهرستان خلخال", "Mansour Qasemlou"),
])
def test_office_then_its_named_speaker(kb, text, office, person):
    roles = _roles(text, kb)
    assert any(t == office and who == person for t, who, _id in roles), roles


def test_office_with_two_named_speakers_stays_unheld(kb):
    """Two people speak by name: which of them the office is, the text does not say."""
    text = ("مدیرکل هواشناسی استان گیلان گفت: از فردا بارش باران در نوار ساحلی آغاز می‌شود. هادی ملک‌زاده گفت: "
            "کشاورزان باید مراقب محصولات خود باشند. رضا کاظمی‌نیا نیز افزود: جاده‌ها لغزنده خواهد بود.")
    roles = _roles(text, kb)
    assert not any(t.startswith("مدیرکل") for t, _who, _id in roles), roles


def test_known_holder_keeps_the_office(kb):
    """An office the knowledge base resolves on the day is not given to a stranger who speaks later."""
    text = ("وزیر امور خارجه ایران گفت: گفت‌وگوها با اروپا ادامه دارد. حسین طاهرخانی افزود: نشست بعدی در ژنو است.")
    roles = _roles(text, kb)
    assert ("وزیر امور خارجه ایران", "Abbas Araghchi", "abbas-araghchi") in roles, roles


# ---------------------------------------------------------------- (2) a counterpart's adjective

@pytest.mark.parametrize("text, holder", [
    ("عباس عراقچی با همتای آذربایجانی خود در باکو دیدار کرد.", "jeyhun-bayramov"),
    ("هاکان فیدان و جیحون بایراماف، همتای آذربایجانی او، در باکو گفت‌وگو کردند.", "jeyhun-bayramov"),
    ("عباس عراقچی در مسقط با همتای عمانیاش گفت‌وگو کرد.", "badr-bin-hamad-al-busaidi"),
    ("سید عباس عراقچی نامه‌ای را به همتای عمانی‌اش تحویل داد.", "badr-bin-hamad-al-busaidi"),  # (a control: so before)
])
def test_counterpart_by_adjective(kb, text, holder):
    roles = _roles(text, kb)
    assert any(t.startswith("همتای") and kb_id == holder for t, _who, kb_id in roles), roles


@pytest.mark.parametrize("text", [
    "تیم ملی فوتبال ایران با همتای آذربایجانی خود در باکو بازی کرد.",
    "هموطنان آذربایجانی در تبریز جشن گرفتند و مردم در خیابان‌ها شادی کردند.",
])
def test_adjective_without_an_office_holder(kb, text):
    assert not any(kb_id == "jeyhun-bayramov" for _t, _who, kb_id in _roles(text, kb)), _roles(text, kb)


# ---------------------------------------------------------------- (3) a noun that is also a given name

@pytest.mark.parametrize("text", [
    "سید عباس عراقچی امروز پیام کتبی رئیس‌جمهور را به همتای عمانی‌اش تحویل داد.",
    "در مراسم دیروز پیام کتبی رئیس جمهور قرائت شد و مردم از آن استقبال کردند.",
    "وزیر خارجه پاکستان پیام کتبی مقام معظم رهبری را از سفیر ایران دریافت کرد.",  # (a control: dated, so before)
])
def test_noun_before_office_is_no_stranger(kb, text):
    doc = _doc(text, kb)
    assert not any(e.name.startswith("Payam") for e in doc.entities), [e.name for e in doc.entities]


@pytest.mark.parametrize("text, person", [
    ("پیام احمدی رئیس اداره ورزش شهرستان گفت: مسابقات از فردا آغاز می‌شود.", "Payam Ahmadi"),
    ("امید نوروزی، رئیس اداره ورزش شهرستان، گفت: مسابقات از فردا آغاز می‌شود.", "Omid Nourouzi"),
])
def test_given_name_with_a_surname_still_a_person(kb, text, person):
    doc = _doc(text, kb)
    assert any(e.name == person for e in doc.entities), [e.name for e in doc.entities]
