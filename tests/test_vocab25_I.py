"""Session 25 (slice I): causes behind the misses on the dev half's new texts (181-200), fixed as phrasings.

- An indictment told in the passive ("برای X کیفرخواست صادر شد", "کیفرخواست X صادر شده است"): the first party
  inside is the indicted (who may go unnamed); the prosecutor who announces it is the source, else the judiciary of
  the indicted's state (coerce.indict.passive).
- A prison term with further penalties after "و" before the verb ("به یک سال زندان و دو سال محرومیت از ... محکوم
  کرد"): a sentence (COERCE), not a condemnation, however long the penalties run; an object after the term is a
  ruling condemned (coerce.sentence.penalties).
- People listed before "، همگی از اعضای W را": the list is the object, not the body W they belong to (chains).
- A court, prosecutor's office or prosecutor named by its city ("دادگاه انقلاب مشهد", "دادستان تبریز") before the
  trigger: the sentence or indictment happened in that city (places).
- A meeting noun's partner after "با" further on in the noun's phrase, past its adjectives ("ملاقات بسیار خوب و
  طولانی با X داشتم"), rather than an earlier meeting's partner in the same sentence (frames._partner).

Each case is written anew (other parties, places, tenses); the guards are everyday sentences with the same words that
report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # the indictment in the passive
    ("دادستان مشهد اعلام کرد برای چهار نفر از مدیران یک شرکت خصوصی کیفرخواست صادر شده است.", ("COERCE", None, None)),
    ("برای محمدرضا خاتمی کیفرخواست صادر شد.", ("COERCE", "judiciary-of-iran", "mohammad-reza-khatami")),
    ("کیفرخواست مصطفی تاجزاده روز گذشته در دادسرای فرهنگ و رسانه صادر شده است.", ("COERCE", "judiciary-of-iran", "mostafa-tajzadeh")),
    # a prison term with further penalties
    ("دادگاه انقلاب دو فعال صنفی معلمان را به پنج سال زندان و دو سال ممنوعیت خروج از کشور و محرومیت از فعالیت "
     "در فضای مجازی و شبکه‌های اجتماعی محکوم کرد.", ("COERCE", "islamic-revolutionary-court", None)),
    ("دادگاه انقلاب سه روزنامه‌نگار را به هفت ماه حبس و دو سال منع فعالیت مطبوعاتی و رسانه‌ای و ممنوعیت عضویت در "
     "احزاب و گروه‌های سیاسی محکوم کرد.", ("COERCE", "islamic-revolutionary-court", None)),
    # the members listed before the body they belong to
    ("دادگاه انقلاب محمدرضا خاتمی و مصطفی تاجزاده، هر دو از اعضای ارشد جبهه مشارکت را به یک سال زندان و دو سال "
     "ممنوعیت فعالیت حزبی محکوم کرد.", ("COERCE", "islamic-revolutionary-court", "mohammad-reza-khatami")),
    ("دادگاه انقلاب محمدرضا خاتمی، مصطفی تاجزاده و بهزاد نبوی، همگی از اعضای جبهه مشارکت را به زندان محکوم کرد.",
     ("COERCE", "islamic-revolutionary-court", "mohammad-reza-khatami")),
    # a meeting noun's partner past its adjectives, in a quote inside another meeting's sentence
    ("پوتین در دیدار با اردوغان گفت: من ماه گذشته ملاقات بسیار سازنده و صمیمانه‌ای با جناب آقای شی جین‌پینگ داشتم.",
     ("CONSULT", "vladimir-putin", "xi-jinping")),
    ("اردوغان در دیدار با پوتین گفت: هفته پیش دیدار طولانی و بسیار مفیدی با آقای محمد بن سلمان داشتم.",
     ("CONSULT", "recep-tayyip-erdogan", "mohammed-bin-salman")),
])
def test_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a bill of indictment read out, a permit issued: no indictment issued
    ("نماینده دادستان در جلسه امروز دادگاه متن کیفرخواست را قرائت کرد.", "COERCE"),
    ("برای این شرکت خصوصی مجوز فعالیت صادر شد.", "COERCE"),
    # a ruling condemned, its term named before the object
    ("ایران حکم دادگاه بحرین به پنج سال زندان و سلب تابعیت یک روحانی شیعه را محکوم کرد.", "COERCE"),
    # a match between two teams told with the same meeting noun and adjectives
    ("این بازیکن گفت: دیدار بسیار سخت و نفسگیری با تیم ملی ژاپن داشتیم.", "CONSULT"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


def test_members_not_their_body(kb):
    """The listed members are the ones sentenced; the party they belong to is no target."""
    events = reported_events("دادگاه انقلاب محمدرضا خاتمی و مصطفی تاجزاده، هر دو از اعضای ارشد جبهه مشارکت را به یک "
                             "سال زندان و دو سال ممنوعیت فعالیت حزبی محکوم کرد.", kb)
    assert all("islamic-iran-participation-front" not in e.target_ids for e in events), events


@pytest.mark.parametrize("sentence,place", [
    ("شعبه ۱۵ دادگاه انقلاب مشهد روز یکشنبه، دو فعال کارگری را به یک سال زندان محکوم کرد.", "mashhad"),
    ("دادستان تبریز گفت برای پنج متهم پرونده اختلاس کیفرخواست صادر شد.", "tabriz"),
])
def test_court_city(kb, sentence, place):
    events = [e for e in reported_events(sentence, kb) if e.type == "COERCE"]
    assert events and events[0].location_id == place, [(e.type, e.location_id) for e in events]


def test_court_city_only_for_a_court(kb):
    """A city named before the trigger but not as a court's seat places nothing by itself."""
    events = [e for e in reported_events("مردم مشهد دادگاه را ترک کردند و پلیس سه نفر را بازداشت کرد.", kb)
              if e.type == "COERCE"]
    assert all(e.location_id != "mashhad" for e in events), [(e.type, e.location_id) for e in events]
