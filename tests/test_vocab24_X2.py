"""Session 24, slice X2: arrests told as nouns, and unnamed criminals as attackers.

- An arrest told as the noun of an act done "while" the subject did another ("ماموران ... ضمن دستگیری N قاچاقچی، ...
  کشف کردند"): the subject made the arrest (events.yaml coerce.arrest.while).
- An announced arrest whose charge is set off by commas or told as a cause ("X از بازداشت N متهم، به دلیل ...، خبر
  داد"): the charged pattern takes "به دلیل / به علت / به جرم" and its gaps may cross those commas.
- Smugglers, robbers and other unnamed criminals as the subject of an attack on a named force ("قاچاقچیان مسلح به سوی
  ماموران پلیس تیراندازی کردند"): coded as an attack with its source unknown, as "اشرار" and "مهاجمان" already were
  (grammar.yaml unnamed_attackers; the coder's unnamed-attacker rule needed the word there).
Guards: the same words with no arrest made or no attack (a condemnation of arrests; smugglers merely active).
"""

import pytest

from tests.event_text import assert_coded, assert_not_coded

LEC = "law-enforcement-command-of-islamic-republic-of-iran"

CODED = [
    # arrests made "while" doing another act
    ("پلیس ایران ضمن دستگیری سه سارق، دو خودروی مسروقه را به صاحبانشان بازگرداند.", ("COERCE", LEC, None)),
    ("پلیس ایران ضمن بازداشت پنج نفر، مقادیری سلاح غیرمجاز کشف کرده است.", ("COERCE", LEC, None)),
    # the charge set off by commas, or told as a cause
    ("پلیس ایران از بازداشت شش نفر، به دلیل اخلال در نظم عمومی، خبر داد.", ("COERCE", LEC, None)),
    ("پلیس ایران از دستگیری دو نفر، به جرم کلاهبرداری اینترنتی، خبر داد.", ("COERCE", LEC, None)),
    # unnamed criminals attacking a named force
    ("قاچاقچیان سوخت به سمت ماموران پلیس ایران تیراندازی کردند.", ("ASSAULT", None, LEC)),
    ("سارقان مسلح به ماموران پلیس حمله کردند.", ("ASSAULT", None, LEC)),
    ("یک قاچاقچی به طرف ماموران پلیس شلیک کرد.", ("ASSAULT", None, LEC)),
]

NOT_CODED = [
    ("او ضمن محکوم کردن دستگیری خبرنگاران، خواستار آزادی آنان شد.", "COERCE"),
    ("پلیس ایران ضمن اشاره به افزایش سرقت، از مردم خواست مراقب اموال خود باشند.", "COERCE"),
    ("قاچاقچیان مواد مخدر همچنان در مناطق مرزی فعال هستند.", "ASSAULT"),
    ("پلیس ایران درباره شگردهای جدید سارقان به مردم هشدار داد.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,expected", CODED)
def test_vocab24_x2_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", NOT_CODED)
def test_vocab24_x2_guards(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
