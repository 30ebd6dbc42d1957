"""Session 21 (slice I): the wordings Persian outlets based abroad use for the West's dealings with Iran that rasad
missed — a party urged to release or to cancel ("X را به آزادی ... فراخواند"), a group designated a terrorist
organisation ("X را به‌عنوان سازمان تروریستی معرفی کرد", "با قرار دادن X در فهرست ... موافقت کردند"), another's
step rejected in passing ("با رد اقدام X، ..."), and a charge announced by the prosecuting side ("اتهام X را
«جاسوسی» اعلام کرد"). Each case is written anew (other actors, other details); the guards are everyday sentences
with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a party urged to release someone, to cancel a sentence, to cooperate or to return to a commitment
    ("دفتر حقوق بشر سازمان ملل دولت عراق را به آزادی فوری روزنامه‌نگاران بازداشت‌شده فراخوانده است.",
     ("REQUEST", "office-of-the-united-nations-high-commissioner-for-human-rights", "IRQ")),
    ("وزیر خارجه هلند دولت بلاروس را به آزادی همه زندانیان سیاسی فراخوانده است.", ("REQUEST", None, "BLR")),
    ("پارلمان اروپا مقامات مصر را به لغو احکام اعدام معترضان فرا می‌خواند.", ("REQUEST", "european-parliament", "EGY")),
    ("اتحادیه اروپا ونزوئلا را به بازگشت به تعهدات انتخاباتی خود فراخوانده است.", ("REQUEST", "european-union", "VEN")),
    ("شورای حکام کره شمالی را به همکاری کامل با بازرسان فرا می‌خواند.", ("REQUEST", None, "PRK")),
    # a group designated a terrorist organisation
    ("دولت استرالیا حزب‌الله را به‌عنوان یک سازمان تروریستی معرفی کرد.", ("SANCTION", "AUS", "hezbollah")),
    ("کانادا گروه واگنر را سازمان تروریستی اعلام کرده است.", ("SANCTION", "CAN", "wagner-group")),
    ("وزرای خارجه اتحادیه اروپا با قرار دادن حماس در فهرست سازمان‌های تروریستی موافقت کردند.",
     ("SANCTION", "european-union", "hamas")),
    # another's step rejected as the manner of a statement
    ("ترکیه و قطر با رد اقدام سه کشور اروپایی، آن را غیرسازنده دانستند.", ("REJECT", "TUR", "eu-three")),
    ("مسکو ضمن رد تصمیم اتحادیه اروپا درباره تحریم بانک‌ها، گفت پاسخ خواهد داد.", ("REJECT", "RUS", "european-union")),
    # a charge announced by the prosecuting side
    ("غلامحسین اسماعیلی اتهام توماج صالحی را «تبانی علیه امنیت ملی» عنوان کرد.",
     ("ACCUSE", "gholam-hossein-esmaili", "toomaj-salehi")),
    ("ماریا زاخارووا روز دوشنبه اتهام الکسی ناوالنی را «افراط‌گرایی» اعلام کرده است.",
     ("ACCUSE", "maria-zakharova", "alexei-navalny")),
])
def test_session21_i_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("معلم دانش‌آموزان را به آزادی بیان و احترام به دیگران فراخواند.", "REQUEST"),
    ("مدیر مدرسه خانواده‌ها را به همکاری با معلمان فراخواند.", "REQUEST"),
    ("این کتاب سازمان‌های تروریستی را به خوانندگان معرفی کرده است.", "SANCTION"),
    ("کارشناسان با قرار دادن نام کالاها در فهرست قیمت موافقت کردند.", "SANCTION"),
    ("مدیر باشگاه با رد اقدام داور، گفت به فدراسیون شکایت می‌کنیم.", "REJECT"),
    ("وکیل او گفت اتهام موکلش هنوز اعلام نشده است.", "ACCUSE"),
])
def test_session21_i_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence,etype,subject", [
    # (a passive inside a relative clause tells of the noun before its "که", not of the main clause's subject)
    ("وزیر خارجه استرالیا از دولت چین خواست درباره وضعیت یانگ هنگجون، نویسنده‌ای که سال گذشته توسط چین بازداشت شد، "
     "توضیح دهد.", "COERCE", "penny-wong"),
    ("ریشی سوناک با تکرار درخواست خود از دولت ایران خواست درباره مرگ یک شهروند دوتابعیتی، مردی که سال گذشته توسط "
     "ایران اعدام شد، توضیح دهد.", "COERCE", "rishi-sunak"),
])
def test_session21_i_relative_passive_is_not_the_speakers(kb, sentence, etype, subject):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == etype and subject in e.target_ids], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]
