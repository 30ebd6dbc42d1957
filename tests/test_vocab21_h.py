"""Session 21 (slice H): Afghan and Dari-language news — a call written with the Dari "تیلفونی"/"تلفونی", and the
surnames Afghan outlets name people by: after the name of an office the person held ("رئیس جمهور غنی", where "غنی"
is also an ordinary word), or alone for a sitting office holder ("خلیلزاد", "کابلوف"). Each case is written anew
(other actors, other details); the guards are everyday sentences with the same words that report no such event or
name no such person."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


def _coded_on(sentence, kb, published, expected):
    """An event of the type whose parties (either side) hold both ids given, on the article's date."""
    etype, one, other = expected
    events = reported_events(sentence, kb, published)
    found = [e for e in events if e.type == etype
             and all(i is None or i in e.source_ids + e.target_ids for i in (one, other))]
    assert found, [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # a call in the Dari spelling
    ("امیرخان متقی روز شنبه با هاکان فیدان وزیر خارجه ترکیه تماس تیلفونی داشت.",
     ("CONSULT", "amir-khan-muttaqi", "hakan-fidan")),
    ("وزیر خارجه پاکستان با امیرخان متقی گفتگوی تلفونی کرد و خواستار مهار گروه‌های مسلح شد.",
     ("CONSULT", None, "amir-khan-muttaqi")),
])
def test_session21_h_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,published,expected", [
    # a surname after the office its bearer held
    ("رییس جمهور غنی روز شنبه در ارگ با سفیر آلمان دیدار کرد و در مورد روند صلح گفتگو نمود.",
     "2019-06-01T10:00:00+04:30", ("CONSULT", "ashraf-ghani", None)),
    ("رئیس جمهور غنی در پیامی پیروزی در انتخابات را به صدراعظم جدید پاکستان تبریک گفت.",
     "2020-08-02T10:00:00+04:30", ("SUPPORT", "ashraf-ghani", "imran-khan")),
    # a sitting office holder's surname alone
    ("خلیلزاد روز شنبه با ملا برادر در دوحه دیدار کرد و درباره آتش‌بس گفتگو کرد.",
     "2020-03-07T10:00:00+04:30", ("CONSULT", "zalmay-khalilzad", "abdul-ghani-baradar")),
    ("کابلوف روز سه‌شنبه در مسکو با سفیر طالبان دیدار کرد.",
     "2024-07-20T10:00:00+04:30", ("CONSULT", "zamir-kabulov", None)),
    # a name without its title
    ("حسن آخند، رئیس‌الوزرای طالبان، با وزیر خارجه قطر در کابل دیدار کرد.",
     "2024-07-20T10:00:00+04:30", ("CONSULT", "mohammad-hassan-akhund", None)),
])
def test_session21_h_afghan_names(kb, sentence, published, expected):
    _coded_on(sentence, kb, published, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("مشتریان می‌توانند برای پیگیری سفارش با شماره تیلفون شرکت تماس بگیرند.", "CONSULT"),
    ("این پیام تیلفونی ساعت هشت صبح به دست مدیر مدرسه رسید.", "CONSULT"),
])
def test_session21_h_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence", [
    "کشورهای غنی وعده دادند به کشورهای فقیر کمک کنند و رئیس جمهور ایران از این وعده استقبال کرد.",
    "رئیس جمهور ایران در سفر به استان‌های غنی از نفت با استانداران دیدار کرد.",
])
def test_session21_h_ordinary_word_is_no_one(kb, sentence):
    events = reported_events(sentence, kb, "2019-06-01T10:00:00+04:30")
    assert not [e for e in events if "ashraf-ghani" in e.source_ids + e.target_ids], \
        [(e.type, e.source_ids, e.target_ids) for e in events]
