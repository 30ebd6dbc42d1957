"""Iran's economy, public bodies and sport in the knowledge base (actors/iran_economy.yaml, iran_public.yaml,
sport.yaml; stadiums and roads in places.tsv): the organisations Persian news names link as wholes ("بورس تهران" is
the exchange, not Tehran), club names that are common words link only with "باشگاه"/"تیم" or after the club was
named in full, and sport texts code no events."""

from pathlib import Path

import pytest
import yaml

from rasad.annotate.document import annotate_document
from rasad.kb.knowledge import check
from rasad.records import RawDocument

DAY = "2024-10-06T10:00:00+03:30"
ACTORS = Path(__file__).resolve().parents[1] / "rasad" / "data" / "kb" / "actors"


def _annotate(text: str, kb, published: str = DAY):
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb)


def _entities(text: str, kb, published: str = DAY) -> dict[str, str]:
    return {e.name: e.type for e in _annotate(text, kb, published).entities}


def test_stock_exchange_and_banks_link_as_wholes_not_their_city(kb):
    found = _entities("شاخص کل بورس تهران امروز ۲۰ هزار واحد افزایش یافت و سهام بانک ملت و بانک ملی ایران در "
                      "فرابورس بیشترین معامله را داشتند.", kb)
    assert {"Tehran Stock Exchange", "Bank Mellat", "Bank Melli Iran", "Iran Fara Bourse"} <= set(found)
    assert "Tehran" not in found


def test_bare_bourse_is_the_exchange_only_after_its_full_name(kb):
    assert "Tehran Stock Exchange" not in _entities("کارشناسان می‌گویند بورس و بازار مسکن این هفته رونق داشتند و "
                                                    "سرمایه‌گذاران امیدوارند.", kb)
    doc = _annotate("بورس اوراق بهادار تهران امروز تعطیل بود و کارشناسان می‌گویند بورس فردا باز می‌شود.", kb)
    (exchange,) = [e for e in doc.entities if e.name == "Tehran Stock Exchange"]
    assert len(exchange.mentions) == 2


def test_clubs_stadium_and_short_club_names_after_the_full_name(kb):
    found = _entities("باشگاه پرسپولیس در ورزشگاه آزادی میزبان تیم فوتبال سپاهان بود و سپاهان با دو گل پیروز شد.", kb)
    assert found == {"Persepolis F.C.": "ORG", "Azadi Stadium": "PLACE", "Sepahan S.C.": "ORG"}
    derby = _annotate("پرسپولیس در دربی مقابل تیم استقلال به پیروزی رسید و هواداران استقلال اعتراض کردند.", kb)
    esteghlal = next(e for e in derby.entities if e.name == "Esteghlal F.C.")
    assert len(esteghlal.mentions) == 2  # "تیم استقلال" and, after it, "استقلال" alone


@pytest.mark.parametrize("text", [
    "رهبر انقلاب در دیدار با مسئولان بر حفظ استقلال کشور و آزادی ملت تأکید کرد.",
    "وزیر امور خارجه گفت استقلال و تمامیت ارضی سوریه باید محترم شمرده شود.",
    "کارگران کارخانه فولاد و ذوب آهن برای دریافت حقوق معوقه تجمع کردند و یک هوادار محیط زیست نیز سخن گفت.",
])
def test_club_names_that_are_common_words_link_no_club(kb, text):
    found = _entities(text, kb)
    clubs = {a.name for a in kb.actors.values() if a.sector == "BUS" and a.name.endswith(("F.C.", "S.C."))}
    assert clubs and not clubs & set(found)
    assert "Azadi Stadium" not in found


def test_national_teams_are_not_their_states_and_sport_gives_no_events(kb):
    doc = _annotate("تیم ملی فوتبال ایران در ورزشگاه آزادی با دو گل تیم ملی عراق را شکست داد و سرمربی تیم ملی "
                    "فوتبال ایران از بازیکنانش تشکر کرد. پرسپولیس نیز در لیگ برتر خلیج فارس به مصاف تراکتور تبریز رفت.",
                    kb)
    names = {e.name for e in doc.entities}
    assert {"Iran national football team", "Iraq national football team", "Tractor S.C.",
            "Persian Gulf Pro League"} <= names
    assert not {"Iran", "Iraq", "Tehran", "Tabriz"} & names
    assert doc.events == []


@pytest.mark.parametrize("day, coach", [("2018-06-20", "Carlos Queiroz"), ("2019-09-10", "Marc Wilmots"),
                                        ("2021-06-01", "Dragan Skočić"), ("2022-11-21", "Carlos Queiroz"),
                                        ("2024-01-10", "Amir Ghalenoei")])
def test_head_coach_of_the_national_team_by_date(kb, day, coach):
    doc = _annotate("سرمربی تیم ملی فوتبال ایران امروز فهرست بازیکنان را اعلام کرد.", kb, f"{day}T10:00:00+03:30")
    assert [(r.refers_to, r.of) for r in doc.roles] == [(coach, "iran-national-football-team")]


def test_no_head_coach_between_two_terms(kb):
    # Queiroz left in January 2019 (a former holder is named for 60 days after), Wilmots came in May
    doc = _annotate("سرمربی تیم ملی فوتبال ایران امروز فهرست بازیکنان را اعلام کرد.", kb, "2019-04-15T10:00:00+03:30")
    assert all(r.kb_id is None for r in doc.roles)


def test_city_services_and_roads_are_not_the_cities_they_name(kb):
    found = _entities("جلال ملکی سخنگوی سازمان آتش‌نشانی شهرداری تهران گفت دو خودرو در آزادراه تهران-کرج با هم "
                      "برخورد کردند و پلیس راهور فراجا از ترافیک سنگین در جاده چالوس خبر داد.", kb)
    assert {"Tehran Fire Department", "Tehran–Karaj Freeway", "Traffic Police of Iran", "Chalus Road"} <= set(found)
    assert not {"Tehran", "Karaj", "Chalus"} & set(found)


def test_a_generic_ministry_name_is_not_irans_without_the_full_name(kb):
    found = _entities("وزارت بهداشت غزه اعلام کرد شمار شهدا افزایش یافته و بیمارستان النصر هدف قرار گرفت.", kb)
    assert "Ministry of Health and Medical Education" not in found and "Al Nassr FC" not in found
    assert "Ministry of Health and Medical Education" in _entities(
        "وزارت بهداشت، درمان و آموزش پزشکی اعلام کرد واکسن رسید؛ وزارت بهداشت از مردم خواست صبور باشند.", kb)


def test_sanctioned_companies_are_the_targets(kb):
    (event,) = _annotate("اتحادیه اروپا امروز شرکت هواپیمایی ماهان و ایران ایر را تحریم کرد.", kb).events
    assert event.type == "SANCTION" and set(event.target) == {"Mahan Air", "Iran Air"}


def test_new_files_are_valid_and_use_the_kbs_sectors(kb):
    assert check(kb) == []
    sectors = {"GOV", "LEG", "MIL", "IGO", "PTY", "SPY", "REB", "OPP", "JUD", "REL", "NGO", "MED", "BUS", "CVL"}
    for name in ("iran_economy", "iran_public", "sport"):
        entries = yaml.safe_load((ACTORS / f"{name}.yaml").read_text(encoding="utf-8"))
        assert len(entries) >= 40
        assert {e["sector"] for e in entries} <= sectors
        assert all(kb.actors[e["id"]].name == e["name"] for e in entries)
