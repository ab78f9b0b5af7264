"""Sentences with exact offsets.

A rule-based splitter for news English. A full stop, question or exclamation mark or an
ellipsis (with any closing quotes or brackets after it) ends a sentence when whitespace and
an upper-case letter, digit or opening quote follow, unless:

* the word before the stop is a title-like abbreviation ("Mr.", "Gen.", "Sept.", "No. 5"),
  or a single capital initial ("George W. Bush");
* the word is an abbreviation that may also end a sentence ("U.S.", "a.m.", "Inc.") and the
  next word is not a usual sentence opener ("The", "He", ...);
* a quote closes on "?" or "!" and an attribution follows ("“Why now?” Smith asked.").

Decimals ("3.5") never match because no whitespace follows the stop.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

# A run of stops, or one ellipsis character (not followed by a stop), then closing quotes or brackets.
# Written to open with one character class, so the engine skips ahead to the next stop instead of
# trying the pattern at every position (three times faster than "(?:\.{3}|…|[.!?]+)", same matches).
_CANDIDATE = re.compile(r"[.!?…](?:(?<=…)|(?<!…)[.!?]*)[”\"’')\]»]*(?=\s+(\S+))")
_ATTRIBUTION = re.compile(
    r"\s+(?:[A-Z][\w’'.\-]*\s+){0,4}(?:said|says|asked|asks|added|replied|wrote|told|shouted|exclaimed|"
    r"wondered|continued|responded|recalled|insisted|cried)\b")
_OPENING = "“\"‘'([«"
_NUMBERED = frozenset({"no", "nos", "art", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul",
                       "aug", "sep", "sept", "oct", "nov", "dec"})
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


@lru_cache(maxsize=None)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    title, other, current = set(), set(), None
    for line in lexicon.lines("abbreviations"):
        if line == "[title]":
            current = title
        elif line == "[other]":
            current = other
        elif current is not None:
            current.add(line.lower())
    return frozenset(title), frozenset(other)


def _is_boundary(text: str, m: re.Match) -> bool:
    nxt = m.group(1)
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or first in _OPENING):
        return False
    punct = m.group(0)
    if punct[0] in "?!" and punct[-1] in "”\"’'" and _ATTRIBUTION.match(text, m.end()):
        return False
    if punct[0] != "." or punct.startswith("..."):
        return True
    # A single full stop: look at the word in front of it.
    start = m.start()
    w0 = start
    while w0 > 0 and not text[w0 - 1].isspace():
        w0 -= 1
    word = text[w0:start].lstrip("“\"‘'([«").lower()
    if not word:
        return True
    title, other = _abbreviations()
    if word in title:
        if word in _NUMBERED:
            return not nxt[0].isdigit() and nxt.strip("“\"‘'(").lower() in _openers()
        return False
    if len(word) == 1 and word.isalpha() and text[start - 1].isupper():
        return False  # an initial
    if word in other or _DOTTED_ACRONYM.match(word):
        return nxt.strip("“\"‘'(").lower() in _openers()
    return True


@lru_cache(maxsize=None)
def _openers() -> frozenset[str]:
    return lexicon.words("sentence_openers")


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph, shifted by ``offset``.

    Spans are trimmed of surrounding whitespace and cover every non-space character.
    """
    spans = []
    begin = 0
    for m in _CANDIDATE.finditer(text):
        if _is_boundary(text, m):
            spans.append((begin, m.end()))
            begin = m.end()
    spans.append((begin, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s + offset, e + offset))
    return out


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph as strings (convenience for exploring)."""
    return [text[s:e] for s, e in sentence_spans(text)]


_WORD = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*")


_EDGE_PUNCT = ".,;:!?\"“”‘’'()[]«»—–-…/*"


def count_words(text: str) -> int:
    """Words as ``_WORD`` finds them ("U.S.", "well-known" and "Biden’s" are one word each).

    Counted per whitespace-separated token: a token that is all letters and digits, once its edge
    punctuation is stripped, is one word; only the others are run through the pattern. A word never
    spans whitespace nor starts or ends with punctuation, so the total is exactly the pattern's, at
    less than half the cost of ``findall`` over the whole text."""
    n = 0
    for tok in text.split():
        if tok.isalnum():
            n += 1
            continue
        tok = tok.strip(_EDGE_PUNCT)
        if tok.isalnum():
            n += 1
        elif tok:
            n += len(_WORD.findall(tok))
    return n
