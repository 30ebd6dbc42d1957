"""Session 26 (slice G, linking actors the knowledge base already has, in the shapes real pages write them). Real
sentences (kept out of git) were linked well on the whole; three general causes of a known actor left unlinked or
linked to the wrong party:
- an officer or cleric named by rank and surname alone right beside an office ("سرلشکر جعفری فرمانده کل سپاه",
  "امیر سرتیپ حیدری فرمانده نیروی زمینی ارتش"): the one holder of that office on the article's date whose surname it
  is (link.linker._holder_by_surname); a rank's "پاسدار" and grade ("سرتیپ دوم پاسدار") go on the rank, not on the
  name (grammar.yaml rank_tails);
- a body whose name ends with its own place ("وزارت بهداشت غزه", "شورای امنیت اقلیم کردستان") followed at once by
  the object state ("... اسرائیل را متهم کرد") was read as that state's body (link.bodies._ends_with_place);
- the plural "همکاری‌ها" in organisations' names ("سازمان همکاری‌های اسلامی"), as many outlets write them (KB).
Every sentence is written anew (other people, places, dates); the guards are sentences with the same words that
must link or code nothing of the kind."""
from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded

_PAD = " به گزارش خبرگزاری مهر، این اقدام واکنش‌های زیادی به دنبال داشت و ناظران آن را مهم دانستند."


def _doc(sentence: str, kb, day: str):
    return annotate_document(RawDocument(source="t.txt", text=sentence + _PAD, published=day + "T10:00:00+03:30"), kb)


def _linked(sentence: str, kb, day: str) -> set[str]:
    doc = _doc(sentence, kb, day)
    return {e.kb_id for e in doc.entities if e.kb_id}


# --- rank and surname beside an office: that office's holder on the day ---

@pytest.mark.parametrize("sentence, day, person", [
    ("سرلشکر جعفری فرمانده کل سپاه روز شنبه در همایش فرماندهان گفت که دشمن جرأت حمله ندارد.", "2015-06-13",
     "mohammad-ali-jafari"),
    ("امیر سرتیپ حیدری فرمانده نیروی زمینی ارتش در بازدید از یگان‌های مرزی گفت مرزها امن است.", "2021-03-02",
     "kioumars-heydari"),
    ("سرتیپ پاسدار نائینی سخنگوی سپاه در نشست خبری گفت رزمایش بزرگ در راه است.", "2024-10-05",
     "ali-mohammad-naini"),
    ("سردار سرتیپ پاسدار جعفری فرمانده کل سپاه در دیدار با بسیجیان گفت تهدیدها دور شده است.", "2017-11-20",
     "mohammad-ali-jafari"),
])
def test_rank_surname_beside_office(sentence, day, person, kb):
    assert person in _linked(sentence, kb, day)


def test_rank_surname_beside_office_acts(kb):
    doc = _doc("سرلشکر جعفری فرمانده کل سپاه عربستان را به حمایت از گروه‌های تروریستی متهم کرد.", kb, "2016-02-10")
    assert any(e.type == "ACCUSE" and "mohammad-ali-jafari" in e.source_ids and "SAU" in e.target_ids
               for e in doc.events), [(e.type, e.source_ids, e.target_ids) for e in doc.events]


def test_rank_surname_office_of_another_day(kb):
    # years after his term the office's holder is someone else: the surname alone names no one
    assert "mohammad-ali-jafari" not in _linked(
        "سرلشکر جعفری فرمانده کل سپاه در مراسم امروز گفت که آماده‌ایم.", kb, "2023-05-01")


def test_rank_surname_beside_a_seat_many_hold(kb):
    # an MP's seat: among hundreds of holders a surname recurs, so it picks no one
    linked = _linked("سردار رحیمی نماینده مجلس در نطق پیش از دستور گفت بودجه کافی نیست.", kb, "2024-06-01")
    assert not {i for i in linked if i.startswith("rahimi") or "-rahimi" in i}


def test_pasdar_as_a_noun_names_no_one(kb):
    doc = _doc("دو پاسدار در درگیری با اشرار مسلح در سراوان زخمی شدند.", kb, "2024-06-01")
    assert not [e for e in doc.entities if e.type == "PERSON"]


# --- a body named with its own place, then the object state ---

@pytest.mark.parametrize("sentence, expected", [
    ("وزارت بهداشت غزه اسرائیل را به هدف قرار دادن آمبولانس‌ها متهم کرد.",
     ("ACCUSE", "gaza-health-ministry", "ISR")),
    ("شورای امنیت اقلیم کردستان ترکیه را به بمباران یک روستای مرزی متهم کرد.",
     ("ACCUSE", "kurdistan-region-security-council", "TUR")),
])
def test_body_with_own_place_then_state(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a generic (Iranian) body's name followed by a state is still that state's body
    ("وزارت نفت عراق ترکیه را به تاخیر در پرداخت بدهی متهم کرد.", ("ACCUSE", "IRQ", "TUR")),
    ("وزارت امور خارجه هند پاکستان را به حمایت از شبه‌نظامیان متهم کرد.",
     ("ACCUSE", "ministry-of-external-affairs-india", "PAK")),
])
def test_generic_body_then_state_unchanged(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


def test_health_ministry_figures_are_no_accusation(kb):
    assert_not_coded("وزارت بهداشت غزه آمار تازه مبتلایان به بیماری‌های واگیردار را منتشر کرد.", kb, "ACCUSE")


# --- the plural in organisations' names ---

@pytest.mark.parametrize("sentence, org", [
    ("سازمان همکاری‌های اسلامی در بیانیه‌ای حمله به مسجد الاقصی را محکوم کرد.", "organisation-of-islamic-cooperation"),
    ("نشست وزیران خارجه سازمان همکاری‌های اسلامی فردا در جده برگزار می‌شود.", "organisation-of-islamic-cooperation"),
    ("سازمان همکاری‌های شانگهای اجلاس سالانه خود را در آستانه برگزار کرد.", "shanghai-cooperation-organisation"),
])
def test_plural_organisation_names(sentence, org, kb):
    assert org in _linked(sentence, kb, "2024-06-01")


def test_plural_cooperation_alone_is_no_organisation(kb):
    assert "organisation-of-islamic-cooperation" not in _linked(
        "همکاری‌های اسلامی و فرهنگی دو دانشگاه در سال آینده گسترش می‌یابد.", kb, "2024-06-01")


def test_oic_plural_condemnation(kb):
    assert_coded("سازمان همکاری‌های اسلامی حمله اسرائیل به اردوگاه جنین را محکوم کرد.", kb,
                 ("ACCUSE", "organisation-of-islamic-cooperation", "ISR"))
