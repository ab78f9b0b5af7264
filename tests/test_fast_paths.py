"""The speed-ups find exactly what the plain scans they replace would find.

Each fast path (prefix-tree word patterns, patterns tried only near anchor words, mentions found
with str.find) is checked against the straightforward version on every sentence of every fixture
article, the seed and generated text, so a new time pattern or meeting trigger that breaks an
anchor's assumption fails here rather than silently losing matches.
"""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdesk as nd
from newsdesk import meetings, people, rx, timex
from newsdesk.corpus import prepare
from conftest import FIXTURES, SEEDS

FOLDERS = [SEEDS, FIXTURES / "articles", FIXTURES / "dev2", FIXTURES / "dev3", FIXTURES / "heldout", FIXTURES / "heldout2",
           FIXTURES / "heldout3"]


def _articles():
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            art, _, _ = prepare(path.stem, str(path), path.read_bytes(), None)
            if art is not None:
                yield art


ARTICLES = list(_articles())
SENTENCES = [a.text[s:e] for a in ARTICLES for _, s, e in a.sentences]
# Sentences built to sit at the edges: expressions far from their anchor, several in a row,
# words that hold an anchor inside them, upper case.
EDGE_SENTENCES = [
    "In the past few days, talks were held in the recent weeks before next week’s summit.",
    "She met Tuesday, then on Wednesday, October 7, 2023 and between May 1 and May 3 in mid-March 2019.",
    "The hostages’ families hosted a vigil; he is also slated to also hold talks with the envoy.",
    "They were expected to meet with aides, but the minister cancelled his planned visit with them.",
    "TODAY the MEETING was postponed; earlier this month (2019) from Monday to Friday 2019–20.",
    "He had a brief phone call with her, later spoke by phone late Tuesday to the mayor, and visited Rome.",
    "She will also travel to Waterloo on June 3 to meet the mayor; he flew to Vilnius on Monday to see them.",
]


def test_the_fixtures_give_enough_sentences():
    assert len(SENTENCES) > 350


def _full_time_scan(sentence):
    out = []
    for m in timex._RX.finditer(sentence):
        kind = timex._KINDS[int(m.lastgroup[1:])]
        if kind in ("month", "monthyear", "date", "day") and not timex._CASED.search(m.group(0)):
            continue
        out.append((kind, m.span()))
    return out


_OVERLAY_KINDS = ("season", "decade", "ago")  # read by their own small patterns, over the main one's matches


def _main_pattern_part(s):
    """find_expressions' matches of the main pattern, and the full scan's matches outside the overlays."""
    found = timex.find_expressions(s)
    over = [m.span() for k, m in found if k in _OVERLAY_KINDS]
    full = [(k, span) for k, span in _full_time_scan(s) if all(span[1] <= a or span[0] >= b for a, b in over)]
    return [(k, m.span()) for k, m in found if k not in _OVERLAY_KINDS], full


def test_time_expressions_match_a_full_scan():
    wrong = [s for s in SENTENCES + EDGE_SENTENCES if _main_pattern_part(s)[0] != _main_pattern_part(s)[1]]
    assert wrong == []
    assert sum(len(_full_time_scan(s)) for s in SENTENCES) > 200  # the comparison covers many expressions


def test_meeting_triggers_match_a_full_scan():
    triggers = meetings._triggers()
    wrong, total = [], 0
    for s in SENTENCES + EDGE_SENTENCES:
        anchors = [m.start() for m in meetings._ANCHOR.finditer(s)]
        fast = [(m.lastgroup, m.span())
                for m in rx.anchored_finditer(triggers, s, anchors, meetings._WORDS_BACK, meetings._START)]
        full = [(m.lastgroup, m.span()) for m in triggers.finditer(s)]
        total += len(full)
        if fast != full:
            wrong.append(s)
    assert wrong == []
    assert total > 50


def test_edge_sentences_hold_what_they_are_for():
    found = [t.group(0) for _, t in timex.find_expressions(EDGE_SENTENCES[0])]
    assert found == ["In the past few days", "in the recent weeks", "next week’s"]
    statuses = [m.lastgroup for m in meetings._triggers().finditer(EDGE_SENTENCES[3])]
    assert statuses == ["scheduled", "cancelled"]
    anchors = [m.group(0) for m in meetings._ANCHOR.finditer(EDGE_SENTENCES[2])]
    assert "host" not in " ".join(anchors).lower().split()  # "hostages" is no anchor; "hosted" is
    assert "hosted" in anchors


@settings(max_examples=200, deadline=None)
@given(st.sets(st.text("abc .", min_size=1, max_size=5), min_size=1, max_size=8),
       st.lists(st.text("abc .", max_size=6), max_size=30))
def test_trie_matches_exactly_its_words_longest_first(words, probes):
    pattern = re.compile(rf"(?:{rx.trie(words)})")
    for probe in list(words) + probes:
        assert bool(pattern.fullmatch(probe)) == (probe in words)
        m = pattern.match(probe)
        longest = max((w for w in words if probe.startswith(w)), key=len, default=None)
        assert (m.group(0) if m else None) == longest


def test_trie_writes_spaces_as_given():
    pattern = re.compile(rx.trie(["prime minister", "prime"], space=r"\s+"))
    assert pattern.fullmatch("prime   minister") and pattern.fullmatch("prime")


def _forms_by_regex(text, forms):
    """The straightforward version: one alternation of the article's forms."""
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    apos = people.APOS
    pattern = re.compile(rf"(?<![\w{apos}\-])(?:{alt})(?:[{apos}]s?)?(?![\w\-])")
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("art", ARTICLES, ids=lambda a: a.doc_id)
def test_mention_search_matches_an_alternation(art):
    found = people.ArticlePeople(art.text)
    forms = {p.name for p in found.people.values()}
    for p in found.people.values():
        forms.update(found._alias_keys(p))
    assert forms
    assert people._find_forms(art.text, forms) == _forms_by_regex(art.text, forms)


def test_mention_search_edges():
    text = "Kim Jong Un met Kimberly Kim’s aide; Kim-led talks. Van Aalst and van Aalst’s son. Kim’sx"
    forms = {"Kim Jong Un", "Kim", "Van Aalst", "van Aalst"}
    assert people._find_forms(text, forms) == _forms_by_regex(text, forms)
    assert [s for _, s in people._find_forms(text, forms)] == [
        "Kim Jong Un", "Kim’s", "Van Aalst", "van Aalst’s", "Kim"]


def test_bench_articles_get_their_own_surnames(tmp_path):
    from newsdesk import bench
    folder = bench.build(40, tmp_path / "corpus")
    corpus = nd.load_corpus(folder, cache=False)
    # the same base article appears several times in 40, each time with other people in it
    per_doc = corpus.mentions.groupby("doc_id").person_id.apply(frozenset)
    assert per_doc.nunique() == len(per_doc)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab. ,;:()“”\"\t\n\u00a0’"))))
def test_last_token_is_the_last_regex_token(s):
    tokens = [m.group(0) for m in people._TOKEN.finditer(s)]
    assert people._last_token(s) == (tokens[-1] if tokens else "")


def test_title_before_reads_through_a_comma():
    assert people._title_before("to meet Mozambique’s justice minister, ") == ("Mozambique’s justice minister", 31)
    assert people._title_before("to meet the minister of the interior ") == ("minister of the interior", 25)
    assert people._title_before("said on Tuesday that the ") is None


# ---- fast paths of preparing and scanning a text (each against the plain version it replaced)

PARAGRAPHS = [a.text[s:e] for a in ARTICLES for s, e in a.paragraphs]
PUNCT_TEXT = st.text(st.sampled_from(list("ab. ,;:!?…”\"’')]»_-\n\u00a0\u200bA1²")), max_size=40)


def test_count_words_examples():
    from newsdesk.text import count_words
    # "U.S." "well-known" "Biden’s" and "3.5" are one word each; a dash or "%" is none; "_" splits
    assert count_words("The U.S. well-known Biden’s plan — 3.5% of it, (really).") == 9
    assert count_words("snake_case … — ‘’ 2024–25") == 4


@settings(max_examples=400, deadline=None)
@given(PUNCT_TEXT)
def test_count_words_matches_the_word_pattern(s):
    from newsdesk import text
    assert text.count_words(s) == len(text._WORD.findall(s))


def test_count_words_matches_the_word_pattern_on_the_fixtures():
    from newsdesk import text
    assert [text.count_words(p) for p in PARAGRAPHS] == [len(text._WORD.findall(p)) for p in PARAGRAPHS]


_PLAIN_CANDIDATE = re.compile(r"(?:\.{3}|…|[.!?]+)[”\"’')\]»]*(?=\s+(\S+))")


@settings(max_examples=400, deadline=None)
@given(PUNCT_TEXT)
def test_sentence_stop_pattern_matches_the_plain_one(s):
    from newsdesk import text
    assert [(m.span(), m.group(1)) for m in text._CANDIDATE.finditer(s)] == \
        [(m.span(), m.group(1)) for m in _PLAIN_CANDIDATE.finditer(s)]


def test_sentence_stop_pattern_edges():
    from newsdesk import text
    s = "Wait…. Then… Go... Now....! “Yes.” No"
    assert [m.group(0) for m in text._CANDIDATE.finditer(s)] == [".", "…", "...", "....!", ".”"]
    assert [m.group(0) for m in text._CANDIDATE.finditer(s)] == [m.group(0) for m in _PLAIN_CANDIDATE.finditer(s)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ramon", "Ana", "“", "”", '"', "Monching", "Villaraza", "Big", " ", "  ",
                                 "said", "the", ".", "O’Neil", "x"]), max_size=14).map("".join))
def test_nickname_prefilter_never_hides_a_nickname(s):
    # the cheap search runs first; a text it finds nothing in must have no nickname match at all
    if people._NICKNAMED.search(s):
        assert people._NICKNAME_CORE.search(s)


def test_nickname_prefilter_edges():
    assert people._NICKNAME_CORE.search('Senator Ramon “Monching” Villaraza said')
    assert people._NICKNAME_CORE.search('the “Iron Lady” Thatcher era')
    assert not people._NICKNAME_CORE.search('“We agreed,” Lee said.')


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", ",", "\n", "after ", "when ", "as ", " since", "x"]), max_size=30)
       .map("".join), st.integers(0, 60))
def test_subordinate_match_is_the_search(s, pos):
    from newsdesk import quotes
    m1, m2 = quotes._SUBORDINATE.match(s, pos), quotes._SUBORDINATE.search(s, pos)
    assert (m1 and m1.span()) == (m2 and m2.span())


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab .\n\r\t\u00a0\u200b\u3000\u2003\x0c\x0b"))))
def test_paragraphs_without_the_trailing_space_pass_are_the_same(s):
    from newsdesk import io as nio
    bp = nio.default_boilerplate()
    assert nio.split_paragraphs(nio.normalise(s, trailing=False), bp) == nio.split_paragraphs(nio.normalise(s), bp)


_PLAIN_BARE = re.compile(rf"(?<![\w{people.APOS}])(?P<name>{people.NAME})")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Ana", "O’Brien", "McDonald", "de", "la", "Cruz", "W.", "R.K.", "x", "’", "'",
                                 " ", "\u00a0", ".", "-", "al-", "Éva", "_", "9", "\n"]), max_size=16).map("".join))
def test_name_scan_matches_the_plain_one(s):
    fast = [m.span("name") for m in people.patterns()["bare"].finditer(s)]
    assert fast == [m.span("name") for m in _PLAIN_BARE.finditer(s)]


def test_name_scan_matches_the_plain_one_on_the_fixtures():
    bare = people.patterns()["bare"]
    for art in ARTICLES:
        assert [m.span("name") for m in bare.finditer(art.text)] == [m.span("name") for m in _PLAIN_BARE.finditer(art.text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["that", "who", "which", "when", "while", "but", "what", "t", "w", "b", "x", "_",
                                 " ", ",", ";", ":", "—", "–", "(", "\n", "9", "é"]), max_size=20).map("".join))
def test_clause_boundaries_match_the_plain_pattern(s):
    plain = re.compile(timex._PLAIN_BOUNDARY)
    assert [m.span() for m in timex._BOUNDARY.finditer(s)] == [m.span() for m in plain.finditer(s)]


def test_clause_boundaries_on_the_fixtures():
    plain = re.compile(timex._PLAIN_BOUNDARY)
    assert [timex.clause_bounds(s) for s in SENTENCES] == [[m.span() for m in plain.finditer(s)] for s in SENTENCES]
    assert timex.clause_bounds("He said that, but whatever (which) twhen") == [(8, 12), (12, 13), (14, 17), (27, 28), (28, 33)]
