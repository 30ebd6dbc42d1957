"""Session 25, slice K (security and law, leftovers of slice E): general causes found on real pages of attacks on
Iran's border guards and police and of sentences upheld. Sentences are written anew, modelled on the phrasing only.

- Iran's forces named bare by what they do ("مرزبانان", "نیروهای مرزبانی", "گشت انتظامی", "کارکنان انتظامی",
  "فرماندهی انتظامی", "حافظان امنیت", "مدافعان امنیت"): home bodies of the article's state (roles.yaml home_body;
  the body each noun is, grammar.yaml bare_force_bodies; "حافظان/مدافعان امنیت" the state's forces at large, which
  an attack with no attacker can be aimed at: grammar.yaml security_keepers).
- A bare force named with a province or city of a state whose police is one national force ("ماموران پلیس استان
  مرکزی", "فرماندهی انتظامی استان فارس", "پلیس تهران"): that national force (references._national_force_state;
  grammar.yaml national_force_states), not a force of the place's own (London's police stays unnamed so).
- An epithet after an attack's noun ("در حمله ناکام تروریست‌ها", "حمله ناجوانمردانه مسلحانه"): the cause still
  reads as an attack with its attacker untold (grammar.yaml attack_epithets).
- A sentence upheld, in the passive with the court as its seat ("حکم اعدام ... در دیوان عالی کشور تأیید شد") or
  announced ("از تأیید حکم اعدام ... خبر داد"): COERCE, as a sentence passed is (events.yaml coerce.sentenced,
  coerce.sentence.upheld.announced; frames._sentencing_court reads the court inside the trigger's gap).
Guards: a club's appointment upheld, a candidate's approval announced, a failed bid in sport, a police chief of a
province stays the province's office, a named state's border guards stay the state.
"""

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events

LEC = "law-enforcement-command-of-islamic-republic-of-iran"
BORDER = "border-guard-command-iran"
SUPREME = "supreme-court-of-iran"
JUDICIARY = "judiciary-of-iran"

CODED = [
    # bare border guards and police patrols
    ("در حمله تروریستی در میرجاوه دو نفر از مرزبانان به شهادت رسیدند.", ("ASSAULT", None, BORDER)),
    ("مرزبانان سه قاچاقچی مسلح را در نوار مرزی سرباز دستگیر کردند.", ("COERCE", BORDER, None)),
    ("چند نفر از نیروهای مرزبانی در کمین اشرار مسلح در سراوان زخمی شدند.", ("ASSAULT", None, BORDER)),
    ("افراد ناشناس به گشت انتظامی در جاده زاهدان حمله کردند.", ("ASSAULT", None, LEC)),
    # the keepers of security: the state's forces at large
    ("چهار تن از حافظان امنیت در حمله مسلحانه در راسک به شهادت رسیدند.", ("ASSAULT", None, "IRN")),
    ("دو نفر از مدافعان امنیت در حمله تروریستی در ایرانشهر جان باختند.", ("ASSAULT", None, "IRN")),
    # provincial and city police of a national force
    ("سه نفر از ماموران پلیس استان مرکزی در درگیری با سارقان مسلح زخمی شدند.", ("ASSAULT", None, LEC)),
    ("فرماندهی انتظامی استان فارس از دستگیری پنج سارق مسلح خبر داد.", ("COERCE", LEC, None)),
    ("پلیس اصفهان دو کلاهبردار اینترنتی را بازداشت کرد.", ("COERCE", LEC, None)),
    # an epithet after the attack's noun
    ("در حمله ناکام تروریست‌ها به پاسگاه مرزی، یکی از ماموران نیروی انتظامی به شهادت رسید.", ("ASSAULT", None, LEC)),
    ("در حمله ناجوانمردانه تروریستی به یک پاسگاه، دو تن از پاسداران سپاه به شهادت رسیدند.",
     ("ASSAULT", None, "islamic-revolutionary-guard-corps")),
    # sentences upheld
    ("حکم اعدام دو قاچاقچی مواد مخدر در دیوان عالی کشور تأیید شد.", ("COERCE", SUPREME, None)),
    ("حکم حبس این روزنامه‌نگار در دیوان عالی کشور تایید شد.", ("COERCE", SUPREME, None)),
    ("سخنگوی قوه قضاییه از تایید حکم اعدام چهار متهم پرونده قتل خبر داد.", ("COERCE", JUDICIARY, None)),
    ("رئیس کل دادگستری استان گیلان از تأیید حکم قصاص قاتل این جوان خبر داد.", ("COERCE", JUDICIARY, None)),
]

NOT_CODED = [
    ("حکم انتصاب مدیرعامل جدید باشگاه در هیئت مدیره تایید شد.", "COERCE"),
    ("رئیس ستاد انتخابات از تایید صلاحیت نامزدها خبر داد.", "COERCE"),
    ("در حمله ناکام تیم ملی به دروازه حریف، بازیکن میانی مصدوم شد.", "ASSAULT"),
    ("حافظان قرآن در مسابقات سراسری شرکت کردند.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,expected", CODED)
def test_vocab25_k_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", NOT_CODED)
def test_vocab25_k_guards(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


def test_vocab25_k_named_state_stays_state(kb):
    """Border guards named with their state ("مرزبانان ایران") are the state, as the press means it."""
    events = reported_events("دیشب درگیری میان مرزبانان ایران و طالبان رخ داد.", kb)
    assert any("IRN" in e.source_ids + e.target_ids for e in events), [(e.source_ids, e.target_ids) for e in events]
    assert all(BORDER not in e.source_ids + e.target_ids for e in events)


def test_vocab25_k_foreign_city_police_unnamed(kb):
    """A city's police abroad is no national force: "پلیس لندن" is not read as a body of the knowledge base."""
    events = reported_events("پلیس لندن دو معترض را در مقابل پارلمان بازداشت کرد.", kb)
    assert all(LEC not in e.source_ids for e in events)
