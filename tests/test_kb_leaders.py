"""Heads of state and government of the whole world (rasad/data/kb/actors/leaders_all.yaml): an office named
without a name resolves to whoever held it on the article's date, and the leaders' Persian names link."""

from pathlib import Path

import pytest
import yaml

from tests.test_kb_officials import _roles, assert_office_resolves

LEADERS = Path(__file__).resolve().parents[1] / "rasad" / "data" / "kb" / "actors" / "leaders_all.yaml"


@pytest.mark.parametrize("phrase, day, holder", [
    ("رئیس جمهور برزیل", "2021-05-01", "Jair Bolsonaro"),
    ("رئیس جمهور برزیل", "2024-05-01", "Luiz Inácio Lula da Silva"),
    ("رئیس جمهور برزیل", "2013-05-01", "Dilma Rousseff"),
    ("نخست وزیر کانادا", "2019-05-01", "Justin Trudeau"),
    ("نخست وزیر کانادا", "2012-05-01", "Stephen Harper"),
    ("نخست وزیر کانادا", "2025-06-01", "Mark Carney"),
    ("رئیس جمهور آرژانتین", "2024-05-01", "Javier Milei"),
    ("وزیر خارجه آرژانتین", "2013-05-01", "Héctor Timerman"),
    ("رئیس جمهور ونزوئلا", "2018-05-01", "Nicolás Maduro"),
    ("رئیس جمهور اندونزی", "2020-05-01", "Joko Widodo"),
    ("رئیس جمهور کره جنوبی", "2023-05-01", "Yoon Suk Yeol"),
    ("نخست وزیر مالزی", "2023-05-01", "Anwar Ibrahim"),
    ("نخست وزیر اسپانیا", "2015-05-01", "Mariano Rajoy"),
    ("نخست وزیر اسپانیا", "2020-05-01", "Pedro Sánchez"),
    ("نخست وزیر مجارستان", "2020-05-01", "Viktor Orbán"),
    ("وزیر خارجه مجارستان", "2020-05-01", "Péter Szijjártó"),
    ("نخست وزیر مجارستان", "2026-06-01", "Péter Magyar"),
    ("نخست وزیر هلند", "2026-03-15", "Rob Jetten"),
    ("نخست وزیر اتریش", "2018-05-01", "Sebastian Kurz"),
    ("رئیس جمهور سوئیس", "2018-05-01", "Alain Berset"),
    ("وزیر خارجه سوئد", "2016-05-01", "Margot Wallström"),
    ("وزیر خارجه آفریقای جنوبی", "2022-05-01", "Naledi Pandor"),
    ("رئیس جمهور نیجریه", "2020-05-01", "Muhammadu Buhari"),
    ("رئیس جمهور تونس", "2022-05-01", "Kais Saied"),
    ("پادشاه مراکش", "2020-05-01", "Mohammed VI of Morocco"),
    ("رئیس جمهور بلاروس", "2020-05-01", "Alexander Lukashenko"),
    ("نخست وزیر استرالیا", "2020-05-01", "Scott Morrison"),
])
def test_office_resolves_to_the_holder_on_the_day(kb, phrase, day, holder):
    assert_office_resolves(kb, phrase, day, holder)


def test_leaders_link_by_their_persian_names(kb):
    _, ids = _roles("ژائیر بولسونارو و جاستین ترودو روز گذشته با سیریل رامافوزا و پدرو سانچز در نشست گروه بیست "
                     "دیدار کردند.", kb, "2019-06-28")
    assert {"jair-bolsonaro", "justin-trudeau", "cyril-ramaphosa", "pedro-sanchez"} <= ids


def test_every_leader_has_a_persian_name_and_a_dated_office(kb):
    ids = [a["id"] for a in yaml.safe_load(LEADERS.read_text(encoding="utf-8"))]
    assert len(ids) >= 700
    for i in ids:
        actor = kb.actors[i]
        assert actor.fa, i
        assert any(p.start for p in actor.positions), i
