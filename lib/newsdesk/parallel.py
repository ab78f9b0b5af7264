"""Running the per-article extraction on Dask, for corpora past one machine.

``load_corpus(source, engine="dask")`` maps ``extract_article`` over a Dask bag and assembles the same
frames as the in-process path. It uses the active ``dask.distributed`` client if there is one (so code
run against a cluster needs no change), else Dask's local multiprocessing scheduler with ``workers``
processes. Install the optional dependencies with ``pip install newsdesk[dask]``.
"""
from __future__ import annotations


def extract_with_dask(jobs, workers: int = 1) -> list[dict]:
    import dask.bag as db

    from .corpus import extract_article

    def run_partition(part):
        return [extract_article(*job) for job in part]

    nparts = max(1, min(len(jobs), max(1, workers) * 4))
    bag = db.from_sequence(jobs, npartitions=nparts).map_partitions(run_partition)
    try:
        from distributed import get_client
        get_client()
        return bag.compute()
    except (ImportError, ValueError):
        return bag.compute(scheduler="processes", num_workers=max(1, workers))
