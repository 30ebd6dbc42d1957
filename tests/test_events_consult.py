"""Meetings, calls, visits and welcomes in wordings the coder missed or gave the wrong parties (branch consult9): a
meeting told by an announcer after a time adverb, a delegation named by its nationality, a call received, a welcome
given with "به عمل آورد", a talk "had", several counterparts one after another ("با A و سپس با B"), a "با" inside
the topic, an audience ("به حضور X رسید"), talks announced as held, a subject
dropped after the sentence naming it, a meeting noun's genitive as its side ("در دیدار X با Y"),
"با یکدیگر" with the partner after its office, meetings held or received in the passive, and meetings that were cancelled, postponed,
only wished for or recalled. Sentences are the tests' own."""

import pytest

from tests.event_text import events_of
from tests.event_text import of_type as _find

DAY = "2025-03-13T10:00:00+03:30"


def _pairs(events) -> set[frozenset[str]]:
    """Each CONSULT event as the unordered pair of its two sides (either orientation is a match)."""
    return {frozenset(e.source) | frozenset(e.target) for e in _find(events, "CONSULT")}


MEETINGS = [
    ("the_announcer_is_not_the_one_who_met",
     "اسماعیل بقائی اعلام کرد ساعاتی پیش عباس عراقچی در مسقط با بدر البوسعیدی دیدار کرد.",
     [{"Abbas Araghchi", "Badr bin Hamad Al Busaidi"}]),
    ("a_delegation_named_by_its_nationality",
     "یک هیأت آمریکایی با نمایندگان طالبان در دوحه دیدار کرد.",
     [{"United States", "Taliban"}]),
    ("a_call_received_from_the_caller",
     "محمد شیاع السودانی امروز تماسی تلفنی از رجب طیب اردوغان دریافت کرد.",
     [{"Mohammed Shia' al-Sudani", "Recep Tayyip Erdoğan"}]),
    ("a_welcome_given_with_a_light_verb",
     "شی جین‌پینگ در فرودگاه پکن از ولادیمیر پوتین استقبال گرمی به عمل آورد.",
     [{"Xi Jinping", "Vladimir Putin"}]),
    ("a_talk_had_with_its_counterpart_inside",
     "ولادیمیر پوتین در حاشیه اجلاس گفت‌وگوی کوتاهی با رجب طیب اردوغان داشت.",
     [{"Vladimir Putin", "Recep Tayyip Erdoğan"}]),
    ("each_counterpart_one_after_another_is_a_meeting",
     "رجب طیب اردوغان در استانبول با ولودیمیر زلنسکی و سپس با هیئت روسیه دیدار کرد.",
     [{"Recep Tayyip Erdoğan", "Volodymyr Zelenskyy"}, {"Recep Tayyip Erdoğan", "Russia"}]),
    ("a_partner_inside_the_topic_is_none",
     "عباس عراقچی و بدر البوسعیدی در مسقط درباره مذاکرات با آمریکا رایزنی کردند.",
     [{"Abbas Araghchi", "Badr bin Hamad Al Busaidi"}]),
    ("an_audience_with_a_superior",
     "محمد شیاع السودانی به حضور علی خامنه‌ای رسید.",
     [{"Mohammed Shia' al-Sudani", "Ali Khamenei"}]),
    ("talks_announced_as_held_between_two_sides",
     "ماجد الانصاری از برگزاری دور جدید مذاکرات میان حماس و اسرائیل در دوحه خبر داد.",
     [{"Hamas", "Israel"}]),
    ("a_subject_dropped_after_the_sentence_naming_it",
     "عباس عراقچی صبح امروز وارد مسکو شد. در ادامه این سفر با سرگئی لاوروف دیدار کرد.",
     [{"Abbas Araghchi", "Sergey Lavrov"}]),
    ("a_meeting_noun_with_its_genitive_and_partner",
     "نشست خبری امروز لغو شد. در دیدار عباس عراقچی با هاکان فیدان در آنکارا، محمد جمشیدی نیز حضور داشت.",
     [{"Abbas Araghchi", "Hakan Fidan"}]),
    ("each_other_with_the_partner_named_after_its_office",
     "عباس عراقچی و همتای ترکیه‌ای خود هاکان فیدان روز دوشنبه در آنکارا با یکدیگر دیدار کردند.",
     [{"Abbas Araghchi", "Hakan Fidan"}]),
    ("a_meeting_held_in_the_passive_with_another_verb",
     "ملاقاتی بین عباس عراقچی و هاکان فیدان در آنکارا صورت گرفت.",
     [{"Abbas Araghchi", "Hakan Fidan"}]),
    ("received_by_a_host_in_the_passive",
     "عباس عراقچی روز دوشنبه از سوی تمیم بن حمد آل ثانی به حضور پذیرفته شد.",
     [{"Abbas Araghchi", "Tamim bin Hamad Al Thani"}]),
    ("the_pair_of_a_reported_clause_after_an_evening",
     "کاخ الیزه اعلام کرد که شب گذشته امانوئل مکرون و مسعود پزشکیان با یکدیگر تلفنی گفت‌وگو کردند.",
     [{"Emmanuel Macron", "Masoud Pezeshkian"}]),
    # a dateline's capital is no subject ("تهران - ..." once made Iran the side that met)
    ("a_dateline_capital_is_not_the_subject",
     "تهران - رئیس‌جمهور روسیه روز دوشنبه در مسکو با وزیر امور خارجه ایران دیدار کرد.",
     [{"Vladimir Putin", "Abbas Araghchi"}]),
    ("a_dateline_with_an_agency_is_not_the_subject",
     "مسکو- ایرنا- ولادیمیر پوتین روز دوشنبه با عباس عراقچی دیدار کرد.",
     [{"Vladimir Putin", "Abbas Araghchi"}]),
    # the bare name of a state that is also a region's, after an office of a state
    ("a_call_written_with_the_indefinite",  # "تماسی تلفنی": the trigger's noun with the indefinite before its adjective
     "تماسی تلفنی میان سرگئی لاوروف و عباس عراقچی برقرار شد.",
     [{"Sergey Lavrov", "Abbas Araghchi"}]),
    ("a_review_with_a_partner_is_a_meeting",  # (lead, session 11)
     "عباس عراقچی روز دوشنبه در بغداد با فؤاد حسین همتای عراقی خود ابعاد مختلف مناسبات دوجانبه را بررسی کرد.",
     [{"Abbas Araghchi", "Fuad Hussein"}]),
    ("two_sides_reviewing_together_met",
     "عباس عراقچی و هاکان فیدان روز چهارشنبه آخرین تحولات منطقه را مورد بررسی قرار دادند.",
     [{"Abbas Araghchi", "Hakan Fidan"}]),
    ("a_meeting_with_some_of_a_state_s_officials",
     "رافائل گروسی روز دوشنبه در تهران با جمعی از مقامات عالی‌رتبه جمهوری اسلامی ایران دیدار و گفت‌وگو کرد.",
     [{"Rafael Grossi", "Iran"}]),
    ("a_talk_with_a_partner", "سرگئی لاوروف روز دوشنبه با آنتونی بلینکن در حاشیه نشست گروه بیست صحبت کرد.",
     [{"Sergey Lavrov", "Antony Blinken"}]),
    ("a_call_answered_took_place",
     "عباس عراقچی روز دوشنبه در پاسخ به تماس تلفنی هاکان فیدان درباره تحولات منطقه گفت‌وگو کرد.",
     [{"Abbas Araghchi", "Hakan Fidan"}]),
    ("a_joint_press_conference_is_held_by_two_who_met",
     "عباس عراقچی در نشست خبری مشترک با هاکان فیدان گفت: روابط دو کشور راهبردی است.",
     [{"Abbas Araghchi", "Hakan Fidan"}]),
    ("a_president_of_a_state_named_by_its_short_name",
     "رئیس‌جمهور آذربایجان روز دوشنبه در باکو با وزیر امور خارجه ایران دیدار کرد.",
     [{"Ilham Aliyev", "Abbas Araghchi"}]),
]


@pytest.mark.parametrize("text,pairs", [r[1:] for r in MEETINGS], ids=[r[0] for r in MEETINGS])
def test_each_meeting_with_its_two_sides(kb, text, pairs):
    found = _pairs(events_of(text, kb, DAY))
    assert {frozenset(p) for p in pairs} <= found, found


def test_two_states_named_as_a_calls_topic_after_its_partner_did_not_meet(kb):
    """"با X ... درباره تشدید تنش‌ها بین هند و پاکستان گفت‌وگو کرد": the partner came first; India and Pakistan are
    what the call was about."""
    found = _pairs(events_of("عباس عراقچی طی تماس تلفنی با اسحاق دار در خصوص آخرین تحولات منطقه متعاقب تشدید تنش‌ها"
                             " بین هند و پاکستان گفت‌وگو کرد.", kb, DAY))
    assert frozenset({"Abbas Araghchi", "Ishaq Dar"}) in found and frozenset({"India", "Pakistan"}) not in found


NO_MEETING = [
    ("a_body_reviewing_a_bill_alone", "مجلس شورای اسلامی روز یکشنبه لایحه بودجه را بررسی کرد."),
    ("talking_to_reporters", "عباس عراقچی روز سه‌شنبه با خبرنگاران صحبت کرد."),
    ("a_postponed_meeting", "دیدار وزیران خارجه ایران و عربستان که قرار بود امروز در بغداد برگزار شود به تعویق افتاد."),
    ("a_cancelled_meeting", "دیدار ولادیمیر پوتین و رجب طیب اردوغان لغو شد."),
    ("a_visit_through_a_confrontation_is_no_meeting", "رزمندگان حزب‌الله از ماه گذشته وارد رویارویی با ارتش اسرائیل شده‌اند."),
    ("a_meeting_recalled_in_a_statement",
     "عباس عراقچی در این نشست با اشاره به سفر محمد شیاع السودانی به تهران و دیدار با علی خامنه‌ای گفت روابط دو کشور راهبردی است."),
    ("a_meeting_one_is_ready_for", "دونالد ترامپ گفت آماده دیدار با مسعود پزشکیان است."),
    ("a_meeting_one_waits_for", "ولادیمیر پوتین منتظر دیدار با دونالد ترامپ است."),
    ("talks_held_only_as_a_plan_are_not_announced", "برگزاری دور جدید مذاکرات میان حماس و اسرائیل به توافق طرفین بستگی دارد."),
]


@pytest.mark.parametrize("text", [r[1] for r in NO_MEETING], ids=[r[0] for r in NO_MEETING])
def test_no_meeting_where_none_took_place(kb, text):
    assert not _find(events_of(text, kb, DAY), "CONSULT")


def test_a_meeting_held_after_a_cancelled_one_is_still_coded(kb):
    events = events_of("عباس عراقچی پس از لغو سفر به ریاض، با فیصل بن فرحان در نیویورک دیدار کرد.", kb, DAY)
    assert frozenset({"Abbas Araghchi", "Faisal bin Farhan Al Saud"}) in _pairs(events)


def test_the_nearer_speaker_of_nested_speech_is_the_one_who_acts(kb):
    """"A گفت: B ... اعلام کرده که ...": the clause after B's cue is B's; A, who reports it, met no one."""
    text = ("معاون سخنگوی طالبان گفت: امیر خان متقی وزیر خارجه طالبان در گفت وگو با وزیر خارجه ایران اعلام کرده که یک"
            " هیئت به زودی به ایران سفر میکند.\n\nاین مقام طالبان در توییتی با اشاره به گفت و گوی وزیر خارجه طالبان با"
            " حسین امیرعبداللهیان نوشت: «در مکالمه تلفنی میان امیرخان متقی و امیرعبداللهیان درباره مهاجران گفتوگو شد.»")
    events = events_of(text, kb, "2022-03-28T10:00:00+04:30")
    sources = {s for e in events if e.type == "CONSULT" for s in e.source}
    assert "Amir Khan Muttaqi" in sources and not {"Deputy Spokesperson of Taliban", "Taliban"} & sources


ARRIVALS = [
    ("an_arrival_in_a_capital_is_a_visit_to_its_state",
     "حسن کاظمی قمی نماینده ویژه ایران در امور افغانستان روز سه‌شنبه وارد کابل شد.", {"Hassan Kazemi Qomi", "Afghanistan"}),
    ("a_departure_for_a_capital_is_a_visit_to_its_state",
     "فؤاد حسین وزیر خارجه عراق روز دوشنبه در صدر هیئتی عازم تهران شد.", {"Fuad Hussein", "Iran"}),
    ("a_delegation_of_a_state_arriving_is_its_visit", "یک هیئت نظامی روسیه روز چهارشنبه وارد دمشق شد.", {"Russia", "Syria"}),
    ("a_visit_to_this_country_is_never_to_the_traveller_s_own",
     "حیدر العبادی نخست‌وزیر عراق شد. محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه در سفری سه روزه به این کشور رفت.",
     {"Mohammad Javad Zarif", "Iraq"}),
    ("a_departure_for_this_country_goes_to_the_state_named_before",
     "طالبان روز سه‌شنبه اعلام کرد که هیئتی از این گروه به دعوت رسمی ایران عازم این کشور شده است.", {"Taliban", "Iran"}),
]


@pytest.mark.parametrize("text,pair", [r[1:] for r in ARRIVALS], ids=[r[0] for r in ARRIVALS])
def test_an_arrival_or_departure_names_its_host_by_the_place(kb, text, pair):
    assert frozenset(pair) in _pairs(events_of(text, kb, DAY))


@pytest.mark.parametrize("text", ["نخستین کاروان کمک‌های بشردوستانه مصر روز سه‌شنبه وارد غزه شد.",
                                  "پنج زندانی آمریکایی آزادشده روز دوشنبه وارد دوحه شدند."])
def test_things_and_people_a_state_sends_arriving_are_no_visit(kb, text):
    assert not _find(events_of(text, kb, DAY), "CONSULT")
