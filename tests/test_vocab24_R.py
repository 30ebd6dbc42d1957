"""Session 24 (slice R, third wave): parties real pages put in conflict and legal events that rasad read wrongly —
the perpetrators of an attack arrested ("عاملان حمله به سفارت X را بازداشت کرد": X was the victim, not the one
arrested), a second clause joined by "و" after a fronted phrase ("در پی توافق ...، A ... را آزاد کرد و B ... را تحویل
داد": B's handover, its own nationality adjective), a ceasefire agreement named only as breached ("توافق آتش‌بس ...
را نقض کرده است": no ceasefire agreed in that report), a landmark near the attack ("در نزدیکی مرز X": X was not hit),
and what a passive attack struck named by its owner or flag ("کشتی ... با پرچم X", "کاروان ... متعلق به ارتش X":
X was attacked, not the official who tells of it). Each case is written anew (other actors, places and details);
the guards are everyday sentences with the same words that report no such event or keep their parties."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


def _targets(sentence, kb, etype):
    return [t for e in reported_events(sentence, kb) if e.type == etype for t in e.target_ids]


@pytest.mark.parametrize("sentence,etype,source,wrong", [
    # the perpetrators of an attack are arrested, not its victim
    ("پلیس آلمان عاملان حمله به کنسولگری ترکیه در برلین را بازداشت کرد.", "COERCE", "DEU", "TUR"),
    # a landmark near the attack is not the party hit
    ("بر اثر حمله الشباب به یک پایگاه ارتش در نزدیکی مرز کنیا، هفت سرباز کشته شدند.", "ASSAULT", "al-shabaab", "KEN"),
])
def test_party_inside_a_phrase_is_not_the_target(kb, sentence, etype, source, wrong):
    assert_coded(sentence, kb, (etype, source, None))
    assert wrong not in _targets(sentence, kb, etype)


@pytest.mark.parametrize("sentence,expected", [
    # a second clause after a fronted phrase has its own subject and its own object's nationality
    ("در پی توافق میان دو طرف، روسیه ۹۰ اسیر اوکراینی را آزاد کرد و اوکراین نیز ۸۰ سرباز روسی را تحویل داد.",
     ("RETREAT", "UKR", "RUS")),
    ("پس از ماه‌ها مذاکره، ترکیه دو خبرنگار آلمانی را آزاد کرد و ایران نیز یک دیپلمات سوئدی را تحویل داد.",
     ("RETREAT", "IRN", "SWE")),
    # what a passive attack struck, by its flag or its owner
    ("یک کشتی باری با پرچم لیبریا در دریای سرخ هدف حمله پهپادی حوثی‌ها قرار گرفت.", ("ASSAULT", "houthis", "LBR")),
    ("یک سخنگوی ارتش انگلیس گفت یک نفتکش با پرچم پاناما در نزدیکی بندر حدیده مورد حمله قرار گرفت.",
     ("ASSAULT", None, "PAN")),
    ("یک کاروان لجستیک متعلق به ارتش ترکیه در شمال عراق هدف قرار گرفت.", ("ASSAULT", None, "turkish-armed-forces")),
])
def test_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_speaker_is_not_the_ship_struck(kb):
    s = "یک سخنگوی ارتش انگلیس گفت یک نفتکش با پرچم پاناما در نزدیکی بندر حدیده مورد حمله قرار گرفت."
    assert "GBR" not in _targets(s, kb, "ASSAULT")


def test_first_clause_keeps_its_own_parties(kb):
    s = "در پی توافق میان دو طرف، روسیه ۹۰ اسیر اوکراینی را آزاد کرد و اوکراین نیز ۸۰ سرباز روسی را تحویل داد."
    assert_coded(s, kb, ("RETREAT", "RUS", "UKR"))


@pytest.mark.parametrize("sentence,etype", [
    # a ceasefire agreement named only as breached is no ceasefire agreed
    ("حزب‌الله اعلام کرد که اسرائیل توافق آتش‌بس با لبنان را نقض کرده است.", "RETREAT"),
    # guards: a flag raised, a flagged ship arriving
    ("پرچم ایران در مراسم افتتاحیه برافراشته شد.", "ASSAULT"),
    ("یک کشتی با پرچم پاناما وارد بندر عباس شد.", "ASSAULT"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


@pytest.mark.parametrize("sentence,expected", [
    # guards: the arrested named plainly; an attack on a city; a ceasefire signed, its breach told in a clause of its own
    ("پلیس فرانسه دو شهروند الجزایری را بازداشت کرد.", ("COERCE", "FRA", "DZA")),
    ("در حمله روسیه به شهر خارکف، دو نفر کشته شدند.", ("ASSAULT", "RUS", "UKR")),
    ("روسیه و اوکراین توافق آتش‌بس را امضا کردند و روسیه روز بعد آن را نقض کرد.", ("RETREAT", "RUS", "UKR")),
    ("ارتش سودان و نیروهای واکنش سریع توافق آتش‌بس را امضا کردند.",
     ("RETREAT", "sudanese-armed-forces", "rapid-support-forces")),
])
def test_guards_keep_their_parties(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype,wrong", [
    # a warning about another party's deed against a state: the deed's victim is not the one warned
    ("وزیر خارجه عمان نسبت به اعمال مجدد تحریم‌های پیشین اروپا علیه ایران هشدار داد.", "THREATEN", "IRN"),
    # a fronted adjunct's "از" is not the party of a verb with its own object
    ("وزارت کشور لیبی پس از گذشت دو روز از تسلط داعش بر سرت و عقب‌نشینی نیروهای دولتی، فرمانده پلیس این شهر را "
     "برکنار کرد.", "SANCTION", "islamic-state"),
    # a place inside a quoted slogan is neither the protest's place nor its target
    ("در برلین، تجمعی با شعار «توقف جنگ در یمن» برگزار شد.", "PROTEST", "YEM"),
    # the owner or flag state of what was struck, not a place named in a relative clause after it
    ("حوثی‌ها یک کشتی تجاری با پرچم مالت را که از چین به سوی کانال سوئز در حرکت بود، هدف قرار دادند.", "ASSAULT", "CHN"),
])
def test_wrong_party_gone(kb, sentence, etype, wrong):
    assert wrong not in _targets(sentence, kb, etype)


def test_flag_state_in_object(kb):
    assert_coded("حوثی‌ها یک کشتی تجاری با پرچم مالت را که از چین به سوی کانال سوئز در حرکت بود، هدف قرار دادند.", kb,
                 ("ASSAULT", "houthis", "MLT"))


@pytest.mark.parametrize("sentence,expected", [
    # guards: a warning addressed to a state; a protest whose place is named outside any quotation
    ("ایران علیه اسرائیل هشدار داد.", ("THREATEN", "IRN", "ISR")),
    ("تظاهرات بزرگی در تهران برگزار شد.", ("PROTEST", None, "IRN")),
])
def test_more_guards(kb, sentence, expected):
    assert_coded(sentence, kb, expected)
