"""Session 25 (slice P): leftovers other helpers diagnosed, fixed as mechanisms, not sentences.
(1) A provincial or county police commander no one is named for ("فرمانده انتظامی لرستان", "رئیس پلیس استان X") is a
post of Iran's police: the police acts, not the state (roles.yaml ``body_in``). (2) The fallen counted right after a
result trigger ("... منجر به شهادت سه نفر از ماموران X شد") are the attack's target. (3) "به خیل شهدا پیوستند" and
"به درجه (رفیع) شهادت نائل آمدند" are casualty verbs (a named cause still needed). (4) Border guards heading a relative
clause ("مرزبانانی که ... به شهادت رسیدند") are the border guard. (5) A clash with unnamed armed men may have the own
side or another word of fighting between ("در درگیری ماموران با اشرار مسلح", "در جریان درگیری و تبادل آتش با ...
بود که"): the own side is the target. (6) Courts: the appeal courts ("دادگاه تجدید نظر") and the bare "دیوان عالی"
("دیوان عالی رژیم") are Iran's; another state named right after is that state's. The head of the Supreme Court
resolves by the day (Montazeri from 2023-08-06). The sentences are the tests' own, modelled on the phrasing; the
guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events

LEC = "law-enforcement-command-of-islamic-republic-of-iran"
BORDER = "border-guard-command-iran"


def _found(sentence, kb, day, etype):
    events = reported_events(sentence, kb, f"{day}T10:00:00+03:30")
    return [e for e in events if e.type == etype], events


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


def _assert_coded(sentence, kb, day, etype, source=None, target=None):
    found, events = _found(sentence, kb, day, etype)
    if source:
        found = [e for e in found if source in e.source_ids]
    assert found, _show(events)
    if target:
        assert any(target in e.target_ids for e in found), _show(found)


def _assert_not_coded(sentence, kb, day, etype):
    found, events = _found(sentence, kb, day, etype)
    assert not found, _show(events)


# ---------------------------------------------------------------- (1) a provincial police post acts as the police

@pytest.mark.parametrize("sentence", [
    "فرمانده انتظامی لرستان از دستگیری هفت نفر از عوامل اغتشاش در خرم‌آباد خبر داد.",
    "رئیس پلیس استان فارس از بازداشت سه سارق مسلح در شیراز خبر داد.",
    "جانشین فرمانده انتظامی استان مرکزی از دستگیری دو متهم به قتل در اراک خبر داد.",
    "فرمانده انتظامی شهرستان دزفول از بازداشت یک فرد مسلح خبر داد.",
    # a county's commander named by its city alone
    "فرمانده انتظامی بروجرد از دستگیری دو سارق مسلح خبر داد.",
    "فرمانده انتظامی ساوه از بازداشت سه نفر از اراذل خبر داد.",
])
def test_provincial_police_post_is_the_police(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-10", "COERCE")
    assert any(LEC in e.source_ids and "IRN" not in e.source_ids for e in found), _show(events)


def test_police_post_abroad_is_not_irans(kb):
    """Guard: a commander of a city abroad is that state's, never Iran's police."""
    found, events = _found("فرمانده امنیه کابل از دستگیری پنج نفر خبر داد.", kb, "2024-03-10", "COERCE")
    assert all(LEC not in e.source_ids for e in found), _show(events)
    found, events = _found("فرمانده انتظامی کابل از دستگیری پنج نفر خبر داد.", kb, "2024-03-10", "COERCE")
    assert all(LEC not in e.source_ids for e in found), _show(events)


def test_governor_still_named_by_date(kb):
    """Guard: another local office keeps its holder (or its state), never the police."""
    found, events = _found("استاندار لرستان از دستگیری پنج نفر خبر داد.", kb, "2024-03-10", "COERCE")
    assert found and all(LEC not in e.source_ids for e in found), _show(events)


# ---------------------------------------------------------------- (2) the fallen counted after "منجر به شهادت"

@pytest.mark.parametrize("sentence, target", [
    ("حمله افراد مسلح به یک پاسگاه در شهرستان خاش منجر به شهادت سه نفر از ماموران نیروی انتظامی شد.", LEC),
    ("تیراندازی افراد ناشناس در ایرانشهر منجر به شهادت دو مأمور نیروی انتظامی شد.", LEC),
    ("انفجار بمب در کنار جاده منجر به کشته شدن چهار نفر از نیروهای ارتش پاکستان شد.", "pakistan-army"),
    ("حمله تروریستی در زاهدان منجر به زخمی شدن پنج عضو سپاه پاسداران شد.", "islamic-revolutionary-guard-corps"),
])
def test_fallen_counted_after_result(kb, sentence, target):
    _assert_coded(sentence, kb, "2024-03-10", "ASSAULT", target=target)


@pytest.mark.parametrize("sentence", [
    "تصادف در جاده منجر به کشته شدن سه نفر از ماموران پلیس شد.",
    "بیماری کرونا منجر به کشته شدن دو نفر از ماموران نیروی انتظامی شد.",
    "سقوط بالگرد منجر به کشته شدن دو مامور نیروی انتظامی شد.",
])
def test_result_of_no_attack_codes_nothing(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-03-10", "ASSAULT")


# ---------------------------------------------------------------- (3) "به خیل شهدا پیوستند", "به درجه شهادت نائل آمدند"

@pytest.mark.parametrize("sentence", [
    "دو تن از ماموران پلیس استان کرمان در درگیری با سارقان مسلح به خیل شهدا پیوستند.",
    "سه نفر از مرزبانان هنگ مرزی سراوان در حمله اشرار مسلح به خیل شهدا پیوستند.",
    "در حمله تروریستی به پاسگاه پلیس سراوان دو نفر از ماموران نیروی انتظامی به درجه رفیع شهادت نائل آمدند.",
    "سه نفر از ماموران نیروی انتظامی در کمین اشرار در جاده خاش به درجه شهادت نایل شدند.",
])
def test_joined_the_martyrs(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-10", "ASSAULT")
    assert any(LEC in e.target_ids or BORDER in e.target_ids for e in found), _show(events)


@pytest.mark.parametrize("sentence", [
    "این جانباز شیمیایی پس از سال‌ها تحمل درد به خیل شهدا پیوست.",
    "پنج نفر از رزمندگان در عملیات والفجر به درجه رفیع شهادت نائل آمدند.",
])
def test_joined_the_martyrs_without_attack(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-03-10", "ASSAULT")


# ---------------------------------------------------------------- (4) "مرزبانانی که ... به شهادت رسیدند"

@pytest.mark.parametrize("sentence", [
    "مرزبانانی که در حمله تروریستی به پاسگاه میرجاوه به شهادت رسیدند، امروز تشییع شدند.",
    "مرزبانانی که شب گذشته در درگیری با اشرار مسلح در سراوان به شهادت رسیدند در زادگاهشان به خاک سپرده شدند.",
])
def test_border_guards_in_relative_clause(kb, sentence):
    _assert_coded(sentence, kb, "2024-03-10", "ASSAULT", target=BORDER)


@pytest.mark.parametrize("sentence", [
    "مرزبانانی که در مرز خدمت می‌کنند از امکانات کافی برخوردار نیستند.",
    "مرزبانانی که در تصادف جاده‌ای جان باختند تشییع شدند.",
])
def test_border_guards_relative_no_attack(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-03-10", "ASSAULT")


# ---------------------------------------------------------------- (5) a clash with unnamed armed men, words between

@pytest.mark.parametrize("sentence, target", [
    ("در جریان درگیری ماموران با اشرار مسلح دو نفر از ماموران نیروی انتظامی به شهادت رسیدند.", LEC),
    ("در جریان درگیری و تبادل آتش با اشرار مسلح بود که دو نفر از ماموران نیروی انتظامی به شهادت رسیدند.", LEC),
    ("در درگیری مرزبانان هنگ مرزی سراوان با اشرار مسلح دو مرزبان به شهادت رسیدند.", BORDER),
    ("در درگیری ماموران پلیس آگاهی با سارقان مسلح یک مامور زخمی شد.", LEC),
])
def test_clash_with_unnamed_armed_men(kb, sentence, target):
    _assert_coded(sentence, kb, "2024-03-10", "ASSAULT", target=target)


@pytest.mark.parametrize("sentence", [
    "در درگیری لفظی دو بازیکن با داور یک نفر زخمی شد.",
    "در درگیری دو طایفه با یکدیگر سه نفر کشته شدند.",
])
def test_clash_of_no_armed_side(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-03-10", "ASSAULT")


# ---------------------------------------------------------------- (6) courts and the head of the Supreme Court

@pytest.mark.parametrize("sentence, source", [
    ("دیوان عالی رژیم حکم اعدام سه زندانی سیاسی را تایید کرده است.", "supreme-court-of-iran"),
    ("دیوان عالی حکم اعدام این دو متهم را تایید کرد.", "supreme-court-of-iran"),
    ("دادگاه تجدید نظر استان تهران حکم حبس این فعال صنفی را تایید کرد.", "court-of-appeals-of-iran"),
    ("حکم اعدام این زندانی در دادگاه تجدیدنظر استان کرمانشاه تایید شد.", "court-of-appeals-of-iran"),
])
def test_courts_linked(kb, sentence, source):
    _assert_coded(sentence, kb, "2024-03-10", "COERCE", source=source)


@pytest.mark.parametrize("sentence, state", [
    ("دیوان عالی پاکستان حکم اعدام را تایید کرد.", "PAK"),
    ("دیوان عالی هند حکم اعدام سه زندانی را تایید کرد.", "IND"),
])
def test_another_states_court(kb, sentence, state):
    found, events = _found(sentence, kb, "2024-03-10", "COERCE")
    assert found and all(state in e.source_ids and "supreme-court-of-iran" not in e.source_ids for e in found), \
        _show(events)


def test_appeal_court_of_another_state_is_not_irans(kb):
    events = reported_events("دادگاه تجدیدنظر فرانسه حکم زندان رئیس‌جمهور پیشین را تایید کرد.", kb,
                             "2024-03-10T10:00:00+03:30")
    assert all("court-of-appeals-of-iran" not in e.source_ids for e in events), _show(events)


@pytest.mark.parametrize("day, head", [
    ("2023-08-02", "ahmad-mortazavi-moghaddam"),
    ("2023-08-15", "mohammad-jafar-montazeri"),
    ("2025-01-10", "mohammad-jafar-montazeri"),
])
def test_supreme_court_head_by_day(kb, day, head):
    from rasad.annotate.document import annotate_document
    from rasad.records import RawDocument
    doc = annotate_document(RawDocument(source="t.txt", text="رئیس دیوان عالی کشور گفت پرونده در حال بررسی است.",
                                        published=f"{day}T10:00:00+03:30"), kb)
    assert [r.kb_id for r in doc.roles] == [head]
