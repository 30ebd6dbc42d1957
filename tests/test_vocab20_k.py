"""Session 20 (slice K): armed conflict as Persian outlets tell it — an attack "undertaken" with "اقدام به ... کرد",
strikes carried out over a list of places, a facility named by its place as what a passive attack struck ("سایت
هسته‌ای X هدف حمله Y قرار گرفت"), and more loaded names of Israel. Each case is written anew (other actors, places
and details); the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # an attack undertaken: its kind, target and place between "اقدام به" and the light verb
    ("ارتش ترکیه بامداد امروز اقدام به موشک‌باران روستاهای مرزی شمال عراق کرد.", ("ASSAULT", None, "IRQ")),
    ("اسرائیل شب گذشته اقدام به حمله هوایی گسترده به فرودگاه صنعا در یمن کرد.", ("ASSAULT", "ISR", "houthis")),  # (session 23) held
    ("ارتش پاکستان اقدام به حملات توپخانه‌ای سنگین به مواضع طالبان در ولایت کنر کرده است.",
     ("ASSAULT", None, "taliban")),
    # strikes carried out over a list of places (the gap crosses the list's commas)
    ("جنگنده‌های پاکستانی حملات هوایی را در خوست، کنر و پکتیا انجام دادند.", ("ASSAULT", "PAK", "AFG")),
    ("آمریکا حملاتی را در صنعا، صعده و الحدیده انجام داد.", ("ASSAULT", "USA", "houthis")),  # (session 23) held
    # a facility opening a passive attack's clause: the place's state was struck
    ("سایت هسته‌ای اصفهان بامداد شنبه هدف حمله موشکی آمریکا قرار گرفت.", ("ASSAULT", "USA", "IRN")),
    ("پالایشگاه بزرگ حیفا دیشب هدف حملات موشکی ایران قرار گرفت.", ("ASSAULT", "IRN", "ISR")),
    ("نیروگاه برق حیفا دیشب هدف حمله پهپادی حزب‌الله قرار گرفت.", ("ASSAULT", "hezbollah", "ISR")),
    ("تأسیسات نفتی بندر حدیده هدف حملات هوایی آمریکا قرار گرفت.", ("ASSAULT", "USA", "houthis")),  # (session 23) held
    # a report's perfect without its auxiliary opens the reported clause ("گزارش داده که ...")
    ("خبرگزاری تسنیم گزارش داده که پالایشگاه حیفا عصر دیروز هدف حمله موشکی ایران قرار گرفته است.",
     ("ASSAULT", "IRN", "ISR")),
    # loaded names of Israel
    ("رژیم صهیونی بامداد امروز با پهپاد خودرویی را در جنوب لبنان هدف قرار داد.", ("ASSAULT", "ISR", "LBN")),
    ("جنگنده‌های رژیم کودک‌کش صهیونیستی، مدرسه‌ای را در خان یونس بمباران کردند.", ("ASSAULT", "ISR", None)),
    # the owner of what was struck ("متعلق به X"), even with a sea named after it
    ("پهپادهای انصارالله به یک کشتی باری متعلق به اسرائیل در تنگه باب‌المندب حمله کردند.", ("ASSAULT", "houthis", "ISR")),
    ("حوثی‌ها به یک کشتی متعلق به آمریکا در خلیج عدن حمله کردند.", ("ASSAULT", "houthis", "USA")),
    # "موسوم به X": another name of the noun before, which keeps its role (no recipient)
    ("ارتش آمریکا در منطقه موسوم به سنتکام روز سه‌شنبه اعلام کرد: انصارالله به یک ناوشکن آمریکا در دریای سرخ حمله کرد.",
     ("ASSAULT", "houthis", "USA")),
    ("گروه تروریستی موسوم به داعش به پاسگاه مرزی در سراوان حمله کرد.", ("ASSAULT", "islamic-state", "IRN")),
])
def test_session20_k_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("شهرداری اقدام به حمله به مشکلات ترافیکی شهر کرد.", "ASSAULT"),
    ("تیم ملی در نیمه دوم اقدام به حملات پی‌درپی به دروازه حریف کرد.", "ASSAULT"),
    ("دانشجویان پروژه‌های تحقیقاتی را در تهران، شیراز و مشهد انجام دادند.", "ASSAULT"),
    ("سایت هسته‌ای نطنز روز گذشته میزبان بازرسان آژانس بود.", "ASSAULT"),
    ("پالایشگاه آبادان هفته گذشته مورد بازدید وزیر نفت قرار گرفت.", "ASSAULT"),
    ("این خانه متعلق به پدربزرگم در شیراز است و دیروز تعمیر شد.", "ASSAULT"),
])
def test_session20_k_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
