"""Actors Persian outlets name in event reports that the knowledge base did not link at all (session 24, slice M;
data only: rasad/data/kb/actors/kb24M.yaml and the actors' own files). The Balochistan Liberation Army was known only
as "... بلوچستان", while outlets also write "ارتش آزادی‌بخش بلوچ" (joined, apart or with a ZWNJ); the Balochistan
Liberation Front and the two groups' spokesmen were missing, so claims of attacks had no source; so were the Uqaydat
tribe fighting the SDF in Deir ez-Zor and its sheikh, the Iraqi Islamic Party and its head, Rosneft as "رزنفت", CEFC China Energy, Huawei's founder and
Iranian universities (Urmia, Meybod, Hazrat-e Masoumeh) that sign agreements. Guards: everyday uses of the words
("بلوچ" alone, "عشایر" in general, a street named for a university) link none of them.
Sentences are the tests' own."""

import pytest

from tests.event_text import reported_events
from tests.test_kb_officials import _roles


@pytest.mark.parametrize("text, day, actor", [
    ("ارتش آزادی‌بخش بلوچ دیروز مسئولیت انفجار بمب در ایستگاه قطار کویته را بر عهده گرفت.", "2024-11-10",
     "balochistan-liberation-army"),
    ("بیانیه ارتش آزادیبخش بلوچ درباره کمین در منطقه خاران منتشر شد.", "2022-03-01", "balochistan-liberation-army"),
    ("جبهه آزادی‌بخش بلوچستان اعلام کرد نیروهایش به یک پاسگاه در منطقه پنجگور حمله کرده‌اند.", "2021-06-01",
     "balochistan-liberation-front"),
    ("جبهه آزادیبخش بلوچستان در بیانیه‌ای کشته شدن دو فرمانده خود را تأیید کرد.", "2018-06-01",
     "balochistan-liberation-front"),
    ("گهرام بلوچ در پیامی از ادامه عملیات‌ها در مکران خبر داد.", "2020-02-01", "gwahram-baloch"),
    ("جیئند بلوچ گفت حمله به کاروان نظامی در بولان کار این گروه بوده است.", "2025-03-12", "jeeyand-baloch"),
    ("جنگجویان العکیدات روز سه‌شنبه چند روستا در شرق فرات را پس گرفتند.", "2023-09-05", "al-uqaydat"),
    ("قبیله عکیدات خواستار خروج نیروهای خارجی از منطقه شد.", "2024-01-10", "al-uqaydat"),
    ("ابراهیم الهفل مردان قبیله را به مقاومت فراخواند.", "2023-09-06", "ibrahim-al-hafl"),
    ("شرکت رزنفت قرارداد تازه‌ای برای فروش گاز به هند امضا کرد.", "2018-10-05", "rosneft"),
    ("گروه انرژی سی‌ای‌اف‌سی سهام یک پالایشگاه در چک را خرید.", "2016-04-01", "cefc-china-energy"),
    ("رن ژنگ‌فی در گفت‌وگویی تحریم‌های واشنگتن را بی‌اثر خواند.", "2019-06-01", "ren-zhengfei"),
    ("دانشگاه ارومیه با یک دانشگاه گرجستان تفاهم‌نامه همکاری امضا کرد.", "2022-05-01", "urmia-university"),
    ("رئیس دانشگاه میبد از گسترش همکاری با دانشگاه‌های عراق خبر داد.", "2024-05-01", "meybod-university"),
    ("دانشگاه حضرت معصومه (س) میزبان همایش بین‌المللی زنان مسلمان شد.", "2023-05-01", "hazrat-e-masoumeh-university"),
    ("حزب اسلامی عراق نامزدهای خود را برای انتخابات استانی معرفی کرد.", "2023-11-01", "iraqi-islamic-party"),
    ("رشید العزاوی در بغداد با سفیر ترکیه گفت‌وگو کرد.", "2022-02-01", "rashid-al-azzawi"),
])
def test_the_name_links_its_actor(kb, text, day, actor):
    _, ids = _roles(text, kb, day)
    assert actor in ids, ids


def test_a_claim_by_the_bla_spokesman_is_the_groups_attack(kb):
    events = reported_events("جیئند بلوچ سخنگوی ارتش آزادی‌بخش بلوچ اعلام کرد که جنگجویان این گروه پایگاه ارتش "
                             "پاکستان در نوشکی را هدف قرار داده‌اند.", kb, "2025-02-10T10:00:00+03:30")
    assert any(e.type == "ASSAULT" and "balochistan-liberation-army" in e.source_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("text, day, actor", [
    ("خانواده‌های بلوچ در حاشیه شهر زاهدان از کمبود آب گله دارند.", "2024-05-01", "balochistan-liberation-army"),
    ("خانواده‌های بلوچ در حاشیه شهر زاهدان از کمبود آب گله دارند.", "2024-05-01", "balochistan-liberation-front"),
    ("عشایر عرب خوزستان برای کوچ بهاره آماده می‌شوند.", "2024-03-01", "al-uqaydat"),
    ("در خیابان دانشگاه شهر ارومیه ترافیک سنگین است.", "2024-03-01", "urmia-university"),
    ("محمود عباس رئیس تشکیلات خودگردان فلسطین با وزیر خارجه مصر دیدار کرد.", "2024-03-01", "ren-zhengfei"),
])
def test_everyday_words_link_none_of_them(kb, text, day, actor):
    _, ids = _roles(text, kb, day)
    assert actor not in ids, ids
