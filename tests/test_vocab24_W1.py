"""Session 24 (slice W1, Iranian domestic politics, whole pages): an impeachment's earlier steps. Pages on parliament
report an impeachment long before the vote, told of the motion itself: it "got under way" ("استیضاح ... کلید
خورد"), its signatures reached the quorum, it was tabled or put on the agenda, or members signed it and handed it to
the presiding board. rasad coded only the tabling said with the parliament as subject ("مجلس طرح استیضاح X را اعلام
وصول کرد") and the vote itself, so these pages yielded no event. The steps are now an ACCUSE (disapprove, as the
tabled motion is) of the minister named inside the phrase; with no mover named, the parliament of the minister's
state (pattern `acts_unnamed` with the acting body "مجلس"). Each case is written anew (other ministers, tenses,
words between); the guards keep a motion short of the quorum or dropped, and everyday "کلید خورد" / "به حد نصاب
رسید" / "در دستور کار قرار گرفت" with no impeachment, uncoded."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events

_AUTUMN_2025 = "2025-10-05T10:00:00+03:30"  # the fourteenth government's ministers


@pytest.mark.parametrize("sentence,target", [
    ("روند استیضاح عبدالناصر همتی وزیر اقتصاد از هفته گذشته کلید خورد.", "abdolnaser-hemmati"),
    ("امضاهای استیضاح وزیر آموزش و پرورش به حد نصاب رسیده است.", "alireza-kazemi"),
    ("طرح استیضاح وزیر بهداشت روز یکشنبه در صحن علنی اعلام وصول شد.", "mohammad-reza-zafarghandi"),
    ("بیست و پنج نماینده طرح استیضاح وزیر نیرو را امضا کرده‌اند.", "abbas-aliabadi"),
    ("جمعی از نمایندگان طرح استیضاح وزیر بهداشت را به هیئت رئیسه مجلس تقدیم کردند.", "mohammad-reza-zafarghandi"),
    ("استیضاح وزیر آموزش و پرورش در دستور کار مجلس قرار گرفت.", "alireza-kazemi"),
])
def test_impeachment_steps(sentence, target, kb):
    events = reported_events(sentence, kb, _AUTUMN_2025)
    found = [e for e in events if e.type == "ACCUSE" and target in e.target_ids]
    assert found, [(e.type, e.source_ids, e.target_ids) for e in events]
    assert any("islamic-consultative-assembly" in e.source_ids for e in found), [e.source_ids for e in found]


@pytest.mark.parametrize("sentence", [
    "امضاهای استیضاح وزیر نیرو به حد نصاب نرسید.",
    "نماینده تهران گفت استیضاح وزیر کار منتفی شده است.",
    "ساخت بزرگراه تهران-شمال کلید خورد.",
    "امضاهای طومار کارگران به حد نصاب رسید.",
    "طرح جامع مدیریت آب در دستور کار وزیر نیرو قرار گرفت.",
    "وزیر نیرو گزارش عملکرد وزارتخانه را به هیئت رئیسه مجلس ارائه کرد.",
])
def test_no_impeachment(sentence, kb):
    events = reported_events(sentence, kb, _AUTUMN_2025)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.source_ids, e.target_ids) for e in events]


# (session 24 W1) a harm blamed on an actor's plot or (biological) attack: the speaker accuses the actor after it
@pytest.mark.parametrize("sentence,expected", [
    ("وزیر اطلاعات گفت اغتشاشات اخیر محصول توطئه‌های اسرائیل بود.", ("esmaeil-khatib", "ISR")),
    ("رئیس ستاد کل نیروهای مسلح گفت شاید شیوع این آفت نتیجه حمله بیولوژیکی آمریکا باشد.", (None, "USA")),
])
def test_harm_blamed_on_plot(sentence, expected, kb):
    source, target = expected
    events = [e for e in reported_events(sentence, kb) if e.type == "ACCUSE" and target in e.target_ids]
    assert events and (source is None or any(source in e.source_ids for e in events)), events


@pytest.mark.parametrize("sentence", [
    "وزیر کشاورزی گفت این محصول نتیجه تلاش کشاورزان است.",
    "کارشناسان گفتند کاهش تولید نتیجه توطئه نیست بلکه نتیجه خشکسالی است.",
    "رئیس‌جمهور گفت فیلم توطئه آمریکا را تماشا کرد.",
])
def test_no_plot_blamed(sentence, kb):
    assert not [e for e in reported_events(sentence, kb) if e.type == "ACCUSE"]
