"""Session 19 (slice R): Afghan and Pakistani news as Dari and Persian outlets tell it — Taliban bans and closure
orders, releases with a mediator named before "از بند", deportations in the Afghan wording and in the present,
clashes that "took place", attacks ordered and borders closed with a state. Each case is written anew (other
actors, other details); the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a ban on women or girls, the banned no party; an order to close or seal
    ("طالبان در ولایت هرات حضور زنان در رستوران‌ها را ممنوع کردند.", ("COERCE", "taliban", None)),
    ("گروه طالبان هفته گذشته سفر دختران بدون محرم به ولایات دیگر را ممنوع اعلام کرد.", ("COERCE", "taliban", None)),
    ("طالبان دستور مسدودسازی چند مرکز آموزشی خصوصی در کابل را صادر کردند.", ("COERCE", "taliban", None)),
    # released with words between the object and "از بند"
    ("طالبان این خبرنگار محلی را پس از سه ماه بازداشت از بند رها کردند.", ("RETREAT", "taliban", None)),
    ("طالبان دو استاد دانشگاه را با وساطت بزرگان قومی ولایت غزنی و علمای محلی از زندان رها کردند.",
     ("RETREAT", "taliban", None)),
    # deported: sent to their country, and in the present from a border crossing
    ("پلیس پاکستان اعلام کرد که ۳۰۰ تبعه افغانستان از ایالت سند به کشورشان فرستاده شدند.", ("COERCE", "PAK", None)),
    ("معاون استاندار سیستان و بلوچستان گفت که هر روز صدها مهاجر افغان بدون مدرک از گذرگاه میلک اخراج می‌شوند.",
     ("COERCE", "IRN", None)),
    # a clash that took place
    ("درگیری میان نیروهای طالبان و مرزبانان ایران عصر دیروز به وقوع پیوست.", ("ASSAULT", "taliban", "IRN")),
    # an attack ordered by a leader: force threatened against whom "به" names
    ("ملا هبت‌الله آخوندزاده، رهبر طالبان دستور حمله گسترده به نیروهای ناتو مستقر در ولایت هلمند را صادر کرد.",
     ("THREATEN", None, "nato")),
    ("رهبر القاعده در پیامی دستور حمله به سفارت آمریکا را صادر کرد.", ("THREATEN", "al-qaeda", "USA")),
    # a border closed with a state
    ("ایران مرز میلک را با افغانستان مسدود کرد.", ("SANCTION", "IRN", "AFG")),
    ("پاکستان گذرگاه چمن را با افغانستان بست.", ("SANCTION", "PAK", "AFG")),
])
def test_session19_r_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("ورود زنان باردار به این بخش بیمارستان ممنوع است و پزشکان آن را ممنوع کردند.", "COERCE"),
    ("مدیر مدرسه استفاده دختران از تلفن همراه در کلاس را ممنوع کرد.", "COERCE"),
    ("شهرداری دستور مسدودسازی موقت این خیابان برای تعمیر لوله‌ها را صادر کرد.", "COERCE"),
    ("کارگران این کارخانه از مرز شصت سالگی گذشته‌اند و بازنشسته می‌شوند.", "COERCE"),
    ("او پرنده را پس از درمان در باغ از قفس رها کرد.", "RETREAT"),
    ("کشاورزان مرز زمین خود را با همسایه با دیوار بستند.", "SANCTION"),
    ("مربی تیم در نیمه دوم دستور حمله به دروازه حریف را صادر کرد.", "THREATEN"),
    ("درگیری لفظی میان دو بازیکن در پایان مسابقه به وقوع پیوست.", "ASSAULT"),
])
def test_session19_r_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
