"""Session 31 (slice QBODY): speakers the knowledge base lacked, whose statements were dropped for want of a speaker —
the UN human rights office named without the UN, the Free Syrian Army by its short name once named in full, and a
shipping line by its initials after its head word (never its ships, which bear the initials too)."""

from __future__ import annotations

import pytest

from tests.event_text import quote_said, quotes_shown, reported_quotes


@pytest.mark.parametrize("sentence,starts,speaker", [
    ("کمیساریای حقوق بشر روز سه‌شنبه خبر داد که در درگیری‌های دو روز گذشته ۴۰ غیرنظامی کشته شده‌اند.",
     "در درگیری‌های دو روز", "office-of-the-united-nations-high-commissioner-for-human-rights"),
    ("کمیساریای عالی حقوق بشر اعلام کرد که اجرای احکام اعدام در این کشور افزایش یافته است.",
     "اجرای احکام اعدام", "office-of-the-united-nations-high-commissioner-for-human-rights"),
    ("ارتش آزاد سوریه در حومه حلب فعال است. ارتش آزاد اعلام کرد یک پایگاه دولتی را در حومه ادلب تصرف کرده است.",
     "یک پایگاه دولتی", "free-syrian-army"),
    ("شرکت سوئیسی ام‌اس‌سی پیشتر اعلام کرده بود که یک کشتی باری این شرکت در خلیج عدن هدف قرار گرفته است.",
     "یک کشتی باری", "mediterranean-shipping-company"),
])
def test_speaker_now_known(sentence, starts, speaker, kb):
    quotes = reported_quotes(sentence, kb)
    assert quote_said(quotes, starts, speaker), quotes_shown(quotes)


def test_free_army_alone_is_no_actor(kb):
    """"ارتش آزاد" alone, with the Syrian army never named in full, is no actor (a short form only)."""
    assert not reported_quotes("ارتش آزاد اعلام کرد یک پایگاه دولتی را در حومه ادلب تصرف کرده است.", kb)


def test_ship_named_by_the_initials_is_no_actor(kb):
    """A ship bearing the line's initials is hit, not the company: no actor, no event."""
    from rasad.annotate.document import annotate_document
    from rasad.records import RawDocument
    doc = annotate_document(RawDocument(source="t.txt", text="کشتی کانتینری ام‌اس‌سی آلفا در خلیج عدن هدف حمله "
                                        "موشکی قرار گرفت.", published="2024-05-01T10:00:00+03:30"), kb)
    assert not any(e.kb_id == "mediterranean-shipping-company" for e in doc.entities)
