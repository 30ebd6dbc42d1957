"""Session 26, slice O: the outlet table (rasad/data/kb/outlets.yaml), widened with the Persian-language outlets a
user's corpus names and the table lacked: IRIB's channels and radio networks, Tehran's dailies (current and closed),
provincial papers, news sites and aggregators, exile and diaspora media, Afghan (Dari) and Tajik outlets, foreign
states' Persian services and foreign outlets as Persian copy names them.

(1) A page's outlet from its host: a site republishing an agency's copy is the outlet and the agency is cited (before,
an unknown host let "به گزارش ایسنا" make the page ISNA's); a host shared by several services (aa.com.tr, dw.com,
voa.pangea-cms.com) names the service of its path. (2) Cited outlets from the text, after a cue and after their kind.
(3) Outlets named in the body are entities. (4) Guards: everyday words and phrases that are also an outlet's bare
name ("اخبار روز", "خط هشت", "کلمه", "آسیا", "شبکه سلامت") link no outlet, and another state's "channel 2" is not
IRIB's. Sentences are the tests' own."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.clean.outlets import attribution, outlet_from_url
from rasad.records import RawDocument

STORY = "وزیر امور خارجه ایران امروز با همتای ترکیه‌ای خود در آنکارا دیدار و درباره همکاری‌های دو کشور گفت‌وگو کرد."


def _annotate(text: str, kb, url: str | None = None):
    return annotate_document(RawDocument(source="t.txt", text=text, url=url), kb)


def _media(text: str, kb) -> set[str]:
    return {e.name for e in _annotate(text, kb).entities if e.type == "MEDIA"}


# ---------------------------------------------------------------- (1) outlets by address


@pytest.mark.parametrize("url, outlet", [
    ("https://www.rozfa.com/post/1200", "Rozfa"),
    ("https://akhbarazad.com/detail/500100", "Akhbar Azad"),
    ("https://asrkhabar.com/fa/news/600200/x", "Asr Khabar"),
    ("https://fartaknews.com/news/100", "Fartak News"),
    ("https://khordad.news/fa/news/1000/x", "Khordad News"),
    ("https://persian.iranhumanrights.org/?p=100", "Center for Human Rights in Iran"),
    ("http://ticnews.ir/content/news/100/x", "Tik News"),
    ("https://www.khabarfoori.com/news/100", "Khabar Foori"),
    ("https://www.parsine.com/fa/news/1000/x", "Parsine"),
    ("https://shiraze.ir/fa/news/1000/x", "Shiraze"),
    ("https://www.sahartv.ir/news/1", "Sahar TV"),
    ("https://www.tv3.ir/news/1", "IRIB TV3"),
    ("https://www.iran-emrooz.net/index.php/news1/1000/", "Iran Emrooz"),
    ("https://www.kathimerini.gr/world/1", "Kathimerini"),
    ("https://ehterameazadi.blogspot.com/2015/02/blog-post_10.html", "Ehterame Azadi"),  # a blog on a shared host
])
def test_a_page_on_an_outlets_site_is_that_outlets(kb, url, outlet):
    assert outlet_from_url(url, kb) == outlet


@pytest.mark.parametrize("url, outlet", [
    ("https://www.aa.com.tr/fa/ایران/عنوان-خبر/3000000", "Anadolu Persian"),
    ("https://www.aa.com.tr/en/world/headline/3000000", "Anadolu Agency"),  # the same host's English service
    ("https://www.dw.com/fa-af/عنوان/a-60000000", "DW Dari"),
    ("https://www.dw.com/fa-ir/عنوان/a-60000000", "DW Persian"),
    ("https://voa.pangea-cms.com/preview/fa-IR/a/headline/7000000.html", "VOA Persian"),
])
def test_a_shared_host_names_the_service_of_its_path(kb, url, outlet):
    assert outlet_from_url(url, kb) == outlet


def test_another_blog_on_the_shared_host_is_no_known_outlet(kb):
    assert outlet_from_url("https://someone-else.blogspot.com/2015/02/blog-post.html", kb) is None


@pytest.mark.parametrize("url, site, agency", [
    ("https://www.rozfa.com/post/2100", "Rozfa", "ISNA"),
    ("https://asrkhabar.com/fa/news/700300/x", "Asr Khabar", "Mehr"),
    ("https://khordad.news/fa/news/2000/x", "Khordad News", "ISNA"),
])
def test_a_site_republishing_an_agencys_copy_cites_the_agency(kb, url, site, agency):
    cue = {"ISNA": "به گزارش ایسنا، ", "Mehr": "به گزارش خبرگزاری مهر، "}[agency]
    meta = _annotate(cue + STORY, kb, url=url).meta
    assert meta.outlet == site and agency in meta.cites, (meta.outlet, meta.cites)


# ---------------------------------------------------------------- (2) cited outlets from the text

TAIL = "، نماینده مردم شهر گفت که بودجه طرح آبرسانی تا پایان سال پرداخت می‌شود."


@pytest.mark.parametrize("phrase, oid", [
    ("روزنامه عصر مردم", "asr-e-mardom"),
    ("روزنامه خبر جنوب", "khabar-e-jonoob"),
    ("شبکه سه سیما", "irib-tv3"),
    ("شبکه افق سیما", "irib-ofogh"),
    ("رادیو گفت‌وگو", "radio-goftogoo"),
    ("خبرگزاری بسیج", "basij-news"),
    ("روزنامه اصفهان زیبا", "esfahan-ziba"),
    ("روزنامه ابرار اقتصادی", "abrar-e-eghtesadi"),
    ("روزنامه آسیا", "asia-daily"),
    ("تلویزیون تمدن", "tamadon-tv"),
    ("روزنامه ماندگار", "mandegar"),
    ("کره هرالد", "korea-herald"),
    ("شبکه زوزدا", "zvezda-tv"),
    ("روزنامه کویتی الجریده", "al-jarida"),
    ("مجله دیر اشپیگل", "der-spiegel"),
    ("سایت دیگربان", "digarban"),
])
def test_an_outlet_cited_after_a_cue_is_read(kb, phrase, oid):
    assert attribution(f"به گزارش ایرنا به نقل از {phrase}{TAIL}", kb) == ("IRNA", [kb.outlets[oid].name]), phrase


@pytest.mark.parametrize("body, outlet", [
    ("به گزارش سحام نیوز" + TAIL, "Saham News"),
    ("به گزارش پارسینه" + TAIL, "Parsine"),
    ("به گزارش شیرازه" + TAIL, "Shiraze"),  # a bare name that is also a word: read right after the cue
])
def test_an_outlets_byline_names_the_publisher(kb, body, outlet):
    assert attribution(body, kb)[0] == outlet


# ---------------------------------------------------------------- (3) outlets named in the body


@pytest.mark.parametrize("text, outlet", [
    ("شبکه مستند سیما از هفته آینده مجموعه‌ای درباره روستاهای کویری پخش می‌کند.", "IRIB Mostanad"),
    ("مدیر رادیو معارف از برنامه‌های تازه این شبکه در ماه رمضان خبر داد.", "Radio Maaref"),
    ("خبرنگار تلویزیون آیینه در ولایت هرات با چند مسافر برگشته از ایران گفت‌وگو کرد.", "Aina TV"),
    ("روزنامه گیلان امروز در گزارشی به کمبود آب در شالیزارهای لاهیجان پرداخت.", "Gilan-e Emrooz"),
])
def test_an_outlet_named_in_the_text_is_an_entity(kb, text, outlet):
    assert outlet in _media(text, kb)


# ---------------------------------------------------------------- (4) guards


@pytest.mark.parametrize("text, outlet", [
    ("اخبار روز را معمولاً شب‌ها از تلویزیون دنبال می‌کنم و بعد می‌خوابم.", "Akhbar-e Rooz"),
    ("خط هشت متروی تهران هنوز به بهره‌برداری کامل نرسیده است.", "Khat-e Hasht"),
    ("او متن نامه را کلمه به کلمه خواند و سپس امضا کرد.", "Kaleme"),
    ("رشد اقتصادی در آسیا امسال کندتر از پیش‌بینی‌ها بود.", "Asia (newspaper)"),
    ("مسئولان شبکه سلامت روستا از واکسیناسیون کودکان در این بخش خبر دادند.", "IRIB Salamat"),
    ("باغداران رودبار برداشت زیتون را از هفته گذشته آغاز کردند.", "Zeitoons"),
    ("ایران امروز با چالش‌های بزرگی در حوزه آب روبه‌رو است.", "Iran Emrooz"),
])
def test_an_everyday_phrase_links_no_outlet(kb, text, outlet):
    assert outlet not in _media(text, kb)


def test_another_states_second_channel_is_not_iribs(kb):
    """"شبکه ۲ فرانسه" is France 2; "شبکه دو" alone (Iranian copy) is IRIB's."""
    _, cites = attribution("به گزارش ایسنا به نقل از شبکه ۲ فرانسه" + TAIL, kb)
    assert cites == ["France 2"]
    assert "IRIB TV2" in _media("مجری شبکه دو در برنامه زنده با وزیر نیرو گفت‌وگو کرد.", kb)


def test_a_menu_phrase_above_the_title_is_no_masthead(kb):
    """"اخبار روز" atop a page on an unknown host is a menu, not the exile site of that name: the host names it."""
    meta = _annotate("اخبار روز\n\n" + STORY + "\n\n" + STORY, kb, url="https://www.nameh-ye-shahr.ir/news/12").meta
    assert meta.outlet == "Nameh Ye Shahr"
