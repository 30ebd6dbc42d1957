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
  "رئیس جمهوری قانونی این کشور" ("the lawful president") lost "این کشور" and became the outlet's state's president;
- "هراس‌افکن" ("terror-spreading"), the Afghan outlets' and foreign services' word for "terrorist", was no designation
  ("با قرار دادن X در فهرست سازمان‌های هراس‌افکن موافقت کرد" was coded an agreement with X);
- residents leaving their homes ("خانه و کاشانه خود را رها کرده‌اند") was coded a release of captives;
- a manager named by his department ("علی اشرف جلیلی مدیریت جهاد کشاورزی شهرستان X هشدار داد") was no person, so
  his statements had no speaker;
- "بر اساس اظهارات X، ..." ("according to X's remarks") opened no statement of X's;
- the place of what an act reacts to ("در واکنش به سرکوب اعتراض‌ها در ایران، ...") was taken for the act's place;
- protesters named by their city ("کسبه و بازاریان تهران ... دست به اعتصاب زدند") gave the protest no place."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded, quote_said, reported_events, reported_quotes

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


# --- "هراس‌افکن" for "terrorist" --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("وزیران خارجه اتحادیه اروپا با قرار دادن حزب‌الله در فهرست سازمان‌های هراس‌افکن موافقت کردند.", "european-union",
     "hezbollah"),
    ("آمریکا حزب‌الله را سازمان هراس‌افکن اعلام کرد.", "USA", "hezbollah"),
])
def test_terror_spreading_is_terrorist(sentence, source, target, kb):
    assert_coded(sentence, kb, ("SANCTION", source, target))
    assert_not_coded(sentence, kb, "AGREE")


@pytest.mark.parametrize("sentence", [
    "این فیلم هراس‌افکن در فهرست پرفروش‌ترین فیلم‌های سال قرار گرفت.",
    "کارگردان با ساختن صحنه‌های هراس‌افکن تماشاگران را شگفت‌زده کرد.",
])
def test_a_frightening_film_is_no_designation(sentence, kb):
    assert_not_coded(sentence, kb, "SANCTION")


# --- homes left behind are no release ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "جمعیت زیادی از ساکنان خارکیف از ترس جنگ و حملات هوایی روسیه خانه و کاشانه خود را رها کرده اند.",
    "شمار زیادی از ساکنان موصل از ترس جنگ و حملات هوایی آمریکا خانه و کاشانه خود را رها کرده‌اند.",
    "گروهی از ساکنان دونتسک از ترس جنگ و حملات توپخانه‌ای اوکراین منازل خود را رها کردند.",
])
def test_homes_left_behind_are_no_release(sentence, kb):
    assert_not_coded(sentence, kb, "RETREAT")


def test_captives_are_still_released(kb):
    assert_coded("طالبان پنج سرباز پاکستانی را از زندان رها کردند.", kb, ("RETREAT", "taliban", "PAK"))


# --- statements of a manager named by his department, or told "بر اساس اظهارات X" ------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("محمد اشرف جلیلی مدیریت منابع طبیعی شهرستان ملایر گفت آتش‌سوزی جنگل مهار شد.", "آتش‌سوزی جنگل مهار شد",
     "Mohammad Ashraf Jalili"),
    ("بهمن شاه‌کرمی مدیریت منابع طبیعی شهرستان ملایر گفت آتش‌سوزی جنگل مهار شد.", "آتش‌سوزی جنگل مهار شد",
     "Bahman Shah-Karami"),
])
def test_manager_named_by_department_speaks(text, starts, speaker, kb):
    quotes = reported_quotes(text, kb)
    assert quote_said(quotes, starts, speaker), [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("text", [
    "مدیریت جهاد کشاورزی شهرستان ملایر اعلام کرد که برداشت گندم آغاز شده است.",
    "شرکت با مدیریت بحران و مدیریت منابع آب در استان همدان موافقت کرد.",
])
def test_management_with_no_name_before_is_no_person(text, kb):
    doc = RawDocument(source="t.txt", text=text + " به گزارش خبرنگار ما، این موضوع پیگیری می‌شود.",
                      published="2024-05-01T10:00:00+03:30")
    people = [m.name for m in annotate_document(doc, kb).entities if m.type == "PERSON"]
    assert not people, people


@pytest.mark.parametrize("text, starts, speaker", [
    ("بر اساس اظهارات محمد جواد ظریف، وزیر خارجه پیشین ایران، مذاکرات با اروپا به بن‌بست رسیده است.",
     "مذاکرات با اروپا به بن", "mohammad-javad-zarif"),
    ("طبق اظهارات ذبیح‌الله مجاهد، سخنگوی طالبان، هیچ گروه خارجی در افغانستان فعالیت نمی‌کند.",
     "هیچ گروه خارجی در افغانستان", "zabihullah-mujahid"),
])
def test_according_to_remarks(text, starts, speaker, kb):
    quotes = reported_quotes(text, kb)
    assert quote_said(quotes, starts, speaker), [(q.speaker_id, q.text) for q in quotes]


def test_remarks_without_a_speaker_open_no_statement(kb):
    quotes = reported_quotes("بر اساس اظهارات ضد و نقیض، قیمت طلا در بازار تهران کاهش یافت.", kb)
    assert not quotes, [(q.speaker, q.text) for q in quotes]


# --- the place of what an act reacts to is not the act's ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, etype, wrong_place", [
    ("اتحادیه اروپا روز پنجشنبه در واکنش به سرکوب اعتراض‌ها در ایران، با قرار دادن سپاه پاسداران در فهرست "
     "سازمان‌های تروریستی موافقت کرد.", "SANCTION", "IRN"),
    ("بریتانیا در اعتراض به بازداشت روزنامه‌نگاران در ونزوئلا، تحریم‌های تازه‌ای علیه کاراکاس اعمال کرد.", "SANCTION",
     "VEN"),
])
def test_reaction_cause_place_is_not_the_acts(sentence, etype, wrong_place, kb):
    found = [e for e in reported_events(sentence, kb) if e.type == etype]
    assert found and all(e.location_id != wrong_place for e in found), [(e.type, e.location_id) for e in found]


def test_place_of_the_act_itself_stays(kb):
    sentence = "ارتش اسرائیل در واکنش به شلیک موشک از غزه، مواضع حماس در خان یونس را بمباران کرد."
    found = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert any(e.location_id == "khan-yunis" for e in found), [(e.type, e.location_id) for e in found]


# --- protesters named by their city protest there ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("جمعی از کسبه و بازاریان اصفهان در اعتراض به افزایش قیمت ارز دست به اعتصاب زدند.", "isfahan"),
    ("مردم زاهدان در اعتراض به گرانی تظاهرات کردند.", "zahedan"),
    ("بازنشستگان اهواز مقابل استانداری تجمع کردند.", "ahvaz"),
])
def test_protesters_city_is_the_place(sentence, place, kb):
    found = [e for e in reported_events(sentence, kb) if e.type == "PROTEST"]
    assert any(e.location_id == place for e in found), [(e.type, e.location_id) for e in found]


def test_a_place_of_the_clause_wins_over_the_crowds_city(kb):
    found = [e for e in reported_events("کارگران اهواز مقابل مجلس در تهران تجمع کردند.", kb) if e.type == "PROTEST"]
    assert found and all(e.location_id == "tehran" for e in found), [(e.type, e.location_id) for e in found]


def test_a_crowd_at_a_match_is_no_protest(kb):
    assert_not_coded("مردم تبریز در دیدار فوتبال تراکتور و سپاهان شعار دادند.", kb, "PROTEST")
