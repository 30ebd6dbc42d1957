"""Session 24 (slice U): Iranian domestic politics — offices named by their constituency or county, and a vote
that carries a dismissal. Real pages name a prosecutor or a county governor by a composed county ("دادستان
شهرستان X", "فرماندار شهرستان X"), which no office took as its place (only curated places did), so the office and
its arrest or criticism were lost; they name an MP by the constituency alone ("نماینده قم", "نماینده X در مجلس"),
with no "مجلس" or "مردم" in the office, which named no one; and they report a minister removed by the chamber's vote
in the passive ("با رأی عدم اعتماد ۱۸۲ نماینده، X برکنار شد"), where the voters, named after "با رأی", were read as
no agent, and criticism raised "against" a party ("انتقاداتی را علیه X مطرح کرد"), which had no trigger. Each case
is written anew (other places, offices, tenses); the guards keep "نماینده" before a state, a foreign city or nothing
an envoy's or a stranger's word, a vote that elects no one's dismissal, and criticism that names no party."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # an office of a composed county
    ("دادستان شهرستان سراوان از بازداشت دو کارمند شهرداری خبر داد.", ("COERCE", "IRN", None)),
    ("فرماندار شهرستان میناب از وزیر کشور به دلیل تاخیر در بودجه انتقاد کرد.", ("ACCUSE", "IRN", "ahmad-vahidi")),
    # an MP named by the constituency alone
    ("نماینده اردبیل در مجلس از وزیر بهداشت انتقاد کرد.", ("ACCUSE", "islamic-consultative-assembly", "bahram-eynollahi")),
    ("نماینده شیراز از وزیر اقتصاد به شدت انتقاد کرده است.", ("ACCUSE", "islamic-consultative-assembly", "ehsan-khandouzi")),
    # a dismissal carried by the chamber's vote (SANCTION since session 28 A, as the real-news gold codes removals)
    ("با رأی عدم اعتماد ۱۶۵ نماینده، وزیر کشور از سمت خود برکنار شد.", ("SANCTION", "islamic-consultative-assembly", "ahmad-vahidi")),
    ("وزیر بهداشت با رای عدم اعتماد نمایندگان مجلس برکنار شد.", ("SANCTION", "islamic-consultative-assembly", "bahram-eynollahi")),
    # criticism raised against a party
    ("محمدباقر قالیباف انتقادات تندی را علیه وزیر اقتصاد مطرح کرد.", ("ACCUSE", "mohammad-bagher-ghalibaf", "ehsan-khandouzi")),
])
def test_domestic_politics(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # "نماینده" before a state, a foreign city or nothing: no MP
    ("نماینده ایران در نشست وین حضور داشت و گزارش آژانس را بررسی کرد.", "ACCUSE"),
    ("نماینده در جلسه حضور داشت و درباره بودجه سخن گفت.", "ACCUSE"),
    # a vote that elects, and criticism with no party against it
    ("با رأی موافق نمایندگان، وزیر پیشنهادی کشور از مجلس رأی اعتماد گرفت.", "ACCUSE"),
    ("او انتقادات خود را در جلسه هفتگی مطرح کرد.", "ACCUSE"),
    ("دادستان شهرستان سراوان از برگزاری جلسه شورای تامین خبر داد.", "COERCE"),
])
def test_domestic_guards(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)
