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


STATUS_COLORS = {"held": "#4c72b0", "scheduled": "#55a868", "cancelled": "#c44e52"}


def timeline_chart(timeline: pd.DataFrame, published=None, ax=None):
    """Resolved time expressions on a date axis: one row per expression, labelled with who is involved.

    Past-tense expressions are filled circles, future-tense ones open circles; spans are drawn as bars.
    ``published`` (a date or list of dates) is marked with a dashed line.
    """
    data = timeline.dropna(subset=["date"]).sort_values(["date", "start"]).reset_index(drop=True)
    ax = _axes(ax, size=(9, max(3, 0.45 * len(data) + 1.5)))
    for i, row in data.iterrows():
        future = row.get("tense") == "future"
        color = STATUS_COLORS["scheduled"] if future else STATUS_COLORS["held"]
        if row["date_end"] is not None and pd.notna(row["date_end"]) and row["date_end"] > row["date"]:
            ax.plot([row["date"], row["date_end"]], [i, i], color=color, linewidth=6, alpha=0.5,
                    solid_capstyle="butt")
        ax.plot(row["date"], i, "o", color=color, markerfacecolor="white" if future else color, markersize=8)
        who = row.get("who") or ""
        label = f"{row['text']}" + (f" — {who}" if who else "")
        ax.annotate(label[:70], (row["date"], i), xytext=(8, 0), textcoords="offset points", va="center", fontsize=8)
    for p in ([] if published is None else pd.to_datetime(pd.Series(published)).dropna().unique()):
        ax.axvline(p, color="grey", linestyle="--", linewidth=1)
        ax.annotate("published", (p, len(data) - 0.5), rotation=90, fontsize=8, color="grey",
                    xytext=(-10, 0), textcoords="offset points", va="top")
    ax.set_yticks(range(len(data)))
    ax.set_yticklabels([f"s{s}" for s in data["sent"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("resolved date")
    ax.set_ylabel("time expression (sentence)")
    ax.set_title("Timeline: resolved time expressions (filled = past, open = future)")
    ax.figure.autofmt_xdate()
    return ax


def meeting_counts(meetings: pd.DataFrame, ax=None, top: int = 15):
    """Meetings per person, held / scheduled / cancelled stacked; both sides of a meeting count."""
    sides = pd.concat([meetings[["subject", "status"]].rename(columns={"subject": "party"}),
                       meetings[["counterpart", "status"]].rename(columns={"counterpart": "party"})])
    counts = sides.groupby(["party", "status"]).size().unstack(fill_value=0)
    for s in STATUS_COLORS:
        if s not in counts:
            counts[s] = 0
    counts = counts[list(STATUS_COLORS)]
    counts = counts.loc[counts.sum(axis=1).sort_values(ascending=True).index].tail(top)
    ax = _axes(ax, size=(8, max(3, 0.4 * len(counts) + 1)))
    counts.plot.barh(stacked=True, ax=ax, color=[STATUS_COLORS[s] for s in counts.columns], width=0.7)
    ax.set_xlabel("meetings")
    ax.set_ylabel("party")
    ax.set_title("Meetings per party, by status")
    ax.legend(title="status", loc="lower right")
    return ax


def meeting_network(meetings: pd.DataFrame, ax=None, seed: int = 7):
    """Who met whom: nodes are parties, edge width is the number of meetings between them."""
    import networkx as nx
    g = nx.Graph()
    for (a, b), n in meetings.groupby(["subject", "counterpart"]).size().items():
        w = g.get_edge_data(a, b, {"weight": 0})["weight"] + n
        g.add_edge(a, b, weight=w)
    ax = _axes(ax, size=(9, 7))
    pos = nx.spring_layout(g, seed=seed, k=1.2)
    widths = [1.5 * d["weight"] for _, _, d in g.edges(data=True)]
    degree = dict(g.degree())
    nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#999999")
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=[300 + 250 * degree[n] for n in g.nodes],
                           node_color="#4c72b0", alpha=0.85)
    nx.draw_networkx_labels(g, pos, ax=ax, labels={n: n if len(n) < 28 else n[:26] + "…" for n in g.nodes},
                            font_size=8)
    ax.set_title("Who met whom (edge width = meetings)")
    ax.set_xlabel("layout x (no units)")
    ax.set_ylabel("layout y (no units)")
    ax.margins(0.15)
    return ax


def share_of_voice(quotes: pd.DataFrame, ax=None, top: int = 12):
    """Quoted words per speaker, split by kind of quote."""
    data = quotes.assign(speaker=quotes["speaker"].fillna("(unattributed)"))
    table = data.pivot_table(index="speaker", columns="kind", values="n_words", aggfunc="sum", fill_value=0)
    for k in ("direct", "partial", "indirect"):
        if k not in table:
            table[k] = 0
    table = table[["direct", "partial", "indirect"]]
    table = table.loc[table.sum(axis=1).sort_values().index].tail(top)
    ax = _axes(ax, size=(8, max(3, 0.45 * len(table) + 1)))
    table.plot.barh(stacked=True, ax=ax, color=["#4c72b0", "#dd8452", "#8172b3"], width=0.7)
    ax.set_xlabel("words quoted")
    ax.set_ylabel("speaker")
    ax.set_title("Share of voice: words quoted per speaker, by kind")
    ax.legend(title="kind", loc="lower right")
    return ax


def quote_lengths(quotes: pd.DataFrame, ax=None):
    """Histogram of quote length in words, one colour per kind."""
    ax = _axes(ax)
    kinds = [k for k in ("direct", "partial", "indirect") if (quotes["kind"] == k).any()]
    top = max(10, int(quotes["n_words"].max()) if len(quotes) else 10)
    bins = list(range(0, top + 6, 5))
    ax.hist([quotes.loc[quotes["kind"] == k, "n_words"] for k in kinds], bins=bins, label=kinds,
            color=["#4c72b0", "#dd8452", "#8172b3"][:len(kinds)])
    ax.set_xlabel("words in the quote")
    ax.set_ylabel("quotes")
    ax.set_title("How long are quotes? (by kind)")
    ax.legend(title="kind")
    return ax
