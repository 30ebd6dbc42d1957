import datetime as dt
import json

import pytest
from click.testing import CliRunner

from rasad.cli import cli
from rasad.errors import KnowledgeBaseError
from rasad.kb.knowledge import _load_cached, check


def test_packaged_knowledge_base_is_valid_and_large_enough(kb):
    assert check(kb) == []
    persons_orgs = [a for a in kb.actors.values() if a.type in ("PERSON", "ORG")]
    assert len(persons_orgs) >= 400
    assert len(kb.places) >= 150
    assert len(kb.outlets) >= 80
    for a in kb.actors.values():
        assert a.fa, a.id


def test_positions_resolve_by_date(kb):
    head = kb.holders("political-bureau-head", "hamas", dt.date(2024, 6, 20))
    assert [a.name for a in head] == ["Ismail Haniyeh"]
    assert [a.name for a in kb.holders("political-bureau-head", "hamas", dt.date(2015, 1, 1))] == ["Khaled Mashal"]
    assert "Ali Bagheri Kani" in [a.name for a in kb.holders("acting-foreign-minister", "IRN", dt.date(2024, 6, 20))]
    assert [a.name for a in kb.holders("secretary", "supreme-national-security-council", dt.date(2020, 1, 1))] == ["Ali Shamkhani"]


def test_user_folder_overrides_and_extends(tmp_path):
    d = tmp_path / "mykb" / "actors"
    d.mkdir(parents=True)
    (d / "mine.yaml").write_text(
        "- id: hazem-qassem\n  name: Hazem Qassem\n  type: PERSON\n  country: PSE\n  fa: [حازم قاسم, حازم القاسم]\n"
        "- id: jane-analyst-test\n  name: Jane Analyst\n  type: PERSON\n  fa: [جین آنالیست]\n", encoding="utf-8")
    kb2 = _load_cached((str(tmp_path / "mykb"),))
    assert "حازم القاسم" in kb2.actors["hazem-qassem"].fa
    assert kb2.actors["jane-analyst-test"].name == "Jane Analyst"


def test_an_actor_defined_twice_in_one_folder_is_a_problem_but_a_user_folder_may_override(tmp_path):
    d = tmp_path / "twice" / "actors"
    d.mkdir(parents=True)
    entry = "- id: jane-twice-test\n  name: Jane Twice\n  type: PERSON\n  fa: [{}]\n"
    (d / "a.yaml").write_text(entry.format("جین دوبار"), encoding="utf-8")
    (d / "b.yaml").write_text(entry.format("جین دوباره"), encoding="utf-8")
    kb2 = _load_cached((str(tmp_path / "twice"),))
    assert kb2.actors["jane-twice-test"].fa == ["جین دوباره"]  # the later file wins, as before
    assert "actor jane-twice-test: a.yaml, b.yaml (defined twice; the later one wins)" in check(kb2)
    result = CliRunner().invoke(cli, ["kb", "check", str(tmp_path / "twice")])
    assert result.exit_code != 0 and "jane-twice-test" in result.output
    once = tmp_path / "once" / "actors"
    once.mkdir(parents=True)
    (once / "a.yaml").write_text(entry.format("جین دوبار"), encoding="utf-8")
    assert not [p for p in check(_load_cached((str(tmp_path / "once"),))) if "defined twice" in p]


def test_invalid_file_is_named(tmp_path):
    d = tmp_path / "bad" / "actors"
    d.mkdir(parents=True)
    (d / "broken.yaml").write_text("- id: x\n  name: X\n  type: ALIEN\n  fa: [ایکس]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="broken.yaml: entry 1"):
        _load_cached((str(tmp_path / "bad"),))
    result = CliRunner().invoke(cli, ["kb", "check", str(tmp_path / "bad")])
    assert result.exit_code != 0


def test_kb_check_command():
    result = CliRunner().invoke(cli, ["kb", "check"])
    assert result.exit_code == 0, result.output
    assert "actors" in result.output and "places" in result.output


def test_kb_suggest_lists_unknown_names(db_url, tmp_path):
    from rasad.export.suggest import suggest_unknown
    from rasad.run.local import ingest
    from rasad.store.store import Store

    art = tmp_path / "a.txt"
    art.write_text("به گزارش ایسنا، سردار مهدی نوری‌پور فرمانده یک یگان مرزی در سخنانی گفت که آماده دفاع هستیم.\n\n"
                   "سردار مهدی نوری‌پور افزود که نیروها در حالت آماده‌باش قرار دارند و به هر تهدیدی پاسخ می‌دهند.",
                   encoding="utf-8")
    store = Store(db_url)
    ingest([art], store)
    rows = suggest_unknown(store)
    assert rows and rows[0]["persian"] == "مهدی نوری‌پور" and "سردار" in rows[0]["example"]
    assert rows[0]["name"].startswith("Mehdi ") and rows[0]["articles"] == 1
    out = CliRunner().invoke(cli, ["kb", "suggest", "--db", db_url, "--json"])
    assert out.exit_code == 0 and json.loads(out.output)[0]["persian"] == "مهدی نوری‌پور"


def test_kb_suggest_puts_people_who_speak_or_act_before_people_only_named(db_url, tmp_path):
    """Someone named in two articles but saying and doing nothing ranks below someone quoted in one: the event data
    needs the speaker curated first."""
    from rasad.export.suggest import suggest_unknown
    from rasad.run.local import ingest
    from rasad.store.store import Store

    for i, text in enumerate([
        "سردار کامران دلاوری در مراسم افتتاح یک ورزشگاه در شهر ساری حضور یافت و از تلاش کارگران قدردانی شد.",
        "دکتر کامران دلاوری رئیس هیئت فوتبال استان در مراسم افتتاح ورزشگاه جدید شهر حضور داشت.",
        "سردار مهدی نوری‌پور فرمانده یک یگان مرزی در سخنانی گفت: آماده دفاع از مرزها هستیم.",
    ]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    store = Store(db_url)
    ingest(sorted(tmp_path.glob("*.txt")), store)
    rows = {r["persian"]: r for r in suggest_unknown(store)}
    ranked = [r["persian"] for r in suggest_unknown(store)]
    assert rows["مهدی نوری‌پور"]["quotes"] == 1 and rows["کامران دلاوری"]["articles"] == 2
    assert ranked.index("مهدی نوری‌پور") < ranked.index("کامران دلاوری")


def test_a_newspaper_s_news_site_is_its_own_outlet(kb):
    """Hamshahri Online (hamshahrionline.ir) is not the Hamshahri newspaper, IRIB News not IRIB, VOA Persian not the
    whole Voice of America: the host and the Persian name each lead to the outlet they name."""
    from rasad.clean.outlets import outlet_from_url

    assert outlet_from_url("https://www.hamshahrionline.ir/news/1/x", kb) == "Hamshahri Online"
    assert outlet_from_url("https://www.iribnews.ir/fa/news/1", kb) == "IRIB News"
    assert outlet_from_url("https://ir.voanews.com/a/x.html", kb) == "VOA Persian"
    assert outlet_from_url("https://www.voanews.com/a/x.html", kb) == "Voice of America"
    index = kb.outlet_by_key()
    from rasad.text.normalize import match_key
    assert index[match_key("همشهری‌آنلاین")].name == "Hamshahri Online"
    assert index[match_key("خبرگزاری صداوسیما")].name == "IRIB News"
    assert index[match_key("صدای امریکا")].name == "Voice of America"


def test_composed_places_take_their_id_place_and_country_from_the_inner_place(kb):
    herat = kb.places["herat"]
    province = kb.places["province-herat"]
    assert province.name == "Herat Province" and province.country == "AFG" and province.kind == "region"
    assert (province.lat, province.lon) == (herat.lat, herat.lon) and "ولایت هرات" in province.fa
    assert not any(p.name == "Herat International Airport" for p in kb.places.values())  # airports: existing only


def test_a_dateline_and_a_comma_without_space_name_the_cited_outlet(kb):
    from rasad.clean.outlets import attribution

    body = ("مهر: وزیر نیرو امروز از افتتاح یک سد تازه در استان خبر داد.\n"
            "وی افزود که آبگیری سد از ماه آینده آغاز می‌شود. به گزارش ایسنا،وزیر همچنین از طرح‌های دیگر گفت.")
    outlet, cites = attribution(body, kb)
    assert outlet == "Mehr" and cites == ["ISNA"]
    assert attribution("مهر ماه امسال: بارش‌ها کم بود و سدها خالی ماند.", kb) == (None, [])


@pytest.mark.parametrize("body,expected", [
    ("به گزارش ایسنا، وزیر در گفت‌وگو با خبرگزاری تسنیم گفته بود که سفر به چین لغو شد.", ("ISNA", ["Tasnim"])),
    ("بازیگر در گفتگو با سینماپرس گفت که فیلم تازه‌اش آماده است. به گزارش ایسنا، اکران آن از ماه آینده است.",
     ("ISNA", ["Cinema Press"])),
    # the publisher is never its own citation, wherever its interview comes
    ("وزیر در گفتگو با خبرنگار مهر گفت که سفر لغو شد. به گزارش مهر، وزیر پیش از این به چین رفته بود.", ("Mehr", [])),
    ("وزیر در گفتگو با همتای خود گفت که سفر به چین لغو شد.", (None, [])),  # a person, no outlet
])
def test_an_outlet_given_an_interview_is_cited(kb, body, expected):
    """(session 19) "در گفت‌وگو با خبرگزاری تسنیم گفت": an interview given to an outlet cites it (never the
    publisher itself)."""
    from rasad.clean.outlets import attribution

    assert attribution(body, kb) == expected


def test_foreign_outlets_are_cited_in_the_spellings_persian_agencies_use(kb):
    """Wire agencies, state broadcasters and papers Persian copy cites ("به نقل از خبرگزاری آلمان", "بی.بی.سی",
    "رویتر"): each cited outlet is the one of its base state, and a bare form that is also a word stays unread
    outside an attribution."""
    from rasad.clean.outlets import attribution

    cases = {
        "به گزارش ایسنا به نقل از خبرگزاری آلمان، صدراعظم گفت که سفر به چین لغو شد.": ("dpa", "DEU"),
        "به گزارش ایرنا به نقل از شبکه ان‌اچ‌کی، نخست‌وزیر ژاپن گفت که سفر به چین لغو شد.": ("nhk", "JPN"),
        "به گزارش ایسنا به نقل از بی.بی.سی، نخست‌وزیر گفت که سفر به چین لغو شد.": ("bbc", "GBR"),
        "به گزارش مهر به نقل از خبرگزاری رویتر، وزیر گفت که سفر به چین لغو شد.": ("reuters", "GBR"),
        "به گزارش مهر به نقل از روزنامه فرانکفورتر آلگماینه، وزیر گفت که سفر به چین لغو شد.": ("faz", "DEU"),
        "به گزارش تسنیم به نقل از پایگاه خبری المعلومه، نماینده گفت که سفر به چین لغو شد.": ("al-maalomah", "IRQ"),
        "به گزارش تسنیم به نقل از واع، سخنگو گفت که سفر به چین لغو شد.": ("ina-iraq", "IRQ"),
    }
    for body, (oid, country) in cases.items():
        _, cites = attribution(body, kb)
        assert cites == [kb.outlets[oid].name], body
        assert kb.outlets[oid].country == country
    assert attribution("وزیر گفت واع، این خبر درست نیست و سفر به چین لغو شد.", kb) == (None, [])


def test_an_outlet_is_read_after_its_kind_and_description(kb):
    """"به نقل از روزنامه عبری یدیعوت آحارونوت": the name after a kind of outlet and words saying which; a whole
    form wins over a shorter one inside it, and a bare name that is also a word needs a description before it."""
    from rasad.clean.outlets import attribution

    tail = "، وزیر گفت که سفر به چین لغو شد."
    expect = {
        "روزنامه عبری یدیعوت آحارونوت": "yedioth-ahronoth",
        "شبکه خبری آمریکایی «سی‌ان‌ان»": "cnn",
        "خبرگزاری ایتالیایی «آنسا»": "ansa",
        "روزنامه انگلیسی تلگراف": "telegraph",
        "روزنامه کیهان لندن": "kayhan-london",
    }
    for phrase, oid in expect.items():
        assert attribution(f"به گزارش ایسنا به نقل از {phrase}{tail}", kb) == ("ISNA", [kb.outlets[oid].name]), phrase
    assert attribution(f"به گزارش ایسنا به نقل از رسانه ایران{tail}", kb) == ("ISNA", [])


def test_packaged_actor_ids_are_unique_across_files():
    """A second entry with an id replaces the first at load (that is how a user's folder overrides), so two packaged
    files must never share one: the later file would silently drop the earlier entry's forms and offices."""
    from pathlib import Path

    import yaml

    import rasad

    seen: dict[str, str] = {}
    clashes = []
    for path in sorted((Path(rasad.__file__).parent / "data" / "kb" / "actors").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if entry["id"] in seen:
                clashes.append((entry["id"], seen[entry["id"]], path.name))
            seen.setdefault(entry["id"], path.name)
    assert clashes == []
