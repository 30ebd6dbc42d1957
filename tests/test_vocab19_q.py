"""Session 19 (slice Q): Iranian domestic politics as Iranian outlets word it — votes of confidence refused or
failed, parliament's yellow card, dismissals by order, candidates disqualified, admonitions. Each case is written
anew (other actors, other details) with the wording outlets use; the guards are sentences with the same words that
report no such event (sport, everyday speech)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a dismissal issued as an order: the dismissed inside the trigger (SANCTION since session 28 A, as the gold codes removals)
    ("مسعود پزشکیان صبح امروز حکم برکناری عبدالناصر همتی را صادر کرد.",
     ("SANCTION", "masoud-pezeshkian", "abdolnaser-hemmati")),
    ("محمود احمدی نژاد شامگاه دوشنبه حکم عزل منوچهر متکی را صادر کرد.",
     ("SANCTION", "mahmoud-ahmadinejad", "manouchehr-mottaki")),
    # ... or with where/when between the object and the verb
    ("حسن روحانی اسحاق جهانگیری را در جلسه هیئت دولت برکنار کرد.", ("SANCTION", "hassan-rouhani", "eshaq-jahangiri")),
    # confidence refused a proposed minister
    ("نمایندگان مجلس با ۱۵۰ رأی مخالف به احمد میدری برای تصدی وزارت کار رأی اعتماد ندادند.",
     ("ACCUSE", "islamic-consultative-assembly", "ahmad-meydari")),
    ("مجلس شورای اسلامی به محمدحسین صفار هرندی برای تصدی وزارت ارشاد اعتماد نکرد.",
     ("ACCUSE", "islamic-consultative-assembly", "mohammad-hossein-saffar-harandi")),
    # the minister failed to win the vote, or got parliament's yellow card (source inside, target the subject)
    ("عبدالناصر همتی در نشست علنی دیروز موفق به اخذ رأی اعتماد از مجلس نشد.",
     ("ACCUSE", "islamic-consultative-assembly", "abdolnaser-hemmati")),
    ("عبدالناصر همتی در جلسه علنی امروز از مجلس کارت زرد گرفت.",
     ("ACCUSE", "islamic-consultative-assembly", "abdolnaser-hemmati")),
    ("مجلس پس از رأی‌گیری کارت زرد خود را به احمد میدری داد.",
     ("ACCUSE", "islamic-consultative-assembly", "ahmad-meydari")),
    # candidates disqualified: by an agent after "به دست"/"توسط", or in the active
    ("اسحاق جهانگیری در انتخابات ریاست جمهوری ۱۴۰۰ به دست شورای نگهبان رد صلاحیت شد.",
     ("REJECT", "guardian-council", "eshaq-jahangiri")),
    ("محمود احمدی نژاد نیز در این دوره توسط شورای نگهبان رد صلاحیت شده است.",
     ("REJECT", "guardian-council", "mahmoud-ahmadinejad")),
    ("شورای نگهبان علی لاریجانی را رد صلاحیت کرد.", ("REJECT", "guardian-council", "ali-larijani")),
    # an official admonition
    ("محمدباقر قالیباف به عبدالناصر همتی درباره قیمت ارز تذکر داد.",
     ("ACCUSE", "mohammad-bagher-ghalibaf", "abdolnaser-hemmati")),
])
def test_domestic_politics_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("داور به مهدی طارمی در دقیقه چهلم کارت زرد داد.", "ACCUSE"),
    ("مهدی طارمی در بازی با قطر از داور کارت زرد گرفت.", "ACCUSE"),
    ("پلیس راهور به رانندگان درباره سرعت مجاز تذکر داد.", "ACCUSE"),
    ("مردم به وعده‌های انتخاباتی این نامزدها اعتماد نکردند.", "ACCUSE"),
    ("مجلس به عباس عراقچی برای تصدی وزارت خارجه رأی اعتماد داد.", "ACCUSE"),
    ("این داوطلب در آزمون استخدامی رد صلاحیت شد.", "REJECT"),
])
def test_same_words_in_everyday_senses_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]
