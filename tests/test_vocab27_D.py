"""Session 27 (slice D): coercion, accusation and protest events rasad missed on real pages. The general causes found
on a bulk of real sentences (kept out of git), each written anew here (other people, offices, places, tenses), with
guards for the everyday sentences that use the same words:

- a condemned deed whose doer goes unnamed ("X حمله تروریستی به ... را محکوم کرد", "X این انفجار را محکوم کرد" with
  no attacker in the article) coded nothing: the condemnation now stands with no target (coder._unclaimed_deed,
  grammar.yaml unclaimed_deeds, events.yaml unclaimed_deed);
- unnamed people gathered in protest ("کارگران ... مقابل فرمانداری تجمع کردند", "در اعتراض به ... تجمع کردند") coded
  nothing while no party was named: a protest cue in the sentence (grammar.yaml protest_cues) now makes it an event
  (coder._one_side_named); a crowd gathered for a show or a demand alone still is none;
- a gathering staged with its article or place between in the perfect ("دست به یک تجمع اعتراضی ... زده‌اند"), a
  sit-in "taken up" ("تحصن اختیار کردند") and a gathering as the means of a demand ("با برگزاری تجمع ... خواستار ...
  شدند", one side named) were unknown wordings."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded

# --- a condemned deed whose doer goes unnamed -------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, source", [
    ("وزیر امور خارجه اندونزی، حمله تروریستی به یک کلیسا را که به کشته شدن ده‌ها نفر انجامید، به شدت محکوم کرد.", None),
    ("نخست‌وزیر پاکستان این انفجار را محکوم کرد.", None),
    ("دبیرکل سازمان ملل متحد، گروگان‌گیری مسافران یک اتوبوس را محکوم کرد.", "antonio-guterres"),
    ("سخنگوی وزارت امور خارجه اقدام تروریستی و وحشیانه دیروز در یک بازار محلی را محکوم کرد.", None),
])
def test_condemned_deed_with_no_doer_named(sentence, source, kb):
    assert_coded(sentence, kb, ("ACCUSE", source, None), need_source=True)


@pytest.mark.parametrize("sentence", [
    # a team doomed to lose after its attacks failed: no condemnation
    "با این حمله‌های بی‌ثمر، تیم میزبان محکوم به شکست بود.",
    # a court ordering a company to pay its debt is no condemnation of a deed
    "دادگاه شرکت پیمانکار را به پرداخت بدهی خود به بانک محکوم کرد.",
])
def test_condemned_deed_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ACCUSE")


# --- unnamed people gathered in protest -------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "پرستاران یک بیمارستان برای دریافت حقوق معوقه خود جلوی ساختمان دانشگاه علوم پزشکی تجمع کردند.",
    "کشاورزان در اعتراض به قطع حقابه خود روز گذشته مقابل فرمانداری تجمع کردند.",
    "صدها معلم دست به یک تجمع اعتراضی در برابر فرمانداری شهر زده‌اند.",
    "دانشجویان در اعتراض به افزایش شهریه در محوطه دانشکده تحصن اختیار کردند.",
])
def test_unnamed_protesters(sentence, kb):
    assert_coded(sentence, kb, ("PROTEST", None, None))


def test_gathering_as_the_means_of_a_demand(kb):
    assert_coded("کارکنان شهرداری با برگزاری تجمع مقابل مجلس خواستار پرداخت حقوق عقب‌افتاده خود شدند.", kb,
                 ("PROTEST", None, "islamic-consultative-assembly"))
    assert_coded("کارمندان بازنشسته با تجمع خود در برابر مجلس، خواستار اجرای قانون همسان‌سازی حقوق شدند.", kb,
                 ("PROTEST", None, "islamic-consultative-assembly"))


@pytest.mark.parametrize("sentence", [
    # a crowd gathered for a show
    "مردم برای تماشای آتش‌بازی شب سال نو در میدان شهر تجمع کردند.",
    # players objecting to the referee
    "بازیکنان تیم استقلال پس از گل دوم به داور اعتراض کردند.",
    # capital accumulated
    "سرمایه‌گذاران خارجی برای تجمع سرمایه در بورس تهران برنامه‌ریزی کرده‌اند.",
    # a demand alone, no one protested against named
    "دانش‌آموزان با برگزاری تجمعی در حیاط مدرسه خواستار تعمیر سالن ورزشی شدند.",
])
def test_protest_guards(sentence, kb):
    assert_not_coded(sentence, kb, "PROTEST")
