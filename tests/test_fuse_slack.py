"""A report dated only to its month fuses with a report of the same event dated to the day within that month's
slack, whichever is stored first; a report of the same parties well outside the slack stays apart. Fusion finds
candidates by weekly keys, so the month's slack must come from the keys, not from probing a year around every
report."""

from __future__ import annotations

import pytest

from rasad.export.files import EventFilter, fused_records
from rasad.run.local import ingest
from rasad.store.store import Store

_DAY = """اتحادیه اروپا سپاه پاسداران را تحریم کرد

{date} - ۱۰:۱۵:۰۰

به گزارش {outlet}، اتحادیه اروپا روز دوشنبه در نشست وزیران خارجه خود در بروکسل سپاه پاسداران را تحریم کرد.
{tail}
"""
_MONTH = """مروری بر روابط ایران و اروپا

{date} - ۱۸:۴۰:۰۰

به گزارش {outlet}، روابط تهران و بروکسل در سال گذشته فراز و نشیب بسیاری داشت. در فوریه ۲۰۱۹ اتحادیه اروپا سپاه پاسداران را تحریم کرد.
کارشناسان می‌گویند این روند ادامه خواهد داشت و هر دو طرف به گفت‌وگو نیاز دارند.
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _sanction_reports(store, kb) -> list[int]:
    return sorted(r["num_articles"] for r in fused_records(store, kb, EventFilter(type="SANCTION")))


@pytest.mark.parametrize("month_first", [True, False])
def test_month_dated_report_fuses_with_a_day_dated_one(db_url, kb, tmp_path, month_first):
    day = _write(tmp_path, "day.txt", _DAY.format(date="۱۳۹۷/۱۱/۲۹", outlet="خبرگزاری ایسنا",
                                                   tail="این تصمیم با واکنش تهران روبه‌رو شد."))  # Monday 2019-02-18
    month = _write(tmp_path, "month.txt", _MONTH.format(date="۱۳۹۸/۰۱/۲۰", outlet="خبرگزاری مهر"))  # 2019-04-09
    store = Store(db_url)
    for f in ([month, day] if month_first else [day, month]):
        ingest([f], store, kb=kb)  # two fusion steps: the second finds the first stored
    assert _sanction_reports(store, kb) == [2]


def test_day_dated_reports_outside_the_month_stay_apart(db_url, kb, tmp_path):
    late = _write(tmp_path, "late.txt", _DAY.format(date="۱۳۹۷/۱۲/۲۷", outlet="خبرگزاری ایسنا",
                                                    tail="وزیران همچنین درباره سوریه گفت‌وگو کردند."))  # Mon 2019-03-18
    month = _write(tmp_path, "month.txt", _MONTH.format(date="۱۳۹۸/۰۱/۲۰", outlet="خبرگزاری مهر"))
    store = Store(db_url)
    ingest([month], store, kb=kb)
    ingest([late], store, kb=kb)
    assert _sanction_reports(store, kb) == [1, 1]
