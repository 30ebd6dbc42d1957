"""Boilerplate drop patterns are searched as two alternations (anchored at the line's start, and free); the split
must keep what each pattern matches."""

from rasad.clean.lines import _alternations, _anchored, _is_dropped, line_key, load_rules


def test_only_patterns_wholly_anchored_count_as_anchored():
    assert _anchored("^(آگهی|تبلیغات)\\b")
    assert _anchored("^[|(]x")  # "|" and "(" inside a set
    assert not _anchored("^آگهی|تبلیغات")  # the second alternative may match anywhere
    assert not _anchored("منتشر نخواهد شد$")


def test_split_alternations_match_as_the_patterns_do():
    anchored, free = _alternations(["^آگهی", "^الف|ب", "شد$"])
    assert anchored.search("آگهی فروش") and not anchored.search("یک آگهی")
    assert free.search("کلمه ب وسط") and free.search("منتشر شد")  # "^الف|ب": ب anywhere
    assert not free.search("آگهی")


def test_boilerplate_lines_dropped_and_news_kept():
    rules = load_rules()
    assert _is_dropped(line_key("دیدگاه\u200cهای ارسال شده توسط شما، پس از تایید منتشر خواهد شد"), rules)
    assert _is_dropped(line_key("نظرات حاوی توهین منتشر نخواهد شد."), rules)
    assert not _is_dropped(line_key("وزیر امور خارجه در سفر به مسکو با همتای روس خود دیدار کرد."), rules)
