"""``make bench``: speed and memory of ``load_corpus`` on a synthetic corpus.

Builds N distinct articles from the test fixture articles and the seed (paragraph order shuffled,
made-up surnames for the people in them, a unique sign-off line and date per article, so neither the
cache nor any memo or compiled-pattern cache can answer), then runs
``load_corpus`` end to end in a fresh subprocess per configuration and reports articles/s, words/s and
peak memory (max RSS of that subprocess). Usage: ``python -m newsdesk.bench [N ...]``.
"""
from __future__ import annotations

import json
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "articles"]


_SYLLABLES = ("ka", "ren", "lo", "vic", "mar", "del", "tos", "bri", "an", "sel", "dor", "vin", "ha", "ku",
              "ne", "ston", "ber", "go", "mi", "sha", "tal", "ru", "zen", "fol")


def _surnames(lines: list[str]) -> re.Pattern | None:
    """A pattern for the surnames of the people the library finds in one base article."""
    from .people import ArticlePeople
    found = ArticlePeople("\n".join(lines)).people.values()
    names = {p.tokens[-1] for p in found if len(p.tokens[-1]) > 2 and p.tokens[-1].isalpha()}
    if not names:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True)) + r")\b")


def build(n: int, folder: Path, seed: int = 0) -> Path:
    """Write n synthetic articles and a catalog into folder (recreated).

    Each article is a base article (a fixture or the seed) with its body paragraphs shuffled, its
    people's surnames replaced by made-up ones (so every article has its own set of names and no
    per-name memo or compiled-pattern cache can carry over), and a unique last line."""
    bases = [p.read_text(encoding="utf-8").splitlines() for src in SOURCES for p in sorted(src.glob("*.txt"))]
    bases = [[line for line in b if line.strip()] for b in bases]
    surnames = [_surnames(b) for b in bases]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    rows = ["file,published,source,url,title"]
    start = date(2015, 1, 1)
    for i in range(n):
        paras = list(bases[i % len(bases)])
        pattern = surnames[i % len(bases)]
        if pattern is not None:
            made: dict[str, str] = {}

            def rename(m, made=made):
                if m.group(1) not in made:
                    made[m.group(1)] = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                return made[m.group(1)]
            paras = [pattern.sub(rename, line) for line in paras]
        body = paras[1:]
        rng.shuffle(body)
        paras = [paras[0]] + body + [f"Reporting by the newsdesk bench, item {i}; editing by desk {rng.randint(1, 10**9)}."]
        name = f"a{i:06d}.txt"
        (folder / name).write_text("\n".join(paras) + "\n", encoding="utf-8")
        rows.append(f"{name},{(start + timedelta(days=i % 4000)).isoformat()},Bench,,")
    (folder / "catalog.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def run_once(folder: str, workers: int, cache: bool) -> dict:
    import newsdesk as nd
    t0 = time.perf_counter()
    corpus = nd.load_corpus(folder, workers=workers, cache=cache)
    dt = time.perf_counter() - t0
    n = len(corpus.articles)
    words = int(corpus.articles["n_words"].sum())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"articles": n, "seconds": round(dt, 3), "articles_per_s": round(n / dt, 1),
            "words_per_s": round(words / dt), "peak_mb": round(peak, 1), "peak_child_mb": round(kids, 1),
            "quotes": len(corpus.quotes), "meetings": len(corpus.meetings), "timeline": len(corpus.timeline)}


def _measure(folder, workers, cache, cache_dir):
    env = dict(__import__("os").environ, NEWSDESK_CACHE_DIR=str(cache_dir))
    out = subprocess.run([sys.executable, "-m", "newsdesk.bench", "--run", str(folder), str(workers), str(int(cache))],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--run":
        print(json.dumps(run_once(argv[1], int(argv[2]), bool(int(argv[3])))))
        return
    sizes = [int(a) for a in argv] or [1000, 10000]
    work = ROOT / ".bench"
    print(f"{'N':>6} {'workers':>7} {'cache':>6} {'seconds':>8} {'articles/s':>10} {'words/s':>9} {'peak MB':>8} {'child MB':>8}")
    for n in sizes:
        folder = build(n, work / f"corpus_{n}")
        cache_dir = work / f"cache_{n}"
        shutil.rmtree(cache_dir, ignore_errors=True)
        for workers, cache in ((1, False), (2, False), (2, True), (1, True)):
            label = "cold" if cache and not (cache_dir.exists() and any(cache_dir.iterdir())) else ("warm" if cache else "off")
            r = _measure(folder, workers, cache, cache_dir)
            print(f"{n:>6} {workers:>7} {label:>6} {r['seconds']:>8.2f} {r['articles_per_s']:>10.1f} "
                  f"{r['words_per_s']:>9} {r['peak_mb']:>8.1f} {r['peak_child_mb']:>8.1f}", flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
