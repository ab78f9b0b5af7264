"""Caches: per-article extracted records, and the assembled frames of a whole load.

Each article's records are stored as one pickle file named by a hash of the library version, the
article's bytes, its path, doc_id and catalog row, under ``.newsdesk-cache/`` (git-ignored) or
``$NEWSDESK_CACHE_DIR``. ``NEWSDESK_CACHE=0`` turns the cache off. A corrupt or unreadable entry is
ignored and rebuilt; the cache never changes what the frames contain. The cache folder is written by
this library only: do not point it at files from elsewhere (pickle runs code on load).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path


CACHE_ENV = "NEWSDESK_CACHE"
DIR_ENV = "NEWSDESK_CACHE_DIR"


def enabled(flag=None) -> bool:
    if flag is not None:
        return bool(flag)
    return os.environ.get(CACHE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def folder(root=None) -> Path:
    return Path(root or os.environ.get(DIR_ENV) or ".newsdesk-cache")


_CODE_HASH = None


def code_version(version: str) -> str:
    """The library version plus a hash of its code and word lists, so any edit invalidates the cache."""
    global _CODE_HASH
    if _CODE_HASH is None:
        here = Path(__file__).resolve().parent
        h = hashlib.blake2b(digest_size=8)
        for f in sorted(list(here.glob("*.py")) + list((here / "data").glob("*.txt"))):
            h.update(f.name.encode())
            h.update(f.read_bytes())
        _CODE_HASH = h.hexdigest()
    return f"{version}-{_CODE_HASH}"


def key(job, version: str) -> str:
    doc_id, path, raw, meta = job
    h = hashlib.blake2b(digest_size=16)
    for part in (version, doc_id, path, repr(sorted((meta or {}).items()))):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    h.update(raw)
    return h.hexdigest()


class CorpusCache:
    """The assembled frames of a whole load, keyed by every article's key and the load's own problems.

    Re-running a notebook over an unchanged corpus then reads one file instead of re-assembling
    frames from per-article rows. Any changed, added or removed article gives another key.
    """

    def __init__(self, version: str, jobs, problems, root=None):
        h = hashlib.blake2b(digest_size=16)
        h.update(code_version(version).encode())
        h.update(repr(problems).encode("utf-8", "surrogatepass"))
        for job in jobs:
            h.update(key(job, version).encode())
        self.key = h.hexdigest()
        self.path = folder(root) / code_version(version) / "corpus" / f"{self.key}.pkl"

    def get(self):
        from .corpus import Corpus
        try:
            with open(self.path, "rb") as f:
                value = pickle.load(f)
            if not isinstance(value, dict) or value.get("_key") != self.key:
                raise ValueError("stale entry")
            frames = value["frames"]
            return Corpus(**frames)
        except FileNotFoundError:
            return None
        except Exception:  # corrupt or stale: rebuilt by the caller
            return None

    def put(self, corpus) -> None:
        frames = {name: getattr(corpus, name) for name in corpus.frame_names}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump({"_key": self.key, "frames": frames}, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except OSError:
            pass


class ArticleCache:
    def __init__(self, root=None, version: str = ""):
        self.root = folder(root) / code_version(version)
        self.version = version
        self.hits = self.misses = self.errors = 0

    def _path(self, k: str) -> Path:
        return self.root / k[:2] / f"{k}.pkl"

    def get(self, k: str):
        path = self._path(k)
        try:
            with open(path, "rb") as f:
                value = pickle.load(f)
            if not isinstance(value, dict) or value.get("_key") != k:
                raise ValueError("stale entry")
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # corrupt, truncated, stale: rebuild it
            self.errors += 1
            return None
        self.hits += 1
        value = dict(value)
        value.pop("_key", None)
        return value

    def put(self, k: str, value: dict) -> None:
        path = self._path(k)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump({**value, "_key": k}, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a reader never sees half a file
        except OSError:
            self.errors += 1
