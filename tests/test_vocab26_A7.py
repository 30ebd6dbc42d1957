"""Session 26 (slice A7): dev pages 281-292 — an impeachment told as a request handed to the presidium, a meeting
told with "جلسه داشتن", and the Syrian war's fighting (a side driven out of its positions, heavy clashes "had", blows
dealt to a group's body). The general causes found there, each written anew (other people, offices, places, tenses),
with guards for the everyday sentences that use the same words:

- an impeachment request handed in with a light verb ("درخواست استیضاح X را به هیئت رئیسه کردند/دادند") or told in
  the passive ("... با ۴۲ امضا به هیئت رئیسه ارائه شد", "استیضاح X تقدیم هیئت رئیسه شد", any spelling of
  "هیئت رئیسه") coded nothing;
- a session held with a partner told with "داشتن" ("X با Y جلسه داشت") coded nothing;
- "Y را از مواضعشان بیرون راندند", "با Y درگیری‌های سنگین داشتند" and "ضربات سنگینی بر پیکر Y وارد آورد" coded no
  attack;
- "ارتش جمهوری عربی سوریه" linked the state, not its army; "فتح الشام" (Jabhat Fateh al-Sham, al-Nusra's 2016 name)
  linked nothing alone;
- a place's name quoted inside a trigger's gap ('در استان غربی "حماه"') was read as a slogan's word, not the place;
- a province named with a compass word between ("در استان غربی حماه", "استان شمالی ادلب") linked the city of that
  name, not the province (and Syria's Hama Governorate was missing)."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED, assert_coded, assert_not_coded, found_of_type


def _entity_ids(text, kb):
    doc = RawDocument(source="t.txt", text=text + _REPORTED, published="2024-07-20T10:00:00+03:30")
    return {e.kb_id for e in annotate_document(doc, kb).entities}


# --- an impeachment request handed to the presidium -----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "گروهی از نمایندگان مجلس درخواست استیضاح وزیر نیرو را به هیات رییسه کردند.",
    "دوازده نماینده درخواست استیضاح وزیر راه و شهرسازی را به هیئت رئیسه مجلس داده بودند.",
    "درخواست استیضاح وزیر کشور با ۴۲ امضا به هیئت رئیسه مجلس ارائه شد.",
    "استیضاح وزیر آموزش و پرورش با ۳۰ امضا تقدیم هیات رییسه مجلس شد.",
])
def test_impeachment_request_handed_in(sentence, kb):
    assert_coded(sentence, kb, ("ACCUSE", "islamic-consultative-assembly", None))


@pytest.mark.parametrize("sentence", [
    "نمایندگان درخواست استیضاح وزیر نیرو را پس گرفتند.",
    "هیئت رئیسه درخواست استیضاح وزیر نیرو را به دلیل کمبود امضا رد کرد.",
    "کارمندان درخواست وام خود را به هیئت مدیره بانک دادند.",
])
def test_impeachment_request_withdrawn_or_other_request_is_no_accusation(sentence, kb):
    assert_not_coded(sentence, kb, "ACCUSE")


# --- a session held with a partner, told with "داشتن" ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("وزیر امور خارجه ترکیه روز دوشنبه با وزیر خارجه عراق در بغداد جلسه داشت.", None, None),
    ("نمایندگان مجلس هفته گذشته با وزیر نیرو در کمیسیون انرژی جلسه‌ای داشتند.", "islamic-consultative-assembly", None),
])
def test_session_had_with_partner_is_a_meeting(sentence, source, target, kb):
    assert_coded(sentence, kb, ("CONSULT", source, target), need_source=True)


@pytest.mark.parametrize("sentence", [
    "سرمربی تیم ملی فوتبال پیش از بازی با بازیکنان جلسه داشت.",
    "دانش‌آموزان فردا صبح جلسه امتحان ریاضی داشتند.",
])
def test_everyday_session_is_no_meeting(sentence, kb):
    assert_not_coded(sentence, kb, "CONSULT")


# --- fighting: driven out, heavy clashes had, blows dealt --------------------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("ارتش عراق شبه‌نظامیان داعش را از مناطق غربی موصل بیرون راندند.", "iraqi-army", "islamic-state"),
    ("ارتش سوریه جنگجویان جبهه النصره را از ارتفاعات شمال ادلب عقب راند.", "syrian-arab-army", "al-nusra-front"),
    ("نیروهای ارتش افغانستان با طالبان در ولایت هلمند درگیری‌های شدیدی داشتند.", "afghan-national-army", "taliban"),
    ("ارتش پاکستان ضربه سختی بر پیکر گروه طالبان پاکستان وارد کرد.", "pakistan-army", "tehrik-i-taliban-pakistan"),
    ("ارتش سوریه ضربات سنگینی بر پیکر گروه فتح الشام در جنوب دمشق وارد آورده است.", "syrian-arab-army",
     "jabhat-fateh-al-sham"),
])
def test_fighting_told_as_driving_out_clashes_or_blows(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("sentence", [
    "داور بازیکن پرسپولیس را از زمین بیرون راند.",
    "نمایندگان مجلس با وزیر نیرو درگیری لفظی داشتند.",
    "این بیماری ضربه سنگینی بر پیکر اقتصاد ایران وارد کرد.",
    "تورم ضربات سنگینی بر پیکر صنعت خودروسازی ترکیه وارد کرد.",
])
def test_everyday_driving_out_row_or_blow_is_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- the Syrian army's full name and Jabhat Fateh al-Sham -----------------------------------------------------------

def test_army_of_the_syrian_arab_republic_is_the_army(kb):
    ids = _entity_ids("یگان‌هایی از ارتش جمهوری عربی سوریه وارد شهر حلب شدند.", kb)
    assert "syrian-arab-army" in ids, ids


@pytest.mark.parametrize("sentence", [
    "تروریست‌های فتح الشام به روستاهای اطراف حماه حمله کردند.",
    "گروه جبهه فتح الشام مسئولیت این انفجار را بر عهده گرفت.",
])
def test_jabhat_fateh_al_sham_named(sentence, kb):
    ids = _entity_ids(sentence, kb)
    assert "jabhat-fateh-al-sham" in ids and "al-nusra-front" not in ids, ids


def test_nusra_still_nusra(kb):
    ids = _entity_ids("جبهه النصره مسئولیت این انفجار در ادلب را بر عهده گرفت.", kb)
    assert "al-nusra-front" in ids, ids


# --- a province with a compass word between "استان" and its name ----------------------------------------------------

@pytest.mark.parametrize("sentence, province", [
    ("ارتش سوریه مواضع داعش در استان شمالی ادلب را هدف قرار داد.", "idlib-governorate"),
    ("درگیری‌ها در استان مرکزی حماه ادامه دارد.", "hama-governorate"),
    ("باران شدید در استان شمالی گیلان جاده‌ها را بست.", "gilan-province"),
    ("نیروهای دولتی در استان شمال‌غربی «ادلب» پیشروی کردند.", "idlib-governorate"),
])
def test_province_with_compass_word(sentence, province, kb):
    ids = _entity_ids(sentence, kb)
    assert province in ids, ids


@pytest.mark.parametrize("sentence, city", [
    ("شهر حماه پس از ماه‌ها آرام است.", "hama"),
    ("قطار از ایستگاه غربی ادلب حرکت کرد.", "idlib"),
])
def test_city_without_province_head_stays_city(sentence, city, kb):
    ids = _entity_ids(sentence, kb)
    assert city in ids, ids


def test_quoted_place_name_inside_trigger_is_the_place(kb):
    found, events = found_of_type('ارتش عراق شبه‌نظامیان داعش را از مواضعشان در استان شمالی "نینوا" بیرون راندند.',
                                  kb, None, "ASSAULT")
    assert found and found[0].location_id == "nineveh-governorate", [(e.type, e.location_id) for e in events]
