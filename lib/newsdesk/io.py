"""Reading articles: find files, decode bytes, normalise text, drop boilerplate, read the catalog.

Nothing here raises for one bad article; each function returns what it could read plus
``problems`` records (dicts with ``severity``, ``stage`` and ``message``).
Raw files are only ever read, never rewritten.
"""
from __future__ import annotations

import csv
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

from . import lexicon

TEXT_SUFFIXES = (".txt",)

# Bytes that cp1252 leaves undefined: text holding them is not cp1252 either.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass
class Decoded:
    text: str | None
    problems: list[dict] = field(default_factory=list)


def problem(severity: str, stage: str, message: str) -> dict:
    return {"severity": severity, "stage": stage, "message": message}


def list_sources(source) -> list[Path]:
    """Article files named by ``source``: a folder (its ``*.txt``, sorted), one file, or a list of paths.

    Raises FileNotFoundError naming the path when a named source does not exist.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"newsdesk: no such file or folder: {path}")
        if path.is_dir():
            with os.scandir(path) as entries:  # no stat per file, unlike Path.iterdir + is_file
                names = sorted(e.name for e in entries
                               if os.path.splitext(e.name)[1].lower() in TEXT_SUFFIXES and e.is_file())
            return [path / name for name in names]
        return [path]
    paths = [Path(p) for p in source]
    missing = [str(p) for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):
        raise FileNotFoundError(f"newsdesk: no such file: {', '.join(missing)}")
    return paths


def decode(raw: bytes) -> Decoded:
    """Bytes to str: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252 with a warning.

    Binary content (NUL bytes without a UTF-16 BOM, many control characters) is an error.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(raw.decode("utf-16"), [problem("warning", "decode", "decoded as UTF-16 (BOM found)")])
        except UnicodeDecodeError as exc:
            return Decoded(None, [problem("error", "decode", f"UTF-16 BOM but undecodable: {exc.reason}")])
    if b"\x00" in raw:
        return Decoded(None, [problem("error", "decode", "binary file (NUL bytes): skipped")])
    try:
        text = raw.decode("utf-8-sig")
        probs: list[dict] = []
    except UnicodeDecodeError as exc:
        if any(b in _CP1252_UNDEFINED for b in raw):
            return Decoded(None, [problem("error", "decode", f"neither UTF-8 nor cp1252 (byte at {exc.start}): skipped")])
        text = raw.decode("cp1252")
        probs = [problem("warning", "decode",
                         f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at {exc.start}); decoded as cp1252")]
    controls = len(_BINARY_CONTROL.findall(text)) if _BINARY_CONTROL.search(text) else 0
    if controls > max(2, len(text) // 100):
        return Decoded(None, [problem("error", "decode", f"binary file ({controls} control characters): skipped")])
    return Decoded(text, probs)


_TRAILING_CHARS = " \t\f\v\u00a0" + "".join(map(chr, range(0x2000, 0x200c))) + "\u3000"
_TRAILING_SPACE = re.compile(f"[{_TRAILING_CHARS}]+$", re.M)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise(text: str, trailing: bool = True) -> str:
    """CRLF/CR to LF, Unicode NFC, no trailing spaces, no stray control characters.

    Typographic quotes and apostrophes are kept as they are. ``trailing=False`` leaves trailing
    spaces for the caller (``split_paragraphs`` strips every line anyway: one pass less).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    return _TRAILING_SPACE.sub("", text) if trailing else text


class Boilerplate:
    """Matches whole paragraphs that are web furniture ("Leave a comment", "Read more")."""

    _STRIP = " \t.:!…|>»›-–—•*·"

    def __init__(self, entries=None):
        entries = lexicon.lines("boilerplate") if entries is None else entries
        self.exact = frozenset(e.lower() for e in entries if not e.startswith("re:"))
        self.patterns = [re.compile(e[3:], re.I) for e in entries if e.startswith("re:")]
        # one alternation: a single match call per paragraph instead of one per pattern
        self._any = re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns), re.I) if self.patterns else None

    def __call__(self, paragraph: str) -> bool:
        key = paragraph.strip(self._STRIP).lower()
        if len(key) > 120:
            return False
        return key in self.exact or (self._any is not None and self._any.match(key) is not None)


@lru_cache(maxsize=1)
def default_boilerplate() -> Boilerplate:
    """The boilerplate matcher of ``data/boilerplate.txt``, built once per process."""
    return Boilerplate()


def split_paragraphs(text: str, boilerplate: Boilerplate) -> tuple[list[str], list[str]]:
    """Paragraphs are non-blank lines (stripped); boilerplate lines are returned apart."""
    kept, dropped = [], []
    for line in text.split("\n"):
        line = line.rstrip(_TRAILING_CHARS).strip()  # the same as normalise's trailing-space removal, then strip
        if not line:
            continue
        (dropped if boilerplate(line) else kept).append(line)
    return kept, dropped


def content_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


# ---------------------------------------------------------------- catalog and datelines

CATALOG_COLUMNS = ("file", "published", "source", "url", "title")


def read_catalog(path: Path) -> tuple[dict[str, dict], list[dict]]:
    """Rows of ``catalog.csv`` keyed by file name, and problems for rows that cannot be used."""
    rows: dict[str, dict] = {}
    probs: list[dict] = []
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return rows, [problem("error", "catalog", f"cannot read catalog {path}: {exc.strerror}")]
    decoded = decode(raw)
    if decoded.text is None:
        return rows, [dict(p, message=f"catalog {path}: {p['message']}") for p in decoded.problems]
    reader = csv.DictReader(normalise(decoded.text).splitlines())
    if not reader.fieldnames or "file" not in reader.fieldnames:
        return rows, [problem("error", "catalog", f"catalog {path} has no 'file' column; ignored")]
    for n, row in enumerate(reader, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            probs.append(problem("warning", "catalog", f"catalog line {n}: no file name; row ignored"))
            continue
        entry = {k: (row.get(k) or "").strip() or None for k in CATALOG_COLUMNS[1:]}
        if entry["published"]:
            try:
                entry["published"] = date.fromisoformat(entry["published"])
            except ValueError:
                probs.append(problem("warning", "catalog",
                                     f"catalog line {n}: published {entry['published']!r} is not YYYY-MM-DD; ignored"))
                entry["published"] = None
        if name in rows:
            probs.append(problem("warning", "catalog", f"catalog line {n}: second row for {name}; first kept"))
            continue
        rows[name] = entry
    return rows, probs


_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'\- ]{1,40})(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}){0,2},?\s+"
    r"(?:(?P<m1>" + _MONTH_RE + r")\s+(?P<d1>\d{1,2}),?(?:\s+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH_RE + r")(?:\s+(?P<y2>\d{4}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]"
)


def dateline_date(first_paragraph: str) -> tuple[date | None, str | None]:
    """The date of a wire dateline opening the article ("NAIROBI, June 4, 2021 (AP) —").

    Returns (date, None) or (None, reason) where reason says why a found dateline gave no date.
    A dateline without a year gives no date: the year is not guessed.
    """
    m = _DATELINE.match(first_paragraph)
    if not m:
        return None, None
    if m["iso"]:
        try:
            return date.fromisoformat(m["iso"]), None
        except ValueError:
            return None, f"dateline date {m['iso']!r} is not a valid date"
    month = m["m1"] or m["m2"]
    day = int(m["d1"] or m["d2"])
    year = m["y1"] or m["y2"]
    if not year:
        return None, f"dateline {m.group(0).strip()!r} has no year; publication date left unknown"
    try:
        return date(int(year), _MONTHS[month.rstrip(".").lower()], day), None
    except ValueError:
        return None, f"dateline {m.group(0).strip()!r} is not a valid date"
