"""Event coding on short articles written for these tests: one pattern family each."""

import pytest

from rasad.pipeline import annotate_document
from rasad.records import RawDocument


def _events(text, kb, published="2024-10-06T10:00:00+03:30"):
    doc = RawDocument(source="t.txt", text="به گزارش خبرگزاری ایرنا، " + text, published=published)
    return annotate_document(doc, kb).events


def _find(events, etype):
    return [e for e in events if e.type == etype]


def test_phone_call_has_no_place_and_resolves_the_counterpart(kb):
    (call,) = _find(_events("عباس عراقچی وزیر امور خارجه کشورمان شامگاه شنبه در تماس تلفنی با همتای ترکیه‌ای خود درباره "
                            "تحولات لبنان گفت‌وگو کرد.", kb), "CONSULT")
    assert call.mode == "phone" and call.cameo == "041" and call.location is None
    assert {"Abbas Araghchi", "Hakan Fidan"} == set(call.source) | set(call.target)
    assert (call.date, call.date_precision) == ("2024-10-05", "relative")


def test_condemning_an_attack_targets_the_attacker(kb):
    events = _events("ناصر کنعانی سخنگوی وزارت امور خارجه حمله هوایی رژیم صهیونیستی به ساختمان کنسولگری ایران در دمشق "
                     "را به شدت محکوم کرد.", kb, "2024-04-02T10:00:00+03:30")
    (acc,) = _find(events, "ACCUSE")
    assert acc.source == ["Nasser Kanaani"] and acc.target == ["Israel"] and acc.location is None


def test_arrest_and_sanction(kb):
    events = _events("پلیس ترکیه امروز ۳۳ نفر را به اتهام جاسوسی برای موساد بازداشت کرد.", kb, "2024-01-02T10:00:00+03:30")
    (arrest,) = _find(events, "COERCE")
    assert arrest.source == ["Turkey"] and arrest.target == ["Mossad"] and arrest.mode == "arrest"
    events = _events("اتحادیه اروپا امروز شماری از شرکت‌های هواپیمایی ایرانی را تحریم کرد.", kb, "2024-10-14T10:00:00+03:30")
    (sanction,) = _find(events, "SANCTION")
    assert sanction.source == ["European Union"] and sanction.target == ["Iran"]


def test_multilateral_meeting(kb):
    events = _events("علی باقری کنی سرپرست وزارت امور خارجه امروز در نشست فوق‌العاده سازمان همکاری اسلامی در جده شرکت کرد.",
                     kb, "2024-08-07T10:00:00+03:30")
    (meet,) = _find(events, "CONSULT")
    assert meet.mode == "multilateral" and meet.source == ["Ali Bagheri Kani"]
    assert meet.target == ["Organisation of Islamic Cooperation"] and meet.location == "Jeddah"


@pytest.mark.parametrize("text", [
    "دیدار دو تیم پرسپولیس و استقلال امروز در ورزشگاه آزادی برگزار شد و حمله‌های دو تیم نتیجه‌ای نداشت.",
    "وزیر فرهنگ امروز نمایشگاه کتاب تهران را افتتاح کرد و از غرفه‌های ناشران بازدید کرد.",
])
def test_no_events_from_sport_or_culture(text, kb):
    assert _events(text, kb) == []


def test_loaded_words_code_neutrally(kb):
    a = _events("سخنگوی وزارت امور خارجه حملات رژیم صهیونیستی به غزه را محکوم کرد.", kb)
    b = _events("سخنگوی وزارت امور خارجه حملات اسرائیل به غزه را محکوم کرد.", kb)
    assert [(e.type, e.target) for e in a] == [(e.type, e.target) for e in b] == [("ACCUSE", ["Israel"])]
