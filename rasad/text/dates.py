"""Dates in Persian news: Jalali and Gregorian, Persian/Arabic/Latin digits, weekday prefixes, relative phrases.

Dates are found with our own patterns first (jdatetime's strptime fails on surrounding text, Arabic ي and
non-breaking spaces, see ../shared/DESIGN.md); jdatetime then converts Jalali to Gregorian, and the IANA zone
Asia/Tehran (tzdata) gives the offset, +03:30, or +04:30 in the summers before 2023 when Iran kept daylight saving.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import jdatetime

from rasad.text.normalize import ZWNJ, ascii_digits, char_normalize

TEHRAN = ZoneInfo("Asia/Tehran")

JALALI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    # the same solar months by their Dari (Afghan) names; they are words too ("اسد", "میزان"), so they count only
    # in a full date with its year ("۲۰ جوزا ۱۳۹۹")
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8, "قوس": 9,
    "جدی": 10, "دلو": 11, "حوت": 12,
}
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "مى": 5, "می": 5, "ژوئن": 6,
    "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Afghan spellings
    "جنوری": 1, "فبروری": 2, "مارچ": 3, "اپریل": 4, "جون": 6, "اگست": 8, "سپتمبر": 9, "اکتوبر": 10, "نومبر": 11,
    "دسمبر": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Python weekday numbers (Monday = 0)
WEEKDAYS = {"شنبه": 5, "یکشنبه": 6, "یک‌شنبه": 6, "دوشنبه": 0, "سه‌شنبه": 1, "سهشنبه": 1, "سه شنبه": 1,
            "چهارشنبه": 2, "پنجشنبه": 3, "پنج‌شنبه": 3, "پنج شنبه": 3, "جمعه": 4}

_WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_JM = "|".join(sorted(JALALI_MONTHS, key=len, reverse=True))
_GM = "|".join(sorted((re.escape(m) for m in GREGORIAN_MONTHS), key=len, reverse=True))
_SEP = r"[\s,،/\-–|:]*"
# (session 28 M) a 12-hour clock's half of the day after the time ("۰۷:۰۸ ب.ظ" is 19:08; "ق.ظ" before noon)
_HALF_DAY = r"(?:\s*(?:(?P<pm>ب\s*\.\s*ظ|بعد\s*از\s*ظهر|(?i:pm))|ق\s*\.\s*ظ|قبل\s*از\s*ظهر|(?i:am))(?![\w\u200c]))?"
_TIME = r"(?:(?:ساعت\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?" + _HALF_DAY + ")"

# between a Jalali month and its year: "ماه"/"سال", or (session 27) a comma some sites print ("۲۹ آبان , ۱۴۰۳")
_MONTH_YEAR_GAP = r"\s*(?:[,،]\s*)?(?:(?:ماه|سال)\s*)?"
# a day of the month written as an ordinal word ("سیزدهم اردیبهشت ۱۴۰۲", "بیست و سوم مرداد"), as formal pages date
_ORDINAL_UNITS = {"یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8,
                  "نهم": 9}
_ORDINAL_DAYS = {**_ORDINAL_UNITS, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14,
                 "پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20,
                 "سی ام": 30, "سیام": 30,  # (ZWNJs read as spaces: "سی‌ام" is "سی ام")
                 **{f"بیست و {w}": 20 + n for w, n in _ORDINAL_UNITS.items() if w != "اول"},
                 "سی و یکم": 31}
_ORDINAL_KEYS = {w.replace(" ", "").replace("\u200c", ""): n for w, n in _ORDINAL_DAYS.items()}
_OD = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s*") for w in _ORDINAL_DAYS), key=len, reverse=True))

_PATTERNS = [
    # سیزدهم اردیبهشت ۱۴۰۲ / بیست و سوم مرداد ۱۴۰۰ ساعت ۱۱:۲۹
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?<![آ-ی])(?P<od>{_OD})\s*(?P<jm>{_JM}){_MONTH_YEAR_GAP}(?P<y>1[34]\d\d)(?:{_SEP}{_TIME})?"),
    # ۳۰ مهر ۱۴۰۱  /  شنبه ۳۰ مهر ۱۴۰۱  /  ۲۵ اسد سال ۱۳۹۷
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?P<d>\d{{1,2}})\s*(?P<jm>{_JM}){_MONTH_YEAR_GAP}(?P<y>1[34]\d\d)(?:{_SEP}{_TIME})?"),
    # ۱۴۰۳/۰۱/۱۱ or 1402-08-15 (Jalali: year 13xx/14xx) or 2023-11-06 (Gregorian)
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?P<y>(?:1[34]|19|20)\d\d)[/\-.](?P<m>\d{{1,2}})[/\-.](?P<d>\d{{1,2}})(?:(?:T|{_SEP}){_TIME})?"),
    # 11/01/1403 (day first)
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?P<d>\d{{1,2}})[/\-.](?P<m>\d{{1,2}})[/\-.](?P<y>(?:1[34]|19|20)\d\d)(?:{_SEP}{_TIME})?"),
    # 6 November 2023 / ۶ نوامبر ۲۰۲۳
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?P<d>\d{{1,2}})\s*(?P<gm>{_GM})\.?\s*,?\s*(?P<y>(?:19|20)\d\d)(?:{_SEP}{_TIME})?", re.I),
    # November 6, 2023
    re.compile(rf"(?P<gm>{_GM})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)(?:{_SEP}{_TIME})?", re.I),
    # (session 27) the year first, as some sites' header lines print it: "۱۴۰۴ سه‌شنبه ۸ مهر - ۱۲:۲۴"
    re.compile(rf"(?<!\d)(?P<y>1[34]\d\d)\s*[,،]?\s*(?:(?P<wd>{_WD})\s*[,،]?\s*)?(?P<d>\d{{1,2}})\s*(?P<jm>{_JM})"
               rf"(?![\w\u200c])(?!\s*[,،]?\s*(?:(?:ماه|سال)\s*)?1[34]\d\d)(?:{_SEP}{_TIME})?"),
    # (session 27 A4) Blogger's Persian date header, year, month, day and a comma: "۱۳۹۲ آبان ۴, شنبه"
    re.compile(rf"(?<!\d)(?P<y>1[34]\d\d)\s+(?P<jm>{_JM})\s+(?P<d>\d{{1,2}})\s*[,،]\s*(?:(?P<wd>{_WD}))?"),
    # the time first: "۲۰:۰۹ - ۲۴-۰۱-۱۳۹۱", "14:31 | 1403/07/22"
    re.compile(rf"{_TIME}\s*[-–|,،]?\s*(?P<d>\d{{1,2}})[/\-.](?P<m>\d{{1,2}})[/\-.](?P<y>(?:1[34]|19|20)\d\d)"),
    re.compile(rf"{_TIME}\s*[-–|,،]?\s*(?P<y>(?:1[34]|19|20)\d\d)[/\-.](?P<m>\d{{1,2}})[/\-.](?P<d>\d{{1,2}})"),
]
_YEAR_DIGITS = re.compile(r"\d{4}")

# (session 24) In an event's sentence only (not a page's date lines, which _PATTERNS read): a lunar Hijri date
# ("۱۵ شعبان ۱۴۴۶", "دهم محرم ۱۴۴۳"), converted by the tabular Islamic calendar (a day off the moon-sighted one at
# most), and a Jalali date with a two-digit year closed by punctuation ("۲۰مرداد ۹۸،": 1398; 50–99 are 13xx,
# 00–49 are 14xx). A two-digit number after a month with no punctuation after it may be a count ("۲۰ مرداد ۱۵ نفر").
HIJRI_MONTHS = {
    "محرم": 1, "محرم الحرام": 1, "صفر": 2, "ربیع الاول": 3, "ربیع الأول": 3, "ربیع الثانی": 4, "ربیع الآخر": 4,
    "ربیع الاخر": 4, "جمادی الاول": 5, "جمادی الاولی": 5, "جمادی الأولی": 5, "جمادی الثانی": 6, "جمادی الثانیه": 6,
    "جمادی الآخر": 6, "جمادی الآخره": 6, "جمادی الاخری": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذی القعده": 11, "ذیقعده": 11, "ذی الحجه": 12, "ذیحجه": 12,
}
_HM = "|".join(sorted((re.escape(m).replace(r"\ ", r"\s*") for m in HIJRI_MONTHS), key=len, reverse=True))
_HIJRI_KEYS = {m.replace(" ", ""): n for m, n in HIJRI_MONTHS.items()}
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH
_SHORT_YEAR_MONTHS = "|".join(sorted((m for m in JALALI_MONTHS if m not in
                                      {"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"}),
                                     key=len, reverse=True))
_SENTENCE_PATTERNS = [
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?<![\d/])(?P<d>\d{{1,2}})\s*(?P<hm>{_HM})\s*(?:(?:ماه|سال)\s*)?(?P<y>1[34]\d\d)(?!\d)"),
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?<![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CC])(?P<od>{_OD})\s*(?P<hm>{_HM})\s*"
               rf"(?:(?:ماه|سال)\s*)?(?P<y>1[34]\d\d)(?!\d)"),
    re.compile(rf"(?:(?P<wd>{_WD}){_SEP})?(?<![\d/])(?P<d>\d{{1,2}})\s*(?P<jm>{_SHORT_YEAR_MONTHS})\s*(?:(?:ماه|سال)\s*)?"
               rf"(?P<yy>\d\d)(?=\s*(?:[،,.؛:)]|$))"),
]
_SENTENCE_NEEDS = re.compile(rf"(?:{_HM})\s*(?:(?:ماه|سال)\s*)?\d{{4}}|(?:{_SHORT_YEAR_MONTHS})\s*(?:(?:ماه|سال)\s*)?\d\d(?!\d)")


def _hijri(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Hijri date by the tabular (arithmetic) Islamic calendar."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError("no such Hijri day")
    return dt.date.fromordinal(_HIJRI_EPOCH - 1 + day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354
                               + (3 + 11 * year) // 30)

# What each pattern's match must hold without its optional weekday and time (which every position would try): one
# scan for it, that jumps to a digit or a month's first letter, turns most texts with a four-digit number away.
_YEAR_FIRST = re.compile(r"(?:1[34]|19|20)\d\d[/\-.]\d{1,2}[/\-.]\d")
_YEAR_LAST = re.compile(r"\d[/\-.]\d{1,2}[/\-.](?:1[34]|19|20)\d\d")
_JALALI_YEAR = re.compile(rf"(?:{_JM}){_MONTH_YEAR_GAP}1[34]\d\d")
_YEAR_BEFORE_MONTH = re.compile(rf"1[34]\d\d\D{{1,14}}\d{{1,2}}\s*(?:{_JM})")
_YEAR_MONTH_DAY = re.compile(rf"1[34]\d\d\s+(?:{_JM})\s+\d{{1,2}}\s*[,،]")
_NEEDS = (
    _JALALI_YEAR,
    _JALALI_YEAR,
    _YEAR_FIRST,
    _YEAR_LAST,
    re.compile(rf"\d\s*(?:{_GM})\.?\s*,?\s*(?:19|20)\d\d", re.I),
    re.compile(r"\d,?\s+(?:19|20)\d\d"),
    _YEAR_BEFORE_MONTH,
    _YEAR_MONTH_DAY,
    _YEAR_LAST,
    _YEAR_FIRST,
    _JALALI_YEAR,
)
_WEEKDAY_ONLY = re.compile(rf"(?<![\w\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(?P<wd>{_WD})(?![\w\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])")


@dataclass
class FoundDate:
    date: dt.date
    time: dt.time | None
    weekday: int | None
    start: int
    end: int
    calendar: str

    def iso(self) -> str:
        return to_iso(self.date, self.time)


def to_iso(date: dt.date, time: dt.time | None) -> str:
    """ISO 8601 with Tehran's offset when a time is known, or the bare date."""
    if time is None:
        return date.isoformat()
    return dt.datetime.combine(date, time).replace(tzinfo=TEHRAN).isoformat()


def _prepare(text: str) -> str:
    # digits to ASCII, Arabic letters to Persian; ZWNJ and NBSP to plain spaces; same length so offsets hold
    normal = char_normalize(text)
    t = ascii_digits(normal) if len(normal) == len(text) else ascii_digits(text)
    return t.replace(ZWNJ, " ").replace("\u00a0", " ").replace("ي", "ی").replace("ك", "ک")


def _build(m: re.Match) -> FoundDate | None:
    g = m.groupdict()
    try:
        year = int(g["y"]) if g.get("y") else (1300 if int(g["yy"]) >= 50 else 1400) + int(g["yy"])
        day = _ORDINAL_KEYS[re.sub(r"\s+", "", g["od"])] if g.get("od") else int(g["d"])
        if g.get("hm"):
            month, cal = _HIJRI_KEYS[re.sub(r"\s+", "", g["hm"])], "hijri"
        elif g.get("jm"):
            month, cal = JALALI_MONTHS[g["jm"]], "jalali"
        elif g.get("gm"):
            month, cal = GREGORIAN_MONTHS[g["gm"].lower()], "gregorian"
        else:
            month = int(g["m"])
            cal = "jalali" if year < 1700 else "gregorian"
        date = jdatetime.date(year, month, day).togregorian() if cal == "jalali" else \
            _hijri(year, month, day) if cal == "hijri" else dt.date(year, month, day)
        time = None
        if g.get("H") is not None:
            hour = int(g["H"]) + (12 if g.get("pm") and int(g["H"]) < 12 else 0)
            time = dt.time(hour, int(g["M"]), int(g["S"] or 0))
    except (ValueError, KeyError):
        return None
    weekday = WEEKDAYS.get(g["wd"].replace(ZWNJ, " ").replace(" ", "") if g.get("wd") else "", None)
    if g.get("wd"):
        weekday = WEEKDAYS.get(g["wd"], weekday)
    if cal == "hijri" and weekday is not None:  # the month began a day or two off the table where the moon was seen
        date = min((date + dt.timedelta(days=k) for k in (-2, -1, 0, 1, 2)
                    if (date + dt.timedelta(days=k)).weekday() == weekday), key=lambda d: abs((d - date).days), default=date)
    return FoundDate(date, time, weekday, m.start(), m.end(), cal)


def find_dates(text: str, sentence: bool = False) -> list[FoundDate]:
    """Every absolute date in ``text``, leftmost first, overlapping candidates resolved in favour of the longer;
    ``sentence``: an event's sentence, where Hijri dates and two-digit Jalali years count too."""
    prepared = None
    if sentence and _SENTENCE_NEEDS.search(prepared := _prepare(text)):
        extra = [d for p in _SENTENCE_PATTERNS for m in p.finditer(prepared) if (d := _build(m)) is not None]
        if extra:
            return sorted(extra + [d for d in find_dates(text) if not any(
                d.start < x.end and x.start < d.end for x in extra)], key=lambda d: d.start)
    if not _YEAR_DIGITS.search(text):
        return []  # every pattern has a four-digit year (\d matches Persian and Arabic-Indic digits too)
    prepared = prepared or _prepare(text)
    found: list[FoundDate] = []  # disjoint and sorted by start, so the dates a candidate overlaps are one run
    starts: list[int] = []
    held: dict[re.Pattern, bool] = {}  # each of _NEEDS searched once
    for pattern, needs in zip(_PATTERNS, _NEEDS):
        if (ok := held.get(needs)) is None:
            ok = held[needs] = needs.search(prepared) is not None
        if not ok:
            continue
        for m in pattern.finditer(prepared):
            d = _build(m)
            if d is None:
                continue
            lo = bisect.bisect_left(starts, d.start)
            lo = lo - 1 if lo and found[lo - 1].end > d.start else lo
            hi = bisect.bisect_left(starts, d.end, lo)
            if all((o.end - o.start) < (d.end - d.start) for o in found[lo:hi]):
                found[lo:hi], starts[lo:hi] = [d], [d.start]
    return found


def parse_datetime(text: str) -> FoundDate | None:
    dates = find_dates(text)
    return dates[0] if dates else None


def parse_iso(value: str) -> FoundDate | None:
    """A date given by a container (JSON Lines 'published', WARC-Date): ISO 8601, converted to Tehran time."""
    try:
        stamp = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return parse_datetime(value)
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(TEHRAN)
        return FoundDate(stamp.date(), stamp.time().replace(microsecond=0), None, 0, len(value), "gregorian")
    has_time = "T" in value or ":" in value
    return FoundDate(stamp.date(), stamp.time() if has_time else None, None, 0, len(value), "gregorian")


def weekday_in(text: str) -> int | None:
    m = _WEEKDAY_ONLY.search(_prepare(text))
    return WEEKDAYS.get(m.group("wd")) if m else None


# --- relative dates in sentences --------------------------------------------------------------------------------

_DAYPARTS = r"(?:صبح|بامداد|ظهر|عصر|شامگاه|شب|امشب|غروب|ساعاتی پیش|نیمه‌شب|نیمه شب|اوایل|اواخر)"
_RELATIVE = [
    (re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(پریروز|پری‌روز)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])"), -2),
    (re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(دیروز|روز گذشته|دیشب|شب گذشته|شامگاه گذشته)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])"), -1),
    (re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(امروز|امشب|امروزه صبح|صبح امروز|ظهر امروز|عصر امروز|ساعاتی پیش|لحظاتی پیش)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])"), 0),
    (re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(فردا|روز آینده)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])"), 1),
]
# (session 24) "دو روز پیش", "۳ روز قبل", "چند روز پیش" is no day: a count of days before the publication day
_DAY_COUNTS = {"دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10}
_DAYS_AGO = re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\d])"
                       rf"(?P<n>\d{{1,2}}|{'|'.join(_DAY_COUNTS)})\s*روز\s*(?:پیش|قبل)"
                       r"(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])")


def _days_ago(text: str) -> tuple[int, str | None]:
    """How many days before publication "N روز پیش/قبل" puts the event (2 to 14), or 0."""
    m = _DAYS_AGO.search(ascii_digits(text)) if "روز" in text else None
    if m is None:
        return 0, None
    n = _DAY_COUNTS.get(m.group("n")) or int(m.group("n"))
    return (n, m.group(0)) if 1 < n <= 14 else (0, None)


_WEEK_AGO = re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(هفته گذشته|هفته پیش)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])")
_WEEKDAY_IN_TEXT = re.compile(rf"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])(?:{_DAYPARTS}\s*)?(?:روز\s*)?(?P<wd>{_WD})(?:\s*(?:شب|صبح|گذشته|عصر))?(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])")


# A day and month without a year ("جمعه ۱۸ آبان", "دیروز جمعه، 9 مارچ", "سه‌شنبه (۱۷ مهر)"). Month names that are also words (Dari
# "اسد", "میزان"…; "مه"/"می") count only with a year, or (Dari) after "روز" or a weekday (_YEARLESS_DARI).
_AMBIGUOUS_MONTHS = {"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
                     "مه", "می", "مى", "mar", "may", "jun", "jul", "dec", "sep", "oct", "nov", "jan", "feb", "apr", "aug"}
_YEARLESS_MONTHS = "|".join(sorted((re.escape(m) for m in {**JALALI_MONTHS, **GREGORIAN_MONTHS}
                                    if m not in _AMBIGUOUS_MONTHS), key=len, reverse=True))
# (session 24) the month may carry "ماه" with no space ("۲۹ تیرماه", "۲۵ شهریورماه"), and the day may be an ordinal
# word ("دوم سپتامبر", "بیست و نهم مرداد"; not "هفته/دهه/نیمه سوم آبان", a part of the month; "مهر", "تیر" and "دی"
# are words too: after an ordinal, a date only with "ماه" or a weekday — "بار دوم مهر را زد")
_YEARLESS_TAIL = (rf"\s*(?P<mon>{_YEARLESS_MONTHS})(?:ماه)?"
                  rf"(?![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CCA-Za-z])(?!\s*(?:(?:ماه|سال)\s*)?[,،]?\s*\d)")
_YEARLESS = re.compile(rf"(?:(?P<wd>{_WD})\)?[\s،,]*\(?\s*)?(?<![\d/])(?P<d>\d{{1,2}}){_YEARLESS_TAIL}", re.I)
_YEARLESS_ORDINAL = re.compile(rf"(?:(?P<wd>{_WD})\)?[\s،,]*\(?\s*)?(?<![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CC])"
                               rf"(?<!هفته )(?<!دهه )(?<!نیمه )(?P<od>{_OD})(?(wd)|(?!\s*(?:مهر|تیر|دی)(?!\s*ماه)))"
                               rf"{_YEARLESS_TAIL}", re.I)


# a Dari month is a date without its year only after "روز" or a weekday ("روز ۲۶ اسد", "شنبه ۱۲ حمل"); (session 27 A)
# the day and month in parentheses after the weekday too, as for the other months ("امروز سه‌شنبه (۲۱ حمل)")
_DARI_MONTHS = "|".join(m for m in sorted(_AMBIGUOUS_MONTHS, key=lambda m: (-len(m), m)) if m in JALALI_MONTHS)
_YEARLESS_DARI = re.compile(rf"(?:(?P<wd>{_WD})\)?[\s،,]*\(?\s*|روز\s*)(?<![\d/])(?P<d>\d{{1,2}})\s*(?P<mon>{_DARI_MONTHS})"
                            rf"(?![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CCA-Za-z])(?!\s*(?:(?:ماه|سال)\s*)?[,،]?\s*\d)")

_ANY_DIGIT = re.compile(r"\d")


def _day_month(day: int, mon: str, year_of: dt.date) -> dt.date | None:
    """The date of ``day`` ``mon`` in the (Jalali or Gregorian) year ``year_of`` falls in."""
    try:
        if mon in JALALI_MONTHS:
            return jdatetime.date(jdatetime.date.fromgregorian(date=year_of).year, JALALI_MONTHS[mon], day).togregorian()
        return dt.date(year_of.year, GREGORIAN_MONTHS[mon.lower()], day)
    except (ValueError, KeyError):
        return None


def _yearless_match(text: str) -> re.Match | None:
    """The first day and month without a year in ``text`` (most clauses have no digit: no date to read)."""
    if not _ANY_DIGIT.search(text):
        return _YEARLESS_ORDINAL.search(_prepare(text)) if "م" in text else None  # every ordinal day ends in "م"
    prepared = _prepare(text)
    found = [m for m in (_YEARLESS.search(prepared), _YEARLESS_DARI.search(prepared), _YEARLESS_ORDINAL.search(prepared))
             if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _day_of(m: re.Match) -> int:
    """The day of the month a yearless match names, in digits or as an ordinal word."""
    od = m.groupdict().get("od")
    return _ORDINAL_KEYS[re.sub(r"\s+", "", od)] if od else int(m.group("d"))


def _weekday_of(m: re.Match) -> int | None:
    wd = m.group("wd")
    return WEEKDAYS.get(wd.replace(" ", ""), WEEKDAYS.get(wd)) if wd else None


# (session 25) a year named relative to the publication's: "سال گذشته", "سال قبل", "پارسال" (the year before) and
# "امسال", "سال جاری" (its own), in the calendar of the month before them
_YEAR_BACK = {"گذشته": 1, "قبل": 1, "پیش": 1, "پارسال": 1, "امسال": 0, "جاری": 0}
_RELATIVE_YEAR = r"(?:سال\s+(?P<back>گذشته|قبل|پیش|جاری)|(?P<word>پارسال|امسال))(?![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CC])"
_RELATIVE_YEAR_AFTER = re.compile(rf"(?:\s*ماه)?\s+{_RELATIVE_YEAR}")


def _years_back(m: re.Match) -> int:
    """How many years before the publication's a relative year phrase means (1 for "سال گذشته", 0 for "امسال")."""
    return _YEAR_BACK[m.group("back") or m.group("word")]


def _in_year(mon: str, day: int, published: dt.date, back: int) -> dt.date | None:
    """Day ``day`` of ``mon`` in the (Jalali or Gregorian, as the month's) year ``back`` years before publication's."""
    try:
        if mon in JALALI_MONTHS:
            year = jdatetime.date.fromgregorian(date=published).year - back
            return jdatetime.date(year, JALALI_MONTHS[mon], day).togregorian()
        return dt.date(published.year - back, GREGORIAN_MONTHS[mon.lower()], day)
    except (ValueError, KeyError):
        return None


def yearless_date(text: str, published: dt.date) -> dt.date | None:
    """A day and month without a year, in the year that makes it the latest such day not long after publication;
    with a weekday named, the latest year (up to six back) in which that day is that weekday; (session 25) with a
    relative year after it ("دوم دی ماه سال گذشته"), in that year."""
    m = _yearless_match(text)
    if m is None:
        return None
    day, mon, wd = _day_of(m), m.group("mon"), _weekday_of(m)
    rel = _RELATIVE_YEAR_AFTER.match(_prepare(text), m.end())
    if rel is not None:
        return _in_year(mon, day, published, _years_back(rel))
    for back in range(0, 7 if wd is not None else 2):
        anchor = published.replace(year=published.year - back) if not (published.month == 2 and published.day == 29) \
            else published - dt.timedelta(days=365 * back)
        d = _day_month(day, mon, anchor)
        if d is not None and d > published + dt.timedelta(days=31):  # "۱۸ آبان" read in Farvardin: last year's
            d = _day_month(day, mon, anchor - dt.timedelta(days=365))
        if d is not None and (wd is None or d.weekday() == wd):
            return d
    return None


def yearless_in_era(text: str, lo: dt.date, hi: dt.date) -> dt.date | None:
    """"روز سه‌شنبه ۱۸ مهر" in an undated text whose era (the terms of the offices it names) is [lo, hi]: the one
    year of that era in which the day falls on that weekday, or None when none or several do."""
    m = _yearless_match(text)
    wd = _weekday_of(m) if m is not None else None
    hi = min(hi, dt.date.today())
    if wd is None or lo > hi or hi.year - lo.year > MAX_ERA_YEARS:
        return None
    found = {d for y in range(lo.year - 1, hi.year + 2)
             if (d := _day_month(_day_of(m), m.group("mon"), dt.date(y, 6, 30))) is not None
             and lo <= d <= hi and d.weekday() == wd}
    return found.pop() if len(found) == 1 else None


MAX_ERA_YEARS = 40  # an era longer than this pins nothing


# "در دوشنبه", "شهر دوشنبه", "وارد دوشنبه پایتخت تاجیکستان شد": the city, not Monday ("روز دوشنبه" stays Monday)
_DUSHANBE_BEFORE = re.compile(r"(?:^|\s)(?:در|به|از|شهر|وارد)\s+دوشنبه$")
_DUSHANBE_AFTER = re.compile(r"[\s،,]*(?:پایتخت|تاجیکستان)")


def _is_dushanbe(text: str, weekday: re.Match) -> bool:
    return weekday.group("wd") == "دوشنبه" and bool(
        _DUSHANBE_BEFORE.search(text, 0, weekday.end()) or _DUSHANBE_AFTER.match(text, weekday.end()))


# (session 25) "امام جمعه مشهد", "ائمه جمعه", "خطیب موقت نماز جمعه تهران": a Friday prayer leader's title, not
# Friday ("در نماز جمعه" and "روز جمعه" stay Friday)
_FRIDAY_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:امام|ائمه|امامان|خطیب|خطبای)(?:\s+موقت)?(?:\s+نماز)?\s+جمعه$")


def _not_weekday(text: str, weekday: re.Match) -> bool:
    """Whether a weekday's name stands for something else: the city of Dushanbe, a Friday prayer leader's title."""
    return _is_dushanbe(text, weekday) or weekday.group("wd") == "جمعه" and weekday.group(0) == "جمعه" \
        and bool(_FRIDAY_TITLE_BEFORE.search(text, 0, weekday.end()))


def _names_weekday(text: str) -> bool:
    """Whether ``_WEEKDAY_IN_TEXT`` can match: every weekday's name holds "شنبه" or is "جمعه" (two scans, where the
    pattern, opening with a lookbehind, is tried at every position; most sentences name no weekday)."""
    return "شنبه" in text or "جمعه" in text


# A word each phrase of _RELATIVE and _WEEK_AGO holds ("دیروز", "امشب", "شامگاه گذشته", "ساعاتی پیش", "فردا", ...):
# a sentence with none of them has no relative date to read, and the five patterns are not tried
_RELATIVE_WORDS = ("روز", "شب", "گذشته", "پیش", "فردا")


@dataclass(frozen=True)
class EventDate:
    date: dt.date | None
    precision: str | None  # explicit | relative | month | year | reported | weekday-only | None
    weekday: int | None = None
    text: str | None = None


# (session 23) a permalink's year and month with no day after them (".../1403/12/slug", ".../2021/06/30298")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d|1[34]\d\d)/(0?[1-9]|1[0-2])/(?!(?:0?[1-9]|[12]\d|3[01])(?:/|$))")


def url_month(url: str | None) -> tuple[dt.date, dt.date] | None:
    """The month a page's URL files it under when it names no day (WordPress-style permalinks, Jalali or Gregorian):
    the first and last day of that month, a window an undated article's offices can resolve in. None otherwise."""
    m = _URL_MONTH.search(url or "")
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if year < 1900:  # a Jalali year (13xx, 14xx)
        first = jdatetime.date(year, month, 1)
        nxt = jdatetime.date(year + (month == 12), month % 12 + 1, 1)
        return first.togregorian(), nxt.togregorian() - dt.timedelta(days=1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, 1), nxt - dt.timedelta(days=1)


# (session 24) A month and year with no day ("در ژانویه ۲۰۱۲", "در اسفند ماه ۱۳۹۸", "اواخر مارس ۲۰۲۰") or a year alone
# ("در سال ۲۰۱۹", "در سال ۹۸" no: four digits only): the event's own period, dated by its first day at precision
# "month" or "year". Only as a time adjunct, after "در"/"طی" or "اوایل/اواسط/اواخر" ("تحریم‌های ژانویه ۲۰۱۲", "توافق
# سال ۲۰۱۵" modify a noun and date nothing); a period that holds the publication day gives way to the day's own
# reading (relative phrase, weekday, or the publication day). Month names that are also words ("مه", "می", Dari
# "اسد", "میزان") are left out ("مه" and "می" count after "ماه": "در ماه مه ۲۰۱۸").
_PERIOD_OPENER = r"(?<![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CC])(?:در|طی|اوایل|اوائل|اواسط|اواخر|از\s+اوایل|تا\s+پایان)\s+"
_PERIOD_MONTHS = "|".join(sorted((re.escape(m) for m in {**JALALI_MONTHS, **GREGORIAN_MONTHS}
                                  if m not in _AMBIGUOUS_MONTHS and not m.isascii()), key=len, reverse=True))
_MONTH_YEAR = re.compile(rf"{_PERIOD_OPENER}(?:ماه\s+)?(?P<mon>{_PERIOD_MONTHS}|(?<=ماه )(?:مه|می))(?:\s*ماه)?(?:\s+سال)?\s*"
                         rf"(?P<y>(?:19|20|1[34])\d\d)(?!\d)(?!\s*[/\-.]\d)")
# the month and year as the clause's adverb with "سال" between them and no opener ("ترامپ اردیبهشت سال ۱۳۹۷ از ...
# خارج شد"): "سال" marks the adjunct (a noun's modifier rarely carries it)
_MONTH_SAL_YEAR = re.compile(rf"(?<![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CC])(?P<mon>{_PERIOD_MONTHS})(?:\s*ماه)?\s+سال\s*"
                             rf"(?P<y>(?:19|20|1[34])\d\d)(?!\d)(?!\s*[/\-.]\d)")
_YEAR_ONLY = re.compile(rf"{_PERIOD_OPENER}(?:سال\s+)(?:میلادی\s+)?(?P<y>(?:19|20|1[34])\d\d)(?!\d)(?!\s*[/\-.]\d)"
                        rf"(?:\s*(?:میلادی|شمسی|خورشیدی|هجری\s+شمسی))?")


def period_date(text: str) -> tuple[dt.date, dt.date, str, str] | None:
    """The month or year a sentence's time adjunct names without a day: (first day, last day, "month" | "year",
    the phrase), in the calendar its month or year belongs to (13xx/14xx Jalali, 19xx/20xx Gregorian)."""
    if not _YEAR_DIGITS.search(text):
        return None
    prepared = _prepare(text)
    m = _MONTH_YEAR.search(prepared) or _MONTH_SAL_YEAR.search(prepared)
    try:
        if m is not None:
            y, mon = int(m.group("y")), m.group("mon")
            if mon in JALALI_MONTHS and 1300 <= y < 1500:
                mo = JALALI_MONTHS[mon]
                first = jdatetime.date(y, mo, 1).togregorian()
                last = jdatetime.date(y + (mo == 12), mo % 12 + 1, 1).togregorian() - dt.timedelta(days=1)
                return first, last, "month", text[m.start():m.end()]
            if mon in GREGORIAN_MONTHS and 1950 <= y <= 2100:
                mo = GREGORIAN_MONTHS[mon]
                last = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
                return dt.date(y, mo, 1), last, "month", text[m.start():m.end()]
        m = _YEAR_ONLY.search(prepared)
        if m is not None:
            y = int(m.group("y"))
            if 1300 <= y < 1500:
                return (jdatetime.date(y, 1, 1).togregorian(), jdatetime.date(y + 1, 1, 1).togregorian()
                        - dt.timedelta(days=1), "year", text[m.start():m.end()])
            if 1950 <= y <= 2100:
                return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", text[m.start():m.end()]
    except ValueError:
        return None
    return None


# (session 25) a month of a relative year with no day ("در دی ماه سال گذشته", "اسفند پارسال"): "سال ..." marks the
# adjunct, as "سال" does before a year's digits
_MONTH_RELATIVE_YEAR = re.compile(rf"(?<![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CC])(?:ماه\s+)?(?P<mon>{_PERIOD_MONTHS})"
                                  rf"{_RELATIVE_YEAR_AFTER.pattern}")


def relative_year_month(text: str, published: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """(session 25) The month a sentence names in a year relative to publication ("در دی ماه سال گذشته"): (first day,
    last day, the phrase); None for none, or for a month still to come this year."""
    if "سال" not in text and "پارسال" not in text and "امسال" not in text:
        return None
    m = _MONTH_RELATIVE_YEAR.search(_prepare(text))
    if m is None:
        return None
    mon, back = m.group("mon"), _years_back(m)
    first = _in_year(mon, 1, published, back)
    if first is None or first > published:
        return None
    return first, _month_end(mon, first), text[m.start():m.end()]


def _month_end(mon: str, first: dt.date) -> dt.date:
    """The last day of the (Jalali or Gregorian) month that starts on ``first``: the day before the next one's first."""
    nxt = first + dt.timedelta(days=32)
    if mon in JALALI_MONTHS:
        j = jdatetime.date.fromgregorian(date=nxt)
        return jdatetime.date(j.year, j.month, 1).togregorian() - dt.timedelta(days=1)
    return dt.date(nxt.year, nxt.month, 1) - dt.timedelta(days=1)


@lru_cache(maxsize=4096)
def resolve_event_date(sentence: str, published: dt.date | None) -> EventDate:
    """The date a sentence gives its event: explicit date, else a relative phrase against the publication day,
    else the publication day itself ("reported"), else unknown (weekday-only when a weekday is named). Remembered:
    each trigger of a clause, and the sentences after it about the same speaker, ask for the same clause again."""
    text = sentence.replace(ZWNJ, " ")
    for d in find_dates(text, sentence=True):
        if d.calendar and 1950 <= d.date.year <= 2100:
            return EventDate(d.date, "explicit", text=text[d.start:d.end])
    day_month = yearless_date(text, published) if published is not None else None
    if day_month is not None:
        return EventDate(day_month, "explicit")
    period = period_date(text)
    if period is not None and not (published is not None and period[0] <= published <= period[1]):
        return EventDate(period[0], period[2], text=period[3])
    relative = relative_year_month(text, published) if published is not None else None
    if relative is not None and not relative[0] <= published <= relative[1]:
        return EventDate(relative[0], "month", text=relative[2])
    m = next((w for w in _WEEKDAY_IN_TEXT.finditer(text) if not _not_weekday(text, w)), None) \
        if _names_weekday(text) else None
    if m:
        wd = WEEKDAYS.get(m.group("wd").replace(" ", ""), WEEKDAYS.get(m.group("wd")))
        if wd is not None:
            if published is None:
                return EventDate(None, "weekday-only", wd, m.group(0))
            back = (published.weekday() - wd) % 7
            return EventDate(published - dt.timedelta(days=back), "relative", wd, m.group(0))
    if not any(word in text for word in _RELATIVE_WORDS):
        return EventDate(published, "reported") if published is not None else EventDate(None, None)
    n, phrase = _days_ago(text)
    if n and published is not None:
        return EventDate(published - dt.timedelta(days=n), "relative", text=phrase)
    for pattern, offset in _RELATIVE:
        m = pattern.search(text)
        if m:
            if published is None:
                return EventDate(None, None, None, m.group(0))
            return EventDate(published + dt.timedelta(days=offset), "relative", text=m.group(0))
    m = _WEEK_AGO.search(text)
    if m and published is not None:
        return EventDate(published - dt.timedelta(days=7), "relative", text=m.group(0))
    if published is not None:
        return EventDate(published, "reported")
    return EventDate(None, None)
