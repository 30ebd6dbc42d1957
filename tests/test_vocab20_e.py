"""Session 20 (slice E): Iranian domestic news — indictments issued by a prosecutor, executions carried out "به اجرا
گذاشت", pardons with the count of the pardoned between and in the honorific plural, arrests announced with summons,
parliament's yellow card given "به X", MPs named "وکلای ملت", judicial officials as a body, and a security force's
raid on an unnamed armed team. Each case is written anew (other actors, other details); the guards are everyday
sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # an indictment: the indicted after "برای"/"علیه" or inside "کیفرخواست ... را"
    ("دادستان تهران هفته گذشته برای محمود احمدی نژاد کیفرخواست صادر کرد.",
     ("COERCE", "ali-salehi-prosecutor", "mahmoud-ahmadinejad")),
    ("قوه قضاییه به اتهام تبلیغ علیه نظام علیه مصطفی تاجزاده کیفرخواست صادر کرد.",
     ("COERCE", "judiciary-of-iran", "mostafa-tajzadeh")),
    # an execution carried out in the light-verb frame, its agent the judiciary's officials as a body
    ("قوه قضاییه صبح امروز حکم اعدام دو محکوم به قاچاق مواد مخدر را به اجرا گذاشت.",
     ("COERCE", "judiciary-of-iran", None)),
    ("مقامات قضایی حکم اعدام سه زندانی را در زندان مرکزی کرج به اجرا گذاشتند.", ("COERCE", "judiciary-of-iran", None)),
    # a pardon with the count between, in the honorific plural; pardoned in the passive
    ("آیت‌الله خامنه‌ای به مناسبت عید غدیر با عفو یا تخفیف و تبدیل مجازات ۱۸۰۰ تن از محکومان دادگاه‌های عمومی موافقت کردند.",
     ("RETREAT", "ali-khamenei", None)),
    ("۵۰۰ زندانی استان فارس امروز مورد عفو رهبر انقلاب قرار گرفتند.", ("RETREAT", "ali-khamenei", None)),
    # arrests announced with summons
    ("وزارت اطلاعات از احضار و بازداشت ۳۰ نفر از مدیران کانال‌های تلگرامی خبر داد.",
     ("COERCE", "ministry-of-intelligence-iran", None)),
    # parliament's yellow card given to a named minister; MPs as "وکلای ملت"
    ("نمایندگان مجلس پس از شنیدن پاسخ‌ها به عبدالرضا رحمانی فضلی کارت زرد دادند.",
     ("ACCUSE", "islamic-consultative-assembly", "abdolreza-rahmani-fazli")),
    ("وکلای ملت با ۱۴۰ رأی موافق اعتمادشان را از عبدالناصر همتی برداشتند.",
     ("ACCUSE", "islamic-consultative-assembly", "abdolnaser-hemmati")),
    # arrests announced with the charge after a long description of the arrested
    ("وزیر اطلاعات از بازداشت ۱۵ نفر از کارمندان سابق شهرداری شهر کرج در ارتباط با پرونده زمین‌خواری خبر داد.",
     ("COERCE", "esmaeil-khatib", None)),
    # an impeachment motion tabled or debated, the minister inside
    ("مجلس شورای اسلامی روز یکشنبه طرح استیضاح عبدالناصر همتی را اعلام وصول کرد.",
     ("ACCUSE", "islamic-consultative-assembly", "abdolnaser-hemmati")),
    ("نمایندگان مجلس در جلسه علنی طرح استیضاح عبدالناصر همتی وزیر اقتصاد را مورد بحث و بررسی قرار دادند.",
     ("ACCUSE", "islamic-consultative-assembly", "abdolnaser-hemmati")),
    # a raid on an unnamed armed team, or its announcement
    ("سپاه پاسداران بامداد امروز یک تیم تروریستی را در ارتفاعات مریوان منهدم کرد.",
     ("ASSAULT", "islamic-revolutionary-guard-corps", None)),
    ("نیروی زمینی سپاه از انهدام یک تیم تروریستی در مرز سردشت خبر داد.",
     ("ASSAULT", "ground-forces-of-the-islamic-revolutionary-guard-corps", None)),
])
def test_session20_e_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("داور بازی به مهدی طارمی در دقیقه سی‌ام کارت زرد داد.", "ACCUSE"),
    ("معلم برای دانش‌آموزان این کلاس برنامه جدیدی صادر کرد.", "COERCE"),
    ("شهرداری طرح جدید ترافیک را از شنبه به اجرا گذاشت.", "COERCE"),
    ("این بیماری در قرن گذشته هزاران نفر را به هلاکت رساند.", "ASSAULT"),
    ("مهندسان ارتش پل قدیمی روی رودخانه را منهدم کردند.", "ASSAULT"),
    ("پدر با عفو پسرش پس از آن خطا موافقت کرد.", "RETREAT"),
    ("وزیر کشور از احضار و بازداشت هیچ دانشجویی خبر نداد.", "COERCE"),
    ("شورای شهر طرح جدید حمل و نقل عمومی را مورد بحث و بررسی قرار دادند.", "ACCUSE"),
    ("انجمن طرح پیشنهادی اعضا را اعلام وصول کرد.", "ACCUSE"),
])
def test_session20_e_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
