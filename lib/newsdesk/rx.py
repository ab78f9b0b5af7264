"""Compiled-pattern helpers: patterns built at run time (from word lists) are compiled once.

Python's own ``re`` cache holds 512 patterns and is shared with every library in the process; the
extractors build many long patterns, so they keep their own unbounded cache instead.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def search(pattern, string, flags=0):
    return compiled(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compiled(pattern, flags).match(string)


def split(pattern, string, flags=0):
    return compiled(pattern, flags).split(string)


def fullmatch(pattern, string, flags=0):
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return compiled(pattern, flags).finditer(string)


def sub(pattern, repl, string, flags=0):
    return compiled(pattern, flags).sub(repl, string)


def trie(words, space: str | None = None) -> str:
    """A regex matching exactly the given literal words, factored by shared prefixes.

    ``mon(?:day)?`` instead of ``monday|mon``: the engine walks one branch per character instead of
    trying every word at every position, which is several times faster for long word lists.
    Longer words are still tried before their prefixes, as in a longest-first alternation.
    ``space``: the pattern written for a space inside a word (e.g. a whitespace run)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts = [(space if ch == " " and space else re.escape(ch)) + build(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body
    return build(root)


def cased_forms(words) -> set[str]:
    """Each word in lower, Capitalised and UPPER case."""
    return {f for w in words for f in (w.lower(), w[:1].upper() + w[1:].lower(), w.upper())}


def cased(words) -> str:
    """An alternation of ``words`` in lower, Capitalised and UPPER case (longest first).

    Case-insensitive matching (``re.I``) switches off the engine's literal-prefix scanning and is
    several times slower on long texts; listing the three usual casings keeps the fast path."""
    forms = {f for w in words for f in (w.lower(), w[:1].upper() + w[1:].lower(), w.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


_WORD_START = re.compile(r"\b\w")


def anchored_finditer(pattern: re.Pattern, text: str, anchors, words_back: int, starts: re.Pattern = _WORD_START):
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern.match`` only near anchors.

    ``anchors`` are the sorted offsets of words that every match contains within its first
    ``words_back`` words (so a match can only start at most ``words_back`` words before one).
    At each anchor the positions where ``starts`` matches in that window are tried left to right,
    then the anchor itself; matches do not overlap. Equivalent to the full scan under that
    condition, and far cheaper for a long alternation that only a few positions can start."""
    cursor = 0
    for astart in anchors:
        if astart < cursor:
            continue
        w0 = astart
        for _ in range(words_back):
            if w0 - 1 <= cursor:
                w0 = cursor
                break
            sp = text.rfind(" ", cursor, w0 - 1)
            if sp < 0:
                w0 = cursor
                break
            w0 = sp + 1
        m = None
        for ws in starts.finditer(text, w0, astart):
            m = pattern.match(text, ws.start())
            if m is not None:
                break
        else:
            m = pattern.match(text, astart)
            if m is None:
                continue
        cursor = m.end()
        yield m


def bucket(positions: list[int], spans) -> dict[int, list[int]]:
    """{index of span: offsets (relative to the span start) of the sorted ``positions`` inside it},
    for sorted, non-overlapping ``spans`` of (para, start, end); spans with none are left out."""
    out: dict[int, list[int]] = {}
    k, n = 0, len(positions)
    for i, (_, s, e) in enumerate(spans):
        while k < n and positions[k] < s:
            k += 1
        if k == n:
            break
        while k < n and positions[k] < e:
            out.setdefault(i, []).append(positions[k] - s)
            k += 1
    return out
