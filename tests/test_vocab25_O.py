"""Session 25 (slice O): leftovers other helpers diagnosed on real pages, fixed as mechanisms, not sentences.
(1) A plan's modal said "بناست"/"بنا است" as much as "قرار است" ("بناست X با Y دیدار کند"): grammar.yaml
trigger_phrasings rewrites every planned trigger. (2) Two states' joint commission held, announced in the
present-future, with its days and hosts between noun and verb, or as the session a speaker spoke at ("در نشست کمیسیون
مشترک X و Y گفت"): consult.commission. (3) A meeting told as a session held with the partner ("X با Y جلسه‌ای برگزار
کرد"). (4) Greetings asked to be passed on are a courtesy, no demand ("خواستار ابلاغ سلام خود به X شد"). (5) A claim
about a party's trip or meeting accuses no one ("مدعی شد سفر X به تعویق افتاده"), and a meeting put off ("به ... موکول
شد") was not held. (6) "سفیر جدید X" is not the holder whose term began years before. (7) Another party's trip is not
where a meeting was held (the article's travel destination is taken only when its traveller is one of the meeting's
parties). (8) In a quote, a phrase fronted before the subject ("در حاشیه اجلاس X، رئیس‌جمهور ... از جمله دیدار با Y")
leaves the quote's own subject as the party, not the speaker. The sentences are the tests' own, modelled on the
phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import reported_events


def _events(sentence, kb, day):
    return reported_events(sentence, kb, f"{day}T10:00:00+03:30")


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.trigger, e.location_id) for e in events]


def _assert_coded(sentence, kb, day, etype, source=None, target=None):
    events = _events(sentence, kb, day)
    found = [e for e in events if e.type == etype and (source in e.source_ids if source else e.source_ids)]
    assert found, _show(events)
    if target:
        assert any(target in e.target_ids for e in found), _show(found)


def _assert_not_coded(sentence, kb, day, etype):
    events = _events(sentence, kb, day)
    assert not [e for e in events if e.type == etype], _show(events)


# ---------------------------------------------------------------- (1) a plan's modal said "بناست"

@pytest.mark.parametrize("sentence, day, source, target", [
    ("بناست عباس عراقچی هفته آینده با وزیر خارجه عمان دیدار کند.", "2025-03-10", "abbas-araghchi",
     "badr-bin-hamad-al-busaidi"),
    ("بنا است وزیر امور خارجه قطر فردا با هاکان فیدان گفت‌وگو کند.", "2024-05-10",
     "mohammed-bin-abdulrahman-bin-jassim-al-thani", "hakan-fidan"),
    ("بناست رئیس‌جمهور ترکیه ماه آینده با مسعود پزشکیان ملاقات کند.", "2024-10-10", "recep-tayyip-erdogan",
     "masoud-pezeshkian"),
])
def test_plan_said_banast(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "CONSULT", source, target)


@pytest.mark.parametrize("sentence", [
    "بناست تیم ملی فوتبال ایران هفته آینده با تیم ژاپن دیدار کند.",
    "بنا است شهرداری تهران ماه آینده با پیمانکاران جلسه‌ای برگزار کند.",
])
def test_plan_said_banast_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "CONSULT")


# ---------------------------------------------------------------- (2) joint commissions

@pytest.mark.parametrize("sentence, source, target", [
    ("کمیسیون مشترک اقتصادی ایران و ترکیه هفته آینده در آنکارا برگزار می‌شود.", "IRN", "TUR"),
    ("وزیر نیرو در نشست کمیسیون مشترک اقتصادی ایران و عراق گفت حجم مبادلات افزایش می‌یابد.", "IRN", "IRQ"),
    ("هفدهمین کمیسیون مشترک اقتصادی ایران و ازبکستان روزهای سه‌شنبه و چهارشنبه با حضور وزیر کشاورزی ازبکستان و به "
     "میزبانی وزیر راه و شهرسازی در تهران برگزار می‌شود.", "IRN", "UZB"),
    ("وزیر راه در جلسه کمیسیون مشترک ایران و روسیه در مسکو اعلام کرد دو طرف سند همکاری امضا می‌کنند.", "IRN", "RUS"),
    ("عباس عراقچی در نشست کمیسیون مشترک ایران و ترکیه در آنکارا گفت روابط دو کشور رو به گسترش است.", "IRN", "TUR"),
])
def test_joint_commission(kb, sentence, source, target):
    _assert_coded(sentence, kb, "2024-05-10", "CONSULT", source, target)


@pytest.mark.parametrize("sentence", [
    "نشست کمیسیون مشترک اتاق بازرگانی تهران هفته آینده برگزار می‌شود.",
    "در نشست کمیسیون مشترک مجلس درباره بودجه، نمایندگان لایحه را بررسی کردند.",
])
def test_joint_commission_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "CONSULT")


# ---------------------------------------------------------------- (3) a session held with the partner

@pytest.mark.parametrize("sentence, day, source, target", [
    ("عباس عراقچی و بدر البوسعیدی روز شنبه با یکدیگر جلسه‌ای برگزار کردند.", "2025-03-10", "abbas-araghchi",
     "badr-bin-hamad-al-busaidi"),
    ("محمدباقر قالیباف با عباس عراقچی جلسه‌ای را برگزار کرد.", "2025-03-10", "mohammad-bagher-ghalibaf",
     "abbas-araghchi"),
    ("هاکان فیدان روز دوشنبه با سرگئی لاوروف نشستی برگزار کرد.", "2024-05-10", "hakan-fidan", "sergey-lavrov"),
])
def test_session_held_with(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "CONSULT", source, target)


@pytest.mark.parametrize("sentence", [
    "شورای شهر تهران روز یکشنبه جلسه‌ای برگزار کرد.",
    "وزیر آموزش و پرورش با مدیران مدارس جلسه‌ای را برگزار کرد.",
    "مسعود پزشکیان با حضور وزیران اقتصادی جلسه‌ای برگزار کرد.",
])
def test_session_held_with_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-10-10", "CONSULT")


# ---------------------------------------------------------------- (4) greetings passed on are no demand

@pytest.mark.parametrize("sentence", [
    "ولادیمیر پوتین خواستار ابلاغ سلام خود به رئیس‌جمهور ایران شد.",
    "امیر قطر در پایان دیدار خواستار رساندن سلام گرم خود به مسعود پزشکیان شد.",
])
def test_greetings_no_demand(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-10-10", "REQUEST")


def test_greetings_guard_real_demand(kb):
    _assert_coded("عباس عراقچی خواستار آزادی فوری زندانیان ایرانی در آمریکا شد.", kb, "2025-03-10", "REQUEST",
                  "abbas-araghchi", "USA")


# ---------------------------------------------------------------- (5) a claim about a trip; a meeting put off

@pytest.mark.parametrize("sentence", [
    "وزیر خارجه ترکیه مدعی شد سفر رئیس‌جمهور ایران به دلیل مشکلات برنامه‌ای به تعویق افتاده است.",
    "سخنگوی کرملین مدعی شد که دیدار ولادیمیر پوتین و رجب طیب اردوغان به زمان دیگری موکول شده است.",
])
def test_claim_about_trip_accuses_no_one(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "ACCUSE")


@pytest.mark.parametrize("sentence", [
    "دیدار عباس عراقچی و سرگئی لاوروف به هفته آینده موکول شد.",
    "سخنگوی کرملین مدعی شد که دیدار ولادیمیر پوتین و رجب طیب اردوغان به زمان دیگری موکول شده است.",
])
def test_meeting_put_off_not_held(kb, sentence):
    _assert_not_coded(sentence, kb, "2025-03-10", "CONSULT")


def test_claim_guard_real_accusation(kb):
    _assert_coded("وزیر خارجه آمریکا مدعی شد ایران به روسیه موشک بالستیک داده است.", kb, "2024-05-10", "ACCUSE",
                  target="IRN")


def test_put_off_guard_meeting_held(kb):
    _assert_coded("عباس عراقچی با سرگئی لاوروف دیدار کرد و امضای سند همکاری به ماه آینده موکول شد.", kb, "2025-03-10",
                  "CONSULT", "abbas-araghchi", "sergey-lavrov")


# ---------------------------------------------------------------- (6) a new holder is not the long-serving one

def _roles(text, kb, day):
    doc = annotate_document(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)
    return {r.text: r.kb_id for r in doc.roles}


@pytest.mark.parametrize("text, day, role, old", [
    ("سفیر جدید روسیه در تهران با حسین امیرعبداللهیان دیدار کرد.", "2022-08-10", "سفیر جدید روسیه",
     "levan-dzhagaryan"),
    ("دبیرکل جدید ناتو با ولودیمیر زلنسکی دیدار کرد.", "2024-07-15", "دبیرکل جدید ناتو", "jens-stoltenberg"),
])
def test_new_holder_not_long_serving(kb, text, day, role, old):
    roles = _roles(text, kb, day)
    assert role in roles and roles[role] != old, roles


@pytest.mark.parametrize("text, day, role, holder", [
    ("سفیر روسیه در تهران با حسین امیرعبداللهیان دیدار کرد.", "2022-08-10", "سفیر روسیه",
     "levan-dzhagaryan"),
    ("دبیرکل جدید ناتو با ولودیمیر زلنسکی دیدار کرد.", "2024-11-15", "دبیرکل جدید ناتو", "mark-rutte"),
])
def test_new_holder_guards(kb, text, day, role, holder):
    roles = _roles(text, kb, day)
    assert roles.get(role) == holder, roles


# ---------------------------------------------------------------- (7) another party's trip is not the meeting's place

@pytest.mark.parametrize("text, day, source, target, wrong_place", [
    ("انور قرقاش روز دوشنبه با عباس عراقچی دیدار کرد. استیو ویتکاف هفته گذشته در سفر به ابوظبی با مقامات امارات "
     "گفت‌وگو کرده بود.", "2025-05-10", "anwar-gargash", "abbas-araghchi", "abu-dhabi"),
    ("هاکان فیدان با عباس عراقچی دیدار کرد. سرگئی لاوروف نیز هفته پیش در سفر به آنکارا با مقامات ترکیه گفت‌وگو کرده "
     "بود.", "2025-05-10", "hakan-fidan", "abbas-araghchi", "ankara"),
])
def test_other_partys_trip_not_meeting_place(kb, text, day, source, target, wrong_place):
    events = _events(text, kb, day)
    met = [e for e in events if e.type == "CONSULT" and target in e.target_ids + e.source_ids
           and source in e.target_ids + e.source_ids]
    assert met and all(e.location_id != wrong_place for e in met) and any(source in e.source_ids for e in met), \
        _show(events)


def test_own_trip_guard(kb):
    events = _events("عباس عراقچی روز یکشنبه در سفر به مسقط وارد شد. او روز دوشنبه با بدر البوسعیدی دیدار کرد.", kb,
                     "2025-05-10")
    assert any(e.type == "CONSULT" and e.location_id == "muscat" for e in events), _show(events)


# ---------------------------------------------------------------- (8) a fronted phrase in a quote

@pytest.mark.parametrize("sentence, day, source, target", [
    ("عبدالرضا رحمانی فضلی گفت: در حاشیه اجلاس سران شانگهای، رئیس‌جمهور ملاقات‌هایی خواهد داشت، از جمله دیدار با "
     "ولادیمیر پوتین.", "2024-05-10", "ebrahim-raisi", "vladimir-putin"),
    ("ناصر کنعانی گفت: طی این سفر، وزیر امور خارجه دیدارهایی خواهد داشت، از جمله دیدار با فیصل مقداد.",
     "2024-05-10", "hossein-amir-abdollahian", "faisal-mekdad"),
])
def test_fronted_phrase_in_quote(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "CONSULT", source, target)


def test_fronted_phrase_guard(kb):
    _assert_not_coded("سرمربی تیم ملی گفت: در حاشیه اردو، بازیکنان دیداری با هواداران خواهند داشت.", kb,
                      "2024-05-10", "CONSULT")
