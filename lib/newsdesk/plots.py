"""Charts shared by the notebooks. Each function draws on a new (or given) Axes, sets a title and
axis labels, and returns the Axes so a notebook can adjust it."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd


def _axes(ax, size=(8, 4)):
    if ax is None:
        _, ax = plt.subplots(figsize=size)
    return ax


def article_sizes(articles: pd.DataFrame, ax=None, top: int = 30):
    """Words (bars) and sentences (dots, right axis) per article, largest first."""
    ax = _axes(ax)
    data = articles.sort_values("n_words", ascending=False).head(top)
    labels = data["doc_id"].str.slice(0, 24)
    ax.bar(labels, data["n_words"], color="#4c72b0", label="words")
    ax.set_ylabel("words")
    ax.set_xlabel("article (doc_id)")
    ax.tick_params(axis="x", rotation=45)
    right = ax.twinx()
    right.plot(labels, data["n_sentences"], "o", color="#dd8452", label="sentences")
    right.set_ylabel("sentences")
    right.set_ylim(0, max(1, int(data["n_sentences"].max())) * 1.2)
    ax.set_title(f"Words and sentences per article ({len(data)} of {len(articles)})")
    return ax
