"""Meetings: who met whom, held, scheduled or cancelled, with date, time expression and place.

Triggers are regular expressions in ``data/meeting_verbs.txt``, grouped by status (cancelled,
scheduled, held). For each trigger the subject is the person (or pronoun, or group) before it in the
clause, and every item of the list after it ("with A, B, and C") is a counterpart: a person from the
people stage, or a group descriptor kept as written ("the full war cabinet"). "X’s meeting with Y" gives X
as subject. Also read: "a meeting / talks / phone call between X and Y" (held, scheduled, or cancelled,
with a scheduled row at the new date of a postponement), both sides as the subject ("A and B met on
Monday", "the two leaders will hold talks", "The two agreed … and will hold a second round of talks": the
last two people named, skipping those whose role names another kind after "the two chairmen"; the same
phrase keeps its pair through the article, and "The two will meet again" is the last pair that met), and
trips ("flew to X to meet Y", "X’s trip to meet Y was scrapped"). "Both ministers", "the pair", "The two
coaches, A and B," and "They met again" right after a meeting name two people the same way. "I" and "me"
inside a direct quote are the person quoted ("“I first met Mr Morimoto in 2001,” Park said"). A second
verb joined by "and" shares the first one's subject ("held talks with X … and had met Y"). A meeting only
asked for ("has asked for a meeting with X") is none. A "between" list of three gives the first as subject and the others as
counterparts. Roles next to a name after a bare comma are that person
("met X, general secretary of the Y Union, and Z"); parenthesised acronyms do not end a list. People
and groups of people ("a delegation of student leaders") can be received, hosted or visited. A plan
told after the fact ("had been due to meet …, but … called off the meeting") is cancelled. What "met
with" takes when nobody was met ("a cool reception", ``data/meeting_not_parties.txt``) is no party.

``date`` comes from the sentence's own time expression (not an attributive one like "the October 7
attacks"), else the nearest one earlier in the paragraph, else the lead paragraph's; it is a day (a range
gives its first day): "last week" or "in January" is kept in ``when`` with no date, and "had met … before"
borrows none. The same pair on the same date is one row per article; undated rows of a pair are one only
with the same status and time words.

Passive forms name the host after "by" ("X was received by President Y", "was greeted at the yard by Y":
Y the subject, X the counterpart). A meeting in a sentence's opening phrase ("After meeting X on Monday,
Y said", "During talks with X, she …") takes the main clause's subject. A noun trigger ("for talks with",
"X’s meeting with Y") takes its status from the clause ("will fly … for talks with" is scheduled,
"… was cancelled" cancelled). "Spoke with" counts only with a person ("spoke with reporters" does not).
A role cut off by "for"/"in" ("the Labour MP for Glasgow Kelvin, Fiona Reid") is the person named after
its comma; a lone capitalised word as counterpart ("welcomed Anucha") is a word of a person named earlier.

"met her" / "welcomed him": the person named just before who is not the subject and not marked as the other
sex (``Speakers.object_pronoun``); "A and B met them" is no meeting of A with B.

Not extracted: meetings told only as nouns with neither "with" nor "between" ("the summit"), and who "them"
is in "met them".
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon, rx
from .people import slug
from .quotes import _POSSESSOR_OF, Speakers
from .quotes import _main_subject as quotes_main_subject
from .timex import MOVED_VERBS


@lru_cache(maxsize=None)
def _triggers():
    """One pattern for all triggers, a named group per status, tried in file order at each position."""
    parts: dict[str, list[str]] = {}
    status = None
    for line in lexicon.lines("meeting_verbs"):
        if line.startswith("[") and line.endswith("]"):
            status = line[1:-1]
            parts.setdefault(status, [])
        else:
            parts[status].append(f"(?:{line})")
    body = "|".join(f"(?P<{st}>{'|'.join(p)})" for st, p in parts.items())
    # a trigger starts with one of these letters (the anchor and starter words' first letters)
    firsts = sorted({w[0] for w in _ANCHOR_WORDS + _STARTERS})
    return re.compile(rf"\b(?=[{''.join(firsts)}])(?:{body})", re.I)


# Every trigger holds one of these words within its first seven words, and starts with one of
# ``_STARTERS`` or with the anchor word itself: the triggers are tried only there
# (``rx.anchored_finditer``), and sentences without an anchor are skipped.
_ANCHOR_WORDS = ("canceled", "cancelled", "called", "postponed", "scrapped", "put", "pulled", "delayed",
                 "meet", "meets", "met", "meeting", "sit", "sits", "sat", "talk", "talks", "talked",
                 "speak", "speaks", "spoke", "spoken", "host", "hosts", "hosted", "receive", "received",
                 "welcome", "welcomed", "welcomes", "visit", "visits", "visited", "call", "held",
                 "travel", "fly", "flew", "travelled", "traveled", "went", "paid", "pays", "paying", "pay",
                 "breakfast", "lunch", "dinner", "coffee", "tea", "meal", "telephoned", "phoned", "rang", "calls",
                 "greeted", "conferred", "confers", "huddled", "huddles", "shook", "joint", "broke", "broken", "conference",
                 "joined", "joins")
_STARTERS = ("will", "would", "is", "are", "was", "were", "plan", "plans", "planned", "hope", "hopes",
             "flew", "travelled", "traveled", "went", "paid", "pays", "paying", "had", "has", "have",
             "intend", "intends", "slated", "scheduled", "expected", "set", "due", "a", "his", "her", "their",
             "the", "played", "plays", "playing", "further", "fresh", "new", "direct", "private", "more", "trip", "journey")
_ANCHOR = re.compile(r"\b(?:" + rx.trie(rx.cased_forms(_ANCHOR_WORDS)) + r")\b")
_START = re.compile(r"(?i:\b(?:" + rx.trie(set(_STARTERS) | set(_ANCHOR_WORDS)) + r")\b)")
_WORDS_BACK = 7
_LIST_END = re.compile(
    # ("X and about a dozen crew members": "about" and a number after "and" open the list's next item)
    r"\s+(?:about\b(?:(?<!\band\sabout)|(?!\s+(?:a\s+dozen|a\s+hundred|\d|dozens|hundreds|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty)\b))"
    r"|on|to|over|after|before|where|which|who|during|amid|as|for|at|in|when|while|since|ahead|because|"
    r"this|last|next|later|earlier|late|early|tomorrow|today|yesterday|tonight|planned|scheduled|originally)\b"
    r"(?!\s+(?:the\s+)?(?:hostages|war))"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s+by\s+(?:tele)?phone\b|\s+by\s+video\b"
    r"|[;:.()“”\"]|,\s+(?:but|who|which|where|after|before|as|while|when|saying|and\s+(?:said|told|will|was|is))\b"
    r"|,\s+(?:[\w’'\-]+\s+){0,3}(?:said|says|told|added)\b"  # "…, officials said"
    r"|,\s+(?:several|many|most|some|all|none|one|two|both)\s+of\s+(?:whom|which)\b"  # "…, several of whom had …"
    r"|,?\s+(?:paid|met|visited|held|hosted|received|flew|spoke|called|travelled|traveled)\b")  # a new clause's verb
_KIN = re.compile(r"(?:her|his|their|my|our)\s+(?:future\s+|late\s+)?(?:husband|wife|partner|spouse|fiancée?|"
                  r"boyfriend|girlfriend|son|daughter|mother|father|parents|brother|sister|family)\b")
_PAREN = re.compile(r"\s*\([^()]{1,40}\)")
_GROUPISH = re.compile(r"^(?:the|a|an|his|her|their|several|some|families|relatives|representatives|members|"
                       r"leaders|heads|officials|delegates|a\s+delegation|"
                       # "about 40 of the workers", "about a dozen crew members"
                       r"(?:about|around|nearly|almost|more\s+than)\s+(?:a\s+dozen|a\s+hundred|\d[\d,]*|two|three|four|five|"
                       r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty|dozens|hundreds))\b", re.I)
_OBJECT_VERB = re.compile(r"\b(?:visit|visited|visits|host|hosted|hosts|receive|received|welcome|welcomed|welcomes)\b",
                          re.I)
# "spoke with X": only a person makes it a meeting ("spoke with The Times", "spoke with reporters" do not)
_SPOKE_WITH = re.compile(r"(?:spoke|spoken|talked)\s+(?:(?:briefly|privately|separately|at\s+length)\s+)?with\b", re.I)
_TRAILING_ADVERB = re.compile(r"\s+(?:again|too|also|separately|privately|briefly|later|soon|once\s+more|twice)$", re.I)
_LONE_NAME = re.compile(r"[A-Z][a-z]+(?:[’'\-][A-Z]?[a-z]+)?")
_OBJECT_PRONOUNS = frozenset("him her them it us me you".split())
_PREP_BEFORE = re.compile(r"\b(?:with|to|by|from|of|for|about|between|against|than|visiting)\s+$", re.I)


@lru_cache(maxsize=None)
def _group_nouns() -> frozenset[str]:
    return lexicon.words("meeting_groups")


def _not_party(item: str) -> bool:
    """"a cool reception", "fierce criticism from unions": what "met with" takes when nobody was met."""
    head = _OF_TAIL.split(item, 1)[0].split()
    return bool(head) and head[-1].lower().strip(",.’'") in lexicon.words("meeting_not_parties")


_INSTITUTIONS = frozenset("council committee union alliance group government board cabinet staff".split())


def _people_group(item: str) -> bool:
    """A group of people ("a delegation of student leaders", "residents"), not an institution
    ("the council"): what can be received, hosted or visited besides a person."""
    words = _OF_TAIL.split(item, 1)[0].split()
    return bool(words) and _group_head(item) and words[-1].lower().strip(",.’'") not in _INSTITUTIONS \
        and words[0].lower() not in _INSTITUTIONS


_OF_TAIL = re.compile(r"\s+(?:of|from|for|representing)\s+")


def _group_head(item: str) -> bool:
    """"water utility leaders", "executives from three carriers": a group noun first or last."""
    words = item.split()
    if not words:
        return False
    if words[-1].lower().strip(",.") in _group_nouns() or words[0].lower() in _group_nouns():
        return True
    # "about 40 residents of the Pike Road neighborhood", "community representatives from Soroti"
    head = _OF_TAIL.split(item, 1)[0].split()
    return len(head) < len(words) and head[-1].lower().strip(",.’'") in _group_nouns()


# Nouns for a role in an appositive that are no titles of their own ("Ken Ueda, head of the Dock Workers Union")
_ROLE_NOUNS = frozenset("head chief leader founder member owner coordinator organiser organizer convener "
                        "counterpart deputy".split())
_ROLE_DETERMINERS = ("the", "a", "an", "his", "her", "their", "its")


def _drop_appositive_roles(counterparts, commas=None):
    """"the regional governor of X, Jane Doe", "Roy Delgado, the committee’s chairman", "Ann Lee,
    general secretary of the X Union", "Tom Ek, the Oslo geneticist": a role next to a person is that
    person, not a group of its own. ``commas[i]``: item i follows the one before it after a bare comma
    (an appositive), not after "and" ("met Steve Okafor and the first-team squad" is two sides)."""
    from .quotes import _title_heads
    commas = commas or [True] * len(counterparts)
    heads = _title_heads()
    out = []
    for i, cp in enumerate(counterparts):
        nxt = counterparts[i + 1] if i + 1 < len(counterparts) else None
        prev = counterparts[i - 1] if i else None
        words = cp[0].split()
        head = _OF_TAIL.split(cp[0], 1)[0].split()  # "general secretary" of "general secretary of the X Union"
        singular_role = words[0].lower() in _ROLE_DETERMINERS and not head[-1].lower().endswith("s")
        titled = any(w.lower().strip(",.’'s") in heads for w in words[-3:]) \
            or head[0][:1].islower() and any(w.lower() in heads or w.lower() in _ROLE_NOUNS for w in head[-2:])
        if cp[2] == "group" and (
                nxt is not None and nxt[2] == "person" and commas[i + 1] and (titled or singular_role)
                or prev is not None and prev[2] == "person" and commas[i] and (singular_role or titled and (
                    words[0].lower() in _ROLE_DETERMINERS or words[0][:1].islower()))):
            continue
        out.append(cp)
    return out


def _list_after(sentence: str, at: int) -> tuple[str, int]:
    """The list of parties after a trigger ending at ``at``: (its text, where it ends in the sentence).
    It ends at a clause word, a date, punctuation or "…, officials said"; a parenthesised acronym
    ("(NAUL)") is blanked out first, so it ends no list (offsets are kept)."""
    tail = sentence[at:]
    if "(" in tail:
        tail = _PAREN.sub(lambda p: " " * len(p.group(0)), tail)
    stop = _LIST_END.search(tail)
    return (tail[:stop.start()], at + stop.start()) if stop else (tail, len(sentence))


def _split_list(chunk: str):
    """Items of "A, B, and C" / "A and B" with their offsets in ``chunk``."""
    items, pos = [], 0
    for part in re.split(r"(,\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", chunk):
        if part and not re.fullmatch(r",\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+", part):
            lead = len(part) - len(part.lstrip())
            if items and part.startswith("with ", lead):
                lead += 5  # "met X, and with representatives of …": the preposition is repeated, not a word of them
            items.append((part[lead:].strip(), pos + lead))
        pos += len(part)
    return items


def extract_meetings(art, out: dict) -> None:
    """Stage: meeting records for one article (needs the people and timeline stages)."""
    text = art.text
    people = art.people
    spk = getattr(art, "speakers", None) or Speakers(art)
    # (a deadline "within two weeks" is no meeting's day)
    timeline = [t for t in getattr(art, "timeline", [])
                if not t["attributive"] and t["granularity"] != "vague" and t["kind"] not in ("within", "pastn")]
    lead = [t for t in timeline if t["para"] == 0]
    rows, seen = [], {}
    two_pairs: dict = {}  # "the two <noun>" pairs found so far (see _the_two)
    triggers = _triggers()
    # direct quotes with a person as speaker: "I" and "me" inside one are that person
    quoted = [(q["start"], q["end"], (q["speaker"], q["person_id"], "person")) for q in out.get("quotes", ())
              if q["kind"] == "direct" and q["speaker_kind"] == "person" and q["person_id"]]
    anchors = rx.bucket([a.start() for a in _ANCHOR.finditer(text)], art.sentences)
    for si, mine in anchors.items():
        pi, s, e = art.sentences[si]
        sentence = text[s:e]
        used_until, used = 0, []  # the end of the last trigger's list; the spans read by triggers
        last_subject = None  # the subject of the sentence's last trigger
        fm = _FRONTED.match(sentence) if sentence[:1] in "ABDFIU" else None
        if fm:
            # "After meeting Okoro on Monday, Novak said …", "During talks with X, she …": the parties are
            # in the opening phrase, the subject opens the main clause after its comma
            used_until = fm.end("list")
            used.append((0, used_until))
            _fronted_rows(art, rows, seen, text, s, si, pi, sentence, fm, spk, timeline, lead)
        for m in rx.anchored_finditer(triggers, sentence, mine, _WORDS_BACK, _START):
            status = m.lastgroup
            if m.start() < used_until:
                continue
            if _NEGATED.search(sentence, max(0, m.start() - 30), m.start()) or _NEGATED_IN.match(m.group(0)):
                continue  # "has never met", "did not meet", "refused to meet": no meeting
            if _SOUGHT.search(sentence, max(0, m.start() - 40), m.start()) and _NOUN_TRIGGER.match(m.group(0)):
                continue  # "has asked for a meeting with X": sought, not held or set
            if m.group(0)[:8].lower() == "met with" and _BE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
                continue  # "was met with jeers (by …)": a reception, no meeting
            subject, also = _subject(text, s, s + m.start(), spk, people), []
            pm = _THE_PAIR.search(sentence, max(0, m.start() - 40), m.start())
            pair = (_last_pair(rows) or _last_two_named(people, s + pm.start())) if pm else None
            if pair:
                # "… welcomed the singer, and the pair later had lunch with Dr X": the two of the last meeting,
                # else the last two people named
                subject, also = pair[0], [pair[1]]
            if subject is None and last_subject and _AND_VP.search(sentence, max(0, m.start() - 30), m.start()):
                subject = last_subject  # "… he had held talks with Pillay last week and had met Dlamini …"
            if subject is None and quoted and not m.group(0).startswith("have ") \
                    and _I_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
                subject = _speaker_at(quoted, s + m.start())  # "“I first met Mr Morimoto in 2001,” Park said"
            if subject is None:
                # "X’s meeting with Y": at most ~85 characters back, so search only the last 120
                cut = max(0, m.start() - 120)
                poss = rx.search(r"([\w’'.\- ]{2,60}?)[’']s\s+(?:\w+\s+)?$", sentence[cut:m.start()])
                if poss:
                    subject = spk.person_at(s + cut + poss.start(1), s + cut + poss.end(1) + 2)
            if subject is None and _NOUN_TRIGGER.match(m.group(0)) and m.start() < 40:
                # "A meeting with X in Blenheim … was called off, his office said": the one whose office speaks
                # (or "the minister’s" aides) held or planned it
                office = _OFFICE_SAID.search(sentence, m.end())
                if office:
                    # ("his" is not one of the people met: the person before this sentence)
                    subject = (spk.person_by_role(office["role"], s + office.start()) if office["role"]
                               else spk.pronoun(s) or spk.leading(s, "m" if office["p"].lower() == "his" else "f"))
            if subject is None:
                continue
            last_subject = subject
            chunk, list_end = _list_after(sentence, m.end())
            if _KIN.match(chunk):
                continue  # "she met her husband in 1990": how two people met, not a meeting
            counterparts, commas = [], []
            items = _split_list(chunk)
            for k, (item, off) in enumerate(items):
                # a bare comma before the item (an appositive), not ", and" or "and"
                comma = bool(k) and chunk[items[k - 1][1] + len(items[k - 1][0]):off].strip() == ","
                a = s + m.end() + off
                bare = _TRAILING_ADVERB.sub("", item)  # "her again", "Anucha too"
                if bare.lower() in _OBJECT_PRONOUNS:
                    # "Lindqvist welcomed her at the airport": the person named just before (not "them");
                    # "“He had lunch with me and Victor,” Okafor said": the one quoted
                    hit = _speaker_at(quoted, a) if bare.lower() == "me" else \
                        spk.object_pronoun(a, bare, subject[0]) if len(items) == 1 else None
                    if hit:
                        counterparts.append(hit)
                        commas.append(comma)
                    continue
                # "representatives of Minera Andina del Sur": a group, whatever names its tail holds
                inc = item.find(" including ")
                if inc > 0:
                    # "growers’ leaders including Esther Wambui of the union": the person named
                    named = spk.person_at(a + inc + len(" including "), a + len(item))
                    if named:
                        counterparts.append(named)
                        commas.append(comma)
                        continue
                # the name ending the item first: "Olmedo Vidal chairwoman Beatriz Olmedo" is Olmedo, even when
                # "Vidal" is also a person's surname
                hit = None if item[:1].islower() and _people_group(item) else \
                    spk.person_ending_at(a, a + len(item.rstrip(",. "))) or spk.person_at(a, a + len(item))
                if hit is None and _LONE_NAME.fullmatch(bare):
                    # "welcomed Anucha to the palace": a word of a person named earlier (a given name in
                    # Thai, a family name elsewhere), when the people stage has no mention there
                    hit = spk.person_by_word(item, a)
                if hit:
                    counterparts.append(hit)
                    commas.append(comma)
                    continue
                group = _TRAILING_ADVERB.sub("", item.rstrip(","))
                role = None
                if k == len(items) - 1 and _titled(group):
                    # "had dinner with the Labour MP for Glasgow Kelvin, Fiona Reid": the list was cut
                    # inside the role; the name after the comma is the person
                    role = _named_after(text, s + list_end, spk)
                if role is None and rx.match(r"(?:the|this)\s", group, re.I):
                    role = spk.person_by_role(group, a)
                if role:  # "met the mayor": the person whose role that is
                    counterparts.append(role)
                    commas.append(comma)
                elif (_GROUPISH.match(group) or _group_head(group)) and len(group.split()) <= 10 \
                        and not _not_party(group):
                    counterparts.append((group, None, "group"))
                    commas.append(comma)
                elif " " not in item and k + 1 < len(items) and _group_head(_TRAILING_ADVERB.sub("", items[k + 1][0])) \
                        and not spk.person_at(s + m.end() + items[k + 1][1], s + m.end() + items[k + 1][1] + 1):
                    # "Vietnamese and Indonesian business leaders": one group with two adjectives
                    nxt, noff = items[k + 1]
                    items[k + 1] = (chunk[off:noff + len(nxt)], off)
            counterparts = [c for c in _drop_appositive_roles(counterparts, commas) if c[0] != subject[0]]
            if not counterparts:
                continue
            used_until = list_end
            used.append((m.start(), list_end))
            # "hosted", "will receive", "is to visit": things are received and places visited too, so
            # only people count as counterparts of these
            if _OBJECT_VERB.search(m.group(0)) or _SPOKE_WITH.match(m.group(0)):
                counterparts = [c for c in counterparts if c[2] == "person" or _people_group(c[0])]
                if not counterparts:
                    continue
            if status == "held" and _NOUN_TRIGGER.match(m.group(0)):
                # "… for talks with Y", "X’s meeting with Y": the noun says nothing of time; the clause does
                if _CANCEL.search(sentence, m.end()):
                    status = "cancelled"  # "X’s meeting with Y was cancelled"
                elif _FUTURE.search(sentence, _clause_start(sentence, m.start()), m.start()):
                    status = "scheduled"  # "X will fly to Abuja next week for talks with Y"
            elif status == "held" and _WAS_TO_HAVE.search(sentence, max(0, m.start() - 30), m.start()):
                # "X was to have met Y on Friday, but …": a plan told after the fact
                status = "cancelled" if _CANCEL.search(sentence, m.end()) else "scheduled"
            if status == "scheduled" and _CANCEL.search(sentence, m.end()) and (
                    _WAS_PLANNED.match(m.group(0)) or _WAS_PLANNED_BEFORE.search(sentence, max(0, m.start() - 20), m.start())):
                status = "cancelled"  # "had been due to meet X on Tuesday, but … called off the meeting"
            earlier = _HAD_BEFORE.search(sentence, max(0, m.start() - 12), m.start() + 4) is not None
            when = _date_for(si, pi, timeline, lead, s + m.start(), own_only=earlier)
            if status == "held" and _PRESENT_TRIGGER.match(m.group(0)) and when and when.get("tense") == "future":
                status = "scheduled"  # "Novak meets Okoro on Friday", "visits Okoro next week"
            place = _place(sentence, people, s, m.start())
            new_when = _new_date(text, s, sentence, m.start(), si, timeline) if status != "scheduled" else None
            if status == "scheduled" and "been" in sentence:
                # "X is due to hold talks with Y on March 3 — although that meeting has been postponed to March 10"
                mv = _IT_MOVED_LATER.search(sentence, m.end())
                if mv and (", and " in sentence[m.end():mv.start()] or mv.start() - m.end() > 120):
                    mv = None  # that meeting is another trigger's, nearer to it
                new_when = next((t for t in timeline if t["sent"] == si and t["start"] == s + mv.end()), None) if mv else None
            names = {c[0] for c in counterparts}
            for subj in [subject] + [c for c in also or _co_subjects(text, s, s + m.start(), subject, people)
                                     if c[0] not in names]:
                if new_when is not None:
                    # "X postponed his meeting with Y to January 12", "X’s meeting with Y, set for May 3, was moved
                    # to May 10": the old date's meeting is cancelled, the new one scheduled
                    old = when if when is not None and when is not new_when and when["sent"] == si else \
                        next((t for t in timeline if t["sent"] == si and t is not new_when), None)
                    for cp in counterparts:
                        _add_row(rows, seen, art.doc_id, subj, cp, "cancelled", old, place, si, sentence, m.group(0))
                        _add_row(rows, seen, art.doc_id, subj, cp, "scheduled", new_when, place, si, sentence, m.group(0))
                    continue
                for cp in counterparts:
                    _add_row(rows, seen, art.doc_id, subj, cp, status, when, place, si, sentence, m.group(0))
        # "A meeting between X and Y ... has been cancelled", "Talks between X and Y resumed on Monday"
        if "between" in sentence:
            for m in _BETWEEN.finditer(sentence):
                if any(a <= m.start() < b for a, b in used):
                    continue
                for subject, cp, status, when in _between_meeting(text, s, e, m, spk, timeline, si, pi, lead):
                    place = _place(sentence, people, s, m.start())
                    _add_row(rows, seen, art.doc_id, subject, cp, status, when, place, si, sentence,
                             m.group(0) + " and")
        # "X was received by President Y at the palace": Y is the host (the subject), X the guest
        if " by " in sentence:
            for m in _PASSIVE.finditer(sentence):
                if any(a <= m.start() < b for a, b in used):
                    continue
                guest = _subject(text, s, s + m.start(), spk, people)
                chunk, _ = _list_after(sentence, m.end())
                # "was met at the wharf by X and about a dozen crew members": people or groups of people
                hosts = [spk.person_at(s + m.end() + off, s + m.end() + off + len(item))
                         or ((item, None, "group") if _GROUPISH.match(item) and _people_group(item) else None)
                         for item, off in _split_list(chunk)]
                hosts = [h for h in hosts if h and guest and h[0] != guest[0]]
                if not hosts or guest[2] != "person":
                    continue
                status = "scheduled" if m["future"] else "held"
                when = _date_for(si, pi, timeline, lead, s + m.start())
                place = _place(sentence, people, s, m.start())
                for host in hosts:
                    _add_row(rows, seen, art.doc_id, host, guest, status, when, place, si, sentence, m.group(0))
        # "Rivera and Okoye met on Tuesday", "the two leaders will meet": both sides before the verb
        if _RECIPROCAL_HINT.search(sentence):
            for m in _RECIPROCAL.finditer(sentence):
                if any(m.start() < b and a < m.end() for a, b in used):
                    continue  # the verb of a trigger already read ("… had met Olmedo")
                two = _THE_TWO.search(sentence, max(0, m.start() - 40), m.start()) \
                    or _THE_TWO_BARE.search(sentence, max(0, m.start() - 12), m.start())
                if two is None:
                    # "The two agreed to … and will hold a second round of talks": "the two" opens the sentence
                    op = _THE_TWO_OPENING.match(sentence)
                    if op and op.end() <= m.start() and not people.at(s + op.end(), s + m.start()):
                        two = op
                pair = _the_two(two, s + two.start(), text, people, rows, two_pairs) if two is not None else \
                    _reciprocal_pair(text, s, s + m.start(), people, None)
                if pair is None:
                    # "The two coaches, A of Cordillera and B of Pacífico, had met": the two in apposition
                    ap = _THE_TWO_NAMED.search(sentence, max(0, m.start() - 160), m.start())
                    named = list(dict.fromkeys(mm.key for mm in people.at(s + ap.end(), s + m.start()))) if ap else []
                    if len(named) == 2:
                        pair = tuple(_party(people.people[k]) for k in named)
                if pair is None and rows and rows[-1]["sent"] >= si - 1 and rows[-1]["subject_id"] \
                        and _THEY.search(sentence, max(0, m.start() - 30), m.start()):
                    # "X met Y on Monday. They met again on Wednesday.": the pair of the meeting just told
                    pair = _last_pair(rows)
                if pair is None and quoted:
                    # "“Dilani and I spoke by phone again,” Kabir said": the one named and the one quoted
                    mi = _AND_I.search(sentence, max(0, m.start() - 60), m.start())
                    named = people.at(s + mi.start(), s + mi.start("i")) if mi else []
                    me = _speaker_at(quoted, s + m.start()) if len(named) == 1 else None
                    other = _party(people.people[named[0].key]) if me else None
                    pair = (me, other) if me and other[0] != me[0] else None
                if pair is None:
                    continue
                status = "scheduled" if m["future"] else "held"
                if m["future"] and m["future"].startswith("were") and _CANCEL.search(sentence, m.end()):
                    status = "cancelled"  # "A and B were due to meet on Friday, but the talks were called off"
                when = _date_for(si, pi, timeline, lead, s + m.start())
                place = _place(sentence, people, s, m.start())
                _add_row(rows, seen, art.doc_id, pair[0], pair[1], status, when, place, si, sentence, m["verb"])
    if rows and "been" in text:
        _moved_after(art, rows, seen, timeline)
    if any(r["counterpart_id"] is None and _TWO_PARTY.match(r["counterpart"]) for r in rows):
        rows = _the_two_counterparts(art, rows, seen, people, two_pairs)
    for n, r in enumerate(rows):
        r["meeting_id"] = f"{art.doc_id}:m{n}"
    out["meetings"] += rows


_BEEN_MOVED = (r"\s+(?:has|have|had)\s+(?:now\s+)?been\s+(?:rescheduled|moved|pushed\s+back|put\s+back|postponed|put\s+off|"
               r"brought\s+forward)\s+(?:to|for|until)\s+")
_IT_MOVED_CORE = r"(?:[Ii]t|[Tt]he\s+(?:meeting|talks|visit|session|dinner|trip))" + _BEEN_MOVED
_IT_MOVED = re.compile(_IT_MOVED_CORE)
# later in the trigger's own sentence: "…, although that meeting has been postponed to March 10"
_IT_MOVED_LATER = re.compile(r"\b(?:[Tt]hat\s+(?:meeting|visit|session|dinner|trip)|the\s+(?:meeting|visit|session|dinner|trip)"
                             r"|it)" + _BEEN_MOVED)
# "A ministry spokesman said the meeting had been pushed back to November 16."
_SAID_IT_MOVED = re.compile(r"[^.;“”]{0,80}?\b(?:said|says|confirmed|announced)\s+(?:that\s+)?" + _IT_MOVED_CORE)


def _moved_after(art, rows, seen, timeline):
    """"… was called off. It has been rescheduled for August 2.", "… said the meeting had been pushed back to
    November 16": the meetings of the sentence before, at the new date, scheduled (and no longer at the old)."""
    text = art.text
    for t in timeline:
        si = t["sent"]
        _, s, e = art.sentences[si]
        m = _IT_MOVED.match(text, s) or _SAID_IT_MOVED.match(text, s, e)
        if m is None or t["start"] != m.end():
            continue
        sentence = text[s:e]
        for r in [r for r in rows if r["sent"] == si - 1]:
            if r["status"] == "scheduled" and r["date"] is not None:
                r["status"] = "cancelled"  # "X was to have met Y on Monday. … pushed back to November 16": not Monday
            _add_row(rows, seen, art.doc_id, (r["subject"], r["subject_id"]), (r["counterpart"], r["counterpart_id"]),
                     "scheduled", t, r["place"], si, sentence, m.group(0))


_FRONTED = re.compile(
    r"(?P<head>(?:After|Before|Following|During|At|In|Upon|Ahead\s+of)\s+"
    r"(?:(?:(?:a|an|his|her|their|the|two|three)\s+)?(?:(?:brief|private|lengthy|closed-door|bilateral|separate|"
    r"phone|telephone|video|[\w]+-hour|first|second|further|fresh)\s+)*"
    r"(?:meeting|meetings|talks|conversation|call|phone\s+call|dinner|lunch)\s+with"
    r"|(?:meeting|talking\s+(?:to|with)|speaking\s+(?:to|with)|hosting|receiving|visiting)(?:\s+with)?)\s+)"
    r"(?P<list>[^,;:.]{2,120}?),\s+(?=[A-Z]|s?he\b)")


def _fronted_rows(art, rows, seen, text, s, si, pi, sentence, fm, spk, timeline, lead):
    """Rows for a meeting told in a sentence's opening phrase ("After meeting X on Monday, Y said …")."""
    after = fm.end()
    subj = None
    pm = rx.match(r"(?:[Hh]e|[Ss]he)\b", sentence[after:after + 4])
    if pm:
        subj = spk.pronoun(s + after)
    else:
        for mm in art.people.at(s + after, s + after + 60):
            if mm.start - (s + after) <= 30 or mm.cue_start - (s + after) <= 2:
                p = art.people.people[mm.key]
                subj = p.name, slug(p.name), "person"
            break
    if subj is None:
        return
    chunk, _ = _list_after(sentence, fm.start("list"))
    parties = []
    for item, off in _split_list(chunk):
        hit = spk.person_at(s + fm.start("list") + off, s + fm.start("list") + off + len(item))
        if hit and hit[0] != subj[0]:
            parties.append(hit)
    if not parties:
        return
    status = "scheduled" if fm.group(0).startswith("Ahead") or _FUTURE.search(sentence, after) else "held"
    when = _date_for(si, pi, timeline, lead, s)
    place = _place(sentence, art.people, s, 0)
    for cp in parties:
        _add_row(rows, seen, art.doc_id, subj, cp, status, when, place, si, sentence, fm["head"])


# what may stand between two people who share a meeting's subject side: a comma or "and" ("along with",
# "as well as"), then maybe a role between commas ("and the club’s main shareholder, the Mexican investor
# Rodrigo Salas") or a lower-case title ("sporting director Ander Goikoetxea")
_JOIN = r"(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+"
_NOT_ROLE = r"(?!(?:with|to|of|for|by|from|at|in|on|had|has|have|was|were|is|are|met|said|told|who|which)\b)"
_CO_GAP = re.compile(rf"\s*(?:,\s*(?:who\s+)?(?:{_JOIN})?|{_JOIN})"
                     r"(?:(?:the|a|an|his|her|its|their)\s+[^,;.()“”\"]{1,50},\s+)?"
                     rf"(?:(?:the|his|her|its|their)\s+)?(?:{_NOT_ROLE}[a-z][\w’'\-]*\s+){{0,3}}")
# and what may stand between the last of them and the verb
_CO_END = re.compile(r"[\s,]*(?:(?:the|a|an|his|her|their)\s+[^,;.()“”\"]{1,50},\s*)?"
                     r"(?:(?:also|then|later|had|has|have|will|would|jointly|together|all|both|each)\s+)*")


def _co_subjects(text, s, pos, subject, people):
    """People who share the subject side with ``subject`` before a trigger at ``pos``: "A, B and C met X",
    "A, who along with B, met X" (joined by commas and "and" only, right before the verb)."""
    if subject[2] != "person" or subject[1] is None or (text.find(",", s, pos) < 0 and text.find(" and ", s, pos) < 0):
        return []
    ms = people.at(s, pos)
    k = next((i for i, mm in enumerate(ms) if slug(people.people[mm.key].name) == subject[1]), None)
    if k is None or k == len(ms) - 1:
        return []
    out, prev = [], ms[k].end
    for mm in ms[k + 1:]:
        if not _CO_GAP.fullmatch(text, prev, mm.cue_start) or text.startswith(("’s", "'s"), mm.end):
            break
        p = people.people[mm.key]
        if slug(p.name) != subject[1] and all(o[0] != p.name for o in out):
            out.append((p.name, slug(p.name), "person"))
        prev = mm.end
    return out if out and _CO_END.fullmatch(text, prev, pos) else []


def _pair_key(a: str, b: str, day, status: str, when_text: str | None) -> tuple:
    """What makes two rows one meeting: the pair and the day; undated, the pair, status and time words."""
    return tuple(sorted([a, b])) + ((day,) if day is not None else (None, status, (when_text or "").lower()))


def _add_row(rows, seen, doc_id, subject, cp, status, when, place, si, sentence, trigger):
    """One row per pair and date in an article."""
    # a meeting's date is a day: "last week" or "in January" stays in ``when`` but gives no date
    day = when["date"] if when and when["granularity"] in ("day", "range") else None
    # an undated row is the same meeting only with the same status and time words ("last met in November"
    # and "are expected to meet again in May" are two)
    key = _pair_key(subject[0], cp[0], day, status, (when or {}).get("text"))
    if key in seen:
        return
    seen[key] = True
    rows.append({"doc_id": doc_id, "subject": subject[0], "subject_id": subject[1],
                 "counterpart": cp[0], "counterpart_id": cp[1], "status": status,
                 "date": day, "when": when["text"] if when else None,
                 "place": place, "sent": si, "evidence": sentence, "trigger": trigger.strip()})


_NEGATED = re.compile(r"\b(?:never|not|n[’']t|no\s+longer|refused\s+to|declined\s+to|no\s+plans?\s+to)\s+"
                      r"(?:(?:yet|been|be|to|also|even|again|formally|personally)\s+)*$")
_NEGATED_IN = re.compile(r"(?:will|would|is|are|was|were|has|have|had)\s+(?:never|not)\b", re.I)
_PRESENT_TRIGGER = re.compile(r"(?:meets|visits|hosts|receives|welcomes)\b")
_AND_VP = re.compile(r"\s(?:and|but)\s+(?:(?:had|has|have|also|then|later|subsequently|afterwards)\s+)*$")
_THE_PAIR = re.compile(r"\b(?:[Tt]he\s+(?:pair|duo)|[Bb]oth\s+(?:men|women))\s+(?:(?:later|then|also|subsequently|afterwards|"
                       r"had|have|will|briefly)\s+)*$")
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$")
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:first|already|once|previously|also|never)\s+)?met\b")
_PASSIVE = re.compile(r"\b(?:(?P<future>will\s+be|(?:is|are)\s+(?:to|due\s+to|scheduled\s+to|expected\s+to|set\s+to)\s+be)|"
                      r"was|were|has\s+been|had\s+been)\s+(?:warmly\s+|formally\s+|later\s+)?"
                      r"(?:received|hosted|welcomed|greeted|met)(?:\s+(?:at|in|on)\s+[^,.;]{1,50}?)?\s+by\s+")
# A meeting told with both sides as the subject and no "with": "X and Y met", "the two leaders held talks".
_RECIPROCAL_HINT = re.compile(r"\b(?:met|meet|talks|talked|spoke|shook|joint|had\s+(?:a\s+)?(?:breakfast|lunch|dinner|coffee))\b")
_RECIPROCAL = re.compile(
    r"\b(?P<verb>(?:(?P<future>will|(?:are|were)\s+(?:also\s+)?(?:due|scheduled|expected|set|slated)\s+to|are\s+to|plan\s+to)"
    r"\s+(?:meet|hold\s+(?:further\s+|fresh\s+|more\s+|(?:a|another)\s+(?:\w+\s+)?round\s+of\s+)?talks)"
    r"|(?:have\s+|had\s+|also\s+)?(?:met|held\s+(?:(?:separate|further|fresh|direct|private|informal|lengthy|brief|"
    r"more|bilateral|closed-door|secret)\s+)?talks|talked|spoke|shook\s+hands"
    r"|held\s+a\s+joint\s+(?:news|press)\s+conference|had\s+(?:a\s+)?(?:breakfast|lunch|dinner|coffee)(?=\s+together\b|\s+on\b|\s+at\b|\s+in\b|[,.]))"
    r"(?:\s+by\s+(?:tele)?phone)?))\b(?!\s+(?:with|to|reporters|the\s+press|him|her|them|us|me)\b)")
# "the two <noun>": people of that kind (never "the two teams", which meet on a pitch). After a specific
# noun ("chairmen") the two are the last two named whose role does not say otherwise (see _reciprocal_pair).
_TWO_NOUNS = (r"(?:leaders|presidents|prime\s+ministers|ministers|foreign\s+ministers|men|women|envoys|officials|"
              r"heads\s+of\s+state|negotiators|counterparts|sides|chairmen|chairwomen|chairs|chiefs|executives|"
              r"bosses|mayors|governors|generals|commanders|ambassadors|diplomats|lawmakers|senators|premiers|"
              r"chancellors|secretaries|coaches|managers)")
_GENERIC_TWO = frozenset({"leaders", "men", "women", "officials", "negotiators", "counterparts", "sides", "chiefs",
                          "bosses"})
_THE_TWO = re.compile(rf"\b[Tt]he\s+two\s+{_TWO_NOUNS}\s+$")


_THEY = re.compile(r"(?:^|,\s+and\s+|;\s+)[Tt]hey\s+(?:(?:also|then|later|last|first|briefly|again)\s+)?$")
_THE_TWO_BARE = re.compile(r"(?<=\s)[Tt]he\s+two\s+$")  # "…, and the two are due to hold talks again"
_THE_TWO_NAMED = re.compile(rf"\b[Tt]he\s+two\s+{_TWO_NOUNS},\s+(?=[^,]+(?:,[^,]+)?\s+and\s+[^,]+,\s+(?:[\w’']+\s+){{0,3}}$)")
_THE_TWO_OPENING = re.compile(rf"(?:[A-Z][A-Za-z ]+\s+[—–-]\s+)?[Tt]he\s+two\s+(?:{_TWO_NOUNS}\s+)?(?=[a-z])")


_BETWEEN = re.compile(r"\b(?:[Mm]eeting|[Mm]eetings|[Tt]alks|(?:phone|telephone|video)\s+call|[Cc]all|[Ss]ummit)"
                      r"(?:\s+[^,.;]{1,60}?)?\s+between\b")
_NOUN_TRIGGER = re.compile(r"(?:meeting|(?:\w+\s+)?talks|trip\s+to|journey\s+to)\b", re.I)
# "has asked for a meeting with", "wants talks with": a meeting sought, not one held or set
_SOUGHT = re.compile(r"\b(?:asked|asking|asks|called|calling|calls|pressed|pressing|pushed|pushing|requested|requesting|"
                     r"requests|sought|seeking|seeks|wants?|wanted|demanded|demanding|demands)\s+(?:for\s+)?(?:an?\s+)?"
                     r"(?:(?:urgent|new|fresh|direct|further|formal|private|personal)\s+)?$")
_WAS_TO_HAVE = re.compile(r"\b(?:was|were)\s+(?:due\s+|supposed\s+|scheduled\s+|set\s+|expected\s+)?to\s+have\s+$", re.I)


def _clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last comma, semicolon or dash before it, at
    most 80 characters back."""
    return max(sentence.rfind(",", 0, pos), sentence.rfind(";", 0, pos), sentence.rfind("—", 0, pos),
               pos - 80, -1) + 1


_WAS_PLANNED = re.compile(r"(?:was|were)\s", re.I)
_WAS_PLANNED_BEFORE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:also\s+)?$", re.I)
_CANCEL = re.compile(r"\b(?:cancell?ed|called\s+off|postponed|scrapped|put\s+off|delayed|shelved)\b", re.I)
_MOVED_TO = re.compile(rf"\b{MOVED_VERBS}\s+(?:to|until|till|for)\s+")
_FUTURE = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+due|are\s+due|scheduled\s+for|set\s+for|planned\s+for|"
                     r"expected|is\s+set|are\s+set|slated|pencill?ed\s+in)\b", re.I)
_SIDE_END = re.compile(r",|;|\s+(?:that|which|who|on|in|at|set|scheduled|planned|originally|has|have|had|was|were|is|"
                       r"are|will|would|ended|began|resumed|broke|took|last|this|next|to|for|after|before|"
                       r"yesterday|today|tomorrow)\b")


def _side(text, a, b, spk):
    """A party of a "between" meeting written at text[a:b]: a person, a role followed by the person's
    name ("Östersjö’s chief executive, Magnus Lindqvist"), or a group descriptor as written."""
    item = text[a:b].strip()
    if not item:
        return None
    lead = a + len(text[a:b]) - len(text[a:b].lstrip())
    hit = None if item[:1].islower() and _people_group(item) else spk.person_at(lead, lead + len(item))
    if hit:
        return hit
    after = rx.match(r",\s+", text[b:b + 3])
    if after:
        named = spk.person_at(b + after.end(), b + after.end() + 1)
        if named:
            return named
    elif _titled(item):
        # "Argentina’s undersecretary for mining, Horacio Benítez": the role ran on past where the side was cut
        named = _named_after(text, b, spk)
        if named:
            return named
    if item in ("her", "him"):
        # "a second meeting between her and Khanna": the woman (man) named just before
        return spk.object_pronoun(lead, item, None)
    if _THE_ROLE.fullmatch(item):
        # "a meeting between the senator and …": the person holding that role, named earlier
        hit = spk.person_by_role(item, a)
        if hit:
            return hit
    if item.lower() in _OBJECT_PRONOUNS or len(item.split()) > 8 \
            or not (item[0].isupper() or _GROUPISH.match(item) or _group_head(item)):
        return None
    return item, None, "group"


# what may stand between "who" and its verb: "who on Tuesday met", "who later sat down with"
_ADVERBIAL = re.compile(r"(?:(?:on|last|this|next|late|early|earlier|in|also|later|then|briefly|separately|"
                        r"privately|yesterday|today|[A-Z][a-z]+day|\d{1,2})\s+)*")
_THE_ROLE = re.compile(r"[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*")


def _named_after(text, b, spk):
    """The person named after the next comma within 50 characters of ``b`` (no sentence stop between):
    the name of a role whose words ran past where a list or a side was cut."""
    k = text.find(",", b, b + 50)
    after = rx.match(r",\s+", text[k:k + 3]) if k >= 0 and not rx.search(r"[.;:]", text[b:k]) else None
    return spk.person_at(k + after.end(), k + after.end() + 1) if after else None


def _titled(item: str) -> bool:
    """Whether a phrase names a role: one of its words is a title's head word ("undersecretary")."""
    from .quotes import _title_heads
    heads = _title_heads()
    return any(w.lower().strip(",.’'s") in heads or w.lower() in heads for w in item.split())


def _between_meeting(text, s, e, m, spk, timeline, si, pi, lead):
    """Rows for "a meeting between X and Y": X the subject, Y the counterpart; cancelled when the
    sentence says so (plus a scheduled row at the new date of a postponement), scheduled when it
    looks ahead, held otherwise."""
    a0 = s + m.end()
    rest = text[a0:e]
    conj = rx.search(r"\s+and\s+", rest)
    if not conj:
        return []
    # "between Ms Garnett, Mr Tranter and Ms Pell": the first is the subject, every other one a counterpart
    sides, p0 = [], a0
    for piece in text[a0:a0 + conj.start()].split(","):
        side = _side(text, p0, p0 + len(piece), spk) if piece.strip() else None
        if side is not None and side[0] not in [x[0] for x in sides] and (not sides or side[2] == "person"):
            sides.append(side)
        p0 += len(piece) + 1
    x = sides[0] if sides else None
    b0 = a0 + conj.end()
    stop = _SIDE_END.search(text, b0, e)
    b1 = stop.start() if stop else e
    y = _side(text, b0, b1, spk)
    if x is None or y is None or x[0] == y[0]:
        return []
    others = [o for o in sides[1:] if o[0] != y[0]] + [y]
    tail = text[b1:e]
    own = [t for t in timeline if t["sent"] == si and t["start"] >= s + m.start()]
    moved = _MOVED_TO.search(tail)
    if moved or _CANCEL.search(tail):  # "…, originally set for July 3, was moved to July 10"
        new_when = None
        if moved:
            at = b1 + moved.end()
            new_when = next((t for t in own if t["start"] == at), None)
        first = next((t for t in own if new_when is None or t is not new_when), None)
        rows = [(x, o, "cancelled", first) for o in others]
        if new_when is not None:
            rows += [(x, o, "scheduled", new_when) for o in others]
        return rows
    status = "scheduled" if _FUTURE.search(tail) else "held"
    when = own[0] if own else _date_for(si, pi, timeline, lead, s + m.start())
    return [(x, o, status, when) for o in others]


def _the_two(two, pos, text, people, rows, two_pairs):
    """The pair "the two" (or "the two <noun>") at ``pos`` refers to. The same phrase names the same pair
    all through an article, so a pair once found is kept by its noun in ``two_pairs``; a bare "the two"
    ("The two will meet again in May") is the last pair so named, else the parties of the last meeting
    between two people, else the last two people named."""
    noun = two.group(0).split()[-1].lower()
    if noun == "two":
        # "will meet again": the last pair that did meet, not one whose meeting was called off
        again = _AGAIN.match(two.string, two.end())
        pair = two_pairs.get("") or _last_pair(rows, held=again is not None)
        return pair or _reciprocal_pair(text, 0, pos, people, two)
    pair = two_pairs.get(noun) or _reciprocal_pair(text, 0, pos, people, two)
    if pair:
        two_pairs[noun] = two_pairs[""] = pair
    return pair


_AGAIN = re.compile(r"(?:[\w’'\-]+\s+){1,4}again\b")


def _last_two(people, pos, head="", strict=False):
    """The last two people named before ``pos`` (the earlier first), or None. With ``head`` ("president"),
    people whose role names another kind are skipped, and with ``strict`` also people with no role."""
    names: list = []
    for mm in reversed(people.mentions):
        if mm.start >= pos:
            continue
        p = people.people[mm.key]
        if head and (p.role and head not in p.role.lower() or strict and not p.role):
            continue
        if p not in names:
            names.append(p)
            if len(names) == 2:
                return names[1], names[0]
    return None


def _last_two_named(people, pos):
    """The last two people named before ``pos``, as a pair (the earlier first), or None."""
    names = _last_two(people, pos)
    return tuple(map(_party, names)) if names else None


def _party(p):
    """A person of the people stage as a meeting party: (name, person_id, "person")."""
    return p.name, slug(p.name), "person"


def _last_pair(rows, held=False):
    """The two people of the last meeting row between two people (that was held, if ``held``)."""
    for r in reversed(rows):
        if r["subject_id"] and r["counterpart_id"] and (r["status"] == "held" or not held):
            return (r["subject"], r["subject_id"], "person"), (r["counterpart"], r["counterpart_id"], "person")
    return None


_TWO_PARTY = re.compile(rf"(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+{_TWO_NOUNS}$")  # "hosted both ministers"


def _the_two_counterparts(art, rows, seen, people, two_pairs):
    """"A meeting between Mathebula and the two chairmen": a counterpart "the two <noun>" is the two people
    it refers to (see _the_two), each a row, when they are found."""
    out = []
    for r in rows:
        two = _TWO_PARTY.match(r["counterpart"]) if r["counterpart_id"] is None else None
        pair = _the_two(two, art.sentences[r["sent"]][1], art.text, people, [], two_pairs) if two else None
        if pair is None:
            out.append(r)
            continue
        for name, pid, _ in pair:
            if pid == r["subject_id"]:
                continue
            key = _pair_key(r["subject"], name, r["date"], r["status"], r["when"])
            if key not in seen:
                seen[key] = True
                out.append(dict(r, counterpart=name, counterpart_id=pid))
    return out


# "I" right before a trigger, a few adverbs or an auxiliary between ("I first met", "I have met"; not the
# habitual "I have dinner with …")
_I_BEFORE = re.compile(r"(?:^|[\s“\"])I\s+(?:(?:first|also|then|later|last|already|just|personally|once|had|will|would|"
                       r"was)\s+|have\s+(?=met|spoken|talked|held)){0,2}$")
_AND_I = re.compile(r"(?:^|[\s“\"])[A-Z][\w’'.\- ]{1,40}?\s+and\s+(?P<i>I)\s+(?:(?:first|also|then|later|last|have|had|"
                    r"will|just|once)\s+)?$")


def _speaker_at(quoted, pos):
    """The person who says the direct quote holding offset ``pos`` (see ``extract_meetings``), or None."""
    for a, b, who in quoted:
        if a <= pos < b:
            return who
    return None


def _reciprocal_pair(text, s, pos, people, two):
    """The two people of "A and B <verb>" right before ``pos``, or the two last named when the
    subject is "the two leaders"; None if there are not exactly two."""
    if two:
        # "the two chairmen": people whose role names another kind ("striker Sipho Mokoena") are not of the two
        noun = two.group(0).split()[-1].lower() if two.group(0).strip() else ""
        head = "" if noun in _GENERIC_TWO or not noun.endswith("s") and not noun.endswith("men") else \
            noun[:-3] + "man" if noun.endswith("men") else noun[:-1]
        if head.endswith("ie"):
            head = head[:-2] + "y"  # "secretaries"
        # the last two whose role names that kind ("both presidents": the two presidents, not the envoy
        # named since); else the last two whose role does not say otherwise
        names = (_last_two(people, pos, head, strict=True) if head else None) or _last_two(people, pos, head)
        if names is None:
            return None
        a, b = names
    else:
        ms = people.at(s, pos)
        if len(ms) < 2:
            return None
        m1, m2 = ms[-2], ms[-1]
        cue1 = m1.cue_start if m1.cue_start >= 0 else m1.start
        cue2 = m2.cue_start if m2.cue_start >= 0 else m2.start
        # "A and B met", "A and City Council member B, who …, met": only "and" (and B's title) between
        # them, at most two words (after a relative clause) between B and the verb
        gap = rx.sub(r"^,\s+(?:who|which)\b[^,]*,", "", text[m2.end:pos])
        if rx.match(r",\s*$", gap) and "," in text[m1.end:m2.start]:
            gap = gap[1:]  # "A and her counterpart, B, met": B's closing comma
        if not rx.fullmatch(r"(?:,\s+[^,]{1,60})?,?\s+and\s+(?:[A-Za-z][\w’'.\-]*,?\s+){0,5}", text[m1.end:cue2]) \
                or len(gap.split()) > 2 or "," in gap:
            return None
        if _PREP_BEFORE.search(text[max(s, cue1 - 12):cue1]):
            return None
        a, b = people.people[m1.key], people.people[m2.key]
        if a.name == b.name:
            return None
    return _party(a), _party(b)


def _main_subject(text, s, end, spk):
    """The subject opening the sentence: its first person (see ``quotes._main_subject``), or a leading
    "the <role>" phrase that names one ("The Cape Verdean leader spent the day …")."""
    hit = quotes_main_subject(text, s, end, spk)
    if hit:
        return hit
    words = text[s:end].split()
    the = next((i for i, w in enumerate(words[:4]) if w in ("The", "the", "This", "this")), None)
    if the is not None:
        for k in range(min(len(words), the + 5), the + 1, -1):
            if "," in " ".join(words[the:k - 1]):
                continue  # "the minister, who …": the phrase ends at its comma
            hit = spk.person_by_role(" ".join(words[the:k]).rstrip(",;:"), end)
            if hit:
                return hit
    return None


def _subject(text, s, pos, spk, people):
    """The subject before a trigger: the clause's first person not after a preposition, a pronoun or a group."""
    clause_start = s
    chunk = text[s:pos]
    for sep in (";", ", and ", ", but ", ", where ", " that ", " who ", " which ", " after ", " before ", " when ",
                " while ", " because ", " since ", " once ", " until ", " said ", " says ", " alleged ", " claimed "):
        k = chunk.rfind(sep)
        if k >= 0:
            clause_start = max(clause_start, s + k + len(sep))
    if clause_start > s and text.startswith(("along with ", "together with "), clause_start):
        # "Albright, who along with B and C, met X": the subject is the one the relative clause hangs on
        before = people.at(s, clause_start)
        if before and text[before[-1].end:clause_start].strip(" ,") == "who":
            p = people.people[before[-1].key]
            return p.name, slug(p.name), "person"
    if clause_start > s and text.startswith(" who ", clause_start - 5) and _ADVERBIAL.fullmatch(text, clause_start, pos):
        # "The minister, who on Tuesday met X, said …": the one the relative clause hangs on
        end = len(text[:clause_start - 5].rstrip(" ,"))
        start = max(s, text.rfind(",", s, end) + 1)
        head = text[start:end].strip()
        named = people.at(start, end) if head else []
        if named:
            p = people.people[named[-1].key]
            return p.name, slug(p.name), "person"
        if _THE_ROLE.fullmatch(head):
            hit = spk.person_by_role(head, s)
            if hit:
                return hit
    for lo in ((clause_start, s) if clause_start > s else (clause_start,)):
        found = people.at(lo, pos)
        for k, mm in enumerate(found):
            before = text[max(lo, mm.cue_start - 12):mm.cue_start]
            if _PREP_BEFORE.search(before):
                continue
            nxt = found[k + 1] if k + 1 < len(found) else None
            if nxt is not None and text.startswith(("’s", "'s"), mm.end) and (
                    0 <= nxt.cue_start <= mm.start < nxt.start
                    or _POSSESSOR_OF.fullmatch(text, mm.end + 2, max(mm.end + 2, nxt.cue_start if nxt.cue_start >= 0
                                                                     else nxt.start))):
                continue  # "Moyo’s agent, Lee Venter, met …": the agent is the subject, not Moyo
            p = people.people[mm.key]
            return p.name, slug(p.name), "person"
        if lo == clause_start and rx.search(r"\b(?:He|She|he|she)\b", text[clause_start:pos]):
            break
    sub = text[clause_start:pos]
    # "the minister", "The Cape Verdean leader is due to": the longest "the …" phrase naming a role
    words = sub.split()
    # the last "the" within eight words of the trigger, else the clause's opening one ("The minister toured
    # the new wards and also visited …")
    thes = [i for i, w in enumerate(words) if w in ("The", "the", "This", "this")]
    near = [i for i in thes if i >= len(words) - 8]
    for the in ([near[-1]] if near else []) + ([thes[0]] if thes and thes[0] == 0 and (not near or near[-1] != 0) else []):
        for end in range(min(len(words), the + 5), the + 1, -1):
            hit = spk.person_by_role(" ".join(words[the:end]), pos)
            if hit:
                return hit
    m = rx.search(r"\b(He|She|he|she)\s+(?:[\w’'\-]+\s+){0,6}$", sub)
    if m:
        # "the Cape Verdean leader spent the day in X, where he visited Y": the main clause's subject
        main = _main_subject(text, s, clause_start, spk) if clause_start > s else None
        return main or spk.pronoun(clause_start + m.start(1))
    sub = rx.sub(r"^.*,\s*", "", sub).strip()
    sub = rx.sub(r"\s+(?:also|then|later|had|has|have|was|were|is|are|will|would|again)$", "", sub)
    if rx.fullmatch(r"(?:and\s+)?(?:then|later|also|afterwards|subsequently)", sub):
        # "He toured the flooded streets, then sat down with …": the sentence's subject
        main = rx.match(r"\s*(He|She)\b", text[s:pos])
        return _main_subject(text, s, pos, spk) or (spk.pronoun(s + main.start(1)) if main else None)
    if sub and 1 <= len(sub.split()) <= 6 and rx.match(r"^(?:[A-Z]?[a-z]+)(?:\s+[\w’'\-]+)*$", sub) \
            and not rx.match(r"^(?:it|they|we|i|you|this|that|there|during|at|in|after|before|following|on|for|with|"
                             r"by|from|of|to|as|amid|despite|since|until|under|over)\b", sub, re.I):
        return sub[0].upper() + sub[1:] if sub.split()[0].lower() in ("the", "a", "an") else sub, None, "group"
    if clause_start > s and not sub:
        # "On Wednesday the minister, who had flown in with …, met X": the clause cut at "who" holds no
        # subject; the sentence's opening one is it
        return _main_subject(text, s, pos, spk)
    return None


_OFFICE_SAID = re.compile(r"\b(?:(?P<p>[Hh]is|[Hh]er)|(?P<role>the\s+(?:[a-z]+\s+){0,2}[a-z]+)[’']s)\s+"
                          r"(?:office|spokesman|spokeswoman|spokesperson|aides?|team|press\s+secretary)\s+(?:said|says|confirmed)\b")
_POSTPONE = re.compile(rf"\b{MOVED_VERBS}\b")
_TO_END = re.compile(r"\s(?:to|until|till|for)\s+$")
_OTHER_CLAUSE = re.compile(r"\b(?:after|before|when|because|as|while|since|but|and|although|though)\b")


def _new_date(text, s, sentence, trigger_at, si, timeline):
    """The new date of a postponed meeting: the sentence's time expression right after "to", "until" or
    "for", after a postponing verb ("moved", "pushed back", "rescheduled") in the trigger's own clause (from a
    few words before the trigger: "X rescheduled a meeting with Y for May 10")."""
    pm = _POSTPONE.search(sentence, max(0, trigger_at - 30))
    if pm is None or _OTHER_CLAUSE.search(sentence, trigger_at, pm.start()):
        return None  # "met Y on Monday after the vote was moved to March": another clause's postponement
    for t in timeline:
        if t["sent"] == si and t["start"] - s > pm.end() and _TO_END.search(text, t["start"] - 8, t["start"]):
            return t
    return None


def _date_for(si, pi, timeline, lead, pos, own_only=False):
    """The meeting's time expression: the sentence's own (the first after the trigger, else its first),
    else the paragraph's last before it, else the lead's. ``own_only``: "had met … twice before" tells an
    earlier meeting, so no date is borrowed from elsewhere."""
    own = [t for t in timeline if t["sent"] == si]
    if own:
        after = [t for t in own if t["start"] >= pos]
        return (after or own)[0]
    if own_only:
        return None
    earlier = [t for t in timeline if t["para"] == pi and t["start"] < pos]
    if earlier:
        return earlier[-1]
    return lead[0] if lead else None


_PLACE = re.compile(r"\b(?:in|at)\s+((?:the\s+)?[A-Z][\w’'\-]+(?:\s+(?:of\s+)?[A-Z][\w’'\-]+){0,3})")
_NOT_PLACE = re.compile(r"^(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                        r"March|April|May|June|July|August|September|October|November|December|\d)")


def _place(sentence, people, s, trigger_at):
    """A place named right before the trigger ("in Tel Aviv, X met") or in the clause after it."""
    for m in _PLACE.finditer(sentence):
        if m.start() < trigger_at - 40:
            continue
        name = m.group(1)
        if _NOT_PLACE.match(name) or people.at(s + m.start(1), s + m.end(1)):
            continue
        return name
    return None
