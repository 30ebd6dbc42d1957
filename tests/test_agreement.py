"""scripts/agreement.py: two annotations of one page scored against each other as rasad's output is scored."""

import copy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import agreement  # noqa: E402

PAGE = {
    "doc": "900.txt",
    "meta": {"outlet": "ISNA", "published": "2024-05-01"},
    "entities": [{"name": "Iran", "type": "COUNTRY", "forms": ["ایران"]},
                 {"name": "Turkey", "type": "COUNTRY", "forms": ["ترکیه"]},
                 {"name": "Hakan Fidan", "type": "PERSON", "forms": ["هاکان فیدان"]}],
    "roles": [{"text": "وزیر خارجه ترکیه", "refers_to": "Hakan Fidan"}],
    "events": [{"type": "CONSULT", "source": "Hakan Fidan", "target": "Iran", "date": "2024-05-01",
                "location": None, "trigger": "گفتگو کرد"},
               {"type": "ACCUSE", "source": "Iran", "target": "Turkey", "date": None, "location": None,
                "trigger": "متهم کرد", "required": False}],
    "quotes": [{"speaker": "Hakan Fidan", "cue": "گفت", "starts": "روابط دو کشور رو به گسترش است",
                "speaker_mention": "وی", "direct": True}],
}


def test_an_annotation_agrees_with_itself_everywhere():
    scores = agreement.agreement({"900.txt": PAGE}, {"900.txt": copy.deepcopy(PAGE)})
    for side in scores.values():
        for key in ("entities_f1", "roles", "events_strict_f1", "events_lenient_f1", "quotes_f1", "meta"):
            assert side[key] == 1.0, key


def test_a_different_event_type_costs_both_directions_of_the_required_event():
    other = copy.deepcopy(PAGE)
    other["events"][0]["type"] = "MEET"
    scores = agreement.agreement({"900.txt": PAGE}, {"900.txt": other})
    assert scores["second vs first"]["events_strict_f1"] == 0.0
    assert scores["second vs first"]["events_strict_p"] == 0.0  # the MEET and the optional ACCUSE: one false event
    assert scores["first vs second"]["events_strict_r"] == 0.0


def test_an_optional_event_one_annotator_left_out_counts_against_the_one_who_wrote_it():
    other = copy.deepcopy(PAGE)
    del other["events"][1]
    scores = agreement.agreement({"900.txt": PAGE}, {"900.txt": other})
    assert scores["second vs first"]["events_strict_f1"] == 1.0
    assert scores["first vs second"]["events_strict_p"] == 0.5


def test_quotes_match_when_one_opening_begins_the_other_and_the_speaker_is_the_same():
    shorter = copy.deepcopy(PAGE)
    shorter["quotes"][0]["starts"] = "روابط دو کشور"
    assert agreement.quote_counts(PAGE, shorter).tp == 1
    assert agreement.quote_counts(shorter, PAGE).tp == 1
    someone_else = copy.deepcopy(shorter)
    someone_else["quotes"][0]["speaker"] = "Iran"
    counts = agreement.quote_counts(PAGE, someone_else)
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)
