"""Score extraction against hand-written expectations (tests/fixtures/*/*.json).

Each JSON file describes one article: ``people``, ``quotes``, ``meetings``, ``timeline`` as a careful
annotator would mark them. ``score(corpus, expected)`` matches predictions to expectations and returns
counts from which precision, recall and accuracies follow. Run ``python -m newsdesk.evaluate FOLDER``
to print a report for a folder of articles with a ``catalog.csv`` and their JSON files.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd

_PREFIX = re.compile(r"^(?:on|in|at|since|by|until|from|through|over|during|the)\s+", re.I)


def norm(s) -> str:
    if s is None or (isinstance(s, float) and pd.isna(s)):
        return ""
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode()
    s = s.replace("’", "'").lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def norm_speaker(s) -> str:
    return re.sub(r"^(?:an?|the)\s+", "", norm(s))


def norm_time(s) -> str:
    t = norm(s)
    prev = None
    while prev != t:
        prev = t
        t = _PREFIX.sub("", t)
    return re.sub(r"\s+s$", "", t)


def _day(v):
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    return pd.Timestamp(v).date().isoformat()


def load_expected(folder) -> dict[str, dict]:
    out = {}
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "file" in data:
            out[Path(data["file"]).stem] = data
    return out


def score(corpus, expected: dict[str, dict]) -> dict[str, Counter]:
    c = {k: Counter() for k in ("people", "quotes", "meetings", "timeline")}
    for doc_id, exp in expected.items():
        _score_people(c["people"], corpus, doc_id, exp)
        _score_quotes(c["quotes"], corpus, doc_id, exp)
        _score_meetings(c["meetings"], corpus, doc_id, exp)
        _score_timeline(c["timeline"], corpus, doc_id, exp)
    return c


def _doc_people(corpus, doc_id):
    ids = set(corpus.mentions.loc[corpus.mentions.doc_id == doc_id, "person_id"])
    return corpus.people[corpus.people.person_id.isin(ids)]


def _score_people(c, corpus, doc_id, exp):
    pred = {norm(n) for n in _doc_people(corpus, doc_id).name}
    gold = {norm(p["name"]) for p in exp.get("people", [])}
    c["tp"] += len(pred & gold)
    c["fp"] += len(pred - gold)
    c["fn"] += len(gold - pred)
    c["missed"] = c.get("missed", 0)
    for n in sorted(gold - pred):
        c[f"missed: {n}"] += 1
    for n in sorted(pred - gold):
        c[f"extra: {n}"] += 1


def _score_quotes(c, corpus, doc_id, exp):
    pred = corpus.quotes[corpus.quotes.doc_id == doc_id].to_dict("records")
    used = set()
    for q in exp.get("quotes", []):
        start = norm(q["text_start"])
        hit = None
        for i, p in enumerate(pred):
            if i in used:
                continue
            pt = norm(p["text"])
            if pt.startswith(start[:40]) or (len(start) > 12 and start[:40] in pt[:160]):
                hit = i
                break
        if hit is None:
            c["fn"] += 1
            c[f"missed {q['kind']}"] += 1
            continue
        used.add(hit)
        p = pred[hit]
        c["matched"] += 1
        c[f"gold {q['kind']}"] += 1
        kind_ok = p["kind"] == q["kind"]
        c["kind_ok"] += kind_ok
        c[f"kind_ok {q['kind']}"] += kind_ok
        sp_ok = norm_speaker(p["speaker"]) == norm_speaker(q.get("speaker")) or (
            q.get("speaker_kind") == "unknown" and not p["speaker"])
        c["speaker_ok"] += sp_ok
        c["tp"] += sp_ok
        c["fp"] += not sp_ok  # found with the wrong speaker: a wrong prediction and a miss
        c["fn"] += not sp_ok
        c[f"tp {q['kind']}"] += sp_ok
    for i, p in enumerate(pred):
        if i not in used:
            c["fp"] += 1
            c[f"extra {p['kind']}"] += 1
    c["pred"] += len(pred)
    c["gold"] += len(exp.get("quotes", []))
    for p in pred:
        c[f"pred {p['kind']}"] += 1
    for q in exp.get("quotes", []):
        c[f"all gold {q['kind']}"] += 1


def _greedy_match(c, pred, golds, same, close, judge):
    """Match each expected item to the first unused prediction that is ``same`` (else ``close``)."""
    used = set()
    for g in golds:
        hit = next((i for i, p in enumerate(pred) if i not in used and same(p, g)), None)
        if hit is None:
            hit = next((i for i, p in enumerate(pred) if i not in used and close(p, g)), None)
        if hit is None:
            c["fn"] += 1
            continue
        used.add(hit)
        c["tp"] += 1
        judge(c, pred[hit], g)
    c["fp"] += len(pred) - len(used)


def _pair(x):
    return {norm_speaker(x["subject"]), norm_speaker(x["counterpart"])}


def _score_meetings(c, corpus, doc_id, exp):
    def judge(c, p, g):
        c["status_ok"] += p["status"] == g["status"]
        c["date_ok"] += _day(p["date"]) == g.get("date")

    _greedy_match(c, corpus.meetings[corpus.meetings.doc_id == doc_id].to_dict("records"),
                  exp.get("meetings", []), lambda p, g: _pair(p) == _pair(g),
                  lambda p, g: _pair_close(p, _pair(g)), judge)


def _pair_close(p, pair):
    """Counterpart descriptors may be cut differently ("families of the hostages" vs "...taken by Hamas")."""
    got = [norm_speaker(p["subject"]), norm_speaker(p["counterpart"])]
    want = sorted(pair)
    if len(want) != 2:
        return False
    for a, b in ((want[0], want[1]), (want[1], want[0])):
        if got[0] == a and (got[1].startswith(b) or b.startswith(got[1])) and min(len(got[1]), len(b)) >= 8:
            return True
    return False


def _score_timeline(c, corpus, doc_id, exp):
    def close(p, g):
        got, want = norm_time(p["text"]), norm_time(g["text"])
        return bool(got) and (want in got or got in want)

    def judge(c, p, g):
        c["date_ok"] += _day(p["date"]) == g.get("date") and (
            g.get("date_end") is None or _day(p["date_end"]) == g.get("date_end"))

    _greedy_match(c, corpus.timeline[corpus.timeline.doc_id == doc_id].to_dict("records"),
                  exp.get("timeline", []), lambda p, g: norm_time(p["text"]) == norm_time(g["text"]), close, judge)


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(counts: dict[str, Counter]) -> str:
    lines = []
    for name, c in counts.items():
        p, r, f = prf(c)
        line = f"{name:9s} P={p:.2f} R={r:.2f} F1={f:.2f} (tp={c['tp']} fp={c['fp']} fn={c['fn']})"
        if name == "quotes" and c["matched"]:
            line += f" found={c['matched']}/{c['gold']} kind_ok={c['kind_ok'] / c['matched']:.2f}" \
                    f" speaker_ok={c['speaker_ok'] / c['matched']:.2f}"
            for kind in ("direct", "partial", "indirect"):
                g, n, tp = c[f"all gold {kind}"], c[f"pred {kind}"], c[f"tp {kind}"]
                line += (f"\n          {kind:8s} gold={g} predicted={n} right(kind+speaker)={tp}"
                         f" P={tp / n if n else 0:.2f} R={tp / g if g else 0:.2f}")
        if name == "meetings" and c["tp"]:
            line += f" status_ok={c['status_ok'] / c['tp']:.2f} date_ok={c['date_ok'] / c['tp']:.2f}"
        if name == "timeline" and c["tp"]:
            line += f" date_ok={c['date_ok'] / c['tp']:.2f}"
        lines.append(line)
    return "\n".join(lines)


def main(argv=None):
    import newsdesk as nd
    argv = argv if argv is not None else sys.argv[1:]
    folder = Path(argv[0])
    corpus = nd.load_corpus(folder)
    counts = score(corpus, load_expected(folder if len(argv) < 2 else argv[1]))
    print(report(counts))
    if "-v" in argv:
        for name, c in counts.items():
            for k, v in sorted(c.items()):
                if k.startswith(("missed:", "extra:")):
                    print(name, k, v)


if __name__ == "__main__":
    main()
