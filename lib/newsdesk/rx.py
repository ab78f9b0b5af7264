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


def finditer(pattern, string, flags=0):
    return compiled(pattern, flags).finditer(string)


def sub(pattern, repl, string, flags=0):
    return compiled(pattern, flags).sub(repl, string)


def cased(words) -> str:
    """An alternation of ``words`` in lower, Capitalised and UPPER case (longest first).

    Case-insensitive matching (``re.I``) switches off the engine's literal-prefix scanning and is
    several times slower on long texts; listing the three usual casings keeps the fast path."""
    forms = {f for w in words for f in (w.lower(), w[:1].upper() + w[1:].lower(), w.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
