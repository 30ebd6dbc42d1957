"""Session 24, slice J: attacks as real outlets phrase them, where the attacker is often untold.

Iraqi, Syrian and Yemeni reports tell an attack from the struck side in the passive with no attack noun: "a logistics
convoy of the US army was targeted" ("هدف قرار گرفت", "مورد هدف قرار گرفت"), "the base of US troops was the target of
a drone attack". rasad coded none of these: the bare passive was no trigger, and a passive attack with its attacker
untold was coded only for attack kinds that hide their attacker (bombings, terror attacks). Now a party's convoy,
base, post or ship (grammar.yaml struck_military_heads) struck in the passive is an attack on that party with the
source unknown (as event-data coders code an unknown attacker; an attacker named elsewhere in the article still
replaces it), and drone and missile strikes join the attack kinds that hide their attacker. Also: a raid told with
"هجوم برد", and shelling "به شدت" (hard). Guards: crowds rushing to shops, a database or news site "targeted",
a convoy welcomed, ships named as the target of sanctions.
"""

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence, expected", [
    # a convoy or base of a party struck in the passive, no attacker named
    ("یک کاروان تدارکاتی ارتش آمریکا در استان الانبار هدف قرار گرفت.",
     ("ASSAULT", None, "united-states-armed-forces")),
    ("پایگاه نیروهای آمریکایی در حسکه مورد هدف قرار گرفت.", ("ASSAULT", None, "united-states-armed-forces")),
    ("پایگاه نظامیان آمریکا در شرق سوریه هدف حمله پهپادی قرار گرفت.", ("ASSAULT", None, "USA")),
    # a drone strike as a casualty's cause, its attacker untold
    ("در حمله پهپادی به نیروهای پلیس پاکستان در وزیرستان سه مأمور کشته شدند.", ("ASSAULT", None, "PAK")),
    # stormed with "هجوم برد"
    ("شبه‌نظامیان الشباب سحرگاه به پایگاه ارتش سومالی در نزدیکی موگادیشو هجوم بردند.",
     ("ASSAULT", "al-shabaab", "SOM")),
    # shelled hard
    ("توپخانه ارتش ترکیه روستاهای مرزی اقلیم کردستان عراق را به شدت گلوله‌باران کرد.",
     ("ASSAULT", "turkish-armed-forces", "IRQ")),
])
def test_attack_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_untold_attacker_has_no_source(kb):
    from tests.event_text import reported_events
    events = [e for e in reported_events("یک کاروان تدارکاتی ارتش آمریکا در استان الانبار هدف قرار گرفت.", kb)
              if e.type == "ASSAULT"]
    assert events and all(not e.source_ids for e in events)


@pytest.mark.parametrize("sentence", [
    "مردم پس از شایعه کمبود بنزین به پمپ‌بنزین‌های تهران هجوم بردند.",
    "خریداران چینی به بازار طلای دبی هجوم بردند.",
    "پایگاه خبری دولت عراق هدف حمله سایبری قرار گرفت.",
    "این پایگاه داده وزارت بهداشت ترکیه هدف قرار گرفت تا خطاهای آن شناسایی شود.",
    "کاروان خودروهای رئیس‌جمهور فرانسه در لیون مورد استقبال مردم قرار گرفت.",
    "کشتی‌های ژاپنی هدف اصلی تحریم‌های جدید آمریکا قرار گرفتند.",
])
def test_no_attack(kb, sentence):
    assert_not_coded(sentence, kb, "ASSAULT")
