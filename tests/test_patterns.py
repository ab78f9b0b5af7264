"""Small hand-made articles, one pattern each, with the values the rules give."""
import pandas as pd
import pytest

import newsdesk as nd
from conftest import write

T = pd.Timestamp


MEETING = ["subject", "counterpart", "status", "date"]


def rows(frame, cols):
    """The given columns of a frame as a list of row lists."""
    return frame[cols].values.tolist()


def load(tmp_path, text, published="2024-01-09"):
    write(tmp_path, "a.txt", text)
    write(tmp_path, "catalog.csv", f"file,published\na.txt,{published}\n" if published else "file,published\n")
    return nd.load_corpus(tmp_path, cache=False)


@pytest.mark.parametrize("sentence,text,date,date_end,gran", [
    ("Talks ran from October 27 to November 8.", "from October 27 to November 8", "2023-10-27", "2023-11-08", "range"),
    ("The summit will run November 6–14.", "November 6–14", "2024-11-06", "2024-11-14", "range"),
    ("The border has been closed since Saturday.", "since Saturday", "2024-01-06", "2024-01-09", "range"),
    ("The strike will last through Thursday.", "through Thursday", "2024-01-09", "2024-01-11", "range"),
    ("Israel captured the area in 1967.", "in 1967", "1967-01-01", "1967-12-31", "year"),
    ("The two agreed to reopen the crossing within two weeks.", "within two weeks", "2024-01-09", "2024-01-23", "range"),
    ("Clubs must reply within 48 hours.", "within 48 hours", "2024-01-09", "2024-01-11", "range"),
    ("The strike began 10 days ago.", "10 days ago", "2023-12-30", "2023-12-30", "day"),
    ("The tournament runs from July 5 to July 20.", "from July 5 to July 20", "2024-07-05", "2024-07-20", "range"),
    ("The law expires on March 3.", "on March 3", "2024-03-03", "2024-03-03", "day"),
    ("Two weeks ago, the mayor resigned.", "Two weeks ago", "2023-12-25", "2023-12-31", "week"),
    ("Prices fell three months ago.", "three months ago", "2023-10-01", "2023-10-31", "month"),
    ("A year ago the plant closed.", "A year ago", "2023-01-01", "2023-12-31", "year"),
    ("Plans are due within the next three months.", "within the next three months", "2024-01-09", "2024-04-09", "range"),
    ("The deal was signed on December 9, 2019.", "on December 9, 2019", "2019-12-09", "2019-12-09", "day"),
    # month-to-month ranges
    ("Cases rose between July and September.", "between July and September", "2023-07-01", "2023-09-30", "range"),
    ("Exports fell from March to May 2021.", "from March to May 2021", "2021-03-01", "2021-05-31", "range"),
    ("Profits rose in the April-June quarter.", "April-June", "2023-04-01", "2023-06-30", "range"),
    ("Cases rose between November and February.", "between November and February", "2023-11-01", "2024-02-29", "range"),
    # quarters with their year, "the past N units", day ranges after "on"
    ("The plant closed in the first quarter of 2023.", "in the first quarter of 2023", "2023-01-01", "2023-03-31", "range"),
    ("Profit rose in Q3 2022.", "in Q3 2022", "2022-07-01", "2022-09-30", "range"),
    ("Sales fell over the past three months.", "over the past three months", "2023-10-09", "2024-01-09", "range"),
    ("Talks will take place on Feb 3-4.", "on Feb 3-4", "2024-02-03", "2024-02-04", "range"),
    ("She arrived late Tuesday.", "late Tuesday", "2024-01-09", "2024-01-09", "day"),
    ("He left on Friday night.", "on Friday night", "2024-01-05", "2024-01-05", "day"),
    ("They will vote on Friday.", "on Friday", "2024-01-12", "2024-01-12", "day"),
    ("Ministers met yesterday.", "yesterday", "2024-01-08", "2024-01-08", "day"),
    ("Tomorrow’s vote is close.", "Tomorrow’s", "2024-01-10", "2024-01-10", "day"),
    ("Prices rose last month.", "last month", "2023-12-01", "2023-12-31", "month"),
    ("The law passed in March.", "in March", "2023-03-01", "2023-03-31", "month"),
    ("Fighting eased on 7 October.", "on 7 October", "2023-10-07", "2023-10-07", "day"),
    ("Fighting eased on Oct. 7.", "on Oct. 7", "2023-10-07", "2023-10-07", "day"),
    # a plan told after the fact: a weekday is the most recent one (a past-tense sentence), a date the nearest
    ("The talks had been due to start on Thursday but were put off.", "on Thursday", "2024-01-04", "2024-01-04", "day"),
    ("The talks had been due to start on January 11 but were put off.", "on January 11", "2024-01-11", "2024-01-11", "day"),
    ("He had been due to speak on Monday, but fell ill.", "on Monday", "2024-01-08", "2024-01-08", "day"),
    ("The vote, which had been scheduled for January 2, never took place.", "January 2", "2024-01-02", "2024-01-02", "day"),
    ("He was due to meet her on Monday but called off the trip.", "on Monday", "2024-01-08", "2024-01-08", "day"),
    ("Forecasters expect a crest on Saturday.", "on Saturday", "2024-01-13", "2024-01-13", "day"),
    ("He arrived yesterday afternoon.", "yesterday afternoon", "2024-01-08", "2024-01-08", "day"),
    ("Talks ran from October 6 to 8.", "from October 6 to 8", "2023-10-06", "2023-10-08", "range"),
    ("It happened in November last year.", "in November last year", "2023-11-01", "2023-11-30", "month"),
    ("On Thursday, Ruiz cancelled the talks, saying she would not be used.", "On Thursday", "2024-01-04", "2024-01-04", "day"),
    ("They met on 3 March 2019.", "on 3 March 2019", "2019-03-03", "2019-03-03", "day"),
    ("They met on 13 March 2012.", "on 13 March 2012", "2012-03-13", "2012-03-13", "day"),
    ("Talks ran from 3 to 5 March 2019.", "from 3 to 5 March 2019", "2019-03-03", "2019-03-05", "range"),
    ("Sales rose between 1999 and 2002.", "between 1999 and 2002", "1999-01-01", "2002-12-31", "range"),
    ("The club was founded in the 1950s.", "in the 1950s", "1950-01-01", "1959-12-31", "range"),
    ("Prices boomed in the early 2000s.", "in the early 2000s", "2000-01-01", "2003-12-31", "range"),
    ("The plant closed last fall.", "last fall", "2023-09-01", "2023-11-30", "range"),
    ("The vote will be held this summer.", "this summer", "2024-06-01", "2024-08-31", "range"),
    ("They met in the summer of 2021.", "in the summer of 2021", "2021-06-01", "2021-08-31", "range"),
    ("Talks dragged on into December.", "into December", "2023-12-01", "2023-12-31", "month"),
    ("A visit the minister had planned for Sunday was called off.", "Sunday", "2024-01-07", "2024-01-07", "day"),
    ("On Thursday, Ruiz will reopen the talks that were cancelled.", "On Thursday", "2024-01-11", "2024-01-11", "day"),
    ("A deal is due by June next year.", "by June next year", "2025-06-01", "2025-06-30", "month"),
    ("The meeting has been postponed until June 28.", "until June 28", "2024-06-28", "2024-06-28", "day"),
    # "next" before a noun that is no time ("the next tranche") says nothing of tense
    ("They met on Monday as the government seeks the next tranche.", "on Monday", "2024-01-08", "2024-01-08", "day"),
])
def test_time_expressions(tmp_path, sentence, text, date, date_end, gran):
    # published Tuesday 2024-01-09
    tl = load(tmp_path, sentence).timeline
    assert tl[["text", "date", "date_end", "granularity"]].values.tolist() == [[text, T(date), T(date_end), gran]]


@pytest.mark.parametrize("sentence", [
    "Officials may meet again soon.",
    "Thousands joined a protest march in the capital.",
    "The 58-year-old spent a full day in talks.",
    "She served 18 years in office and 2,000 people came.",
])
def test_no_false_time_expressions(tmp_path, sentence):
    assert load(tmp_path, sentence).timeline.empty


def test_no_published_date_leaves_relative_dates_unresolved(tmp_path):
    c = load(tmp_path, "Talks began on Tuesday and end in 2025.", published=None)
    tl = c.timeline.set_index("text")
    assert pd.isna(tl.loc["on Tuesday", "date"])
    assert tl.loc["in 2025", "date"] == T("2025-01-01")
    assert "published date unknown" in " ".join(c.problems.message)


def test_cancelled_postponed_and_phone_meetings(tmp_path):
    text = ("Foreign Minister Maria Lopez cancelled a meeting with Trade Minister Jan Novak on Monday.\n"
            "President Ana Ruiz spoke by phone with Chancellor Olaf Brandt on Sunday.\n"
            "Prime Minister Tom Hale postponed a meeting with Governor Lisa Park.\n")
    m = load(tmp_path, text).meetings
    got = {(r.subject, r.counterpart, r.status, None if pd.isna(r.date) else r.date.date().isoformat())
           for r in m.itertuples()}
    assert got == {("Maria Lopez", "Jan Novak", "cancelled", "2024-01-08"),
                   ("Ana Ruiz", "Olaf Brandt", "held", "2024-01-07"),
                   ("Tom Hale", "Lisa Park", "cancelled", "2024-01-08")}


def test_pronoun_subject_and_one_row_per_pair(tmp_path):
    text = ("Senator Paul Grant met Mayor Rosa Diaz in Denver on Monday.\n"
            "He is also due to meet the city council on Wednesday.\n"
            "Grant’s meeting with Diaz lasted two hours.\n")
    m = load(tmp_path, text).meetings
    got = [(r.subject, r.counterpart, r.status, r.date.date().isoformat(), None if pd.isna(r.place) else r.place)
           for r in m.itertuples()]
    assert got == [("Paul Grant", "Rosa Diaz", "held", "2024-01-08", "Denver"),
                   ("Paul Grant", "the city council", "scheduled", "2024-01-10", None)]


def test_shared_surname_resolves_to_nearest_full_mention(tmp_path):
    text = ("Kim Jong Un met Kim Yong Chol in Pyongyang.\n"
            "Later, Kim Yong Chol flew to Beijing. Kim said the trip went well.\n")
    c = load(tmp_path, text)
    assert set(c.people.name) == {"Kim Jong Un", "Kim Yong Chol"}
    said = c.quotes.iloc[0]
    assert (said.kind, said.speaker) == ("indirect", "Kim Yong Chol")


def test_colon_statement_and_dash_attribution(tmp_path):
    text = ("A spokesman for the ministry said:\n"
            "The ministry regrets the delay and will publish the report next week.\n"
            "“We are ready,” — Coach Ana Silva.\n")
    q = load(tmp_path, text).quotes
    assert q[["kind", "speaker", "speaker_kind"]].values.tolist() == [
        ["direct", "A spokesman for the ministry", "anonymous"],
        ["direct", "Ana Silva", "person"]]


def test_unbalanced_quote_warns_and_never_raises(tmp_path):
    c = load(tmp_path, "“We will not leave, she said.\nThe vote is on Friday.\n")
    warn = c.problems[c.problems.stage == "quotes"]
    assert warn.message.tolist() == ["paragraph 0: quote mark opened and not closed"]


def test_scare_quote_is_not_a_quote(tmp_path):
    assert load(tmp_path, "The so-called “frugal” states held firm.").quotes.empty


def test_honorific_with_first_name_is_the_full_named_person(tmp_path):
    c = load(tmp_path, "President Budi Santika arrived in Manila on Monday.\n"
                       "Mr Budi met Foreign Secretary Elena Cruz on Tuesday, officials said.\n")
    assert rows(c.meetings, MEETING[:3]) == [["Budi Santika", "Elena Cruz", "held"]]
    assert sorted(c.mentions[c.mentions.name == "Budi Santika"].text) == ["Budi", "Budi Santika"]


def test_first_name_shared_by_two_people_is_no_alias(tmp_path):
    c = load(tmp_path, "President Budi Santika and Governor Budi Harsono toured the port.\n"
                       "Mr Budi said the port would reopen.\n")
    assert c.mentions.text.tolist() == ["Budi Santika", "Budi Harsono"]


def test_subject_of_a_subordinate_clause(tmp_path):
    c = load(tmp_path, "Prime Minister Anna Lind thanked the crowd after Mayor Jonas Berg hosted "
                       "Mr Olaf Dahl for talks on Friday.\n")
    assert rows(c.meetings, MEETING[:3]) == [["Jonas Berg", "Olaf Dahl", "held"]]


def test_received_things_are_no_meetings_and_her_is_the_person_named_before(tmp_path):
    c = load(tmp_path, "Finance Minister Carla Ruiz said the province would receive the first tranche in May.\n"
                       "Governor Tom Reyes is scheduled to meet her on Monday.\n"
                       "Ms Ruiz will receive Governor Tom Reyes on Friday.\n")
    assert rows(c.meetings, MEETING) == [["Tom Reyes", "Carla Ruiz", "scheduled", T("2024-01-15")],
                                         ["Carla Ruiz", "Tom Reyes", "scheduled", T("2024-01-12")]]


def test_role_next_to_a_person_is_that_person(tmp_path):
    c = load(tmp_path, "President Rosa Lima spoke by telephone on Sunday with the regional governor of Cusco, "
                       "Pedro Quispe Mamani, to ask for support.\n"
                       "Ms. Lima is slated to sit with Senator Roy Delgado, the committee’s chairman, on Friday, "
                       "and Mr. Quispe is scheduled to meet water utility leaders on Tuesday.\n")
    assert rows(c.meetings, MEETING[:3]) == [["Rosa Lima", "Pedro Quispe Mamani", "held"],
                    ["Rosa Lima", "Roy Delgado", "scheduled"],
                    ["Pedro Quispe Mamani", "water utility leaders", "scheduled"]]


def test_spoken_with_by_phone_and_group_adjectives(tmp_path):
    c = load(tmp_path, "Senator Lena Voss said she had spoken with Governor Karl Brandt by phone on Monday.\n"
                       "Governor Karl Brandt will meet Danish and German business leaders again on Friday.\n")
    assert rows(c.meetings, MEETING[:3]) == [["Lena Voss", "Karl Brandt", "held"],
                    ["Karl Brandt", "Danish and German business leaders", "scheduled"]]


def test_place_ending_and_demonym_phrases_are_no_people(tmp_path):
    c = load(tmp_path, "Fans gathered at Fenwick Park on Saturday, where South-east Asian leaders were guests.\n"
                       "Minister Park Ji-ho said Fenwick Park would stay open.\n")
    assert c.people.name.tolist() == ["Park Ji-ho"]


def test_participle_attribution_goes_to_the_main_subject(tmp_path):
    c = load(tmp_path, "Senator Ada Kern met Mayor Ben Ruiz in Boston on Monday, saying the city had "
                       "“waited long enough” for repairs.\n")
    q = c.quotes[c.quotes.kind == "partial"]
    assert q[["text", "speaker", "cue"]].values.tolist() == [["waited long enough", "Ada Kern", "say"]]


def test_both_sides_as_subject_make_a_meeting(tmp_path):
    c = load(tmp_path, "President Lena Ortiz and Prime Minister Omar Haddad met on Monday in Rabat.\n"
                       "Ortiz and Haddad spoke with reporters afterwards.\n"
                       "Governor Ida Berg hosted a dinner. Mayor Tom Lund and Berg, his rival, talked late.\n")
    assert rows(c.meetings, MEETING) == [["Lena Ortiz", "Omar Haddad", "held", T("2024-01-08")]]


def test_the_two_leaders_are_the_last_two_named(tmp_path):
    c = load(tmp_path, "Chancellor Eva Roth welcomed President Jan Novak to Berlin on Monday.\n"
                       "The two leaders will hold talks again on Friday, officials said.\n")
    assert rows(c.meetings, MEETING) == [["Eva Roth", "Jan Novak", "held", T("2024-01-08")],
                    ["Eva Roth", "Jan Novak", "scheduled", T("2024-01-12")]]


def test_grounds_companies_and_the_before_a_name(tmp_path):
    c = load(tmp_path, "Fans marched from Priory Lane to the offices of Skagerrak Line, where Westside Library "
                       "staff joined them.\n"
                       "The US special envoy for the Great Lakes Marcia Delane met actor Nathan Lane in Des Moines.\n")
    assert sorted(c.people.name) == ["Marcia Delane", "Nathan Lane"]


def test_meeting_between_two_sides_cancelled_and_moved(tmp_path):
    c = load(tmp_path, "A meeting between Mayor Ana Silva and executives of Rio Transit Group, set for Thursday, "
                       "has been postponed to January 18, officials said.\n"
                       "Talks between the union and the employers resumed on Monday.\n")
    assert rows(c.meetings, MEETING) == [["Ana Silva", "executives of Rio Transit Group", "cancelled", T("2024-01-11")],
                    ["Ana Silva", "executives of Rio Transit Group", "scheduled", T("2024-01-18")],
                    ["the union", "the employers", "held", T("2024-01-08")]]


def test_travel_to_meet_roles_and_where_he(tmp_path):
    c = load(tmp_path, "Kenyan President Ruth Wanjiku flew to Addis Ababa on Monday to meet Prime Minister Abel Tesfaye.\n"
                       "The Kenyan leader spent Tuesday in Nairobi, where she visited Mayor Joy Mwangi.\n"
                       "Wanjiku will travel to Kampala on January 20 to meet the mayor, officials said.\n")
    assert rows(c.meetings, MEETING) == [["Ruth Wanjiku", "Abel Tesfaye", "held", T("2024-01-08")],
                    ["Ruth Wanjiku", "Joy Mwangi", "held", T("2024-01-09")],
                    ["Ruth Wanjiku", "Joy Mwangi", "scheduled", T("2024-01-20")]]


def test_speakers_of_reported_speech_in_clauses(tmp_path):
    c = load(tmp_path, "In a statement, Rossi’s advisers said the trip had been postponed “for logistical reasons”.\n"
                       "Mayor Ana Ruiz spoke with Governor Tom Lee on Tuesday and later said the city would pay.\n"
                       "The talks were cancelled after the company said its director could not travel.\n"
                       "They met in a session that one Western diplomat described as “businesslike, at last”.\n")
    got = c.quotes[["kind", "speaker", "speaker_kind"]].values.tolist()
    assert got == [["partial", "Rossi’s advisers", "group"],
                   ["indirect", "Ana Ruiz", "person"],
                   ["indirect", "the company", "organization"],
                   ["partial", "one Western diplomat", "anonymous"]]


def test_person_cues_who_said_and_role_of_place(tmp_path):
    c = load(tmp_path, "The deal was welcomed by the president of the European Council, Mariusz Zielak, who told "
                       "reporters it was fair.\n"
                       "“We settle our differences,” said Do Thanh Huyen of the Diplomatic Academy.\n"
                       "He spoke with the regional governor of Apurímac, Baltazar Huaco Llerena, on Sunday.\n"
                       "Investors in Harbor Logic and Bluewater Ventures cheered as Cyclone Marlowe passed.\n")
    assert sorted(c.people.name) == ["Baltazar Huaco Llerena", "Do Thanh Huyen", "Mariusz Zielak"]
    assert c.people.set_index("name").role["Baltazar Huaco Llerena"] == "regional governor of Apurímac"


def test_everyday_words_and_the_mark_organisations_not_people(tmp_path):
    # "Harrow Glass" and "Tin Miners" have no title, honorific or known first name; their words are also
    # written in lower case ("glass", "miners"), or "the" stands before them. "Osei Mensah" keeps the cue
    # of his surname standing alone.
    c = load(tmp_path, "Harrow Glass cut 300 jobs as glass demand fell, said Osei Mensah, who chairs the Tin "
                       "Miners’ Union.\nThe union says miners were not consulted. Mensah disagreed.\n")
    assert c.people.name.tolist() == ["Osei Mensah"]


def test_video_calls_lists_with_acronyms_and_roles_and_received_delegations(tmp_path):
    c = load(tmp_path,
             "Governor Rhea Castell held a video call Monday with officials from the State Water Board.\n"
             "Mayor Ivo Brandt hosted Dr Lin Sato, president of the Harbour Pilots Guild (HPG), Ken Ueda, head "
             "of the Dock Workers Union, and Ana Pires at City Hall on Thursday.\n"
             "Brandt had been due to receive a delegation of student leaders on Monday, but the meeting was "
             "called off.\n")
    assert rows(c.meetings, MEETING) == [
        ["Rhea Castell", "officials from the State Water Board", "held", T("2024-01-08")],
        ["Ivo Brandt", "Lin Sato", "held", T("2024-01-04")],
        ["Ivo Brandt", "Ken Ueda", "held", T("2024-01-04")],
        ["Ivo Brandt", "Ana Pires", "held", T("2024-01-04")],
        ["Ivo Brandt", "a delegation of student leaders", "cancelled", T("2024-01-08")]]


def test_meeting_between_three_and_a_role_named_after_a_comma(tmp_path):
    c = load(tmp_path,
             "A meeting between Ms Dorn, Mr Hale and Ms Ruiz, which had been due on January 12, has been "
             "postponed to January 19, a spokesman said.\n"
             "Talks between Dorn and Chile’s deputy minister for energy, Pablo Vidal, ended on Monday.\n"
             "Senator Eva Dorn, Judge Tom Hale and Dr Rosa Ruiz signed the letter.\n")
    assert rows(c.meetings, MEETING) == [
        ["Eva Dorn", "Tom Hale", "cancelled", T("2024-01-12")],
        ["Eva Dorn", "Rosa Ruiz", "cancelled", T("2024-01-12")],
        ["Eva Dorn", "Tom Hale", "scheduled", T("2024-01-19")],
        ["Eva Dorn", "Rosa Ruiz", "scheduled", T("2024-01-19")],
        ["Eva Dorn", "Pablo Vidal", "held", T("2024-01-08")]]


def test_things_met_with_are_no_parties_and_the_two_open_a_sentence(tmp_path):
    c = load(tmp_path,
             "President Ola Berg received Prime Minister Sami Leino at La Moneda on Monday.\n"
             "The two agreed to cut tariffs and will hold a second round of talks on Friday.\n"
             "The plan has met with a cool reception from the Ostrava Steel Ltd board, and Ostrava Steel "
             "declined to comment.\n")
    assert rows(c.meetings, MEETING) == [["Ola Berg", "Sami Leino", "held", T("2024-01-08")],
                                         ["Ola Berg", "Sami Leino", "scheduled", T("2024-01-12")]]
    assert sorted(c.people.name) == ["Ola Berg", "Sami Leino"]


def test_indirect_speakers_after_relative_and_participle_clauses(tmp_path):
    c = load(tmp_path,
             "A union official who asked not to be named said the board will vote on Saturday.\n"
             "An Argentine official, speaking on condition of anonymity, said Buenos Aires was wary of the plan.\n"
             "Mayor Rita Holm said she shared their worries but that the county must decide.\n"
             "Senator Abe Kline missed the vote, and Kline's office said he had a scheduling conflict.\n")
    q = c.quotes[c.quotes.kind == "indirect"]
    assert q[["speaker", "speaker_kind", "text"]].values.tolist() == [
        ["A union official", "anonymous", "the board will vote on Saturday"],
        ["An Argentine official", "anonymous", "Buenos Aires was wary of the plan"],
        ["Rita Holm", "person", "she shared their worries but that the county must decide"],
        ["Kline's office", "organization", "he had a scheduling conflict"]]


def test_inverted_speakers_with_relative_clause_and_closing_comma(tmp_path):
    c = load(tmp_path,
             "“Nobody should mistake that for progress,” said a senior EU diplomat who asked not to be named.\n"
             "A senior official, who did not wish to be identified, said any relief would need approval.\n"
             "Holm will meet Ken Ueda next Thursday, her chief of staff, Bo Lind, said.\n")
    assert c.quotes[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "a senior EU diplomat", "Nobody should mistake that for progress"],
        ["indirect", "A senior official", "any relief would need approval"],
        ["indirect", "Bo Lind", "Holm will meet Ken Ueda next Thursday"]]


def test_speaker_before_colon_behind_a_role_and_names_of_bodies(tmp_path):
    c = load(tmp_path,
             "Joseph Wamala, coordinator of the Alliance for Seed Sovereignty in Uganda, said: “Nobody asked us.”\n"
             "A spokesman for the Institute of Coastal Ecology said the survey would go ahead.\n")
    assert c.quotes[["kind", "speaker", "text"]].values.tolist() == [
        ["direct", "Joseph Wamala", "Nobody asked us"],
        ["indirect", "A spokesman for the Institute of Coastal Ecology", "the survey would go ahead"]]
    assert c.people.name.tolist() == ["Joseph Wamala"]


def test_unquoted_statement_after_a_colon_inside_a_paragraph(tmp_path):
    c = load(tmp_path,
             "Shares rose 4%. In a filing to the exchange, the company said: The talks were constructive. "
             "A deal is likely.\nAnalysts said the rise was modest.\n")
    assert c.quotes[["kind", "speaker", "speaker_kind", "text"]].values.tolist() == [
        ["direct", "the company", "organization", "The talks were constructive. A deal is likely"],
        ["indirect", "Analysts", "group", "the rise was modest"]]


def test_the_official_refers_back_within_a_sentence_never_across_one(tmp_path):
    c = load(tmp_path,
             "The ministry issued a statement.\nA senior U.S. diplomat in Bishkek said the gap remained wide.\n"
             "“Neither side can give way first,” the diplomat said.\n")
    assert c.quotes[["kind", "speaker", "speaker_kind"]].values.tolist() == [
        ["indirect", "A senior U.S. diplomat in Bishkek", "anonymous"],  # a place after the noun is kept
        ["direct", "A senior U.S. diplomat", "anonymous"]]


def test_sources_behind_documents_and_people_aware_of_the_matter(tmp_path):
    c = load(tmp_path,
             "The tariff will fall by a tenth, according to a statement from the energy ministry.\n"
             "The firm wants a cut of 12 cents, according to people aware of the matter.\n")
    assert c.quotes[["speaker", "speaker_kind"]].values.tolist() == [
        ["the energy ministry", "organization"], ["people aware of the matter", "group"]]


def test_reported_clauses_after_a_time_or_a_bare_noun_and_role_appositives(tmp_path):
    c = load(tmp_path,
             "The regional council said on Thursday it would try to recover the money.\n"
             "Lena Berg, an energy analyst at Kappa Hollis in Oslo, said investors had waited years for this.\n"
             "Tom Ruud, publisher of the Berlin house Brandt & Falk, said sales had doubled since May.\n"
             "In Bergen, families of the fishermen said they were running out of patience.\n")
    q = c.quotes[c.quotes.kind == "indirect"]
    assert q[["speaker", "text"]].values.tolist() == [
        ["The regional council", "it would try to recover the money"],
        ["Lena Berg", "investors had waited years for this"],
        ["Tom Ruud", "sales had doubled since May"],
        ["families of the fishermen", "they were running out of patience"]]


def test_the_name_ending_the_subject_speaks_not_a_surname_inside_a_company(tmp_path):
    c = load(tmp_path,
             "Analyst Ole Vik, a portfolio manager, praised the deal.\n"
             "“Software matters as much as turbines,” Vik Energy chief executive Ada Lund told analysts.\n")
    assert c.quotes[["speaker", "cue"]].values.tolist() == [["Ada Lund", "tell"]]


def test_said_with_a_clause_after_it_is_no_inverted_speaker(tmp_path):
    c = load(tmp_path,
             "Minister Ruth Langat said the funds would come soon.\n"
             "Kariuki, who chairs the finance committee, said he would meet Langat on Friday.\n"
             "Sales had tripled since May, said Kestrel & Finch.\n")
    assert c.quotes[["speaker", "text"]].values.tolist() == [
        ["Ruth Langat", "the funds would come soon"], ["Kariuki", "he would meet Langat on Friday"],
        ["Kestrel & Finch", "Sales had tripled since May"]]


def test_passive_hosts_trips_on_a_date_groups_with_names_and_family_names_first(tmp_path):
    c = load(tmp_path,
             "Prime Minister Ana Brito was received by President Rui Tavares at Belem Palace on Monday.\n"
             "Minister Sara Holt flew to Oslo on January 4 to meet Park Ji-won and the Norsk Vind board.\n"
             "Park said she had met Holt once before. The meeting between Holt and representatives of "
             "Vind Nordica del Sur, set for Friday, was cancelled.\n")
    assert rows(c.meetings, MEETING) == [
        ["Rui Tavares", "Ana Brito", "held", T("2024-01-08")],
        ["Sara Holt", "Park Ji-won", "held", T("2024-01-04")],
        ["Sara Holt", "the Norsk Vind board", "held", T("2024-01-04")],
        ["Park Ji-won", "Sara Holt", "held", pd.NaT],  # "had met … once before": no date borrowed
        ["Sara Holt", "representatives of Vind Nordica del Sur", "cancelled", T("2024-01-12")]]


def test_speakers_in_apposition_relatives_after_according_to_and_second_verbs(tmp_path):
    c = load(tmp_path,
             "Mayor Joe Semedo visited the ward on Monday.\n"
             "“He asked about the weather first,” said Mr Semedo’s sister, Ana Semedo.\n"
             "The talks lasted three hours, according to two people briefed on the discussions, who said the "
             "sides were far apart.\n"
             "The union’s leader, Alis Petraitis, said his members feared the firm would “flag out” the fleet.\n"
             "The men met in a session that one Western diplomat described as tense.\n"
             "“Nobody trusts anybody yet,” the diplomat said.\n")
    assert c.quotes[["kind", "speaker"]].values.tolist() == [
        ["direct", "Ana Semedo"], ["indirect", "two people briefed on the discussions"],
        ["partial", "Alis Petraitis"], ["direct", "one Western diplomat"]]


def test_two_particles_places_named_after_people_and_the_before_a_first_name(tmp_path):
    c = load(tmp_path,
             "His lawyer, Beatriz Soler de la Fuente, said the ruling at the Prince Salman bin Fahd Stadium "
             "hearing was unfair.\nThe contracts for the Marina Real expansion were rigged, Soler said.\n")
    assert c.people.name.tolist() == ["Beatriz Soler de la Fuente"]


def test_nicknames_it_after_a_body_palace_and_surnames_inside_company_names(tmp_path):
    c = load(tmp_path,
             "Midfielder Hamad Saleh, nicknamed “the Professor” by fans, told a newspaper that his side would "
             "“fear nobody”.\n"
             "Turnout was 61 per cent, the Electoral Commission said. It described the vote as “largely calm”.\n"
             "The presidential palace said that the two leaders had discussed trade.\n"
             "Analyst Lars Vik praised the plan. “We could never build this alone,” Vik Energy chief Ada Lund "
             "said. “It took years,” she added.\n")
    assert c.quotes[["kind", "speaker", "text"]].values.tolist() == [
        ["partial", "Hamad Saleh", "fear nobody"],
        ["partial", "the Electoral Commission", "largely calm"],
        ["indirect", "the Electoral Commission", "Turnout was 61 per cent"],
        ["indirect", "The presidential palace", "the two leaders had discussed trade"],
        ["direct", "Ada Lund", "We could never build this alone"],
        ["direct", "Ada Lund", "It took years"]]


def test_courtesy_calls_meals_calls_on_and_dates_that_are_days(tmp_path):
    c = load(tmp_path,
             "Minister Ana Ruiz paid a courtesy call on the speaker of the assembly, Jon Ek, on Monday.\n"
             "Ruiz had breakfast with Mayor Tom Hale and Montgomery County Sheriff Dan Roe on Thursday morning.\n"
             "On Friday she called on the Prime Minister, Sam Otto, at his office. She called on him to resign.\n"
             "Ruiz held a video conference with Dr. Lee Park last week and telephoned Gov. Kim Lund.\n"
             "Both cities met the deadline. She met her husband, Ben Ruiz, in 1990.\n")
    assert rows(c.meetings, MEETING + ["when"]) == [
        ["Ana Ruiz", "Jon Ek", "held", T("2024-01-08"), "on Monday"],
        ["Ana Ruiz", "Tom Hale", "held", T("2024-01-04"), "on Thursday morning"],
        ["Ana Ruiz", "Dan Roe", "held", T("2024-01-04"), "on Thursday morning"],
        ["Ana Ruiz", "Sam Otto", "held", T("2024-01-05"), "On Friday"],
        ["Ana Ruiz", "Lee Park", "held", pd.NaT, "last week"],
        ["Ana Ruiz", "Kim Lund", "held", pd.NaT, "last week"]]


def test_roles_given_by_a_verb_and_role_subjects_behind_pronouns(tmp_path):
    c = load(tmp_path,
             "When Rosa Lind was elected the first mayor of the valley authority in May, critics scoffed.\n"
             "On Monday the mayor received the Japanese ambassador, Ken Sato, at the civic hall.\n"
             "On Tuesday she welcomed the Transport Secretary, Ola Berg, to the city.\n"
             "The mayor’s meeting with Mr Sato was their first.\n")
    assert c.people.set_index("name").loc["Rosa Lind", "role"] == "mayor"
    # the last sentence names the Monday meeting again, without a date: it stays a row of its own (NaT)
    assert rows(c.meetings, MEETING) == [["Rosa Lind", "Ken Sato", "held", T("2024-01-08")],
                                         ["Rosa Lind", "Ola Berg", "held", T("2024-01-09")],
                                         ["Rosa Lind", "Ken Sato", "held", pd.NaT]]


def test_both_sides_with_appositives_and_a_dinner_hosted_later(tmp_path):
    c = load(tmp_path,
             "Chile’s foreign minister, Ana Soto, and her Peruvian counterpart, Luis Vega, met on Monday.\n"
             "Ms Soto and Bolivia’s water minister, Raul Paz, are to meet in La Paz on Friday.\n"
             "Mr Vega will host a dinner for Vireo’s chief executive, Ida Holm, in Lima on Thursday.\n")
    assert rows(c.meetings, MEETING) == [["Ana Soto", "Luis Vega", "held", T("2024-01-08")],
                                         ["Ana Soto", "Raul Paz", "scheduled", T("2024-01-12")],
                                         ["Luis Vega", "Ida Holm", "scheduled", T("2024-01-11")]]


def test_reported_clauses_before_a_mid_sentence_source_and_plural_speakers(tmp_path):
    c = load(tmp_path,
             "Mayor Ana Soto will visit Lima on March 3, her department said on Tuesday, in a bid to calm the row.\n"
             "The two sides will talk again in May, according to state media, a step welcomed abroad.\n"
             "Lake Mead fell to a record low, and hydrologists warn it could drop further.\n"
             "The plan met fierce resistance at meetings, where farmers argue that the towns will empty.\n")
    q = c.quotes[c.quotes.kind == "indirect"]
    assert q[["speaker", "speaker_kind", "cue", "text"]].values.tolist() == [
        ["her department", "organization", "say", "Mayor Ana Soto will visit Lima on March 3"],
        ["state media", "organization", "accord", "The two sides will talk again in May"],
        ["hydrologists", "group", "warn", "it could drop further"],
        ["farmers", "group", "argue", "the towns will empty"]]


def test_company_words_sentence_adverbs_dams_and_french_honorifics(tmp_path):
    c = load(tmp_path,
             "Calder Securities advised the board. Only California met the target near Hoover Dam.\n"
             "Mme Claire Duvivier, the French minister, met Pennine Coaches drivers in Leeds.\n")
    assert c.people[["name", "role"]].values.tolist() == [["Claire Duvivier", "French minister"]]


def test_the_role_opening_a_clause_and_she_after_according_to(tmp_path):
    c = load(tmp_path,
             "Health Minister Alan Birch opened the wing on Monday.\n"
             "The minister toured the new wards and also visited retired nurse Edith Carr at her home.\n"
             "The mediator, Ingrid Sol, kept talks going for years. According to Carlos Medina, she once talked for "
             "40 hours. In March she hosted Amade Nhaca at a retreat.\n")
    assert rows(c.meetings, MEETING[:3]) == [["Alan Birch", "Edith Carr", "held"], ["Ingrid Sol", "Amade Nhaca", "held"]]


def test_she_and_he_skip_people_the_article_marks_as_the_other_sex(tmp_path):
    c = load(tmp_path,
             "Ms Ana Ruiz chaired the talks on Monday.\nMr Tom Hale praised the deal.\n"
             "She said the next round would follow in May.\n"
             "Council spokeswoman Ida Berg thanked Mr Hale. He said the port would reopen.\n")
    q = c.quotes[c.quotes.kind == "indirect"]
    assert q[["speaker", "text"]].values.tolist() == [["Ana Ruiz", "the next round would follow in May"],
                                                     ["Tom Hale", "the port would reopen"]]


def test_object_pronoun_counterpart_is_the_person_named_before(tmp_path):
    # "welcomed her": the person named before who is not the subject; "him" skips people marked female
    c = load(tmp_path, "Mayor Lucia Ferro flew to Lyon on Sunday. Governor Paul Denis welcomed her at the airport.\n"
                       "Ms Ferro met him again on Monday. Later that day, Ms Ferro and her aide Rita Sole, who joined "
                       "on Monday, met them briefly.")
    assert rows(c.meetings, MEETING) == [["Paul Denis", "Lucia Ferro", "held", T("2024-01-07")],
                                         ["Lucia Ferro", "Paul Denis", "held", T("2024-01-08")]]


@pytest.mark.parametrize("sentence,expected", [
    ("Ms Novak conferred with Mr Okoro on Monday.", ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("Ms Novak huddled with Mr Okoro on Monday.", ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("Ms Novak had talks with Mr Okoro on Monday.", ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("Mr Okoro played host to Ms Novak on Monday.", ["David Okoro", "Jana Novak", "held", T("2024-01-08")]),
    ("Ms Novak was greeted by Mr Okoro at the airport on Monday.", ["David Okoro", "Jana Novak", "held", T("2024-01-08")]),
    ("Ms Novak flew to Abuja for further talks with Mr Okoro on Monday.",
     ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    # the noun says nothing of time: the clause does
    ("Ms Novak will travel to Abuja on Friday for talks with Mr Okoro.",
     ["Jana Novak", "David Okoro", "scheduled", T("2024-01-12")]),
    # a weekday in a past-tense sentence is the most recent one (DESIGN.md)
    ("Ms Novak’s meeting with Mr Okoro on Friday was cancelled.",
     ["Jana Novak", "David Okoro", "cancelled", T("2024-01-05")]),
    ("Ms Novak was to have met Mr Okoro on Friday, but the meeting was called off.",
     ["Jana Novak", "David Okoro", "cancelled", T("2024-01-05")]),
])
def test_more_meeting_forms(tmp_path, sentence, expected):
    c = load(tmp_path, "Foreign Minister Jana Novak and President David Okoro spoke to reporters.\n" + sentence)
    assert rows(c.meetings, MEETING) == [expected]


def test_being_in_talks_with_a_company_is_no_meeting(tmp_path):
    c = load(tmp_path, "Chief executive Marta Lind said the company was in talks with Nordvik Energy about a deal.")
    assert c.meetings.empty


def test_names_with_a_capital_inside(tmp_path):
    # "Mc", "Mac", "De", "Le" names were cut to their first letters ("Mitch Mc")
    c = load(tmp_path, "Senator Mitch McConnell met Kevin McCarthy on Monday. Betsy DeVos met Jean LeBlanc.")
    assert sorted(c.people.name) == ["Betsy DeVos", "Jean LeBlanc", "Kevin McCarthy", "Mitch McConnell"]
    assert rows(c.meetings, MEETING[:2]) == [["Mitch McConnell", "Kevin McCarthy"], ["Betsy DeVos", "Jean LeBlanc"]]


@pytest.mark.parametrize("sentence,expected", [
    # the list was cut inside the role ("for …", "in …"): the name after the comma is the person
    ("Ms Novak had dinner with the Labour MP for Glasgow Kelvin, Rita Sole, at the City Chambers.",
     ["Jana Novak", "Rita Sole"]),
    ("Ms Novak will meet the Minority Leader in Parliament, Rita Sole, on Thursday.", ["Jana Novak", "Rita Sole"]),
    # "planned" ends the list; the role is resolved to its holder
    ("Ms Novak said a meeting with the president planned for Friday had been called off.",
     ["Jana Novak", "David Okoro"]),
    # "then" is no subject: the sentence's is
    ("Ms Novak toured the port before dawn, then sat down with Rita Sole.", ["Jana Novak", "Rita Sole"]),
    ("Ms Novak held talks yesterday afternoon with Rita Sole.", ["Jana Novak", "Rita Sole"]),
    ("Ms Novak paid a call on Rita Sole at her office.", ["Jana Novak", "Rita Sole"]),
    ("Ms Novak was greeted at the shipyard by Rita Sole.", ["Rita Sole", "Jana Novak"]),
])
def test_meeting_parties_past_cut_lists_and_adverbs(tmp_path, sentence, expected):
    c = load(tmp_path, "Foreign Minister Jana Novak and President David Okoro spoke to reporters. "
                       "Mayor Rita Sole was there.\n" + sentence)
    assert rows(c.meetings, MEETING[:2]) == [expected]


def test_pronoun_chain_runs_past_sentences_whose_subject_is_the_same_pronoun(tmp_path):
    # "He toured …, then sat down with Rhonda Vance. He later met …": Vance is an object, not the "he"
    c = load(tmp_path, "Mayor Dale Kuiper spent most of Thursday in boots.\n"
                       "He toured the flooded streets, then sat down with county director Rhonda Vance.\n"
                       "By noon, 300 homes had water in them.\n"
                       "He later met Gov. Thomas Brennan at the airport.")
    assert rows(c.meetings, MEETING[:2]) == [["Dale Kuiper", "Rhonda Vance"], ["Dale Kuiper", "Thomas Brennan"]]


def test_undated_meetings_of_one_pair_are_kept_apart_by_their_time_words(tmp_path):
    c = load(tmp_path, "Foreign Minister Jana Novak and President David Okoro last met in Salzburg in November.\n"
                       "Novak and Okoro are expected to meet again in May.")
    assert rows(c.meetings, ["subject", "counterpart", "status", "when"]) == [
        ["Jana Novak", "David Okoro", "held", "in November"], ["Jana Novak", "David Okoro", "scheduled", "in May"]]


def test_a_pronoun_in_a_sentence_naming_one_person_marks_their_sex(tmp_path):
    # "when he was recalled" marks Omar Haddad as "he", so the later "she" is Ana Ruiz
    c = load(tmp_path, "Ana Ruiz is unapologetic.\n"
                       "A planned dinner with the foreign minister, Omar Haddad, was cancelled when he was recalled home.\n"
                       "“Peace is boring,” she said.")
    assert rows(c.quotes, ["speaker", "text"]) == [["Ana Ruiz", "Peace is boring"]]


@pytest.mark.parametrize("text", [
    "Governor Tom Brennan toured the towns. He said: “We’ll find the money.”",
    "Governor Tom Brennan toured the towns. Asked about the cost, he said: “We’ll find the money.”",
])
def test_he_said_colon_is_the_person_named_before(tmp_path, text):
    # a pronoun before "said:" was looked up one character early (at the space) and found nobody
    c = load(tmp_path, text)
    assert rows(c.quotes, ["speaker", "cue", "text"]) == [["Tom Brennan", "say", "We’ll find the money"]]


@pytest.mark.parametrize("text,speaker", [
    ("Chief Minister Ravi Rao was candid: “Without loans, phase two will stay on paper.”", "Ravi Rao"),
    ("Dr Nadia Pryce heard of it late. Her verdict was blunt: “Without loans, phase two will stay on paper.”",
     "Nadia Pryce"),
    ("Mayor Ann Lee put it simply: “Without loans, phase two will stay on paper.”", "Ann Lee"),
    ("The sign read: “Without loans, phase two will stay on paper.”", None),
])
def test_colon_before_a_quote_without_a_speech_verb(tmp_path, text, speaker):
    q = load(tmp_path, text).quotes
    assert q.text.tolist() == ["Without loans, phase two will stay on paper"]
    if speaker:
        assert rows(q, ["speaker", "cue"]) == [[speaker, ":"]]
    else:  # "The sign read:": no person
        assert q.speaker.isna().all() and q.cue.isna().all()


@pytest.mark.parametrize("sentence,speaker", [
    ("The talks have stalled for good, one former UN envoy said.", "one former UN envoy"),
    ("The talks have stalled for good, a guest said.", "a guest"),
    ("The talks have stalled for good, shareholders said.", "shareholders"),
])
def test_more_anonymous_and_group_sources(tmp_path, sentence, speaker):
    q = load(tmp_path, sentence).quotes
    assert rows(q, ["kind", "speaker", "text"]) == [["indirect", speaker, "The talks have stalled for good"]]


def test_company_marked_by_its_roles_is_no_person(tmp_path):
    # "X’s chief executive" and "the chief executive of X" name a company; its bare mentions are no person
    c = load(tmp_path, "Hansen Line chief executive Mette Kjaer met Orient Pacific’s chief executive, Tan Boon Hock.\n"
                       "Orient Pacific is seeking a premium. Ms Kjaer also met the chief executive of Nordvik Marine, "
                       "Henrik Solvang.\nNordvik Marine declined to comment.")
    assert sorted(c.people.name) == ["Henrik Solvang", "Mette Kjaer", "Tan Boon Hock"]
    assert rows(c.meetings, MEETING[:2]) == [["Mette Kjaer", "Tan Boon Hock"], ["Mette Kjaer", "Henrik Solvang"]]


def test_hyphenated_titles_and_a_given_name_as_counterpart(tmp_path):
    c = load(tmp_path, "Thai Prime Minister Anucha Rattanakorn arrived on Friday. A video call between Premier Khamphone "
                       "Sisavath and Chinese Vice-Premier Zhao Minghua followed.\n"
                       "President Bounmy Phommachanh welcomed Anucha to the palace on Saturday.")
    assert rows(c.people.sort_values("name"), ["name", "role"])[-1] == ["Zhao Minghua", "Chinese Vice-Premier"]
    assert rows(c.meetings, MEETING[:2]) == [["Khamphone Sisavath", "Zhao Minghua"],
                                             ["Bounmy Phommachanh", "Anucha Rattanakorn"]]


@pytest.mark.parametrize("sentence,expected", [
    ("After meeting Mr Okoro on Monday, Ms Novak said the talks went well.",
     ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("During a meeting with Mr Okoro on Monday, she said the talks went well.",
     ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("Following talks with Mr Okoro on Monday, Ms Novak flew home.",
     ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("Ms Novak spoke with Mr Okoro on Monday about the crisis.", ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("Ms Novak is meeting Mr Okoro on Friday.", ["Jana Novak", "David Okoro", "scheduled", T("2024-01-12")]),
    ("Ms Novak and Mr Okoro shook hands on Monday.", ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    ("Ms Novak and Mr Okoro held a joint news conference on Monday.",
     ["Jana Novak", "David Okoro", "held", T("2024-01-08")]),
    # a plan told after the fact ("were due to … but … cancelled"): the most recent Friday, as after "had been due to"
    ("Ms Novak and Mr Okoro were due to meet on Friday, but the talks were cancelled.",
     ["Jana Novak", "David Okoro", "cancelled", T("2024-01-05")]),
])
def test_meetings_in_opening_phrases_and_reciprocal_forms(tmp_path, sentence, expected):
    c = load(tmp_path, "Foreign Minister Jana Novak visited Abuja. President David Okoro was there.\n" + sentence)
    assert rows(c.meetings, MEETING) == [expected]


@pytest.mark.parametrize("sentence", [
    "Ms Novak spoke with reporters on Monday.",
    "Ms Novak spoke with The Times on Monday.",
    "During a meeting of the cabinet on Monday, ministers argued.",
])
def test_spoke_with_no_person_is_no_meeting(tmp_path, sentence):
    c = load(tmp_path, "Foreign Minister Jana Novak visited Abuja.\n" + sentence)
    assert c.meetings.empty


def test_she_follows_a_chain_of_she_back_to_the_speaker_who_ends_a_sentence(tmp_path):
    # "…, Castellano said." makes Castellano that sentence's subject; the later "she" chains back to her
    c = load(tmp_path, "Mayor Renee Castellano visited the band director, Gary Lindqvist, at the hospital.\n"
                       "Lindqvist asked first about his students, Castellano said. “He wanted to know,” she told "
                       "reporters.\nOn Wednesday evening, she met the families of the students.")
    assert rows(c.meetings, MEETING[:2]) == [["Renee Castellano", "Gary Lindqvist"],
                                             ["Renee Castellano", "the families of the students"]]
    assert sorted(rows(c.quotes, ["speaker", "text"])) == [["Renee Castellano", "He wanted to know"],
                                                          ["Renee Castellano", "Lindqvist asked first about his students"]]


def test_and_warned_that_splits_an_indirect_statement_in_two(tmp_path):
    q = load(tmp_path, "Governor Fatma Mbaruk said the county had not been paid, and warned that nurses "
                       "could soon go unpaid.").quotes
    assert rows(q, ["speaker", "cue", "text"]) == [["Fatma Mbaruk", "say", "the county had not been paid"],
                                                   ["Fatma Mbaruk", "warn", "nurses could soon go unpaid"]]


@pytest.mark.parametrize("sentence,speaker,kind,text", [
    ("Officials in Washington said the deal was close.", "Officials in Washington", "group", "the deal was close"),
    ("Diplomats at the talks said the deal was close.", "Diplomats at the talks", "group", "the deal was close"),
    # a relative clause speaks for the phrase it hangs on
    ("The plan met with frustration from older residents, many of whom say the deal was close.",
     "older residents", "group", "the deal was close"),
    ("Finance Minister Ana Lee, who says the deal was close, was not available.", "Ana Lee", "person",
     "the deal was close"),
])
def test_group_sources_with_places_and_relative_clauses(tmp_path, sentence, speaker, kind, text):
    q = load(tmp_path, sentence).quotes
    assert rows(q, ["speaker", "speaker_kind", "text"]) == [[speaker, kind, text]]


@pytest.mark.parametrize("sentence,expected", [
    ("The talks will resume on Friday, Novak told the BBC.",
     [["indirect", "Jana Novak", "tell", "The talks will resume on Friday"]]),
    ("Novak told reporters the talks would resume on Friday.",
     [["indirect", "Jana Novak", "tell", "the talks would resume on Friday"]]),
    ("“There is no alternative,” she insisted, “and we will not back down.”",
     [["direct", "Jana Novak", "insist", "There is no alternative"],
      ["direct", "Jana Novak", "insist", "and we will not back down"]]),
])
def test_told_an_audience_and_a_quote_split_by_its_attribution(tmp_path, sentence, expected):
    q = load(tmp_path, "Foreign Minister Jana Novak visited Abuja on Monday.\n" + sentence).quotes
    assert rows(q, ["kind", "speaker", "cue", "text"]) == expected


def test_adding_that_after_a_quote_is_the_same_speakers_indirect_statement(tmp_path):
    q = load(tmp_path, "Foreign Minister Jana Novak visited Abuja on Monday.\n"
                       "“We are ready,” said Novak, adding that talks would resume on Friday.").quotes
    assert rows(q, ["kind", "speaker", "cue", "text"]) == [
        ["direct", "Jana Novak", "say", "We are ready"], ["indirect", "Jana Novak", "add", "talks would resume on Friday"]]


def test_she_after_an_opening_time_phrase_keeps_the_chain(tmp_path):
    c = load(tmp_path, "Helena Marsh is a mediator, and she is now asked to mediate.\nThe latest is water.\n"
                       "In January she flew to Bishkek and sat down with Almazbek Toktogulov for five hours.\n"
                       "In Dushanbe she was greeted by Rustam Nazarov, the energy minister.\n"
                       "She met him again in Vienna on February 18.")
    assert rows(c.meetings, MEETING[:2]) == [["Helena Marsh", "Almazbek Toktogulov"], ["Rustam Nazarov", "Helena Marsh"],
                                             ["Helena Marsh", "Rustam Nazarov"]]


def test_initials_without_spaces_are_a_name_word(tmp_path):
    c = load(tmp_path, "Ambassador Hiroshi Takeda will call on Governor R.K. Bhatnagar on Friday. U.S. officials agreed.")
    assert rows(c.people.sort_values("name"), ["name", "role"]) == [["Hiroshi Takeda", "Ambassador"],
                                                                   ["R.K. Bhatnagar", "Governor"]]
    assert rows(c.meetings, MEETING) == [["Hiroshi Takeda", "R.K. Bhatnagar", "scheduled", T("2024-01-12")]]


@pytest.mark.parametrize("sentence,expected", [
    ("A spokesman for Novak said the talks would resume.",
     ["indirect", "A spokesman for Novak", "anonymous", "the talks would resume"]),
    # the attribution inside the statement: the statement is kept whole
    ("The talks, Novak said, would resume on Friday.",
     ["indirect", "Jana Novak", "person", "The talks, Novak said, would resume on Friday"]),
])
def test_spokesman_for_a_person_and_an_attribution_inside_the_statement(tmp_path, sentence, expected):
    q = load(tmp_path, "Foreign Minister Jana Novak visited Abuja on Monday.\n" + sentence).quotes
    assert rows(q, ["kind", "speaker", "speaker_kind", "text"]) == [expected]


@pytest.mark.parametrize("sentence,expected", [
    ("Ms Novak meets Mr Okoro on Friday.", [["Jana Novak", "David Okoro", "scheduled", T("2024-01-12")]]),
    ("Ms Novak hopes to meet Mr Okoro on Friday.", [["Jana Novak", "David Okoro", "scheduled", T("2024-01-12")]]),
    ("Ms Novak has never met Mr Okoro.", []),
    ("Ms Novak refused to meet Mr Okoro on Monday.", []),
    ("Ms Novak did not meet with Mr Okoro.", []),
])
def test_present_tense_plans_and_negated_meetings(tmp_path, sentence, expected):
    c = load(tmp_path, "Foreign Minister Jana Novak visited Abuja. President David Okoro was there.\n" + sentence)
    assert rows(c.meetings, MEETING) == expected


def test_uncued_names_after_in_or_at_are_places(tmp_path):
    c = load(tmp_path, "Mayor Dale Kuiper met officials in Cedar Rapids and at Chiang Saen.\n"
                       "“It is done,” said Priya Raman, an analyst at Carlisle Brothers.\n"
                       "A late winner from Kofi Mensah decided it.")
    assert sorted(c.people.name) == ["Dale Kuiper", "Kofi Mensah", "Priya Raman"]


def test_role_in_front_of_an_honorific(tmp_path):
    # "the former trade minister Sir Alan Brook", "Chief Executive Dr Ines Varga", "the union chair, Dr Lena Holt":
    # the honorific sits between the role and the name
    c = load(tmp_path, "The letter was led by the former trade minister Sir Alan Brook. Chief Executive Dr Ines Varga "
                       "welcomed the plan. The minister was due to meet the chair of the Nurses’ Union, Dr Lena Holt, "
                       "on Friday, but the union chair cancelled.")
    assert sorted(rows(c.people, ["name", "role"])) == [
        ["Alan Brook", "former trade minister"], ["Ines Varga", "Chief Executive"],
        ["Lena Holt", "chair of the Nurses’ Union"]]


def test_occupations_in_front_of_a_name_are_roles(tmp_path):
    c = load(tmp_path, "Retired teacher Mabel Quist chaired the meeting. Club owner Tomas Ferreira and the economist "
                       "Ruth Adeyemi spoke, and farmer Joe Pask said the plan was late.")
    assert sorted(rows(c.people, ["name", "role"])) == [
        ["Joe Pask", "farmer"], ["Mabel Quist", "Retired teacher"], ["Ruth Adeyemi", "economist"],
        ["Tomas Ferreira", "Club owner"]]


def test_rank_after_a_role_and_high_commissioners(tmp_path):
    c = load(tmp_path, "Premier Jo Arden met Ugandan army chief Gen. Moses Kato on Friday. On Saturday she received the Canadian "
                       "high commissioner, Claire Dubois, Arizona Gov. Linda Carr and the Mayor of Eastby, Cllr Anil Rao.")
    assert sorted(rows(c.people, ["name", "role"])) == [
        ["Anil Rao", "Mayor of Eastby"], ["Claire Dubois", "Canadian high commissioner"], ["Jo Arden", "Premier"],
        ["Linda Carr", "Arizona Gov."], ["Moses Kato", "Ugandan army chief"]]


def test_he_after_a_role_subject_and_no_continuation_across_a_paragraph(tmp_path):
    c = load(tmp_path, "Governor Tom Reyes met the Commerce Secretary, Ms. Ana Ruiz, on Monday.\n"
                       "“We will not sign this,” responded Ms. Ruiz.\n"
                       "The 61-year-old governor, who faces voters in May, said he would veto the bill.\n"
                       "“Not on my watch,” he added.\n"
                       "The bill passed the House last year.\n"
                       "“It will pass again.”")
    assert rows(c.quotes, ["kind", "speaker", "cue"])[:3] == [
        ["direct", "Ana Ruiz", "respond"], ["indirect", "Tom Reyes", "say"], ["direct", "Tom Reyes", "add"]]
    last = c.quotes.iloc[3]  # no speaker: its paragraph does not follow a quote's paragraph
    assert (last.text, pd.isna(last.speaker)) == ("It will pass again", True)


@pytest.mark.parametrize("sentence", [
    "Chief Executive Jana Novak called off merger talks with Kestrel chief executive David Okoro on Monday.",
    "Chief Executive Jana Novak broke off talks with David Okoro on Monday.",
    "Chief Executive Jana Novak postponed her planned budget meeting with David Okoro on Monday.",
])
def test_talks_called_or_broken_off(tmp_path, sentence):
    c = load(tmp_path, sentence)
    assert rows(c.meetings, MEETING) == [["Jana Novak", "David Okoro", "cancelled", T("2024-01-08")]]


@pytest.mark.parametrize("sentence,speaker", [
    ("North Korea’s official Korean Central News Agency said the meeting was “a hostile gathering”.",
     "Korean Central News Agency"),
    ("North Korea’s state media said on Monday that the meeting was “a hostile gathering”.",
     "North Korea’s state media"),
    ("The state-run Tanjug Press Agency said the meeting was “a hostile gathering”.", "The state-run Tanjug Press Agency"),
])
def test_bodies_behind_a_possessive_or_an_adjective(tmp_path, sentence, speaker):
    c = load(tmp_path, sentence)
    assert rows(c.quotes, ["kind", "speaker", "speaker_kind"]) == [["partial", speaker, "organization"]]


def test_malay_honorifics_and_councillor_abbreviation(tmp_path):
    c = load(tmp_path, "Datuk Seri Anwar Fadzil, the group’s chairman, met Coun. Mary Delisle on Monday.\n"
                       "Dato’ Lim Chee Keong said the deal would close by June.")
    assert sorted(rows(c.people.fillna(""), ["name", "role"])) == [
        ["Anwar Fadzil", "group’s chairman"], ["Lim Chee Keong", ""], ["Mary Delisle", "Coun."]]


@pytest.mark.parametrize("sentence,speaker,kind,cue", [
    ("The court heard that Mr Lane had posed as a retired colonel.", "The court", "organization", "hear"),
    ("The inquiry was told on Monday that the scans had been lost.", "The inquiry", "organization", "tell"),
    ("According to the daily Al-Nahar, the cabinet will meet on Sunday.", "Al-Nahar", "organization", "accord"),
    ("The broadcaster NHK said the talks had failed.", "NHK", "organization", "say"),
    ("The pan-Arab daily Asharq Al-Awsat reported that the envoy had left.", "Asharq Al-Awsat", "organization", "report"),
    ("Coach Tama Rawiri quit on Friday. The 41-year-old said he was tired.", "Tama Rawiri", "person", "say"),
])
def test_court_reports_media_and_ages_as_sources(tmp_path, sentence, speaker, kind, cue):
    c = load(tmp_path, sentence)
    assert rows(c.quotes, ["kind", "speaker", "speaker_kind", "cue"]) == [["indirect", speaker, kind, cue]]
    assert "Asharq Al-Awsat" not in set(c.people.name)


def test_said_the_age_descriptor(tmp_path):
    c = load(tmp_path, "Coach Tama Rawiri resigned on Friday night. “I gave this team everything,” said the 41-year-old.")
    assert rows(c.quotes, ["kind", "speaker", "cue"]) == [["direct", "Tama Rawiri", "say"]]


@pytest.mark.parametrize("sentence,expected", [
    ("Ms Novak’s meeting with Mr Okoro, originally set for January 3, was pushed back to January 12.",
     [["Jana Novak", "David Okoro", "cancelled", T("2024-01-03")], ["Jana Novak", "David Okoro", "scheduled", T("2024-01-12")]]),
    ("Ms Novak postponed her meeting with Mr Okoro to January 12.",
     [["Jana Novak", "David Okoro", "cancelled", None], ["Jana Novak", "David Okoro", "scheduled", T("2024-01-12")]]),
    ("A meeting between Ms Novak and Mr Okoro, initially set for January 3, was moved to January 12.",
     [["Jana Novak", "David Okoro", "cancelled", T("2024-01-03")], ["Jana Novak", "David Okoro", "scheduled", T("2024-01-12")]]),
    ("Ms Novak met Mr Okoro on Monday after the vote was moved to March 3.",
     [["Jana Novak", "David Okoro", "held", T("2024-01-08")]]),
])
def test_meetings_moved_to_a_new_date(tmp_path, sentence, expected):
    c = load(tmp_path, "Trade Minister Jana Novak and Finance Minister David Okoro arrived.\n" + sentence)
    got = [[r[0], r[1], r[2], None if pd.isna(r[3]) else r[3]] for r in rows(c.meetings, MEETING)]
    assert got == expected


def test_role_stops_at_a_byline(tmp_path):
    c = load(tmp_path, "By Ruth Banda, Staff Reporter\nForeign Minister Lusa Mwale met the unions on Monday.")
    assert rows(c.people[c.people.name == "Lusa Mwale"], ["role"]) == [["Foreign Minister"]]


def test_she_skips_men_known_by_given_name_and_finds_the_protagonist(tmp_path):
    # nothing in the text marks Tomas Vidal as a man but his given name; "According to Vidal, she …" does not
    # make him a woman; with no woman nearby, "she" is the woman the article has named most
    c = load(tmp_path, "Envoy Greta Lind has spent 30 years at the table. Lind grew up in Bergen.\n"
                       "Her first posting took her to Lima.\n"
                       "Tomas Vidal, who faced her for six years as a rebel negotiator, called her approach slow.\n"
                       "According to Vidal, she once kept talks going for 40 hours.\n"
                       "In March she hosted Amade Nhaca at a retreat in Oslo.\n"
                       "“They knocked on my door,” she recalls.")
    assert rows(c.meetings, ["subject", "counterpart", "status"]) == [["Greta Lind", "Amade Nhaca", "held"]]
    assert rows(c.quotes[c.quotes.kind == "direct"], ["speaker", "cue"]) == [["Greta Lind", "recall"]]


def test_companies_marked_by_their_kind_or_their_officers(tmp_path):
    c = load(tmp_path, "Nikhil Kapadia, a partner at the law firm Kapadia Mehra, met Kaveri Looms managing director "
                       "Anita Varghese and Salma Idris, chief executive of the Amman distributor Haddad Sarraf.\n"
                       "Kaveri Looms declined to comment. Haddad Sarraf said its plant was closed. Two engineers from "
                       "the General Water Directorate attended. The late publisher Harriet Penrose founded the prize.")
    assert sorted(c.people.name) == ["Anita Varghese", "Harriet Penrose", "Nikhil Kapadia", "Salma Idris"]
    assert rows(c.people[c.people.name == "Anita Varghese"], ["role"]) == [["Kaveri Looms managing director"]]


def test_meeting_subject_after_said_and_the_minister_for_a_secretary(tmp_path):
    c = load(tmp_path, "Councillor Malcolm Dearden denies the charges.\n"
                       "Opening the case, Nicholas Farrant QC said Dearden had met Julian Pemberton on 3 March 2012.\n"
                       "Mr Pemberton also held a meeting with the Business Secretary, Fiona Castle, on Monday.\n"
                       "A spokesman said the minister would meet union representatives on Friday.")
    assert rows(c.meetings, MEETING) == [
        ["Malcolm Dearden", "Julian Pemberton", "held", T("2012-03-03")],
        ["Julian Pemberton", "Fiona Castle", "held", T("2024-01-08")],
        ["Fiona Castle", "union representatives", "scheduled", T("2024-01-12")]]


@pytest.mark.parametrize("sentence,subjects", [
    ("Jana Novak and Anne Marsh met David Okoro on Monday.", ["Jana Novak", "Anne Marsh"]),
    ("Club president Jana Novak, sporting director Ander Ruiz and the club’s main shareholder, the Mexican investor "
     "Rodrigo Salas, had met David Okoro on Monday.", ["Jana Novak", "Ander Ruiz", "Rodrigo Salas"]),
    ("Novak, who along with Council President Ray Hale and the city’s development director, Carla Jessup, met "
     "David Okoro on Monday, said talks went well.", ["Jana Novak", "Ray Hale", "Carla Jessup"]),
    ("Jana Novak had breakfast with Ray Hale on Monday before paying a visit to David Okoro.", None),
])
def test_several_people_on_the_subject_side(tmp_path, sentence, subjects):
    c = load(tmp_path, "Mayor Jana Novak arrived.\n" + sentence)
    got = rows(c.meetings[c.meetings.counterpart == "David Okoro"], ["subject"])
    assert [g[0] for g in got] == (subjects or ["Jana Novak"])


def test_counterpart_is_the_name_that_ends_the_phrase(tmp_path):
    c = load(tmp_path, "Engineer Tomás Vidal founded the firm. On Monday Rodrigo Salas met Olmedo Vidal chairwoman "
                       "Beatriz Olmedo in Madrid.")
    assert rows(c.meetings, ["subject", "counterpart"]) == [["Rodrigo Salas", "Beatriz Olmedo"]]


@pytest.mark.parametrize("text,expected", [
    # the role opening the sentence, when the clause cut at "who" holds no subject
    ("Fisheries Minister Stuart Kemble refused to reopen the fishery.\n"
     "On Wednesday afternoon the minister, who had flown in with two officials who had spent the week diving the beds, "
     "met Mayor Jill Ferreday in Port Nelson.",
     ["Stuart Kemble", "Jill Ferreday", "held", T("2024-01-03"), "Port Nelson"]),
    # a meeting with no subject belongs to the one whose office speaks
    ("Fisheries Minister Stuart Kemble toured the plant on Wednesday.\n"
     "A meeting with Mayor Jill Ferreday in Blenheim, planned for Thursday, was called off, his office said.",
     ["Stuart Kemble", "Jill Ferreday", "cancelled", T("2024-01-11"), "Blenheim"]),
])
def test_a_subject_found_behind_a_relative_clause_or_an_office(tmp_path, text, expected):
    c = load(tmp_path, text)
    assert rows(c.meetings, MEETING + ["place"]) == [expected]


def test_a_company_named_like_its_founders_and_a_whose_clause(tmp_path):
    c = load(tmp_path, "Samir Haddad, chief executive of the Amman distributor Haddad Sarraf, met the minister.\n"
                       "Haddad Sarraf said in a statement that a power failure had hit its warehouse.\n"
                       "Haddad, whose father founded the company with a partner, Fuad Sarraf, in 1978, said he would "
                       "pay for the repeat doses.")
    assert rows(c.quotes, ["speaker", "speaker_kind"]) == [["Haddad Sarraf", "organization"],
                                                           ["Samir Haddad", "person"]]
    assert sorted(c.people.name) == ["Fuad Sarraf", "Samir Haddad"]
    assert "Sarraf" not in set(c.mentions.text)


def test_he_next_to_a_role_descriptor_marks_nobody(tmp_path):
    c = load(tmp_path, "A meeting between the senator and Senate President Aurea Dimalanta was called off, with aides "
                       "saying he was ill.\n"
                       "Dimalanta said the committee would meet next week. “No one is above the rules,” she said.")
    assert rows(c.quotes[c.quotes.kind == "direct"], ["speaker"]) == [["Aurea Dimalanta"]]


@pytest.mark.parametrize("sentence,speaker,text", [
    ("Minister Joseph Mutai met growers. Mutai, a former veterinary officer who took over the ministry in January, "
     "said prices at the weekly Nairobi auction had fallen.", "Joseph Mutai", "prices at the weekly Nairobi auction had fallen"),
    ("Juana Condori spoke. Condori, who has led the council for a decade, said villagers no longer trusted promises.",
     "Juana Condori", "villagers no longer trusted promises"),
    ("Residents who spoke Tuesday said truck noise from the old plant had kept them awake.", "Residents",
     "truck noise from the old plant had kept them awake"),
    ("Senator Ana Cifuentes spoke. The senator, a Socialist who was first elected in 1994, told reporters in Arica "
     "that she had spent Sunday in the villages.", "Ana Cifuentes", "she had spent Sunday in the villages"),
])
def test_said_then_a_long_noun_phrase_or_a_past_verb(tmp_path, sentence, speaker, text):
    c = load(tmp_path, sentence)
    assert rows(c.quotes, ["kind", "speaker", "text"]) == [["indirect", speaker, text]]


def test_the_fall_of_a_city_is_no_season(tmp_path):
    c = load(tmp_path, "After the fall of Kabul, prices rose. Leaves fall in the park.")
    assert c.timeline.empty


def test_said_goodbye_is_no_statement(tmp_path):
    c = load(tmp_path, "The mayor said goodbye and walked out.")
    assert c.quotes.empty


def test_was_to_meet_someone_included_in_a_group_and_she_for_a_role_in_her_sentence(tmp_path):
    c = load(tmp_path, "Health Minister Rania Haddad toured Irbid. Fuad Nasser, a supplier, was there.\n"
                       "A visit that the minister had planned for Sunday, at which she was to meet growers’ leaders "
                       "including Esther Wambui of the Growers’ Union, was called off.")
    assert rows(c.meetings, MEETING) == [["Rania Haddad", "Esther Wambui", "cancelled", T("2024-01-07")]]


def test_a_quote_paragraph_after_one_named_person_and_a_participle_before_said(tmp_path):
    c = load(tmp_path, "Mayor Ana Ruiz was unrepentant on Tuesday.\n"
                       "“I did nothing wrong.”\n"
                       "Councillor Tom Hale, speaking to reporters, said: “We have the votes.”")
    assert rows(c.quotes.fillna(""), ["speaker", "cue"]) == [["Ana Ruiz", ""], ["Tom Hale", "say"]]



def test_it_has_been_rescheduled_gives_the_new_date(tmp_path):
    c = load(tmp_path, "Fisheries Minister Stuart Kemble toured the plant on Wednesday.\n"
                       "“We will not reopen the beds,” he said.\n"
                       "A meeting with Mayor Jill Ferreday in Blenheim, planned for Thursday, was called off, his "
                       "office said. It has been rescheduled for August 2.")
    assert rows(c.meetings, MEETING) == [["Stuart Kemble", "Jill Ferreday", "cancelled", T("2024-01-11")],
                                         ["Stuart Kemble", "Jill Ferreday", "scheduled", T("2024-08-02")]]


def test_a_nickname_between_quote_marks_inside_a_name(tmp_path):
    c = load(tmp_path, "Senator Ramon “Monching” Villaraza was in the hot seat. Villaraza said he had done nothing wrong.")
    assert rows(c.people, ["name", "role"]) == [["Ramon Villaraza", "Senator"]]
    assert rows(c.quotes, ["kind", "speaker"]) == [["indirect", "Ramon Villaraza"]]


def test_a_counterpart_before_a_comma_cues_a_person_without_being_a_title(tmp_path):
    # nothing else marks "Halima Said Mrisho" as a name (and "said" is written in lower case too)
    c = load(tmp_path, "Kenya’s trade minister, Joseph Mutai, and his Tanzanian counterpart, Halima Said Mrisho, "
                       "agreed on Monday.\nMrisho, a former customs commissioner, said Tanzania would reopen the post.")
    assert sorted(rows(c.people.fillna(""), ["name", "role"])) == [["Halima Said Mrisho", ""],
                                                                   ["Joseph Mutai", "Kenya’s trade minister"]]


def test_the_two_chairmen_the_two_again_and_a_meeting_with_the_two(tmp_path):
    # "the two chairmen" are the last two named whose role says nothing else (not "striker X"); the same
    # phrase later, and a bare "The two", mean the same pair
    c = load(tmp_path, "Lions chairman Tom Dale and his Rovers counterpart, Ravi Pillay, clashed over striker Sam Moyo.\n"
                       "The two chairmen met for three hours on Monday.\n"
                       "Lee Venter, an agent, met league chief executive Abel Mathe on Monday.\n"
                       "A meeting between Mathe and the two chairmen planned for Wednesday has been called off.\n"
                       "The two will meet again on Friday, the league said.")
    assert rows(c.meetings, MEETING) == [["Tom Dale", "Ravi Pillay", "held", T("2024-01-08")],
                                         ["Lee Venter", "Abel Mathe", "held", T("2024-01-08")],
                                         ["Abel Mathe", "Tom Dale", "cancelled", T("2024-01-10")],
                                         ["Abel Mathe", "Ravi Pillay", "cancelled", T("2024-01-10")],
                                         ["Tom Dale", "Ravi Pillay", "scheduled", T("2024-01-12")]]


def test_the_person_named_after_a_possessive_role_is_the_subject(tmp_path):
    c = load(tmp_path, "Striker Sam Moyo has not trained for a month. "
                       "Moyo’s agent, Lee Venter, later met league chief executive Abel Mathe on Monday.")
    assert rows(c.meetings, MEETING) == [["Lee Venter", "Abel Mathe", "held", T("2024-01-08")]]


def test_held_separate_talks_put_back_and_the_two_meeting_again_after_a_cancelled_pair(tmp_path):
    c = load(tmp_path, "Council leader Brian Hale and union organiser Pauline Tate held separate talks on Monday.\n"
                       "A meeting between Tate and the conciliator Graham Pitt, set for Tuesday, was called off.\n"
                       "A follow-up meeting between Hale and Pitt, which had been due on January 20, has been put back to "
                       "February 8.\n"
                       "The two will meet again on Friday, the council said.")
    assert rows(c.meetings, MEETING) == [
        ["Brian Hale", "Pauline Tate", "held", T("2024-01-08")],
        ["Pauline Tate", "Graham Pitt", "cancelled", T("2024-01-09")],
        ["Brian Hale", "Graham Pitt", "cancelled", T("2024-01-20")],
        ["Brian Hale", "Graham Pitt", "scheduled", T("2024-02-08")],
        ["Brian Hale", "Pauline Tate", "scheduled", T("2024-01-12")]]


def test_he_after_an_unnamed_source_and_his_after_a_possessive_role(tmp_path):
    c = load(tmp_path, "Council leader Brian Hale spoke on Monday.\n"
                       "A senior councillor who did not want to be named said the group was split. “Half of them want "
                       "to give in,” he said.\n"
                       "Judge Ann Wills heard the case of Ray Farraday. Farraday’s attorney, Victor Holm, attacked the "
                       "witness. His line of questioning was pointed: “You lied twice, didn’t you?” Kowalczyk "
                       "acknowledged that he had.")
    # ("Kowalczyk acknowledged that he had" reports a reply of its own: no attribution of the question)
    assert rows(c.quotes, ["kind", "speaker", "cue"]) == [
        ["direct", "A senior councillor", "say"], ["indirect", "A senior councillor", "say"],
        ["direct", "Victor Holm", ":"]]


def test_so_said_x_asides_before_said_and_said_it_is_no_statement(tmp_path):
    c = load(tmp_path, "Lions chairman Park Sung-ho spoke after the session.\n"
                       "“We narrowed the gap.” So said Park, speaking to reporters.\n"
                       "“It’s disgusting.” Doreen Lamb, 71, of Villette Road, said it standing beside a pile of bags.\n"
                       "King Abdullah Canal supplies the valley.")
    assert rows(c.quotes, ["kind", "speaker", "cue", "text"]) == [
        ["direct", "Park Sung-ho", "say", "We narrowed the gap"],
        ["direct", "Doreen Lamb", "say", "It’s disgusting"]]
    assert sorted(c.people.name) == ["Doreen Lamb", "Park Sung-ho"]  # a canal named after a king is no person


@pytest.mark.parametrize("sentence,published,date", [
    # past tense, but the same day this year is days ahead: no reporter means last year's without saying so
    ("A meeting, which had been pencilled in for February 12, was called off.", "1999-02-10", "1999-02-12"),
    ("Haswell said he wanted the dispute settled by March 1.", "1999-02-10", "1999-03-01"),
    ("The season opens in December.", "2019-09-20", "2019-12-01"),
    # a day well behind publication stays there; the same day ahead is too far to be meant
    ("The plant closed on June 3.", "2024-12-10", "2024-06-03"),
    ("Talks will resume on January 5.", "2024-12-20", "2025-01-05"),
])
def test_a_day_without_year_is_not_half_a_year_away_when_the_other_side_is_near(tmp_path, sentence, published, date):
    c = load(tmp_path, sentence, published=published)
    assert [str(d)[:10] for d in c.timeline.date] == [date]


def test_within_opening_a_sentence_counts_from_the_story_and_dates_no_meeting(tmp_path):
    c = load(tmp_path, "Within two weeks, the town had emptied.\n"
                       "Mayor Ana Ruiz met Governor Tom Hale and said both would act within 90 days.")
    assert rows(c.timeline, ["text", "granularity"]) == [["Within two weeks", "vague"], ["within 90 days", "range"]]
    assert rows(c.meetings, MEETING) == [["Ana Ruiz", "Tom Hale", "held", pd.NaT]]


@pytest.mark.parametrize("sentence,expected", [
    ("Foreign Minister Ana Lee joined President Tom Ek for talks on Monday.", [["Ana Lee", "Tom Ek", "held"]]),
    ("Ana Lee called on President Tom Ek at his office in Rome.", [["Ana Lee", "Tom Ek", "held"]]),
    ("Ana Lee called on Prime Minister Tom Ek at the conference centre.", [["Ana Lee", "Tom Ek", "held"]]),
    ("Ana Lee called on President Tom Ek at the UN to resign.", []),   # "called on X to": a demand
    ("Ana Lee called on President Tom Ek to resign.", []),
    ("Ana Lee joined President Tom Ek in condemning the attack.", []),
])
def test_joined_for_talks_and_called_on_someone_somewhere(tmp_path, sentence, expected):
    assert rows(load(tmp_path, sentence).meetings, ["subject", "counterpart", "status"]) == expected


def test_a_particle_name_capitalised_at_a_sentence_start_and_a_name_inside_the_quote_is_not_he(tmp_path):
    c = load(tmp_path, "Jordan’s water minister, Khaled al-Majali, received Nizar Haddad.\n"
                       "Al-Majali was careful: “We have agreed on the principle.”\n"
                       "Club chairman Tom Dale left early. A board member who spoke on condition of anonymity said the "
                       "club would accept a fee. “Dale will not give away the best player,” he said.")
    assert rows(c.quotes, ["kind", "speaker", "cue"]) == [
        ["direct", "Khaled al-Majali", ":"], ["direct", "A board member", "say"],
        ["indirect", "A board member", "say"]]


def test_a_that_clause_inside_the_statement_does_not_cut_it(tmp_path):
    c = load(tmp_path, "Fishermen said squid had become so scarce that some boats had stopped going out.\n"
                       "The ministry said in a statement on Tuesday that talks would resume.")
    assert rows(c.quotes, ["speaker", "text"]) == [
        ["Fishermen", "squid had become so scarce that some boats had stopped going out"],
        ["The ministry", "talks would resume"]]


def test_people_a_relative_clause_without_commas_hangs_on_speak(tmp_path):
    c = load(tmp_path, "Later she sat down with a group of clearing agents who said they had been idle for weeks.\n"
                       "The minister met farmers who said their crops had failed.")
    assert rows(c.quotes, ["speaker", "speaker_kind", "text"]) == [
        ["a group of clearing agents", "group", "they had been idle for weeks"],
        ["farmers", "group", "their crops had failed"]]


def test_a_title_ending_in_its_portfolio(tmp_path):
    c = load(tmp_path, "Minister of State for Corporate Affairs Deepak Sahni was to have met Raj Khanna on Monday. "
                       "The minister said on Tuesday that the government had no view.\n"
                       "Sahni later sat down with Australia’s Minister for the Pacific, Claire Henshaw.")
    assert sorted(rows(c.people.fillna(""), ["name", "role"])) == [
        ["Claire Henshaw", "Australia’s Minister for the Pacific"],
        ["Deepak Sahni", "Minister of State for Corporate Affairs"], ["Raj Khanna", ""]]
    assert rows(c.quotes, ["speaker", "text"]) == [["Deepak Sahni", "the government had no view"]]


def test_a_statement_before_adding_a_quote(tmp_path):
    c = load(tmp_path, "Health Minister Ana Lee defended the plan on Monday.\n"
                       "Lee insisted that funding would rise, adding: “Nobody will be left behind.”")
    assert rows(c.quotes, ["kind", "speaker", "cue", "text"]) == [
        ["direct", "Ana Lee", "insist", "Nobody will be left behind"],
        ["indirect", "Ana Lee", "insist", "funding would rise"]]


@pytest.mark.parametrize("text,expected", [
    # a role as one side of "a meeting between" is the person holding it
    ("Senator Ramon Villaraza was defiant on Tuesday.\n"
     "A closed-door meeting between the senator and Senate President Aurora Dimaculangan set for Wednesday was "
     "called off.",
     [["Ramon Villaraza", "Aurora Dimaculangan", "cancelled", "2024-01-10"]]),
    # "her" as one side is the woman named just before; "pencilled in" schedules
    ("Managing director Anita Varghese said she was disappointed. She added that a second meeting between her and "
     "Rajendra Khanna had been pencilled in for January 20.",
     [["Anita Varghese", "Rajendra Khanna", "scheduled", "2024-01-20"]]),
    # a spokesman saying the meeting was pushed back moves the meeting of the sentence before
    ("Minister Deepak Sahni was to have met Raj Khanna in New Delhi on Monday. "
     "A ministry spokesman said the meeting had been pushed back to January 16.",
     [["Deepak Sahni", "Raj Khanna", "cancelled", "2024-01-08"], ["Deepak Sahni", "Raj Khanna", "scheduled", "2024-01-16"]]),
    # the role a relative clause hangs on is the subject
    ("Health Minister Rania Khalidi toured a clinic on Monday.\n"
     "The minister, who on Tuesday met Marta Lindqvist of UNICEF at the ministry, said the target could not be met.",
     [["Rania Khalidi", "Marta Lindqvist", "held", "2024-01-09"]]),
])
def test_meeting_sides_named_by_role_pronoun_or_relative_clause_and_moved_meetings(tmp_path, text, expected):
    c = load(tmp_path, text)
    assert rows(c.meetings, MEETING) == [[a, b, status, T(day)] for a, b, status, day in expected]


@pytest.mark.parametrize("text,expected", [
    # a surname that is also a title, after a first name or behind a title
    ("Former prime minister John Major said the vote was lost. Major left early.",
     [["John Major", "Former prime minister", ["John Major", "Major"]]]),
    ("Opposition leader Karen Bishop called the plan reckless.", [["Karen Bishop", "Opposition leader", ["Karen Bishop"]]]),
    ("Senator Angus King said it was wrong.", [["Angus King", "Senator", ["Angus King"]]]),
    ("Martin Luther King Jr. is remembered every January.", [["Martin Luther King Jr", "", ["Martin Luther King Jr"]]]),
    # a capital after an apostrophe inside a name word
    ("Prof. Sarah O’Connor said cases had peaked. O’Connor is an epidemiologist.",
     [["Sarah O’Connor", "Prof.", ["O’Connor", "Sarah O’Connor"]]]),
    ("Sarah O'Connor said cases had peaked.", [["Sarah O'Connor", "", ["Sarah O'Connor"]]]),
    # an adverb opening the sentence is no part of the name
    ("Residents waited. Later Gregorio Bautista met the council.", [["Gregorio Bautista", "", ["Gregorio Bautista"]]]),
    ("Residents waited. Meanwhile Lena Ortiz called the mayor.", [["Lena Ortiz", "", ["Lena Ortiz"]]]),
    # occupations in front of a name are roles
    ("Actress Frances Farmer said the studio had lied.", [["Frances Farmer", "Actress", ["Frances Farmer"]]]),
    ("Local resident Mary Okafor said the water was brown.", [["Mary Okafor", "Local resident", ["Mary Okafor"]]]),
    # a longer honorific ("the Reverend") and "Special Agent"
    ("On Sunday the Reverend Tevita Lolo led the service.", [["Tevita Lolo", "", ["Tevita Lolo"]]]),
    ("Special Agent Teresa Lyle testified on Monday.", [["Teresa Lyle", "Special Agent", ["Teresa Lyle"]]]),
    # roles: an age before the appositive, "head of", "chief financial officer"
    ("Sara Lindqvist, 45, a nurse at the hospital, said staff were exhausted.",
     [["Sara Lindqvist", "nurse at the hospital", ["Sara Lindqvist"]]]),
    ("The head of the IMF, Kristalina Georgieva, said growth would slow.",
     [["Kristalina Georgieva", "head of the IMF", ["Kristalina Georgieva"]]]),
    ("The company's chief financial officer, Raj Patel, said margins fell.",
     [["Raj Patel", "chief financial officer", ["Raj Patel"]]]),
])
def test_title_word_surnames_sentence_adverbs_and_occupations(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.people.fillna(""), ["name", "role", "aliases"]) == expected


@pytest.mark.parametrize("text,speaker,cue", [
    ("“It’s over,” the coach, Pep Valdés, told reporters after the match.", "Pep Valdés", "tell"),
    ("“It’s over,” the coach, Pep Valdés, said.", "Pep Valdés", "say"),
    ("“We have had no offer,” Moyo’s agent, Lee Venter, said on Monday.", "Lee Venter", "say"),
])
def test_a_role_then_the_name_in_commas_after_the_quote_speaks(tmp_path, text, speaker, cue):
    c = load(tmp_path, text + "\n")
    assert rows(c.quotes, ["kind", "speaker", "cue"]) == [["direct", speaker, cue]]


def test_a_first_name_used_alone_twice_is_an_alias(tmp_path):
    c = load(tmp_path, "Pop star Jade Merriweather met Environment Secretary Hugh Pendleton on Thursday.\n"
                       "Jade, 27, said the talks went well. On Saturday Pendleton phoned Jade to thank her.\n"
                       "Actress Georgia Lane was in Georgia on Friday. Georgia is big.\n")
    assert sorted(rows(c.people, ["name", "aliases"])) == [
        ["Georgia Lane", ["Georgia Lane"]], ["Hugh Pendleton", ["Hugh Pendleton", "Pendleton"]],
        ["Jade Merriweather", ["Jade", "Jade Merriweather"]]]
    assert rows(c.meetings, MEETING[:3]) == [["Jade Merriweather", "Hugh Pendleton", "held"],
                                             ["Hugh Pendleton", "Jade Merriweather", "held"]]


def test_a_first_name_used_alone_once_is_no_alias(tmp_path):
    c = load(tmp_path, "Environment Secretary Hugh Pendleton met Jade Merriweather on Thursday. Jade said no.\n")
    assert c.mentions.text.tolist() == ["Hugh Pendleton", "Jade Merriweather"]


@pytest.mark.parametrize("text,expected", [
    ("Ana Ortega and Luis Parra met for the first time on Monday.", [["Ana Ortega", "Luis Parra", "held", "2024-01-08"]]),
    ("Ana Ortega and Luis Parra had lunch together on Monday.", [["Ana Ortega", "Luis Parra", "held", "2024-01-08"]]),
    # a passive "met … by": the one after "by" is the subject
    ("Luis Parra was met at the airport by Ana Ortega on Monday.", [["Ana Ortega", "Luis Parra", "held", "2024-01-08"]]),
    # "was met with jeers" is a reception, whoever the jeers came from
    ("Luis Parra was met with jeers by Ana Ortega’s supporters on Monday.", []),
])
def test_reciprocal_first_time_and_meals_passive_met_and_met_with_jeers(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.meetings, MEETING) == [[a, b, status, T(day)] for a, b, status, day in expected]


@pytest.mark.parametrize("text,expected", [
    # "I" inside a direct quote is the one quoted
    ("Chairman Park Jae-won spoke on Tuesday. “I first met Takeshi Morimoto in Osaka,” Park said.",
     [["Park Jae-won", "Takeshi Morimoto", "held"]]),
    # "me" too, beside another counterpart
    ("Contractor Denise Okafor testified on Monday. Lobbyist Victor Sandoval was absent.\n"
     "“Raymond Kowalczyk had lunch with me and Sandoval at the grill,” Okafor told jurors.",
     [["Raymond Kowalczyk", "Denise Okafor", "held"], ["Raymond Kowalczyk", "Victor Sandoval", "held"]]),
    # "X and I" as the subject of a reciprocal verb
    ("Health Minister Anwarul Kabir met Dilani Wickramasinghe in Colombo.\n"
     "“Wickramasinghe and I spoke by phone again on Tuesday night,” Kabir said.",
     [["Anwarul Kabir", "Dilani Wickramasinghe", "held"], ["Anwarul Kabir", "Dilani Wickramasinghe", "held"]]),
    # a habit is no meeting
    ("Senator Ramon Villaraza was defiant. “I have dinner with a lot of people,” Villaraza said.", []),
])
def test_i_and_me_inside_a_quote_are_the_one_quoted(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.meetings, MEETING[:3]) == expected


@pytest.mark.parametrize("text,expected", [
    # "both ministers" as a counterpart: the two ministers named before
    ("Foreign Minister Tesfaye Alemu met his Kenyan counterpart, Joseph Mutai, on Tuesday.\n"
     "On Monday night the envoy Ambrose Nyirenda hosted both ministers at a lodge.",
     [["Tesfaye Alemu", "Joseph Mutai", "held", "2024-01-09"], ["Ambrose Nyirenda", "Tesfaye Alemu", "held", "2024-01-08"],
      ["Ambrose Nyirenda", "Joseph Mutai", "held", "2024-01-08"]]),
    # a repeated "with" opens no group's name
    ("On Sunday, envoy Ambrose Nyirenda met separately with Galgalo Dima, a Borana elder, and with representatives "
     "of the Gabra clans.",
     [["Ambrose Nyirenda", "Galgalo Dima", "held", "2024-01-07"],
      ["Ambrose Nyirenda", "representatives of the Gabra clans", "held", "2024-01-07"]]),
    # "The two coaches, A of X and B of Y, had met": the two in apposition; a nickname inside a name with an
    # accented first name we do not list, whose surname is used alone
    ("The two coaches, Hernán “El Flaco” Restrepo of Cordillera and Marcelo Ibargüen of Pacífico, had met briefly "
     "on Sunday.\nBy the final whistle Restrepo had to be restrained. Atlético Cordillera lost.",
     [["Hernán Restrepo", "Marcelo Ibargüen", "held", "2024-01-07"]]),
])
def test_both_ministers_a_repeated_with_and_the_two_coaches_named_in_apposition(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.meetings, MEETING) == [[a, b, status, T(day)] for a, b, status, day in expected]


def test_the_pair_him_inside_a_quote_her_further_back_and_a_meeting_moved_later_in_its_sentence(tmp_path):
    # "the pair" are the two of the last meeting; "he" inside Jade's quote does not make Jade a man, so
    # "her" is Jade, not the woman named in between; "that meeting has been postponed to March 10" moves
    # the meeting of its own clause
    c = load(tmp_path, "Environment Secretary Hugh Pendleton met pop star Jade Merriweather on Thursday, and the pair "
                       "later had lunch with Dr Nisha Bhandari.\n"
                       "Tory MP Annabel Craddock-Hill was there. Jade said: “I met him last month and he promised me "
                       "he’d help.”\n"
                       "Pendleton phoned her on Saturday.\n"
                       "Jade is due to hold talks with Pendleton on March 3, although that meeting has been postponed "
                       "to March 10.\n")
    assert rows(c.meetings, MEETING) == [
        ["Hugh Pendleton", "Jade Merriweather", "held", T("2024-01-04")],
        ["Hugh Pendleton", "Nisha Bhandari", "held", T("2024-01-04")],
        ["Jade Merriweather", "Nisha Bhandari", "held", T("2024-01-04")],
        ["Jade Merriweather", "Hugh Pendleton", "held", pd.NaT],
        ["Hugh Pendleton", "Jade Merriweather", "held", T("2024-01-06")],
        ["Jade Merriweather", "Hugh Pendleton", "cancelled", T("2024-03-03")],
        ["Jade Merriweather", "Hugh Pendleton", "scheduled", T("2024-03-10")]]


@pytest.mark.parametrize("text,expected", [
    # bare "the two" inside a sentence: the two of the last meeting
    ("Minister Bronwyn Keddie spoke by phone with Deputy Prime Minister Sione Vaipulu on Tuesday, and the two are "
     "due to hold talks again on Friday.",
     [["Bronwyn Keddie", "Sione Vaipulu", "held", "2024-01-09"], ["Bronwyn Keddie", "Sione Vaipulu", "scheduled", "2024-01-12"]]),
    # a counted group of people
    ("On Sunday the Reverend Tevita Lolo hosted about 40 of the workers at his church.",
     [["Tevita Lolo", "about 40 of the workers", "held", "2024-01-07"]]),
    # a passive meeting with a person and a group
    ("Minister Raj Sidhu was met at the wharf on Tuesday by Amos Cormier and about a dozen crew members.",
     [["Amos Cormier", "Raj Sidhu", "held", "2024-01-09"], ["about a dozen crew members", "Raj Sidhu", "held", "2024-01-09"]]),
    # "will hold a video conference with"
    ("Minister Lesieli Taufa will hold a video conference with community leaders in Auckland on Thursday.",
     [["Lesieli Taufa", "community leaders", "scheduled", "2024-01-11"]]),
])
def test_bare_the_two_counted_groups_passive_groups_and_video_conferences(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.meetings, MEETING) == [[a, b, status, T(day)] for a, b, status, day in expected]


@pytest.mark.parametrize("text,expected", [
    # a statement after a partial quote, by a coordinated verb
    ("Envoy Ambrose Nyirenda described the mood as “frank but not hostile” and said the men had agreed to leave "
     "their aides outside.",
     [["partial", "Ambrose Nyirenda", "frank but not hostile"],
      ["indirect", "Ambrose Nyirenda", "the men had agreed to leave their aides outside"]]),
    # a statement before the coordinated verb that carries the quote
    ("Contractor Denise Okafor replied that she had been granted immunity, but insisted she had \"nothing to gain by "
     "lying.\"",
     [["partial", "Denise Okafor", "nothing to gain by lying"],
      ["indirect", "Denise Okafor", "she had been granted immunity"]]),
    # a clause that runs into the quote is the partial quote's frame, no statement of its own
    ("Minister Sione Vaipulu said the talks had been “frank and useful”.",
     [["partial", "Sione Vaipulu", "frank and useful"]]),
    # "X’s advisers … and insisted": the advisers, not X
    ("Mikkel Sandgaard was abroad. In a statement, Sandgaard’s advisers said the trip had been postponed “for "
     "logistical reasons” and insisted his offer remained on the table.",
     [["partial", "Sandgaard’s advisers", "for logistical reasons"],
      ["indirect", "Sandgaard’s advisers", "his offer remained on the table"]]),
    # the attribution right after a direct quote is no statement ("said when asked …")
    ("“Nobody is closing any doors,” Minister Valentina Fuenzalida said when asked about Argentina.",
     [["direct", "Valentina Fuenzalida", "Nobody is closing any doors"]]),
])
def test_reported_speech_beside_a_quote(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.quotes, ["kind", "speaker", "text"]) == expected


@pytest.mark.parametrize("text,expected", [
    # "CLAUSE, X revealed." with verbs besides "said"
    ("Minister Hugh Pendleton met Jade Merriweather.\nPendleton phoned her on Saturday to say a crackdown would come, "
     "her manager Terry Voss revealed.",
     [["indirect", "Terry Voss", "reveal", "Pendleton phoned her on Saturday to say a crackdown would come"]]),
    # a second statement told to an audience: "…, and told jurors that …"
    ("Judge Harold Ng said he would meet both sides on Monday, and told jurors that the defense had met his deadline.",
     [["indirect", "Harold Ng", "say", "he would meet both sides on Monday"],
      ["indirect", "Harold Ng", "tell", "the defense had met his deadline"]]),
    # an agency named "… Services" is no person called Services
    ("Cases rose to 28,000 in September, according to the Directorate General of Health Services.",
     [["indirect", "the Directorate General of Health Services", "accord", "Cases rose to 28,000 in September"]]),
    # a relative clause after the speaker of an inverted or "according to" attribution
    ("The bill will not pass, said Luis Parra, who chairs the committee.",
     [["indirect", "Luis Parra", "say", "The bill will not pass"]]),
    ("According to Luis Parra, who chairs the committee, the bill will not pass.",
     [["indirect", "Luis Parra", "accord", "the bill will not pass"]]),
])
def test_attributions_at_the_end_statements_to_an_audience_and_agency_names(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.quotes, ["kind", "speaker", "cue", "text"]) == expected


def test_they_after_a_meeting_are_its_pair_but_not_a_group_sentences_later(tmp_path):
    c = load(tmp_path, "Ana Ortega met Luis Parra on Monday. They last met in March.\n"
                       "Farmers marched on Friday. Protesters gathered. They met on Saturday to plan.\n")
    assert rows(c.meetings, MEETING + ["when"]) == [["Ana Ortega", "Luis Parra", "held", T("2024-01-08"), "on Monday"],
                                                    ["Ana Ortega", "Luis Parra", "held", pd.NaT, "in March"]]


def test_firms_named_like_people_are_no_people(tmp_path):
    c = load(tmp_path, "Goldman Sachs said profits rose, and Morgan Stanley disagreed. Dow Jones fell 2 per cent.\n"
                       "Analyst Jane Morgan said the fall was small.\n")
    assert rows(c.people, ["name", "role"]) == [["Jane Morgan", "Analyst"]]


def test_a_coordinated_meeting_verb_shares_the_subject_of_the_one_before(tmp_path):
    c = load(tmp_path, "Agent Leon Venter said on Monday that he had held talks with Ravi Pillay last week and had met "
                       "Themba Dlamini at the clubhouse on Saturday.\n")
    assert rows(c.meetings, MEETING) == [["Leon Venter", "Ravi Pillay", "held", pd.NaT],
                                         ["Leon Venter", "Themba Dlamini", "held", T("2024-01-06")]]


@pytest.mark.parametrize("text,expected", [
    ("Ana Ortega postponed a visit to Luis Parra until next month.",
     [["Ana Ortega", "Luis Parra", "cancelled"], ["Ana Ortega", "Luis Parra", "scheduled"]]),
    ("Ana Ortega's trip to meet Luis Parra was scrapped on Monday.", [["Ana Ortega", "Luis Parra", "cancelled"]]),
    ("Ana Ortega was supposed to meet Luis Parra on Friday but cancelled at the last minute.",
     [["Ana Ortega", "Luis Parra", "cancelled"]]),
    # sought, not held or set
    ("Ana Ortega has asked for a meeting with Luis Parra.", []),
    ("Ana Ortega wants urgent talks with Luis Parra.", []),
])
def test_visits_and_trips_called_off_and_meetings_only_sought(tmp_path, text, expected):
    c = load(tmp_path, text + "\n")
    assert rows(c.meetings, MEETING[:3]) == expected


@pytest.mark.parametrize("text,speaker", [
    ("Luis Parra, who chairs the committee, said: “It will not pass.”", "Luis Parra"),
    ("The committee, which meets on Fridays, said: “It will not pass.”", "The committee"),
])
def test_a_relative_clause_between_speaker_and_colon_is_no_speaker(tmp_path, text, speaker):
    c = load(tmp_path, text + "\n")
    assert rows(c.quotes, ["kind", "speaker", "text"]) == [["direct", speaker, "It will not pass"]]


def test_both_presidents_are_the_two_named_presidents_not_the_last_two_named(tmp_path):
    c = load(tmp_path, "President Joseph Kiwanuka and President Emmanuel Habineza traded accusations.\n"
                       "Envoy Grace Wanjiru arrived on Monday with Daniel Mutua.\n"
                       "On Tuesday Ms Wanjiru held phone calls with both presidents.\n")
    assert rows(c.meetings, MEETING[:3]) == [["Grace Wanjiru", "Joseph Kiwanuka", "held"],
                                             ["Grace Wanjiru", "Emmanuel Habineza", "held"]]
