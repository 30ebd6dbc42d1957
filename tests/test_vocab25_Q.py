"""Session 25 (slice Q): leftovers other slices diagnosed on the real-news dev half, fixed as mechanisms. (1) A
meeting noun with its own genitive right before its "با" names both sides in one phrase, whoever tells of it ("وزارت
خارجه با انتشار خبر سفر وزیر ... و دیدار او با X اعلام کرد"); a "با" standing before the trigger opens the teller's
means, so the chain after the trigger is the noun's genitive, not its partner; a pair named "دو وزیر خارجه" opening a
quote or a "که" clause is the meeting's two sides. (2) The press's perfect without its auxiliary is a speech cue
("ارتش X اعلام کرده که یک فرمانده Y ... کشته شده است", "منابع گفته‌اند"), so the fallen named after it are the
casualties, not the place's state; "گفت وگو" written apart is a talk, not the cue "گفت". (3) What a party "must"
only know or bear in mind is advice, not a demand ("X باید متوجه باشد که ..."). (4) A tally of arrests naming no
one ("تا روز X دست کم N تن بازداشت شده‌اند") is an arrest with unknown sides, undated by its "تا" day; a gathering
called a protest ("دست به تجمع اعتراضی زدند") is a protest. The sentences are the tests' own, modelled on the
phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _events(sentence, kb, day, etype):
    events = reported_events(sentence, kb, f"{day}T10:00:00+03:30")
    return [e for e in events if e.type == etype], events


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.trigger, e.date) for e in events]


# ---------------------------------------------------------------- (1) a meeting noun's own pair, told by another

@pytest.mark.parametrize("sentence, day, source, target", [
    ("وزارت خارجه با انتشار خبر سفر وزیر خارجه ایران به قطر و دیدار او با «محمد بن عبدالرحمن آل ثانی» همتای "
     "قطری‌اش اعلام کرد که دو طرف درباره غزه گفت‌وگو کردند.", "2025-03-20", "abbas-araghchi",
     "mohammed-bin-abdulrahman-bin-jassim-al-thani"),
    ("سخنگوی وزارت خارجه روسیه با تأیید خبر سفر لاوروف به ترکیه و دیدار وی با هاکان فیدان گفت روابط دو کشور "
     "بررسی شد.", "2025-03-20", "sergey-lavrov", "hakan-fidan"),
    ("کاخ سفید با انتشار تصاویر دیدار ترامپ با نتانیاهو اعلام کرد دو طرف درباره غزه گفت‌وگو کردند.", "2025-03-20",
     "donald-trump", "benjamin-netanyahu"),
])
def test_a_meeting_nouns_own_pair_meets_not_its_teller(kb, sentence, day, source, target):
    found, events = _events(sentence, kb, day, "CONSULT")
    assert any(source in e.source_ids and target in e.target_ids for e in found), _show(events)
    assert not any(set(e.source_ids) & {"ministry-of-foreign-affairs-iran", "white-house"} for e in found), \
        _show(events)


def test_a_pair_opening_a_quote_is_the_meetings_two_sides(kb):
    sentence = ("وزارت خارجه با انتشار خبر سفر وزیر خارجه ایران به قطر و دیدار او با «محمد بن عبدالرحمن آل ثانی» "
                "همتای قطری‌اش اعلام کرد که «دو وزیر خارجه در این دیدار درباره تحولات غزه به بحث و تبادل نظر "
                "پرداختند.»")
    found, events = _events(sentence, kb, "2025-03-20", "CONSULT")
    assert found and all("ministry-of-foreign-affairs-iran" not in e.source_ids for e in found), _show(events)


@pytest.mark.parametrize("sentence", [
    # a visit's destination after "سفر به" is no genitive that meets
    "وزیر امور خارجه کشورمان در سفر به قطر با امیر این کشور دیدار کرد.",
    # a match ("دیدار") between teams: no actors met
    "فدراسیون والیبال با انتشار برنامه دیدار تیم ملی با ژاپن اعلام کرد این بازی در توکیو برگزار می‌شود.",
])
def test_guard_meeting_noun_pairs(kb, sentence):
    found, events = _events(sentence, kb, "2024-10-14", "CONSULT")
    assert not any("QAT" in e.source_ids or "JPN" in e.source_ids for e in found), _show(events)


# ---------------------------------------------------------------- (2) the perfect without its auxiliary as a cue

@pytest.mark.parametrize("sentence, day, source, target", [
    ("ارتش آمریکا اعلام کرده که یک فرمانده حزب‌الله، گروه مورد حمایت ایران در پی حمله هوایی نیروهای آمریکایی در "
     "بیروت، پایتخت لبنان کشته شده است.", "2024-02-08", "united-states-armed-forces", "hezbollah"),
    ("سپاه پاسداران اعلام کرده‌اند که یک فرمانده داعش در حمله پهپادی نیروهای سپاه در حومه دمشق کشته شده است.",
     "2024-05-02", "islamic-revolutionary-guard-corps", "islamic-state"),
])
def test_the_fallen_after_a_bare_perfect_cue_were_hit(kb, sentence, day, source, target):
    found, events = _events(sentence, kb, day, "ASSAULT")
    assert any(target in e.target_ids for e in found), _show(events)


def test_guard_a_talk_written_apart_is_no_speech_cue(kb):
    sentence = ("معاون سخنگوی طالبان گفت: امیر خان متقی وزیر خارجه طالبان در گفت وگو با وزیر خارجه ایران اعلام کرده "
                "که یک هیئت به زودی به ایران سفر می‌کند.")
    found, events = _events(sentence, kb, "2022-03-28", "CONSULT")
    assert found and all("taliban" not in e.source_ids for e in found), _show(events)


# ---------------------------------------------------------------- (3) "must know" is advice, not a demand

@pytest.mark.parametrize("sentence", [
    "گروسی گفت دولت ایران باید متوجه باشد که شرایط بین‌المللی تغییر کرده است.",
    "لاوروف گفت آمریکا باید به خوبی بداند که روسیه از مواضع خود عقب نمی‌نشیند.",
    "وزیر خارجه فرانسه گفت تهران باید آگاه باشد که زمان زیادی برای دیپلماسی باقی نمانده است.",
])
def test_must_know_is_no_demand(kb, sentence):
    found, events = _events(sentence, kb, "2024-11-13", "REQUEST")
    assert not found, _show(events)


def test_guard_a_real_must_is_still_a_demand(kb):
    found, events = _events("عراقچی گفت آمریکا باید تحریم‌ها را لغو کند.", kb, "2024-11-13", "REQUEST")
    assert any("USA" in e.target_ids for e in found), _show(events)


# ---------------------------------------------------------------- (4) tallies of arrests, gatherings of protest

@pytest.mark.parametrize("sentence", [
    "به گزارش یک گروه حقوق بشری، تا روز جمعه دست کم ۹۰ نفر بازداشت شده‌اند.",
    "در جریان این اعتراضات، ۳۵ تن دیگر دستگیر شدند.",
])
def test_a_tally_of_arrests_with_no_one_named(kb, sentence):
    found, events = _events(sentence, kb, "2022-10-02", "COERCE")
    assert found, _show(events)


def test_a_tally_until_a_day_is_undated(kb):
    found, events = _events("به گزارش یک گروه حقوق بشری، تا روز جمعه دست کم ۹۰ نفر بازداشت شده‌اند.", kb,
                            "2022-10-02", "COERCE")
    assert found and all(e.date is None for e in found), _show(events)


@pytest.mark.parametrize("sentence", [
    "پلیس اعلام کرد یک نفر در این رابطه دستگیر شد.",
    "یک نفر بازداشت شد.",
])
def test_guard_one_suspect_caught_is_no_tally(kb, sentence):
    found, events = _events(sentence, kb, "2022-10-02", "COERCE")
    assert not found, _show(events)


@pytest.mark.parametrize("sentence", [
    "معلمان بازنشسته در شیراز مقابل اداره آموزش و پرورش دست به تجمع اعتراضی زدند.",
    "کارگران نیشکر در شوش در مقابل فرمانداری این شهر دست به تجمع اعتراضی زدند.",
])
def test_a_gathering_called_a_protest(kb, sentence):
    found, events = _events(sentence, kb, "2022-10-02", "PROTEST")
    assert found, _show(events)


def test_guard_a_gathering_of_fans_is_no_protest(kb):
    found, events = _events("هواداران پرسپولیس برای جشن قهرمانی در میدان آزادی دست به تجمع شادی زدند.", kb,
                            "2022-10-02", "PROTEST")
    assert not found, _show(events)
