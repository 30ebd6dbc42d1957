"""Session 24 (slice W6): whole economy, energy and sanctions pages. Real pages on sanctions imposed and eased, gas
contracts and banks lost their events for reasons that hold for any such page:

- a date phrase opening the sentence ("در ژانویه ۲۰۱۲ اتحادیه اروپا ...") made its "در" govern the subject, so the
  event had no source; a preposition followed only by a date's words (months, time units, numbers) now governs none;
- "پس از آنکه X ... کرد، Y ..." read "از" as governing X and gave the subordinate clause the main clause's subject;
  "آنکه"/"اینکه" now open a clause of their own, as "که" does;
- sanctions lifted on one named party, in the singular ("تحریم بانک مرکزی X را لغو کرد"), or by a court's ruling
  ("به لغو تحریم‌های ... علیه Y رأی داد"), and a decision to sanction reported as taken ("تصمیم گرفت ... را تحریم
  کند"), were not triggers; the European Union's courts were not in the knowledge base;
- a contract renewed with the new term between ("قرارداد گازی را برای ده سال تمدید کردند") or a trade contract whose
  counterpart is the goods' origin ("قرارداد واردات گاز از روسیه را ... تمدید کرد");
- the linker took the outlet of "به گزارش X، وزیر ..." for the office's holder, and "وزیر انرژی و منابع طبیعی ترکیه"
  as the short "وزیر انرژی" (Iran's by default).

Each case is written anew (other states, banks, dates, tenses); the guards keep everyday uses of the same words — a
household "boycotting" sugar, a club renewing a player's contract, a firm's import contract, sellers "attacking" a
market, a utility lifting a cut — free of events."""

from __future__ import annotations

import pytest

from rasad import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # a date phrase before the subject
    ("در فوریه ۲۰۱۹ کانادا بانک سپه را تحریم کرد.", ("SANCTION", "CAN", "bank-sepah")),
    ("در سال ۱۳۹۷ استرالیا بانک ملی ایران را تحریم کرد.", ("SANCTION", "AUS", "bank-melli-iran")),
    ("در ماه آوریل ژاپن با اندونزی درباره واردات زغال‌سنگ توافق کرد.", ("AGREE", "JPN", "IDN")),
    # "پس از آنکه": the subordinate clause's own subject
    ("روسیه پس از آنکه اوکراین به پالایشگاه‌های روسیه حمله کرد، صادرات بنزین را متوقف کرد.", ("ASSAULT", "UKR", "RUS")),
    ("آذربایجان پس از اینکه ارمنستان به مواضع ارتش آذربایجان حمله کرد، مذاکرات را متوقف کرد.", ("ASSAULT", "ARM", None)),
    # sanctions lifted on one party, or by a court's ruling
    ("شورای اروپا تحریم بانک سپه را لغو کرد.", ("RETREAT", "european-council", "bank-sepah")),
    ("دادگاه عمومی اتحادیه اروپا به لغو تحریم‌های شورای اروپا علیه بانک ملی ایران رأی داد.",
     ("RETREAT", "general-court-of-the-european-union", "bank-melli-iran")),
    ("دیوان دادگستری اتحادیه اروپا تحریم بانک سپه را لغو کرد.",
     ("RETREAT", "court-of-justice-of-the-european-union", "bank-sepah")),
    # a decision to sanction, taken
    ("کانادا تصمیم گرفت بانک ملت را مورد تحریم قرار دهد.", ("SANCTION", "CAN", "bank-mellat")),
    ("بریتانیا تصمیم گرفت که به دلیل نگرانی از برنامه موشکی ایران بانک سپه را تحریم کند.",
     ("SANCTION", "GBR", "bank-sepah")),
    # a contract renewed
    ("عراق و ترکمنستان قرارداد گازی را برای پنج سال دیگر تمدید کردند.", ("AGREE", "IRQ", "TKM")),
    ("ارمنستان قرارداد واردات برق از ایران را دو سال دیگر تمدید کرد.", ("AGREE", "ARM", "IRN")),
])
def test_economy_events(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("مادرم تصمیم گرفت قند را تحریم کند.", "SANCTION"),
    ("سهامداران حقیقی بورس را تحریم کردند و شاخص افت کرد.", "SANCTION"),
    ("باشگاه استقلال قرارداد مهاجم خود را برای دو فصل تمدید کرد.", "AGREE"),
    ("این شرکت قرارداد واردات لوازم خانگی را یک سال دیگر تمدید کرد.", "AGREE"),
    ("فروشندگان امروز به سهام پالایشی‌ها حمله کردند و شاخص بورس تهران سقوط کرد.", "ASSAULT"),
    ("در ماه مه خریداران به نمادهای بانکی هجوم بردند.", "ASSAULT"),
    ("اداره برق تحریم برق مشترکان پرمصرف را لغو کرد.", "RETREAT"),
])
def test_everyday_words_report_nothing(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)


def _roles(text, kb, published="2024-05-02T10:00:00+03:30"):
    ann = annotate_document(RawDocument(source="t.txt", text=text, published=published), kb)
    return ann, {r.text: r.refers_to for r in ann.roles}


def test_outlet_before_an_office_is_not_its_holder(kb):
    text = ("افزایش تولید نفت\n\nبه گزارش رامیلا پرس، وزیر نفت عراق گفت که تولید روزانه افزایش یافته است. "
            "وی افزود که صادرات به اروپا ادامه دارد.")
    ann, roles = _roles(text, kb, published=None)  # undated: no holder of the office is known, so a name is sought
    # no stranger made of the outlet (since slice 27E2 the outlet itself is an unknown outlet, by its "پرس")
    assert all(e.kb_id or e.type == "MEDIA" for e in ann.entities), [e.name for e in ann.entities]
    assert roles.get("وزیر نفت عراق") == "Oil Minister of Iraq", roles


def test_energy_and_natural_resources_minister_of_a_state(kb):
    text = ("قرارداد گاز\n\nوزیر انرژی و منابع طبیعی ترکیه در نشستی خبری گفت که مذاکرات گازی ادامه دارد.")
    _ann, roles = _roles(text, kb)
    assert roles.get("وزیر انرژی و منابع طبیعی ترکیه") == "Alparslan Bayraktar", roles
