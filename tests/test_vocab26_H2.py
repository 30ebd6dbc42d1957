"""Session 26 (slice H2): roles — what slice 26H left. Mechanisms, not sentences:
(1) An office phrase run on too long because "و" joins a second party right after a body, state or office the
linker found ("NAME، معاون بین‌الملل دفتر مقام معظم رهبری و جمعی از ...") ends before that "و": the office is the
apposed person's, not cut to the Leader's (strangers._joined_after_mention, grammar.yaml office_joiners).
(2) A deputy's or adviser's portfolio title is matched with "امور" before the portfolio too ("معاون امور اقتصادی
ریاست الوزرا") (matcher.with_affairs, grammar.yaml portfolio_heads, affairs_words).
(3) A trade in apposition after a name and a comma ("NAME، وکیل X", "NAME، خبرنگار ...") is that person's role
(strangers._heads_re, grammar.yaml apposition_trades).
(4) An ordinal before an office ("اولین رئیس‌جمهور کنیا") names the holder counted so (a position's `nth`), never
the day's holder; the person so named is history, not the holder a bare office means, nor a bound of the article's
era (roles._holders_on, roles._named_holders, linker._history_holders, grammar.yaml office_ordinals).
(5) An adviser's portfolio of three or more words ("دستیار امور سیاست خارجی رئیس جمهوری X") still makes the
office the adviser's, not the principal's (roles._adviser_before).
The sentences are the tests' own, modelled on the phrasing of real pages; the guards are everyday texts with the
same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _doc(text, kb, day: str | None = "2024-05-01"):
    published = f"{day}T10:00:00+03:30" if day else None
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb)


def _roles(text, kb, day: str | None = "2024-05-01"):
    return [(r.text, r.refers_to, r.kb_id) for r in _doc(text, kb, day).roles]


# ---------------------------------------------------------------- (1) an office joined to a second party by "و"

@pytest.mark.parametrize("text, office, person", [
    ("رئیس‌جمهور با همراهی مجید طالقانی‌پور، معاون ارتباطات دفتر مقام معظم رهبری و گروهی از مدیران ارشد دولت "
     "راهی اوگاندا شد.", "معاون ارتباطات دفتر مقام معظم رهبری", "Majid"),
    ("وزیر خارجه عمان در مسقط با کامران دلاوری‌نژاد، مدیرکل خلیج فارس وزارت امور خارجه ایران و چند تن از "
     "دیپلمات‌های این وزارتخانه دیدار کرد.", "مدیرکل خلیج فارس وزارت امور خارجه ایران", "Kamran"),
    ("هیئت ژاپنی با سهیل منصوری‌فر، رئیس بخش بین‌الملل سازمان انرژی اتمی ایران و شماری از کارشناسان این سازمان "
     "گفت‌وگو کرد.", "رئیس بخش بین‌الملل سازمان انرژی اتمی ایران", "Soheil"),
])
def test_office_before_a_joined_party(kb, text, office, person):
    roles = _roles(text, kb)
    assert any(t == office and who and who.split()[0] == person.split()[0] for t, who, _id in roles), roles


def test_office_with_its_own_and_is_whole(kb):
    """Guard: "امداد و نجات" is the body's own "و" (no mention before it): the office runs on to its body."""
    text = "مرتضی کاظمی‌نژاد، رئیس سازمان امداد و نجات جمعیت هلال احمر در جمع خبرنگاران گفت که تیم‌ها آماده‌اند."
    roles = _roles(text, kb)
    assert not any(t == "رئیس سازمان امداد" for t, _who, _id in roles), roles


# ---------------------------------------------------------------- (2) "امور" before a portfolio

@pytest.mark.parametrize("text, day, person_id", [
    ("معاون امور اقتصادی ریاست الوزرای طالبان با هیئت تجاری ازبکستان در کابل دیدار کرد.", "2023-05-28",
     "abdul-ghani-baradar"),
    ("معاون امور سیاسی رئیس‌الوزرای طالبان در دیدار با سفیر قطر بر تعامل با جهان تأکید کرد.", "2023-05-28",
     "abdul-kabir"),
    ("معاون امور اقتصادی رئیس‌جمهور در نشست ستاد تنظیم بازار گفت که قیمت کالاهای اساسی ثابت می‌ماند.",
     "2022-11-20", "mohsen-rezaee"),
])
def test_portfolio_with_affairs(kb, text, day, person_id):
    roles = _roles(text, kb, day)
    assert any(kid == person_id for _t, _who, kid in roles), roles


def test_affairs_office_of_a_body_is_no_portfolio_title(kb):
    """Guard: "معاون امور حقوقی وزارت کشور" is a ministry's deputy, not a vice president's title."""
    roles = _roles("معاون امور حقوقی وزارت کشور در نشست با استانداران گفت که لایحه آماده است.", kb, "2022-11-20")
    assert not any(kid == "mohsen-rezaee" for _t, _who, kid in roles), roles


# ---------------------------------------------------------------- (3) a trade in apposition

@pytest.mark.parametrize("text, phrase, person", [
    ("بهرام نیک‌سرشت، وکیل نسرین کاوه‌پور، روز یکشنبه گفت موکلش به یک سال حبس محکوم شده است.",
     "وکیل نسرین کاوه‌پور", "Bahram"),
    ("نسرین کاوه‌پور، خبرنگار حوزه اقتصادی روزنامه همشهری، روز گذشته به دادسرا احضار شد.",
     "خبرنگار حوزه اقتصادی روزنامه همشهری", "Nasrin"),
    ("فریدون اسلامی‌نسب، روزنامه‌نگار ساکن مشهد، پس از انتشار یک گزارش بازداشت شد.",
     "روزنامه‌نگار ساکن مشهد", "Fereydoun"),
])
def test_trade_in_apposition(kb, text, phrase, person):
    roles = _roles(text, kb)
    assert any(t.startswith(phrase) and who and who.split()[0] == person for t, who, _id in roles), roles


def test_trade_after_an_outlet_is_no_apposition(kb):
    """Guard: "به گزارش ایسنا، خبرنگار ما ..." — the outlet reporting, no person holding the trade."""
    roles = _roles("به گزارش ایسنا، خبرنگار ما از محل حادثه گزارش داد که آتش مهار شد.", kb)
    assert not any(t.startswith("خبرنگار") for t, _who, _id in roles), roles


# ---------------------------------------------------------------- (4) an ordinal before an office

@pytest.mark.parametrize("text, person_id", [
    ("هیئت ایرانی بر مزار نخستین رئیس‌جمهور کنیا در نایروبی حاضر شد.", "jomo-kenyatta"),
    ("در سال ۱۹۶۳ او اولین رئیس‌جمهور الجزایر شد و دو سال بعد در کودتا برکنار شد.", "ahmed-ben-bella"),
    ("پنجمین رئیس‌جمهور کنیا دیروز با هیئت تجاری هند دیدار کرد.", "william-ruto"),
])
def test_ordinal_names_the_counted_holder(kb, text, person_id):
    roles = _roles(text, kb, "2024-05-01")
    assert any(kid == person_id for _t, _who, kid in roles), roles


def test_ordinal_without_a_record_names_no_one(kb):
    """An ordinal the knowledge base has no count for names nobody, not the day's holder."""
    roles = _roles("دومین رئیس‌جمهور کنیا در سال ۲۰۲۰ درگذشت.", kb, "2024-05-01")
    assert not any(kid == "william-ruto" for _t, _who, kid in roles), roles


def test_ordinal_of_a_visit_is_no_ordinal_of_the_office(kb):
    """Guard: "اولین سفر رئیس‌جمهور کنیا": the visit is counted; the office is the day's holder's."""
    roles = _roles("اولین سفر رئیس‌جمهور کنیا به تهران در ماه آینده انجام می‌شود.", kb, "2024-05-01")
    assert any(kid == "william-ruto" for _t, _who, kid in roles), roles


def test_history_holder_is_not_the_bare_office(kb):
    """With no date, a first holder named as history is not the holder a bare office means later in the text, and
    does not bound the article's era."""
    text = ("هیئت ایرانی با حضور در آرامگاه جومو کنیاتا، نخستین رئیس‌جمهور کنیا، به مقام او ادای احترام کرد. "
            "سپس ویلیام روتو، رئیس‌جمهور کنیا از هیئت ایرانی در کاخ ریاست‌جمهوری استقبال کرد.")
    roles = _roles(text, kb, None)
    assert ("رئیس‌جمهور کنیا", "Jomo Kenyatta", "jomo-kenyatta") not in [
        r for r in roles if r[0] == "رئیس‌جمهور کنیا"][1:], roles
    assert any(kid == "william-ruto" for _t, _who, kid in roles), roles


# ---------------------------------------------------------------- (5) an adviser's long portfolio

@pytest.mark.parametrize("text, day", [
    ("حکمت حاجی‌اف دستیار امور سیاست خارجی رئیس‌جمهور آذربایجان در باکو با سفیر گرجستان دیدار کرد.", "2024-03-01"),
    ("دستیار امور سیاست خارجی رئیس جمهوری آذربایجان در کنفرانس مونیخ گفت که مذاکرات با ایروان ادامه دارد.",
     "2024-03-01"),
])
def test_long_portfolio_is_the_advisers(kb, text, day):
    roles = _roles(text, kb, day)
    assert not any(kid == "ilham-aliyev" for _t, _who, kid in roles), roles


def test_spokesperson_of_a_council_is_no_ministers_adviser(kb):
    """Guard: words between "سخنگوی" and an office that open no portfolio ("سخنگوی شورای نگهبان صلاحیت وزیر")."""
    roles = _roles("سخنگوی شورای نگهبان صلاحیت وزیر نیرو را زیر سؤال برد.", kb, "2024-03-01")
    assert any(t.startswith("وزیر نیرو") and kid for t, _who, kid in roles), roles
