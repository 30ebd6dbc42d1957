"""Session 27 (slice P): where events happened. Matched dev events whose place differed from the gold's, by cause; each
cause written anew (other people, states, places), with guards for the sentences that must keep their place or none:

- a headline named the state, the body a city of it, and the merged event kept the state;
- a meeting placed in a state kept the state though the article told the visitor leaving for or arriving in its city
  ("عازم X شد", "وارد X شد");
- a trip told with the traveller's name and office between "سفر" and "به X" was not the meeting's destination;
- a meeting announced for later ("... در X دیدار می‌کند / خواهد کرد") got no place at all;
- a withdrawal got no place, though it happened where it left ("از X عقب‌نشینی کرد", "نیروهایش را از X خارج کرد");
- a spot on a border ("در نقطه صفر مرزی شهرستان X") and a place noun with its ezafe written out ("در منطقه‌ی X",
  "در منطقهی X") hid the place after them;
- Dari "ولسوالی هیرمند" for Iran's Hirmand County, and Taftan County, Sirkan and Kummabza, were not in the knowledge
  base."""

from __future__ import annotations

import pytest

from tests.event_text import found_of_type, shown


def _place(text, kb, etype):
    found, events = found_of_type(text, kb, None, etype)
    assert found, shown(events)
    return found[0].location_id, events


# --- the finer place of two reports ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("یک فرمانده الشباب در حمله هوایی آمریکا در سومالی کشته شد. فرماندهی آفریکام اعلام کرد یک فرمانده الشباب در "
     "حمله هوایی نیروهای آمریکایی در موگادیشو، پایتخت سومالی کشته شده است.", "mogadishu"),
    ("یک فرمانده داعش در حمله هوایی ارتش عراق در سوریه کشته شد. ارتش عراق اعلام کرد یک فرمانده داعش در حمله هوایی "
     "ارتش عراق در دیرالزور کشته شده است.", "deir-ez-zor"),
])
def test_city_of_the_state_another_report_names(text, place, kb):
    assert any(e.location_id == place for e in found_of_type(text, kb, None, "ASSAULT")[0]), \
        shown(found_of_type(text, kb, None, "ASSAULT")[1])


def test_city_of_another_state_is_not_finer(kb):
    text = ("یک فرمانده حماس در حمله اسرائیل در لبنان کشته شد. ارتش اسرائیل اعلام کرد یک فرمانده حماس در حمله "
            "پهپادی نیروهای اسرائیلی در دمشق کشته شده است.")
    place, events = _place(text, kb, "ASSAULT")
    assert place == "LBN", shown(events)


# --- a meeting in a state: the city the visitor left for or arrived in ---------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("وزیر خارجه قطر در جریان سفر به عراق با همتای عراقی خود دیدار کرد. به گزارش الجزیره، وی صبح امروز در راس "
     "هیاتی عازم بغداد شد.", "baghdad"),
    ("رئیس‌جمهور ترکمنستان در سفر به ازبکستان با رئیس‌جمهور این کشور دیدار کرد. به گزارش ایرنا، او دیروز وارد "
     "تاشکند شد.", "tashkent"),
])
def test_meeting_in_the_city_reached(text, place, kb):
    got, events = _place(text, kb, "CONSULT")
    assert got == place, shown(events)


def test_city_left_for_afterwards_is_not_the_meeting_place(kb):
    text = ("وزیر خارجه قطر در جریان سفر به عراق با همتای عراقی خود دیدار کرد. به گزارش الجزیره، وی پس از این سفر "
            "عازم دوحه شد.")
    got, events = _place(text, kb, "CONSULT")
    assert got == "IRQ", shown(events)


# --- a trip told with the traveller named between "سفر" and "به X" ---------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("وانگ یی وزیر خارجه چین روز دوشنبه با سرگئی لاوروف دیدار کرد. سفر سرگئی لاوروف وزیر خارجه روسیه به پکن از "
     "روز یکشنبه آغاز شده است.", "beijing"),
    ("اردوغان روز پنجشنبه با پزشکیان دیدار کرد. سفر مسعود پزشکیان رئیس‌جمهور ایران به آنکارا دو روز به طول "
     "انجامید.", "ankara"),
])
def test_meeting_where_a_named_party_travelled(text, place, kb):
    got, events = _place(text, kb, "CONSULT")
    assert got == place, shown(events)


def test_another_persons_trip_is_not_the_meeting_place(kb):
    text = ("وانگ یی وزیر خارجه چین روز دوشنبه با سرگئی لاوروف دیدار کرد. سفر ولادیمیر پوتین رئیس‌جمهور روسیه به "
            "پکن از هفته آینده آغاز می‌شود.")
    got, events = _place(text, kb, "CONSULT")
    assert got is None, shown(events)


# --- a meeting announced for later, with its place ---------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("سخنگوی وزارت خارجه گفت عراقچی فردا در دوحه با نخست‌وزیر قطر دیدار می‌کند.", "doha"),
    ("دفتر رئیس‌جمهور اعلام کرد پزشکیان هفته آینده در مسکو با ولادیمیر پوتین دیدار خواهد کرد.", "moscow"),
])
def test_planned_meeting_has_its_place(text, place, kb):
    got, events = _place(text, kb, "CONSULT")
    assert got == place, shown(events)


def test_where_a_plan_was_announced_is_not_its_place(kb):
    got, events = _place("پزشکیان در تهران گفت که هفته آینده با ولادیمیر پوتین دیدار خواهد کرد.", kb, "CONSULT")
    assert got is None, shown(events)


# --- a withdrawal happened where it left -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("ارتش آمریکا نیروهای خود را از نیجر خارج کرد.", "NER"),
    ("ارتش اسرائیل نیروهای خود را از شهر خان یونس خارج کرد.", "khan-yunis"),
])
def test_withdrawal_from_a_place(text, place, kb):
    got, events = _place(text, kb, "RETREAT")
    assert got == place, shown(events)


@pytest.mark.parametrize("text", [
    "شرکت رنو از بازار روسیه خارج شد.",  # a firm leaving a market
    "تیم ملی فوتبال ایران از تهران عازم دوحه شد.",  # a team on its way
])
def test_leaving_in_everyday_words_codes_nothing(text, kb):
    _, events = found_of_type(text, kb, None, "RETREAT")
    assert not [e for e in events if e.type in ("RETREAT", "CONSULT")], shown(events)


# --- a spot on a border, a place noun with its ezafe written out --------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("مرزبانان ایران و طالبان بامداد امروز در نقطه صفر مرزی شهرستان زابل درگیر شدند.", "county-zabol"),
    ("مرزبانان پاکستان و افغانستان دیروز در نقطه صفر مرزی ولایت خوست درگیر شدند.", "province-khost"),
    ("افراد مسلح به یک پاسگاه پلیس در منطقه‌ی راسک حمله کردند.", "rask"),
    ("افراد مسلح به یک پاسگاه پلیس در منطقهی سراوان حمله کردند.", "saravan"),
])
def test_place_after_a_border_spot_or_an_ezafe(text, place, kb):
    got, events = _place(text, kb, "ASSAULT")
    assert got == place, shown(events)


def test_a_point_in_a_speech_is_no_place(kb):
    _, events = found_of_type("او در نقطه‌ای از سخنانش به وضعیت مردم زابل اشاره کرد.", kb, None, "ASSAULT")
    assert not events, shown(events)


# --- places the knowledge base lacked ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, etype, place", [
    ("مرزبانان طالبان و ایران دیروز در ولسوالی هیرمند درگیر شدند.", "ASSAULT", "hirmand-county"),
    ("افراد مسلح شب گذشته در تفتان به یک پاسگاه پلیس حمله کردند.", "ASSAULT", "taftan-county"),
    ("افراد ناشناس به یک پایگاه بسیج در منطقه سیرکان حمله کردند.", "ASSAULT", "sirkan"),
    ("شبه‌نظامیان بوکوحرام ده‌ها روستایی را در روستای کومابزا ربودند.", "ASSAULT", "kummabza"),
])
def test_places_added(text, etype, place, kb):
    got, events = _place(text, kb, etype)
    assert got == place, shown(events)
