"""Session 21 (slice L): reformist, economic and regional Iranian news — trade deals, gas contracts, sanctions on
companies — in the wordings rasad missed: a delegation "از" a state in every spelling of "هیأت", a contract "made"
("قرارداد بست"), talks under way ("در حال مذاکره با"), exports cut ("صادرات ... را قطع کرد"), a company blacklisted
in the passive with the list's owner inside ("به فهرست تحریم‌های X اضافه شد"), documents signed with their
indefinite ("اسنادی ... امضا شد"); foreign firms of oil, gas and car deals (Total, Peugeot, Renault, Lukoil, CNPC,
Sinopec). And precision: a club or team named by its short name makes a sentence a
match report, so "دیدار" or "قرارداد" between clubs and players is no meeting or deal of states. Each case is
written anew (other actors, other details); the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a delegation "از" a state, with "هیأت"/"هیات" as well as "هیئت"
    ("یک هیأت بازرگانی از ترکیه با استاندار آذربایجان غربی دیدار کرد.", ("CONSULT", "TUR", None)),
    ("یک هیات اقتصادی از ارمنستان با وزیر راه ایران دیدار کردند.", ("CONSULT", "ARM", None)),
    # a contract made with someone
    ("پاکستان با دو شرکت روسی برای ساخت خط لوله گاز قرارداد بست.", ("AGREE", "PAK", "RUS")),
    ("عراق و ایران برای تامین برق قرارداد همکاری می‌بندند.", ("AGREE", "IRQ", "IRN")),
    ("وزارت نفت عراق با شرکت گازپروم قرارداد بست.", ("AGREE", None, "gazprom")),
    # talks under way, or announced
    ("شرکت گازپروم در حال مذاکره با ترکمنستان برای خرید گاز است.", ("CONSULT", "gazprom", "TKM")),
    ("سخنگوی وزارت نفت عراق از مذاکره با ترکمنستان برای واردات گاز خبر داد.", ("CONSULT", "IRQ", "TKM")),
    # exports cut
    ("جمهوری آذربایجان صادرات برق به ارمنستان را قطع کرد.", ("SANCTION", "AZE", "ARM")),
    ("یک مقام گفت روسیه صادرات گاز به گرجستان را قطع کرده است.", ("SANCTION", "RUS", "GEO")),
    ("ترکمنستان صادرات برق به افغانستان را به طور کامل متوقف کرد.", ("SANCTION", "TKM", "AFG")),
    # blacklisted, in the passive, the list's owner inside
    ("بانک ملت به فهرست تحریم‌های اتحادیه اروپا اضافه شد.", ("SANCTION", "european-union", "bank-mellat")),
    ("شرکت ملی نفتکش ایران در فهرست تحریم‌های بریتانیا قرار گرفت.",
     ("SANCTION", "GBR", "national-iranian-tanker-company")),
    ("وزارت خزانه‌داری آمریکا اعلام کرد که بانک ملت به فهرست تحریم‌های این وزارتخانه اضافه شده است.",
     ("SANCTION", "united-states-department-of-the-treasury", "bank-mellat")),
    # documents signed, with their indefinite
    ("اسنادی در زمینه همکاری گمرکی بین ایران و قزاقستان امضا شد.", ("AGREE", "IRN", "KAZ")),
    ("سندی برای همکاری ریلی بین ایران و ترکمنستان امضا شد.", ("AGREE", "IRN", "TKM")),
    # foreign firms of oil, gas and car deals, named as firms
    ("شرکت نفت و گاز پارس با شرکت توتال قرارداد توسعه میدان گازی را امضا کرد.", ("AGREE", None, "totalenergies")),
    ("سایپا و شرکت رنو قرارداد همکاری بستند.", ("AGREE", None, "renault")),
    ("شرکت لوک اویل در حال مذاکره با شرکت ملی نفت ایران است.", ("CONSULT", "lukoil", "national-iranian-oil-company")),
])
def test_session21_l_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a club or team named by its short name: a match report or a transfer, no meeting or deal of states
    ("استقلال در دیدار با پرسپولیس با دو گل به برتری رسید.", "CONSULT"),
    ("تراکتور در دیدار برابر سپاهان شکست خورد.", "CONSULT"),
    ("پرسپولیس با علیرضا بیرانوند قرارداد بست.", "AGREE"),
    ("باشگاه سپاهان در حال مذاکره با یک مهاجم خارجی است.", "CONSULT"),
    # everyday contracts and talks
    ("خریدار در حال مذاکره با فروشنده برای کاهش قیمت خانه است.", "CONSULT"),
    ("شهرداری با پیمانکار برای آسفالت خیابان‌ها قرارداد بست.", "AGREE"),
    ("شرکت آب و فاضلاب آب این محله را قطع کرد.", "SANCTION"),
    # a car maker's bare name is its car
    ("یک دستگاه پژو با یک دستگاه رنو در جاده اهواز برخورد کرد و دو نفر زخمی شدند.", "ASSAULT"),
    ("نام این بازیکن در فهرست خرید باشگاه قرار گرفت.", "SANCTION"),
    ("در این نمایشگاه اسنادی از دوران قاجار به نمایش درآمد که به امضای شاه رسیده بود.", "AGREE"),
])
def test_session21_l_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


def test_session21_l_a_minister_meeting_at_a_match_still_counts(kb):
    """A club named in the sentence leaves an official's meeting with another state's standing."""
    assert_coded("وزیر ورزش ایران در حاشیه دیدار استقلال و الهلال با وزیر ورزش عربستان دیدار کرد.", kb,
                 ("CONSULT", None, "SAU"))
