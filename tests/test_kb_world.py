"""The knowledge base at world size: every ISO 3166 state in Persian, GeoNames places linked only in place contexts,
the on-disk compiled cache, `rasad kb stats`, and the Wikidata importer on a fixture in Wikidata's entity shape."""

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.annotate.document import annotate_document
from rasad.annotate.link.matcher import build_matcher, scan
from rasad.cli import cli
from rasad.errors import KnowledgeBaseError
from rasad.kb import cache
from rasad.kb.countries import adjective
from rasad.kb.knowledge import _load_cached, check
from rasad.kb.wikidata import import_wikidata, wikidata_time
from rasad.records import RawDocument

FIXTURE = Path(__file__).parent / "fixtures" / "wikidata-sample.json.gz"


def _places(kb, text):
    hits = scan(text, build_matcher(kb))
    return [(text[h.start:h.end], e.ref) for h in hits for e in h.entries[:1] if e.kind == "place"]


def test_every_iso_state_has_a_persian_name_and_curated_states_win(kb):
    import pycountry

    states = {a.id: a for a in kb.actors.values() if a.type == "STATE"}
    assert {c.alpha_3 for c in pycountry.countries} <= set(states)
    assert all(a.fa for a in states.values())
    assert states["IRN"].source == "curated" and states["IRN"].fa[0] == "ایران"  # the curated entry, unchanged
    assert states["ISL"].fa == ["ایسلند"] and states["ISL"].adj == ["ایسلندی"] and states["ISL"].name == "Iceland"
    assert states["CIV"].name == "Ivory Coast"  # Wikipedia's title, not CLDR's "Côte d’Ivoire"
    assert states["MLI"].fa == ["کشور مالی"]  # "مالی" alone is "financial"
    assert states["CMR"].fa == ["کشور کامرون"]  # "کامرون" is David Cameron's short name
    assert check(kb) == []


def test_adjectives_follow_persian_suffix_rules():
    assert [adjective(n) for n in ("ایسلند", "پاناما", "پرو", "گینه", "مالاوی", "جزایر کوک")] == [
        "ایسلندی", "پانامایی", "پرویی", "گینه\u200cای", "مالاویایی", None]


def test_geonames_gives_twenty_thousand_places_with_coordinates(kb):
    geo = [p for p in kb.places.values() if p.source == "geonames"]
    assert len(geo) >= 20_000
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in geo)
    assert sum(1 for p in geo if p.country in kb.actors) > 0.99 * len(geo)  # Kosovo has no ISO 3166 code
    provinces = [p for p in kb.places.values() if p.id.endswith("-province") and p.country == "IRN"]
    assert len(provinces) == 31


def test_geonames_place_links_only_in_a_place_context(kb):
    # "بومهن" (Bumahen) is a GeoNames-only town (Pakdasht, the earlier example, is now a curated county seat)
    bumahen = kb.places[_places(kb, "او دیروز در بومهن سخنرانی کرد")[0][1]]
    assert bumahen.source == "geonames" and bumahen.name == "Bumahen" and bumahen.country == "IRN"
    assert _places(kb, "هیئتی به بومهن سفر کرد") != []
    assert _places(kb, "بومهن گفت") == []
    # common words that are also town names: never on their own, not even after "در"
    assert _places(kb, "این سفر در آستانه نشست شورای حکام انجام شد") == []
    assert _places(kb, "در پایان این دور گفتگوها") == []  # "ایندور" (Indore) is no "این دور"
    assert _places(kb, "از هیچ اقدامی ابا نخواهیم کرد") == []  # Aba, Nigeria: a large city, but "ابا" is a word
    # a name that is a frequent word needs a place noun: "شهر آستانه"
    shahriar = kb.places[_places(kb, "سیل در شهر شهریار")[0][1]]
    assert shahriar.name == "Shahriar, Iran" and "شهریار" in shahriar.strict
    assert _places(kb, "سیل در شهریار") == []
    # a GeoNames city that is a hand-curated place is not added twice
    assert [p.id for p in kb.places.values() if p.name == "Astana"] == ["astana"]


def test_curated_places_keep_precedence(kb):
    assert _places(kb, "در تهران") == [("تهران", "tehran")]
    assert _places(kb, "سخنرانی در استان کرمانشاه") == [("استان کرمانشاه", "kermanshah-province")]


def test_compiled_cache_is_reused_and_rebuilt_when_a_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "data.txt"
    src.write_text("one", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"value": src.read_text(encoding="utf-8")}

    assert cache.compiled("t", [src], build) == {"value": "one"}
    assert cache.compiled("t", [src], build) == {"value": "one"} and len(calls) == 1  # from disk
    src.write_text("two", encoding="utf-8")
    assert cache.compiled("t", [src], build) == {"value": "two"} and len(calls) == 2  # the hash changed
    assert not list((tmp_path / "cache").glob("*.tmp"))  # written through a temporary file, renamed
    for p in (tmp_path / "cache").iterdir():
        p.write_bytes(b"garbage")
    assert cache.compiled("t", [src], build) == {"value": "two"} and len(calls) == 3  # unreadable → rebuilt


def test_kb_stats_command_counts(kb):
    result = CliRunner().invoke(cli, ["kb", "stats", "--json"])
    assert result.exit_code == 0, result.output
    s = json.loads(result.output)
    assert s["places_with_coordinates"] >= 20_000
    assert s["states_with_persian_names"] >= 240
    assert s["persons_with_dated_positions"] == sum(
        1 for a in kb.actors.values() if a.type == "PERSON" and any(p.start or p.end for p in a.positions))
    assert s["by_country"]["IRN"]["PLACE"] > 1000
    table = CliRunner().invoke(cli, ["kb", "stats"])
    assert "places with coordinates" in table.output and "IRN" in table.output


def test_wikidata_time_precision():
    assert wikidata_time({"time": "+2013-08-15T00:00:00Z", "precision": 11}) == "2013-08-15"
    assert wikidata_time({"time": "+2013-08-00T00:00:00Z", "precision": 10}) == "2013-08"
    assert wikidata_time({"time": "+2013-00-00T00:00:00Z", "precision": 9}) == "2013"
    assert wikidata_time({"time": "+2010-00-00T00:00:00Z", "precision": 8}) is None  # a decade
    assert wikidata_time({"time": "-0500-00-00T00:00:00Z", "precision": 9}) is None  # BCE


@pytest.fixture(scope="module")
def wd_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("wd")
    result = CliRunner().invoke(cli, ["kb", "import-wikidata", str(FIXTURE), "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    return out, json.loads(result.output)


def test_import_reads_the_fixture_and_names_bad_lines(wd_dir):
    out, report = wd_dir
    assert (report["persons"], report["organisations"], report["places"]) == (2, 1, 1)
    assert report["already_curated"] == 1  # Ismail Haniyeh (Q380634) stays the curated entry
    assert report["bad"] == 2 and report["bad_lines"][0].startswith("line 7: invalid JSON")
    assert report["bad_lines"][1] == "line 11: not an entity (no id)"
    assert (out / "wikidata-bad-lines.tsv").read_text(encoding="utf-8").splitlines()[0].startswith("7\t")
    persons = [json.loads(x) for x in (out / "actors" / "wikidata-persons.jsonl").read_text("utf-8").splitlines()]
    eirik = next(p for p in persons if p["name"] == "Eirik Solvason")
    assert eirik["country"] == "ISL" and eirik["affiliations"] == [{"of": "q9000301"}]
    # the deprecated statement (2020) is not imported; the dates keep their precision
    assert eirik["positions"] == [{"title": "foreign-minister", "of": "ISL", "from": "2031-03-01", "to": "2032-06-30"}]
    kb = _load_cached((str(out),))
    assert check(kb) == []
    assert kb.places["q9000401"].lat == pytest.approx(64.1234) and kb.places["q9000401"].country == "ISL"
    assert [a.name for a in kb.holders("foreign-minister", "ISL", dt.date(2030, 5, 1))] == ["Helga Arnadottir"]
    assert [a.name for a in kb.holders("foreign-minister", "ISL", dt.date(2031, 10, 5))] == ["Eirik Solvason"]


ARTICLE = ("به گزارش خبرگزاری مهر، ایریک سولواسون وزیر امور خارجه ایسلند روز شنبه در کالداویک با سید عباس عراقچی "
           "وزیر امور خارجه کشورمان دیدار و گفتگو کرد.\n\nوزیر امور خارجه ایسلند در این دیدار گفت: «کشور ما خواهان "
           "گسترش روابط با ایران است.»")


def test_annotate_links_what_exists_only_in_the_import(wd_dir):
    out, _ = wd_dir
    kb = _load_cached((str(out),))
    doc = RawDocument(source="wd.txt", text=ARTICLE, published="2031-10-05T10:00:00+03:30")
    ann = annotate_document(doc, kb).to_dict()
    names = {e["name"]: e for e in ann["entities"]}
    assert names["Eirik Solvason"]["type"] == "PERSON" and names["Kaldavik"]["type"] == "PLACE"
    roles = [r for r in ann["roles"] if r["text"] == "وزیر امور خارجه ایسلند"]
    assert roles and all(r["refers_to"] == "Eirik Solvason" for r in roles)  # by date: not Helga Arnadottir
    visit = next(e for e in ann["events"] if e["type"] == "CONSULT")
    assert "Eirik Solvason" in visit["source"] + visit["target"]
    assert visit["location"] == "Kaldavik" and (visit["lat"], visit["lon"]) == (64.1234, -21.5678)
    assert [q["speaker"] for q in ann["quotes"]] == ["Eirik Solvason"]
    earlier = annotate_document(RawDocument(source="wd2.txt", text=ARTICLE, published="2030-05-01T10:00:00+03:30"),
                                kb).to_dict()
    by_offset = sorted((r["start"], r["refers_to"]) for r in earlier["roles"] if r["text"] == "وزیر امور خارجه ایسلند")
    # right after his name the office is his whatever the date; alone, it is whoever held it then
    assert [who for _start, who in by_offset] == ["Eirik Solvason", "Helga Arnadottir"]


def test_import_of_a_missing_or_broken_dump_raises_a_typed_error(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="no such dump"):
        import_wikidata(tmp_path / "none.json.gz", tmp_path / "out")
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(FIXTURE.read_bytes()[:200])  # a truncated gzip stream
    with pytest.raises(KnowledgeBaseError, match="cannot read the dump"):
        import_wikidata(broken, tmp_path / "out")
