"""Session 23 (slice G): references real pages use instead of names. A state named after "کشورهای همسایه" or
"همسایگان" is not the actor (its neighbours are: "میزبان نشست کشورهای همسایه X" is no meeting with X), unless a
singular head stands in apposition ("کشور همسایه عراق" is Iraq); "رئیس‌جمهور منتخب X" is the one sworn in next,
not the sitting president a month on (a US president-elect waits some 75 days); the officialese "نامبرده" points
back to the person named before, as "وی" does. Each case is written anew (other actors, other details); the guards
are everyday sentences with the same words whose events stay as they were."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _coded(sentence, kb, published="2024-07-20T10:00:00+03:30"):
    return [(e.type, e.source_ids, e.target_ids) for e in reported_events(sentence, kb, published)]


def _has(sentence, kb, expected, published="2024-07-20T10:00:00+03:30"):
    etype, source, target = expected
    events = _coded(sentence, kb, published)
    assert any(t == etype and (source is None or source in s) and (target is None or target in g)
               for t, s, g in events), events


@pytest.mark.parametrize("sentence,state", [
    ("قطر میزبان نشست وزیران خارجه کشورهای همسایه عراق بود.", "IRQ"),
    ("ازبکستان هفته گذشته میزبان نشست وزیران خارجه همسایگان افغانستان بود.", "AFG"),
    ("وزیر خارجه ترکیه از همسایگان سوریه خواست به آوارگان کمک کنند.", "SYR"),
    ("روسیه از کشورهای همسایه اوکراین خواست از ارسال سلاح خودداری کنند.", "UKR"),
    ("پاکستان کشورهای همجوار افغانستان را به نشست اسلام‌آباد دعوت کرد.", "AFG"),
])
def test_session23_g_neighbours_are_not_the_state(kb, sentence, state):
    """The state whose neighbours are named is no party of the event."""
    events = _coded(sentence, kb)
    assert not [e for e in events if state in e[1] or state in e[2]], events


def test_session23_g_the_invited_are_the_bodies_named_not_the_host(kb):
    sentence = "وزارت امور خارجه عراق از شش کشور همسایه عراق و از اتحادیه عرب برای شرکت در نشست بغداد دعوت کرد."
    events = _coded(sentence, kb)
    assert not [e for e in events if e[0] == "AGREE" and "IRQ" in e[2]], events


@pytest.mark.parametrize("sentence,expected", [
    # a singular head in apposition: the neighbouring state itself
    ("عراقچی در سفر به کشور همسایه، پاکستان، با شهباز شریف دیدار کرد.", ("CONSULT", "abbas-araghchi", None)),
    ("پزشکیان در سفر به کشور همسایه عراق با نخست وزیر این کشور دیدار کرد.", ("CONSULT", "masoud-pezeshkian", None)),
    ("پاکستان همسایه افغانستان را به حمایت از تروریسم متهم کرد.", ("ACCUSE", "PAK", "AFG")),
    ("ایران، همسایه افغانستان، از طالبان خواست حقوق زنان را رعایت کند.", ("REQUEST", "IRN", None)),
])
def test_session23_g_neighbour_in_apposition_still_acts(kb, sentence, expected):
    _has(sentence, kb, expected)


@pytest.mark.parametrize("sentence,published,target", [
    ("بنیامین نتانیاهو با رئیس‌جمهور منتخب آمریکا تلفنی گفت‌وگو کرد و درباره تحولات منطقه رایزنی کرد.",
     "2024-11-10T10:00:00+03:30", "donald-trump"),
    ("جاستین ترودو با رئیس‌جمهور منتخب آمریکا تلفنی گفت‌وگو کرد و درباره تجارت دو کشور رایزنی کرد.",
     "2020-11-20T10:00:00+03:30", "joe-biden"),
    ("شینزو آبه با رئیس‌جمهور منتخب آمریکا در نیویورک دیدار کرد و درباره روابط دو کشور گفت‌وگو کرد.",
     "2016-11-18T10:00:00+03:30", "donald-trump"),
])
def test_session23_g_president_elect_is_the_one_sworn_in_next(kb, sentence, published, target):
    _has(sentence, kb, ("CONSULT", None, target), published)


@pytest.mark.parametrize("sentence,published,target", [
    # the sitting president, not the elect
    ("بنیامین نتانیاهو با رئیس‌جمهور آمریکا تلفنی گفت‌وگو کرد و درباره تحولات منطقه رایزنی کرد.",
     "2024-11-10T10:00:00+03:30", "joe-biden"),
    # an incumbent re-elected is still the elect
    ("ولادیمیر پوتین با رئیس‌جمهور منتخب ترکیه تلفنی گفت‌وگو کرد و پیروزی او را تبریک گفت.",
     "2023-05-30T10:00:00+03:30", "recep-tayyip-erdogan"),
])
def test_session23_g_sitting_or_reelected_president(kb, sentence, published, target):
    _has(sentence, kb, ("CONSULT", None, target), published)


@pytest.mark.parametrize("sentence,expected", [
    ("سرگئی لاوروف روز دوشنبه در مسکو سخنرانی کرد. نامبرده آمریکا را به دخالت در امور اوکراین متهم کرد.",
     ("ACCUSE", "sergey-lavrov", "USA")),
    ("هاکان فیدان صبح امروز در آنکارا با خبرنگاران گفت‌وگو کرد. نامبرده اسرائیل را به نقض آتش‌بس متهم کرد.",
     ("ACCUSE", "hakan-fidan", "ISR")),
])
def test_session23_g_officialese_pronoun(kb, sentence, expected):
    _has(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    # "نامبرده" with no person named before: no one
    "پلیس یک تبعه خارجی را در فرودگاه بازداشت کرد. نامبرده اسرائیل را به جاسوسی متهم کرد.",
])
def test_session23_g_officialese_pronoun_with_no_one_before(kb, sentence):
    events = _coded(sentence, kb)
    assert not [e for e in events if e[0] == "ACCUSE" and e[1] and e[1][0] not in (None, "IRN")], events


@pytest.mark.parametrize("sentence,state", [
    # a hosted meeting about a state is no visit by it
    ("تاشکند امروز میزبان نشست امنیتی منطقه‌ای در مورد افغانستان است.", "AFG"),
    ("ریاض روز دوشنبه میزبان نشستی درباره سودان بود.", "SDN"),
])
def test_session23_g_meeting_about_a_state_is_no_guest(kb, sentence, state):
    events = _coded(sentence, kb)
    assert not [e for e in events if e[0] == "CONSULT" and state in e[1]], events


@pytest.mark.parametrize("sentence,expected", [
    # a guest brought in after the topic, or named before it
    ("ریاض روز دوشنبه میزبان نشستی درباره سودان با حضور وزیر خارجه مصر بود.", ("CONSULT", None, "SAU")),
    ("عباس عراقچی در تهران میزبان وزیر خارجه عمان برای گفت‌وگو درباره یمن بود.", ("CONSULT", None, "abbas-araghchi")),
])
def test_session23_g_guest_beside_a_topic(kb, sentence, expected):
    _has(sentence, kb, expected)
