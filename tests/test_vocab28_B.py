"""Session 28 (slice B): whole dev pages 305-316, their misses fixed as mechanisms. (1) A nationality adjective right
after an attack noun, only its kind between, names the attacker ("در حمله هوایی اسرائیلی به ... کشته شدند":
grammar._ATTACKER_ADJECTIVE_BEFORE, read by chains._metonyms and the coder's sentence gate). (2) A break in relations
declared as the object of "اعلام کرد", also in the present (events.yaml sanction.relations.declared). (3) People
confined at home or put under house arrest (coerce.confine). (4) A list of people that goes on after a kin noun ("X و
همسرش Y را", "X و Y و همسران آن دو A و B را": grammar.yaml kin_in_list), and a person's kin to someone before "را"
("X پسر وی را"). (5) A dissident or activist named right after a state's bare force ("نیروهای امنیتی X را ...") is its
object, not a part of it. (6) A one-word name no longer matches across the object marker ("آن دو را" is no "آندورا").
(7) A gathering in the past perfect ("تجمع کرده بودند") is a protest. (8) A river's bed or a shore is an event's place
("در بستر خشک X"). (9) A deputy with two portfolios joined by "و" ("معاون امنیتی و انتظامی وزیر کشور") is one of the
office's deputies, not the minister. (10) A verb of taking away ends its clause ("... را با خود بردند و X را ..."). The
sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded, reported_events


def _annotated(text, kb):
    return annotate_document(RawDocument(source="t.txt", text=text, published="2024-07-20T10:00:00+03:30"), kb)


def _of(text, kb, etype):
    return [(e.source_ids, e.target_ids, e.location_id) for e in reported_events(text, kb) if e.type == etype]


# ---------------------------------------------------------------- (1) a nationality adjective after an attack noun


@pytest.mark.parametrize("text, source", [
    ("دست‌کم نه غیرنظامی در حمله هوایی اسرائیلی به یک اردوگاه در شمال غزه کشته شدند.", "ISR"),
    ("دو کارگر در حمله موشکی روسی به یک انبار در حومه خارکف جان باختند.", "RUS"),
    ("منابع محلی گفتند هفت نفر در تهاجم هوایی سعودی به بازار شهر صعده به شهادت رسیده‌اند.", "SAU"),
])
def test_attacker_adjective_after_attack_noun(kb, text, source):
    assert_coded(text, kb, ("ASSAULT", source, None))


@pytest.mark.parametrize("text", [
    "در حمله به سفارت سعودی در این شهر سه نفر زخمی شدند.",
    "یک گردشگر ایتالیایی در حمله قلبی در هتل درگذشت.",
    "خط حمله آرژانتینی این تیم در دیدار دیشب دو گل زد.",
])
def test_attacker_adjective_guards(kb, text):
    assert not [s for s, _t, _p in _of(text, kb, "ASSAULT") if s], _of(text, kb, "ASSAULT")


# ---------------------------------------------------------------- (2) a break in relations declared


@pytest.mark.parametrize("text, source, target", [
    ("وزیر خارجه بحرین در نشستی خبری گفت: بحرین قطع روابط دیپلماتیک خود با قطر را اعلام می‌کند.", "BHR", "QAT"),
    ("امارات روز دوشنبه قطع روابط سیاسی با ترکیه را اعلام کرد.", "ARE", "TUR"),
    ("دولت مراکش قطع رابطه دیپلماتیک خود با ایران را اعلام کرده است.", "MAR", "IRN"),
])
def test_relations_break_declared(kb, text, source, target):
    assert_coded(text, kb, ("SANCTION", source, target))


@pytest.mark.parametrize("text", [
    "شرکت مخابرات قطع موقت اینترنت در شهر را اعلام کرد.",
    "باشگاه استقلال قطع همکاری با سرمربی خود را اعلام کرد.",
    "وزارت خارجه ترکیه پیامدهای قطع روابط با ایران را بررسی کرد.",
])
def test_relations_break_guards(kb, text):
    assert_not_coded(text, kb, "SANCTION")


# ---------------------------------------------------------------- (3) confined at home, house arrest


@pytest.mark.parametrize("text, target", [
    ("ماموران امنیتی زهرا رهنورد را در منزلش محبوس کردند.", "zahra-rahnavard"),
    ("ارتش میانمار آنگ سان سوچی را در حصر خانگی قرار داد.", "aung-san-suu-kyi"),
    ("نیروهای طالبان دو روزنامه‌نگار را در یک زیرزمین محبوس کرده‌اند.", None),
])
def test_confined(kb, text, target):
    assert_coded(text, kb, ("COERCE", None, target))


@pytest.mark.parametrize("text", [
    "سیل ده‌ها خانواده را در خانه‌هایشان محبوس کرد.",
    "برف سنگین صدها مسافر را در جاده چالوس محبوس کرد.",
    "آتش‌نشانان سه کارگر محبوس در آسانسور یک ساختمان در تهران را نجات دادند.",
])
def test_confined_guards(kb, text):
    assert_not_coded(text, kb, "COERCE")


# ---------------------------------------------------------------- (4) (5) (10) lists with kin, dissidents as objects


@pytest.mark.parametrize("text, targets", [
    ("پلیس میرحسین موسوی و همسرش زهرا رهنورد را بازداشت کرد.", {"mir-hossein-mousavi", "zahra-rahnavard"}),
    ("ماموران، مهدی کروبی و میرحسین موسوی و همسران آن دو زهرا رهنورد و فاطمه کروبی را در منزل محبوس کردند.",
     {"mehdi-karroubi", "mir-hossein-mousavi", "zahra-rahnavard", "fatemeh-karroubi"}),
])
def test_list_goes_on_after_kin(kb, text, targets):
    found = _of(text, kb, "COERCE")
    assert any(targets <= set(t) and not targets & set(s) for s, t, _p in found), found


@pytest.mark.parametrize("text, target", [
    ("نیروهای امنیتی علی کروبی را در فرودگاه بازداشت کردند.", "ali-karroubi"),
    ("ماموران امنیتی نرگس محمدی را بازداشت کردند.", "narges-mohammadi"),
    ("نیروهای امنیتی به خانه مهدی کروبی رفتند، کتاب‌های او را با خود بردند و علی کروبی پسر وی را بازداشت کردند.",
     "ali-karroubi"),
])
def test_dissident_after_a_force_is_its_object(kb, text, target):
    found = _of(text, kb, "COERCE")
    assert any(target in t and target not in s for s, t, _p in found), found


def test_force_of_a_ruler_stays_one_party(kb):
    found = _of("نیروهای امنیتی بشار اسد صدها معترض را در درعا بازداشت کردند.", kb, "COERCE")
    assert found and all("bashar-al-assad" not in t for _s, t, _p in found), found


# ---------------------------------------------------------------- (6) no name across the object marker


def test_no_name_across_object_marker(kb):
    doc = _annotated("ماموران رفت و آمد به خانه آن دو را ممنوع کردند و تلفن آنها را قطع کردند.", kb)
    assert "AND" not in {e.kb_id for e in doc.entities}, [(e.name, e.kb_id) for e in doc.entities]


def test_one_word_name_before_object_marker_still_links(kb):
    doc = _annotated("وزیر خارجه فرانسه همتای خود از آندورا را در پاریس پذیرفت.", kb)
    assert "AND" in {e.kb_id for e in doc.entities}, [(e.name, e.kb_id) for e in doc.entities]


# ---------------------------------------------------------------- (7) (8) a gathering in the past perfect, its place


@pytest.mark.parametrize("text, place", [
    ("جمعی از کشاورزان در بستر خشک زاینده‌رود در اعتراض به سیاست‌های دولت ایران تجمع کرده بودند.", "zayandeh-river"),
    ("دیروز نیز جمعی از بازنشستگان در مقابل مجلس تجمع کرده بودند که با دخالت نیروهای انتظامی پراکنده شدند.", None),
])
def test_gathering_in_past_perfect(kb, text, place):
    found = _of(text, kb, "PROTEST")
    assert found, reported_events(text, kb)
    if place:
        assert any(p == place for _s, _t, p in found), found


@pytest.mark.parametrize("text", [
    "هواداران تیم پرسپولیس پیش از بازی مقابل ورزشگاه آزادی تجمع کرده بودند.",
    "خانواده‌ها برای جشن عروسی در باغ تجمع کرده بودند.",
])
def test_gathering_in_past_perfect_guards(kb, text):
    assert_not_coded(text, kb, "PROTEST")


# ---------------------------------------------------------------- (9) a deputy with two portfolios


def test_deputy_with_two_portfolios_is_no_minister(kb):
    doc = _annotated("معاون امنیتی و انتظامی وزیر کشور ایران گفت: مرزبانان ما به تیراندازی پاسخ دادند.", kb)
    roles = [(r.text, r.title, r.refers_to) for r in doc.roles]
    assert any(t and t.endswith("interior-minister") for _x, t, _r in roles), roles
    assert all(t != "interior-minister" for _x, t, _r in roles), roles
