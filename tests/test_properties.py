"""Property tests: no text makes load_corpus raise, and every offset slices back to its text."""
import string
from pathlib import Path
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdesk as nd

ALPHABET = st.sampled_from(list(string.ascii_letters + string.digits + " .,;:!?'\"-\n\r\t")
                           + list("“”‘’—–…éÉ\u00a0\ufeff\x00\x0c"))
WORDS = st.sampled_from(["Mr.", "U.S.", "said", "Smith", "“", "”", "on", "Tuesday", "met", "with",
                         "President", "John", "Doe", ".", "\n", "—", "October", "7", "2024", "He", "told",
                         "During", "After", "meeting", "talks", ",", "she", "her", "him", ":", "Vice-Premier",
                         "McDonald", "’s", "chief", "executive", "of", "welcomed", "between", "and", "was", "candid"])
TEXTS = st.one_of(st.text(ALPHABET, max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["utf-8", "cp1252-ish", "bytes"]))
def test_load_never_raises_and_offsets_hold(text, mode):
    with tempfile.TemporaryDirectory() as d:
        good = Path(d) / "good.txt"
        good.write_text("A steady article.\n", encoding="utf-8")
        odd = Path(d) / "odd.txt"
        if mode == "utf-8":
            odd.write_bytes(text.encode("utf-8", "surrogatepass"))
        elif mode == "cp1252-ish":
            odd.write_bytes(text.encode("cp1252", "replace"))
        else:
            odd.write_bytes(bytes(ord(c) % 256 for c in text))
        corpus = nd.load_corpus(d)
    assert "good" in set(corpus.articles.doc_id)
    # a stage that raised is reported, not fatal (see test_load); here no text may make one raise
    assert not corpus.problems.message.str.startswith("extraction failed").any(), corpus.problems.message.tolist()
    texts = corpus.articles.set_index("doc_id")["text"]
    for name in ("paragraphs", "sentences", "mentions", "quotes", "timeline"):
        for row in getattr(corpus, name).itertuples():
            span = texts[row.doc_id][row.start:row.end]
            assert span == row.text, (name, span, row.text)
