"""Session 30 (slice ENT3): known actors in the forms Afghan, Iraqi and provincial pages use. Afghanistan's police
named in Dari with a province or city ("پولیس بلخ": composed.yaml ``afghan-police-branch``) or by the nationality
("پلیس افغان"), its army bare in Dari ("اردوی ملی", a short form) beside a sibling force;
Iran's ministries by the short names other states' ministries share ("وزارت علوم") in a
page that names Iran most (linker._home_ministry, grammar.yaml home_ministry_heads); an Afghan river by the Dari
"دریای" (places.tsv). Sentences are our own, modelled
on real reports; guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED

_ANP = "afghan-national-police"
_UNGA = "united-nations-general-assembly"


def _ids(text: str, kb, padding: str = _REPORTED) -> set[str]:
    doc = annotate_document(RawDocument(source="t.txt", text=text + padding, published="2019-05-02T10:00:00+04:30"), kb)
    return {e.kb_id for e in doc.entities if e.kb_id}


@pytest.mark.parametrize("sentence", [
    "سخنگوی پولیس بلخ گفت که دو قاچاقچی مواد مخدر در مزار شریف بازداشت شدند.",
    "پولیس قندهار از کشف یک محموله سلاح در مسیر شاهراه خبر داد.",
    "در حمله شبانه مخالفان مسلح به یک پاسگاه، چهار پلیس افغان جان باختند.",
    "فرمانده پولیس ولایت ننگرهار می‌گوید که نیروهایش کنترل ساحه را دوباره به دست گرفته‌اند.",
])
def test_afghan_police_in_dari_and_by_nationality(kb, sentence: str) -> None:
    assert _ANP in _ids(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "پولیس کراچی سه مظنون را در حومه شهر دستگیر کرد.",  # Pakistan's city police, not Afghanistan's
    "پلیس تهران از دستگیری سارقان خبر داد.",  # Iran's
    "مسابقه فوتبال تیم پولیس با تیم ارتش در ورزشگاه ملی برگزار شد.",  # a team's name, no force named so
])
def test_police_elsewhere_is_no_afghan_police(kb, sentence: str) -> None:
    assert _ANP not in _ids(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "نیروهای پولیس ملی افغانستان و اردوی ملی در یک عملیات مشترک در ولایت هلمند ده شورشی را کشتند.",
    "پس از درگیری در ولسوالی نادعلی، پولیس افغانستان گفت سربازان اردوی ملی به کمک فرستاده شدند.",
])
def test_afghan_army_in_dari_beside_a_sibling_force(kb, sentence: str) -> None:
    assert "afghan-national-army" in _ids(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "سرمربی تیم ملی فوتبال ۲۴ بازیکن را به اردوی ملی دعوت کرد.",  # a national team's training camp
    "ملی‌پوشان کشتی از امروز در اردوی ملی در تهران حاضر می‌شوند.",
])
def test_a_national_team_camp_is_no_army(kb, sentence: str) -> None:
    assert "afghan-national-army" not in _ids(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "مجمع عمومی فدراسیون کشتی فردا برای انتخاب رئیس جدید برگزار می‌شود.",
    "مجمع عمومی سالانه صاحبان سهام شرکت پتروشیمی سود هر سهم را تصویب کرد.",
    "اعضای هیئت مدیره باشگاه در مجمع عمومی تغییر کردند.",
])
def test_a_general_meeting_is_no_assembly_of_the_un(kb, sentence: str) -> None:
    assert _UNGA not in _ids(sentence, kb)


@pytest.mark.parametrize("sentence,ministry", [
    ("وزارت علوم اعلام کرد که کلاس‌های دانشگاه‌های تهران و اصفهان از هفته آینده حضوری برگزار می‌شود.",
     "ministry-of-science-research-and-technology-iran"),
    ("به دنبال شیوع آنفلوانزا در مشهد و شیراز، وزارت بهداشت تعطیلی مدارس را پیشنهاد کرد.",
     "ministry-of-health-and-medical-education"),
    ("وزارت ارتباطات از وصل شدن اینترنت روستاهای استان کرمان خبر داد.",
     "ministry-of-information-and-communications-technology-iran"),
])
def test_short_ministry_in_a_page_on_iran(kb, sentence: str, ministry: str) -> None:
    assert ministry in _ids(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "وزارت بهداشت در غزه اعلام کرد که در حملات اسرائیل به خان یونس و رفح ۳۰ فلسطینی کشته شدند.",
    "وزارت بهداشت عراق اعلام کرد که شمار مبتلایان در بغداد و بصره افزایش یافته است؛ وزارت بهداشت هشدار داد.",
])
def test_short_ministry_in_a_page_on_another_state_is_not_irans(kb, sentence: str) -> None:
    assert "ministry-of-health-and-medical-education" not in _ids(sentence, kb, padding=" این خبر را رویترز منتشر کرد.")


@pytest.mark.parametrize("sentence", [
    "هیئت طالبان و ایران درباره حقابه ایران از دریای هلمند در کابل گفتگو کردند.",
    "سطح آب دریای هلمند پس از بارندگی‌های بهاری در ولایت نیمروز بالا آمد.",
])
def test_an_afghan_river_named_in_dari(kb, sentence: str) -> None:
    assert "helmand-river" in _ids(sentence, kb)


def test_a_sea_stays_a_sea(kb) -> None:
    ids = _ids("قایق‌های ماهیگیری در دریای خزر و دریای عمان به راه افتادند.", kb)
    assert "helmand-river" not in ids and "caspian-sea" in ids
