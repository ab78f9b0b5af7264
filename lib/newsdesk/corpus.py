"""Assemble the public frames (see DESIGN.md) from a folder, a file or a list of paths.

The unit of work is one article: ``extract_article`` turns a file's bytes and its catalog row
into plain records for every frame. That function is pure and picklable, so the same code runs
in-process, in a process pool (``workers=N``), from the cache, or on a Dask cluster
(``engine="dask"``), and the frames are assembled the same way afterwards.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from . import io as nio
from .text import count_words, sentence_spans

FRAME_COLUMNS: dict[str, list[str]] = {
    "articles": ["doc_id", "path", "source", "url", "title", "published", "text",
                 "n_paragraphs", "n_sentences", "n_words"],
    "paragraphs": ["doc_id", "para", "start", "end", "text"],
    "sentences": ["doc_id", "para", "sent", "start", "end", "text"],
    "people": ["person_id", "name", "role", "aliases", "n_docs", "n_mentions"],
    "mentions": ["doc_id", "person_id", "sent", "start", "end", "text"],
    "quotes": ["doc_id", "quote_id", "kind", "text", "speaker", "person_id", "speaker_kind", "cue",
               "sent", "start", "end", "n_words"],
    "meetings": ["doc_id", "meeting_id", "subject", "subject_id", "counterpart", "counterpart_id",
                 "status", "date", "when", "place", "sent", "evidence"],
    "timeline": ["doc_id", "sent", "text", "start", "end", "date", "date_end", "granularity", "event"],
    "problems": ["path", "doc_id", "severity", "stage", "message"],
}
DATE_COLUMNS = {"articles": ["published"], "meetings": ["date"], "timeline": ["date", "date_end"]}
LIST_COLUMNS = frozenset({"aliases"})
RECORD_FRAMES = ("paragraphs", "sentences", "mentions", "quotes", "meetings", "timeline")


@dataclass
class ArticleText:
    """One decoded, cleaned article: what every extraction stage reads."""

    doc_id: str
    text: str
    published: date | None
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int, int]]  # (para, start, end)


def _doc_id(path: Path) -> str:
    return path.stem


def prepare(doc_id: str, path: str, raw: bytes, meta: dict | None) -> tuple[ArticleText | None, dict, list[dict]]:
    """Decode, normalise, split; join catalog metadata or a dateline. Returns (article, record, problems)."""
    probs: list[dict] = []

    def add(severity, stage, message):
        probs.append({"path": path, "doc_id": doc_id, "severity": severity, "stage": stage, "message": message})

    decoded = nio.decode(raw)
    for p in decoded.problems:
        add(p["severity"], p["stage"], p["message"])
    if decoded.text is None:
        return None, {}, probs
    cleaned = nio.normalise(decoded.text, trailing=False)
    paras, dropped = nio.split_paragraphs(cleaned, nio.default_boilerplate())
    for line in dropped:
        add("info", "clean", f"dropped boilerplate line {line!r}")
    if not paras:
        add("warning", "read", "empty article (no text after cleaning): skipped")
        return None, {}, probs
    text = "\n".join(paras)
    para_spans, pos = [], 0
    for p in paras:
        para_spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    sentences = [(i, s, e) for i, (ps, pe) in enumerate(para_spans) for s, e in sentence_spans(text[ps:pe], ps)]

    meta = dict(meta or {})
    published = meta.get("published")
    if published is None:
        published, reason = nio.dateline_date(paras[0])
        if published is not None:
            add("info", "catalog", f"no catalog date; published {published.isoformat()} taken from the dateline")
        elif reason:
            add("info", "catalog", reason)
        else:
            add("info", "catalog", "no catalog row or dateline: published unknown (NaT); relative dates stay unresolved")
    record = {
        "doc_id": doc_id, "path": path, "source": meta.get("source"), "url": meta.get("url"),
        "title": meta.get("title"), "published": published, "text": text,
        "n_paragraphs": len(paras), "n_sentences": len(sentences), "n_words": count_words(text),
        "hash": nio.content_hash(text),
    }
    return ArticleText(doc_id, text, published, para_spans, sentences), record, probs


def extract_article(doc_id: str, path: str, raw: bytes, meta: dict | None) -> dict:
    """Every frame's records for one article (plain dicts and lists, picklable)."""
    art, record, probs = prepare(doc_id, path, raw, meta)
    out: dict = {name: [] for name in RECORD_FRAMES}
    out["article"] = record or None
    out["problems"] = probs
    out["people"] = []
    if art is None:
        return out
    text = art.text
    out["paragraphs"] = [{"doc_id": doc_id, "para": i, "start": s, "end": e, "text": text[s:e]}
                         for i, (s, e) in enumerate(art.paragraphs)]
    out["sentences"] = [{"doc_id": doc_id, "para": p, "sent": i, "start": s, "end": e, "text": text[s:e]}
                        for i, (p, s, e) in enumerate(art.sentences)]
    for name, stage in _stages():
        try:
            stage(art, out)
        except Exception as exc:  # a rule's bug must not stop a corpus of thousands: report it, go on
            out["problems"].append({"path": path, "doc_id": doc_id, "severity": "error",
                                    "stage": name,
                                    "message": f"extraction failed ({type(exc).__name__}: {exc}); this stage's "
                                               f"rows for the article may be missing or partial"})
    # The stages hang their working objects on ``art``, and the quote stage's speaker finder points
    # back at it: break that cycle so the article is freed at once, not by a garbage-collector pass.
    art.__dict__.pop("speakers", None)
    return out


@lru_cache(maxsize=1)
def _stage_modules():
    """The extractor modules, imported on first use and then kept: an import statement run per
    article costs 1% of a load. Stages are looked up on the modules at each call (tests patch them)."""
    from . import meetings, people, quotes, timex
    return people, quotes, timex, meetings


def _stages():
    """Extraction stages run in order on each article; each adds records to ``out``."""
    people, quotes, timex, meetings = _stage_modules()
    return (("people", people.extract_people), ("quotes", quotes.extract_quotes),
            ("timeline", timex.extract_timeline), ("meetings", meetings.extract_meetings))


# ---------------------------------------------------------------- assembly

@dataclass
class Corpus:
    """The frames of a corpus. See DESIGN.md for every column."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    people: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    meetings: pd.DataFrame
    timeline: pd.DataFrame
    problems: pd.DataFrame
    frame_names: tuple = field(default=tuple(FRAME_COLUMNS), repr=False)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in self.frame_names)
        return f"<Corpus {sizes}>"

    def save(self, folder) -> list[Path]:
        """Write every frame as ``<folder>/<frame>.csv`` (UTF-8); returns the paths written."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name in self.frame_names:
            frame = getattr(self, name).copy()
            for col in frame.columns:
                if frame[col].dtype == object and frame[col].map(lambda v: isinstance(v, (list, tuple))).any():
                    frame[col] = frame[col].map(lambda v: "; ".join(v) if isinstance(v, (list, tuple)) else v)
            path = folder / f"{name}.csv"
            frame.to_csv(path, index=False, encoding="utf-8")
            written.append(path)
        return written


def frame(name: str, records: list[dict]) -> pd.DataFrame:
    """A frame with the contract's columns first (in order), extra columns after."""
    cols = FRAME_COLUMNS[name]
    if not records:
        return columns_frame(name, {})
    # column lists built directly: cheaper than DataFrame.from_records on a list of dicts
    first = records[0].keys()
    if all(r.keys() == first for r in records):
        present = [c for c in cols if c in first] + [c for c in first if c not in cols]
        # in C: each record to the tuple of its values, transposed into columns
        columns = zip(*map(itemgetter(*present), records)) if len(present) > 1 else \
            ([r[present[0]] for r in records],)
        return columns_frame(name, dict(zip(present, map(list, columns))))
    keys = dict.fromkeys(records[0])
    for r in records:
        if r.keys() != first:
            keys.update(dict.fromkeys(r))
    return columns_frame(name, {c: [r.get(c) for r in records] for c in cols + [c for c in keys if c not in cols]})


_STR_TYPES = frozenset({str, type(None)})


def _typed(values: list):
    """A column list as an array of its type when that is plain (all str/None, or all int), so
    pandas need not infer it value by value; anything else is left to pandas."""
    types = set(map(type, values))
    if str in types and types <= _STR_TYPES:
        return pd.array(values, dtype="str")
    if types == {int}:
        try:
            return np.array(values, dtype=np.int64)
        except OverflowError:
            return values
    return values


def columns_frame(name: str, data: dict[str, list]) -> pd.DataFrame:
    """A frame from equal-length column lists (the contract's columns first; missing ones are None)."""
    cols = FRAME_COLUMNS[name]
    n = len(next(iter(data.values()))) if data else 0
    order = cols + [c for c in data if c not in cols]
    df = pd.DataFrame({c: _typed(data[c]) if c in data else [None] * n for c in order}) if n else pd.DataFrame(columns=order)
    for col in DATE_COLUMNS.get(name, []):
        df[col] = pd.to_datetime(df[col], errors="coerce").astype("datetime64[ns]")
    # Text columns are always the string dtype, even when a block of articles has only missing
    # values there, so frames built block by block concatenate to exactly the one-block result.
    for col in df.columns:
        if df[col].dtype == object and col not in LIST_COLUMNS:
            df[col] = df[col].astype("str")
    return df


def _read(path: Path) -> tuple[bytes | None, str | None]:
    try:
        return path.read_bytes(), None
    except OSError as exc:
        return None, exc.strerror or str(exc)


def load_corpus(source, catalog=None, workers: int = 1, engine: str = "local", cache=None) -> Corpus:
    """Load articles into frames.

    ``source`` is a folder (its ``*.txt``), one file, or a list of paths. ``catalog`` is a CSV
    with ``file,published[,source,url,title]``; by default ``<folder>/catalog.csv`` when present.
    Bad articles never raise: they are skipped or repaired and reported in ``corpus.problems``.
    Raises FileNotFoundError if ``source`` does not exist, ValueError if it holds no readable article.
    """
    paths = nio.list_sources(source)
    problems: list[dict] = []
    folder = Path(source) if isinstance(source, (str, Path)) and Path(source).is_dir() else None
    if catalog is None and folder is not None and (folder / "catalog.csv").exists():
        catalog = folder / "catalog.csv"
    rows: dict[str, dict] = {}
    if catalog is not None:
        rows, cat_probs = nio.read_catalog(Path(catalog))
        problems += [{"path": str(catalog), "doc_id": None, **p} for p in cat_probs]
    if catalog is not None:  # the catalog is not an article (resolved only when the names agree)
        cat = Path(catalog).resolve()
        paths = [p for p in paths if p.name != cat.name or p.resolve() != cat]

    jobs, seen_ids = [], {}
    for path in paths:
        doc_id = _doc_id(path)
        if doc_id in seen_ids:
            seen_ids[doc_id] += 1
            doc_id = f"{doc_id}~{seen_ids[doc_id]}"
        else:
            seen_ids[doc_id] = 1
        raw, err = _read(path)
        if raw is None:
            problems.append({"path": str(path), "doc_id": doc_id, "severity": "error", "stage": "read",
                             "message": f"cannot read file: {err}"})
            continue
        jobs.append((doc_id, str(path), raw, rows.get(path.name)))
    if catalog is not None:
        names = {p.name for p in paths}
        for name in rows:
            if name not in names:
                problems.append({"path": str(catalog), "doc_id": None, "severity": "info", "stage": "catalog",
                                 "message": f"catalog row for {name} has no article file"})

    from . import __version__
    from .cache import CorpusCache, enabled

    whole = CorpusCache(__version__, jobs, problems) if enabled(cache) else None
    corpus = whole.get() if whole is not None else None
    if corpus is None:
        with gc_paused():
            corpus = assemble(_run(jobs, workers=workers, engine=engine, cache=cache), problems)
        if whole is not None and not corpus.articles.empty:
            whole.put(corpus)
    if corpus.articles.empty:
        raise ValueError(f"newsdesk: no readable article in {source}: "
                         + "; ".join(f"{p['path']}: {p['message']}" for p in problems[-5:]))
    return corpus


BLOCK = 200  # articles extracted, cached and turned into frames together (bounds peak memory)


def _make_part(results: list[dict]) -> dict:
    """One block of per-article results (in job order) as a part: its frames (articles included),
    plus per article its identity and text hash (for de-duplication), problems and people records."""
    records: dict[str, list] = {name: [] for name in ("articles",) + RECORD_FRAMES}
    items = []
    for res in results:
        art = res["article"]
        if not art:
            items.append((None, res["problems"], ()))
            continue
        records["articles"].append(art)
        for name in RECORD_FRAMES:
            records[name] += res[name]
        items.append(({"doc_id": art["doc_id"], "path": art["path"], "hash": art["hash"]},
                      res["problems"], res["people"]))
    return {"items": items, "frames": {name: frame(name, recs) for name, recs in records.items() if recs}}


def _extract_part(block, use_cache: bool) -> dict:
    """Extract (or read from the cache) one block of jobs and turn it into a part. Runs in-process
    or in a pool worker, so frame building is spread over the workers too."""
    from . import __version__
    from .cache import ArticleCache, key

    store = ArticleCache(version=__version__) if use_cache else None
    results = []
    with gc_paused():
        for job in block:
            k = key(job, __version__) if store is not None else None
            hit = store.get(k) if store is not None else None
            if hit is None:
                hit = extract_article(*job)
                if store is not None:
                    store.put(k, hit)
            results.append(hit)
        return _make_part(results)


@contextmanager
def gc_paused():
    """The cyclic garbage collector off for a bulk load, back on afterwards (if it was on).

    Extraction makes millions of small objects and no reference cycles (``extract_article`` breaks the
    one its stages build), so plain reference counting frees everything and the collector's passes over
    the growing heap are pure cost: 6% of a 10,000-article load (24.3 s against 25.9 s), with the same
    peak memory (``make bench`` measures both)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _run(jobs, workers=1, engine="local", cache=None):
    """Parts (see ``_make_part``) in job order: extracted in-process, in a process pool, or on Dask,
    each article read from the cache when it is there. A generator, so finished parts stream in."""
    from .cache import enabled

    use_cache = enabled(cache)
    workers = max(1, int(workers or 1))
    if engine == "dask":
        yield from _run_dask(jobs, workers, use_cache)
        return
    if engine != "local":
        raise ValueError(f"newsdesk: unknown engine {engine!r} (use 'local' or 'dask')")
    if workers == 1 or len(jobs) < 2 * workers:
        for b0 in range(0, len(jobs), BLOCK):
            yield _extract_part(jobs[b0:b0 + BLOCK], use_cache)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    # blocks small enough that every worker gets several, so none idles at the end
    size = max(1, min(BLOCK, -(-len(jobs) // (workers * 4))))
    blocks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(partial(_extract_part, use_cache=use_cache), blocks)


def _run_dask(jobs, workers, use_cache):
    """The Dask path: cache lookups here, fresh articles on the cluster (or local processes)."""
    from . import __version__
    from .cache import ArticleCache, key
    from .parallel import extract_with_dask

    store = ArticleCache(version=__version__) if use_cache else None
    for b0 in range(0, len(jobs), BLOCK * 10):
        block = jobs[b0:b0 + BLOCK * 10]
        keys = [key(job, __version__) for job in block] if store is not None else [None] * len(block)
        results = [store.get(k) if store is not None else None for k in keys]
        todo = [i for i, r in enumerate(results) if r is None]
        for i, res in zip(todo, extract_with_dask([block[i] for i in todo], workers=workers) if todo else []):
            results[i] = res
            if store is not None:
                store.put(keys[i], res)
        for p0 in range(0, len(results), BLOCK):
            yield _make_part(results[p0:p0 + BLOCK])


def assemble(parts, problems: list[dict] | None = None) -> Corpus:
    """Frames from parts (an iterable, in job order); later duplicates of a text are dropped.

    Parts are merged as they arrive, so with a process pool this overlaps the workers' extraction."""
    problems = list(problems or [])
    people, seen = _People(), {}
    frames: dict[str, list] = {name: [] for name in ("articles",) + RECORD_FRAMES}
    for part in parts:
        dropped = set()
        for art, probs, local_people in part["items"]:
            problems += probs
            if art is None:
                continue
            if art["hash"] in seen:
                problems.append({"path": art["path"], "doc_id": art["doc_id"], "severity": "warning",
                                 "stage": "dedupe",
                                 "message": f"same text as {seen[art['hash']]}: duplicate skipped"})
                dropped.add(art["doc_id"])
                continue
            seen[art["hash"]] = art["doc_id"]
            people.add(local_people)
        for name, df in part["frames"].items():
            if dropped:
                df = df[~df["doc_id"].isin(dropped)]
            if len(df):
                frames[name].append(df)
    out = {name: (pd.concat(parts_, ignore_index=True) if len(parts_) > 1
                  else parts_[0].reset_index(drop=True) if parts_ else frame(name, []))
           for name, parts_ in frames.items()}
    if "hash" in out["articles"].columns:
        out["articles"] = out["articles"].drop(columns="hash")
    return Corpus(people=people.frame(), problems=frame("problems", problems), **out)


class _People:
    """One row per person across the corpus, merged from per-article person records."""

    def __init__(self):
        self.merged: dict[str, dict] = {}

    def add(self, local_people) -> None:
        merged = self.merged
        for p in local_people:
            row = merged.get(p["person_id"])
            if row is None:
                row = merged[p["person_id"]] = {"person_id": p["person_id"], "name": p["name"], "role": p["role"],
                                                "aliases": set(), "n_docs": 0, "n_mentions": 0}
            if row["role"] is None and p["role"]:
                row["role"] = p["role"]
            row["aliases"].update(p["aliases"])
            row["n_docs"] += 1
            row["n_mentions"] += p["n_mentions"]

    def frame(self) -> pd.DataFrame:
        rows = sorted(self.merged.values(), key=lambda r: (-r["n_mentions"], r["person_id"]))
        return columns_frame("people", {
            "person_id": [r["person_id"] for r in rows], "name": [r["name"] for r in rows],
            "role": [r["role"] for r in rows],
            "aliases": [sorted(a) if len(a) > 1 else list(a) for a in (r["aliases"] for r in rows)],
            "n_docs": [r["n_docs"] for r in rows], "n_mentions": [r["n_mentions"] for r in rows]})
