"""Iran's officials by office and date: ministers, governors of provinces (an office of a place), mayors, vice-presidents
by portfolio, and titles recorded under another ("رئیس کل بانک مرکزی": the bank's head)."""

import dataclasses

import pytest

from rasad.kb.knowledge import check
from tests.test_link import _link

PROVINCE_TEXT = "به گزارش ایرنا، {role} امروز گفت که طرح‌های عمرانی استان ادامه دارد."


def _roles(text: str, kb, day: str) -> dict[str, tuple[str | None, str | None]]:
    linked = _link(text, kb, f"{day}T10:00:00+03:30")
    return {r.text: (r.refers_to, r.of) for r in linked.roles}


@pytest.mark.parametrize("day, minister", [("2015-03-01", "Bijan Namdar Zangeneh"), ("2022-03-01", "Javad Owji"),
                                           ("2025-03-01", "Mohsen Paknejad")])
def test_oil_minister_by_date(kb, day, minister):
    assert _roles(PROVINCE_TEXT.format(role="وزیر نفت"), kb, day)["وزیر نفت"][0] == minister


@pytest.mark.parametrize("role, day, governor, province", [
    ("استاندار خوزستان", "2017-01-10", "Gholamreza Shariati", "khuzestan-province"),
    ("استاندار خوزستان", "2022-03-01", "Sadegh Khalilian", "khuzestan-province"),
    ("استاندار فارس", "2019-03-01", "Esmaeil Tabadar", "fars-province"),     # "فارس" alone is no place name
    ("استاندار تهران", "2023-03-01", "Alireza Fakhari", "tehran-province"),   # the province, not the city
    ("استاندار استان کردستان", "2025-03-01", "Arash Zerehtan Lahouni", "kurdistan-province"),
    ("استاندار خراسان رضوی", "2019-03-01", "Alireza Razm Hosseini", "razavi-khorasan-province"),
])
def test_governor_resolves_by_province_and_date(kb, role, day, governor, province):
    assert _roles(PROVINCE_TEXT.format(role=role), kb, day)[role] == (governor, province)


def test_no_governor_without_a_province_or_for_a_governorate_deputy(kb):
    assert not _roles(PROVINCE_TEXT.format(role="استاندار"), kb, "2022-03-01")
    deputy = "معاون سیاسی استانداری خوزستان"
    assert all(name != "Sadegh Khalilian" for name, _ in _roles(PROVINCE_TEXT.format(role=deputy), kb,
                                                                 "2022-03-01").values())


def test_mayor_of_tehran_and_specific_vice_presidents(kb):
    assert _roles(PROVINCE_TEXT.format(role="شهردار تهران"), kb, "2020-03-01")["شهردار تهران"] == (
        "Pirouz Hanachi", "tehran")
    executive = _roles(PROVINCE_TEXT.format(role="معاون اجرایی رئیس‌جمهور"), kb, "2023-03-01")
    assert [name for name, _ in executive.values()] == ["Mohsen Mansouri"]  # not the president after it
    strategic = _roles(PROVINCE_TEXT.format(role="معاون راهبردی ریاست جمهوری"), kb, "2024-10-01")
    assert [name for name, _ in strategic.values()] == ["Mohammad Javad Zarif"]


def test_a_title_recorded_under_another(kb):
    got = _roles(PROVINCE_TEXT.format(role="رئیس کل بانک مرکزی"), kb, "2023-03-01")
    assert got["رئیس کل بانک مرکزی"] == ("Mohammad Reza Farzin", "central-bank-of-iran")
    assert kb.titles["central-bank-governor"].holds == "head"


def test_check_accepts_places_as_offices_and_names_bad_ones(kb):
    assert not [p for p in check(kb) if "unknown actor or place" in p or "holds unknown" in p]
    governors = [a for a in kb.actors.values() if any(p.title == "governor" for p in a.positions)]
    assert len(governors) >= 60
    assert {p.of for a in governors for p in a.positions if p.title == "governor"} <= set(kb.places)
    bad = kb.actors["sadegh-khalilian"].model_copy(deep=True)
    bad.positions[-1] = bad.positions[-1].model_copy(update={"of": "no-such-province"})
    layered = dataclasses.replace(kb, actors={**kb.actors, bad.id: bad})
    assert any("no-such-province" in p for p in check(layered))
