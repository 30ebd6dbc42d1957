"""Session 19 (slice I): wordings of Iranian domestic politics and of Iran's neighbours that real pages use and the
coder missed: confidence withdrawn from a minister, a statement issued against a state, help given in general words,
a clash with the other side named by "با", the Dari "تلیفونی", long charges, and a case "مصداق" of aggression."""
import pytest

from tests.event_text import reported_events


def _events(sentence, kb):
    return reported_events(sentence, kb, published="2024-05-12T10:00:00+03:30")


CASES = [
    # confidence withdrawn from a minister by parliament
    ("مجلس شورای اسلامی روز یکشنبه رای اعتماد خود را از محمدجواد ظریف پس گرفت.",
     ("ACCUSE", "islamic-consultative-assembly", "mohammad-javad-zarif")),
    ("نمایندگان مجلس با ۱۵۰ رأی موافق اعتمادشان را از عباس عراقچی وزیر امور خارجه برداشتند.",
     ("ACCUSE", "islamic-consultative-assembly", "abbas-araghchi")),
    # a statement issued against a state
    ("اتحادیه عرب در پایان نشست قاهره علیه ایران بیانیه صادر کرد.", ("ACCUSE", "arab-league", "IRN")),
    # help given in general words
    ("ترکیه در روزهای پس از زلزله سوریه را یاری کرد.", ("AID", "TUR", "SYR")),
    ("قطر پس از سیل ویرانگر به کمک مردم و دولت پاکستان شتافت.", ("AID", "QAT", "PAK")),
    # one side clashing with the other named by "با" inside the phrase
    ("نیروهای طالبان ساعتی به درگیری مسلحانه با ارتش پاکستان پرداختند.", ("ASSAULT", "taliban", "pakistan-army")),
    # the Dari spelling of a phone call
    ("امیرخان متقی در تماس تلیفونی با عباس عراقچی درباره وضعیت مهاجران گفت که روند بازگشت باید تدریجی باشد.",
     ("CONSULT", "amir-khan-muttaqi", "abbas-araghchi")),
    # a long charge between the object and the verb
    ("رجب طیب اردوغان عراق را متهم به کوتاهی در برخورد با عناصر مسلح مستقر در شمال کرد.",
     ("ACCUSE", "recep-tayyip-erdogan", "IRQ")),
    # a case of aggression
    ("وزارت خارجه پاکستان حمله هوایی افغانستان را مصداق تجاوز به حاکمیت این کشور دانست.",
     ("ACCUSE", "ministry-of-foreign-affairs-pakistan", "AFG")),
    # (step 2) an embassy evacuated: relations cut with the host
    ("دولت کانادا با تخلیه سفارت خود در تهران فعالیت دیپلماتیک خود را متوقف کرد.", ("SANCTION", "CAN", "IRN")),
    ("وزارت خارجه سودان اعلام کرد تخلیه سفارتش در ریاض را از امروز آغاز کرده است.", ("SANCTION", "SDN", "SAU")),
    # a clash "between" two sides, the verb further on
    ("درگیری میان مرزبانان ایران و نیروهای طالبان دیشب نیز رخ داد.", ("ASSAULT", "IRN", "taliban")),
    # (step 3) interference alleged, the meddler right after the noun and the field of it long
    ("امارات متحده عربی مدعی دخالت ایران در امور داخلی کشورهای عربی حاشیه خلیج فارس شد.",
     ("ACCUSE", "ARE", "IRN")),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_vocab19_i_shapes(kb, sentence, expected):
    etype, src, tgt = expected
    found = [(e.type, e.source_ids, e.target_ids) for e in _events(sentence, kb)]
    assert any(t == etype and src in s and tgt in g for t, s, g in found), found


@pytest.mark.parametrize("sentence,etype", [
    ("دوستانش او را در روزهای سخت بیماری یاری کردند.", "AID"),
    ("آتش‌نشانان به کمک ساکنان ساختمان شتافتند.", "AID"),
    ("مشتریان اعتماد خود را از این فروشگاه پس گرفتند.", "ACCUSE"),
    ("بازیکنان دو تیم در دقیقه ۸۰ به درگیری لفظی با داور پرداختند.", "ASSAULT"),
    ("کارشناسان این رفتار را مصداق اسراف در مصرف آب دانستند.", "ACCUSE"),
    ("انجمن صنفی معلمان علیه طرح جدید بیانیه صادر کرد.", "ACCUSE"),
    ("پلیس پس از تماس تلفنی مشکوک ساختمان سفارت را تخلیه کرد.", "SANCTION"),
    ("مدیر مدرسه پس از زلزله تخلیه سالن را آغاز کرد.", "SANCTION"),
    ("مربی تیم مدعی دخالت داور در نتیجه بازی شد.", "ACCUSE"),
])
def test_vocab19_i_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in _events(sentence, kb) if e.type == etype]
