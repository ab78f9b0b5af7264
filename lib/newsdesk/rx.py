"""Compiled-pattern helpers: patterns built at run time (from word lists) are compiled once.

Python's own ``re`` cache holds 512 patterns and is shared with every library in the process; the
extractors build many long patterns, so they keep their own unbounded cache instead.
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _sre  # the parser's op codes (CPython 3.11+)
from re import _parser


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


_ANY = None  # first_chars: "any character may come first"


def first_chars(pattern: str, flags: int = 0):
    """The characters a match of ``pattern`` can start with, as a set, or None when that is not known
    (a negated class, "." or a category such as \\w first). Zero-width items (\\b, lookarounds) are
    skipped, so the set may be larger than needed but never too small. Matches of the empty string
    are not considered (callers use it for patterns that always consume)."""
    def seq(items):
        out = set()
        for item in items:
            got, nullable = one(item)
            if got is _ANY:
                return _ANY, False
            out |= got
            if not nullable:
                return out, False
        return out, True

    def one(item):
        op, av = item
        if op is _sre.LITERAL:
            return {chr(av)}, False
        if op is _sre.IN:
            chars = set()
            for iop, iav in av:
                if iop is _sre.LITERAL:
                    chars.add(chr(iav))
                elif iop is _sre.RANGE and iav[1] - iav[0] < 5000:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                else:
                    return _ANY, False
            return chars, False
        if op is _sre.BRANCH:
            out, nullable = set(), False
            for alt in av[1]:
                got, n = seq(alt.data)
                if got is _ANY:
                    return _ANY, False
                out |= got
                nullable = nullable or n
            return out, nullable
        if op is _sre.SUBPATTERN:
            return seq(av[3].data)
        if op is _sre.ATOMIC_GROUP:
            return seq(av.data)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            got, nullable = seq(av[2].data)
            return got, nullable or av[0] == 0
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            return set(), True
        return _ANY, False

    got, _ = seq(_parser.parse(pattern, flags).data)
    return got


class FirstCharDispatch:
    """``pattern.match(text, pos)`` for an alternation of named alternatives, trying at each position only
    the alternatives that can start with the character there.

    ``alternatives``: the alternatives' regex sources, in order (the first that matches wins, as in
    the full alternation). ``prefix`` is put before the alternation, ``name(i)`` names alternative i's
    group. Each character gets its own compiled alternation: the alternatives that can start with it,
    in their order, then the others behind a ``(?!)`` that never lets them match (so every group name
    of the full pattern exists in each, and ``lastgroup`` reads the same). Whether a character can start
    an alternative is asked of the regex engine itself (with the same flags), so case-insensitive
    equivalents count. A character no alternative starts with, or an alternative whose first
    characters are unknown, falls back to the full pattern."""

    def __init__(self, alternatives, prefix: str = "", flags: int = 0, name=lambda i: f"k{i}"):
        groups = [f"(?P<{name(i)}>{a})" for i, a in enumerate(alternatives)]
        self.full = re.compile(prefix + "(?:" + "|".join(groups) + ")", flags)
        firsts = [first_chars(a, flags) for a in alternatives]
        self.by_char: dict[str, re.Pattern] = {}
        if any(f is _ANY for f in firsts):
            return
        candidates = set()
        for f in firsts:
            candidates |= {v for c in f for v in (c, c.lower(), c.upper()) if len(v) == 1}
        tests = [re.compile("[" + "".join(re.escape(c) for c in sorted(f)) + "]", flags) for f in firsts]
        by_subset: dict[tuple, re.Pattern] = {}
        for ch in sorted(candidates):
            subset = tuple(i for i, t in enumerate(tests) if t.fullmatch(ch))
            if subset not in by_subset:
                rest = [groups[i] for i in range(len(groups)) if i not in subset]
                # the others behind (?!): never tried, but their group names exist
                never = ["(?!)(?:" + "|".join(rest) + ")"] if rest else []
                body = "|".join([groups[i] for i in subset] + never)
                by_subset[subset] = re.compile(prefix + "(?:" + body + ")", flags)
            self.by_char[ch] = by_subset[subset]

    def match(self, text: str, pos: int = 0):
        if pos >= len(text):
            return self.full.match(text, pos)
        return self.by_char.get(text[pos], self.full).match(text, pos)
