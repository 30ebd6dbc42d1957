"""Session 27 (slice A5): dev pages 341-352 — a civil war's camps named by their leaders, press bans and statements
reported second-hand. The general causes found there, each written anew (other sides, places, tenses), with guards
for the everyday sentences that use the same words:

- the dead told with the possessive suffix ("... دست کم ۹ نفر جانشان را از دست دادند") were no casualty verb (only
  "جان خود را از دست دادند" was);
- an attack by someone's loyalists ("وفاداران به X", "در حمله نیروهای وفادار به X به ...") lost X, whom they fight
  for: "به" after "وفاداران" was read as the recipient, and the cause of a casualty verb stopped at "به";
- a former head of state out of office for years, leading a party or faction (Saleh in 2015, Morsi after 2013),
  was still taken for his state's own side, so his camp's attack on its army or a city of the state had no target;
- a side driven back after a verb of success ("موفق شدند X را از ... عقب برانند") or with a relative clause on the
  object ("X را که ... از ... عقب راندند") coded nothing;
- "رئیس جمهوری پیشین یمن" stayed the bare office though the article names the one former holder it means, and
  "رئیس جمهوری قانونی این کشور" ("the lawful president") lost "این کشور" and became the outlet's state's president."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded

# --- the dead told with the possessive suffix -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("در حمله طالبان به یک پاسگاه پلیس در ولایت هلمند شش پلیس جانشان را از دست دادند.", "taliban", None),
    ("در حمله پهپادی روسیه به شهر خارکیف دست کم چهار غیرنظامی جانشان را از دست داده‌اند.", "RUS", "UKR"),
    ("در حمله الشباب به پایگاه ارتش سومالی یک سرباز جانش را از دست داد.", "al-shabaab", "SOM"),
])
def test_dead_told_with_possessive_suffix(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("sentence", [
    "در تصادف دو اتوبوس در جاده قم دوازده نفر جانشان را از دست دادند.",
    "بر اثر سیل در ایالت سند پاکستان بیست نفر جانشان را از دست دادند.",
    "در آتش‌سوزی یک ساختمان مسکونی در تهران سه نفر جانشان را از دست دادند.",
])
def test_accidents_and_floods_are_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- an attack by someone's loyalists; a former head of state is no longer his state's side ---------------------------

@pytest.mark.parametrize("sentence, day, source, target", [
    ("وفاداران به محمد مرسی به مقر پلیس مصر در قاهره حمله کردند.", "2013-08-15", "mohamed-morsi", "EGY"),
    ("در حمله وفاداران به محمد مرسی به یک کلانتری در جیزه پنج مامور پلیس جانشان را از دست دادند.", "2013-08-15",
     "mohamed-morsi", "EGY"),
    ("در حمله نیروهای وفادار به علی عبدالله صالح به کاخ ریاست جمهوری در عدن دست کم ۹ نفر کشته شدند.", "2015-03-25",
     "ali-abdullah-saleh", "YEM"),
    ("هواداران مسلح علی عبدالله صالح دیروز به ارتش یمن حمله کردند.", "2015-04-02", "ali-abdullah-saleh", "YEM"),
])
def test_loyalists_fight_for_a_leader_out_of_office(sentence, day, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target), day=day)


@pytest.mark.parametrize("sentence", [
    "وفاداران به باشگاه پرسپولیس به ورزشگاه آزادی رفتند.",
    "وفاداران به این برند هر سال به نمایشگاه خودرو می‌آیند.",
])
def test_loyal_fans_are_no_armed_camp(sentence, kb):
    for etype in ("ASSAULT", "CONSULT"):
        assert_not_coded(sentence, kb, etype)


def test_a_sitting_president_still_serves_his_state(kb):
    # in office on the day, his state's army is his own side: no attack of his on it
    assert_not_coded("علی عبدالله صالح به ارتش یمن حمله کرد.", kb, "ASSAULT", day="2010-06-01")


# --- driven back after a verb of success, or with a relative clause on the object --------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("ارتش سوریه موفق شد شبه‌نظامیان داعش را از حومه شهر حلب عقب براند.", "syrian-arab-army", "islamic-state"),
    ("ارتش عراق شبه‌نظامیان داعش را که از شهر موصل آمده بودند از حومه تکریت عقب راندند.", "iraqi-army", "islamic-state"),
    ("نیروهای دولتی یمن با تانک موفق شدند حوثی‌ها را که از صنعا آمده بودند از بخش‌هایی از شهر تعز عقب برانند.",
     "YEM", "houthis"),
])
def test_driven_back(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target), day="2016-05-10")


@pytest.mark.parametrize("sentence", [
    "دولت موفق شد تورم را از سطح چهل درصد عقب براند.",
    "پلیس راهور موفق شد خودروها را از حاشیه بزرگراه عقب براند.",
])
def test_driving_back_inflation_or_cars_is_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- a former or lawful office, resolved -----------------------------------------------------------------------------

def _roles(text: str, kb, day: str):
    doc = RawDocument(source="t.txt", text=text + " به گزارش خبرگزاری مهر، ناظران این رویداد را مهم دانستند.",
                      published=f"{day}T10:00:00+03:30")
    return {r.text: r.kb_id for r in annotate_document(doc, kb).roles}


@pytest.mark.parametrize("text, day, phrase, person", [
    ("هواداران رئیس جمهوری پیشین مصر در قاهره تظاهرات کردند. محمد مرسی از سال ۲۰۱۳ در زندان است.", "2015-06-01",
     "رئیس جمهوری پیشین مصر", "mohamed-morsi"),
    ("نیروهای وفادار به رییس جمهوری پیشین یمن در عدن مستقر شدند. علی عبدالله صالح با حوثی‌ها متحد شده است.",
     "2015-03-20", "رییس جمهوری پیشین یمن", "ali-abdullah-saleh"),
])
def test_former_office_is_the_former_holder_the_article_names(text, day, phrase, person, kb):
    assert _roles(text, kb, day).get(phrase) == person


def test_former_office_with_no_holder_named_stays_the_office(kb):
    roles = _roles("رئیس جمهوری پیشین مصر در قاهره سخنرانی کرد.", kb, "2015-06-01")
    assert roles.get("رئیس جمهوری پیشین مصر") is None, roles


@pytest.mark.parametrize("text, day, phrase, person", [
    ("حوثی‌ها صنعا را گرفتند و رئیس جمهوری قانونی این کشور به عدن رفت.", "2015-03-01",
     "رئیس جمهوری قانونی این کشور", "abdrabbuh-mansur-hadi"),
    ("معترضان در اوکراین خواستار کناره‌گیری رئیس جمهوری قانونی این کشور شدند.", "2014-01-10",
     "رئیس جمهوری قانونی این کشور", "viktor-yanukovych"),
])
def test_lawful_office_of_the_state_named_before(text, day, phrase, person, kb):
    assert _roles(text, kb, day).get(phrase) == person
