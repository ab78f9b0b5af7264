"""Loading: decoding, cleaning, catalog, datelines, duplicates, problems, offsets, export."""
import unicodedata

import pandas as pd
import pytest

import newsdesk as nd
from conftest import ROOT, SEEDS, write

GOOD = "MADRID — The mayor opened the new bridge on Monday.\nShe said the work took two years.\n"


def test_seed_loads_as_one_article(seed_corpus):
    arts = seed_corpus.articles
    assert len(arts) == 1
    row = arts.iloc[0]
    assert row.doc_id == "000_762130cef820a950"
    assert row.published == pd.Timestamp("2024-01-09")
    assert row.source == "The Times of Israel"
    assert row.n_paragraphs == 14
    assert row.n_sentences == 15 == len(seed_corpus.sentences)
    assert "Leave a comment" not in row.text
    assert str(arts["published"].dtype) == "datetime64[ns]"


def test_seed_boilerplate_drop_is_reported(seed_corpus):
    probs = seed_corpus.problems
    assert probs[["severity", "stage", "message"]].values.tolist() == [
        ["info", "clean", "dropped boilerplate line 'Leave a comment'"]]


def test_seed_file_is_the_users_bytes():
    assert (SEEDS / "000_762130cef820a950.txt").stat().st_size == 2783


def test_offsets_slice_back(seed_corpus):
    text = seed_corpus.articles.set_index("doc_id")["text"]
    for name in ("paragraphs", "sentences"):
        for row in getattr(seed_corpus, name).itertuples():
            assert text[row.doc_id][row.start:row.end] == row.text


def test_cp1252_fallback_decodes_curly_quotes(tmp_path):
    write(tmp_path, "a.txt", "“Never again,” she said – and left.\n".encode("cp1252"))
    c = nd.load_corpus(tmp_path)
    assert c.articles.text[0] == "“Never again,” she said – and left."
    (msg,) = c.problems.loc[c.problems.stage == "decode", "message"]
    assert "decoded as cp1252" in msg
    assert c.problems.loc[c.problems.stage == "decode", "severity"].tolist() == ["warning"]


def test_utf8_bom_and_crlf_and_nfc_and_trailing_spaces(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Café talks resumed.")
    write(tmp_path, "a.txt", "\ufeff" + decomposed + "   \r\nSecond line.\t\rThird line.\r\n")
    c = nd.load_corpus(tmp_path)
    assert c.articles.text[0] == "Café talks resumed.\nSecond line.\nThird line."
    assert c.articles.n_paragraphs[0] == 3
    assert c.problems.loc[c.problems.severity != "info"].empty


def test_utf16_with_bom_is_read_with_warning(tmp_path):
    write(tmp_path, "a.txt", "Talks resumed in Geneva.".encode("utf-16"))
    c = nd.load_corpus(tmp_path)
    assert c.articles.text[0] == "Talks resumed in Geneva."
    assert "UTF-16" in c.problems.message.iloc[0]


def test_binary_and_empty_files_are_skipped_with_rows(tmp_path):
    write(tmp_path, "a_good.txt", GOOD)
    write(tmp_path, "b_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "c_empty.txt", b"")
    write(tmp_path, "d_blank.txt", "  \n\n\t\n")
    write(tmp_path, "e_only_boilerplate.txt", "Advertisement\nLeave a comment\n")
    c = nd.load_corpus(tmp_path)
    assert c.articles.doc_id.tolist() == ["a_good"]
    rows = {(r.doc_id, r.severity) for r in c.problems.itertuples() if r.stage in ("decode", "read")}
    assert rows == {("b_binary", "error"), ("c_empty", "warning"), ("d_blank", "warning"),
                    ("e_only_boilerplate", "warning")}
    msg = c.problems.set_index("doc_id").loc["b_binary", "message"]
    assert "binary" in msg


def test_undecodable_bytes_are_an_error_not_a_crash(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", b"caf\xe9 \x81\x8d broken")
    c = nd.load_corpus(tmp_path)
    assert c.articles.doc_id.tolist() == ["a"]
    assert c.problems.set_index("doc_id").loc["b", "severity"] == "error"


def test_duplicate_text_is_flagged_and_one_kept(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", GOOD.replace("\n", "\r\n") + "\n\nRead more\n")
    c = nd.load_corpus(tmp_path)
    assert c.articles.doc_id.tolist() == ["a"]
    dup = c.problems[c.problems.stage == "dedupe"]
    assert dup[["doc_id", "severity"]].values.tolist() == [["b", "warning"]]
    assert "same text as a" in dup.message.iloc[0]


def test_catalog_join_and_bad_rows(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", "Another story.\n")
    write(tmp_path, "catalog.csv", "file,published,source,url,title\n"
                                   "a.txt,2019-12-09,The Example,https://ex.org/a,Bridge opens\n"
                                   "b.txt,09/12/2019,Other,,\n"
                                   "ghost.txt,2020-01-01,,,\n")
    c = nd.load_corpus(tmp_path)
    a = c.articles.set_index("doc_id")
    assert a.loc["a", "published"] == pd.Timestamp("2019-12-09")
    assert (a.loc["a", "source"], a.loc["a", "url"], a.loc["a", "title"]) == ("The Example", "https://ex.org/a", "Bridge opens")
    assert pd.isna(a.loc["b", "published"])
    msgs = " | ".join(c.problems.message)
    assert "'09/12/2019' is not YYYY-MM-DD" in msgs
    assert "ghost.txt has no article file" in msgs
    assert "catalog.csv" not in c.articles.path.str.cat()


def test_dateline_gives_published_when_no_catalog_row(tmp_path):
    write(tmp_path, "wire.txt", "NAIROBI, Kenya, June 4, 2021 (Newswire) — Talks began on Friday.\n")
    write(tmp_path, "noyear.txt", "WASHINGTON, Jan 9 (Reuters) - Talks began on Friday.\n")
    write(tmp_path, "plain.txt", "Talks began on Friday.\nNo dateline here.\n")
    c = nd.load_corpus(tmp_path)
    pub = c.articles.set_index("doc_id")["published"]
    assert pub["wire"] == pd.Timestamp("2021-06-04")
    assert pd.isna(pub["noyear"]) and pd.isna(pub["plain"])
    msgs = c.problems[c.problems.stage == "catalog"].set_index("doc_id")["message"]
    assert "has no year" in msgs["noyear"]
    assert "published unknown" in msgs["plain"]
    assert "taken from the dateline" in msgs["wire"]
    unresolved = c.problems[c.problems.stage == "timeline"].set_index("doc_id")["message"]
    assert unresolved["plain"] == "1 time expressions left unresolved: published date unknown"
    assert "wire" not in unresolved.index


def test_missing_source_raises_naming_path(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        nd.load_corpus(tmp_path / "nowhere")


def test_folder_without_readable_article_raises_naming_path(tmp_path):
    write(tmp_path, "a.txt", b"\x00\x01\x02")
    with pytest.raises(ValueError, match=str(tmp_path)):
        nd.load_corpus(tmp_path)


def test_single_file_and_list_sources(tmp_path):
    p = write(tmp_path, "a.txt", GOOD)
    q = write(tmp_path, "b.txt", "Other news.\n")
    assert nd.load_corpus(p).articles.doc_id.tolist() == ["a"]
    assert nd.load_corpus([p, q]).articles.doc_id.tolist() == ["a", "b"]
    # a missing file in a list is a problem row, not a crash
    c = nd.load_corpus([p, tmp_path / "gone.txt"])
    assert c.articles.doc_id.tolist() == ["a"]
    errors = c.problems[c.problems.severity == "error"]
    assert errors.doc_id.tolist() == ["gone"]
    assert errors.message.str.startswith("cannot read file").all()


def test_save_writes_one_csv_per_frame(seed_corpus, tmp_path):
    paths = seed_corpus.save(tmp_path / "out")
    names = sorted(p.stem for p in paths)
    assert names == sorted(["articles", "paragraphs", "sentences", "people", "mentions", "quotes",
                            "meetings", "timeline", "problems"])
    back = pd.read_csv(tmp_path / "out" / "sentences.csv")
    assert back.text.tolist() == seed_corpus.sentences.text.tolist()


def test_frames_have_contract_columns(seed_corpus):
    from newsdesk.corpus import FRAME_COLUMNS
    for name, cols in FRAME_COLUMNS.items():
        assert list(getattr(seed_corpus, name).columns[:len(cols)]) == cols, name


def test_readme_python_example_runs():
    """Run every ```python block of the README from the repo root."""
    import os
    import re
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "README has no python example"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)


def test_a_stage_that_raises_is_a_problem_row_not_a_crash(tmp_path, monkeypatch):
    # a bug in one rule must not stop a corpus of thousands: the article keeps its other stages' rows
    import newsdesk.quotes as quotes_mod

    def broken(art, out):
        raise RuntimeError("rule bug")
    monkeypatch.setattr(quotes_mod, "extract_quotes", broken)
    write(tmp_path, "a.txt", "President Ana Lee met Prime Minister Tom Ek on Monday. “We agreed,” Ms Lee said.\n")
    write(tmp_path, "catalog.csv", "file,published\na.txt,2024-01-09\n")
    c = nd.load_corpus(tmp_path, cache=False)
    assert c.quotes.empty
    assert sorted(c.people.name) == ["Ana Lee", "Tom Ek"]
    assert c.problems[c.problems.severity == "error"][["doc_id", "stage", "message"]].values.tolist() == [
        ["a", "quotes", "extraction failed (RuntimeError: rule bug); this stage's rows for the article may be "
                        "missing or partial"]]
