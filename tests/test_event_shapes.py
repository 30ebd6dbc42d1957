"""Event shapes as trigger families, not phrasings: sentences written for these tests (news style, varied) that no
rule was written for. Each group checks one mechanism: a light verb shared by two coordinated verbs ("X را
بازداشت و ... کرد"), the formal light verb "نمود" wherever "کرد" works, an attack noun inside "هدف ... قرار داد",
ceding ground and exchanging prisoners as RETREAT, a nominal report with its two sides as nationality adjectives,
a resolution against a state."""

from __future__ import annotations

import pytest

from rasad import annotate_document
from rasad.records import RawDocument


def _annotate(text: str, kb):
    tail = " به گزارش خبرگزاری مهر، این اقدام واکنش‌های زیادی به دنبال داشت و ناظران آن را مهم دانستند."
    return annotate_document(RawDocument(source="t.txt", text=text + tail, published="2024-07-20T10:00:00+03:30"), kb)


def _assert_event(kb, sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    etype, source, target = expected
    events = _annotate(sentence, kb).events
    seen = [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]
    found = [e for e in events if e.type == etype and (source is None or source in e.source_ids)]
    assert found, seen
    if target:
        assert any(target in e.target_ids or target in e.source_ids and e.type in ("RETREAT", "CONSULT")
                   for e in found), seen


@pytest.mark.parametrize("sentence,expected", [
    # a light verb shared by two coordinated verbs: the first verb's "کرد" is left out
    ("پلیس ترکیه دو تبعه ایرانی را به اتهام جاسوسی بازداشت و به دادگاه معرفی کرد.", ("COERCE", "TUR", "IRN")),
    ("وزارت امور خارجه ایران حمله اسرائیل به سوریه را محکوم و آن را نقض آشکار حقوق بین‌الملل خواند.",
     ("ACCUSE", "ministry-of-foreign-affairs-iran", "ISR")),
    ("اتحادیه اروپا سپاه پاسداران را تحریم و دارایی‌های آن را مسدود کرد.",
     ("SANCTION", "european-union", "islamic-revolutionary-guard-corps")),
    ("نیروهای امنیتی پاکستان شش عضو گروه جیش‌العدل را دستگیر و به مکان نامعلومی منتقل کردند.",
     ("COERCE", "PAK", "jaish-ul-adl")),
])
def test_a_light_verb_shared_by_two_verbs(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # "نمود" is the formal "کرد": every trigger ending in "کرد" reads with it, in every tense
    ("وزارت خزانه‌داری آمریکا چند شرکت چینی را تحریم نمود.", ("SANCTION", "united-states-department-of-the-treasury", "CHN")),
    ("نیروی دریایی سپاه پاسداران یک نفتکش انگلیسی را در خلیج فارس توقیف نمود.",
     ("COERCE", "navy-of-the-islamic-revolutionary-guard-corps", "GBR")),
    ("مقامات ترکیه سه تبعه ایرانی را دستگیر نمودند.", ("COERCE", "TUR", "IRN")),
    ("عباس عراقچی روز یکشنبه در آنکارا با هاکان فیدان دیدار نمود.", ("CONSULT", "abbas-araghchi", "hakan-fidan")),
    ("حزب‌الله لبنان حمله هوایی اسرائیل به ضاحیه بیروت را محکوم نموده است.", ("ACCUSE", "hezbollah", "ISR")),
])
def test_the_formal_light_verb(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # an attack noun inside "هدف ... قرار داد"
    ("سپاه پاسداران مقرهای گروه جیش‌العدل را در خاک پاکستان هدف حمله قرار داد.",
     ("ASSAULT", "islamic-revolutionary-guard-corps", "jaish-ul-adl")),
    ("ارتش اسرائیل روز دوشنبه مواضع حزب‌الله را هدف حملات سنگین قرار داده است.",
     ("ASSAULT", "israel-defense-forces", "hezbollah")),
    # ceding ground and exchanging prisoners de-escalate: RETREAT
    ("ارمنستان کنترل منطقه آغدام را به جمهوری آذربایجان واگذار کرد.", ("RETREAT", "ARM", "AZE")),
    ("روسیه و اوکراین روز شنبه ۹۰ اسیر جنگی را با یکدیگر مبادله کردند.", ("RETREAT", "RUS", "UKR")),
    # a nominal report whose two sides are nationality adjectives
    ("مبادله زندانیان ایرانی و آمریکایی در فرودگاه ژنو انجام شد.", ("RETREAT", "IRN", "USA")),
    # a resolution against a state asks it to act
    ("شورای حکام آژانس بین‌المللی انرژی اتمی روز پنجشنبه قطعنامه‌ای علیه ایران تصویب کرد.",
     ("REQUEST", "iaea-board-of-governors", "IRN")),
])
def test_attack_nouns_ceding_swaps_and_resolutions(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


@pytest.mark.parametrize("text", [
    # a coordinated noun ("بازداشت و شکنجه") with no object marked by "را" before it is no elided verb
    "گزارش سازمان عفو بین‌الملل درباره بازداشت و شکنجه معترضان در ایران روز گذشته منتشر شد.",
    "بازار سهام تهران امروز افت و خیز زیادی را تجربه کرد و سرمایه‌گذاران خرید و فروش بیشتری انجام دادند.",
    "این واکنش شیمیایی گرمای زیادی را آزاد و محیط اطراف را گرم می‌کند.",
])
def test_coordinated_nouns_and_everyday_words_are_no_events(kb, text):
    events = _annotate(text, kb).events
    assert events == [], [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


def test_a_swap_is_coded_both_ways(kb):
    """Each side of a prisoner swap releases the other's people: one RETREAT each way."""
    events = _annotate("ایران و آمریکا روز شنبه در دوحه پنج زندانی را با یکدیگر مبادله کردند.", kb).events
    pairs = {(tuple(e.source_ids), tuple(e.target_ids)) for e in events if e.type == "RETREAT"}
    assert pairs == {(("IRN",), ("USA",)), (("USA",), ("IRN",))}, pairs


@pytest.mark.parametrize("sentence,expected", [
    # recalling one's envoy: the state of the capital it is recalled from is the target, never one's own envoy
    ("وزارت امور خارجه امارات سفیر خود را از تهران برای مشورت فراخواند.",
     ("SANCTION", "ministry-of-foreign-affairs-united-arab-emirates", "IRN")),
    ("عربستان سعودی سفیرش را از بیروت فراخواند.", ("SANCTION", "SAU", "LBN")),
    # the envoy named inside the phrase is not the target: the state of his post is
    ("امارات سفیر خود سیف محمد عبید الزعابی را از تهران فراخواند.", ("SANCTION", "ARE", "IRN")),
    # a trip told as "went to X on a trip"
    ("وزیر امور خارجه هند روز یکشنبه در یک سفر دو روزه به تهران رفت.", ("CONSULT", "s-jaishankar", "IRN")),
])
def test_envoys_recalled_and_trips_told_with_went(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


def test_a_refused_entry_into_talks_is_no_visit(kb):
    """"وارد مذاکره ... نخواهیم شد": a state named inside the phrase is no destination."""
    events = _annotate("عباس عراقچی گفت: وارد مذاکره مستقیم با آمریکا نخواهیم شد.", kb).events
    assert not [e for e in events if e.type == "CONSULT"], [(e.rule, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # "X، Y را ...": a comma between two parties before "را" parts the subject from the object
    ("ایران، اسرائیل را به نقض آتش‌بس متهم کرد.", ("ACCUSE", "IRN", "ISR")),
    # the trigger's own noun between a party and "را": the party is the subject
    ("اتحادیه اروپا تحریم‌هایی را علیه روسیه وضع کرد.", ("SANCTION", "european-union", "RUS")),
    ("ایران محموله‌ای از کمک‌های بشردوستانه را به لبنان ارسال کرد.", ("AID", "IRN", "LBN")),
    # talks held, told as a noun with both sides
    ("مذاکرات ایران و آمریکا روز شنبه در مسقط برگزار شد.", ("CONSULT", "IRN", "USA")),
    ("نشست وزیران خارجه ایران و عربستان سعودی در پکن برگزار شد.", ("CONSULT", "IRN", "SAU")),
    # support with its adjectives, rejections and judgements as outlets word them
    ("چین حمایت کامل خود را از ایران اعلام کرد.", ("SUPPORT", "CHN", "IRN")),
    ("اسماعیل بقائی ادعاهای آمریکا درباره برنامه هسته‌ای ایران را بی‌اساس خواند.", ("REJECT", "esmaeil-baghaei", "USA")),
    ("وزارت امور خارجه چین اتهامات آمریکا را مردود دانست.", ("REJECT", "ministry-of-foreign-affairs-china", "USA")),
    ("حماس حمله اسرائیل به بیمارستان غزه را جنایت جنگی خواند.", ("ACCUSE", "hamas", "ISR")),
    # a city struck, marked by "را": its state is the target
    ("روسیه شهر کی‌یف را موشک‌باران کرد.", ("ASSAULT", "RUS", "UKR")),
])
def test_subjects_objects_and_wordings_of_news(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


def test_a_press_conference_and_a_judgements_complement_are_no_parties(kb):
    """A "نشست" of one side is no meeting; the words after a judgement's own "را" ("نقض کنوانسیون‌های وین") name
    no one it accuses."""
    events = _annotate("نشست خبری سخنگوی وزارت امور خارجه ایران روز دوشنبه برگزار شد.", kb).events
    assert not [e for e in events if e.type == "CONSULT"], [(e.rule, e.target_ids) for e in events]
    events = _annotate("ناصر کنعانی این حمله را به شدت محکوم کرد و آن را نقض آشکار کنوانسیون‌های وین دانست.", kb).events
    assert not [e for e in events if "AUT" in e.target_ids], [(e.rule, e.target_ids) for e in events]


@pytest.mark.parametrize("headline,expected", [
    # headlines are noun phrases: the genitive after the event noun acts, "به"/"از" names the other side
    ("هشدار ایران به آمریکا درباره تنگه هرمز", ("THREATEN", "IRN", "USA")),
    ("انتقاد روسیه از ناتو", ("ACCUSE", "RUS", "nato")),
    ("حمایت چین از مواضع ایران", ("SUPPORT", "CHN", "IRN")),
    ("درخواست پاکستان از طالبان برای مقابله با تروریسم", ("REQUEST", "PAK", "taliban")),
])
def test_headlines_as_noun_phrases(kb, headline, expected):
    _assert_event(kb, headline, expected)


def test_a_noun_phrase_in_the_body_is_background(kb):
    text = ("وزیر اقتصاد امروز از طرح تازه بودجه خبر داد. به گزارش خبرگزاری مهر، این طرح با وجود هشدار ایران به آمریکا"
            " درباره تنگه هرمز و انتقاد روسیه از ناتو تدوین شده است.")
    events = annotate_document(RawDocument(source="t.txt", text=text, published="2024-07-20T10:00:00+03:30"), kb).events
    assert events == [], [(e.rule, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # an office of another state right after the subject is another party: the object
    ("ترکیه سفیر اسرائیل را اخراج کرد.", ("SANCTION", "TUR", "ISR")),
    ("اوکراین روابط خود را با ایران قطع کرد.", ("SANCTION", "UKR", "IRN")),
    # hostages handed over through an intermediary: released to their own state
    ("گروه حماس روز دوشنبه چهار گروگان اسرائیلی را به صلیب سرخ تحویل داد.", ("RETREAT", "hamas", "ISR")),
    # a warship named by its flag's adjective stands for the state
    ("ایران ناو آمریکایی را تهدید کرد.", ("THREATEN", "IRN", "USA")),
])
def test_envoys_relations_handovers_and_warships(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # claiming an attack is reporting it; missiles fired "به سوی X"; shooting down a drone named by its flag
    ("حوثی‌ها مسئولیت حمله به کشتی آمریکایی را بر عهده گرفتند.", ("ASSAULT", "houthis", "USA")),
    ("حزب‌الله چند موشک به سوی شمال اسرائیل شلیک کرد.", ("ASSAULT", "hezbollah", "ISR")),
    ("ایران یک پهپاد آمریکایی را بر فراز تنگه هرمز سرنگون کرد.", ("ASSAULT", "IRN", "USA")),
    ("ارتش اسرائیل اعلام کرد یک فرمانده حماس را در غزه کشته است.", ("ASSAULT", "israel-defense-forces", "hamas")),
    # a complaint against a party; welcoming a party's step (not hosting it); aid granted
    ("عراق از آمریکا به شورای امنیت شکایت کرد.", ("ACCUSE", "IRQ", "USA")),
    ("رئیس‌جمهور ایران از پیشنهاد عربستان سعودی برای میانجیگری استقبال کرد.", ("SUPPORT", None, "SAU")),
    ("آمریکا یک میلیارد دلار کمک نظامی به اوکراین اعطا کرد.", ("AID", "USA", "UKR")),
    ("ژاپن ۱۰ میلیون دلار کمک بشردوستانه به افغانستان اختصاص داد.", ("AID", "JPN", "AFG")),
    # a headline that opens with an attack noun
    ("حمله اسرائیل به بندر الحدیده یمن", ("ASSAULT", "ISR", "houthis")),  # (session 23) held by the Houthis
])
def test_claims_shots_complaints_welcomes_and_grants(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


def test_welcoming_a_proposal_is_no_visit_and_an_attack_noun_inside_a_headline_is_background(kb):
    events = _annotate("رئیس‌جمهور ایران از پیشنهاد عربستان سعودی برای میانجیگری استقبال کرد.", kb).events
    assert not [e for e in events if e.type == "CONSULT"], [(e.rule, e.source_ids) for e in events]
    events = _annotate("دبیرکل سازمان ملل با ابراز نگرانی از تشدید حملات به لبنان، خواستار آتش‌بس فوری شد.", kb).events
    assert not [e for e in events if e.type == "ASSAULT"], [(e.rule, e.source_ids) for e in events]


def test_an_agreement_signed_beside_a_meeting_is_placed_where_they_met(kb):
    text = ("ایران و روسیه پیمان مشارکت راهبردی امضا کردند. به گزارش خبرگزاری مهر، ولادیمیر پوتین امروز در مسکو"
            " میزبان مسعود پزشکیان بود.")
    events = annotate_document(RawDocument(source="t.txt", text=text, published="2025-01-17T10:00:00+03:30"), kb).events
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].location == "Moscow", [(e.type, e.location) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # the event noun inside a light-verb frame: "اقدام به N ... کرد", "به N ... پرداخت", "مورد N قرار داد"
    ("نیروی دریایی سپاه اقدام به توقیف یک نفتکش انگلیسی کرد.",
     ("COERCE", "navy-of-the-islamic-revolutionary-guard-corps", "GBR")),
    ("پلیس ترکیه اقدام به بازداشت دو تبعه ایرانی کرد.", ("COERCE", "TUR", "IRN")),
    ("ارتش اسرائیل اقدام به بمباران مواضع حزب‌الله کرد.", ("ASSAULT", "israel-defense-forces", "hezbollah")),
    ("جنگنده‌های اسرائیل به بمباران مواضع حماس در غزه پرداختند.", ("ASSAULT", "ISR", "hamas")),
    ("اسماعیل بقائی مواضع فرانسه را مورد انتقاد قرار داد.", ("ACCUSE", "esmaeil-baghaei", "FRA")),
    ("اتحادیه اروپا بانک مرکزی ایران را مورد تحریم قرار داد.", ("SANCTION", "european-union", "central-bank-of-iran")),
    # a capital standing for its state as the subject of a sentence naming no other actor
    ("کی‌یف مسکو را به حمله به نیروگاه هسته‌ای متهم کرد.", ("ACCUSE", "UKR", "RUS")),
])
def test_event_nouns_in_light_verb_frames(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # the passive: the subject suffers, the agent after "توسط"/"از سوی" acts
    ("ایران از سوی آمریکا تحریم شد.", ("SANCTION", "USA", "IRN")),
    ("بانک مرکزی ایران توسط وزارت خزانه‌داری آمریکا تحریم شد.",
     ("SANCTION", "united-states-department-of-the-treasury", "central-bank-of-iran")),
    ("وزیر خارجه فرانسه از سوی ایران مورد انتقاد قرار گرفت.", ("ACCUSE", "IRN", "stephane-sejourne")),
    ("تلاش‌های عمان از سوی ایران مورد تقدیر قرار گرفت.", ("SUPPORT", "IRN", "OMN")),
])
def test_the_passive_of_mored_frames_and_sanctions(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


@pytest.mark.parametrize("text", [
    # light-verb frames and "مورد ... قرار داد" around everyday nouns, ceding shares, a business "نشست"
    "شهرداری تهران اقدام به جمع‌آوری زباله‌های معابر کرد.",
    "پلیس راهور تهران اقدام به توقیف خودروهای متخلف کرد.",
    "وزارت بهداشت ایران طرح واکسیناسیون را مورد بررسی قرار داد.",
    "این فیلم در جشنواره فجر مورد استقبال قرار گرفت.",
    "دولت ایران سهام خود در این شرکت را به بخش خصوصی واگذار کرد.",
    "قیمت نفت پس از تحریم‌های جدید افزایش یافت و سرمایه‌گذاران به خرید طلا پرداختند.",
    "سازمان هواشناسی ایران نسبت به وقوع سیل در استان‌های شمالی هشدار داد.",
])
def test_everyday_uses_of_the_new_frames_are_no_events(kb, text):
    events = _annotate(text, kb).events
    assert events == [], [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # blame in the present of a statement; a warning whose addressee opens its "که" clause
    ("حزب‌الله: اسرائیل را مسئول این جنایت می‌دانیم.", ("ACCUSE", "hezbollah", "ISR")),
    ("عباس عراقچی هشدار داد که آمریکا پاسخ قاطع ایران را دریافت خواهد کرد.", ("THREATEN", "abbas-araghchi", "USA")),
])
def test_statements_in_the_present_and_warnings_about_a_party(kb, sentence, expected):
    _assert_event(kb, sentence, expected)


def test_a_noun_with_the_indefinite_before_ra_still_triggers(kb):
    """"طرح آتش‌بسی را" is "طرح آتش‌بس را" with the indefinite: the trigger holds, with or without ZWNJ."""
    for text in ("دولت اسرائیل و حماس طرح آتش‌بسی را تصویب کردند.", "دولت اسرائیل و حماس طرح آتشبسی را تصویب کردند."):
        _assert_event(kb, text, ("AGREE", "ISR", "hamas"))


def test_a_headline_noun_without_its_actor_is_no_event(kb):
    events = _annotate("تجاوز به یمن نقض آشکار حاکمیت و تمامیت ارضی این کشور است", kb).events
    assert not [e for e in events if e.type == "ASSAULT"], [(e.rule, e.source_ids, e.target_ids) for e in events]


def test_a_side_acting_on_itself_is_no_event_between_actors(kb):
    from rasad import annotate_document
    from rasad.records import RawDocument
    ann = annotate_document(RawDocument(source="t.txt", published="2020-11-10T10:00:00+03:30", text=(
        "حمله مردم ارمنستان به کاخ نخست وزیری در ایروان\n\nامضای این قرارداد با اعتراض مردم ارمنستان مواجه شده"
        " است. معترضان با حمله به کاخ نخست وزیری در ایروان خواستار برکناری وی شدند.")), kb)
    assert not [e for e in ann.events if set(e.source_ids) == set(e.target_ids) and e.source_ids], ann.events
