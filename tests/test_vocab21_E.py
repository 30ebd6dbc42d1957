"""Session 21 (slice E): meetings and visits told but not held, and the sides of those held — an office whose final
"ه" carries a written ezafe ("وزیر خارجه‌ی عربستان", "وزیر خارجهٔ قطر") is still its state's office; a meeting
noun an invitation is for ("برای یک دیدار ... دعوت کرد"), an intention denied ("قصد دیدار با X را ندارد"), a
meeting called false or ruled out ("... را کذب محض خواند", "... را منتفی دانست") and a meeting wished for in a
talk's topic ("در خصوص تمایل خود برای دیدار با X صحبت کرد") report no meeting; an invitation welcomed ("از دعوت X
... استقبال کرد") is no guest received; credentials handed to a head of state named with an office. Each case is
written anew (other actors, other details); the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # an office with a written ezafe after its final "ه": the state's office, its holder on the day
    ("وزیر خارجه‌ی قطر دیروز به تهران سفر کرد.", ("CONSULT", "mohammed-bin-abdulrahman-bin-jassim-al-thani", "IRN")),
    ("وزیر خارجهٔ عمان امروز وارد بغداد شد.", ("CONSULT", "badr-bin-hamad-al-busaidi", "IRQ")),
    ("وزیر امور خارجه‌ی روسیه با وانگ یی در پکن دیدار کرد.", ("CONSULT", "sergey-lavrov", "wang-yi")),
    # credentials handed to a head of state named with the office after the name
    ("سفیر جدید ایران در مالزی استوارنامه خود را به سلطان ابراهیم اسکندر پادشاه این کشور تسلیم کرد.",
     ("CONSULT", None, "ibrahim-iskandar-of-johor")),
])
def test_session21_e_sides(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    # the meeting an invitation is for
    "اردوغان رئیس جمهور ترکیه از وی برای یک دیدار حضوری دعوت کرده اما با پاسخ منفی پزشکیان روبرو شده است.",
    # an intention to meet, denied
    "سخنگوی کرملین گفت پوتین قصد دیدار با زلنسکی را در این سفر ندارد.",
    "مکرون گفت هیچ مقام فرانسوی قصد ملاقات با نتانیاهو را ندارد.",
    # a meeting or a call called false or ruled out
    "کاخ سفید گفت‌وگوی تلفنی بایدن و شی جین‌پینگ را کذب محض خواند.",
    "سخنگوی وزارت خارجه چین دیدار شی جین‌پینگ و زلنسکی را منتفی دانست.",
    "دفتر نخست‌وزیر عراق خبر دیدار محمد شیاع السودانی با نتانیاهو را ساختگی توصیف کرد.",
    # a meeting wished for, the topic of a talk
    "بایدن روز گذشته در خصوص تمایل خود برای دیدار و گفتگو با رهبران چین صحبت کرد.",
    "اردوغان درباره تمایل ترکیه برای دیدار و گفت‌وگو با مقامات سوری صحبت کرد.",
    # an invitation welcomed, no guest received
    "وزارت خارجه قطر از دعوت رئیس‌جمهور ایران از امیر قطر برای سفر به تهران استقبال کرد.",
])
def test_session21_e_meeting_not_held(kb, sentence):
    found = [e for e in reported_events(sentence, kb) if e.type == "CONSULT"]
    assert not found, [(e.type, e.source_ids, e.target_ids, e.trigger) for e in found]


@pytest.mark.parametrize("sentence,expected", [
    # a meeting held, with the same words about it
    ("پوتین در دیدار با زلنسکی ادعای آمریکا را کذب محض خواند.", ("CONSULT", "vladimir-putin", "volodymyr-zelenskyy")),
    ("لاوروف درباره تحولات سوریه در دیدار با عراقچی گفت‌وگو کرد.", ("CONSULT", "sergey-lavrov", "abbas-araghchi")),
    ("پزشکیان در فرودگاه مهرآباد از امیر قطر استقبال کرد.", ("CONSULT", None, "masoud-pezeshkian")),
    ("بایدن برای یک دیدار دو ساعته با شی جین‌پینگ به سانفرانسیسکو رفت و با او دیدار کرد.",
     ("CONSULT", "joe-biden", "xi-jinping")),
])
def test_session21_e_held_meetings_stay(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "این خانواده از دعوت همسایه برای شام استقبال کرد.",
    "کارگردان فیلم قصد دیدار با تماشاگران شهرستان را ندارد.",
    "مدیر مدرسه شایعه تعطیلی مدرسه را کذب محض خواند.",
])
def test_session21_e_everyday_words_are_no_meeting(kb, sentence):
    found = [e for e in reported_events(sentence, kb) if e.type == "CONSULT"]
    assert not found, [(e.type, e.source_ids, e.target_ids, e.trigger) for e in found]
