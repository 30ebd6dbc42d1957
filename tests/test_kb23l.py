"""Heads and spokespeople of Iranian bodies that the press names by office alone (rasad/data/kb/actors/kb23l.yaml,
terms fixed in the actors' own files, three one-holder spokesperson titles in roles.yaml): the Red Crescent, the
Meteorological Organization, the customs, the Prisons Organization, the Supreme Audit Court, and the spokespeople of
the Guardian Council, the judiciary and the Atomic Energy Organization; guards that a body's other spokespeople stay
shared and that a common word links no new actor. Sentences are the tests' own."""

import pytest

from tests.test_kb_officials import _roles, office_roles


@pytest.mark.parametrize("phrase, day, holder", [
    ("رئیس جمعیت هلال احمر", "2016-03-01", "Amir Mohsen Ziaei"),
    ("رئیس جمعیت هلال احمر", "2018-09-01", "Ali Asghar Peyvandi"),
    ("رئیس جمعیت هلال احمر", "2020-09-01", "Karim Hemmati"),
    ("رئیس جمعیت هلال احمر", "2023-02-01", "Pir-Hossein Kolivand"),
    ("رئیس سازمان هواشناسی کشور", "2015-02-01", "Davood Parhizkar"),
    ("رئیس سازمان هواشناسی", "2021-03-01", "Sahar Tajbakhsh"),
    ("رئیس کل گمرک ایران", "2015-02-01", "Masoud Karbasian"),
    ("رئیس کل گمرک", "2018-03-01", "Forud Asgari"),
    ("رئیس کل گمرک ایران", "2019-12-01", "Mehdi Mir-Ashrafi"),
    ("رئیس کل گمرک ایران", "2023-01-28", "Mohammad Rezvanifar"),
    ("رئیس کل گمرک ایران", "2025-03-01", "Forud Asgari"),
    ("رئیس سازمان زندان‌ها", "2016-03-01", "Asghar Jahangir"),
    ("رئیس سازمان زندان‌ها", "2023-04-10", "Mohammad Mehdi Haj-Mohammadi"),
    ("رئیس دیوان محاسبات", "2017-03-01", "Adel Azar"),
    ("رئیس دیوان محاسبات کشور", "2021-06-01", "Mehrdad Bazrpash"),
    ("سخنگوی سازمان انرژی اتمی", "2021-04-12", "Behrouz Kamalvandi"),
    ("سخنگوی سازمان انرژی اتمی ایران", "2015-10-30", "Behrouz Kamalvandi"),
    ("سخنگوی شورای نگهبان", "2018-03-01", "Abbas Ali Kadkhodaei"),
    ("سخنگوی شورای نگهبان", "2024-03-01", "Hadi Tahan Nazif"),
    ("سخنگوی قوه قضاییه", "2016-03-01", "Gholam-Hossein Mohseni-Eje'i"),
    ("سخنگوی قوه قضائیه", "2020-06-01", "Gholam-Hossein Esmaili"),
    ("سخنگوی دستگاه قضا", "2025-03-01", "Asghar Jahangir"),
])
def test_the_office_names_its_holder_on_the_day(kb, phrase, day, holder):
    roles = office_roles(phrase, kb, day)
    assert holder in roles.values(), roles


@pytest.mark.parametrize("text, day, expected", [
    ("امیرمحسن ضیایی از ارسال چادر و پتو برای زلزله‌زدگان خبر داد.", "2016-03-01", {"amir-mohsen-ziaei"}),
    ("داوود پرهیزکار از نصب رادار تازه در غرب کشور خبر داد.", "2016-03-01", {"davood-parhizkar"}),
    ("عادل آذر گزارش تفریغ بودجه را به نمایندگان تقدیم کرد.", "2017-03-01", {"adel-azar"}),
    ("سحر تاجبخش مسلمان از هشدار سطح نارنجی برای سواحل جنوبی خبر داد.", "2025-03-01", {"sahar-tajbakhsh"}),
])
def test_the_actor_links_by_its_persian_name(kb, text, day, expected):
    _, ids = _roles(text, kb, day)
    assert expected <= ids, ids


def test_peyvandi_did_not_head_the_red_crescent_before_2017(kb):
    roles, _ = _roles("به گزارش خبرگزاری‌ها، رئیس جمعیت هلال احمر امروز از اعزام امدادگران خبر داد.", kb, "2016-03-01")
    assert "Ali Asghar Peyvandi" not in roles.values(), roles


@pytest.mark.parametrize("phrase", ["سخنگوی وزارت بهداشت", "سخنگوی کمیسیون امنیت ملی مجلس"])
def test_another_bodys_spokesperson_is_not_one_of_these(kb, phrase):
    roles = office_roles(phrase, kb, "2021-04-12")
    assert not set(roles.values()) & {"Behrouz Kamalvandi", "Abbas Ali Kadkhodaei", "Gholam-Hossein Esmaili"}, roles


@pytest.mark.parametrize("text", [
    "مراسم در روز ۲۰ آذر با حضور دانشجویان برگزار شد.",
    "قاضی عادل در این پرونده رأی خود را صادر کرد.",
    "کشاورزان از پرهیزکاری و صبر در خشکسالی سخن گفتند.",
])
def test_a_common_word_links_no_new_actor(kb, text):
    _, ids = _roles(text, kb, "2017-03-01")
    assert not ids & {"adel-azar", "davood-parhizkar", "amir-mohsen-ziaei"}, ids


@pytest.mark.parametrize("phrase", ["رئیس کل گمرک عراق", "رئیس کل بانک مرکزی عراق", "رئیس کل گمرک استان هرمزگان",
                                    "رئیس کل بانک مرکزی اروپا"])
def test_a_fixed_bodys_office_before_another_state_or_a_province_names_no_iranian(kb, phrase):
    roles = office_roles(phrase, kb, "2019-06-01")
    assert not set(roles.values()) & {"Mehdi Mir-Ashrafi", "Abdolnaser Hemmati"}, roles


def test_the_central_bank_governor_is_still_irans_with_iran_named(kb):
    roles, _ = _roles("به گزارش خبرگزاری‌ها، رئیس کل بانک مرکزی ایران امروز در نشستی از برنامه‌های تازه خبر داد.", kb,
                      "2019-06-01")
    assert "Abdolnaser Hemmati" in roles.values(), roles
