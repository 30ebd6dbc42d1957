"""Session 29 (slice NOM): events told with an event noun. The general causes found in real sentences and dev pages,
each written anew (other parties, places, tenses), with guards for the everyday sentences that use the same words:

- ground "freed" or "cleared" by the side that took it, with no holder named ("ارتش X شهر Y را آزاد کرد", "موفق
  به آزادسازی فرودگاه Z شد", "عملیات آزادسازی شهر W را آغاز کرد"), died for want of a target (or was read as a
  prisoners' release): it stands with no target, as gold codes it;
- a cause that "took the lives" of people ("انفجار بمب در X جان سه نفر را گرفت") was no casualty verb, and an unseen
  attack cause opening a body sentence's clause (or a reported clause after "که") was read only at the text's start;
- a clash told as a noun around its "با" (witnessed, turned into, a headline, "had"), or between two sides and
  reported or begun, coded nothing;
- a gathering or a strike told as a noun that took shape, began or reached its Nth day coded nothing (only "برگزار
  شد" and the verbs of striking were read)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events, shown

# --- ground freed or cleared -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("ارتش سوریه شهرک خان شیخون را آزاد کرد.", ("ASSAULT", "syrian-arab-army", None)),
    ("ارتش عراق روز گذشته روستای البوعیثه را در حومه جنوبی تکریت آزاد کرد.", ("ASSAULT", "iraqi-army", None)),
    ("ارتش سوریه سرانجام موفق به آزادسازی فرودگاه نظامی کویرس در شرق حلب شد.", ("ASSAULT", "syrian-arab-army", None)),
    ("ارتش عراق صبح امروز عملیات آزادسازی شهر تلعفر را آغاز کرد.", ("ASSAULT", "iraqi-army", None)),
    ("ارتش عراق موفق شد شهرک الشرقاط را به طور کامل از اشغال داعش آزاد کند.",
     ("ASSAULT", "iraqi-army", "islamic-state")),
])
def test_ground_freed_is_assault(sentence, expected, kb):
    assert_coded(sentence, kb, expected, day="2017-06-10")


@pytest.mark.parametrize("sentence", [
    # rubbish, addicts or prisoners are no ground taken
    "شهرداری اصفهان محله‌های قدیمی شهر را از زباله پاکسازی کرد.",
    "دادگاه انقلاب پس از سه ماه زندانیان این شهر را آزاد کرد.",
    # people freed: a release, not ground
    "ارتش سوریه سرانجام موفق به آزادسازی گروگان‌های ربوده‌شده شد.",
])
def test_ground_freed_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT", day="2017-06-10")


# --- a cause that took lives, opening its clause -----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "گزارش روز\nانفجار بمب در بازار شهر کویته جان هفت نفر را گرفت.",
    "گزارش روز\nیک مقام محلی گفت که حمله انتحاری به مسجدی در قندهار جان ۱۲ نمازگزار را گرفته است.",
    "گزارش روز\nانفجار یک خودروی بمب‌گذاری‌شده در نزدیکی بازار موگادیشو جان دست‌کم ۹ تن را گرفت و ۲۰ نفر را زخمی کرد.",
])
def test_cause_took_lives(sentence, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert events, shown(reported_events(sentence, kb))


@pytest.mark.parametrize("sentence", [
    "گزارش روز\nحمله قلبی جان بازیگر پیشکسوت سینما را گرفت.",
    "گزارش روز\nانفجار گاز در یک ساختمان مسکونی در مشهد جان سه نفر را گرفت.",
    "گزارش روز\nسیل ویرانگر هفته گذشته جان ده نفر را در استان گلستان گرفت.",
])
def test_cause_took_lives_guards(sentence, kb):
    assert not [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"], shown(reported_events(sentence, kb))


# --- a clash told as a noun --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("روستاهای شمال حماه شاهد درگیری شدید نیروهای ارتش سوریه با جبهه النصره بودند.",
     ("ASSAULT", "syrian-arab-army", "al-nusra-front")),
    # a headline opening with the clash
    ("درگیری نیروهای ارتش پاکستان با طالبان پاکستان در وزیرستان",
     ("ASSAULT", "pakistan-army", "tehrik-i-taliban-pakistan")),
    ("درگیری‌های سنگینی میان ارتش سودان و نیروهای پشتیبانی سریع در جنوب خارطوم گزارش شده است.",
     ("ASSAULT", "sudanese-armed-forces", "rapid-support-forces")),
    ("از بامداد امروز نبردها میان ارتش سودان و نیروهای پشتیبانی سریع در شهر الفاشر آغاز شد.",
     ("ASSAULT", "sudanese-armed-forces", "rapid-support-forces")),
    ("نیروهای ارتش سوریه طی شب گذشته درگیری‌های شدیدی با جبهه النصره در اطراف روستای البشیر در جنوب شهر درعا داشتند.",
     ("ASSAULT", "syrian-arab-army", "al-nusra-front")),
])
def test_clash_noun_is_assault(sentence, expected, kb):
    assert_coded(sentence, kb, expected, day="2023-05-10")


@pytest.mark.parametrize("sentence", [
    # a verbal row, fans at a match, a clash told in the body without a verb of its own
    "درگیری لفظی نمایندگان تهران با وزیر نیرو در صحن مجلس",
    "ورزشگاه آزادی شاهد درگیری هواداران استقلال با ماموران پلیس بود.",
    "گزارش روز\nکارشناسان می‌گویند درگیری ارتش پاکستان با طالبان پاکستان ریشه در اختلافات مرزی دارد.",
    # a relative clause's "had" is no clash had
    "در ادامه درگیری‌ها که تا امروز میان ارتش و گروه‌های مسلح ادامه داشته است، سازمان ملل خواستار آتش‌بس شد.",
])
def test_clash_noun_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT", day="2023-05-10")


# --- a gathering or a strike that took shape or began ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "تجمع اعتراضی معلمان بازنشسته مقابل اداره کل آموزش و پرورش شهرستان ری شکل گرفت.",
    "دور سوم اعتصاب سراسری رانندگان کامیون از صبح امروز در بندرعباس آغاز شد.",
    "اعتصاب کارگران پتروشیمی ماهشهر به ششمین روز خود رسید.",
])
def test_protest_noun_began(sentence, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "PROTEST"]
    assert events, shown(reported_events(sentence, kb))


@pytest.mark.parametrize("sentence", [
    "راهپیمایی اربعین حسینی از صبح امروز در کربلا آغاز شد.",
    "تجمع نقدینگی در بازار مسکن شکل گرفت.",
    "اعتصاب غذای این زندانی سیاسی به بیستمین روز رسید.",
])
def test_protest_noun_guards(sentence, kb):
    assert not [e for e in reported_events(sentence, kb) if e.cameo in ("141", "143")], shown(reported_events(sentence, kb))
