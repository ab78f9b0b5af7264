"""Small HTML views for notebooks: show a row in its paragraph with the pointed-at words marked."""
from __future__ import annotations

import html

import pandas as pd


def in_context(corpus, rows: pd.DataFrame, label_cols=("kind", "speaker", "cue")) -> str:
    """HTML: each row's paragraph with ``text[start:end]`` highlighted (provenance from the offsets)."""
    texts = corpus.articles.set_index("doc_id")["text"]
    paras = corpus.paragraphs
    parts = []
    for row in rows.itertuples():
        para = paras[(paras.doc_id == row.doc_id) & (paras.start <= row.start) & (paras.end >= row.end)].iloc[0]
        full = texts[row.doc_id]
        before = html.escape(full[para.start:row.start])
        marked = html.escape(full[row.start:row.end])
        after = html.escape(full[row.end:para.end])
        label = " · ".join(str(getattr(row, c)) for c in label_cols if hasattr(row, c))
        parts.append(f"<p><small>{html.escape(row.doc_id)} ¶{para.para} · {html.escape(label)}</small><br>"
                     f"{before}<mark>{marked}</mark>{after}</p>")
    return "\n".join(parts)
