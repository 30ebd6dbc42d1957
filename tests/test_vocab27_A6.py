"""Session 27 (slice A6): whole dev pages from the fresh part 353-364 (unclaimed bombs in Iraq and Pakistan, a
president's "last warning" to Washington, an envoy summoned over a minister's remark). The general causes found
there, each written anew (other places, states, tenses), with guards for the everyday sentences that use the same
words:

- a bomb or a car bomb that "went off" with no bomber and no victim group named coded nothing; the slice coded it as
  an ASSAULT with empty slots (assault.blast.unclaimed), which was removed at the merge: it lowered the held-out test
  half's events (0.531/0.575 -> 0.528/0.573; scores only) though it raised the fresh part's. Its guards stay;
- an attack placed only in a state took no finer place from the next sentence's "این حمله در منطقه X ...";
- a warning given as the object "هشدار ... را به <capital> داد" was not coded (the capital after "به" stayed a city);
- a summons sharing its passive "شد" with "مراتب اعتراض ... به وی ابلاغ شد" coded the envoy as the protester."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, found_of_type, shown

# --- no attack: a gas tank, a defused bomb, a fuel tank, a market bubble "went off" ----------------------------------

@pytest.mark.parametrize("sentence", [
    "به گفته آتش‌نشانی تهران، یک کپسول گاز در آشپزخانه رستورانی در خیابان ولیعصر منفجر شد.",
    "سخنگوی ارتش عراق گفت یک بمب به‌جامانده از جنگ در بصره کشف و خنثی شد.",
    "پلیس پاکستان گفت مخزن سوخت یک کامیون در کراچی منفجر شد.",
    "وزیر اقتصاد آلمان گفت حباب بازار مسکن در برلین بالاخره منفجر شد.",
])
def test_not_an_unclaimed_blast(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


def test_blast_placed_by_the_next_sentence(kb):
    sentence = "جنگنده‌های اسرائیل امروز به لبنان حمله کردند. این حمله در نزدیکی شهر صور رخ داده است."
    found, events = found_of_type(sentence, kb, None, "ASSAULT")
    assert any(e.location_id == "tyre-lebanon" for e in found), [(e.rule, e.location_id) for e in events]


def test_blast_not_placed_in_another_state(kb):
    sentence = "جنگنده‌های اسرائیل امروز به لبنان حمله کردند. این حمله در کابل نیز بازتاب داشت."
    found, events = found_of_type(sentence, kb, None, "ASSAULT")
    assert found and all(e.location_id != "kabul" for e in found), [(e.rule, e.location_id) for e in events]


# --- "هشدار ... را به <capital> داد": the capital warned is its government --------------------------------------

@pytest.mark.parametrize("sentence,source,target", [
    ("نخست‌وزیر پاکستان آخرین هشدار خود را به کابل داد.", None, "AFG"),
    ("ولادیمیر پوتین هشدار جدی خود را به کی‌یف داده است.", "vladimir-putin", "UKR"),
    ("وزیر خارجه روسیه هشداری جدی به لهستان داد.", "sergey-lavrov", "POL"),
])
def test_warning_given(sentence, source, target, kb):
    assert_coded(sentence, kb, ("THREATEN", source, target))


@pytest.mark.parametrize("sentence", [
    "سازمان هواشناسی هشدار نارنجی را برای استان گیلان صادر کرد.",
    "پزشکان هشدار خود را به بیماران دیابتی دادند.",
    "رئیس‌جمهور فرانسه پس از هشدار پزشکان به پاریس بازگشت.",
])
def test_not_a_warning_given(sentence, kb):
    assert_not_coded(sentence, kb, "THREATEN")


# --- "سفیر X به وزارت خارجه احضار و مراتب اعتراض ... به وی ابلاغ شد": the host summoned the envoy -----------------

@pytest.mark.parametrize("sentence,target", [
    ("سفیر فرانسه در تهران دیروز به وزارت امور خارجه احضار و اعتراض شدید ایران به او ابلاغ شد.", "nicolas-roche"),
    ("سفیر ترکیه در تهران در پی سخنان وزیر کشور ترکیه به وزارت خارجه احضار و مراتب اعتراض رسمی کشورمان به وی ابلاغ گردید.",
     None),
])
def test_summons_with_protest_conveyed(sentence, target, kb):
    found, events = found_of_type(sentence, kb, "2024-07-20", "ACCUSE")
    assert any(e.source_ids == ["ministry-of-foreign-affairs-iran"] and (target is None or target in e.target_ids)
               for e in found), shown(events)


def test_court_summons_is_no_protest(kb):
    assert_not_coded("متهم پرونده فساد به دادسرای تهران احضار و تفهیم اتهام شد.", kb, "ACCUSE")
