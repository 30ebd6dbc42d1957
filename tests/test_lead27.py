"""Session 27 (lead). (1) The reported clause after a speech verb and its colon opens with a time phrase pointing back
("همان روز", "روز دوشنبه ۱۵ آبان") before its own subject: that subject, not the speaker, is the clause's."""

import pytest

from tests.event_text import assert_coded, assert_not_coded

PUBLISHED = "2023-11-13"


@pytest.mark.parametrize("text", [
    "ناصر کنعانی با اشاره به رویدادهای هفته گذشته تصریح کرد: همان روز سفیر سوئد در تهران به وزارت امور خارجه احضار شد.",
    "ناصر کنعانی در نشست خبری گفت: روز دوشنبه ۱۵ آبان سفیر سوئد در تهران به وزارت امور خارجه احضار شد.",
])
def test_time_phrase_before_the_reported_subject(kb, text):
    assert_coded(text, kb, ("ACCUSE", "ministry-of-foreign-affairs-iran", "SWE"), day=PUBLISHED)


@pytest.mark.parametrize("text, source, target", [
    ("هانس گروندبرگ در ریاض ملاقات‌هایی با وزیر خارجه عربستان داشت.", "hans-grundberg", "faisal-bin-farhan-al-saud"),
    ("وزیر خارجه عمان در مسقط نشستی با همتای ایرانی خود داشت.", None, "hossein-amir-abdollahian"),
])
def test_meetings_had_in_the_plural_or_as_a_session(kb, text, source, target):
    assert_coded(text, kb, ("CONSULT", source, target), day=PUBLISHED)


@pytest.mark.parametrize("text", ["این شرکت نشستی با سرمایه‌گذاران داشت.",
                                  "تیم ملی والیبال ایران دیدارهای تدارکاتی با تیم‌های اروپایی داشت."])
def test_meetings_had_guards(kb, text):
    assert_not_coded(text, kb, "CONSULT", day=PUBLISHED)
