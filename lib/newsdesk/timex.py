"""Time expressions and their dates.

Found: weekdays with parts of day and modifiers ("on Wednesday morning", "late Tuesday", "last Friday"),
today / tonight / yesterday / tomorrow / this morning (also possessive: "tomorrow’s"), this / next / last
week, weekend, month and year ("later this month"), calendar dates in both orders with or without a year
("October 7", "7 October", "Oct. 7", "December 9, 2019"), months ("in March", "March 2019"), years
("1967", "in 2024"), months of a year told relatively ("in November last year", "by June next year"),
ranges ("from October 27 to November 8", "from October 6 to 8", "November 6–14", "through Thursday",
"since Saturday", "between May 1 and May 3"; "postponed until June 28" is that day) and vague spans ("in
recent days", "over many years").

Resolution is against the article's ``published`` date and the clause's tense (the tense marker nearest
the expression, ``data/tense_markers.txt``): past → the most recent such day on or before publication;
future → the next one on or after it; a weekday equal to the publication weekday is the publication day.
A plan told after the fact ("had been due to …", "was due to … but called off") is read as past for a
weekday and as the nearest such day for a month and day. No published date → relative expressions stay NaT.
Date arithmetic uses python-dateutil.

Not found: clock times, durations ("a full day", "18 years"), ages, counts, "May" as a verb.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from . import lexicon, rx

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
          "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
          "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12}
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
       r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
POSS = r"(?:[’']s)?"
PART = r"(?:\s+(?:morning|afternoon|evening|night))"
DASH = r"\s*[–—-]\s*"
MD = rf"(?:{MON}\s+{DAY}(?:,?\s+{YEAR})?|{DAY}\s+(?:of\s+)?{MON}(?:,?\s+{YEAR})?)"
WDX = rf"(?:(?:last|next|this|earlier|late|early|later|on)\s+)?{WD}{PART}?"

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60,
            "ninety": 90}
_NUMBER_WORDS = "(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"


def _count(word: str) -> int:
    """"3" → 3, "three" → 3, "a" → 1 (a word of ``_NUMBER_WORDS``)."""
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]

# Order matters: the first alternative that matches at a position wins.
_PATTERNS = [
    ("range", rf"\b(?:from|between)\s+(?P<r1>{MD}|{WD})\s+(?:to|until|through|and|till)\s+(?P<r2>{MD}|{WD})"),
    ("range", rf"\b(?:on\s+)?(?P<rm>{MON})\s+(?P<rd1>{DAY}){DASH}(?P<rd2>{DAY})(?:,?\s+(?P<ry>{YEAR}))?\b"),
    ("range", rf"\b(?:from|between)\s+(?P<rmc>{MON})\s+(?P<rd1c>{DAY})\s+(?:to|and|until|through)\s+(?P<rd2c>{DAY})(?!\s*(?:{MON}|[:.]\d|\s*(?:am|pm|a\.m|p\.m|per|%)))(?:,?\s+(?P<ryc>{YEAR}))?\b"),
    ("range", rf"\b(?:on\s+)?(?P<rd1b>{DAY}){DASH}(?P<rd2b>{DAY})\s+(?P<rmb>{MON})(?:,?\s+(?P<ryb>{YEAR}))?\b"),
    ("range", rf"\b(?:from|between)\s+(?P<rd1d>{DAY})\s+(?:to|and|until|through)\s+(?P<rd2d>{DAY})\s+(?P<rmd>{MON})(?:,?\s+(?P<ryd>{YEAR}))?\b"),
    ("range", rf"\b(?P<ryr1>{YEAR}){DASH}(?P<ryr2>{YEAR}|\d\d)\b"),
    ("range", rf"\b(?:from|between)\s+(?P<ryr1b>{YEAR})\s+(?:to|and|until|through|till)\s+(?P<ryr2b>{YEAR})\b"),
    # "between July and September", "from March to May 2021", "July–September": month to month
    ("mrange", rf"\b(?:(?:from|between)\s+(?P<mg1>{MON_FULL})(?:\s+(?P<mgy1>{YEAR}))?\s+(?:to|and|until|through|till)\s+"
               rf"|(?P<mh1>{MON_FULL}){DASH})(?P<mg2>{MON_FULL})(?:,?\s+(?P<mgy2>{YEAR}))?\b(?![\s–-]*\d)"),
    ("until", rf"\b(?:through|until|till)\s+(?P<u>{MD}|{WD}){POSS}"),
    ("since", rf"\bsince\s+(?P<s>{MD}|{WD}|{YEAR})\b"),
    # a deadline counted from publication: "within two weeks", "within 48 hours", "within 90 days"
    ("within", rf"\bwithin\s+(?:the\s+next\s+)?(?P<wn>\d{{1,3}}|{_NUMBER_WORDS})\s+(?P<wu>hours|days|weeks|months|years)\b"),
    ("date", rf"(?:\bon\s+)?(?:{WD},?\s+)?(?P<md>{MD}){POSS}(?![\d,]\d)"),
    ("vague", r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:recent|coming|past|last|next|many|several|few)\s+"
              r"(?:few\s+)?(?:days|weeks|months|years|decades)\b|\brecently\b|\bin\s+recent\s+times\b"
              r"|\bfor\s+(?:years|decades|months|weeks)\b|\bin\s+the\s+(?:near|distant)\s+future\b"),
    ("rel", rf"\b(?:(?:later|earlier)\s+)?(?:this|next|last|the\s+coming|the\s+past)\s+(?P<unit>week|weekend|month|year){POSS}"),
    ("monthrel", rf"\b(?:(?:in|since|by|until|from|during|early|late|mid-?)\s+)?(?P<mr_m>{MON_FULL})\s+(?P<mr_rel>last|next|this)\s+year\b"),
    ("monthyear", rf"\b(?:(?:in|since|by|until|from|during|early|late|mid-?|last|next|this)\s+)?(?P<my_m>{MON_FULL})\s+(?P<my_y>{YEAR})\b"),
    ("month", rf"\b(?:in|into|since|by|until|from|during|early|late|mid-?|last|next|this)\s+(?:early\s+|late\s+|mid-?)?(?P<mo>{MON_FULL})\b(?!\s+\d)"),
    ("day", rf"\b(?P<wd>{WDX}){POSS}"),
    ("deictic", rf"\b(?P<dx>yesterday\s+(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|night|evening)|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night){POSS}"),
    ("year", rf"(?:\b(?:in|since|by|until|from|before|after|during|of|early|late|mid-?)\s+|\bthe\s+|(?<=[(]))(?P<y>{YEAR})\b(?![,.]?\d)(?!\s*(?:%|percent|people|troops|soldiers|residents|dollars|euros|km|miles|tons))"),
]
# Decades and seasons are rare: a second, small pattern read only in sentences that hold one (see
# ``find_expressions``); its matches replace the main pattern's that they overlap ("in the summer of 2021"
# over "of 2021").
_RARE = re.compile(
    r"\b(?:(?:in|during|since|by|from|through|until|of)\s+)?(?:the\s+)?(?:(?P<dec_part>early|late|mid)-?\s*)?"
    r"(?P<dec>1[89]\d0|20\d0)s\b"
    # "last fall", "this summer", "in the spring", "the summer of 2021" (never a bare "fall" or "summer")
    rf"|\b(?:(?:in|during|since|by|until|over|through)\s+(?:the\s+)?(?:(?:early|late)\s+)?|(?P<se_rel>last|next|this)\s+"
    rf"|the\s+(?=\w+\s+of\s+{YEAR}))(?P<se>spring|summer|autumn|fall|winter)(?:\s+of\s+(?P<se_y>{YEAR}))?\b", re.I)
# Rarer expressions, each its own pattern tried only in sentences holding a word of it (like _AGO below),
# so the main pattern stays as cheap as it was: "in the first quarter of 2023", "Q3 2024" ...
_QUARTER = re.compile(rf"\b(?:(?:in|during|for)\s+)?(?:the\s+)?(?:(?P<qn>first|second|third|fourth)\s+quarter\s+of\s+"
                      rf"|Q(?P<qd>[1-4])\s+)(?P<qy>{YEAR})\b", re.I)
# ... and "over the past three months" (a range up to publication)
_PASTN = re.compile(rf"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<pn>\d{{1,3}}|{_NUMBER_WORDS})\s+"
                    rf"(?P<pu>days|weeks|months|years)\b", re.I)
# "two weeks ago", "a year ago", "10 days ago": counted back from publication. Read like the rare
# pattern, only in sentences holding "ago" (its number words would make costly starters for _RX).
_AGO = re.compile(rf"\b(?P<an>\d{{1,3}}|{_NUMBER_WORDS})\s+(?P<au>day|week|month|year)s?\s+ago\b", re.I)
_RARE_HINT = re.compile(r"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b|\d0s\b")
_RARE_BITS = ("all", "0s", "mmer", "inter", "pring", "utumn")  # substring tests before _RARE_HINT

# Every expression starts at a word boundary with one of these letters: a cheap test that lets the
# engine skip most positions before trying the alternatives.
_FIRST = r"\b(?=[oifbtslnemdyruwcaOIFBTSLNEMDYRUWCJA0-9])"
_RX = re.compile(_FIRST + "(?:" + "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(_PATTERNS)) + ")", re.I)
_KINDS = [k for k, _ in _PATTERNS]
_CASED = re.compile(rf"{WD}|{MON}|{MON_FULL}")  # weekday and month names must be capitalised


@lru_cache(maxsize=None)
def _markers():
    out, cur = {"future": [], "past": []}, None
    for line in lexicon.lines("tense_markers"):
        if line.startswith("["):
            cur = out[line[1:-1]]
        else:
            cur.append(line)
    fut = re.compile(r"(?<![\w’'])(?:" + rx.cased(out["future"]) + r")\b")
    past = re.compile(r"\b(?:" + rx.cased(out["past"]) + r")\b|[A-Za-z]{3}(?:ed|ED)\b")
    return fut, past


# the verbs of a postponement (shared with ``meetings``); "postponed … to January 18" names the new date
MOVED_VERBS = (r"(?:[Pp]ostponed|[Mm]oved|[Dd]elayed|[Pp]ut\s+off|[Pp]ut\s+back|[Pp]ushed\s+back|[Rr]escheduled|[Aa]djourned|[Dd]eferred|"
               r"[Bb]rought\s+forward)")
_MOVED_TO = re.compile(rf"\b{MOVED_VERBS}(?:\s+[^\s.;,]+){{0,6}}?\s+(?:to|until|till|for)\s+$")
_MOVED_WORD = re.compile(rf"\b{MOVED_VERBS}\b")  # the cheap test before _MOVED_TO
# "was due to meet him on Monday but called off the trip": a plan told after the fact, like "had been due to"
# (also "the minister had planned for Sunday")
_WAS_DUE_CALLED_OFF = re.compile(r"\b(?:(?:was|were)\s+(?:due|scheduled|set|supposed|slated|planned)\s+(?:to|for)"
                                 r"|had\s+(?:planned|scheduled|arranged)(?:\s+\w+)?\s+for)\b")
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called\s+off|scrapped|put\s+off|postponed|pulled\s+out)\b")
_MOVED_BEFORE = re.compile(rf"\b{MOVED_VERBS}\s+$")
_WAS_DUE = re.compile(r"\bhad\s+been\s+(?:due|scheduled|set|expected|supposed|slated|planned)\s+(?:to|for)\b")
_ORIGINALLY = re.compile(r"\b(?:originally|initially)\s+(?:due|scheduled|set|expected|supposed|slated|planned)\s+(?:to|for)\b")
_ATTRIBUTIVE = re.compile(r"(?:\b[Tt][Hh][Ee]|[’']s)\s*$")  # "the October 7 attacks", "Tuesday’s vote"
# Clause boundaries: a comma, semicolon, colon, dash or bracket, or the word "that", "who", "which", "when",
# "while" or "but" (``_PLAIN_BOUNDARY``). Written to open with one character class (the punctuation and
# the words' first letters), so the engine skips ahead to those characters instead of trying the
# alternation at every position: half the cost, the same matches (tests/test_fast_paths.py).
_PLAIN_BOUNDARY = r"[,;:—–(]|\b(?:that|who|which|when|while|but)\b"
_BOUNDARY = re.compile(r"[,;:—–(twb](?:(?<=[,;:—–(])|(?<!\w.)(?:(?<=t)hat|(?<=w)(?:ho|hich|hen|hile)|(?<=b)ut)\b)")


def clause_bounds(sentence: str) -> list[tuple[int, int]]:
    """Spans of the clause boundaries of one sentence (commas, "that", "who" ...), shared by its expressions."""
    return [m.span() for m in _BOUNDARY.finditer(sentence)]


def tense(sentence: str, at: int, length: int = 0, marks=None) -> str:
    """'future' or 'past' for the clause of the expression at ``sentence[at:at+length]`` ('nearest' after
    "had been due to").

    The clause before the expression (back to a comma, "that", "who" ...) decides: a future marker
    there ("will", "is to", "slated", "plans") makes it future ("will be held on Oct. 27"), else a past
    marker makes it past. With neither, the rest of the clause after it, then the whole sentence, decide
    the same way; with no marker at all the clause is read as past. ``marks``: ``clause_bounds(sentence)``
    when already computed.
    """
    return _tense(sentence, at, length, marks)[0]


def _tense(sentence: str, at: int, length: int = 0, marks=None) -> tuple[str, bool]:
    """``tense``, and whether something decided it (False for the "past" read when no marker is found)."""
    text = sentence[at:at + length].lower()
    if text.startswith("next ") or " next " in text:
        return "future", True
    if text.startswith(("last ", "since ")):
        return "past", True
    if _MOVED_WORD.search(sentence, max(0, at - 80), at) and _MOVED_TO.search(sentence, max(0, at - 80), at):
        return "future", True  # "postponed to January 18": the new date lies ahead
    fut, past = _markers()
    bounds = marks if marks is not None else clause_bounds(sentence)
    end = at + length
    clause_start = 0
    clause_end = len(sentence)
    for bs, be in bounds:
        if be <= at:
            clause_start = be
        elif bs >= end:
            clause_end = bs
            break
    originally = "ally " in sentence and _ORIGINALLY.search(sentence, clause_start, at)  # "originally/initially"
    if _WAS_DUE.search(sentence, clause_start, at) or originally or (
            _WAS_DUE_CALLED_OFF.search(sentence, clause_start, at) and _CALLED_OFF.search(sentence, at)):
        # "had been due to meet on February 22, but …": a plan told after the fact. A weekday is then the
        # most recent one (a past-tense sentence, DESIGN.md); a month and day the nearest such date, on
        # either side of publication (days ago if called off, days ahead if put off)
        return "nearest", True
    # (the sentence-wide windows skip the clause already searched: same answer, half the scanning)
    for ws, we in ((clause_start, at), (end, clause_end), (0, clause_start), (clause_end, len(sentence))):
        f = fut.search(sentence, ws, we)
        if ws >= end and f:
            # after the expression the nearest marker is its verb: "On Thursday, X cancelled the talks,
            # saying she would …" is past
            p = past.search(sentence, ws, f.start())
            return ("past" if p else "future"), True
        if f:
            return "future", True
        if past.search(sentence, ws, we):
            return "past", True
    return "past", False


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(s: str) -> int:
    return int(rx.match(r"\d+", s).group(0))


def resolve_weekday(name: str, published: date, direction: str) -> date:
    """The weekday ``name`` nearest ``published`` in ``direction`` ('future', else the past: DESIGN.md's rule
    for a past-tense sentence, "had been due to meet on Friday" included), publication day included."""
    target = WEEKDAYS.index(name.lower())
    delta = (target - published.weekday()) % 7
    if direction == "future":
        return published + timedelta(days=delta)
    return published - timedelta(days=(7 - delta) % 7)


def resolve_month_day(month: int, day: int, published: date, direction: str) -> date | None:
    """A month-day without year: the nearest occurrence on the ``direction`` side of ``published``."""
    try:
        this_year = date(published.year, month, day)
    except ValueError:
        return None
    if direction == "nearest":
        options = [d for d in (_safe(published.year - 1, month, day), this_year, _safe(published.year + 1, month, day)) if d]
        return min(options, key=lambda d: abs((d - published).days))
    if direction == "future":
        got = this_year if this_year >= published else _safe(published.year + 1, month, day)
    else:
        got = this_year if this_year <= published else _safe(published.year - 1, month, day)
    return _near_side(got, published, direction, lambda y: _safe(y, month, day)) if got else got


# A day without its year in a past-tense clause is not put more than half a year back when the same
# day this year is within three months ahead: "wanted it settled by March 1" in February, "which had been
# pencilled in for February 12" on February 10 (news gives the year of a day that far back). A month
# likewise, but only when no tense marker decided ("opens in December" in September). Never the other
# way: "will run November 6–14" in January is next November.
_FAR_DAYS, _NEAR_DAYS = 183, 92


def _near_side(got: date, published: date, direction: str, on_year) -> date:
    """``got`` (the occurrence on the past side), or this year's when ``got`` is far back and that one
    near ahead (see _FAR_DAYS)."""
    if direction != "past" or (published - got).days <= _FAR_DAYS:
        return got
    other = on_year(got.year + 1)
    if other is not None and abs((other - published).days) <= _NEAR_DAYS:
        return other
    return got


def _safe(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _md(expr: str, published, direction):
    """Resolve a month-day (maybe with year) or a weekday expression to a date."""
    expr = expr.strip()
    wd = rx.search(WD, expr, re.I)
    if wd and not rx.search(MON, expr):
        if published is None:
            return None
        low = expr.lower()
        if "next" in low.split():
            return resolve_weekday(wd.group(0), published + timedelta(days=1), "future") if resolve_weekday(wd.group(0), published, "future") == published else resolve_weekday(wd.group(0), published, "future")
        if "last" in low.split():
            return resolve_weekday(wd.group(0), published - timedelta(days=1), "past")
        return resolve_weekday(wd.group(0), published, direction)
    # (the day never takes the first digits of a year: "3 March 2019" is not "March 20")
    m = rx.search(rf"(?P<m>{MON})\s+(?P<d>{DAY})(?!\d)(?:,?\s+(?P<y>{YEAR}))?", expr, re.I) or \
        rx.search(rf"(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?", expr, re.I)
    if not m:
        y = re.fullmatch(YEAR, expr)
        return date(int(expr), 1, 1) if y else None
    if m["y"]:
        return _safe(int(m["y"]), _month(m["m"]), _day(m["d"]))
    if published is None:
        return None
    return resolve_month_day(_month(m["m"]), _day(m["d"]), published, direction)


def _month_start(year: int, month: int) -> date:
    """The first day of ``month`` of ``year``; months past 12 or below 1 roll into the next or last year."""
    year, month0 = divmod(year * 12 + month - 1, 12)
    return date(year, month0 + 1, 1)


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(name: str, rel: str, year: str | None, published, direction):
    """A season as three calendar months (meteorological, northern hemisphere: spring is March to May;
    winter runs December to February): "last fall", "this summer", "the summer of 2021"."""
    first = _SEASON_START[name]
    if year:
        y = int(year)
    elif published is None:
        return None, None, "range"
    else:
        # the season of this year that contains or follows publication, then step by "last"/"next"/tense
        y = published.year
        start = date(y, first, 1)
        if rel == "last" or (rel not in ("this", "next") and direction == "past" and start > published):
            y -= 1
        elif rel == "next" or (rel != "this" and direction == "future" and _month_end(_month_start(y, first + 2)) < published):
            y += 1
    start = date(y, first, 1)
    return start, _month_end(_month_start(y, first + 2)), "range"


def _month_end(start: date) -> date:
    """The last day of ``start``'s month."""
    return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])


def _month_start_near(mo: int, published: date, direction: str, unmarked: bool) -> date:
    """The first day of month ``mo`` on the ``direction`` side of ``published``; when no tense marker decided
    (``unmarked``), the near side ("opens in December" in September; but "The law passed in March" in
    January is last March)."""
    year = published.year
    if direction == "past" and mo > published.month:
        year -= 1
    if direction == "future" and mo < published.month:
        year += 1
    start = date(year, mo, 1)
    return _near_side(start, published, direction, lambda y: date(y, mo, 1)) if unmarked else start


def _span(n: int, unit: str):
    """``n`` hours (rounded up to days), days, weeks, months or years, to add to or take from a date."""
    return (timedelta(days=-(-n // 24)) if unit == "hours" else timedelta(days=n) if unit == "days"
            else timedelta(weeks=n) if unit == "weeks" else relativedelta(months=n) if unit == "months"
            else relativedelta(years=n))


def _resolve(kind, m, published, direction, unmarked=False):
    """(date, date_end, granularity) for one match; ``unmarked``: the tense was read by default."""
    g = m  # m["name"] is the group or None (cheaper than groupdict() on a pattern with many groups)
    if kind == "vague":
        return None, None, "vague"
    if kind == "ago":
        if published is None:
            return None, None, "vague"
        n = _count(g["an"])
        unit = g["au"].lower()
        if unit == "day":
            d = published - timedelta(days=n)
            return d, d, "day"
        if unit == "week":
            start = published - timedelta(days=published.weekday(), weeks=n)
            return start, start + timedelta(days=6), "week"
        if unit == "month":
            start = _month_start(published.year, published.month - n)
            return start, _month_end(start), "month"
        return date(published.year - n, 1, 1), date(published.year - n, 12, 31), "year"
    if kind == "within":
        # from publication to the deadline; opening a sentence ("Within two weeks, the town had emptied") it
        # counts from an event of the story, not from publication
        if published is None or m.start() == 0:
            return None, None, "vague"
        return published, published + _span(_count(g["wn"]), g["wu"].lower()), "range"
    if kind == "date":
        d = _md(g["md"], published, direction)
        return d, d, "day"
    if kind == "day":
        d = _md(g["wd"], published, direction)
        return d, d, "day"
    if kind == "deictic":
        if published is None:
            return None, None, "day"
        dx = g["dx"].lower()
        shift = -1 if dx.startswith("yesterday") else 1 if dx.startswith("tomorrow") else -1 if dx == "last night" else 0
        d = published + timedelta(days=shift)
        return d, d, "day"
    if kind == "rel":
        unit = g["unit"].lower()
        low = m.group(0).lower()
        step = 1 if ("next" in low or "coming" in low) else -1 if ("last" in low or "past" in low) else 0
        if published is None:
            return None, None, "week" if unit == "weekend" else unit
        if unit == "week":
            start = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            return start, start + timedelta(days=6), "week"
        if unit == "weekend":
            sat = published - timedelta(days=published.weekday()) + timedelta(days=5, weeks=step)
            return sat, sat + timedelta(days=1), "range"
        if unit == "month":
            start = _month_start(published.year, published.month + step)
            return start, _month_end(start), "month"
        start = date(published.year + step, 1, 1)
        return start, date(start.year, 12, 31), "year"
    if kind == "monthrel":  # "in November last year", "by June next year"
        if published is None:
            return None, None, "month"
        step = {"last": -1, "next": 1}.get(g["mr_rel"].lower(), 0)
        start = date(published.year + step, _month(g["mr_m"]), 1)
        return start, _month_end(start), "month"
    if kind == "monthyear":
        start = date(int(g["my_y"]), _month(g["my_m"]), 1)
        if m.group(0).lower().startswith("since") and published is not None:
            return start, published, "range"
        return start, _month_end(start), "month"
    if kind == "month":
        if published is None:
            return None, None, "month"
        start = _month_start_near(_month(g["mo"]), published, direction, unmarked)
        return start, _month_end(start), "month"
    if kind == "year":
        y = int(g["y"])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "decade":  # "the 1950s", "the early 2000s"
        y = int(g["dec"])
        part = (g["dec_part"] or "").lower()
        a, b = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part, (0, 9))
        return date(y + a, 1, 1), date(y + b, 12, 31), "range"
    if kind == "season":
        return _season(g["se"].lower(), (g["se_rel"] or "").lower(), g["se_y"], published, direction)
    if kind == "range":
        if g["r1"]:
            a = _md(g["r1"], published, direction)
            b = _md(g["r2"], published, direction)
            if a and b and b < a and not rx.search(YEAR, g["r2"]):
                b = b + relativedelta(years=1) if rx.search(MON, g["r2"]) else b + timedelta(days=7)
            return a, b, "range"
        if g["ryr1b"]:
            y1, y2 = int(g["ryr1b"]), int(g["ryr2b"])
            return (date(y1, 1, 1), date(y2, 12, 31), "range") if y2 >= y1 else (None, None, "vague")
        if g["ryr1"]:
            y1 = int(g["ryr1"])
            y2s = g["ryr2"]
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if y2 < y1:
                return None, None, "vague"
            return date(y1, 1, 1), date(y2, 12, 31), "range"
        mon = g["rm"] or g["rmb"] or g["rmc"] or g["rmd"]
        d1, d2 = g["rd1"] or g["rd1b"] or g["rd1c"] or g["rd1d"], g["rd2"] or g["rd2b"] or g["rd2c"] or g["rd2d"]
        yr = g["ry"] or g["ryb"] or g["ryc"] or g["ryd"]
        if yr:
            return _safe(int(yr), _month(mon), _day(d1)), _safe(int(yr), _month(mon), _day(d2)), "range"
        if published is None:
            return None, None, "range"
        a = resolve_month_day(_month(mon), _day(d1), published, direction)
        b = _safe(a.year, _month(mon), _day(d2)) if a else None
        return a, b, "range"
    if kind == "quarter":
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}[g["qn"].lower()] if g["qn"] else int(g["qd"])
        start = date(int(g["qy"]), 3 * q - 2, 1)
        return start, _month_end(date(start.year, 3 * q, 1)), "range"
    if kind == "pastn":
        if published is None:
            return None, None, "vague"
        return published - _span(_count(g["pn"]), g["pu"].lower()), published, "range"
    if kind == "mrange":
        m1, m2 = _month(g["mg1"] or g["mh1"]), _month(g["mg2"])
        y1, y2 = g["mgy1"] and int(g["mgy1"]), g["mgy2"] and int(g["mgy2"])
        if not y1 and y2:
            y1 = y2 if m1 <= m2 else y2 - 1
        if not y1:
            if published is None:
                return None, None, "range"
            y1 = _month_start_near(m1, published, direction, unmarked).year  # as for a month alone
        if not y2:
            y2 = y1 if m2 >= m1 else y1 + 1
        if (y2, m2) < (y1, m1):
            return None, None, "vague"
        return date(y1, m1, 1), _month_end(date(y2, m2, 1)), "range"
    if kind == "until":
        if published is None:
            return None, None, "range"
        b = _md(g["u"], published, "future")
        return published, b, "range"
    if kind == "since":
        if published is None and not re.fullmatch(YEAR, g["s"]):
            return None, None, "range"
        a = _md(g["s"], published, "past")
        return a, published, "range"
    return None, None, "vague"


def _case_forms(words):
    return [f for w in words for f in (w, w.capitalize(), w.upper())]


# Every alternative of _RX contains one of these words (or a year) within its first five words, so
# _RX only has to be tried at the word starts just before each anchor instead of at every position.
# Month and weekday names count only when capitalised (lower-case "may" and "march" are verbs).
_ANCHOR_WORDS = (
    [w.capitalize() for w in WEEKDAYS] + [m.capitalize() for m in MONTHS] + ["Sept"]
    + _case_forms(["today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night",
                   "week", "weekend", "weeks", "month", "months", "year", "years", "days", "hours", "decades",
                   "recent", "recently", "future", "spring", "summer", "autumn", "fall", "winter"]))
_ANCHOR = re.compile(r"\b(?:" + rx.trie(set(_ANCHOR_WORDS)) + r"|1[89]\d\d|20\d\d|1[89]\d0s|20\d0s)\b")
# Words an expression can start with, other than the anchor itself (see _PATTERNS).
_STARTERS = ("from", "between", "through", "until", "till", "since", "within", "on", "in", "over", "during", "for",
             "later", "earlier", "this", "next", "last", "the", "early", "late", "mid", "by", "before",
             "after", "of", "into")
_WORD_START = re.compile(r"(?i:\b(?:" + "|".join(_STARTERS) + r")\b)|\b\d")
_LOOKBACK_WORDS = 5


def find_expressions(sentence: str, anchors=None):
    """(kind, match) for each time expression in one sentence, left to right, no overlaps.

    The same matches as ``_RX.finditer(sentence)`` (leftmost first, no overlaps), but _RX is only
    tried at each anchor word and at the starter words and numbers up to five words before it.
    ``anchors``: the anchor offsets in ``sentence`` when already known (see ``extract_timeline``)."""
    out = []
    if anchors is None:
        anchors = [a.start() for a in _ANCHOR.finditer(sentence)]
    for m in rx.anchored_finditer(_RX, sentence, anchors, _LOOKBACK_WORDS, _WORD_START):
        i = int(m.lastgroup[1:]) if m.lastgroup.startswith("k") else None
        if i is None:
            i = next(j for j in range(len(_PATTERNS)) if m.group(f"k{j}") is not None)
        kind = _KINDS[i]
        # month and weekday names must be written with a capital ("a protest march", "may meet")
        if kind in ("month", "monthyear", "date", "day") and not _CASED.search(m.group(0)):
            continue
        out.append((kind, m))
    hints = _RARE_HINT.finditer(sentence) if any(bit in sentence for bit in _RARE_BITS) else ()
    done = 0
    for h in hints:
        if h.start() < done:
            continue
        m = _RARE.search(sentence, max(done, h.start() - 24), h.end() + 12)  # up to "in the early " before
        if m is None or m.end() < h.end():
            continue
        done = m.end()
        out = [(k, o) for k, o in out if o.end() <= m.start() or o.start() >= m.end()]
        out.append(("decade" if m["dec"] else "season", m))
    overlaid = done > 0
    for kind, pat, here in (("ago", _AGO, " ago" in sentence),
                            ("quarter", _QUARTER, "quarter" in sentence or "Q" in sentence),
                            ("pastn", _PASTN, "he past " in sentence or "he last " in sentence
                             or "he previous " in sentence)):
        for m in pat.finditer(sentence) if here else ():
            out = [(k, o) for k, o in out if o.end() <= m.start() or o.start() >= m.end()]
            out.append((kind, m))
            overlaid = True
    if overlaid:
        out.sort(key=lambda km: km[1].start())
    return out


def extract_timeline(art, out: dict) -> None:
    """Stage: one ``timeline`` record per time expression, resolved against ``art.published``."""
    text = art.text
    published = art.published
    people = getattr(art, "people", None)
    unresolved = 0
    records = []
    # One anchor scan over the whole text; sentences without an anchor hold no expression.
    anchors = rx.bucket([a.start() for a in _ANCHOR.finditer(text)], art.sentences)
    for si, mine in anchors.items():
        pi, s, e = art.sentences[si]
        sentence = text[s:e]
        found = find_expressions(sentence, mine)
        if not found:
            continue
        who = []
        if people is not None:
            for mm in people.at(s, e):
                name = people.people[mm.key].name
                if name not in who:
                    who.append(name)
        marks = clause_bounds(sentence)
        for kind, m in found:
            direction, marked = _tense(sentence, m.start(), len(m.group(0)), marks)
            try:
                d, d_end, gran = _resolve(kind, m, published, direction, not marked)
            except (ValueError, OverflowError):
                d, d_end, gran = None, None, "vague"
            if d is None and gran != "vague":
                unresolved += 1
            if kind == "until" and d_end is not None and _MOVED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                d, gran = d_end, "day"  # "postponed until June 28": the new date, not a span up to it
            attributive = kind in ("date", "day", "year") and _ATTRIBUTIVE.search(sentence, max(0, m.start() - 8), m.start()) is not None
            records.append({"doc_id": art.doc_id, "sent": si, "text": m.group(0).strip(),
                            "start": s + m.start(), "end": s + m.end(), "date": d, "date_end": d_end,
                            "granularity": gran, "event": sentence, "para": pi, "tense": direction,
                            "kind": kind, "attributive": attributive, "who": "; ".join(who)})
    if published is None and unresolved:
        out["problems"].append({"path": None, "doc_id": art.doc_id, "severity": "info", "stage": "timeline",
                                "message": f"{unresolved} time expressions left unresolved: published date unknown"})
    art.timeline = records
    out["timeline"] += records
