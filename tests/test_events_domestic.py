"""Event coding of domestic and legal news (branch domestic): resignations, arrests, dispersals, strikes."""

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import events_of
from tests.event_text import of_type as _find


def _events(text, kb, published="2019-06-07T10:00:00+04:30"):
    return events_of(text, kb, published)


def test_an_accepted_resignation_concedes_to_whoever_accepts_it(kb):
    events = _events("حسن روحانی رئیس‌جمهور با استعفای سید محمد بطحائی وزیر آموزش و پرورش موافقت کرد.", kb)
    (concede,) = _find(events, "CONCEDE")
    assert concede.source == ["Mohammad Bathaei"] and concede.target == ["Hassan Rouhani"]


def test_an_undated_resignation_goes_to_the_superior_the_article_names(kb):
    events = _events("محمد جواد ظریف استعفای خود را تقدیم مسعود پزشکیان کرده است.", kb, published=None)
    (concede,) = _find(events, "CONCEDE")
    assert concede.source == ["Mohammad Javad Zarif"] and concede.target == ["Masoud Pezeshkian"]


def test_a_crowd_dispersed_or_people_arrested_need_not_be_named(kb):
    (coerce,) = _find(_events("یگان ویژه با استفاده از باتوم و گاز اشک‌آور معترضان را متفرق کرد.", kb), "COERCE")
    assert coerce.source == ["Law Enforcement Command of Islamic Republic of Iran"] and coerce.target == []
    (arrest,) = _find(_events("وزارت اطلاعات اعضای یک تیم تروریستی را دستگیر کرد.", kb), "COERCE")
    assert arrest.source == ["Ministry of Intelligence (Iran)"] and arrest.mode == "arrest"


def test_passive_with_gardid_reads_as_shod(kb):
    events = _events("یک خبرنگار تلویزیون آرزو از سوی استخبارات طالبان بازداشت گردید.", kb)
    (arrest,) = _find(events, "COERCE")
    assert arrest.source == ["General Directorate of Intelligence (Afghanistan)"]


def test_strikes_of_unnamed_workers_and_no_ban_without_a_named_paper(kb):
    (strike,) = _find(_events("کامیون‌داران در چند استان ایران در اعتراض به مشکلات صنفی دست به اعتصاب زدند.", kb), "PROTEST")
    assert strike.source == [] and strike.mode == "strike"
    assert not _find(_events("استانداری تهران مدارس را به دلیل آلودگی هوا تعطیل کرد.", kb), "COERCE")


def test_bare_police_is_the_home_states_and_no_entity(kb):
    doc = RawDocument(source="t.txt", text="به گزارش خبرگزاری ایرنا، همچنین پلیس در سنندج برخی از لیدرهای اعتراضات را دستگیر کرد.",
                      published="2022-09-20T10:00:00+03:30")
    ann = annotate_document(doc, kb)
    (arrest,) = _find(ann.events, "COERCE")
    assert arrest.source == ["Law Enforcement Command of Islamic Republic of Iran"]
    assert "Law Enforcement Command of Islamic Republic of Iran" not in {e.name for e in ann.entities}
    (foreign,) = _find(_events("پلیس ترکیه امروز ۳۳ نفر را بازداشت کرد.", kb), "COERCE")
    assert foreign.source == ["Turkey"]


def test_police_clashing_at_home_attacks_no_state_and_a_court_sentences_in_the_passive(kb):
    events = _events("پلیس ضد شورش با نزدیک به ۳۰۰ معترض در نزدیکی مسجد قبا در شمال تهران درگیر شد.", kb)
    assert not [e for e in _find(events, "ASSAULT") if "Iran" in e.target]
    (sentence,) = _find(_events("این زندانی توسط دادگاه انقلاب به اعدام محکوم شد.", kb), "COERCE")
    assert sentence.source == ["Islamic Revolutionary Court"] and sentence.mode == "legal"


def test_a_supposed_act_in_the_perfect_subjunctive_is_no_event(kb):
    text = "سخنگوی قوه قضاییه گفت: انتشار خبری مبنی بر اینکه ما خبرنگاری را بازداشت کرده باشیم، صحت ندارد."
    assert not _find(_events(text, kb), "COERCE")
    assert _find(_events("قوه قضاییه دو خبرنگار را بازداشت کرده است.", kb), "COERCE")


def test_security_forces_of_a_state_act_on_protesters_named_by_a_plain_noun(kb):
    (coerce,) = _find(_events("نیروهای امنیتی عراق معترضان را متفرق کردند.", kb), "COERCE")
    assert coerce.source == ["Iraq"] and coerce.target == []
    (arrest,) = _find(_events("ماموران امنیتی این فعال مدنی را در منزلش بازداشت کردند.", kb), "COERCE")
    assert arrest.source == ["Iran"]


def test_sentences_with_their_term_hunger_strikes_and_pardons(kb):
    (sentence,) = _find(_events("دادگاه انقلاب تهران این فعال مدنی را به پنج سال حبس تعزیری محکوم کرد.", kb), "COERCE")
    assert sentence.source == ["Islamic Revolutionary Court"] and sentence.mode == "legal"
    (strike,) = _find(_events("این زندانی سیاسی در زندان اوین دست به اعتصاب غذا زد.", kb), "PROTEST")
    assert strike.mode == "hunger" and strike.cameo == "142"
    (pardon,) = _find(_events("آیت‌الله خامنه‌ای با عفو و تخفیف مجازات دو هزار نفر از محکومان موافقت کرد.", kb), "RETREAT")
    assert pardon.source == ["Ali Khamenei"] and pardon.mode == "release"


def test_must_with_the_past_progressive_is_a_reproach_not_a_demand(kb):
    text = "نتانیاهو در جلسه کابینه گفت حوثی‌ها باید می‌دانستند که بهای سنگینی خواهند پرداخت."
    assert not _find(_events(text, kb, "2024-07-21T10:00:00+03:30"), "REQUEST")
    (demand,) = _find(_events("نتانیاهو گفت حماس باید گروگان‌ها را آزاد کند.", kb, "2024-07-21T10:00:00+03:30"), "REQUEST")
    assert demand.source == ["Benjamin Netanyahu"] and demand.target == ["Hamas"]


def test_a_courts_presiding_judge_is_not_whom_it_sentences(kb):
    text = "شعبه سه دادگاه انقلاب رشت به ریاست قاضی مهدی راسخی، ۱۱ فعال مدنی گیلانی را به حبس‌های سنگین محکوم کرد."
    (sentence,) = _find(_events(text, kb), "COERCE")
    assert sentence.source == ["Islamic Revolutionary Court"] and sentence.target == []
    (arrest,) = _find(_events("۱۲ روزنامه نگار در ایلام توسط اطلاعات سپاه پاسداران بازداشت شده‌اند.", kb), "COERCE")
    assert arrest.source == ["Intelligence Organization of the Islamic Revolutionary Guard Corps"]


def test_parliament_named_bare_votes_no_confidence_and_routine_seizures_are_no_events(kb):
    events = _events("مجلس به وزیر اقتصاد رأی عدم اعتماد داد.", kb, "2024-06-01T10:00:00+03:30")
    (vote,) = _find(events, "ACCUSE")
    assert vote.source == ["Islamic Consultative Assembly"] and vote.target == ["Ehsan Khandouzi"]
    assert not _find(_events("پلیس ۲۰۰ دستگاه خودروی متخلف را توقیف کرد.", kb), "COERCE")  # routine, no actor seized


def test_a_speech_verb_ends_a_prepositions_reach(kb):
    text = "برخی منابع نزدیک به دولت تایید کردند محمد جواد ظریف استعفای خود را تقدیم مسعود پزشکیان کرده است."
    (concede,) = _find(_events(text, kb, published=None), "CONCEDE")
    assert concede.source == ["Mohammad Javad Zarif"] and concede.target == ["Masoud Pezeshkian"]


def test_arrests_announced_by_whoever_made_them_not_those_abroad(kb):
    (arrest,) = _find(_events("وزارت اطلاعات از بازداشت ۲۸ نفر در ارتباط با اعتراضات خبر داد.", kb), "COERCE")
    assert arrest.source == ["Ministry of Intelligence (Iran)"] and arrest.mode == "arrest"
    text = "سخنگوی وزارت امور خارجه از بازداشت دو شهروند ایرانی در آمریکا خبر داد."
    assert not _find(_events(text, kb, "2023-01-10T10:00:00+03:30"), "COERCE")


def test_bare_police_is_the_storys_state_not_an_outlet_abroad(kb):
    doc = RawDocument(source="t.txt", text="مأموران پلیس چند جوان نوازنده را در باغ فردوس تهران بازداشت کردند.",
                      outlet="BBC Persian", published="2023-01-10T10:00:00+03:30")
    ann = annotate_document(doc, kb)
    assert kb.outlet_named(ann.meta.outlet).country == "GBR"
    (arrest,) = _find(ann.events, "COERCE")
    assert arrest.source == ["Law Enforcement Command of Islamic Republic of Iran"]
