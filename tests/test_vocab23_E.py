"""Session 23 (slice E): the rarer PLOVER types as Persian outlets tell them — a release announced by the side
that made it ("X از آزادی N اسیر Y خبر داد", the held one's nationality the target; hostages freed from kidnappers
are rescued, not released), envoys' expulsion announced ("از اخراج N دیپلمات Y خبر داد"), captives handed to the
Red Cross with the Red Cross as "تحویل"'s ezafe or in the present, a ceasefire ordered against a named side or
declared by one side alone, and blacklistings onto a list named by whom it holds. Each case is written anew
(other actors, other details); the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a release announced by the releaser: the held one's nationality is the target
    ("جنبش جهاد اسلامی فلسطین از آزادی سه گروگان اسرائیلی خبر داد.", ("RETREAT", "palestinian-islamic-jihad", "ISR")),
    ("گردان‌های قسام عصر امروز از آزادی یک اسیر آمریکایی خبر داد.", ("RETREAT", "al-qassam-brigades", "USA")),
    # envoys' expulsion announced by the expelling side
    ("وزارت خارجه لهستان از اخراج سه دیپلمات روس خبر داد.", ("SANCTION", None, "RUS")),
    ("دولت هلند روز دوشنبه از اخراج دو دیپلمات ایرانی خبر داد.", ("SANCTION", "NLD", "IRN")),
    # captives handed to the Red Cross: "تحویل X داد", and the present
    ("گردان‌های قسام دو اسیر اسرائیلی را تحویل کارکنان صلیب سرخ دادند.", ("RETREAT", "al-qassam-brigades", "ISR")),
    ("حماس چهار گروگان اسرائیلی را در رفح به نمایندگان صلیب سرخ تحویل می‌دهد.", ("RETREAT", "hamas", "ISR")),
    # a ceasefire ordered against a named side, or declared by one side alone
    ("ولادیمیر پوتین به ارتش روسیه دستور آتش‌بس سی ساعته در برابر اوکراین داد.", ("RETREAT", "vladimir-putin", "UKR")),
    ("حزب‌الله لبنان آتش‌بس یک‌جانبه دو روزه اعلام کرد.", ("RETREAT", "hezbollah", None)),
    # a blacklisting onto a list named by whom it holds
    ("وزارت خزانه‌داری آمریکا نام دو بانک ونزوئلایی را به فهرست «اشخاص خاص تحریم‌شده» این وزارتخانه اضافه کرد.",
     ("SANCTION", None, "VEN")),
    ("دولت کانادا چهار مقام ارشد بلاروس را به فهرست افراد تحریم شده خود افزود.", ("SANCTION", "CAN", "BLR")),
])
def test_session23_e_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # hostages freed from kidnappers by the police: rescued, not released by whoever tells of it
    ("پلیس مشهد از آزادی دو گروگان ربوده شده خبر داد.", "RETREAT"),
    # freedom of trade, not of people held
    ("سخنگوی دولت از آزادی واردات خودرو خبر داد.", "RETREAT"),
    # a release in another state is told, not made, by the announcer
    ("وزارت خارجه ایران از آزادی دو زندانی ایرانی در کانادا خبر داد.", "RETREAT"),
    # students and coaches dismissed are no envoys expelled
    ("رئیس دانشگاه از اخراج چهار دانشجو خبر داد.", "SANCTION"),
    ("باشگاه پرسپولیس از اخراج سرمربی تیم خبر داد.", "SANCTION"),
    # a football handed over, a parcel delivered
    ("داور توپ را تحویل دروازه‌بان تیم داد.", "RETREAT"),
    ("پیک موتوری بسته را به نماینده شرکت تحویل می‌دهد.", "RETREAT"),
    # an order to cease fire with no other side named
    ("فرمانده به سربازان دستور آتش‌بس داد.", "RETREAT"),
    # consumers boycotting goods, a club's own blacklist
    ("مردم کالاهای خارجی را تحریم کردند.", "SANCTION"),
    ("باشگاه سپاهان نام سه بازیکن را در فهرست سیاه خود قرار داد.", "SANCTION"),
])
def test_session23_e_guards(kb, sentence, etype):
    found = [e for e in reported_events(sentence, kb) if e.type == etype]
    assert not found, [(e.type, e.source_ids, e.target_ids, e.trigger) for e in found]
