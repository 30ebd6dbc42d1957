"""People the knowledge base lacks, found by the office beside them and by the shape of their names
(rasad/annotate/link/strangers.py) — whole names, both sides of an office, and never a person made of common words."""

import pytest

from rasad.annotate.link.linker import link_entities
from rasad.annotate.link.strangers import name_like
from rasad.clean import clean
from rasad.records import RawDocument
from rasad.text.sentences import split_sentences
from rasad.text.translit import transliterate_name

FILLER = " این خبر در ادامه جزئیات بیشتری از نشست را منتشر کرد و کارشناسان آن را بررسی کردند."


def _link(text, kb):
    art = clean(RawDocument(source="t.txt", text=text + FILLER), kb)
    return link_entities(art, split_sentences(art.body), kb)


def _unknown_forms(linked):
    return {f for e in linked.entities if e.type == "PERSON" and not e.kb_id for f in e.forms}


@pytest.mark.parametrize(("text", "name"), [
    # an office word after a Persian comma joined to the name, though the office is no known role
    ("به گزارش گاردین، مارتین اوسالیوان، رئیس اداره مبارزه با جرایم سایبری ایرلند هشدار داد که حملات بیشتر شده است.",
     "مارتین اوسالیوان"),
    # a three-word foreign name right before an office no holder was found for
    ("در همین حال، رولا زکی حدادین سفیر اردن در سازمان ملل در نامه‌ای به شورای امنیت اعتراض کرد.",
     "رولا زکی حدادین"),
    # the office first, then a four-word Arabic name and "را"
    ("وزارت خارجه کویت سفیر خود ناصر محمد عبید الهاجری را برای مشورت به کویت فراخواند.", "ناصر محمد عبید الهاجری"),
    # given names and a surname with the Arabic article, with no office at all
    ("در این حمله، خالد حسن العمری معروف به «ابوخالد» کشته شد و دو تن دیگر زخمی شدند.", "خالد حسن العمری"),
    # guillemets after a title, and before an office word
    ("سناتور «مارتا ویلکینسون» که به منطقه سفر کرده است، از ادامه کمک‌ها سخن گفت.", "مارتا ویلکینسون"),
    ("هیئت با «ایگور پتروشنکو» رئیس نمایندگی بازرگانی اوکراین در دوحه دیدار کرد.", "ایگور پتروشنکو"),
    # a title opens a foreign name with no given name from the lexicon
    ("هفته گذشته خانم هیلدا کورمان در اعتراض به کاهش کمک‌ها استعفا کرد.", "هیلدا کورمان"),
    # an office, a comma, and the name closed by a comma
    ("سخنگوی وزارت خارجه مجارستان، زولتان کواچیچ، گفت که بوداپست با تحریم‌ها مخالف است.", "زولتان کواچیچ"),
])
def test_whole_unknown_names_beside_offices(kb, text, name):
    assert name in _unknown_forms(_link(text, kb))


def test_the_office_refers_to_the_name_beside_it(kb):
    linked = _link("وزارت خارجه کویت سفیر خود ناصر محمد عبید الهاجری را برای مشورت به کویت فراخواند.", kb)
    person = next(e for e in linked.entities if "ناصر محمد عبید الهاجری" in e.forms)
    assert any(r.text == "سفیر خود" and r.refers_to == person.name for r in linked.roles)


def test_a_surname_suffix_written_apart_stays_in_the_name(kb):
    assert "محمدباقر توفیقی نیا" in _unknown_forms(_link("سرهنگ محمدباقر توفیقی نیا افزود: علت حادثه سرعت زیاد بود.", kb))


@pytest.mark.parametrize("text", [
    "مقام‌های کشور در این باره لحنی تند علیه طالبان بهکار بردند، وزیر کشور ایران روز دوشنبه گفت که مذاکره ادامه دارد.",
    "قرار است او گزارش کار را به رئیس جمهور کشورمان تقدیم کند و سپس به تهران بازگردد.",
    "در نشست خبری امروز، سخنگوی وزارت امور خارجه گفت که مذاکرات ادامه دارد.",
    "بنا به اطلاع منابع آگاه، رئیس سازمان برنامه و بودجه استعفا داده است.",
    # a noun phrase after a preposition, before an office: "the immediate recall of the ambassador"
    "وزیر خارجه اردن از فراخوانی فوری سفیر این کشور از تل‌آویو خبر داد.",
    # a headline's noun phrase before an office, with no comma: not rare enough to be a name
    "تقدیم استوارنامه سفیر جدید ژاپن به رئیس‌جمهور",
    # a known surname after a title, then a verb's noun: the surname is the KB's business, no new person
    "آقای اسماعیلی مدعی شد که حکم تایید شده است.",
    # a text cut off inside a name after a title: a single letter is no surname
    "این سفر با واکنش تند وزیر امور خارجه امارات همراه بود.\n\nشیخ جاسم ب",
])
def test_no_person_made_of_common_words(kb, text):
    assert not _unknown_forms(_link(text, kb))


@pytest.mark.parametrize(("words", "ok"), [
    (["کن", "مک‌کالم"], True),      # one common word first, beside a word Persian never uses
    (["لانا", "زکی", "نصیبه"], True),
    (["نشست", "خبری"], False),
    (["کشورمان", "تقدیم"], False),  # a possessive of a common stem
    (["بهکار", "بردند"], False),    # a verb ending on a common stem
    (["محمد", "بن", "عبدالرحمن"], True),
    (["بن", "عبدالرحمن"], False),   # a particle never opens a name
])
def test_name_like(words, ok):
    assert name_like(words) is ok


def test_arabic_particles_and_article_read_as_english_writes_them():
    assert " bin " in transliterate_name("عبدالله بن زاید آل نهیان")
    assert " Al " in transliterate_name("عبدالله بن زاید آل نهیان")
    assert transliterate_name("ولید السامرائی").split()[1].startswith("al-")
    assert transliterate_name("الیزابیث ریچارد").split()[0][:2] != "al"  # a first word is never the article


def test_an_office_after_a_name_and_a_comma_is_its_role_and_country(kb):
    linked = _link("به گزارش رویترز، مارتین اوسالیوان، رئیس اداره امنیت سایبری ایرلند (ان‌سی‌اس‌سی) پیشتر "
                   "هشدار داده بود که حملات بیشتر شده است.", kb)
    person = next(e for e in linked.entities if "مارتین اوسالیوان" in e.forms)
    assert "رئیس اداره امنیت سایبری ایرلند" in {r.text for r in linked.roles if r.refers_to == person.name}
    assert person.country == "IRL"


def test_an_office_after_a_known_name_and_a_comma_is_its_role(kb):
    linked = _link("اخیرا ژانت یلن، وزیر خزانه داری آمریکا، اعلام کرده که تحریم‌ها ادامه می‌یابد.", kb)
    assert any(r.text == "وزیر خزانه داری آمریکا" and r.refers_to == "Janet Yellen" for r in linked.roles)
    # "به گفته X، وزیر ...": the office opens the clause X is quoted for, it is not X's
    quoted = _link("به گفته ژانت یلن، وزیر خزانه داری آمریکا باید استعفا کند.", kb)
    assert not any(r.refers_to == "Janet Yellen" for r in quoted.roles)


def test_an_office_right_after_a_name_is_its_role(kb):
    linked = _link("در این مراسم محمدرضا کاظمی مدیر تیم‌های ملی فدراسیون و جمعی از بازیکنان حضور داشتند.", kb)
    person = next(e for e in linked.entities if "محمدرضا کاظمی" in e.forms)
    assert any(r.text.startswith("مدیر تیم‌های ملی") and r.refers_to == person.name for r in linked.roles)


def test_an_office_after_a_name_that_is_an_object_is_not_its_role(kb):
    text = "محمدرضا کاظمی مدیر دفتر نمایندگی بازرگانی ژاپن {} در تهران گفت که همکاری ادامه دارد."
    subject = _link(text.format("روز دوشنبه"), kb)
    assert any(r.text.startswith("مدیر دفتر") and "Kazemi" in r.refers_to for r in subject.roles)
    obj = _link(text.format("را").replace("گفت که همکاری ادامه دارد", "به حضور پذیرفت"), kb)
    assert not any(r.text.startswith("مدیر دفتر") for r in obj.roles)


def test_names_in_a_list_after_labels_are_people(kb):
    """A match report's officials: names after a label's colon, and names joined to one just found by "و" or a
    comma, though no speech verb or office follows them (branch people9)."""
    text = "داور: بهرام کریمی‌فر/ کمک‌ها: کامران شهبازی و جمشید فرهادیان؛ ناظر بازی: مسعود تقوی‌نژاد."
    assert {"بهرام کریمی‌فر", "کامران شهبازی", "جمشید فرهادیان", "مسعود تقوی‌نژاد"} <= _unknown_forms(_link(text, kb))


@pytest.mark.parametrize("text", [
    # a given name that is also a word ("پیام", "امید") before "و" and a common word: no list of names
    "پیام تبریک و امید مردم به آینده در این مراسم خوانده شد.",
    "نتیجه: امید ملت و پیام روشن انتخابات همین است.",
])
def test_no_list_of_names_made_of_words(kb, text):
    assert not _unknown_forms(_link(text, kb))


@pytest.mark.parametrize(("text", "name"), [
    # given names the knowledge base's people bear (Rodrigo Duterte, Ronald Reagan), not the hand-made lexicon
    ("رودریگو مندسا، سخنگوی این گروه، گفت که مذاکرات ادامه دارد.", "رودریگو مندسا"),
    ("رونالد پتروف گفت که این طرح اجرا نمی‌شود.", "رونالد پتروف"),
    # a surname that is a given name elsewhere ("Ricardo") ends a name on a list before parentheses
    ("کمک داوران: رودریگو کورویرا، دانیل ریکاردو (برزیل) بودند.", "دانیل ریکاردو"),
])
def test_foreign_given_names_from_the_knowledge_base(kb, text, name):
    assert name in _unknown_forms(_link(text, kb))


def test_given_names_of_the_knowledge_base_leave_out_common_words_and_surnames():
    from rasad.text.translit import is_given_name
    assert is_given_name("رودریگو") and is_given_name("رونالد")
    assert not any(map(is_given_name, ["جان", "مارک", "پل", "سلامی", "ضمیر"]))


@pytest.mark.parametrize(("text", "name", "latin"), [
    # a name glossed in Latin letters, read as English sounds ("یوجین" Eugene)
    ("در این برنامه یوجین مارلو(Eugene Marlowe) و دیوید کستنر (David Kestner) سخنرانی کردند.", "یوجین مارلو",
     "Eugene Marlowe"),
    ("در این برنامه یوجین مارلو(Eugene Marlowe) و دیوید کستنر (David Kestner) سخنرانی کردند.", "دیوید کستنر",
     "David Kestner"),
])
def test_a_name_glossed_in_latin_letters_is_a_person(kb, text, name, latin):
    linked = _link(text, kb)
    assert any(name in e.forms and e.name == latin for e in linked.entities if e.type == "PERSON" and not e.kb_id)


def test_a_body_glossed_in_common_english_words_is_no_person(kb):
    text = "به گزارش موسسه بروکینگز (Brookings Institution) و بنیاد هریتیج (Heritage Foundation) این طرح شکست خورد."
    assert not _unknown_forms(_link(text, kb))


@pytest.mark.parametrize(("text", "name"), [
    ("این باشگاه «فهد سالمی» دروازه‌بان تیم ملی عراق را به خدمت گرفت.", "فهد سالمی"),
    ("سخنگوی کرملین در مصاحبه با «پاول زارویف» روزنامه‌نگار روس گفت که مذاکرات ادامه دارد.", "پاول زارویف"),
])
def test_a_trade_after_a_name_marks_a_person(kb, text, name):
    assert name in _unknown_forms(_link(text, kb))


def test_a_given_name_and_a_surname_no_text_uses_are_a_person(kb):
    # no office, verb or list beside it: the surname itself is found in no Persian text but as a name
    text = "پیش از شروع بازی با اهدای سردیس کامران پاشاکیان به خانواده آن مرحوم تقدیر شد."
    assert "کامران پاشاکیان" in _unknown_forms(_link(text, kb))


@pytest.mark.parametrize(("text", "wrong"), [
    # "حسن" is also "good": a noun made of a Persian word ("همجوار") after it is no surname
    ("دو کشور بر اصل حسن همجواری و احترام متقابل تاکید کردند.", "حسن همجواری"),
    # a byline: the reporter is no actor of the news
    ("باشگاه خبرنگاران جوان؛ مریم حسینی - طبق بیانیه وزارت خزانه‌داری، تحریم‌ها گسترش یافت.", "مریم حسینی"),
    # the first words of a longer name in guillemets
    ("«هانس اودو موتسل» امروز به وزارت خارجه فراخوانده شد.", "هانس اودو"),
])
def test_no_person_alone_from_words_bylines_or_part_of_a_name(kb, text, wrong):
    assert wrong not in _unknown_forms(_link(text, kb))
