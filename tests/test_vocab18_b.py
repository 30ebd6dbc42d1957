"""Session 18 (slice B): wordings real news uses for threats, coercion, attacks and deployments that the coder
missed. Each case is written anew (other actors, other details), with the event's wording as outlets use it; the
guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # public floggings, the object far before the verb
    ("طالبان روز سه‌شنبه شش مرد را به اتهام دزدی در ولسوالی شیندند ولایت هرات در ملاء عام شلاق زدند.",
     ("COERCE", "taliban", None)),
    ("طالبان سه زن را به اتهام فرار از خانه پس از نماز جمعه در مسجد جامع شهر غزنی در حضور مردم شلاق زدند.",
     ("COERCE", "taliban", None)),
    # public punishments carried out in a stadium are no match report
    ("طالبان روز جمعه در ورزشگاه مرکزی ولایت فراه حکم قصاص را بر یک مرد اجرا کردند.", ("COERCE", "taliban", None)),
    ("طالبان دوازده نفر را در ورزشگاه شهر فیروزکوه در ملاء عام شلاق زدند.", ("COERCE", "taliban", None)),
    # deportations announced: the state after "از" deported, the deportees' nationality is the target
    ("وزارت امور مهاجرین طالبان از اخراج ۹ هزار پناهجوی افغان از ترکیه در دو هفته گذشته خبر داد.",
     ("COERCE", "TUR", "AFG")),
    # deported with no agent named: the state of the border place they left from
    ("فرمانده مرزبانی سیستان و بلوچستان گفت: ۱۲ هزار نفر از اتباع افغانستان از طریق مرز میلک طرد و به کشورشان"
     " بازگردانده شدند.", ("COERCE", "IRN", "AFG")),
    ("سرهنگ حسینی گفت مهاجران افغان غیرمجاز از پاسگاه‌های مرزی استان سیستان و بلوچستان به افغانستان اخراج شده‌اند.",
     ("COERCE", "IRN", "AFG")),
    # deployments announced, or forces told to have taken position
    ("طالبان از استقرار صدها نیروی ویژه خود در ولایت بدخشان در نزدیکی مرز با تاجیکستان خبر داد.",
     ("MOBILIZE", "taliban", "TJK")),
    # forces exercising at a border named with its state face that state
    ("ارتش آذربایجان رزمایش نظامی بزرگی در نزدیکی مرزهای ایران برگزار کرد.",
     ("MOBILIZE", "azerbaijani-armed-forces", "IRN")),
    ("سپاه پاسداران از استقرار یگان‌های زرهی و تکاوران خود در نوار مرزی شمال‌غرب کشور خبر داد.",
     ("MOBILIZE", "islamic-revolutionary-guard-corps", None)),
    ("نیروهای ویژه ارتش پاکستان در امتداد مرز با افغانستان مستقر شدند.", ("MOBILIZE", "pakistan-army", None)),
    # the border's state, also with "در" run into the word as pages write it ("درمرز")
    ("نیروهای ویژه ارتش پاکستان درمرز مشترک با افغانستان مستقر شدند.", ("MOBILIZE", "pakistan-army", "AFG")),
    # Kyrgyz and Tajik forces named by the nationality adjectives border reports use ("قرقیز", "تاجیکی")
    ("مرزبانان قرقیزستان بامداد امروز به سمت سربازان تاجیکی در گذرگاه مرزی تیراندازی کردند.", ("ASSAULT", "KGZ", "TJK")),
    ("نظامیان قرقیز به سوی مرزبانان تاجیکستان آتش گشودند.", ("ASSAULT", "KGZ", "TJK")),
    # a plural with no ezafe ends a conditional's phrase: the state after it is the subject, not its genitive
    ("این مقام گفت: در صورت اثبات این گزارش‌ها فرانسه الجزایر را پاسخگو خواهد کرد.", ("THREATEN", "FRA", "DZA")),
    ("در صورت تکرار این حمله‌ها اسرائیل لبنان را هدف قرار خواهد داد.", ("THREATEN", "ISR", "LBN")),
    # a time span opened by "از" and closed by "تاکنون" does not govern the subject after it
    ("از سه روز پیش تاکنون ارتش ترکیه مواضع حزب کارگران کردستان در شمال عراق را هدف قرار داده است.",
     ("ASSAULT", "turkish-armed-forces", "IRQ")),
    # what a threat reacts to ("در واکنش به ...") names no one threatened; "علیه X" in the threat does
    ("ولادیمیر پوتین در واکنش به تصمیم فنلاند برای پیوستن به ناتو، تهدید کرد این اقدام تدابیر نظامی علیه فنلاند را در"
     " پی خواهد داشت.", ("THREATEN", "vladimir-putin", "FIN")),
    # territory retaken from a party named after "از"
    ("ارتش افغانستان ولسوالی چهاردره را از کنترل طالبان خارج کرد.", ("ASSAULT", "afghan-national-army", "taliban")),
    ("نیروهای ارتش عراق کنترل شهر فلوجه را از داعش پس گرفتند.", ("ASSAULT", "iraqi-army", "islamic-state")),
    # a comma list of parties as the object, its last item one the KB lacks
    ("سپاه پاسداران مقرهای کومله، پژاک و پاک را در اقلیم کردستان هدف قرار داد.",
     ("ASSAULT", "islamic-revolutionary-guard-corps", "kurdistan-free-life-party")),
    # a warning note delivered
    ("وزارت خارجه چین از ارسال یک یادداشت رسمی هشدارآمیز به ژاپن خبر داد.",
     ("THREATEN", "ministry-of-foreign-affairs-china", "JPN")),
])
def test_session18_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("سازمان هواشناسی ایران پیام هشدارآمیزی درباره آلودگی هوای تهران به شهروندان منتشر کرد.", "THREATEN"),
    ("شرکت مخابرات ایران از استقرار سامانه جدید پرداخت در شعبه‌های خود در تهران خبر داد.", "MOBILIZE"),
    ("بانک مرکزی ایران از استقرار شعبه جدید خود در مشهد خبر داد.", "MOBILIZE"),
    ("نیروهای امدادی هلال احمر ایران در روستاهای زلزله‌زده استان کرمان مستقر شدند.", "MOBILIZE"),
    ("وزیر آموزش و پرورش ایران از اخراج سه معلم متخلف در تهران خبر داد.", "COERCE"),
    ("کالاهای مرجوعی شرکت دیجی‌کالا از فروشگاه‌های تهران به انبار بازگردانده شدند.", "COERCE"),
    ("مدیر جدید اوضاع شرکت را از کنترل خارج کرد.", "ASSAULT"),
    ("دولت ایران قیمت ارز را از کنترل بازار آزاد کرد.", "ASSAULT"),
    # an attack named after "در صورت" is a condition, not an attack made
    ("سفیر بریتانیا در سازمان ملل گفت در صورت حمله هوایی به بندر الحدیده، لندن واکنش نشان خواهد داد.", "ASSAULT"),
])
def test_session18_everyday_senses_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]


def test_session18_ones_own_border_faces_no_one(kb):
    events = reported_events("سپاه پاسداران رزمایش نظامی بزرگی در مرزهای شمال غرب ایران برگزار کرد.", kb)
    assert any(e.type == "MOBILIZE" for e in events)
    assert not [e for e in events if e.type == "MOBILIZE" and "IRN" in e.target_ids]
