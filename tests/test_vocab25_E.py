"""Session 25, slice E (security and law): general causes found on whole real pages of arrests, sentences and
attacks inside Iran. Sentences are written anew, modelled on the phrasing only.

- The fallen counted as members of their force before an attack whose attacker goes unnamed ("سه نفر از ماموران
  نیروی انتظامی در حمله تروریستی ... به شهادت رسیدند"): the force was attacked, source unknown (frames.py
  _fallen_before_cause; counts in words up to ten join grammar.yaml partitive_heads, as "دو" and "سه" were).
- A clash with unnamed armed criminals as the cause ("در درگیری با اشرار مسلح / قاچاقچیان مسلح"): an attack whose
  attacker is untold (grammar.yaml unseen_attack_causes).
- Workers, staff or students "اخراج شدند" / "اخراج شده" were dismissed, not deported (events.yaml
  coerce.deport.passive unless_before); the arrest of dismissed workers is coded as the arrest it is.
- A person named by a burial place or shrine ("آرامگاه / مرقد / مزار ... X") names the place, not a party (chains.py
  _buried_here; grammar.yaml burial_place_heads).
- A sentence told in the passive in a court ("در (شعبه N) دادگاه انقلاب X به ... محکوم شدند"): the court sentenced
  (frames.py _sentencing_court; grammar.yaml court_heads).
Guards: accidents, family quarrels, a case heard, migrants still deported, the person himself still acting.
"""

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events

LEC = "law-enforcement-command-of-islamic-republic-of-iran"
IRGC = "islamic-revolutionary-guard-corps"
COURT = "islamic-revolutionary-court"

CODED = [
    # the fallen counted as members of their force, the attacker unnamed
    ("سه نفر از ماموران نیروی انتظامی در حمله تروریستی در خاش به شهادت رسیدند.", ("ASSAULT", None, LEC)),
    ("دو تن از پاسداران سپاه در کمین اشرار مسلح جان باختند.", ("ASSAULT", None, IRGC)),
    ("پنج تن از نیروهای سپاه در حمله تروریستی به شهادت رسیدند.", ("ASSAULT", None, IRGC)),
    # a clash with unnamed armed criminals
    ("یک مامور نیروی انتظامی در درگیری با اشرار مسلح در ایرانشهر به شهادت رسید.", ("ASSAULT", None, LEC)),
    ("چهار نفر از ماموران نیروی انتظامی در درگیری با قاچاقچیان مسلح زخمی شدند.", ("ASSAULT", None, LEC)),
    # dismissed workers arrested: the arrest, not a deportation
    ("کارگران اخراج‌شده کارخانه نساجی توسط ماموران پلیس بازداشت شدند.", ("COERCE", LEC, None)),
    ("کارگران اخراج شده شرکت فولاد روز گذشته از سوی نیروی انتظامی دستگیر شدند.", ("COERCE", LEC, None)),
    # a sentence passed in a court
    ("دو فعال مدنی در دادگاه انقلاب شیراز به شش سال زندان محکوم شدند.", ("COERCE", COURT, None)),
    ("این سه متهم در شعبه ۲۸ دادگاه انقلاب تهران به اعدام محکوم شدند.", ("COERCE", COURT, None)),
    # still coded: migrants deported, the person himself acting
    ("صدها مهاجر افغان از سوی پلیس پاکستان اخراج شدند.", ("COERCE", "PAK", "AFG")),
    ("آیت‌الله خمینی آمریکا را محکوم کرد.", ("ACCUSE", "ruhollah-khomeini", "USA")),
]

NOT_CODED = [
    ("چند نفر از مسافران در حادثه رانندگی کشته شدند.", "ASSAULT"),
    ("سه نفر از اعضای یک خانواده در درگیری با همسایگان زخمی شدند.", "ASSAULT"),
    ("این پرونده در دادگاه انقلاب بررسی شد.", "COERCE"),
]


@pytest.mark.parametrize("sentence,expected", CODED)
def test_vocab25_e_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", NOT_CODED)
def test_vocab25_e_guards(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


@pytest.mark.parametrize("sentence", [
    "کارگران اخراج‌شده کارخانه نساجی توسط ماموران پلیس بازداشت شدند.",
    "کارگران اخراج شده شرکت فولاد روز گذشته از سوی نیروی انتظامی دستگیر شدند.",
    "بیست کارگر این کارخانه از سوی مدیریت جدید اخراج شدند و مقابل فرمانداری تجمع کردند.",
])
def test_vocab25_e_dismissed_not_deported(kb, sentence):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.rule.startswith("coerce.deport")], [(e.rule, e.trigger) for e in events]


@pytest.mark.parametrize("sentence", [
    "مهاجمان با حمله به آرامگاه امام خمینی دو نگهبان را کشتند.",
    "افراد مسلح با حمله به مجلس و مرقد آیت‌الله خمینی چند نفر را کشتند.",
])
def test_vocab25_e_shrine_person_no_party(kb, sentence):
    events = reported_events(sentence, kb)
    assert all("ruhollah-khomeini" not in e.source_ids + e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]
