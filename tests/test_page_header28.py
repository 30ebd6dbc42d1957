"""Session 28: a writer's line that names an outlet ("نگارش از یورونیوز فارسی") tells who wrote a republished copy;
HTML character references a scraper left in plain text are decoded; a field's label alone on its line is dropped."""

import pytest

from rasad.clean.article import clean
from rasad.records import RawDocument

PARAGRAPH = ("سخنگوی وزارت کشور روز یکشنبه در نشست خبری گفت که انتخابات شوراهای شهر در موعد مقرر برگزار می‌شود و "
             "همه استانداری‌ها برای برگزاری آن آماده‌اند. وی افزود که ستاد انتخابات از هفته آینده نام‌نویسی را آغاز می‌کند.")


def cleaned(text, url="https://republisher.example/news/2025/03/02/a"):
    return clean(RawDocument(source="t.txt", text=text, url=url), kb=_kb())


def _kb():
    from rasad.kb import load_kb
    return load_kb()


@pytest.mark.parametrize("label", ["نگارش از", "به قلم", "نوشته شده توسط"])
def test_a_byline_naming_an_outlet_makes_it_the_publisher(label):
    art = cleaned(f"انتخابات شوراها در موعد برگزار می‌شود\n{label} یورونیوز فارسی\n{PARAGRAPH}")
    assert art.meta.outlet == "Euronews Persian"
    assert "یورونیوز" not in art.body
    assert art.meta.title.startswith("انتخابات شوراها")


def test_a_byline_naming_a_person_stays_in_the_body():
    art = cleaned(f"انتخابات شوراها در موعد برگزار می‌شود\nنوشته شده توسط مریم احمدی‌نژاد\n{PARAGRAPH}")
    assert art.meta.outlet != "Euronews Persian"
    assert "مریم" in art.body


def test_a_byline_outlet_beside_an_agency_cue_is_cited():
    art = cleaned(f"انتخابات شوراها در موعد برگزار می‌شود\nنگارش از یورونیوز فارسی\nبه گزارش ایسنا، {PARAGRAPH}")
    assert art.meta.outlet == "ISNA"
    assert "Euronews Persian" in art.meta.cites


def test_html_references_in_plain_text_are_decoded_with_a_warning():
    art = cleaned(f"انتخابات شوراها در موعد برگزار می‌شود\n{PARAGRAPH.replace('روز یکشنبه', 'روز&nbsp;یکشنبه')} "
                  "آمار&nbspنام‌نویسی &amp; نتایج")
    assert "&nbsp" not in art.body and "&amp;" not in art.body and "& نتایج" in art.body
    assert any("HTML character reference" in w for w in art.meta.warnings)


def test_an_ampersand_that_is_no_reference_stays():
    art = cleaned(f"انتخابات شوراها در موعد برگزار می‌شود\n{PARAGRAPH} شرکت A&Z و R&D")
    assert "A&Z" in art.body and "R&D" in art.body


@pytest.mark.parametrize("label", ["تاریخ انتشار", "کد خبر:", "نویسنده"])
def test_a_field_label_alone_on_its_line_is_dropped(label):
    art = cleaned(f"انتخابات شوراها در موعد برگزار می‌شود\n{label}\n۱۴۰۳/۱۲/۱۲\n{PARAGRAPH}")
    assert label.rstrip(":") not in art.body


@pytest.mark.parametrize("url, outlet, cites", [
    # a site the table lacks carrying an agency's report: the site publishes, the agency is cited
    ("https://www.kermanpress-example.ir/news/55", "Kermanpress Example", ["ISNA"]),
    # a blogging platform's page: the agency the text reports from is the outlet
    ("https://someone.blogspot.com/2024/05/post.html", "ISNA", []),
])
def test_a_site_the_table_lacks_cites_the_agency_it_carries(url, outlet, cites):
    art = cleaned(f"انتخابات شوراها در موعد برگزار می‌شود\nبه گزارش ایسنا، {PARAGRAPH}", url=url)
    assert (art.meta.outlet, art.meta.cites) == (outlet, cites)


def test_an_address_spelling_the_named_outlet_is_that_outlet():
    from rasad.clean.lines import load_rules
    from rasad.clean.outlets import republished
    rules = load_rules()
    assert not republished("https://fa.alkawthartv.ir/news/1", "Al-Kawthar", rules)
    assert not republished("https://www.esteghlalnews.com/x", "Esteghlal News", rules)
    assert republished("https://www.tazetarinha.com/x", "Fars", rules)


@pytest.mark.parametrize("gold, system", [("Shargh Press", "Sharghpress"), ("TV Azadi", "Tvazadi"),
                                          ("Iran Press News", "Iranpressnews"), ("Tasnim News Agency", "Tasnim")])
def test_the_scorer_reads_an_outlet_name_written_joined_or_apart_as_one(gold, system):
    from rasad.evaluate import _meta_equal
    assert _meta_equal("outlet", gold, system)


def test_the_scorer_still_tells_outlets_apart():
    from rasad.evaluate import _meta_equal
    assert not _meta_equal("outlet", "Shargh", "Sharghdaily-example")
    assert not _meta_equal("outlet", "ISNA", "IRNA")
