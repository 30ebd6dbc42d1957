"""Session 27 (lead): the reported clause after a speech verb and its colon opens with a time phrase pointing back
("همان روز", "روز دوشنبه ۱۵ آبان") before its own subject: that subject, not the speaker, is the clause's."""

import pytest

from tests.event_text import assert_coded

PUBLISHED = "2023-11-13"


@pytest.mark.parametrize("text", [
    "ناصر کنعانی با اشاره به رویدادهای هفته گذشته تصریح کرد: همان روز سفیر سوئد در تهران به وزارت امور خارجه احضار شد.",
    "ناصر کنعانی در نشست خبری گفت: روز دوشنبه ۱۵ آبان سفیر سوئد در تهران به وزارت امور خارجه احضار شد.",
])
def test_time_phrase_before_the_reported_subject(kb, text):
    assert_coded(text, kb, ("ACCUSE", "ministry-of-foreign-affairs-iran", "SWE"), day=PUBLISHED)
