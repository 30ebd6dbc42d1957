"""Articles in other languages written in Arabic script (Urdu, Pashto, Kurdish, Arabic) or in another script are
refused by name ("not-persian", the language named) — before this, an Urdu page gave invented people and roles —
while Persian typed with Arabic ي/ك or a final ى, and Persian quoting a foreign name, is read. Sentences are the
project's own."""

from __future__ import annotations

import pytest

from rasad.clean.article import clean
from rasad.errors import NotPersian
from rasad.records import RawDocument
from rasad.run.local import ingest
from rasad.store.store import Store
from rasad.text.language import not_persian_reason, other_language

URDU = ("وزیر خارجہ نے کہا کہ دونوں ملکوں کے درمیان تعلقات بہت اچھے ہیں اور ہم تجارت اور توانائی کے شعبوں میں "
        "تعاون بڑھائیں گے۔ انہوں نے یہ بات منگل کو سفیر سے ملاقات کے بعد کہی۔")
ARABIC = ("قال وزير الخارجية إن العلاقة بين البلدين جيدة وإن الحكومة ستواصل التعاون في المرحلة المقبلة، وأضاف أن "
          "الزيارة القادمة ستتناول الملفات الاقتصادية والأمنية.")
PASHTO = ("د بهرنیو چارو وزیر وویل چې د دواړو هېوادونو ترمنځ اړیکې ښې دي او همکارۍ به نورې هم پراخې شي. هغه دا "
          "خبرې د سه شنبې په ورځ له سفیر سره د لیدنې وروسته وکړې.")
SORANI = ("وەزیری دەرەوە ڕایگەیاند کە پەیوەندییەکانی نێوان هەردوو وڵات باشن و هاوکارییەکان بەردەوام دەبن. ئەو "
          "قسانەی دوای دیداری باڵیۆز کرد.")
TAJIK = "Вазири корҳои хориҷӣ гуфт, ки равобити ду кишвар хуб аст ва ҳамкориҳо идома хоҳад ёфт."
ENGLISH = "The foreign minister said relations between the two countries were good and cooperation would go on."
PERSIAN = ("وزیر امور خارجه روز سه‌شنبه در دیدار با سفیر پاکستان گفت که روابط دو کشور خوب است و همکاری‌ها در زمینه "
           "تجارت و انرژی گسترش پیدا می‌کند.")
PERSIAN_ARABIC_LETTERS = PERSIAN.replace("ی", "ي").replace("ک", "ك")  # old encodings (Windows-1256 sites)
PERSIAN_FINAL_YEH = "وزیر گفت که روابط خوبى دارند و همکارى دو کشور در هر زمینه ادامه مى‌یابد و گسترش پیدا مى‌کند."
PERSIAN_KURDISH_HEH = "بە گفتە سخنگوی وزارت خارجە، جامعە جهانی باید بە این حملە واکنش نشان دهد و گفت‌وگو ادامە یابد."
PERSIAN_QUOTING = PERSIAN + " او گفت: «ڈار» و «ښاغلی» نام‌هایی است که در گزارش‌ها آمده است."


@pytest.mark.parametrize("text,language", [(URDU, "Urdu"), (ARABIC, "Arabic"), (PASHTO, "Pashto"),
                                           (SORANI, "Kurdish (Sorani)")])
def test_other_languages_in_arabic_script_are_named(text, language):
    assert other_language(text) == language
    assert not_persian_reason(text) == f"written in {language}"


@pytest.mark.parametrize("text", [TAJIK, ENGLISH])
def test_other_scripts_are_not_persian(text):
    assert "letters in Arabic script" in not_persian_reason(text)


@pytest.mark.parametrize("text", [PERSIAN, PERSIAN_ARABIC_LETTERS, PERSIAN_FINAL_YEH, PERSIAN_QUOTING,
                                  PERSIAN_KURDISH_HEH])
def test_persian_in_its_many_spellings_is_persian(text):
    assert not_persian_reason(text) is None


def test_clean_refuses_a_page_in_another_language(kb):
    page = f"<html><head><title>t</title><style>{'a{color:red}' * 500}</style></head><body><article><p>{URDU}</p>" \
           f"<p>{URDU}</p></article></body></html>"
    with pytest.raises(NotPersian, match="Urdu"):
        clean(RawDocument(source="urdu.html", html=page), kb)
    persian = page.replace(URDU, PERSIAN)
    assert "روابط دو کشور" in clean(RawDocument(source="fa.html", html=persian), kb).body


def test_a_batch_reports_each_other_language_file_by_name_and_goes_on(tmp_path, db_url):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("urdu.txt", URDU), ("pashto.txt", PASHTO), ("english.txt", ENGLISH),
                       ("fa.txt", PERSIAN + "\n\n" + PERSIAN_FINAL_YEH)):
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(db_url)
    report = ingest([folder], store)
    assert report.stored == 1
    failed = {f.source.rsplit("/", 1)[-1]: (f.reason, f.detail) for f in report.failed}
    assert failed == {"urdu.txt": ("not-persian", "written in Urdu"), "pashto.txt": ("not-persian", "written in Pashto"),
                      "english.txt": ("not-persian", "only 0% of its letters in Arabic script")}
    assert {r["reason"] for r in store.list_rejections()} == {"not-persian"}
