"""Session 26 (slice F): the yielding and cooperative types on real news — withdrawals, aid, releases and truce
deals in wordings no pattern knew, fixed as mechanisms, not sentences.
(1) A withdrawal begun said with "شروع/آغاز به": "نظامیان X شروع به عقب‌نشینی از Y کردند" (retreat.withdraw).
(2) The start of a withdrawal told as news by a third ("X از آغاز (تدریجی) عقب‌نشینی نظامیان Y از Z خبر داد"): the
forces inside withdraw, though the teller's "از" marks them (frames._owner_after_opening_az, retreat.withdraw.begun).
(3) Aid goods handed over ("N دوز واکسن را به وزارت بهداشت X تحویل داد") are aid, not a release of people; a
recipient that is no actor (a hospital in a city) leaves the state of the place (aid.handed).
(4) A gift told as news: "X از اهدای N میلیون دلار کمک بشردوستانه به مردم Y خبر داد" (aid.sent).
(5) A release of prisoners completed: "روند آزادی/آزادسازی زندانیان X را تکمیل کرد/به پایان رساند".
(6) A truce deal approved by one side's government ("کابینه X توافق آتش‌بس (با Y) را تصویب کرد"): it agrees, the
other side named after "با" or left (agree.ceasefire-approved).
The sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, published_on, reported_events


def _events(sentence, kb, day):
    return reported_events(sentence, kb, published_on(day))


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.trigger, e.rule) for e in events]


def _assert_coded(sentence, kb, day, etype, source=None, target=None):
    assert_coded(sentence, kb, (etype, source, target), day=day, need_source=True)


def _assert_not_coded(sentence, kb, day, etype):
    assert_not_coded(sentence, kb, etype, day=day)


# ---------------------------------------------------------------- (1) "شروع/آغاز به عقب‌نشینی از X کردند"

@pytest.mark.parametrize("sentence, day, target", [
    ("نظامیان روسیه صبح امروز شروع به عقب‌نشینی از شهر خرسون کردند.", "2022-11-10", "UKR"),
    ("ارتش ترکیه آغاز به خروج از شمال عراق کرد.", "2023-05-10", "IRQ"),
    ("نیروهای آمریکایی شروع به عقب نشینی از خاک سوریه کرده‌اند.", "2019-10-14", "SYR"),
])
def test_withdrawal_begun_with_shoru(kb, sentence, day, target):
    _assert_coded(sentence, kb, day, "RETREAT", None, target)


@pytest.mark.parametrize("sentence", [
    "هواداران تیم ملی پس از پایان بازی شروع به خروج از ورزشگاه آزادی کردند.",
    "قیمت دلار در بازار تهران امروز شروع به عقب‌نشینی کرد.",
])
def test_withdrawal_begun_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "RETREAT")


# ---------------------------------------------------------------- (2) "از آغاز عقب‌نشینی نظامیان X از Y خبر داد"

@pytest.mark.parametrize("sentence, day, source_state, target", [
    ("خبرگزاری رویترز از آغاز خروج نیروهای ترکیه از شمال عراق خبر داد.", "2023-05-10", "TUR", "IRQ"),
    ("یک منبع محلی از آغاز تدریجی عقب‌نشینی نظامیان روسیه از شمال اوکراین خبر داد.", "2022-03-30", "RUS", "UKR"),
    ("شبکه الجزیره از آغاز خروج نظامیان آمریکایی از پایگاهی در شمال سوریه خبر داد.", "2019-10-14", "USA", "SYR"),
])
def test_withdrawal_start_told_as_news(kb, sentence, day, source_state, target):
    events = [e for e in _events(sentence, kb, day) if e.type == "RETREAT"]
    assert events and any(target in e.target_ids for e in events), _show(events)
    # the forces withdraw (an armed body of that state, or the state), not the outlet that told of it
    assert all(kb.country_of(s) == source_state or s == source_state for e in events for s in e.source_ids), \
        _show(events)


@pytest.mark.parametrize("sentence", [
    "شهردار تهران از آغاز خروج خودروهای فرسوده از چرخه حمل و نقل شهری خبر داد.",
    "مدیرعامل شرکت از آغاز عقب‌نشینی قیمت‌ها از سقف تاریخی خبر داد.",
])
def test_withdrawal_start_news_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "RETREAT")


# ---------------------------------------------------------------- (3) aid goods handed over

@pytest.mark.parametrize("sentence, day, source, target", [
    ("قطر ۲۰۰ هزار دوز واکسن کرونا را به وزارت بهداشت سوریه تحویل داد.", "2021-08-10", "QAT", "SYR"),
    ("وزارت خارجه آلمان اعلام کرد که یک میلیون دوز واکسین را به یک شفاخانه در شهر هرات تحویل داده است.",
     "2022-01-10", None, "AFG"),
    ("ترکیه اقلام امدادی و چادر را به آسیب‌دیدگان زلزله در سوریه تحویل داد.", "2023-02-12", "TUR", "SYR"),
])
def test_aid_goods_handed_over(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "AID", source, target)
    _assert_not_coded(sentence, kb, day, "RETREAT")


@pytest.mark.parametrize("sentence, etype", [
    ("حماس سه اسیر اسرائیلی را به صلیب سرخ تحویل داد.", "AID"),          # people handed over: a release
    ("پلیس داروهای قاچاق کشف‌شده را به دادستانی تهران تحویل داد.", "AID"),
    ("عراق تسلیحات و تجهیزات نظامی را به ارتش سوریه تحویل داد.", "AID"),    # arms: not humanitarian aid
])
def test_aid_goods_guards(kb, sentence, etype):
    events = [e for e in _events(sentence, kb, "2024-05-10") if e.type == etype and e.rule == "aid.handed"]
    assert not events, _show(events)


# ---------------------------------------------------------------- (4) "از اهدای ... کمک ... به Y خبر داد"

@pytest.mark.parametrize("sentence, day, source, target", [
    ("اتحادیه اروپا از اهدای ۵۰ میلیون یورو کمک بشردوستانه به مردم سودان خبر داد.", "2023-06-10", None, "SDN"),
    ("ژاپن از اهدای کمک‌های پزشکی به زلزله‌زدگان ترکیه خبر داد.", "2023-02-10", "JPN", "TUR"),
    ("دولت کانادا از اهدای بیش از ۲۰ میلیون دلار کمک به مردم افغانستان خبر می‌دهد.", "2022-01-10", None, "AFG"),
])
def test_gift_told_as_news(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "AID", source, target)


@pytest.mark.parametrize("sentence", [
    "مدیرکل انتقال خون از اهدای خون بیش از هزار نفر در هفته گذشته خبر داد.",
    "رئیس بنیاد خیریه از اهدای کمک‌های مردمی به خانواده‌های نیازمند محله خبر داد.",
])
def test_gift_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "AID")


# ---------------------------------------------------------------- (5) release completed

@pytest.mark.parametrize("sentence, day, source, target", [
    ("دولت افغانستان روند آزادی ۴۰۰ زندانی طالبان را تکمیل کرد.", "2020-08-20", "AFG", "taliban"),
    ("حوثی‌ها روند آزادسازی اسرای عربستان سعودی را به پایان رساندند.", "2023-04-16", None, "SAU"),
    ("جمهوری آذربایجان روند آزادی اسیران ارمنستان را تکمیل کرد.", "2021-07-03", "AZE", "ARM"),
])
def test_release_completed(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "RETREAT", source, target)


@pytest.mark.parametrize("sentence", [
    "دولت عراق روند آزادسازی قیمت بنزین را تکمیل کرد.",
    "وزارت اقتصاد روند آزادی واردات خودرو را به پایان رساند.",
])
def test_release_completed_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "RETREAT")


# ---------------------------------------------------------------- (6) a truce deal approved by one side

@pytest.mark.parametrize("sentence, day, source, target", [
    ("دولت ارمنستان توافق آتش‌بس با جمهوری آذربایجان را تصویب کرد.", "2020-11-12", "ARM", "AZE"),
    ("کابینه امنیتی اسرائیل شامگاه جمعه توافق آتش‌بس را تصویب کرد.", "2025-01-18", None, None),
    ("دولت لبنان روز گذشته توافق آتش‌بس با اسرائیل را تصویب کرده است.", "2024-11-28", "LBN", "ISR"),
])
def test_truce_deal_approved(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "AGREE", source, target)


@pytest.mark.parametrize("sentence", [
    "شورای شهر تهران طرح توسعه فضای سبز را تصویب کرد.",
    "مجلس لایحه بودجه سال آینده را تصویب کرد.",
])
def test_truce_deal_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "AGREE")
