"""Same frames from every execution path: in-process, process pool, cache (cold, warm, corrupt), Dask."""
import pandas as pd
import pytest

import newsdesk as nd
from conftest import FIXTURES, SEEDS

ARTICLES = FIXTURES / "articles"


def assert_same(a, b):
    for name in a.frame_names:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


@pytest.fixture(scope="module")
def reference():
    return nd.load_corpus(ARTICLES, cache=False)


def test_process_pool_gives_identical_frames(reference):
    assert_same(reference, nd.load_corpus(ARTICLES, workers=2, cache=False))


def test_block_wise_assembly_gives_identical_frames(reference, monkeypatch):
    import newsdesk.corpus as corpus_mod
    monkeypatch.setattr(corpus_mod, "BLOCK", 3)
    small = nd.load_corpus(ARTICLES, cache=False)
    assert_same(reference, small)
    pooled = nd.load_corpus(ARTICLES, workers=2, cache=False)
    assert_same(reference, pooled)


def test_cache_cold_warm_identical_and_corrupt_entries_rebuilt(reference, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(tmp_path / "cache"))
    cold = nd.load_corpus(ARTICLES, cache=True)
    entries = sorted(p for p in (tmp_path / "cache").rglob("*.pkl") if p.parent.name != "corpus")
    assert len(entries) == len(list(ARTICLES.glob("*.txt")))
    (whole,) = (tmp_path / "cache").rglob("corpus/*.pkl")
    warm = nd.load_corpus(ARTICLES, cache=True)
    assert_same(reference, cold)
    assert_same(reference, warm)
    whole.write_bytes(b"corrupt")  # the whole-corpus entry is rebuilt too
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:20])  # truncated
    repaired = nd.load_corpus(ARTICLES, cache=True)
    assert_same(reference, repaired)
    assert entries[0].read_bytes() != b"not a pickle"  # rebuilt in place
    assert whole.read_bytes() != b"corrupt"
    # an edited article gives another whole-corpus key, so its new text is extracted, never served stale
    edited = tmp_path / "edited"
    edited.mkdir()
    for p in ARTICLES.iterdir():
        (edited / p.name).write_bytes(p.read_bytes())
    first = sorted(edited.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "Officials said the talks would resume.\n", encoding="utf-8")
    changed = nd.load_corpus(edited, cache=True)
    assert_same(nd.load_corpus(edited, cache=False), changed)
    assert changed.quotes.text.str.contains("the talks would resume").any()


def test_cache_env_switch_turns_it_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NEWSDESK_CACHE", "0")
    nd.load_corpus(SEEDS)
    assert not (tmp_path / "cache").exists()


def test_cache_key_changes_with_content_and_catalog():
    from newsdesk.cache import key
    job = ("d", "p.txt", b"Talks resumed.", {"published": None})
    assert key(job, "1") != key(("d", "p.txt", b"Talks resumed!", {"published": None}), "1")
    assert key(job, "1") != key(("d", "p.txt", b"Talks resumed.", {"published": "2024-01-01"}), "1")
    assert key(job, "1") != key(job, "2")
    assert key(job, "1") == key(job, "1")


def test_dask_local_cluster_gives_identical_frames(reference):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = nd.load_corpus(ARTICLES, engine="dask", cache=False)
    assert_same(reference, got)


def test_dask_without_cluster_uses_local_processes(reference):
    assert_same(reference, nd.load_corpus(ARTICLES, engine="dask", workers=2, cache=False))


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        nd.load_corpus(SEEDS, engine="spark", cache=False)


def test_extraction_makes_no_reference_cycles_and_load_restores_the_collector():
    """load_corpus pauses the cyclic garbage collector, which is only safe if extraction frees all it makes
    by reference counting: every fixture article (all sets) leaves nothing for the collector to find.
    Run in a fresh interpreter, so threads left by other tests (Dask's) make no garbage meanwhile."""
    import subprocess
    import sys
    code = f"""
import gc, pathlib
import newsdesk as nd
from newsdesk.corpus import extract_article
paths = sorted(pathlib.Path({str(FIXTURES)!r}).rglob('*.txt')) + sorted(pathlib.Path({str(SEEDS)!r}).glob('*.txt'))
assert len(paths) > 60, len(paths)
extract_article('warm', str(paths[0]), paths[0].read_bytes(), None)  # compile the patterns first
gc.collect()
gc.disable()
for p in paths:
    out = extract_article(p.stem, str(p), p.read_bytes(), {{'published': None}})
    assert out['article']['doc_id'] == p.stem
print('garbage', gc.collect())
gc.enable()
nd.load_corpus({str(ARTICLES)!r}, cache=False)
print('enabled after load', gc.isenabled())
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["garbage 0", "enabled after load True"]
