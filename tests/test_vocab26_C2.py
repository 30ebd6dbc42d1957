"""Session 26 (slice C2): attacks whose parties were lost on real pages, the causes slice C left, fixed as mechanisms.
(1) A plural demonym where a subject or an agent stands ("سعودی‌ها ... را هدف قرار دادند", "... توسط آمریکایی‌ها
بمباران شد", "اعلام کرد که اسرائیلی‌ها ..."): the state's side acting (chains._metonyms, grammar.yaml
plural_demonym_openers; the sentence gate reads it too). (2) The Dari "بر" right after the attacker of a casualty's
cause ("در حمله داعش بر پاسگاه‌های ارتش عراق ... کشته شدند"): whom the attack hit, as after "به" (grammar.yaml
struck_on_after_attacker, not "بر اساس"/"بر اثر"). (3) An attribution with no comma after it ("به گفته منابع محلی
جنگنده‌های X ...", "به گفته سخنگوی وزارت دفاع X جنگنده‌های این کشور ..."): a force noun after the whole speaker
opens the subject (chains._subject_after_speaker, grammar.yaml attribution_source_nouns). (4) Killed with the object far
from the verb, a place and the means between ("X را در ... با شلیک گلوله ... به شهادت رساندند", assault.killed-far;
no clause inside the gap). (5) The fallen named by a
trade or age and a nationality ("یک چوپان سوری در حمله پهپاد ترکیه جان باخت"): that state was hit (grammar.yaml
person_nouns). (6) A list of what the object includes ("شهرهای لبنان به ویژه صور و نبطیه را"): the party before it
stays the object (grammar.yaml inclusive_openers). (7) The struck side "suffered losses" ("تلفات دادند", "متحمل
تلفات شدند") in an attack named as the cause. (8) A place in a relative clause on the object ("یک کشتی لیبریایی را که
به سمت بنادر X می‌رفت هدف قرار داد") is where it sailed, not what was hit: the object's own adjective names the
target (frames._struck_toward). (9) A government's own forces opening a reported clause ("... اعلام کرد که نیروهای
وابسته به دولت X ...") are its subject, not the speaker's state (chains._forces_opening). (10) Put under fire ("را
زیر آتش گرفتند/قرار دادند", assault.under-fire; a fire of criticism vetoed). (11) Some of the attackers counted in
the cause ("به ضرب گلوله یکی از تک‌تیراندازهای X", "در حمله شماری از افراد مسلح X"): X attacked
(grammar._CAUSE_PARTITIVE). (12) Rockets fired "on" a place, the Dari "پرتاپ" too ("دو راکت را بر یک خانه ... پرتاپ
کرده است", assault.on-bar). (13) An attack carried out, in the past perfect or the plural ("دو حمله طیارات X بر Y
انجام شده بودند", assault.held). The sentences are the tests' own, modelled on the phrasing; the
guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events

# ---------------------------------------------------------------- (1) a plural demonym acting


@pytest.mark.parametrize("text, source, target", [
    ("آمریکایی‌ها روز جمعه مواضع کتائب حزب‌الله در القائم را بمباران کردند.", "USA", "kataib-hezbollah"),
    ("منابع محلی اعلام کردند که اسرائیلی‌ها یک خودروی غیرنظامی را در جنوب لبنان هدف قرار دادند.", "ISR", "LBN"),
    ("چند روستای مرزی عربستان توسط یمنی‌ها گلوله‌باران شد.", "YEM", "SAU"),
])
def test_plural_demonym_acts_for_its_state(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_plural_demonym_of_shoppers_is_no_attack(kb):
    assert_not_coded("به گفته فروشندگان، ایرانی‌ها امسال بیش از پیش به بازار لوازم خانگی روی آوردند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (2) the Dari "بر" after the attacker


@pytest.mark.parametrize("text, source, target", [
    ("در حمله داعش بر پاسگاه‌های ارتش عراق در استان دیالی چهار سرباز کشته شدند.", "islamic-state", "iraqi-army"),
    ("بر اثر حملات جنگجویان الشباب بر نیروهای کنیا دو سرباز زخم برداشتند.", "al-shabaab", "KEN"),
])
def test_struck_on_after_the_attacker(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_heart_attack_on_the_basis_is_no_attack(kb):
    assert_not_coded("یک کارمند بانک بر اثر حمله قلبی بر اساس گزارش پزشکی قانونی جان باخت.", kb, "ASSAULT")


# ---------------------------------------------------------------- (3) an attribution with no comma


@pytest.mark.parametrize("text, source, target", [
    ("به گفته منابع محلی جنگنده‌های ترکیه مواضع پ‌ک‌ک را در کوه‌های قندیل بمباران کردند.", "TUR", "kurdistan-workers-party"),
    ("به گفته سخنگوی وزارت دفاع روسیه جنگنده‌های این کشور انبار تسلیحات داعش در دیرالزور را هدف قرار دادند.", "RUS",
     "islamic-state"),
])
def test_force_noun_after_the_speaker_opens_the_subject(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_forces_the_spokesman_speaks_for_stay_the_speaker(kb):
    """The forces right after the spokesman's title are whose spokesman he is: the speaker's, not the subject."""
    events = reported_events("به گفته سخنگوی نیروهای مسلح یمن، حوثی‌ها دو کشتی تجاری را در دریای سرخ هدف قرار دادند.",
                             kb)
    assert any(e.type == "ASSAULT" and "houthis" in e.source_ids for e in events), events


def test_sources_on_a_rescue_are_no_attack(kb):
    assert_not_coded("به گفته منابع محلی نیروهای امدادی هلال احمر به روستاهای زلزله‌زده رسیدند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (4) the object far from the verb


@pytest.mark.parametrize("text, source, target", [
    ("نظامیان اسرائیلی یک نوجوان فلسطینی را در اردوگاه جنین با شلیک مستقیم گلوله به سر او به شهادت رساندند.",
     "israel-defense-forces", "PSE"),
    ("ارتش ترکیه دو عضو پ‌ک‌ک را در ارتفاعات قندیل با حمله پهپادی به خودروی آنها به هلاکت رساند.",
     "turkish-armed-forces", "kurdistan-workers-party"),
])
def test_killed_far_from_the_object(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_a_stabbing_told_by_the_other_side_is_not_turned_around(kb):
    """A person subject with a nationality is no actor chain: "را زخمی کرد" is left uncoded rather than coded with the
    speaker as the attacker."""
    events = reported_events("رسانه‌های اسرائیلی مدعی شدند که یک جوان فلسطینی با چاقو سه نظامی اسرائیلی را زخمی کرد.", kb)
    assert not any(e.type == "ASSAULT" and "ISR" in e.source_ids for e in events), events


def test_a_second_clause_keeps_its_own_object(kb):
    """"و" inside the gap: the wounded are the second clause's, not the arrested of the first."""
    events = reported_events("پلیس ترکیه سه روزنامه‌نگار را بازداشت کرد و در درگیری با معترضان دو نفر را زخمی کرد.", kb)
    assert not any(e.type == "ASSAULT" and e.rule == "assault.killed-far" and "بازداشت" in (e.trigger or "")
                   for e in events), events


# ---------------------------------------------------------------- (5) the fallen named by trade and nationality


@pytest.mark.parametrize("text, source, target", [
    ("یک چوپان سوری در حمله پهپاد ترکیه جان باخت.", "TUR", "SYR"),
    ("دو ماهیگیر فلسطینی در تیراندازی نظامیان اسرائیلی زخمی شدند.", "israel-defense-forces", "PSE"),
])
def test_fallen_by_trade_and_nationality(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_a_farmer_in_a_road_accident_is_no_attack(kb):
    assert_not_coded("یک کشاورز افغان در حادثه رانندگی در جاده مشهد جان باخت.", kb, "ASSAULT")


# ---------------------------------------------------------------- (6) a list of what the object includes


@pytest.mark.parametrize("text, source, target", [
    ("جنگنده‌های روسیه شهرهای اوکراین از جمله «خارکیف» و «سومی» را به شدت بمباران کردند.", "RUS", "UKR"),
    ("هواپیماهای جنگی اسرائیل شهرهای سوریه از جمله «حمص» را بمباران کردند.", "ISR", "SYR"),
])
def test_included_list_stays_in_the_object(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_one_of_the_states_that_condemned(kb):
    """"X از جمله کشورهایی است که Y را ...": the list's clause has its own verb, X stays no object of it."""
    events = reported_events("قطر از جمله کشورهایی است که آمریکا را به خاطر این حمله محکوم کرد.", kb)
    assert not any("QAT" in e.target_ids for e in events), events


# ---------------------------------------------------------------- (7) losses suffered in a named attack


@pytest.mark.parametrize("text, source, target", [
    ("در حمله داعش بر مواضع ارتش عراق در حومه کرکوک این نیروها تلفات دادند.", "islamic-state", "iraqi-army"),
    ("نیروهای روسیه در حمله پهپادهای اوکراینی به مواضع خود در زاپوروژیا متحمل تلفات شدند.", "UKR", None),
])
def test_losses_suffered_in_an_attack(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_herders_losses_in_the_cold_are_no_attack(kb):
    assert_not_coded("دامداران استان اردبیل در سرمای شدید زمستان امسال تلفات دادند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (8) a place in the object's relative clause


@pytest.mark.parametrize("text, source, target", [
    ("نیروی دریایی یمن یک کشتی باری لیبریایی را که به سمت بنادر اسرائیل می‌رفت هدف قرار داد.", "houthis", "LBR"),
    ("ناوهای آمریکایی یک قایق یمنی را که به سمت سواحل اریتره حرکت می‌کرد هدف قرار دادند.", "USA", "YEM"),
])
def test_where_the_struck_was_heading_is_not_hit(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_watching_a_ship_heading_to_port_is_no_attack(kb):
    assert_not_coded("مسافران کشتی تفریحی را که به سمت بندر دبی در حرکت بود تماشا کردند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (9) a government's forces after a speech verb


@pytest.mark.parametrize("text, source, target", [
    ("سخنگوی ارتش یمن اعلام کرد که نیروهای وابسته به دولت نجات ملی یک ناوچه آمریکایی را در دریای سرخ هدف قرار دادند.",
     "national-salvation-government", "USA"),
    ("یک مقام نظامی یمن گفت یگان‌های وابسته به دولت نجات ملی یک پایگاه سعودی در جیزان را با موشک هدف قرار دادند.",
     "national-salvation-government", "SAU"),
])
def test_forces_belonging_open_the_reported_clause(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_forces_belonging_on_parade_are_no_attack(kb):
    assert_not_coded("یک منبع نظامی یمن گفت نیروهای وابسته به دولت نجات ملی در رژه روز ملی شرکت کردند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (10) put under fire


@pytest.mark.parametrize("text, source, target", [
    ("توپخانه ارتش ترکیه روستاهای مرزی شمال عراق را زیر آتش سنگین گرفت.", "turkish-armed-forces", "IRQ"),
    ("ارتش آذربایجان مواضع ارمنستان را زیر آتش شدید قرار داد.", "azerbaijani-armed-forces", "ARM"),
])
def test_put_under_fire(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_fire_of_criticism_is_no_attack(kb):
    assert_not_coded("نمایندگان مجلس وزیر نیرو را زیر آتش انتقادات شدید گرفتند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (11) some of the attackers counted in the cause


@pytest.mark.parametrize("text, source, target", [
    ("یک سرباز هندی به ضرب گلوله یکی از تک‌تیراندازهای ارتش پاکستان در کشمیر کشته شد.", "pakistan-army", "IND"),
    ("دو مرزبان ایرانی در حمله شماری از افراد مسلح جیش الظلم در سراوان به شهادت رسیدند.", "jaish-ul-adl", "IRN"),
])
def test_some_of_the_attackers_in_the_cause(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_hit_by_a_players_ball_is_no_attack(kb):
    assert_not_coded("یک تماشاگر به ضرب توپ یکی از بازیکنان زخمی شد.", kb, "ASSAULT")


# ---------------------------------------------------------------- (12) rockets fired "on" a place


@pytest.mark.parametrize("text, source, target", [
    ("طیاره‌های پاکستانی چند راکت را بر ولسوالی دنگام کنر پرتاب کردند.", "PAK", "AFG"),
    ("پهپادهای آمریکایی دو موشک را بر یک خودرو در ولایت ننگرهار شلیک کردند.", "USA", "AFG"),
])
def test_rockets_fired_on(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_flowers_thrown_on_a_bride_are_no_attack(kb):
    assert_not_coded("کودکان گل‌ها را بر سر عروس پرتاب کردند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (13) an attack carried out, in the past perfect


@pytest.mark.parametrize("text, source, target", [
    ("ماه گذشته دو حمله طیارات امریکایی بر وزیرستان انجام شده بودند.", "USA", "PAK"),
    ("روز گذشته حملات طیاره‌های پاکستانی بر ولایت خوست صورت گرفته بود.", "PAK", "AFG"),
])
def test_attack_carried_out_in_the_past_perfect(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_surgeries_carried_out_are_no_attack(kb):
    assert_not_coded("ماه گذشته سه عمل جراحی قلب در این بیمارستان انجام شده بود.", kb, "ASSAULT")
