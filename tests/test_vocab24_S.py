"""Session 24 (slice S, third wave): meetings, visits and welcomes that earlier helpers found coded with the wrong
parties on real pages — a state named inside the meeting's topic ("درباره وضعیت ... در افغانستان") taken as where
they met, which turned a meeting into a visit with the parties reversed or a "third-party" meeting; "در محل وزارت
خارجه این کشور" read as the state of the bare ministry (linked by default) instead of the state named before; a trip
to several states ("به کشورهای X و Y", "به X، Y و Z") kept only the first; a trip announced with the visitor named
at length ("از سفر روز یکشنبه X وزیر ... در راس هیأتی به ... خبر داد"); states listed with the comma left out ("قطر
امارات و مصر"); a seat after "در" ("به دیدار X در کاخ سفید") taken as a second host; a welcome ceremony told as a
noun with the host as its genitive ("مراسم استقبال رسمی X از Y"); a host named with two offices between commas;
a state "welcomed" by its own ministry; a rank ("و ارتشبد/سرلشکر Y") before the next person met. Each case is
written anew (other actors, places, tenses); the guards are everyday sentences with the same words that report no
such event, or keep the parties they had."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


def _consult(sentence, kb, published="2024-07-20T10:00:00+03:30"):
    return [e for e in reported_events(sentence, kb, published) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence,expected", [
    # a trip to several states: every state listed
    ("رجب طیب اردوغان هفته گذشته در سفری سه روزه به کشورهای قطر و کویت رفت.",
     ("CONSULT", "recep-tayyip-erdogan", "KWT")),
    ("ولادیمیر پوتین به ترکیه، عراق و مصر سفر کرد.", ("CONSULT", "vladimir-putin", "EGY")),
    # a trip announced, the visitor named with a long office and a delegation
    ("سخنگوی وزارت خارجه روسیه از سفر روز دوشنبه سرگئی لاوروف وزیر امور خارجه فدراسیون روسیه در راس هیأتی به قطر "
     "خبر داد.", ("CONSULT", "sergey-lavrov", "QAT")),
    # states listed with the comma left out
    ("کشورهای اروپایی فرانسه آلمان و ایتالیا حمله اسرائیل به غزه را محکوم کردند.", ("ACCUSE", "DEU", "ISR")),
    # a welcome ceremony as a noun, the host its genitive, the guest after "از"
    ("مراسم استقبال رسمی ولادیمیر پوتین از رجب طیب اردوغان صبح امروز در کرملین برگزار شد.",
     ("CONSULT", "recep-tayyip-erdogan", "vladimir-putin")),
    # a host named with two offices between commas
    ("امیر قطر در بغداد مورد استقبال محمد شیاع السودانی، نخست‌وزیر و رئیس شورای عالی سرمایه‌گذاری عراق، قرار گرفت.",
     ("CONSULT", "tamim-bin-hamad-al-thani", "mohammed-shia-al-sudani")),
    # a rank before the next person met
    ("ناصر کنعانی با محمد شیاع السودانی و سرلشکر عبدالامیر یاراللهی رئیس ستاد ارتش عراق دیدار کرد.",
     ("CONSULT", "nasser-kanaani", "abdul-amir-yarallah")),
])
def test_meeting_parties(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_topic_state_is_not_the_place(kb):
    # "درباره ... در سوریه": the topic's state, not where they met (no third-party meeting in Syria)
    found = _consult("سرگئی لاوروف با هاکان فیدان درباره تحولات اخیر در سوریه گفت‌وگو کرد.", kb)
    assert found and all(e.cameo != "044" and e.location_id != "SYR" for e in found), \
        [(e.mode, e.cameo, e.location_id) for e in found]


def test_topic_state_does_not_reverse_the_parties(kb):
    found = _consult("امیرخان متقی با هاکان فیدان، وزیر امور خارجه ترکیه در اجلاس سازمان همکاری اسلامی درباره "
                     "وضعیت امنیتی در افغانستان گفت‌وگو کرد.", kb)
    assert found and all(e.source_ids == ["amir-khan-muttaqi"] for e in found), [(e.source_ids, e.target_ids) for e in found]


def test_this_country_after_a_bare_ministry(kb):
    # "در محل وزارت خارجه این کشور": the state named before (Russia), so the guest is the subject
    found = _consult("عباس عراقچی با سرگئی لاوروف، وزیر امور خارجه روسیه در محل وزارت خارجه این کشور دیدار کرد.", kb)
    assert found and all(e.source_ids == ["abbas-araghchi"] for e in found), [(e.source_ids, e.target_ids) for e in found]


def test_seat_after_host_is_no_host(kb):
    found = _consult("امانوئل ماکرون ماه آینده به دیدار جو بایدن در کاخ سفید خواهد رفت.", kb)
    assert found and all("white-house" not in e.target_ids and "joe-biden" in e.target_ids for e in found), \
        [(e.source_ids, e.target_ids) for e in found]


def test_state_welcomed_by_its_own_ministry_is_no_visit(kb):
    found = _consult("این هیأت به دعوت وزارت امور خارجه ایران وارد تهران شد و مورد استقبال مقامات این وزارتخانه "
                     "قرار گرفت.", kb)
    assert not any(e.source_ids == ["IRN"] and "ministry-of-foreign-affairs-iran" in e.target_ids for e in found), \
        [(e.source_ids, e.target_ids) for e in found]


def test_adviser_in_kb(kb):
    found = _consult("احمد داود اوغلو در اسلام‌آباد با سرتاج عزیز مشاور نخست وزیر پاکستان دیدار کرد.", kb,
                     "2015-03-01T10:00:00+03:30")
    assert any("sartaj-aziz" in e.target_ids for e in found), [(e.source_ids, e.target_ids) for e in found]


# guards: the same words, no such event or the parties kept
def test_guard_city_in_clause_is_the_place(kb):
    found = _consult("سرگئی لاوروف در آنکارا با هاکان فیدان درباره وضعیت سوریه گفت‌وگو کرد.", kb)
    assert found and found[0].location_id == "ankara" and found[0].mode == "visit", \
        [(e.mode, e.location_id) for e in found]


def test_guard_state_object_list(kb):
    # "ترکیه سوریه و عراق را": a subject and a listed object, not three subjects
    events = reported_events("ترکیه سوریه و عراق را به همکاری دعوت کرد.", kb)
    assert events and all(e.source_ids == ["TUR"] for e in events), [(e.type, e.source_ids, e.target_ids) for e in events]


def test_guard_trip_then_other_clause(kb):
    found = _consult("ولادیمیر پوتین به ترکیه سفر کرد و با اردوغان دیدار کرد.", kb)
    assert found and all(set(e.target_ids) <= {"TUR", "recep-tayyip-erdogan"} for e in found), \
        [(e.source_ids, e.target_ids) for e in found]


@pytest.mark.parametrize("sentence", [
    "مراسم استقبال رسمی از نوروز در شهر برگزار شد.",
    "مراسم استقبال رسمی از کاروان ورزشکاران المپیک در فرودگاه برگزار شد.",
])
def test_guard_no_meeting(kb, sentence):
    assert_not_coded(sentence, kb, "CONSULT")


def test_guard_host_kept_in_white_house(kb):
    assert_coded("بنیامین نتانیاهو با جو بایدن در کاخ سفید دیدار کرد.", kb,
                 ("CONSULT", "benjamin-netanyahu", "joe-biden"))
