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
