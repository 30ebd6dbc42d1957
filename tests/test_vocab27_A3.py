"""Session 27 (slice A3): dev pages 317-328 — abductions, captures and shoot-downs in conflict news, and where an
act with no place of its own happened. The general causes found there, each written anew (other sides, places,
tenses), with guards for the everyday sentences that use the same words:

- an abduction with the place or the spot taken from between the captives and the verb ("... را در شمال X ربودند",
  "... را از بیمارستانی ... ربودند") coded nothing (only "را ربودند" right after the object did);
- a capture told in the passive ("... به اسارت گرفته شد", "به اسارت درآمدند") coded nothing, though the army whose
  spokesman reports it ("به نقل از سخنگوی ارتش X، ...") took them;
- a craft downed with a quoted or manner phrase before the place ('را "در حریم هوایی خود" در منطقه Y سرنگون کرد',
  "را با موشک در آسمان Y سرنگون کرد") fell outside the gap of "را در … سرنگون کرد";
- an act of force told right after another between the same two states (jets downed, then a pilot captured) had no
  place, though the episode's place was told one sentence before;
- an envoy summoned to a foreign ministry with no place told had none, though a ministry sits in its capital."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, found_of_type, shown

# --- abduction with the place between the captives and the verb -----------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("طالبان سه کارمند سازمان ملل را در ولایت غزنی ربود.", "taliban", "united-nations"),
    ("شبه نظامیان الشباب دو پرستار کنیایی را از بیمارستانی در مرز سومالی ربودند.", "al-shabaab", "KEN"),
    ("افراد مسلح گروه الشباب ده ها دانش آموز را در جنوب سومالی ربودند.", "al-shabaab", None),
])
def test_abduction_with_place_between(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("sentence", [
    "پرسپولیس گوی سبقت را از رقبا ربود.",
    "این بازیکن دل هواداران را در ورزشگاه آزادی ربود.",
    "تیم ملی کشتی ایران گوی سبقت را در این رقابت از روسیه ربود.",
])
def test_stealing_a_lead_or_hearts_is_no_abduction(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- taken captive, in the passive ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("به گفته سخنگوی ارتش اوکراین، ده سرباز روسیه در نزدیکی خارکیف به اسارت گرفته شدند.", "armed-forces-of-ukraine", None),
    ("سخنگوی ارتش اسرائیل گفت دو عضو حماس در خان یونس به اسارت درآمدند.", "israel-defense-forces", "hamas"),
    ("سه سرباز ترکیه توسط پ ک ک به اسارت گرفته شدند.", "kurdistan-workers-party", "TUR"),
])
def test_captured_in_the_passive(sentence, source, target, kb):
    assert_coded(sentence, kb, ("COERCE", source, target))


@pytest.mark.parametrize("sentence", [
    "دل او در این سفر به اسارت عشق درآمد.",
    "وزیر خارجه ایران گفت سه ملوان ایرانی به اسارت گرفته شدند.",  # a minister reporting: nobody named who took them
])
def test_captive_heart_or_no_captor_is_no_coercion(sentence, kb):
    assert_not_coded(sentence, kb, "COERCE")


# --- a craft downed with a phrase before the place --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("ارتش ترکیه یک جنگنده روسیه را به ادعای نقض حریم هوایی در مرز سوریه سرنگون کرد.", "turkish-armed-forces", "RUS"),
    ("سپاه پاسداران یک پهپاد آمریکا را با موشک در آسمان هرمزگان سرنگون کرد.", "islamic-revolutionary-guard-corps", "USA"),
    ("ارتش سوریه یک پهپاد اسرائیل را با دو موشک بر فراز حمص سرنگون کرد.", "syrian-arab-army", "ISR"),
])
def test_downed_with_a_phrase_before_the_place(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


def test_kites_brought_down_are_no_attack(kb):
    assert_not_coded("کودکان بادبادک ها را با سنگ در پارک سرنگون کردند.", kb, "ASSAULT")


# --- the episode's place ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("ارتش آذربایجان دو پهپاد ارمنستان را در قره باغ سرنگون کرد. به نقل از سخنگوی ارتش آذربایجان، یک سرباز "
     "ارمنستان نیز به اسارت گرفته شد.", "nagorno-karabakh"),
    ("ارتش روسیه دو هلیکوپتر اوکراین را در خارکیف سرنگون کرد. به گفته سخنگوی ارتش روسیه، دو خلبان اوکراین نیز به "
     "اسارت درآمدند.", "kharkiv"),
])
def test_capture_after_downing_happened_there(text, place, kb):
    found, events = found_of_type(text, kb, None, "COERCE")
    assert found and found[0].location_id == place, shown(events)


def test_other_sides_act_keeps_no_place(kb):
    text = ("ارتش آذربایجان دو پهپاد ارمنستان را در قره باغ سرنگون کرد. به نقل از سخنگوی ارتش ترکیه، یک سرباز سوریه "
            "نیز به اسارت گرفته شد.")
    found, events = found_of_type(text, kb, None, "COERCE")
    assert found and found[0].location_id is None, shown(events)


# --- a summons in the summoning state's capital -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("سفیر آلمان به وزارت امور خارجه ایران احضار شد.", "tehran"),
    ("وزارت خارجه ترکیه سفیر سوئد را احضار کرد.", "ankara"),
    ("وزارت خارجه پاکستان کاردار هند را احضار کرد و به او اعتراض کرد.", "islamabad"),
])
def test_summons_in_the_capital(sentence, place, kb):
    found, events = found_of_type(sentence, kb, None, "ACCUSE")
    assert any(e.location_id == place for e in found), shown(events)


def test_court_summons_gets_no_capital(kb):
    found, events = found_of_type("دادستان تهران این نماینده را برای ادای توضیحات به دادسرا احضار کرد.", kb, None, "ACCUSE")
    assert all(e.location_id != "tehran" or "تهران" in e.trigger for e in found), shown(events)
