"""The seed article's people, quotes, timeline and meetings, as a careful reader marks them."""
import pandas as pd


def test_people_of_the_seed(seed_corpus):
    people = seed_corpus.people.set_index("name")["role"].to_dict()
    assert people == {
        "Antony Blinken": "US Secretary of State",
        "Isaac Herzog": "President",
        "Israel Katz": "Foreign Minister",
        "Benjamin Netanyahu": "Prime Minister",
        "Yoav Gallant": "Defense Minister",
        "Benny Gantz": "war cabinet minister",
        "Yair Lapid": "Opposition Leader",
        "Joe Biden": "US President",
    }
    assert seed_corpus.people.set_index("name").loc["Antony Blinken", "person_id"] == "antony-blinken"


def test_no_places_or_groups_taken_for_people(seed_corpus):
    names = set(seed_corpus.people.name)
    for not_person in ("Tel Aviv", "Gaza Strip", "The Hague", "Hamas", "Hezbollah", "International Court",
                       "Blinken", "Herzog", "Middle East", "South Africa"):
        assert not_person not in names


def test_surname_mentions_merge_into_full_person(seed_corpus):
    m = seed_corpus.mentions
    herzog = m[m.person_id == "isaac-herzog"]
    assert herzog.text.tolist() == ["Isaac Herzog", "Herzog", "Herzog", "Herzog", "Herzog", "Herzog"]
    assert seed_corpus.people.set_index("person_id").loc["antony-blinken", "n_mentions"] == 7
    text = seed_corpus.articles.text[0]
    assert all(text[r.start:r.end] == r.text for r in m.itertuples())


def _quote(corpus, start):
    q = corpus.quotes
    rows = q[q.text.str.startswith(start)]
    assert len(rows) == 1, (start, q.text.tolist())
    return rows.iloc[0]


def test_seed_quotes(seed_corpus):
    expected = [
        ("relentless efforts", "partial", "Antony Blinken", "person", "speak"),
        ("he will share what he heard from regional allies", "indirect", "Antony Blinken", "person", "add"),
        ("utmost under extremely complicated circumstances", "partial", "Isaac Herzog", "person", "underscore"),
        ("We are alerting, ", "direct", "Isaac Herzog", "person", "say"),
        ("Herzog’s private conversation with Blinken focused on the region", "indirect", "An Israeli official",
         "anonymous", "tell"),
        ("bringing the hostages home, ", "indirect", "Israel Katz", "person", "stress"),
        ("I know of your own efforts, ", "direct", "Antony Blinken", "person", "respond"),
    ]
    for start, kind, speaker, speaker_kind, cue in expected:
        row = _quote(seed_corpus, start)
        assert (row.kind, row.speaker, row.speaker_kind, row.cue) == (kind, speaker, speaker_kind, cue), start
    katz = _quote(seed_corpus, "bringing the hostages home, ")
    assert katz.text.endswith("withdraws from the border area in Lebanon")
    cont = _quote(seed_corpus, "But we have to get through this very challenging moment")
    assert (cont.kind, cont.speaker, cont.person_id) == ("direct", "Antony Blinken", "antony-blinken")
    assert pd.isna(cont.cue)


def test_quote_offsets_and_marks(seed_corpus):
    text = seed_corpus.articles.text[0]
    for q in seed_corpus.quotes.itertuples():
        assert text[q.start:q.end] == q.text
        assert not q.text.startswith(("“", "”")) and not q.text.endswith(("“", "”"))
    assert seed_corpus.quotes.quote_id.is_unique


def test_one_word_quote_with_speech_context_is_partial_of_the_official(seed_corpus):
    row = _quote(seed_corpus, "tangible")
    assert (row.kind, row.speaker, row.speaker_kind) == ("partial", "An Israeli official", "anonymous")


def test_seed_timeline(seed_corpus):
    tl = seed_corpus.timeline
    got = [(r.text, r.date, r.date_end, r.granularity) for r in tl.itertuples()]
    T = pd.Timestamp
    assert got[0] == ("on Tuesday", T("2024-01-09"), T("2024-01-09"), "day")
    assert got[2] == ("On Wednesday morning", T("2024-01-10"), T("2024-01-10"), "day")
    assert got[4] == ("this week’s", T("2024-01-08"), T("2024-01-14"), "week")
    oct7 = tl[tl.text == "October 7"]
    assert oct7.date.tolist() == [T("2023-10-07"), T("2023-10-07")]
    vague = tl[tl.granularity == "vague"]
    assert vague.text.tolist() == ["in recent days", "over many years"]
    assert vague.date.isna().all()
    assert len(tl) == 7


def test_seed_meetings(seed_corpus):
    m = seed_corpus.meetings
    blinken = m[m.subject == "Antony Blinken"]
    rows = {(r.counterpart, r.status, r.date.date().isoformat()) for r in blinken.itertuples()}
    assert rows == {
        ("Isaac Herzog", "held", "2024-01-09"),
        ("Israel Katz", "held", "2024-01-09"),
        ("Benjamin Netanyahu", "held", "2024-01-09"),
        ("Yoav Gallant", "scheduled", "2024-01-09"),
        ("Benny Gantz", "scheduled", "2024-01-09"),
        ("the heads of Israel’s intelligence agencies", "scheduled", "2024-01-09"),
        ("the full war cabinet", "scheduled", "2024-01-09"),
        ("families of the hostages taken by Hamas", "scheduled", "2024-01-09"),
        ("Yair Lapid", "scheduled", "2024-01-10"),
    }
    held = blinken[blinken.status == "held"]
    assert set(held.place) == {"Tel Aviv"}
    assert set(held.counterpart_id) == {"isaac-herzog", "israel-katz", "benjamin-netanyahu"}
    groups = blinken[blinken.counterpart.str.startswith(("the ", "families"))]
    assert groups.counterpart_id.isna().all()
    assert blinken.subject_id.eq("antony-blinken").all()
    lapid = blinken[blinken.counterpart == "Yair Lapid"].iloc[0]
    assert lapid.when == "On Wednesday morning"
    # one row per pair and date, however many sentences mention it
    assert not m.duplicated(["subject", "counterpart", "date"]).any()
