"""Session 28 (slice N2): people the knowledge base lacked, as knowledge — the heads of Iran's provincial judiciaries
the prosecutors of provincial capitals and the provinces' police chiefs (actors/kb28N2.yaml; Kermanshah's police
chief Mehdi Hajian, already known as the police's spokesman, in iran14.yaml). Their names link; their offices, named bare with
the province or the city, resolve to the holder of the article's day; the ordinary words among their surnames
("قهرمانی", "موحد") and a common surname alone ("حمیدی", "کرمی") link no one. Sentences are written for the tests."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _doc(text: str, kb, day: str):
    return annotate_document(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)


def _linked(text: str, kb, day: str = "2025-11-20") -> set[str]:
    return {e.kb_id for e in _doc(text, kb, day).entities}


def _office_holders(text: str, kb, day: str) -> set[str]:
    return {r.kb_id for r in _doc(text, kb, day).roles if r.kb_id}


@pytest.mark.parametrize("text, kb_id", [
    ("ناصر عتباتی در دیدار با خانواده‌های زندانیان از آزادی چهل محکوم مالی خبر داد.", "naser-atabati"),
    ("سعید شهواری گفت پرونده قاچاق سوخت در کوهدشت به دادگاه فرستاده شد.", "saeed-shahvari"),
    ("به گفته صدرالله رجایی‌نسب، سه کارمند شهرداری شیراز احضار شدند.", "sadrollah-rajaeinasab"),
    ("حسین فاضلی هریکندی از تشکیل پرونده برای سازندگان ویلاهای غیرمجاز خبر داد.", "hossein-fazeli-harikandi"),
    ("امیر خلفیان گفت عاملان تیراندازی در کوت عبدالله بازداشت شدند.", "amir-khalafian"),
    ("بهروز محمدی‌مهر از افتتاح دادسرای تازه در ملایر خبر داد.", "behrouz-mohammadimehr"),
    ("مجید الهیان با رئیس سازمان زندان‌ها در رشت دیدار کرد.", "majid-elahian"),
    ("حسین کثیرلو از دادگستری شهرستان مشگین‌شهر بازدید کرد.", "hossein-kasirlou"),
    ("رحیم جهانبخش گفت سارقان مسلح در مهاباد دستگیر شدند.", "rahim-jahanbakhsh"),
    ("به گفته سید محمود میرفیضی، عاملان تیراندازی در شوشتر شناسایی شدند.", "mahmoud-mirfeyzi"),
])
def test_named_judicial_officials_link(kb, text, kb_id):
    assert kb_id in _linked(text, kb)


@pytest.mark.parametrize("text, day, kb_id", [
    ("رئیس کل دادگستری استان خوزستان گفت پرونده متهمان به دادگاه کیفری رفت.", "2025-11-20", "ali-dehghani-judge"),
    ("رئیس کل دادگستری کرمانشاه از آزادی زندانیان جرائم غیرعمد خبر داد.", "2021-06-10", "parviz-tavasolizadeh"),
    ("رئیس کل دادگستری کرمانشاه از آزادی زندانیان جرائم غیرعمد خبر داد.", "2025-12-10", "shahram-karami"),
    ("دادستان اهواز گفت دو متهم پرونده قاچاق کالا بازداشت شدند.", "2025-10-05", "amir-khalafian"),
    ("دادستان شیراز از توقیف محموله داروی قاچاق خبر داد.", "2025-10-05", "kamran-mirhaji"),
    ("رئیس کل دادگستری سیستان و بلوچستان از آزادی زندانیان خبر داد.", "2023-04-10", "ali-mostafavinia"),
    ("رئیس کل دادگستری استان قزوین گفت حکم متهمان پرونده زمین‌خواری صادر شد.", "2025-06-10", "ali-mostafavinia"),
    ("فرمانده انتظامی خوزستان از دستگیری سه سارق مسلح در دزفول خبر داد.", "2025-11-20", "mahmoud-mirfeyzi"),
    ("فرمانده انتظامی استان کرمانشاه گفت دو قاچاقچی سلاح بازداشت شدند.", "2025-11-20", "mehdi-hajian"),
    ("فرمانده انتظامی کرمان از کشف دو تن تریاک در جیرفت خبر داد.", "2024-12-01", "naser-farshid"),
    ("رئیس کل دادگستری کهگیلویه و بویراحمد از افتتاح دادگاه صلح در دهدشت خبر داد.", "2025-11-25", "mahmoud-afrasiab"),
])
def test_office_resolves_to_the_holder_of_the_day(kb, text, day, kb_id):
    assert kb_id in _office_holders(text, kb, day)


def test_office_between_recorded_terms_names_no_one(kb):
    """Between a predecessor's last attested month and nothing known before it, the office stays unresolved."""
    holders = _office_holders("رئیس کل دادگستری کرمانشاه گفت دادگاه صلح تازه‌ای افتتاح شد.", kb, "2019-05-01")
    assert not holders & {"parviz-tavasolizadeh", "shahram-karami"}


@pytest.mark.parametrize("text, kb_id", [
    ("تیم ملی والیبال پس از قهرمانی در آسیا به کشور بازگشت.", "mojtaba-ghahremani"),
    ("او مردی موحد و اهل عبادت بود و با همه مهربان بود.", "yadollah-movahed"),
    ("آقای حمیدی معلم ریاضی مدرسه ما بود و امسال بازنشسته شد.", "ebrahim-hamidi-judge"),
    ("کرمی از اهالی روستا گفت آب آشامیدنی سه روز قطع بود.", "shahram-karami"),
    ("مردم برای آزادی زندانیان جرائم غیرعمد کمک کردند.", "ali-azadi-police"),
    ("او در دفتر شرکت با یک مهندس فرشید نام آشنا شد.", "naser-farshid"),
])
def test_common_words_and_bare_surnames_link_no_one(kb, text, kb_id):
    assert kb_id not in _linked(text, kb)
