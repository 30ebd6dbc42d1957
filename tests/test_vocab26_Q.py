"""Session 26 (slice Q): quotes as real outlets attribute them. Statements gathered from Iranian, Afghan and
exile pages (Persian and Dari) were scored for the speaker and where the words start; the causes that recurred,
each written anew here (other people, offices, places, tenses), with guards for the everyday sentences that use
the same words:

- two statements in guillemets in one sentence ("X گفت: «... .» X همچنین اضافه کرد: «...»": the sentence runs on
  past ".»") — the first ran on to the paragraph's end and the second's speaker was sought inside the first's words;
- an office after "این" ("این سخنگوی کاخ سفید تاکید کرد") went to the office's recorded holder, not to the person the
  text introduced with that office and quoted just before;
- a semicolon after the cue ("ابراز امیدواری کرد؛ ...") reported no words;
- a rank's grade or the army's "امیر" before a surname ("سرتیپ دوم کاظمی بیان کرد") hid the surname;
- the Dari "علاوه کرد" was no speech cue;
- a surname after a connective and its "که" ("این در حالیست، که آقای کریمی گفت") was not found;
- "به گفته آقای X" with no comma after the surname reported nothing (or ran on to a later comma);
- Hesamoddin Ashna, whose surname is an ordinary word, was unknown to the KB (rasad/data/kb/actors/kb26Q.yaml; he is
  checked here as a speaker)."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED, quote_said, quotes_shown, reported_quotes


def _quotes(text, kb, published="2024-05-01T10:00:00+03:30"):
    return reported_quotes(text, kb, published)


def _said(quotes, starts: str, speaker: str) -> bool:
    return quote_said(quotes, starts, speaker)


def _shown(quotes) -> list[tuple]:
    return quotes_shown(quotes)


# --- two statements in guillemets in one sentence -------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("فاطمه رحیمی، معاون وزیر بهداشت در گفتگو با ما گفت: «بیمارستان‌های استان آماده پذیرش بیماران هستند.» رحیمی "
     "همچنین اضافه کرد: «کمبود دارو در ماه آینده برطرف می‌شود.»", "کمبود دارو در ماه", "Rahimi"),
    ("حسن عباسی، رئیس هلال احمر استان گفت: «امدادگران ایران به روستاهای زلزله‌زده رسیده‌اند.» عباسی در پایان افزود: "
     "«چادرها تا فردا توزیع می‌شود.»", "چادرها تا فردا", "Abbasi"),
])
def test_second_statement_after_closed_guillemets(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


def test_closed_statement_ends_at_its_mark(kb):
    quotes = _quotes("فاطمه رحیمی، معاون وزیر بهداشت گفت: «بیمارستان‌ها آماده هستند.» رحیمی همچنین اضافه کرد: «دارو "
                     "به اندازه کافی داریم.»", kb)
    first = next(q for q in quotes if q.text.startswith("«بیمارستان"))
    assert first.text.endswith("»") and "اضافه کرد" not in first.text, first.text


def test_quoted_phrase_opening_a_statement_runs_on(kb):
    """Guard: a phrase in guillemets with no end mark inside ("«بانوی اول» ...") opens the words; they run on."""
    quotes = _quotes("مریم احمدی، استاد دانشگاه تهران گفت: «بانوی اول» عنوانی است که رسانه‌ها به همسران رؤسای "
                     "جمهور می‌دهند و معنای رسمی ندارد.", kb)
    assert any(q.text.startswith("«بانوی اول»") and "معنای رسمی" in q.text for q in quotes), _shown(quotes)


# --- an office after "این" points back to the person quoted -----------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("مایکل راجرز، از سخنگویان وزارت خارجه آمریکا روز دوشنبه در مصاحبه با رادیو فردا گفت: «واشنگتن به دنبال جنگ "
     "با هیچ کشوری نیست.» این سخنگوی وزارت خارجه آمریکا همچنین تاکید کرد: «ما از راه دیپلماسی حمایت می‌کنیم.»",
     "ما از راه دیپلماسی", "Michael"),
    ("سارا کوهن، یکی از معاونان دبیرکل سازمان ملل در نشست خبری گفت: کمک‌ها به زودی به غزه می‌رسد و همه گروه‌های امدادی از ساعات نخست صبح در منطقه حاضر شده‌اند و کار خود را با جدیت دنبال می‌کنند. این معاون "
     "دبیرکل سازمان ملل افزود: ده کامیون دیگر آماده حرکت است.", "ده کامیون دیگر", "Sara"),
])
def test_demonstrative_office_is_the_last_speaker(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


def test_demonstrative_office_not_named_inside_words(kb):
    """Guard: an office named only inside someone's words ("وزیر خارجه عراق") is that office's holder, not the
    person who spoke of it."""
    quotes = _quotes("علی رضایی، کارشناس مسائل سیاسی گفت: وزیر خارجه عراق فردا به تهران می‌آید و با همتای خود "
                     "دیدار می‌کند. این وزیر خارجه عراق همچنین گفته است که بغداد خواهان روابط بهتر با همسایگان است.", kb)
    assert not _said(quotes, "بغداد خواهان روابط", "Rezaei"), _shown(quotes)


# --- a semicolon after the cue ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("به گزارش ایرنا، سخنگوی وزارت امور خارجه ایران ضمن تشریح مواضع تهران ابراز امیدواری کرد؛ این گفت‌وگوها به "
     "توافقی پایدار برسد.", "این گفت‌وگوها به توافقی", "nasser-kanaani"),
    ("ملا عبدالسلام ضعیف در گفتگو با یک شبکه خبری تصریح کرد؛ حکومت آینده باید همه اقوام را در بر بگیرد.",
     "حکومت آینده باید همه", "Zaif"),
])
def test_semicolon_after_cue(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


def test_semicolon_after_greeting_no_quote(kb):
    """Guard: "تبریک گفت؛" thanks or greets (cue_objects); it reports no words."""
    quotes = _quotes("رئیس‌جمهور روز عید به مردم تبریک گفت؛ جشن‌ها در سراسر کشور با شکوه برگزار شد.", kb)
    assert not any("جشن‌ها" in q.text for q in quotes), _shown(quotes)


# --- a rank's grade before a surname ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("سرهنگ دوم علی اکبری فرمانده انتظامی شهرستان گفت: سارقان حرفه‌ای دستگیر شدند و همه گروه‌های امدادی از ساعات "
     "نخست صبح در منطقه حاضر شده‌اند. سرهنگ دوم اکبری تصریح کرد: اموال مسروقه به صاحبانشان بازگردانده شد.",
     "اموال مسروقه به", "Ali Akbari"),
    ("دریادار حمید نوروزی فرمانده منطقه یکم دریایی گفت: ناوشکن جدید به آب انداخته شد و همه گروه‌های امدادی از ساعات نخست صبح در منطقه حاضر شده‌اند و کار خود را با جدیت دنبال می‌کنند. دریادار دوم نوروزی افزود: "
     "این ناوشکن به سامانه پدافندی مجهز است.", "این ناوشکن به سامانه", "Nourouzi"),
])
def test_rank_grade_before_surname(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


# --- the Dari "علاوه کرد" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("جنرال عبدالرحیم وردک فرمانده قول اردوی شمال گفت: امنیت جاده‌ها تامین شده است و همه گروه‌های امدادی از ساعات نخست صبح در منطقه حاضر شده‌اند و کار خود را با جدیت دنبال می‌کنند. جنرال وردک علاوه کرد: عملیات "
     "پاکسازی تا پایان ماه ادامه دارد.", "عملیات پاک", "abdul-rahim-wardak"),
    ("احمد ضیا سراج رئیس امنیت ملی در یک نشست خبری گفت که دو مظنون بازداشت شده‌اند. او علاوه کرد که تحقیقات در "
     "این مورد جریان دارد.", "تحقیقات در این مورد", "ahmad-zia-saraj"),
])
def test_dari_alawa_kard(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


def test_alawa_kard_of_cooking_no_quote(kb):
    """Guard: "علاوه کرد" of adding one thing to another reports no words."""
    assert not _quotes("آشپز رستوران کمی نمک را به غذا علاوه کرد.", kb)


# --- a surname after a connective and its "که" ---------------------------------------------------------------

@pytest.mark.parametrize("text, starts", [
    ("محمدرضا کریمی، سخنگوی شهرداری اصفهان، از بازگشایی دو پل خبر داد. این در حالیست، که آقای کریمی گفت: ساخت "
     "پل سوم تا پایان سال به پایان می‌رسد.", "ساخت پل سوم"),
    ("نسرین حیدری، مدیر آموزش و پرورش ناحیه دو، از آغاز ثبت‌نام خبر داد. این در حالی است، که خانم حیدری تاکید کرد: "
     "کلاس‌ها از اول مهر حضوری است.", "کلاس‌ها از اول مهر"),
])
def test_surname_after_connective(text, starts, kb):
    quotes = _quotes(text, kb)
    assert any(q.text.startswith(starts) and q.speaker for q in quotes), _shown(quotes)


def test_connective_name_still_first(kb):
    """Guard: a surname that opens its clause before a comma (apposition) is still the speaker there."""
    quotes = _quotes("صادق ضیائیان، مدیرکل پیش‌بینی سازمان هواشناسی از بارش باران خبر داد. ضیائیان، در ادامه افزود: "
                     "دما در روزهای آینده کاهش می‌یابد.", kb)
    assert _said(quotes, "دما در روزهای", "sadegh-ziaeian"), _shown(quotes)


# --- "به گفته آقای X" with no comma ------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts, speaker", [
    ("نادر صمدی، سخنگوی پولیس هرات گفت: امنیت شهر بهتر شده است و همه گروه‌های امدادی از ساعات نخست صبح در منطقه حاضر شده‌اند و کار خود را با جدیت دنبال می‌کنند. به گفته آقای صمدی اکنون در هیچ ولسوالی این ولایت "
     "جنگ وجود ندارد و مردم آرام هستند.", "اکنون در هیچ ولسوالی", "Samadi"),
    ("لیلا نوری، رئیس اداره بهزیستی شهرستان گفت که دو مرکز تازه گشوده شد. به گفته خانم نوری در ماه گذشته صد کودک "
     "ثبت‌نام کردند، اما ظرفیت هنوز کم است.", "در ماه گذشته صد کودک", "Nouri"),
])
def test_according_to_titled_surname(text, starts, speaker, kb):
    quotes = _quotes(text, kb)
    assert _said(quotes, starts, speaker), _shown(quotes)


def test_according_to_title_of_office_no_quote(kb):
    """Guard: "به گفته آقای وزیر، ..." names no person; no statement goes to anyone."""
    quotes = _quotes("به گفته آقای وزیر، برنامه سفرها تا پایان هفته تغییر نمی‌کند.", kb)
    assert not [q for q in quotes if q.text.startswith("برنامه سفرها")], _shown(quotes)


# --- Hesamoddin Ashna ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, starts", [
    ("به گزارش ایسنا، حسام‌الدین آشنا، مشاور رئیس جمهور در واکنش به سخنان یک مقام آمریکایی در توییتی نوشت: تهران "
     "فریب وعده‌های واشنگتن را نمی‌خورد.", "تهران فریب"),
    ("حسام الدین آشنا در صفحه شخصی خود نوشت که دولت از گفت‌وگوی ملی استقبال می‌کند.", "دولت از گفت‌وگوی ملی"),
])
def test_ashna_speaks(text, starts, kb):
    quotes = _quotes(text, kb, "2019-05-10T10:00:00+03:30")
    assert _said(quotes, starts, "hesamoddin-ashna"), _shown(quotes)


def test_ashna_the_word_no_person(kb):
    """Guard: "آشنا" the ordinary word ("familiar") names no one."""
    ents = annotate_document(RawDocument(source="t.txt", text="این چهره برای مردم شهر آشنا است و همه او را می‌شناسند."
                                         + _REPORTED, published="2019-05-10T10:00:00+03:30"), kb).entities
    assert not any(e.kb_id == "hesamoddin-ashna" for e in ents)


def test_a_surname_after_a_rank_is_the_stranger_named_in_full_before(kb):
    """(session 26) A person the KB lacks, named in full and then by rank and surname, is one person, not two; a
    surname that no earlier full name ends with stays its own person."""
    text = ("سرهنگ بهرام کاظمی فرمانده انتظامی شهرستان گفت: دو سارق دستگیر شدند. سرهنگ کاظمی افزود: "
            "اموال به صاحبانش بازگردانده شد.")
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-01T10:00:00+03:30"), kb)
    people = [e.name for e in doc.entities if e.type == "PERSON"]
    assert people == ["Bahram Kazemi"], people
    other = text.replace("سرهنگ کاظمی افزود", "سرهنگ رستمی افزود")
    doc = annotate_document(RawDocument(source="t.txt", text=other + _REPORTED, published="2024-05-01T10:00:00+03:30"), kb)
    assert "Bahram Kazemi" in [e.name for e in doc.entities] and len([e for e in doc.entities if e.type == "PERSON"]) == 2
