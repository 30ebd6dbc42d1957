"""Session 28 (slice AS): attacks and coercions whose trigger matched on real dev pages but coded no event, because
the parties or a gate dropped them. The general causes fixed, each written anew (other forces, places, tenses), with
guards for the everyday sentences that use the same words:

- a named force's attack on people named only as a gathering or a trade ("حمله ماموران X به تجمع‌کنندگان",
  "کارگران معترض مورد هجوم X قرار گرفتند") had no target and was dropped (coder._crowd_struck);
- a raid told as "هجوم" did not name its raiders ("مورد هجوم ماموران X قرار گرفتند": grammar.yaml attack_nouns);
- fire "opened" with "باز کرد" ("آتش خمپاره را به سمت مرزبانان X باز کردند") was no trigger (events.yaml);
- an attack with no place of its own did not take the place of the episode told just before it ("درگیری ... در
  منطقه X رخ داد", "در تجمع ... در X"), places._place_told_before; Batken Region in the KB places."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events, shown

# --- a named force strikes a crowd no one names -------------------------------------------------------------------

@pytest.mark.parametrize("sentence,source", [
    ("نیروهای امنیتی به تجمع‌کنندگان در مقابل استانداری اصفهان حمله کردند.", "IRN"),
    ("انجمن صنفی پرستاران از حمله ماموران امنیتی به تجمع‌کنندگان خبر داد.", "IRN"),
    ("ماموران یگان ویژه پلیس به بازنشستگان معترض در میدان بهارستان یورش بردند.",
     "law-enforcement-command-of-islamic-republic-of-iran"),
    ("کارگران معترض در مقابل فرمانداری مورد هجوم ماموران نیروی انتظامی قرار گرفتند.",
     "law-enforcement-command-of-islamic-republic-of-iran"),
])
def test_crowd_struck_by_named_force(sentence, source, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, None))


@pytest.mark.parametrize("sentence", [
    "رئیس پلیس تهران گفت تجمع‌کنندگان به ساختمان فرمانداری حمله کردند.",  # the crowd attacked, not the police
    "در این تجمع سه نفر زخمی شدند.",  # a casualty report with no attacker
    "یکی از تجمع‌کنندگان در مقابل مجلس دچار حمله قلبی شد.",  # medical
    "هجوم مسافران به فرودگاه مهرآباد ادامه دارد.",  # a rush of travellers
])
def test_crowd_words_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- fire opened with "باز کرد" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,source,target", [
    ("مرزبانان پاکستان آتش مسلسل را به سمت مرزبانان افغان باز کردند.", "PAK", "AFG"),
    ("سربازان ارتش هند به طور ناگهانی به سوی مرزبانان پاکستانی آتش باز کردند.", "indian-army", "PAK"),
])
def test_fire_opened(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


def test_fire_path_opened_no_attack(kb):
    assert_not_coded("آتش‌نشانان راه آتش را به سمت رودخانه باز کردند.", kb, "ASSAULT")


# --- the place of the episode told just before --------------------------------------------------------------------

@pytest.mark.parametrize("text,place", [
    ("درگیری تازه‌ای میان ساکنان دو روستا در منطقه باتکن رخ داد. ساعتی بعد مرزبانان تاجیکستان به سوی مرزبانان"
     " قرقیزستان آتش گشودند.", "batken-region"),
    ("صدها معلم روز پنجشنبه در تجمع اعتراضی در اصفهان شرکت کردند. پیش از این، انجمن‌های صنفی از حمله نیروهای امنیتی"
     " به تجمع‌کنندگان خبر داده بودند.", "isfahan"),
])
def test_place_of_episode_before(text, place, kb):
    events = [e for e in reported_events(text, kb) if e.type == "ASSAULT"]
    assert any(e.location_id == place for e in events), shown(events)


@pytest.mark.parametrize("text", [
    "درگیری تازه‌ای در منطقه باتکن رخ داد. ارتش اسرائیل به غزه حمله کرد.",  # another state's place
    "تیم ملی فوتبال روز گذشته در اصفهان تمرین کرد. نیروهای امنیتی به تجمع‌کنندگان حمله کردند.",  # no episode noun
])
def test_place_before_not_taken(text, kb):
    events = [e for e in reported_events(text, kb) if e.type == "ASSAULT"]
    assert events and not any(e.location_id in ("batken-region", "isfahan") for e in events), shown(events)
