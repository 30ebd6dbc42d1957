"""Event coding on short articles written for these tests: one pattern family each."""

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import events_of
from tests.event_text import of_type as _find


def _events(text, kb, published="2024-10-06T10:00:00+03:30"):
    return events_of(text, kb, published)


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


def _article(text, kb, published):
    """A whole article: its text as scraped, headline and lead first."""
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb).events


def test_a_rejection_of_this_decision_targets_whoever_made_it(kb):
    events = _events("اتحادیه اروپا روز دوشنبه شماری از نهادهای ایرانی را تحریم کرد. اسماعیل بقائی سخنگوی وزارت امور "
                     "خارجه امروز این تصمیم را رد کرد. وی همچنین این تحریم‌ها را به شدت محکوم کرد.", kb,
                     "2024-10-15T10:00:00+03:30")
    (reject,) = _find(events, "REJECT")
    assert reject.source == ["Esmaeil Baghaei"] and reject.target == ["European Union"]
    (condemn,) = _find(events, "ACCUSE")
    assert condemn.target == ["European Union"] and condemn.date == "2024-10-15"


def test_a_denial_answers_the_accuser(kb):
    events = _events("بنیامین نتانیاهو شامگاه شنبه حزب‌الله را به شلیک راکت متهم کرد. حزب‌الله لبنان شامگاه شنبه "
                     "هرگونه دخالت در این حادثه را رد کرد.", kb, "2024-07-28T10:00:00+03:30")
    (reject,) = _find(events, "REJECT")
    assert reject.source == ["Hezbollah"] and reject.target == ["Benjamin Netanyahu"]


def test_condemning_an_assassination_targets_the_assassin_named_elsewhere(kb):
    events = _events("اسماعیل هنیه رئیس دفتر سیاسی جنبش حماس بامداد امروز در تهران هدف حمله قرار گرفت. جنبش حماس در "
                     "بیانیه‌ای رژیم صهیونیستی را عامل این ترور دانست. رجب طیب اردوغان ترور اسماعیل هنیه را محکوم کرد.", kb,
                     "2024-07-31T12:00:00+03:30")
    (attack,) = _find(events, "ASSAULT")
    assert attack.source == ["Israel"] and attack.target == ["Ismail Haniyeh"] and attack.location == "Tehran"
    (condemn,) = [e for e in _find(events, "ACCUSE") if e.rule == "accuse.condemn"]
    assert condemn.source == ["Recep Tayyip Erdoğan"] and condemn.target == ["Israel"]
    (blame,) = [e for e in _find(events, "ACCUSE") if e.rule == "accuse.blame"]  # "X را عامل این ترور دانست"
    assert blame.source == ["Hamas"] and blame.target == ["Israel"]


def test_a_passive_attack_without_a_named_attacker_is_not_coded(kb):
    events = _events("اسماعیل هنیه بامداد امروز در تهران هدف حمله قرار گرفت.", kb, "2024-07-31T12:00:00+03:30")
    assert _find(events, "ASSAULT") == []


def test_a_threat_against_these_attacks_aims_at_the_attackers(kb):
    events = _events("نیروهای آمریکایی و انگلیسی شامگاه شنبه ۳۶ هدف متعلق به انصارالله را هدف حملات هوایی قرار دادند. "
                     "محمد عبدالسلام سخنگوی انصارالله گفت: این تجاوزات بی‌پاسخ نخواهد ماند.", kb,
                     "2024-02-04T10:00:00+03:30")
    (attack,) = _find(events, "ASSAULT")
    assert "United Kingdom" in attack.source and attack.target == ["Houthis"] and attack.date == "2024-02-03"
    (threat,) = _find(events, "THREATEN")
    assert threat.source == ["Mohammed Abdulsalam"] and set(threat.target) == set(attack.source)


def test_thanks_for_a_courtesy_and_a_planned_meeting_are_no_events(kb):
    events = _events("مسعود پزشکیان با قدردانی از تبریک رجب طیب اردوغان گفت روابط دو کشور گسترش می‌یابد. "
                     "محمد شیاع السودانی قرار است در جریان این سفر با رهبر معظم انقلاب اسلامی دیدار کند.", kb)
    assert events == []


def test_a_request_to_stop_fighting_between_two_sides_targets_both(kb):
    events = _events("آنتونیو گوترش دبیرکل سازمان ملل متحد روز دوشنبه در نیویورک گفت: نباید اجازه دهیم لبنان به غزه‌ای "
                     "دیگر تبدیل شود. گوترش خواستار توقف فوری درگیری‌ها میان رژیم صهیونیستی و حزب‌الله و بازگشت به "
                     "مسیر دیپلماسی شد.", kb, "2024-09-24T10:00:00+03:30")
    (request,) = _find(events, "REQUEST")
    assert request.target == ["Israel", "Hezbollah"]
    assert (request.date, request.date_precision) == ("2024-09-23", "relative")  # the speaker's run of sentences


def test_aid_named_as_cargo(kb):
    events = _events("دو هواپیمای حامل کمک‌های قطر برای غزه امروز در العریش به زمین نشست.", kb, "2023-10-22T10:00:00+03:30")
    (aid,) = _find(events, "AID")
    assert aid.source == ["Qatar"] and aid.target == ["Palestine"] and aid.mode == "humanitarian"


def test_the_headline_joins_the_bodys_dated_event(kb):
    text = ("آمریکا انصارالله را دوباره در فهرست گروه‌های تروریستی قرار داد\n\n"
            "به گزارش ایسنا، آنتونی بلینکن وزیر امور خارجه آمریکا روز چهارشنبه اعلام کرد واشنگتن جنبش انصارالله را "
            "بار دیگر در فهرست گروه‌های تروریستی قرار داده است.")
    (sanction,) = _find(_article(text, kb, "2024-01-18T10:00:00+03:30"), "SANCTION")
    assert sanction.source == ["United States"] and sanction.target == ["Houthis"]
    assert sanction.date == "2024-01-17" and len(sanction.sentences) == 2  # dated by the announcement


def test_the_main_clause_after_a_concessive_one_has_the_subject(kb):
    events = _events("بنیامین نتانیاهو حزب‌الله را به شلیک راکت متهم کرد. در حالی که نخست‌وزیر رژیم صهیونیستی حزب‌الله "
                     "لبنان را عامل حمله می‌داند، این جنبش هرگونه دخالت در این حادثه را رد کرد.", kb)
    (reject,) = _find(events, "REJECT")
    assert reject.source == ["Hezbollah"] and reject.target == ["Benjamin Netanyahu"]


def test_a_spot_inside_a_city_places_the_event_in_the_city(kb):
    events = _events("هزاران نفر از مردم عراق امروز در میدان تحریر بغداد علیه حملات رژیم صهیونیستی تظاهرات کردند.", kb)
    (protest,) = _find(events, "PROTEST")
    assert protest.location == "Baghdad" and protest.lat is not None
    events = _events("عباس عراقچی امروز در فرودگاه بیروت با نجیب میقاتی نخست‌وزیر لبنان دیدار کرد.", kb)
    (meeting,) = _find(events, "CONSULT")
    assert meeting.location == "Beirut" and {"Abbas Araghchi", "Najib Mikati"} == set(meeting.source) | set(meeting.target)


def test_the_owner_of_a_building_in_a_city_is_the_target(kb):
    events = _events("جنگنده‌های رژیم صهیونیستی عصر امروز ساختمان بخش کنسولی سفارت ایران در دمشق را با چند موشک هدف "
                     "قرار دادند.", kb, "2024-04-01T22:00:00+03:30")
    (attack,) = _find(events, "ASSAULT")
    assert attack.source == ["Israel"] and attack.target == ["Iran"] and attack.location == "Damascus"


def test_our_country_is_the_reporting_outlets_state_but_not_after_a_role(kb):
    events = _events("سخنگوی وزارت امور خارجه حمله هوایی امروز رژیم صهیونیستی به بخش کنسولی سفارت کشورمان در دمشق را "
                     "محکوم کرد.", kb, "2024-04-01T22:00:00+03:30")
    (attack,) = _find(events, "ASSAULT")
    assert attack.source == ["Israel"] and attack.target == ["Iran"]
    events = _events("وزیر امور خارجه کشورمان امروز با همتای عمانی خود دیدار کرد.", kb)
    (meeting,) = _find(events, "CONSULT")
    assert {"Abbas Araghchi", "Badr bin Hamad Al Busaidi"} == set(meeting.source) | set(meeting.target)
