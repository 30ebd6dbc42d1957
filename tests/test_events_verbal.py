"""Verbal events in wordings the real-news dev half lacked (branch verbal): blame and damning judgements, a charge
rejected and a warning given as the manner of a statement, threats in the future, requests in the perfect and by
urging, territorial integrity affirmed, "دو طرف" of a conflict, a threat aimed where the same speaker's request was,
and the speaker (not the state spoken for) as the source of a statement. Sentences are the tests' own."""

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import events_of
from tests.event_text import of_type as _find


def _events(text, kb, published="2024-05-20T10:00:00+03:30"):
    return events_of(text, kb, published)


def test_blame_in_the_other_spelling(kb):
    events = _events("سخنگوی وزارت امور خارجه گفت جمهوری اسلامی ایران، دولت انگلیس را مسؤول پیامدهای این اقدام می‌داند.", kb)
    assert any(e.target == ["United Kingdom"] for e in _find(events, "ACCUSE"))


def test_a_charge_rejected_in_passing(kb):
    events = _events("سعید خطیب‌زاده در پاسخ به سوال خبرنگاران، ضمن رد اتهامات دونالد ترامپ، گفت این ادعاها تکراری است.", kb)
    (rej,) = _find(events, "REJECT")
    assert rej.source == ["Saeed Khatibzadeh"] and "Donald Trump" in rej.target


def test_a_warning_in_passing(kb):
    events = _events("سعید خطیب‌زاده با هشدار جدی به آمریکا، از ماجراجویی در منطقه انتقاد کرد.", kb)
    assert any(e.source == ["Saeed Khatibzadeh"] and e.target == ["United States"] for e in _find(events, "THREATEN"))


def test_an_invitation_to_talks_is_no_urging(kb):
    events = _events("دونالد ترامپ ایران را به مذاکره درباره برنامه هسته‌ای دعوت کرد.", kb)
    assert not _find(events, "REQUEST")


def test_territorial_integrity_affirmed_is_support(kb):
    events = _events("حسین امیرعبداللهیان گفت: ما بر حفظ تمامیت ارضی همه کشورها از جمله عراق تاکید داریم.", kb)
    assert any(e.target == ["Iraq"] for e in _find(events, "SUPPORT"))


def test_the_two_sides_of_a_conflict_and_a_threat_at_them(kb):
    events = _events("درگیری میان ارمنستان و جمهوری آذربایجان ادامه دارد. علی ربیعی سخنگوی دولت ایران گفت: «از دو طرف "
                     "می‌خواهیم به درگیری پایان دهند و در صورت ادامه آن بی‌تفاوت نخواهیم بود.»", kb,
                     "2020-10-05T10:00:00+03:30")
    (req,) = _find(events, "REQUEST")
    assert set(req.target) == {"Armenia", "Azerbaijan"}
    (thr,) = _find(events, "THREATEN")
    assert set(thr.target) == {"Armenia", "Azerbaijan"} and thr.source == req.source


def test_an_answer_to_a_letter_is_no_threat(kb):
    events = _events("عباس عراقچی درباره نامه ترامپ گفت: پس از بررسی به آن پاسخ خواهیم داد.", kb, "2025-03-13T10:00:00+03:30")
    assert not _find(events, "THREATEN")


def test_condemnation_in_passing_names_the_attacker(kb):
    events = _events("ناصر کنعانی ضمن محکوم کردن حمله رژیم صهیونیستی به بیمارستانی در غزه، خواستار اقدام فوری سازمان ملل شد.", kb)
    assert any(e.source == ["Nasser Kanaani"] and e.target == ["Israel"] for e in _find(events, "ACCUSE"))


def test_an_adjective_of_the_call_s_counterpart_is_not_the_condemned(kb):
    """The condemned act names no actor: the counterpart's nationality ("با همتای فرانسوی خود") is not its target."""
    events = _events("عباس عراقچی در تماس تلفنی با همتای فرانسوی خود، حمله به تاسیسات هسته‌ای را محکوم کرد.", kb)
    assert not any("France" in e.target for e in _find(events, "ACCUSE"))
    # an adjective inside the condemned act still names its target
    assert any("France" in e.target for e in _find(_events("عباس عراقچی حمله به نفتکش فرانسوی را محکوم کرد.", kb), "ACCUSE"))


def test_a_protest_conveyed_to_an_envoy(kb):
    events = _events("وزارت امور خارجه ایران مراتب اعتراض شدید خود را به سفیر سوئد ابلاغ کرد.", kb)
    assert any("Sweden" in e.target for e in _find(events, "ACCUSE"))


def test_a_stranger_named_again_by_surname_opens_a_sentence_as_the_source(kb):
    events = _events("مرتضی کاظمیان‌فر، نماینده مجلس، درباره استیضاح سخن گفت. کاظمیان‌فر همچنین از دولت عراق انتقاد کرد.", kb)
    (acc,) = _find(events, "ACCUSE")
    assert acc.source_ids == [None] and acc.target == ["Iraq"]


def test_declared_support_and_support_instead_of_which(kb):
    events = _events("رجب طیب اردوغان حمایت کامل خود از قطر را اعلام کرد.", kb)
    assert [e.target for e in _find(events, "SUPPORT")] == [["Qatar"]]
    events = _events("سرگئی لاوروف گفت آمریکا به جای حمایت همه‌جانبه از اسرائیل باید برای توقف جنگ فشار بیاورد.", kb)
    assert not _find(events, "SUPPORT")


def test_an_accusation_in_passing_and_a_damning_description(kb):
    events = _events("ولودیمیر زلنسکی با متهم کردن روسیه به جنایت جنگی، شرط مذاکره را اعلام کرد.", kb)
    assert any(e.source == ["Volodymyr Zelenskyy"] and e.target == ["Russia"] for e in _find(events, "ACCUSE"))
    events = _events("هاکان فیدان اقدام اسرائیل را بیمارگونه توصیف کرد.", kb)
    assert any(e.target == ["Israel"] for e in _find(events, "ACCUSE"))


def test_a_headline_of_charges_and_advice_to_a_party(kb):
    events = _events("ناصر کنعانی به آمریکا توصیه کرد از ماجراجویی در منطقه پرهیز کند.", kb)
    (req,) = _find(events, "REQUEST")
    assert req.source == ["Nasser Kanaani"] and req.target == ["United States"]
    doc = "اتهام‌زنی جدید آمریکا علیه ایران\nبه گزارش خبرگزاری ایرنا، وزارت خارجه آمریکا بیانیه‌ای منتشر کرد."
    events = annotate_document(RawDocument(source="t.txt", text=doc, published="2024-05-20T10:00:00+03:30"), kb).events
    assert any(e.source == ["United States"] and e.target == ["Iran"] for e in _find(events, "ACCUSE"))


def test_an_invitation_to_talks_survives_the_urging_triggers(kb):
    events = _events("آموس هوکشتاین اعلام کرده بود در نامه‌ای رهبران ایران را به مذاکره درباره برنامه هسته‌ای دعوت کرده است.", kb)
    assert _find(events, "AGREE") and not _find(events, "REQUEST")


def test_condemning_an_attack_in_passing_keeps_the_attack(kb):
    events = _events("ناصر کنعانی ضمن محکوم کردن حمله هوایی رژیم صهیونیستی به لبنان، خواستار اقدام فوری سازمان ملل شد.", kb)
    assert any(e.source == ["Israel"] for e in _find(events, "ASSAULT"))
    assert any(e.source == ["Nasser Kanaani"] and e.target == ["Israel"] for e in _find(events, "ACCUSE"))


def test_a_damning_adjective_of_another_clause_is_no_judgement(kb):
    events = _events("ناصر کنعانی گفت ایران حق پاسخ به این اقدام تجاوزکارانه را برای خود محفوظ می‌داند.", kb)
    assert not [e for e in _find(events, "ACCUSE") if e.rule == "accuse.judge"]


def test_a_failure_laid_at_anothers_words_in_reported_speech(kb):
    events = _events("دیمیتری پسکوف گفت که مذاکرات صلح میان مسکو و کی‌یف به‌دلیل اظهارات اخیر ولودیمیر زلنسکی متوقف شده است.", kb, "2025-09-13T10:00:00+03:30")
    (acc,) = _find(events, "ACCUSE")
    assert acc.source == ["Dmitry Peskov"] and acc.target == ["Volodymyr Zelenskyy"]
    events = _events("مذاکرات صلح میان مسکو و کی‌یف به‌دلیل اظهارات اخیر ولودیمیر زلنسکی متوقف شد.", kb, "2025-09-13T10:00:00+03:30")
    assert not _find(events, "ACCUSE")


def test_a_damning_name_for_anothers_act(kb):
    events = _events("فیصل بن فرحان ادعاهای ایران را اقدامی تحریک‌آمیز خواند.", kb)
    (acc,) = _find(events, "ACCUSE")
    assert acc.source == ["Faisal bin Farhan Al Saud"] and acc.target == ["Iran"]
    assert not _find(_events("ناصر کنعانی گفت این اقدامی خصمانه است.", kb), "ACCUSE")


def test_a_dead_match_hides_no_other_trigger(kb):
    # "سفر X را «گامی ..." opens a visit trigger that reports nothing (not announced); the judgement inside stands
    events = _events("عبدالله بن زاید سفر محمود احمدی‌نژاد را «گامی رو به عقب» دانست.", kb, "2012-04-12T10:00:00+03:30")
    assert any(e.source == ["Abdullah bin Zayed Al Nahyan"] and e.target == ["Mahmoud Ahmadinejad"]
               for e in _find(events, "ACCUSE"))


# (what it shows, text, publication date or None for the default, the one event of that type, its source or None
# when only the target is checked, its target)
ONE_EVENT = [
    ("the_speaker_not_the_state_reserves_the_response",
     "جنگنده‌های اسرائیل ساختمان کنسولی ایران در دمشق را هدف قرار دادند. ناصر کنعانی این حمله را محکوم کرد. "
     "وی افزود: جمهوری اسلامی ایران حق پاسخ به این حمله را برای خود محفوظ می‌داند.",
     None, "THREATEN", ["Nasser Kanaani"], ["Israel"]),
    ("consequences_laid_at_a_party", "ناصر کنعانی گفت مسئولیت عواقب این تجاوز با رژیم صهیونیستی است.", None, "ACCUSE", ["Nasser Kanaani"], ["Israel"]),
    ("damning_judgement_of_claims_is_of_their_owner", "وزیر امور خارجه پاکستان ادعاهای طالبان درباره حملات اخیر از خاک پاکستان را غیرمسئولانه خواند.", None, "ACCUSE", None, ["Taliban"]),
    ("a_consequence_in_the_future_is_a_threat_to_who_will_pay", "عبدالملک الحوثی گفت رژیم آل سعود نتیجه محاصره مردم یمن را خواهد دید.", None, "THREATEN", None, ["Saudi Arabia"]),
    ("a_request_in_the_perfect", "اتحادیه اروپا در بیانیه‌ای از دولت عراق خواسته است درباره این حادثه تحقیق کند.", None, "REQUEST", ["European Union"], ["Iraq"]),
    ("urging_a_party_to_restraint", "آنتونیو گوترش، اسرائیل را به خویشتن‌داری فرا خواند.", None, "REQUEST", None, ["Israel"]),
    ("a_government_after_the_subject_opens_the_object", "جمهوری اسلامی ایران دولت آمریکا را مسئول پیامدهای این تنش‌آفرینی می‌داند.", None, "ACCUSE", ["Iran"], ["United States"]),
    ("an_expectation_of_a_party_is_a_request", "عباس عراقچی گفت: از آمریکا انتظار داریم به تعهدات خود در برجام عمل کند.", "2025-03-13T10:00:00+03:30", "REQUEST", ["Abbas Araghchi"], ["United States"]),
    ("a_refusal_in_the_present_is_aimed_at_the_proposals_author", "علی خامنه‌ای گفت پیشنهاد آمریکا برای مذاکره مستقیم را نمی‌پذیریم.", "2025-03-13T10:00:00+03:30", "REJECT", None, ["United States"]),
    ("a_quote_before_its_speaker_is_the_speakers_request", "«ما از دولت عراق می‌خواهیم که مرزها را کنترل کند.» این را ناصر کنعانی روز دوشنبه گفت.", None, "REQUEST", ["Nasser Kanaani"], ["Iraq"]),
    ("an_act_against_the_speakers_state_condemned_is_its_doers",
     "ناصر کنعانی تحریم‌های جدید اتحادیه اروپا علیه ایران را محکوم کرد.", None, "ACCUSE", ["Nasser Kanaani"],
     ["European Union"]),
    ("an_act_condemned_by_anaphora_is_the_one_reacted_to",
     "ناصر کنعانی در واکنش به تحریم‌های جدید اتحادیه اروپا علیه افراد ایرانی، این اقدام غیرقانونی را قویا محکوم کرد.",
     None, "ACCUSE", ["Nasser Kanaani"], ["European Union"]),
    ("a_rejection_of_what_the_sentence_opens_by_reacting_to",
     "در واکنش به سخنان وزیر خارجه آمریکا، ناصر کنعانی این اظهارات را رد کرد.", None, "REJECT", ["Nasser Kanaani"],
     ["Antony Blinken"]),
    ("a_first_person_warning_is_the_speakers", "ناصر کنعانی در نشست خبری گفت: «آمریکا باید تحریم‌ها را لغو کند و ما به آمریکا هشدار می‌دهیم.»", None, "THREATEN", ["Nasser Kanaani"], ["United States"]),
    ("the_charge_between_object_and_verb", "ناصر کنعانی آمریکا را متهم به دخالت در امور داخلی عراق کرد.", None, "ACCUSE", ["Nasser Kanaani"], ["United States"]),
    ("a_threat_with_the_act_between_object_and_verb", "بنیامین نتانیاهو حزب‌الله را تهدید به حمله گسترده کرد.", None, "THREATEN", None, ["Hezbollah"]),
    ("a_first_person_request_in_the_perfect", "ولودیمیر زلنسکی گفت: «از سازمان ملل متحد خواسته‌ایم که برای آزادی زندانیان اقدام کند».", None, "REQUEST", ["Volodymyr Zelenskyy"], ["United Nations"]),
    ("the_side_of_a_state_must_act", "عباس عراقچی گفت طرف آمریکایی باید تحریم‌ها را لغو کند.", "2025-03-13T10:00:00+03:30", "REQUEST", ["Abbas Araghchi"], ["United States"]),
    # (branch verbal9) blame as a verdict on the subject, a response a deed will bring, criticism of a state of affairs
    ("blame_as_a_verdict_on_the_if_clauses_subject", "رجب طیب اردوغان گفت: اگر درگیری تازه‌ای در دریای اژه آغاز شود، یونان مقصر آن خواهد بود.", None, "ACCUSE", ["Recep Tayyip Erdoğan"], ["Greece"]),
    ("a_response_a_deed_will_bring_threatens_its_doer", "ناصر کنعانی گفت هرگونه اقدام آلمان علیه نیروهای مسلح ایران واکنش جدی ایران را در پی خواهد داشت.", None, "THREATEN", ["Nasser Kanaani"], ["Germany"]),
    ("the_reported_clauses_subject_will_answer_not_an_actor_in_its_complement",
     "ماریا زاخارووا گفت مقامات کی‌یف برای «خرابکاری‌های» اخیر از جمله انفجار هفته پیش در نزدیکی خانه ولادیمیر پوتین رئیس جمهور روسیه پاسخگو خواهند بود.",
     None, "THREATEN", ["Maria Zakharova"], ["Ukraine"]),
    ("the_former_afghan_republic_is_not_iran", "سفیر جمهوری اسلامی افغانستان در مسکو از روسیه انتقاد کرد.", None, "ACCUSE", ["Ambassador of Afghanistan", "Afghanistan"], ["Russia"]),
    ("an_answer_the_other_side_will_receive", "محمد باقری گفت اسرائیل پاسخ پشیمان‌کننده ایران را دریافت خواهد کرد.", None, "THREATEN", None, ["Israel"]),
    ("a_slap_after_an_if_clause", "علی خامنه‌ای گفت اگر آمریکا به ایران حمله کند، سیلی سختی خواهد خورد.", None, "THREATEN", ["Ali Khamenei"], ["United States"]),
    ("a_counter_measure_against_what_it_answers", "ناصر کنعانی گفت ایران در برابر تحریم‌های اتحادیه اروپا اقدام متقابل خواهد کرد.", None, "THREATEN", ["Nasser Kanaani"], ["European Union"]),
    ("a_blow_announced_at_a_party", "حسین سلامی گفت ضربه‌ای سخت‌تر به اسرائیل وارد خواهیم کرد.", None, "THREATEN", ["Hossein Salami"], ["Israel"]),
    ("every_option_on_the_table", "دونالد ترامپ گفت همه گزینه‌ها در قبال ایران روی میز است.", None, "THREATEN", ["Donald Trump"], ["Iran"]),
    ("held_responsible_by_name", "ناصر کنعانی دولت آمریکا را مسئول این فاجعه انسانی خواند.", None, "ACCUSE", ["Nasser Kanaani"], ["United States"]),
    ("an_act_described_as_a_violation", "ناصر کنعانی حمله اسرائیل به بیروت را نقض آشکار منشور سازمان ملل توصیف کرد.", None, "ACCUSE", ["Nasser Kanaani"], ["Israel"]),
    ("a_verdict_on_a_deed_in_reported_speech", "ناصر کنعانی گفت تصمیم اتحادیه اروپا درباره سپاه نقض آشکار منشور سازمان ملل محسوب می‌شود.", None, "ACCUSE", ["Nasser Kanaani"], ["European Union"]),
    ("a_calamity_laid_at_the_subject", "سرگئی لاوروف گفت ناتو مسئول تشدید جنگ در اوکراین است.", None, "ACCUSE", ["Sergey Lavrov"], ["NATO"]),
    ("condemnation_as_a_noun_in_passing", "ناصر کنعانی ضمن محکومیت حمله اسرائیل به رفح گفت جامعه جهانی باید اقدام کند.", None, "ACCUSE", ["Nasser Kanaani"], ["Israel"]),
    ("a_denied_claim_is_its_owners_not_the_last_actor_in_it", "اسماعیل بقائی ادعای آمریکا درباره ارسال پهپاد به روسیه را تکذیب کرد.", None, "REJECT", ["Esmaeil Baghaei"], ["United States"]),
    ("a_necessity_to_stop_a_partys_act", "عباس عراقچی بر لزوم توقف فوری حملات اسرائیل به لبنان تاکید کرد.", None, "REQUEST", ["Abbas Araghchi"], ["Israel"]),
    ("what_the_addressee_must_do", "عباس عراقچی خطاب به اتحادیه اروپا گفت: باید به تعهدات خود در برجام عمل کنید.", None, "REQUEST", ["Abbas Araghchi"], ["European Union"]),
    ("beijings_taiwan_office_speaks_for_china", "سخنگوی دفتر امور تایوان چین به آمریکا درباره فروش سلاح به تایپه هشدار داد.", None, "THREATEN", ["Spokesperson of Taiwan Affairs Office", "Taiwan Affairs Office"], ["United States"]),
    ("support_stressed_as_a_noun", "عباس عراقچی بر حمایت ایران از دولت کوبا تأکید کرد.", None, "SUPPORT", ["Abbas Araghchi"], ["Cuba"]),
    ("a_vetoed_draft_is_its_sponsors", "ایالات متحده قطعنامه پیشنهادی روسیه درباره سوریه را وتو کرد.", None, "REJECT", ["United States"], ["Russia"]),
    ("the_minister_of_state_for_affairs_abroad_asks", "وزیر مشاور در امور خارجی امارات گفت: «از ایران می‌خواهیم به درخواست ما برای مذاکره درباره جزایر پاسخ دهد.»", "2024-10-01T10:00:00+03:30", "REQUEST", ["Khalifa Shaheen Al Marar"], ["Iran"]),
    ("praise_in_another_verb", "محمد بن سلمان تلاش‌های عمان برای میانجیگری را تحسین کرد.", None, "SUPPORT", ["Mohammed bin Salman"], ["Oman"]),
    ("a_complaint_about_a_partys_acts", "عباس عراقچی از اقدامات اتحادیه اروپا ابراز نارضایتی کرد.", None, "ACCUSE", ["Abbas Araghchi"], ["European Union"]),
    ("criticism_as_the_object_of_a_light_verb", "عباس عراقچی انتقاد تندی از آمریکا کرد.", None, "ACCUSE", ["Abbas Araghchi"], ["United States"]),
    ("a_negative_answer_to_a_proposal", "حماس به پیشنهاد اسرائیل برای آتش‌بس موقت پاسخ منفی داد.", None, "REJECT", ["Hamas"], ["Israel"]),
    ("urged_to_a_course_in_another_verb", "عباس عراقچی آمریکا را به رعایت تعهداتش در برجام ترغیب کرد.", None, "REQUEST", ["Abbas Araghchi"], ["United States"]),
    ("a_threat_drawn_for_a_party", "دونالد ترامپ در سخنانی برای ایران خط و نشان کشید.", None, "THREATEN", ["Donald Trump"], ["Iran"]),
    ("an_unknown_name_before_an_adverb_is_the_subject", "فرهاد نیک‌نام همچنین حمله آمریکا به ونزوئلا را محکوم کرد.", None, "ACCUSE", ["Farhad Nik-Nam"], ["United States"]),
    ("criticised_in_the_passive", "سیاست‌های آمریکا در منطقه مورد انتقاد شدید عباس عراقچی قرار گرفت.", None, "ACCUSE", ["Abbas Araghchi"], ["United States"]),
    ("praised_in_the_passive", "تلاش‌های عمان برای میانجیگری مورد تقدیر عباس عراقچی قرار گرفت.", None, "SUPPORT", ["Abbas Araghchi"], ["Oman"]),
    ("blamed_for_a_reason_between", "عباس عراقچی گفت آمریکا را به خاطر حمایت از اسرائیل مقصر می‌دانیم.", None, "ACCUSE", ["Abbas Araghchi"], ["United States"]),
    # (branch verbal10) a price the subject must pay, revenge, a party not left alone, a stance praised, words called
    # irresponsible
    ("the_price_the_subject_must_pay", "حسین سلامی گفت: صهیونیست‌ها باید تاوان خون این شهیدان را بدهند.", None, "THREATEN", ["Hossein Salami"], ["Israel"]),
    ("a_heavy_price_the_subject_will_pay", "ناصر کنعانی گفت آمریکا بهای سنگینی برای این اقدام خواهد پرداخت.", None, "THREATEN", ["Nasser Kanaani"], ["United States"]),
    ("revenge_announced_from_a_party", "حسین سلامی گفت از آمریکا انتقام سختی خواهیم گرفت.", None, "THREATEN", ["Hossein Salami"], ["United States"]),
    ("a_people_told_they_are_not_alone", "حسین سلامی گفت مردم فلسطین تنها نیستند.", None, "SUPPORT", ["Hossein Salami"], ["Palestine"]),
    ("a_people_that_will_not_be_left_alone", "حسین سلامی گفت ما مردم فلسطین را تنها نخواهیم گذاشت.", None, "SUPPORT", ["Hossein Salami"], ["Palestine"]),
    ("a_stance_praised_in_the_singular_past", "ولادیمیر پوتین مواضع قطر را ستود.", None, "SUPPORT", ["Vladimir Putin"], ["Qatar"]),
    ("words_called_irresponsible", "ذبیح‌الله مجاهد اظهارات پاکستان را غیرمسئولانه و تحریک‌آمیز توصیف کرد.", None, "ACCUSE", ["Zabihullah Mujahid"], ["Pakistan"]),
    ("a_protest_outside_an_embassy_is_at_its_state", "جمعی از دانشجویان امروز در مقابل سفارت فرانسه در تهران تجمع کردند.", None, "PROTEST", [], ["France"]),
    ("a_gathering_outside_an_embassy_as_a_noun", "مردم با تجمع در مقابل سفارت انگلیس اعتراض خود را به این تصمیم اعلام کردند.", None, "PROTEST", [], ["United Kingdom"]),
    ("what_the_subject_will_face", "ناصر کنعانی گفت آمریکا با پاسخ قاطع ایران مواجه خواهد شد.", None, "THREATEN", ["Nasser Kanaani"], ["United States"]),
    ("what_the_if_clauses_subject_will_face", "ماریا زاخارووا گفت اگر ناتو به کریمه حمله کند، با واکنش سخت روسیه روبه‌رو خواهد شد.", None, "THREATEN", ["Maria Zakharova"], ["NATO"]),
    ("a_ceasefire_violation_claimed", "وزارت دفاع روسیه اعلام کرد اوکراین آتش‌بس عید پاک را نقض کرده است.", None, "ACCUSE", ["Ministry of Defence (Russia)"], ["Ukraine"]),
    ("a_proposal_rejected_in_the_passive", "پیشنهاد آمریکا برای آتش‌بس از سوی حماس رد شد.", None, "REJECT", ["Hamas"], ["United States"]),
    ("a_request_not_accepted_in_the_passive", "درخواست ایران برای تعویق از سوی شورای امنیت پذیرفته نشد.", None, "REJECT", ["United Nations Security Council"], ["Iran"]),
    ("criticism_of_a_state_of_affairs_is_of_its_state", "امیرخان متقی از وضعیت حقوق شهروندی در ایران انتقاد کرده است.", None, "ACCUSE", ["Amir Khan Muttaqi"], ["Iran"]),
]


@pytest.mark.parametrize("text,published,etype,source,target", [r[1:] for r in ONE_EVENT], ids=[r[0] for r in ONE_EVENT])
def test_one_event_of_the_type_with_its_parties(kb, text, published, etype, source, target):
    events = _events(text, kb, published) if published else _events(text, kb)
    (event,) = _find(events, etype)
    assert event.target == target and (source is None or event.source == source)


def test_a_consequence_no_one_answers_and_support_a_demand_is_about(kb):
    """(branch verbal9) an effect a decision will have is no threat; the support a demand asks for is no support."""
    assert not _find(_events("ناصر کنعانی گفت این تصمیم تأثیر منفی بر اقتصاد منطقه را در پی خواهد داشت.", kb), "THREATEN")
    events = _events("سعید خطیب‌زاده از دولت عراق خواست به وظایف خود در حمایت از اماکن دیپلماتیک ایران عمل کند.", kb)
    assert [e.target for e in _find(events, "REQUEST")] == [["Iraq"]] and not _find(events, "SUPPORT")


def test_the_act_a_warning_threatens_is_not_done(kb):
    """(branch verbal9) the attack a warning announces in the present is the threat's content, not an attack."""
    assert not _find(_events("ناصر کنعانی گفت تورم در بازار مسکن مجازات خواهد شد.", kb), "THREATEN")
    assert not _find(_events("ناصر کنعانی گفت وزارت خارجه مسئول پیگیری پرونده اتباع است.", kb), "ACCUSE")
    assert not _find(_events("امیر قطر بر ضرورت توقف جنگ در سودان و لیبی تأکید کرد.", kb), "REQUEST")
    events = _events("جنبش انصارالله به عربستان هشدار داد اگر ائتلاف از دولت مستعفی حمایت کند، پالایشگاه‌های عربستان را هدف قرار می‌دهد.", kb)
    assert [e.target for e in _find(events, "THREATEN")] == [["Saudi Arabia"]] and not _find(events, "ASSAULT")


def test_a_headline_ending_in_a_name_is_no_apposition_to_the_leads_office(kb):
    """(branch verbal9) a name closing the headline and an office opening the lead are not one person."""
    text = ("انتقاد تهران از میزبانی اتاوا از «رضا پهلوی»\nسخنگوی وزارت امور خارجه ایران، دیدار نخست‌وزیر کانادا با "
            "رضا پهلوی را محکوم کرد و آن را اقدامی خصمانه دانست. جزئیات بیشتر به‌زودی منتشر می‌شود.")
    doc = annotate_document(RawDocument(source="t.txt", text=text), kb)  # undated: no holder to check against
    spokesperson = [r for r in doc.roles if r.text.startswith("سخنگوی")]
    assert spokesperson and all("Reza Pahlavi" not in str(r.refers_to) for r in spokesperson)


def test_a_statement_quoted_sentences_later_keeps_its_issuer(kb):
    """(branch verbal9) "در این بیانیه آمده است: «...»": the quoted statement is the issuer's, however many sentences
    quote it; a capital asked ("از واشنگتن می‌خواهیم") is its state."""
    text = ("وزارت خارجه روسیه روز شنبه در بیانیه‌ای به حمله هوایی آمریکا به پایگاه‌های ارتش سوریه واکنش نشان داد. "
            "در این بیانیه آمده است: «ما این اقدام تجاوزکارانه را قویاً محکوم می‌کنیم.» "
            "در ادامه این بیانیه آمده است: «از واشنگتن می‌خواهیم به حاکمیت سوریه احترام بگذارد.»")
    events = _events(text, kb)
    assert [(e.source, e.target) for e in _find(events, "ACCUSE")] == [(["Ministry of Foreign Affairs (Russia)"], ["United States"])]
    assert [(e.source, e.target) for e in _find(events, "REQUEST")] == [(["Ministry of Foreign Affairs (Russia)"], ["United States"])]


def test_what_someone_called_a_crime_is_no_object_of_the_subject(kb):
    """(branch verbal9) "X آنچه را که «ترور» Y نامید، محکوم کرد": the object is "آنچه", not X; X does not condemn
    himself nor Y him."""
    events = _events("محمد شیاع السودانی، نخست وزیر عراق آنچه را که «ترور» ابومهدی المهندس نامید، محکوم کرد.", kb,
                     "2024-01-05T10:00:00+03:30")
    assert all("Mohammed Shia' al-Sudani" not in e.target for e in _find(events, "ACCUSE"))


def test_the_support_a_party_is_blamed_for_is_no_support(kb):
    """(branch verbal9) what a party is blamed for ("به خاطر حمایت از اسرائیل") is the charge, not support."""
    events = _events("عباس عراقچی گفت آمریکا را به خاطر حمایت از اسرائیل مقصر می‌دانیم.", kb)
    assert _find(events, "ACCUSE") and not _find(events, "SUPPORT")


def test_praise_called_no_charge_and_alone_no_support(kb):
    """(branch verbal10) words called constructive are no charge; "تنها" of a single country is no solidarity."""
    assert not _find(_events("ذبیح‌الله مجاهد اظهارات پاکستان را سازنده توصیف کرد.", kb), "ACCUSE")
    assert not _find(_events("سرگئی لاوروف گفت روسیه در این راه تنها کشوری نیست که تلاش می‌کند.", kb), "SUPPORT")
    assert not _find(_events("عباس عراقچی گفت ایران با مشکلات اقتصادی مواجه خواهد شد.", kb), "THREATEN")
    assert not _find(_events("اسرائیل آتش‌بس غزه را نقض کرد.", kb), "ACCUSE")  # the narrator's own report accuses no one


# (what it shows, text, the first event (type, source, target), the second event that names no one of its own)
TWO_EVENTS = [
    ("a_request_made_in_a_meeting_is_to_the_side_met",
     "مسعود پزشکیان رئیس‌جمهور ایران در دیدار با نخست‌وزیر عراق خواستار گسترش همکاری‌های اقتصادی دو کشور شد.",
     ("CONSULT", ["Masoud Pezeshkian"], ["Mohammed Shia' al-Sudani"]),
     ("REQUEST", ["Masoud Pezeshkian"], ["Mohammed Shia' al-Sudani"])),
    ("a_demand_made_while_condemning_is_to_the_condemned",
     "وزارت امور خارجه قطر ضمن محکوم کردن حمله اسرائیل به غزه، خواستار توقف فوری جنگ شد.",
     ("ACCUSE", ["Ministry of Foreign Affairs (Qatar)"], ["Israel"]),
     ("REQUEST", ["Ministry of Foreign Affairs (Qatar)"], ["Israel"])),
    ("a_warning_after_an_accusation_is_to_the_accused",
     "مسعود پزشکیان آمریکا را به حمایت از تروریسم متهم کرد و هشدار داد که ایران به هر تجاوزی پاسخ خواهد داد.",
     ("ACCUSE", ["Masoud Pezeshkian"], ["United States"]),
     ("THREATEN", ["Masoud Pezeshkian"], ["United States"])),
]


@pytest.mark.parametrize("text,first,second", [r[1:] for r in TWO_EVENTS], ids=[r[0] for r in TWO_EVENTS])
def test_a_statement_naming_no_one_after_an_act_in_its_sentence_is_to_that_acts_other_side(kb, text, first, second):
    events = _events(text, kb, "2024-10-05T10:00:00+03:30")
    for etype, source, target in (first, second):
        assert [(e.source, e.target) for e in _find(events, etype)] == [(source, target)]


def test_a_condemnation_voiced_in_a_meeting_is_not_aimed_at_the_side_met(kb):
    events = _events("علی باقری در دیدار با رئیس دفتر سیاسی حماس بر ضرورت هزینه‌مندسازی تجاوز تاکید کرد.", kb,
                     "2024-06-20T10:00:00+03:30")
    assert not [e for e in _find(events, "ACCUSE") if e.target == ["Ismail Haniyeh"]]


def test_a_spokesperson_s_claim_about_an_organ_of_their_own_body_accuses_no_one(kb):
    """"X، سخنگوی قوه قضاییه ... مدعی شد: دیوان عالی کشور ... تایید کرد": the judiciary's spokesperson speaking of
    the judiciary's court; a claim about another state's act still accuses."""
    text = ("غلامحسین اسماعیلی، سخنگوی قوه قضاییه روز سه شنبه در یک کنفرانس خبری سخن گفت.\n\nآقای اسماعیلی مدعی شد:"
            " «دیوان عالی کشور نیز این حکم را تایید کرد.»")
    day = "2020-06-09T10:00:00+04:30"  # in his term as the judiciary's spokesperson
    assert not _find(_events(text, kb, day), "ACCUSE")
    other = text.replace("دیوان عالی کشور نیز این حکم را تایید کرد", "آمریکا در این پرونده جاسوسی کرده است")
    assert any(e.target == ["United States"] for e in _find(_events(other, kb, day), "ACCUSE"))


def test_the_one_charged_comes_before_the_charge(kb):
    """"X آمریکا را به حمایت از جنایات اسرائیل متهم کرد": the United States is accused, not the party inside the charge."""
    events = _events("محمد عبدالسلام آمریکا را به حمایت همه‌جانبه از جنایات رژیم صهیونیستی در غزه متهم کرد.", kb)
    assert [e.target for e in _find(events, "ACCUSE")] == [["United States"]]


def test_the_country_attacked_in_a_warning_is_not_the_one_warned(kb):
    """"X هشدار داد: هرگونه حمله آمریکا به کشور ما ...": whoever is warned, it is not the country attacked."""
    events = _events("عبدالملک الحوثی هشدار داد: هرگونه حمله آمریکا به یمن بی‌پاسخ نخواهد ماند.", kb)
    assert all("Yemen" not in e.target for e in _find(events, "THREATEN")), events


def test_the_speaker_reporting_a_protest_did_not_protest(kb):
    events = _events("رسول جلیلی رئیس دانشگاه صنعتی شریف خاطرنشان کرد: عصر یکشنبه تجمعی در داخل دانشگاه برگزار شد.", kb)
    assert all("Rasoul Jalili" not in e.source for e in _find(events, "PROTEST")), events


def test_a_protest_conveyed_in_the_passive_is_its_owner_s(kb):
    """"مراتب ناخرسندی و اعتراض جمهوری اسلامی ایران به اقدام طرف سوئیسی ... ابلاغ شد": Iran protests to Switzerland."""
    events = _events("در این ملاقات مراتب ناخرسندی و اعتراض جمهوری اسلامی ایران به اقدام طرف سوئیسی به وی ابلاغ شد.", kb)
    assert [(e.source, e.target) for e in _find(events, "ACCUSE")] == [(["Iran"], ["Switzerland"])]


def test_a_party_in_apposition_inside_a_gapped_trigger(kb):
    """"از جو بایدن، همتای آمریکایی‌اش خواسته": the comma closing the name before its office does not end the trigger."""
    events = _events("ولودیمیر زلنسکی از جو بایدن، همتای آمریکایی‌اش خواسته تا روسیه را حامی تروریسم اعلام کند.", kb,
                     "2022-06-01T10:00:00+03:00")
    assert any(e.source == ["Volodymyr Zelenskyy"] and e.target == ["Joe Biden"] for e in _find(events, "REQUEST")), events


@pytest.mark.parametrize("text,target", [
    ("وزارت امور خارجه چین روز دوشنبه هشدار داد که دخالت آمریکا در امور داخلی این کشور به منافع پکن آسیب می‌رساند.",
     ["United States"]),
    ("عباس عراقچی روز سه‌شنبه هشدار داد که ادامه حملات اسرائیل به لبنان جنگ را گسترش می‌دهد.", ["Israel"]),
])
def test_a_warning_about_a_deed_warns_its_doer(kb, text, target):
    """(lead, session 11) "هشدار داد که دخالت/ادامه حملات X ...": X is warned, not the one X acts on."""
    assert [e.target for e in _find(_events(text, kb), "THREATEN")] == [target]


def test_a_warning_that_the_responsibility_will_lie_with_a_party(kb):
    """(lead, session 11) "مسئولیت آن با X خواهد بود", "مسئولیت ... بر عهده X خواهد بود": X is warned."""
    events = _events("عباس عراقچی گفت مسئولیت هرگونه پیامد این اقدام بر عهده آمریکا خواهد بود.", kb)
    assert [(e.source, e.target) for e in _find(events, "THREATEN")] == [(["Abbas Araghchi"], ["United States"])]
