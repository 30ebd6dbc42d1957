"""Session 32 (slice SPORT): a state named as a side on a sports page is its national team in the page's sport
("مقابل ژاپن", "X را شکست داد", "تیم نروژ", "ایران ۲۵ – ۲۱ لهستان"), named as English Wikipedia titles it by a
table per sport and gender (rasad/data/kb/sport_sides.yaml, rasad/annotate/link/sides.py). The page's sport is read
once from its words; a state after a place word ("در قطر", "به میزبانی") stays the state; in an individual sport a
state beside a bout is the athlete's country; a political page that names a match keeps its states. Sentences are our
own, modelled on real sports reports; guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.annotate.link.sides import team_name
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _doc(text: str, kb):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)


def _names(text: str, kb) -> dict[str, str]:
    return {e.name: e.type for e in _doc(text, kb).entities}


@pytest.mark.parametrize("text,teams,states", [
    # futsal: a side word before ("مقابل", "به مصاف") and a score after
    ("تیم ملی فوتسال ایران در دیدار یک چهارم نهایی جام ملت‌های آسیا مقابل تایلند قرار گرفت. شاگردان سرمربی فوتسال "
     "کشورمان این مسابقه را با نتیجه ۵ بر ۲ بردند و در نیمه نهایی به مصاف کویت می‌روند.",
     ["Thailand national futsal team", "Kuwait national futsal team"], ["Thailand", "Kuwait"]),
    # women's basketball: the sentence's gender; "X را شکست داد"
    ("تیم ملی بسکتبال بانوان ایران در مسابقات قهرمانی آسیا قزاقستان را شکست داد. دختران بسکتبال کشورمان در دیدار "
     "بعدی برابر هند بازی می‌کنند و برای صعود به مرحله نیمه نهایی به امتیاز این بازی نیاز دارند.",
     ["Kazakhstan women's national basketball team", "India women's national basketball team"], ["Kazakhstan", "India"]),
    # volleyball: a set's score between the sides; a team of the knowledge base keeps its id
    ("والیبال ایران در هفته دوم لیگ ملت‌ها به مصاف لهستان رفت. ست اول: ایران ۲۵ – ۲۱ آرژانتین. در ست دوم والیبال "
     "ایران امتیاز‌های پیاپی گرفت و این مسابقه را برد.",
     ["Poland men's national volleyball team", "Argentina men's national volleyball team"], ["Poland", "Argentina"]),
    # chess: a list whose last state carries the side word; a praised team head
    ("تیم ملی شطرنج ایران در دور هفتم المپیاد جهانی شطرنج برابر تیم قدرتمند اسپانیا به تساوی رسید. شطرنج‌بازان "
     "کشورمان پیش از این مسابقه مصر، کوبا و کانادا را شکست داده بودند و در جدول امتیاز‌ها پنجم هستند.",
     ["Spain national chess team", "Egypt national chess team", "Cuba national chess team",
      "Canada national chess team"], ["Spain", "Egypt", "Cuba", "Canada"]),
])
def test_a_state_as_a_side_is_its_team(text, teams, states, kb):
    names = _names(text, kb)
    assert all(t in names for t in teams), names
    assert not any(s in names for s in states), names


def test_a_team_head_is_part_of_the_name(kb):
    text = ("تیم ملی هندبال شیلی در دیدار نخست مسابقات قهرمانی جهان هندبال به مصاف ایران آمد و این بازی را با "
            "اختلاف سه گل برد. سرمربی هندبال کشورمان پس از این مسابقه از داوری انتقاد کرد.")
    ent = next(e for e in _doc(text, kb).entities if e.name == "Chile national handball team")
    assert "تیم ملی هندبال شیلی" in ent.forms


def test_the_host_stays_the_state(kb):
    """"در قطر", "به میزبانی اندونزی": the place of the games, not a side."""
    names = _names("مسابقات فوتسال قهرمانی آسیا به میزبانی اندونزی برگزار می‌شود و تیم ملی فوتسال ایران در دیدار "
                   "نخست مقابل ویتنام بازی می‌کند. فوتسال کشورمان در قطر اردو زده و سرمربی تیم از آمادگی بازیکنان "
                   "برای این مسابقه خبر داد.", kb)
    assert "Vietnam national futsal team" in names
    assert names.get("Indonesia") == "COUNTRY" and names.get("Qatar") == "COUNTRY"


def test_an_individual_bout_keeps_the_athletes_country(kb):
    """A wrestler "مقابل ژاپن" is Japan's athlete, not a team; "تیم ملی کشتی آزاد X" is the team."""
    names = _names("نماینده کشتی آزاد ایران در وزن ۶۵ کیلوگرم مسابقات قهرمانی آسیا در دیدار نخست مقابل حریفی از "
                   "ژاپن به پیروزی رسید و در مرحله نیمه نهایی برابر کشتی‌گیر قزاقستان قرار گرفت. تیم ملی کشتی آزاد "
                   "مغولستان در رده سوم این رقابت‌ها ایستاد.", kb)
    assert names.get("Japan") == "COUNTRY" and names.get("Kazakhstan") == "COUNTRY"
    assert "Mongolia national wrestling team" in names


@pytest.mark.parametrize("text,state", [
    # a political page that names a match keeps its states
    ("رئیس‌جمهور ایران در سفر به توکیو با نخست‌وزیر ژاپن دیدار کرد و درباره همکاری‌های اقتصادی گفت‌وگو کرد. او "
     "همچنین از بازی تیم فوتبال کشورش مقابل ژاپن یاد کرد.", "Japan"),
    # an economic "شکست" and "برابر" with no sport at all
    ("صادرات نفت عراق در ماه گذشته برابر ۳ میلیون بشکه در روز بود و رکورد پیشین را شکست. بازار نفت به این خبر "
     "واکنش نشان داد.", "Iraq"),
])
def test_no_sport_no_team(text, state, kb):
    names = _names(text, kb)
    assert names.get(state) == "COUNTRY", names
    assert not any("national" in n for n in names)


@pytest.mark.parametrize("sport,state,name,gender,title", [
    ("futsal", "USA", "United States", "men", "United States men's national futsal team"),
    ("football", "GBR", "United Kingdom", "men", "England national football team"),
    ("chess", "CHL", "Chile", "women", "Chile women's national chess team"),
    ("freestyle_wrestling", "IRN", "Iran", "men", "Iran national freestyle wrestling team"),
    ("freestyle_wrestling", "TUR", "Turkey", "men", "Turkey national wrestling team"),
])
def test_team_titles_follow_the_table(sport, state, name, gender, title):
    assert team_name(sport, state, name, gender) == title
