"""Session 19 (slice M): wordings real news uses for agreements, cooperation, talks below heads of state and
sanctions that the coder missed. Each case is written anew (other actors, other details), with the event's wording
as outlets use it; the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # one sanction, in the singular, imposed "علیه" someone
    ("کانادا تحریم مالی را علیه ونزوئلا وضع کرد.", ("SANCTION", "CAN", "VEN")),
    # an export restriction told as news by the ministry that made it
    ("دولت چین از محدود شدن صادرات ۱۲ قلم فلز کمیاب به ژاپن خبر داد.", ("SANCTION", "CHN", "JPN")),
    # imports of a state's goods banned: the state as the goods' owner, after "از مبدا", or a ban "بر واردات"
    ("روسیه واردات میوه‌های مولداوی را ممنوع کرد.", ("SANCTION", "RUS", "MDA")),
    ("عراق واردات مرغ منجمد را از مبدا برزیل ممنوع کرد.", ("SANCTION", "IRQ", "BRA")),
    ("اوکراین ممنوعیت کامل بر واردات کالاهای روسیه اعمال کرد.", ("SANCTION", "UKR", "RUS")),
    # another state's transit trade suspended
    ("ازبکستان ترانزیت محموله‌های قزاقستان را برای یک هفته به حالت تعلیق درآورد.", ("SANCTION", "UZB", "KAZ")),
    # talks told by their end
    ("مذاکرات عربستان و یمن در مسقط بدون نتیجه پایان یافت.", ("CONSULT", "SAU", "YEM")),
    # talks planned as an indefinite noun with the partner after "با"
    ("هیئت اقتصادی عراق قرار است هفته آینده مذاکراتی را با کویت برگزار کند.", ("CONSULT", "IRQ", "KWT")),
    # a body's experts arrive for it
    ("کارشناسان آژانس بین‌المللی انرژی اتمی دیروز وارد سوریه شدند.",
     ("CONSULT", "international-atomic-energy-agency", "SYR")),
    # a joint exercise: the partner after "به همراه", or begun by the two with its kind between
    ("پاکستان به همراه ترکیه یک رزمایش هوایی مشترک در دریای عرب برگزار کرد.", ("COOPERATE", "PAK", "TUR")),
    ("هند و فرانسه رزمایش مشترک دریایی را در اقیانوس هند آغاز کردند.", ("COOPERATE", "IND", "FRA")),
    # counterparts of a nationality stand for their state
    ("هیئت پارلمانی عراق فردا با همتاهای کویتی خود دیدار می‌کند.", ("CONSULT", "IRQ", "KWT")),
    # a state's officials as the second side ("X و مقام‌های Y")
    ("مذاکرات میان دولت سودان و مقام‌های امارات در جده آغاز شد.", ("CONSULT", "SDN", "ARE")),
    # a clause opened by "در آنجا": the name after it is the subject
    ("در آنجا وزیر خارجه عمان با همتای ایرانی خود دیدار کرد.", ("CONSULT", "badr-bin-hamad-al-busaidi", "IRN")),
])
def test_session19_m_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("دولت واردات خودروهای لوکس را ممنوع کرد.", "SANCTION"),
    ("پزشک ممنوعیت مصرف نمک را بر رژیم غذایی بیمار اعمال کرد.", "SANCTION"),
    ("شهرداری ترانزیت کامیون‌های سنگین را از مرکز شهر متوقف کرد.", "SANCTION"),
    ("مذاکرات باشگاه با بازیکن جوان برای تمدید قرارداد پایان یافت.", "CONSULT"),
    ("قرار است مدیر مدرسه هفته آینده مذاکراتی را با والدین دانش‌آموزان داشته باشد.", "CONSULT"),
    ("کارشناسان هواشناسی برای بررسی خسارت سیل وارد استان گیلان شدند.", "CONSULT"),
    ("مادر به همراه فرزندانش یک جشن مشترک در پارک برگزار کرد.", "COOPERATE"),
    ("در آنجا کودکان با دوستانشان تا عصر بازی کردند.", "CONSULT"),
    ("مقام‌های محلی در آنجا جلسه‌ای درباره آب شرب برگزار کردند.", "CONSULT"),
])
def test_session19_m_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]


def test_session19_m_a_companion_is_no_partner_when_with_names_one(kb):
    """"X به همراه Y با Z دیدار کرد": Y came along with X; Z, after "با", is whom they met."""
    events = reported_events("وزیر خارجه عمان به همراه فرستاده آمریکا با عراقچی دیدار کرد.", kb)
    met = [e for e in events if e.type == "CONSULT"]
    assert met and all("abbas-araghchi" in e.target_ids and "USA" not in e.target_ids for e in met), \
        [(e.type, e.source_ids, e.target_ids) for e in events]
