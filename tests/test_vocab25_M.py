"""Session 25 (slice M, outlets unlike the agencies rasad was built on): Afghan Dari outlets, Persian services of
foreign broadcasters. Their attacks were missed for reasons that recur across them, each fixed as a mechanism:

- a group the knowledge base makes its state's government only from a date (the Taliban, from 15 August 2021) was
  an insurgent before it: its attacks on Afghan places and people are on Afghanistan, not on its own side
  (``coder._own_side`` with the article's day);
- Dari (and older Persian) mark the one attacked with "بر" ("طالبان بر پاسگاه‌های امنیتی حمله کردند"): pattern
  ``assault.on-bar``, the words that make "بر" another phrase ("بر اساس", "بر اثر", "علاوه بر") vetoing it;
- places as Dari pages name them: a district by its centre ("ولسوالی کجران", composed.yaml), provinces listed
  after a plural head ("در ولایت‌های فاریاب و جوزجان"), parts of a place in the genitive ("بر بخش‌های ولسوالی X");
- the armed opposition to the Taliban's government (National Resistance Front, Afghanistan Freedom Front), named
  only from their founding;
- killings told with the place or the charge between ("را در … به قتل رساندند", "را به اتهام … به قتل رساندند"),
  "از پا درآوردن", and victims counted (in words too: "دوازده") before a trigger that opens with its "را";
- an attack announced with the Dari "بالای" after its noun ("از حمله بالای ... خبر داد").

Every sentence is written anew (other actors, places and words); the guards keep sport, illness, "بر اساس" and
a single unnamed victim uncoded or coded as before."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import reported_events

_2019 = "2019-05-01T10:00:00+04:30"  # before the Taliban's return
_2022 = "2022-10-01T10:00:00+04:30"  # after it


def _assaults(sentence, kb, published):
    return [e for e in reported_events(sentence, kb, published) if e.type == "ASSAULT"]


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.location_id, e.trigger) for e in events]


@pytest.mark.parametrize("sentence,source,target,published", [
    # an insurgent before it governed: its attack on an Afghan city or people is on Afghanistan
    ("طالبان ماه گذشته به شهر قندوز یورش بردند.", "taliban", "AFG", _2019),
    ("جنگجویان طالبان دوازده غیرنظامی را در ولایت هرات کشتند.", "taliban", "AFG", _2019),
    # "بر" marks the one attacked
    ("شبه‌نظامیان الشباب شب گذشته بر یک پایگاه ارتش کنیا یورش بردند.", "al-shabaab", "KEN", _2019),
    ("حوثی‌ها بر مواضع ارتش عربستان در جیزان حمله کردند.", "houthis", "saudi-arabian-armed-forces", _2019),
    ("طالبان بر ولسوالی دولتیار ولایت غور حمله کردند.", "taliban", "AFG", _2019),
    # the armed opposition after 2021
    ("جبهه مقاومت ملی به یک کاروان طالبان در اندراب حمله کرد.", "national-resistance-front-of-afghanistan",
     "taliban", _2022),
    ("جبهه آزادی افغانستان به یک پاسگاه طالبان در ولایت کاپیسا حمله کرد.", "afghanistan-freedom-front", "taliban",
     _2022),
    # killings: the place or the charge between, "از پا درآوردن"
    ("داعش سه کارگر را در ولایت ننگرهار به قتل رساند.", "islamic-state", "AFG", _2019),
    ("شبه‌نظامیان الشباب هشت سرباز را در جنوب سومالی از پا درآوردند.", "al-shabaab", "SOM", _2019),
])
def test_attack_coded(sentence, source, target, published, kb):
    found = _assaults(sentence, kb, published)
    assert any(source in e.source_ids and target in e.target_ids for e in found), _show(found)


@pytest.mark.parametrize("sentence,source", [
    ("بوکوحرام بیست روستایی را کشتند.", "boko-haram"),
    ("طالبان دو معلم را به اتهام همکاری با دولت به قتل رساندند.", "taliban"),
    ("تحریک طالبان پاکستان چهارده پلیس را از پا درآوردند.", "tehrik-i-taliban-pakistan"),
])
def test_counted_victims(sentence, source, kb):
    """Victims counted and unnamed before a trigger that opens with "را": an attack with its target untold."""
    found = _assaults(sentence, kb, _2019)
    assert found and (source is None or any(source in e.source_ids for e in found)), _show(found)


@pytest.mark.parametrize("sentence,target", [
    ("جبهه آزادی افغانستان از حمله بالای نیروهای طالبان در ولایت پروان خبر داد.", "taliban"),
    ("منابع محلی از حمله بالای یک کاروان ارتش پاکستان در وزیرستان خبر دادند.", "pakistan-army"),
])
def test_announced_attack_with_balay(sentence, target, kb):
    found = _assaults(sentence, kb, _2022)
    assert any(target in e.target_ids for e in found), _show(found)


@pytest.mark.parametrize("sentence,places", [
    ("طالبان بر بخش‌های ولسوالی کجران حمله کردند.", {"district-gn-1138714"}),
    ("طالبان بر پاسگاه‌های پولیس در ولایت‌های فاریاب و جوزجان حمله کردند.",
     {"faryab-province", "jowzjan-province"}),
])
def test_dari_places(sentence, places, kb):
    found = _assaults(sentence, kb, _2019)
    assert any(e.location_id in places for e in found), _show(found)


@pytest.mark.parametrize("sentence,published", [
    ("مهاجمان تیم استقلال در نیمه دوم بر دروازه حریف حمله کردند.", _2019),
    ("بر اثر حمله قلبی، بازیگر سرشناس درگذشت.", _2019),
    ("بر اساس این گزارش، طالبان بر ضرورت گفت‌وگو تاکید کردند.", _2019),
    ("این بیماری هزاران نفر را از پا درآورد.", _2019),
    ("گرمای شدید دوازده کارگر را از پا درآورد.", _2019),
    ("وزارت صحت از افزایش حمله‌های آنفلوانزا بالای کودکان خبر داد.", _2022),
    ("در ولسوالی‌های کشور مکتب‌ها بازگشایی شد.", _2022),
])
def test_no_attack(sentence, published, kb):
    assert not _assaults(sentence, kb, published), _show(_assaults(sentence, kb, published))


def test_governing_group_at_home_after_its_return(kb):
    """From the day it governs, the group's acts in its own state's cities aim at no state (the knowledge base's
    reading): the date decides, not the words."""
    found = _assaults("طالبان ماه گذشته به شهر قندوز یورش بردند.", kb, "2023-05-01T10:00:00+04:30")
    assert not any("AFG" in e.target_ids for e in found), _show(found)


def test_bar_in_an_attribution_is_no_target(kb):
    found = _assaults("بر اساس گزارش‌ها، اسرائیل به غزه حمله کرد.", kb, _2019)
    assert found and not any("ISR" in e.target_ids for e in found), _show(found)


def test_resistance_front_named_only_from_its_founding(kb):
    doc = RawDocument(source="t.txt", published="2010-05-01T10:00:00+04:30",
                      text="جبهه مقاومت ملی در بیانیه‌ای از مردم خواست در انتخابات شرکت کنند. به گزارش خبرگزاری "
                           "مهر، این اقدام واکنش‌های زیادی به دنبال داشت و ناظران آن را مهم دانستند.")
    ids = {m.kb_id for m in annotate_document(doc, kb).entities}
    assert "national-resistance-front-of-afghanistan" not in ids, ids


# (slice M, accusations) broadcasters' Persian quotes the judgement whole, and rights groups call a state a violator
@pytest.mark.parametrize("sentence,source,target", [
    ("سخنگوی وزارت خارجه روسیه اقدام ناتو را «مداخله آشکار در امور منطقه» توصیف کرد.", "maria-zakharova", "nato"),
    ('رئیس‌جمهور ونزوئلا تحریم‌های جدید آمریکا را "جنایت علیه مردم ونزوئلا" قلمداد کرد.', "nicolas-maduro", "USA"),
    ("سازمان دیده‌بان حقوق بشر دولت میانمار را ناقض آشکار حقوق روهینگیاها دانست.", "human-rights-watch", "MMR"),
    ("گزارشگر ویژه سازمان ملل حکومت طالبان را ناقض حقوق زنان خوانده است.", None, "taliban"),
])
def test_judgement_quoted_or_violator(sentence, source, target, kb):
    found = [e for e in reported_events(sentence, kb, "2023-05-01T10:00:00+03:30") if e.type == "ACCUSE"]
    assert any(target in e.target_ids and (source is None or source in e.source_ids) for e in found), _show(found)


@pytest.mark.parametrize("sentence", [
    "منتقدان فیلم را «تجاوز به ذوق مخاطب» توصیف کردند.",
    'نویسنده رمان را "نقض قواعد داستان‌نویسی" توصیف کرد.',
    "کارشناسان این قانون را ناقض حقوق کارگران دانستند.",
    "مربی تیم این داور را ناقض قوانین بازی خواند.",
])
def test_no_judgement_of_a_party(sentence, kb):
    found = [e for e in reported_events(sentence, kb, "2023-05-01T10:00:00+03:30") if e.type == "ACCUSE"]
    assert not found, _show(found)
