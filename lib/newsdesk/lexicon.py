"""Word lists kept as data files under ``newsdesk/data`` so users can read and extend them.

Each file holds one entry per line; ``#`` starts a comment line. Lists are loaded once and
cached; they are returned as frozensets or tuples so no caller can mutate shared state.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

DATA = resources.files("newsdesk") / "data"


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of ``data/<name>.txt``, stripped, in file order."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str, lower: bool = True) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` as a set (lower-cased unless ``lower=False``)."""
    return frozenset(w.lower() if lower else w for w in lines(name))


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """``form<TAB or ' = '>value`` lines as a dict (e.g. a speech verb form to its lemma)."""
    out: dict[str, str] = {}
    for line in lines(name):
        if "=" in line:
            key, _, value = line.partition("=")
        else:
            key, _, value = line.partition("\t")
        out[key.strip().lower()] = value.strip()
    return out
