"""Session 28 (slice A): whole real dev pages 293-304 (a governor removed, Kobani held against an advance, an
ambassador expelled, Mosul declared taken, a town council arrested). The general causes found there, each written
anew (other parties, places, tenses), with guards for the everyday sentences that use the same words:

- a removal from office is coded SANCTION, as the real-news gold codes removals by a superior (247, 271, 293) and
  accepts for an impeachment (031); it was ACCUSE;
- the removal told as a noun in a light-verb frame ("اقدام به برکناری X کرد", "اقدام به عزل X کرد") coded nothing;
- a capital right after a government's act or stance ("با استقبال از تصمیم تیرانا") was the city, so the welcome
  had no target: it is the state that decided."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events

# --- a removal from office ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("وزارت کشور روز گذشته اقدام به برکناری استاندار فارس کرد.", ("SANCTION", "ministry-of-interior-iran", None)),
    ("محمود احمدی‌نژاد دیروز اقدام به برکناری منوچهر متکی کرد.", ("SANCTION", "mahmoud-ahmadinejad", "manouchehr-mottaki")),
    ("مسعود پزشکیان هفته گذشته اقدام به عزل عبدالناصر همتی کرد.", ("SANCTION", "masoud-pezeshkian", "abdolnaser-hemmati")),
    ("حسن روحانی اسحاق جهانگیری را از سمت خود برکنار کرد.", ("SANCTION", "hassan-rouhani", "eshaq-jahangiri")),
])
def test_removal_is_sanction(sentence, expected, kb):
    assert_coded(sentence, kb, expected, day="2024-09-10")


@pytest.mark.parametrize("sentence,etype", [
    # a coach benching a player, a club dropping its coach: no state actor removes anyone
    ("سرمربی تیم اقدام به برکناری کاپیتان از ترکیب اصلی کرد.", "SANCTION"),
    # a removal demanded is a demand, not a removal
    ("دانشجویان با برگزاری تجمع خواستار برکناری رئیس دانشگاه شدند.", "SANCTION"),
])
def test_removal_guards(sentence, etype, kb):
    assert_not_coded(sentence, kb, etype)


# --- a capital as the owner of a government's decision -----------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("وزیر خارجه فرانسه با استقبال از تصمیم آنکارا، به اهمیت آن برای منطقه اشاره کرد.", ("SUPPORT", None, "TUR")),
    ("آنالنا بربوک با استقبال از تصمیم تیرانا، آن را گامی در جهت امنیت اروپا دانست.", ("SUPPORT", None, "ALB")),
])
def test_capital_after_decision_is_its_state(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # the city as a destination after a decision noun stands for no state
    ("مسافران از تصمیم تهران‌گردی خود در تعطیلات خبر دادند.", "SUPPORT"),
    # a decision about travelling to a capital is no welcome of its government
    ("گردشگران با استقبال از تور ارزان آنکارا، بلیت‌ها را خریدند.", "SUPPORT"),
])
def test_capital_guards(sentence, etype, kb):
    assert_not_coded(sentence, kb, etype)


# --- a place inside words quoted after a noun trigger is no place of the event ------------------------------------

@pytest.mark.parametrize("sentence", [
    "آنالنا بربوک با استقبال از تصمیم آنکارا، به «بازداشت دو عامل خارجی که در تدارک انفجاری در استانبول» بودند، اشاره کرد.",
    "وزیر خارجه ایتالیا با استقبال از تصمیم آلبانی، از «کشف شبکه‌ای که در تدارک حمله‌ای در رم» بود، سخن گفت.",
])
def test_quoted_place_after_noun_trigger(sentence, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "SUPPORT"]
    assert events and all(e.location is None for e in events), [(e.type, e.location) for e in events]


def test_place_after_noun_trigger_unquoted_kept(kb):
    """A guard: an unquoted place after a noun trigger is still its place."""
    events = [e for e in reported_events("پس از دیدار پوتین و اردوغان در آنکارا، دو طرف توافق کردند.", kb)
              if e.type == "CONSULT"]
    assert events and events[0].location_id == "ankara", [(e.type, e.location_id) for e in events]
