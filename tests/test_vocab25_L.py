"""Session 25 (slice L): REQUEST and COERCE as real Persian pages tell them, fixed as mechanisms, not sentences.
(1) A coercion told in the passive names its doer as the one who ordered it ("به دستور دادستانی X توقیف شد",
"براساس دستور ...") or as the body in whose sitting it was decided ("در جلسه هیئت نظارت بر مطبوعات توقیف شد"), not
only after "توسط"; its verb may be left out before the next ("توقیف و ... ارجاع شد"). (2) Premises sealed ("پلمب")
are a closure when an organisation's noun comes first (a newspaper, a channel, a party, an association), never a shop
or an unsafe building. (3) A demand made in a letter or message is made of whom it is addressed to ("در نامه‌ای به
X خواستار ... شد"). (4) A generic state body followed by "این/آن کشور" pointing back to another state is that state's
body, not Iran's ("خبرگزاری بحرین گزارش کرد وزارت خارجه این کشور ..."). (5) An envoy told to leave within a time
limit set off by a comma. (6) A sentence upheld with its charge between the object and the verb. The sentences are
the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _found(sentence, kb, day, etype):
    events = reported_events(sentence, kb, f"{day}T10:00:00+03:30")
    return [e for e in events if e.type == etype], events


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


def _assert_coded(sentence, kb, day, etype, source=None, target=None):
    found, events = _found(sentence, kb, day, etype)
    found = [e for e in found if (source in e.source_ids if source else e.source_ids)]
    assert found, _show(events)
    if target:
        assert any(target in e.target_ids for e in found), _show(found)


def _assert_not_coded(sentence, kb, day, etype):
    found, events = _found(sentence, kb, day, etype)
    assert not found, _show(events)


# ---------------------------------------------------------------- (1) who ordered or decided a passive coercion

@pytest.mark.parametrize("sentence, day, source", [
    ("هفته‌نامه محلی «صدای کارون» بر اساس دستور دادستانی تهران توقیف شد.", "2016-05-02", "judiciary-of-iran"),
    ("ماهنامه «نگاه نو» براساس دستور دادستانی تهران توقیف شد.", "2019-02-11", "judiciary-of-iran"),
    ("چهار فعال صنفی معلمان روز سه‌شنبه به دستور دادستانی تهران بازداشت شدند.", "2022-05-03", "judiciary-of-iran"),
    ("ماهنامه «نگاه نو» در جلسه روز دوشنبه هیئت نظارت بر مطبوعات توقیف شد.", "2012-03-05",
     "press-supervisory-board"),
    ("روزنامه «صبح نو» توسط هیئت نظارت بر مطبوعات توقیف و مدیرمسئول آن به دادگاه احضار شد.", "2015-07-20",
     "press-supervisory-board"),
    ("هفته‌نامه «پیام ساحل» در نشست فوق‌العاده هیئت نظارت بر مطبوعات توقیف و پرونده آن به دادگاه فرستاده شد.",
     "2011-10-10", "press-supervisory-board"),
])
def test_passive_coercion_by_whom_ordered_or_decided(kb, sentence, day, source):
    _assert_coded(sentence, kb, day, "COERCE", source)


@pytest.mark.parametrize("sentence", [
    "به دستور پزشک معالج، بیمار برای چند روز دیگر در بخش مراقبت‌های ویژه بستری شد.",
    "در نشست خبری سخنگوی قوه قضاییه اعلام شد که پرونده این شرکت به دادگاه فرستاده شد.",
    "کالاهای توقیف و ضبط شده در انبارهای گمرک نگهداری می‌شوند.",
])
def test_orders_and_sittings_of_no_coercion(kb, sentence):
    _assert_not_coded(sentence, kb, "2020-01-01", "COERCE")


# ---------------------------------------------------------------- (2) premises sealed

@pytest.mark.parametrize("sentence, day, source", [
    ("نیروی انتظامی دفتر حزب «همبستگی ملی» در تهران را پلمب کرد.", "2010-02-15",
     "law-enforcement-command-of-islamic-republic-of-iran"),
    ("دفتر روزنامه «ابتکار» به دستور دادستانی تهران پلمب شد.", "2014-09-09", "judiciary-of-iran"),
    ("ارتش اسرائیل دفتر شبکه الجزیره در رام‌الله را پلمب کرد.", "2024-09-22", "israel-defense-forces"),
])
def test_premises_sealed(kb, sentence, day, source):
    _assert_coded(sentence, kb, day, "COERCE", source)


@pytest.mark.parametrize("sentence", [
    "ماموران بهداشت محیط یک رستوران متخلف در شیراز را پلمب کردند.",
    "آتش‌نشانی تهران ساختمان ناایمن بازار را پلمب کرد.",
    "شهرداری تهران مغازه‌های متخلف خیابان ولیعصر را پلمب کرد.",
])
def test_shops_and_buildings_sealed_are_no_coercion(kb, sentence):
    _assert_not_coded(sentence, kb, "2020-01-01", "COERCE")


# ---------------------------------------------------------------- (3) a demand made in a letter

@pytest.mark.parametrize("sentence, day, target", [
    ("نمایندگان مجلس در نامه‌ای به رئیس قوه قضاییه خواستار آزادی دانشجویان بازداشتی شدند.", "2018-01-15",
     "sadiq-larijani"),
    ("وزیر امور خارجه ایران طی پیامی به دبیرکل سازمان ملل خواستار اقدام فوری برای توقف حملات شد.", "2024-04-02",
     "antonio-guterres"),
    ("سازمان عفو بین‌الملل در نامه‌ای سرگشاده به رئیس‌جمهور آمریکا خواستار لغو این فرمان شد.", "2017-02-01",
     "donald-trump"),
])
def test_a_letters_addressee_is_asked(kb, sentence, day, target):
    _assert_coded(sentence, kb, day, "REQUEST", target=target)


def test_a_letter_leaves_whom_az_names_asked(kb):
    """Whom the demand's own "از" names is asked, not the letter's addressee."""
    sentence = "وزیر امور خارجه ایران در نامه‌ای به دبیرکل سازمان ملل از شورای امنیت خواست این حملات را محکوم کند."
    found, events = _found(sentence, kb, "2024-04-02", "REQUEST")
    assert found and all("antonio-guterres" not in e.target_ids for e in found), _show(events)


def test_a_letter_to_friends_names_no_one_asked(kb):
    _assert_not_coded("او در نامه‌ای به دوستانش از سفر خود نوشت و خواستار دیدار دوباره با آنان شد.", kb,
                      "2020-01-01", "REQUEST")


# ---------------------------------------------------------------- (4) "وزارت خارجه این کشور" is the state named before

@pytest.mark.parametrize("sentence, day, source, target", [
    ("رسانه‌های دولتی بحرین گزارش دادند که وزارت خارجه این کشور دو دیپلمات ایرانی را اخراج کرد.", "2016-01-04",
     "ministry-of-foreign-affairs-bahrain", "IRN"),
    ("دولت بحرین اعلام کرد که وزارت خارجه آن کشور سفیر عراق را اخراج کرده است.", "2017-06-10",
     "ministry-of-foreign-affairs-bahrain", "IRQ"),
])
def test_a_body_of_the_state_named_before(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "SANCTION", source, target)


def test_a_body_of_the_home_state_stays_its_own(kb):
    sentence = "سخنگوی دولت ایران گفت وزارت خارجه این کشور سفیر آلمان را احضار کرد."
    found, events = _found(sentence, kb, "2020-01-01", "ACCUSE")
    assert all("ministry-of-foreign-affairs-bahrain" not in e.source_ids for e in events), _show(events)


# ---------------------------------------------------------------- (5) told to leave within a time limit

@pytest.mark.parametrize("sentence, day, source, target", [
    ("وزارت خارجه اردن به کاردار سفارت سوریه در امان دستور داد ظرف ۴۸ ساعت، خاک این کشور را ترک کند.",
     "2014-05-26", None, "SYR"),
    ("وزارت امور خارجه مراکش به سفیر الجزایر دستور داده است ظرف یک هفته، خاک مراکش را ترک کند.",
     "2021-08-25", None, "DZA"),
])
def test_an_envoy_told_to_leave_within_a_limit(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "SANCTION", source, target)


def test_staff_told_to_leave_a_building_are_not_expelled(kb):
    _assert_not_coded("مدیر شرکت به کارکنان دستور داد ظرف یک ساعت، ساختمان را ترک کنند.", kb, "2020-01-01",
                      "SANCTION")


# ---------------------------------------------------------------- (6) a sentence upheld with its charge between

@pytest.mark.parametrize("sentence", [
    "دیوان عالی کشور حکم اعدام دو متهم را به اتهام قاچاق مسلحانه مواد مخدر تأیید کرد.",
    "دیوان عالی کشور احکام اعدام چهار معترض را در جلسه روز گذشته تایید کرد.",
])
def test_a_sentence_upheld(kb, sentence):
    _assert_coded(sentence, kb, "2023-02-01", "COERCE", "supreme-court-of-iran")


def test_a_sports_ban_upheld_is_no_coercion(kb):
    _assert_not_coded("کمیته استیناف فدراسیون فوتبال حکم محرومیت این بازیکن را به دلیل خطای شدید تایید کرد.", kb,
                      "2020-01-01", "COERCE")
