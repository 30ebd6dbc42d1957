"""Session 27 (slice B): whole dev pages 224-244, their misses fixed as mechanisms.
(1) A claim of responsibility whose target it leaves untold ("... مسئولیت این حمله را بر عهده گرفت") names the
attacker an earlier report of the attack left unnamed (casualties told with no attacker): the two are one attack by
the claimant (parties.py _claimants, beside "X را عامل این حمله دانست").
(2) Names the knowledge base lacked or linked to the wrong body: a group named after its state ("تحریک جهاد
پاکستان" is not Pakistan), Pakistan's Frontier Corps ("سپاه مرزی" is not the IRGC), the Syrian Observatory as
Iranian outlets write it ("دیده‌بان موسوم به حقوق بشر سوری"), Dawn as "روزنامه دان", a province spelt without its
"و" in a weather list ("چهارمحال بختیاری"), and two places of the pages.
(3) Page metadata: two sites' hosts (outlets.yaml), and "کدخبر: N" with its space left out as the news id
(boilerplate.yaml).
The sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_not_coded, assert_sourced

# ---------------------------------------------------------------- (1) a claim names the unnamed attacker


@pytest.mark.parametrize("text, attacker, target", [
    ("در نتیجه انفجار یک بمب در نزدیکی کاروان نیروهای امنیتی در شهر کویته، در جنوب غرب پاکستان، سه تن کشته و "
     "چند نفر زخمی شدند. جنبش جهاد پاکستان مسئولیت این حمله را بر عهده گرفت.", "tehreek-e-jihad-pakistan", "PAK"),
    ("در حمله افراد مسلح به یک پاسگاه پلیس در ولایت ننگرهار افغانستان دو مأمور کشته شدند. گروه داعش خراسان "
     "ساعاتی بعد مسئولیت این حمله را پذیرفت.", "islamic-state-khorasan-province", "afghan-national-police"),
])
def test_claim_names_the_attacker_of_an_attack_told_before(kb, text, attacker, target):
    assert_sourced(text, kb, None, "ASSAULT", [attacker], target)


def test_condemned_attack_is_aimed_at_its_claimant(kb):
    """The condemnation of "این حمله" then reaches the claimant, not the state named in the place."""
    text = ("در نتیجه انفجار یک خودروی بمب‌گذاری‌شده در شهر بنو، در شمال غرب پاکستان، چهار سرباز کشته شدند. "
            "تحریک جهاد پاکستان مسئولیت این حمله را بر عهده گرفت. شهباز شریف، نخست‌وزیر پاکستان، این حمله را "
            "محکوم کرد.")
    assert_sourced(text, kb, "2024-03-01", "ACCUSE", ["shehbaz-sharif"], "tehreek-e-jihad-pakistan")


def test_no_claim_in_a_road_accident_and_a_coach_taking_charge(kb):
    text = "در تصادف دو خودرو در جاده کرج سه نفر کشته شدند. سرمربی جدید مسئولیت هدایت تیم را بر عهده گرفت."
    assert_not_coded(text, kb, "ASSAULT")


# ---------------------------------------------------------------- (2) names


def _linked(text, kb):
    doc = RawDocument(source="t.txt", text=text, published="2024-03-01T10:00:00+03:30")
    return {e.kb_id for e in annotate_document(doc, kb).entities}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("گروه تحریک جهاد پاکستان حمله به پاسگاه مرزی را تأیید کرد.", "tehreek-e-jihad-pakistan", "PAK"),
    ("خودروی حامل نیروهای سپاه مرزی در ایالت بلوچستان هدف قرار گرفت.", "frontier-corps", "islamic-revolutionary-guard-corps"),
    ("دیده‌بان موسوم به حقوق بشر سوری گزارش داد که درگیری‌ها در حومه حلب ادامه دارد.",
     "syrian-observatory-for-human-rights", None),
    ("روزنامه دان گزارش داد که انتخابات محلی در لاهور به تعویق افتاد.", "dawn", None),
    ("زخمی‌ها به بیمارستانی در حیات‌آباد پیشاور منتقل شدند.", "hayatabad", None),
    ("درگیری‌ها در بادیه الشولا در جنوب دیرالزور ادامه دارد.", "al-shula", None),
    ("رگبار باران در شمال خراسان رضوی، غرب چهارمحال بختیاری، شرق اصفهان و ارتفاعات فارس پیش‌بینی می‌شود.",
     "chaharmahal-and-bakhtiari-province", None),
])
def test_names_linked(kb, text, wanted, unwanted):
    ids = _linked(text, kb)
    assert wanted in ids, ids
    assert unwanted is None or unwanted not in ids, ids


def test_bare_sepah_is_still_the_revolutionary_guards(kb):
    """Guard: the longer name alone moves off the IRGC."""
    assert "islamic-revolutionary-guard-corps" in _linked("سپاه یک نفتکش خارجی را در خلیج فارس توقیف کرد.", kb)


def test_dan_alone_is_no_newspaper(kb):
    """Guard: "دان" without "روزنامه" is a word, not Dawn."""
    assert "dawn" not in _linked("او گفت که ما همه چیز را نمی‌دان و باید صبر کنیم.", kb)


# ---------------------------------------------------------------- (3) page metadata


@pytest.mark.parametrize("url, outlet", [
    ("https://taadolnewspaper.ir/fa/news/300000/عنوان", "Taadol"),
    ("https://iranamir.com/news/عنوان/اخبار-روز", "Iranamir"),
])
def test_outlet_from_address(kb, url, outlet):
    from rasad.clean.outlets import outlet_from_url

    assert outlet_from_url(url, kb) == outlet


def _meta(text, kb):
    return annotate_document(RawDocument(source="t.txt", text=text), kb).meta


def test_news_id_written_as_one_word(kb):
    """"کدخبر: ۱۲۳۴۵۶" (the space left out) is the page's news id, as "کد خبر: ..." is."""
    text = ("وزیر خارجه قطر با همتای ترک خود دیدار کرد\n\nکدخبر: ۴۸۱۲۳۷\nوزیر خارجه قطر روز دوشنبه در آنکارا با "
            "وزیر خارجه ترکیه دیدار و درباره تحولات منطقه گفت‌وگو کرد.")
    assert _meta(text, kb).news_id == "481237"


def test_a_code_inside_a_sentence_is_no_news_id(kb):
    """Guard: the words inside a sentence, not a line of their own."""
    text = ("وزیر خارجه قطر با همتای ترک خود دیدار کرد\n\nخبرنگاران کدخبر ۴۸۱۲۳۷ را در جلسه به مسئولان دادند و "
            "وزیر خارجه قطر روز دوشنبه در آنکارا با وزیر خارجه ترکیه دیدار کرد.")
    assert _meta(text, kb).news_id is None
