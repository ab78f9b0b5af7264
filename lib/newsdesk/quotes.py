"""Quotes: direct, partial and indirect, each with a speaker.

* **direct**: words in double quote marks that open a sentence or follow a colon or a cue,
  attributed by "X said", "said X", "X added", "responded X", "X said:" before, a dash, "according to X",
  or, with no cue, by the previous paragraph's speaker (a quote paragraph continuing a quote).
  A paragraph that opens a quote and never closes it continues in the next paragraph.
  A statement introduced by a line ending in "said:" (no marks) is a direct quote of that speaker, and so
  is an unquoted statement after "X said:" inside a paragraph (to the paragraph end). A quote after a colon
  with no speech verb ("Mr. Rao was candid:", "Her verdict was blunt:") is the clause subject's, cue ":".
* **partial**: a quoted fragment inside the reporter's sentence; the speaker is the subject of the
  sentence's speech verb. Quoted words in a sentence without any speech verb are not quotes (scare quotes,
  titles of works).
* **indirect**: "X stressed that ...", "X said (that) ...", "X told <someone> that ...", "according to X, ...",
  "CLAUSE, X said/revealed/confirmed."; "said A and warned that B" and "said A, and told jurors that B" are
  two; "…, who say that …" is said by the phrase the clause hangs on. In a sentence that also quotes, a
  clause outside the quote marks is one ("described it as “…” and said the men had agreed …"); a clause
  that runs into the quote is the partial quote's frame.

Speakers: a person (via the people stage), a pronoun, an anonymous source ("an Israeli official"), a group
("officials", "families of hostages", "officials in Washington"), or an organisation ("the White House").
Nothing found: speaker None, kind ``unknown``. "He"/"she" is the subject of the most recent sentence naming
someone (the one speaking at its end, ", Castellano said.", first), skipping people the article marks as the
other sex (an honorific, a role word, or "he"/"she" in a sentence naming only them); a chain of sentences
with the same pronoun as subject is one person. "I" is left unresolved (the writer). "X’s advisers said"
is said by the advisers, not X; a relative clause between speaker and verb ("Parra, who chairs the
committee, said:") is skipped.

Not extracted: quotes in single marks only, speakers named two or more sentences away without a pronoun.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import lexicon, rx
from .people import BODY_NOUNS, slug
from .text import count_words

OPEN, CLOSE = "“", "”"
_DETERMINERS = frozenset("a an the one two three four several some many other its his her their this that".split())
_PRONOUN_WORDS = frozenset("he she it they we i you".split())
_DEMONYM_ENDS = frozenset("asian african european american arab latin".split())
# Lines that end a press statement: "ENDS", "###", "-30-", "Notes to editors", "About the company".
_END_OF_STATEMENT = re.compile(r"^(?:[A-Z]{2,}\.?$|#+$|-+\s*30\s*-+$|notes?\s+to\s+editors|about\s+(?:the\s+)?[A-Z]|for\s+(?:more|further)\s+information|contact:)", re.I)


@lru_cache(maxsize=None)
def _title_heads() -> frozenset[str]:
    from .people import _title_sections
    return frozenset(h.split()[-1].rstrip(".") for h in _title_sections()["head"])


@lru_cache(maxsize=None)
def _verbs() -> dict[str, str]:
    return lexicon.mapping("speech_verbs")


@lru_cache(maxsize=None)
def _nouns() -> dict[str, frozenset]:
    out, cur = {}, None
    for line in lexicon.lines("speaker_nouns"):
        if line.startswith("["):
            cur = out.setdefault(line[1:-1], set())
        else:
            cur.add(line.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _rx():
    verbs = rx.trie(_verbs())
    n = _nouns()
    org = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(n["organization"], key=len, reverse=True))
    anon = "|".join(sorted(n["anonymous"], key=len, reverse=True))
    group = "|".join(sorted(n["group"], key=len, reverse=True))
    # a descriptor phrase: "an Israeli official", "a senior U.S. State Department official",
    # "families of the hostages", "the White House", "the ministry"
    desc = (rf"(?:(?:an?|the|one|two|three|several|some|many|other)\s+)?(?:[\w.’'\-]+\s+){{0,5}}?"
            rf"(?:(?:{anon})s?|(?:{group})|(?:{org}))(?:\s+(?:of|for|from|in|at|on|across|inside|close\s+to|familiar\s+with|aware\s+of|briefed\s+on)"
            rf"\s+[\w’'.\- ]{{1,40}}?)?")
    pron = r"(?:he|she|they|it|I|we)"
    return {
        "verbs": re.compile(rf"\b(?:{verbs})\b", re.I),
        "verb": verbs,
        "desc": re.compile(rf"^(?:{desc})$", re.I),
        "desc_src": desc,
        "pron": pron,
    }


# ---------------------------------------------------------------- quote spans

_OPENERS = re.compile('[“"]')


def quote_spans(text: str, start: int, end: int):
    """(open, close, closed) for double-quoted spans in text[start:end]; typographic or straight marks."""
    spans = []
    i = start
    while i < end:
        m = _OPENERS.search(text, i, end)  # jump to the next quote mark
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == OPEN or (ch == '"' and (i == start or not text[i - 1].isalnum())):
            closer = CLOSE if ch == OPEN else '"'
            j = text.find(closer, i + 1, end)
            if ch == OPEN:
                k = text.find(OPEN, i + 1, end)
                if k != -1 and (j == -1 or k < j):
                    spans.append((i, k, False))
                    i = k
                    continue
            if j == -1:
                spans.append((i, end, False))
                break
            spans.append((i, j, True))
            i = j + 1
        else:
            i += 1
    return spans


@lru_cache(maxsize=None)
def _descriptor_rx() -> re.Pattern:
    """"An Israeli official", "one senior aide": an anonymous source introduced with an article."""
    anon = rx.trie(_nouns()["anonymous"])
    # within one sentence: words joined by spaces (no line break), a dot only in "U.S."-like abbreviations
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne)[ \u00a0]+(?:(?!(?:that|who|which|whom|a|an|one|the)[ \u00a0])"
                      rf"(?:(?:[A-Za-z]\.)+|[\w’'\-]+)[ \u00a0]+){{0,5}}?(?:{anon})\b")


@lru_cache(maxsize=None)
def _people_nouns() -> frozenset[str]:
    """Nouns for people speaking for someone: "advisers", "aides", "spokesman" (plural or not)."""
    n = _nouns()
    return frozenset(n["group"] | n["anonymous"] | {w + "s" for w in n["anonymous"]})


_SOURCE_DOC = re.compile(r"(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|report|filing|letter|post|"
                         r"press\s+release|news\s+release|notice)\s+(?:from|by|issued\s+by)\s+(?=\S)", re.I)


_SPOKESMAN_FOR = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w’'\-]+\s+){0,2}?(?:spokes(?:man|woman|person)|aide|adviser|"
                            r"advisor|lawyer|attorney|representative|friend|relative|assistant)\s+(?:for|to|of)\s+[A-Z]")


def _speaks_for(words) -> bool:
    """"Sandgaard’s advisers", "Pruitt's office": someone's staff or office, not the person."""
    if len(words) < 2 or not words[-2].endswith(("’s", "'s")):
        return False
    last = words[-1].lower().strip(".,")
    return last in _people_nouns() or last in _nouns()["organization"]


_POSSESSOR_OF = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*,\s+")  # "’s attorney, " before a name
_SEX_HONORIFIC = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Miss|Mme|Mlle|Sir|Dame|Lady|Lord|Herr|Frau)\.?\s+$")
_FEMALE_ROLE = re.compile(r"\b(?:\w*woman|queen|princess|duchess|actress|chairwoman|mother|daughter|sister|wife|widow)\b")
_MALE_ROLE = re.compile(r"\b(?:king|prince|duke|father|son|brother|husband|widower)\b")
_THE_WORD = re.compile(r"\b[Tt]he\s+([a-z]+)\b")
_SEX_PRONOUN = re.compile(r"\b(?:he|his|she)\b")
# a clause whose subject is "she" (or "he"), for following a chain of the same pronoun back
_FRONTED = r"^(?:In|On|At|Last|Later|Earlier|Then|After|Before|By|Since|This|During|Within|For)(?:\s+[\w’'\-]+){0,2},?\s+"
_SAME_PRONOUN = {sex: re.compile(r"(?:^|" + _FRONTED + r"|[,.][”\"’]?\s+|\b(?:and|but)\s+)(?P<p>" + word + r")\s+[a-z]")
                 for sex, word in (("m", "[Ss]he"), ("f", "[Hh]e"))}
_END_SAID = re.compile(r",\s+(?:[A-Z][\w’'.\-]*\s+){1,4}(?:said|says|told\s+\w+|added)(?:\s+on\s+\w+)?\.?$")
_PRONOUN_SUBJECT = re.compile(r"(?:^|" + _FRONTED + r"|[,.]\s+|\b(?:and|but)\s+)(?:[Ss]he|[Hh]e)\s+[a-z]")
_ROLE_SUBJECT = re.compile(r"(?:(?:On|Last|This|Earlier|Later|In)\s+[A-Za-z]+(?:\s+[a-z]+)?,?\s+)?"
                           r"(?P<role>[Tt]he\s+(?:[a-z0-9][\w’'\-]*\s+){0,3}?[a-z][\w\-]*)(?:\s+(?:also\s+)?[a-z]+|,)")
_ORG_SAID = re.compile(r"\b((?:[A-Z][\w’'\-]+\s+){0,4}[A-Z][\w’'\-]+)\s+(?:said|says|announced|reported|added)\b")
_LEADER_ROLES = ("leader", "president", "premier", "chancellor", "king", "queen", "emir", "sultan", "prime")


_BODY_HEARD = re.compile(r"\b(?P<subj>[Tt]he\s+(?:[A-Z][\w’'\-]*\s+){0,3}(?:[a-z]+\s+)?(?:court|inquiry|tribunal|jury|hearing|"
                         r"inquest|trial|committee|panel|commission|Court|Inquiry|Tribunal|Committee|Commission))\s+"
                         r"(?P<verb>heard|was\s+told)(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?,?\s+(?:that\s+|how\s+)?")
_BODY_NAMED = re.compile(rf"(?:[Tt]he\s+)?(?:[\w\-]+\s+){{0,2}}?{BODY_NOUNS}\s+(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,3}})$")
_PARTICIPLE_PIECE = re.compile(r"\s*(?!according\b)[a-z]+ing\s")
_APPOSITIVE_NP = re.compile(r"\s*(?:(?:a|an)\s+\w|the\s+[a-z])")
_REL_PIECE = re.compile(r"\s*(?:who|whose|which)\b")
_AGE_THE = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z]+){0,3}$")
_POSSESSOR = re.compile(r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*[’']s\s+")
_PREP_END = re.compile(r"\b(?:with|to|by|from|of|for|and|about|between|against|than)\s+$", re.I)


class Speakers:
    """Turns the words around a cue into a speaker (person, pronoun, descriptor)."""

    def __init__(self, art):
        self.art = art
        self.people = art.people
        self.last_org = None  # "It said": the most recent organisation speaker
        self._descriptors: list[tuple[int, str]] | None = None
        self._named: list[tuple[int, str]] = []  # descriptors resolved as speakers, in the order met
        self._sex: dict[str, str] | None = None

    @property
    def descriptors(self) -> list[tuple[int, str]]:
        """(pos, "An Israeli official") so a later "the official" is the same source; found on first use."""
        if self._descriptors is None:
            self._descriptors = [(m.start(), m.group(0)) for m in _descriptor_rx().finditer(self.art.text)]
        return self._descriptors

    def person_at(self, start, end):
        """The person whose mention (or its title/honorific) starts inside [start, end)."""
        for m in self.people.at(start, end + 80):
            if start <= m.start < end or (m.cue_start >= 0 and start <= m.cue_start < end and m.start < end + 40):
                p = self.people.people[m.key]
                return p.name, slug(p.name), "person"
        return None

    def person_ending_at(self, start, end):
        """The person whose mention ends the span [start, end) (its last words), if any."""
        for m in reversed(self.people.at(start, end)):
            if m.end >= end - 1:
                p = self.people.people[m.key]
                return p.name, slug(p.name), "person"
            break
        return None

    def person_by_role(self, phrase, pos):
        """"the minister", "the senator": the most recent person before ``pos`` whose role ends so."""
        m = rx.match(r"^(?:the|this)\s+(?:[\w’'\-]+\s+){0,3}?([\w\-]+)(?:[’']s)?$", phrase.strip(), re.I)
        if not m:
            return None
        head = m.group(1).lower()
        if head not in _title_heads():
            return None
        heads = _LEADER_ROLES if head == "leader" else (head,)  # "the Kenyan leader": its head of state
        # "the Kenyan leader", "the Senate majority leader": a role sharing those words comes first
        modifiers = {w.lower() for w in phrase.split()[1:-1] if w[:1].isupper()}
        best, best_fit = None, False
        for mm in self.people.mentions:
            if mm.start > pos:
                break
            p = self.people.people[mm.key]
            role_words = [w.rstrip(".,").lower() for w in (p.role or "").replace("’s", "").split()]
            if p.role and any(h in role_words for h in heads):
                fit = bool(modifiers) and modifiers <= set(role_words)
                if fit or not best_fit:
                    best, best_fit = p, fit
        if best is None and head == "minister":
            # "the minister" for a cabinet secretary ("the Business Secretary, Fiona Castlemaine")
            return self.person_by_role(phrase[:m.start(1)] + "secretary", pos)
        return (best.name, slug(best.name), "person") if best else None

    def person_by_word(self, phrase, pos):
        """"Sir Graham", "Liang": a word of a known person's name, nearest preceding full mention first."""
        words = {w.strip("’'.,") for w in phrase.split() if w[:1].isupper()}
        best = None
        for m in self.people.mentions:
            if m.start > pos:
                break
            p = self.people.people[m.key]
            if words & set(p.tokens):
                best = p
        if best is None:
            for p in self.people.people.values():
                if words & set(p.tokens):
                    best = p
                    break
        return (best.name, slug(best.name), "person") if best else None

    def resolve_phrase(self, phrase: str, abs_start: int):
        """Speaker for a subject phrase found at ``abs_start``."""
        raw = phrase
        phrase = phrase.strip(" ,;:—–-").rstrip(".")
        conj = rx.match(r"(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Mm]eanwhile|[Hh]owever|[Aa]lso)\s+", phrase)
        if conj:
            phrase = phrase[conj.end():]
            abs_start += conj.end()
        src = _SOURCE_DOC.match(phrase)
        if src:  # "according to a statement from the education ministry": the ministry
            phrase = phrase[src.end():]
            abs_start += src.end()
        if not phrase:
            return None
        lead = len(raw) - len(raw.lstrip(" ,;:—–-"))
        words = phrase.split()
        if words[0] in _verbs() and words[0].islower() or words[0] in _PREPOSITIONS:
            return None  # "said his members" (before "feared"), "by fans": the subject is elsewhere
        if _speaks_for(words):
            return self._remember(self.descriptor(phrase, abs_start))  # "Sandgaard’s advisers", "Pruitt's office"
        if _SPOKESMAN_FOR.match(phrase):
            return phrase, None, "anonymous"  # "A spokesman for Mr Rennie": not Mr Rennie himself
        # the name that ends the phrase first: "Nordvik Energy chief executive Ingrid Solheim" is Solheim,
        # even when "Nordvik" is also someone's surname
        if phrase in self.people.orgs:
            return self._remember((phrase, None, "organization"))  # "Haddad Sarraf said": the company
        hit = self.person_ending_at(abs_start + lead, abs_start + lead + len(phrase)) \
            or self.person_at(abs_start + lead, abs_start + lead + len(phrase))
        if hit:
            return hit
        low = phrase.lower()
        if low in ("he", "she"):
            return self.pronoun(abs_start + lead)
        if low == "it":
            return self.last_org or self._org_said_before(abs_start)
        if low in ("they", "we"):
            return None
        mm = _BODY_NAMED.match(phrase)
        if mm:
            return self._remember((mm["name"], None, "organization"))  # "the daily Al-Mashreq": Al-Mashreq
        hit = self.person_by_role(phrase, abs_start)
        if hit:
            return hit
        if _AGE_THE.match(phrase):
            return self.pronoun(abs_start + lead)  # "said the 41-year-old": the person the text is about
        words = phrase.split()
        if _rx()["desc"].match(phrase) and (words[0].lower() in _DETERMINERS or len(words) <= 3
                                            or words[0].lower() in _nouns()["group"]):  # "people aware of the matter"
            return self._remember(self.descriptor(phrase, abs_start))
        if words[0].lower() in ("a", "an") and 2 <= len(words) <= 6 and not any(w[0].isupper() for w in words[1:]):
            return phrase, None, "anonymous"  # "a 34-year-old trader"
        if len(words) <= 3 and all(w.islower() or i == 0 for i, w in enumerate(words)) \
                and _PLURAL_PEOPLE.search(words[-1]) and words[0].lower() not in _PRONOUN_WORDS:
            return phrase, None, "group"  # "hydrologists", "Critics", "most economists"
        if 1 <= len(words) <= 3 and all(w[0].isupper() for w in words):
            hit = self.person_by_word(phrase, abs_start)
            if hit:
                return hit
        body = words
        while len(body) > 2 and body[0].islower() and body[1][0].isupper() and body[0] not in _DETERMINERS:
            body = body[1:]  # "official Korean Central News Agency", "state-run Xinhua News Agency"
        if 1 <= len(body) <= 6 and all(w[0].isupper() or w.lower() in ("of", "the", "and", "for", "&") for w in body) \
                and body[-1].lower() not in _DEMONYM_ENDS and body[-1].lower() not in _PRONOUN_WORDS:
            # a proper name after adjectives is the body's name: "official Korean Central News Agency"
            return self._remember((" ".join(body) if body is not words else phrase, None, "organization"))
        pm = _POSSESSOR.match(phrase)
        if pm and len(phrase) > pm.end():
            # "North Korea’s official news agency", "Britain’s Foreign Office": the body that follows the
            # country's (or company's) possessive decides the kind; the speaker is the whole phrase
            rest = phrase[pm.end():]
            hit = self.resolve_phrase(rest, abs_start + lead + pm.end())
            if hit and hit[1] is None and hit[2] in ("organization", "group"):
                # a proper name keeps its own name ("… official Korean Central News Agency"), a common noun
                # phrase the possessive ("North Korea’s state media")
                return self._remember((hit[0] if hit[0] != rest and hit[0][:1].isupper() else phrase, None, hit[2]))
        return None

    def _org_said_before(self, pos):
        """"… , the Electoral Commission said. It described …": the body that spoke in the last 300
        characters before ``pos`` (an organisation named before "said"), when none is remembered yet."""
        text = self.art.text
        lo = max(0, pos - 300)
        last = None
        for m in _ORG_SAID.finditer(text, lo, pos):
            last = m
        if last is None or self.person_at(last.start(1), last.end(1)):
            return None
        name = last.group(1)
        if last.start(1) >= 4 and text[last.start(1) - 4:last.start(1)].lower() == "the ":
            name = text[last.start(1) - 4:last.start(1)] + name
        return self._remember((name, None, "organization"))

    def _remember(self, speaker):
        if speaker and speaker[2] == "organization":
            self.last_org = speaker
        return speaker

    def descriptor(self, phrase, pos):
        n = _nouns()
        words = phrase.split()
        head_words = [w.lower().strip(",.") for w in words]
        low = " ".join(head_words)
        first = head_words[0]
        # "the official" after "an Israeli official": the same source
        if first == "the" and len(words) == 2 and head_words[1] in n["anonymous"]:
            for p, d in reversed(self.descriptors + self._named):
                if p < pos and d.lower().split()[-1] == head_words[1]:
                    return d, None, "anonymous"
        kind = None
        for w in head_words:
            w = w.strip("’'")
            if w in n["group"] or (w.endswith("s") and w[:-1] in n["anonymous"]):
                kind = kind or "group"
            elif w in n["anonymous"]:
                kind = kind or "anonymous"
        org_hit = any(o in low for o in n["organization"])
        if org_hit and (kind is None or first == "the" and not any(w in n["anonymous"] for w in head_words[-1:])):
            kind = "organization"
        kind = kind or "organization"
        if kind == "anonymous" and first in ("a", "an"):
            self._named.append((pos, phrase))  # the text is scanned only when "the official" needs it
        return phrase, None, kind

    def pronoun(self, pos):
        """The subject of the most recent sentence before ``pos`` that names a person, skipping people the
        article marks as the other sex ("Mr …" for "she", "Ms …" for "he"; see ``_sexes``)."""
        sents = self.art.sentences
        starts = [s for _, s, _ in sents]
        idx = bisect.bisect_right(starts, pos) - 1
        text = self.art.text
        word = text[pos:pos + 4].lower()
        other = "m" if word.startswith("she") else "f" if word.startswith("he") and not word.startswith("her") else None
        sexes = self._sexes() if other else {}

        def fits(key):
            return other is None or sexes.get(key) != other

        same = _SAME_PRONOUN.get(other)
        # mentions before pos in this sentence first, then up to three earlier sentences; sentences whose
        # subject is the same pronoun ("He toured …, then sat down with Rhonda Vance. He later met …") hold
        # objects only, and the chain runs further back past them (twelve sentences at most)
        seen = 0
        for k in range(idx, max(-1, idx - 12), -1):
            if seen == 4:
                break
            _, s, e = sents[k]
            e = min(e, pos)
            chained = self._subject_pronoun(k, other) if k < idx and same is not None else None
            if chained is not None:
                # the same pronoun as an earlier sentence's subject: the same person (its people are objects)
                at = chained
                memo = self.__dict__.setdefault("_chain", {})
                if at not in memo:
                    memo[at] = self.pronoun(at)
                if memo[at] is not None:
                    return memo[at]
                continue
            seen += 1
            if k == idx - 1 and text[s:s + 1] in "AaO":
                # "A senior councillor who did not want to be named said … “…,” he said.": an unnamed source
                # opening the sentence right before, and speaking there, is its subject
                dm = _descriptor_rx().match(text, s, e)
                if dm is not None:
                    verbs = _verb_hits(text[dm.end():e])
                    if verbs and not self.people.at(s, dm.end() + verbs[0].start()):
                        return dm.group(0), None, "anonymous"
            if k < idx or text.startswith(("The ", "the "), s):
                # "On Monday the mayor received the ambassador, X. On Tuesday she …": a role as that
                # sentence's subject is the person holding it, not X; so is "he" after it in its own
                # sentence ("The 58-year-old senator, who …, said he would …")
                opening = _ROLE_SUBJECT.match(text, s, e)
                hit = self.person_by_role(opening["role"], s) if opening and opening.end() <= pos else None
                if hit and fits(hit[1]):
                    return hit
            ms = [m for m in self.people.at(s, e) if fits(m.key)]
            if k == idx and ms and "“" in text[s:pos]:
                # a name inside the quote is not the "he" who says it ("“Dlamini will not …,” he said")
                ms = [m for m in ms if text.count("“", s, m.start) <= text.count("”", s, m.start)]
            if not ms and k == idx and "the " in text[s:pos].lower():
                # "A visit that the minister had planned, at which she was to meet …": a role named earlier in
                # the pronoun's own sentence
                roles = [r for r in _THE_WORD.finditer(text, s, pos) if r.group(1) in _title_heads()]
                hit = self.person_by_role("the " + roles[-1].group(1), s) if roles else None
                if hit and fits(hit[1]):
                    return hit
            if not ms:
                continue
            if k < idx:
                # "Lindqvist … asked first about his students, Castellano said.": the one who speaks at the
                # end of a sentence is its subject
                tail = _END_SAID.search(text, max(s, e - 60), e) if text.find(" sa", e - 24, e) >= 0 \
                    or text.find(" told", max(s, e - 40), e) >= 0 or text.find(" added", e - 24, e) >= 0 else None
                if tail:
                    for m in ms:
                        if m.start >= tail.start() and m.end <= tail.end():
                            p = self.people.people[m.key]
                            return p.name, slug(p.name), "person"
            for j, m in enumerate(ms):
                if _PREP_END.search(text, max(s, m.cue_start - 14), m.cue_start):
                    continue
                if j + 1 < len(ms) and text.startswith(("’s", "'s"), m.end) and (
                        ms[j + 1].cue_start <= m.start < ms[j + 1].start
                        or _POSSESSOR_OF.fullmatch(text, m.end + 2, max(m.end + 2, ms[j + 1].cue_start))):
                    continue  # "Farraday’s attorney, Victor Hallstrom, spent …": the attorney is the subject
                p = self.people.people[m.key]
                return p.name, slug(p.name), "person"
            if _PRONOUN_SUBJECT.search(text, s, e if k < idx else min(sents[k][2], pos + 5)):
                continue  # "According to Medina, she once …": she is still the earlier subject
            p = self.people.people[ms[0].key]
            return p.name, slug(p.name), "person"
        if other is not None:
            # nobody near fits: a feature's "she" is the woman the article has named most so far
            return self.leading(pos, "f" if other == "m" else "m")
        return None

    def leading(self, pos, want: str):
        """The person of sex ``want`` ("m"/"f", as the article marks them) named most often before ``pos``,
        when exactly one leads; else None."""
        sexes = self._sexes()
        counts: dict[str, int] = {}
        for mm in self.people.mentions:
            if mm.start >= pos:
                break
            if sexes.get(mm.key) == want:
                counts[mm.key] = counts.get(mm.key, 0) + 1
        if counts:
            ranked = sorted(counts.values(), reverse=True)
            if len(ranked) == 1 or ranked[0] > ranked[1]:
                p = self.people.people[max(counts, key=counts.get)]
                return p.name, slug(p.name), "person"
        return None

    def _subject_pronoun(self, k: int, other: str):
        """Where sentence ``k`` has "she" (``other`` "m") or "he" (``other`` "f") as a clause subject, or None;
        worked out once per sentence."""
        memo = self.__dict__.setdefault("_subj_pron", {})
        key = (k, other)
        if key not in memo:
            _, s, e = self.art.sentences[k]
            hit = _SAME_PRONOUN[other].search(self.art.text[s:e])
            memo[key] = s + hit.start("p") if hit else None
        return memo[key]

    def object_pronoun(self, pos, word: str, subject: str | None):
        """Who "him" or "her" at ``pos`` is ("Lindqvist welcomed her at the airport"): the first person
        named in this sentence before it, else in up to five sentences before, who is not the clause's
        ``subject`` (nobody meets themselves) and not marked as the other sex; people after a preposition
        only when nobody else fits. None for "them", "it" or when nobody fits."""
        word = word.lower()
        if word not in ("him", "her"):
            return None
        other = "f" if word == "him" else "m"
        sexes = self._sexes()
        sents = self.art.sentences
        idx = bisect.bisect_right([s for _, s, _ in sents], pos) - 1
        text = self.art.text
        for k in range(idx, max(-1, idx - 6), -1):
            _, s, e = sents[k]
            fits = [m for m in self.people.at(s, min(e, pos))
                    if sexes.get(m.key) != other and self.people.people[m.key].name != subject]
            if not fits:
                continue
            plain = [m for m in fits if not _PREP_END.search(text, max(s, m.cue_start - 14), m.cue_start)]
            p = self.people.people[(plain or fits)[0].key]
            return p.name, slug(p.name), "person"
        return None

    def _sexes(self) -> dict[str, str]:
        """{person key: "m" or "f"} for the people the article itself marks: an honorific before a mention
        ("Mr", "Ms", "Mrs", "Mme", "Sir", "Dame"), a role word ("spokeswoman", "chairwoman", "king"), or
        "he", "his" or "she" later in a sentence that names that person and nobody else."""
        if self._sex is None:
            text, out = self.art.text, {}
            for m in self.people.mentions:
                h = _SEX_HONORIFIC.search(text, max(0, m.start - 6), m.start)
                if h:
                    out.setdefault(m.key, "m" if h.group(1) in ("Mr", "Sir", "Lord", "Herr") else "f")
            for key, p in self.people.people.items():
                role = (p.role or "").lower()
                if key not in out and role:
                    if _FEMALE_ROLE.search(role):
                        out[key] = "f"
                    elif _MALE_ROLE.search(role):
                        out[key] = "m"
            # "…, Yerlan Suleimenov, was cancelled when he was recalled home": a sentence naming one person
            # and then saying "he", "his" or "she" of someone marks that person
            sents = self.art.sentences
            starts = [s for _, s, _ in sents]
            by_sentence: dict[int, list] = {}
            for m in self.people.mentions:
                by_sentence.setdefault(bisect.bisect_right(starts, m.start) - 1, []).append(m)
            for k, ms in by_sentence.items():
                if ms[0].key not in out and all(m.key == ms[0].key for m in ms) \
                        and not text[max(0, ms[0].cue_start - 13):ms[0].cue_start].lower().endswith("according to "):
                    # ("According to Medina, she …" says nothing of Medina)
                    # (not inside a quote after the name: “I met him …” is about someone else)
                    stop = min((i for i in (text.find("“", ms[-1].end, sents[k][2]), text.find('"', ms[-1].end, sents[k][2]))
                                if i >= 0), default=sents[k][2])
                    pr = _SEX_PRONOUN.search(text, ms[-1].end, stop)
                    if pr and not any(w.group(1) in _title_heads() for w in _THE_WORD.finditer(text, sents[k][1], pr.start())):
                        # (not when "the senator" is a second person there: "a meeting between the senator and
                        # Aurora Dimaculangan …, with aides saying he was ill")
                        out[ms[0].key] = "f" if pr.group(0) == "she" else "m"
            # last, the given name when it marks a sex wherever it is common ("Carlos", "Ingrid")
            given = lexicon.mapping("given_name_sex")
            for key, p in self.people.people.items():
                if key not in out and len(p.tokens) >= 2:
                    sex = given.get(p.tokens[0].lower())
                    if sex:
                        out[key] = sex
            self._sex = out
        return self._sex




@lru_cache(maxsize=None)
def _verb_rx() -> re.Pattern:
    # whole words (letters only around them), not after a hyphen ("so-called"); lower, Capitalised or UPPER
    return re.compile(r"(?<![A-Za-z\-])(?P<verb>" + rx.trie(rx.cased_forms(_verbs())) + r")(?![A-Za-z])")


def _verb_hits(sentence: str) -> list:
    """Speech verbs of a sentence (matches with a ``verb`` group), found with one prefix-tree pattern."""
    return list(_verb_rx().finditer(sentence))


def _lemma(verb: str) -> str:
    return _verbs().get(verb.lower(), verb.lower())


def _clip(text, start, end):
    """Trim spaces and edge punctuation of a span; returns (start, end)."""
    while start < end and text[start] in " ,;:—–-\n":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-\n.":
        end -= 1
    return start, end


def extract_quotes(art, out: dict) -> None:
    """Stage: quotes of all three kinds for one article."""
    text = art.text
    pats = _rx()
    spk = art.speakers = Speakers(art)  # the meetings stage reuses it
    verb = pats["verb"]
    pron = pats["pron"]
    sents = art.sentences
    sent_starts = [s for _, s, _ in sents]
    records = []
    prev_speaker = None          # speaker of the previous paragraph's direct quotes
    open_chain = False           # previous paragraph left a quote open
    statement_speaker = None     # "X said:" closing a paragraph with no quote

    def sent_of(pos):
        return bisect.bisect_right(sent_starts, pos) - 1

    def add(kind, s, e, speaker, cue, para):
        s, e = _clip(text, s, e)
        if e <= s:
            return
        name, pid, skind = speaker if speaker else (None, None, "unknown")
        records.append({"doc_id": art.doc_id, "kind": kind, "text": text[s:e], "speaker": name,
                        "person_id": pid, "speaker_kind": skind, "cue": cue, "sent": sent_of(s),
                        "start": s, "end": e, "n_words": count_words(text[s:e]), "para": para})

    for pi, (ps, pe) in enumerate(art.paragraphs):
        para = text[ps:pe]
        spans = quote_spans(text, ps, pe)
        if not spans and statement_speaker and not _END_OF_STATEMENT.match(para):
            add("direct", ps, pe, statement_speaker[0], statement_speaker[1], pi)
            statement_speaker = (statement_speaker[0], None)
            continue
        statement_speaker = None
        if para.rstrip().endswith(":") and not spans:
            m = rx.search(rf"(?P<subj>[^.:;]{{1,90}}?)\s+(?P<verb>{verb})(?:\s+in\s+a\s+statement)?\s*:$", para, re.I)
            if m:
                sp = spk.resolve_phrase(m["subj"].split(",")[-1], ps + m.start("subj") + len(m["subj"]) - len(m["subj"].split(",")[-1]))
                statement_speaker = (sp, _lemma(m["verb"]))
            continue
        statement_at = pe
        if not spans and ": " in para:
            # "In a filing, the company said: The talks were constructive …": an unquoted statement after
            # a colon inside the paragraph runs to its end (a direct quote, like a statement paragraph)
            found = _colon_statement(para)
            if found:
                subj, subj_end, verb_at, verb_word, body = found
                sp = _speaker_of_pieces(spk, subj, ps + subj_end)
                if sp:
                    add("direct", ps + body, pe, sp, _lemma(verb_word), pi)
                    statement_at = ps + verb_at
        para_speaker, para_cue = None, None
        direct_spans = []
        for qs, qe, closed in spans:
            inner_s, inner_e = qs + 1, qe
            inner = text[inner_s:inner_e].strip()
            if not inner:
                continue
            si = sent_of(qs)
            s_start = max(sents[si][1], ps)
            before = text[s_start:qs]
            first = inner[0]
            is_sentence = (first.isupper() or first.isdigit() or first in "‘'…") and (
                not before.strip() or before.rstrip().endswith((":", ",", "—", "–")))
            if qs == ps or (open_chain and qs == ps):
                is_sentence = True
            if not is_sentence and _CONTINUED.search(before):
                is_sentence = True  # “…,” she insisted, “and we will not back down.”: the same quote goes on
            if not is_sentence and _NICKNAME.search(text, max(ps, qs - 20), qs):
                continue  # "nicknamed “the Professor”", "the so-called “frugal” states": a name, not a quote
            if not is_sentence:
                # partial: needs a speech verb in the sentence; one word needs a speaker too
                s_end = sents[si][2]
                sentence = text[s_start:s_end]
                vm = _verb_hits(sentence)
                if not vm:
                    continue
                speaker = None
                cue = None
                vm.sort(key=lambda v: (v.start() > qs - s_start, abs(qs - s_start - v.start())))
                for v in vm:
                    cue = _lemma(v["verb"])
                    vpos = s_start + v.start()
                    speaker = _subject_before(text, s_start, vpos, spk) or _subject_after(text, s_start + v.end(), s_end, spk)
                    if speaker:
                        break
                if speaker is None and len(inner.split()) <= 1:
                    continue
                add("partial", inner_s, inner_e, speaker, cue, pi)
                continue
            direct_spans.append((qs, qe, closed, inner_s, inner_e))
        # attribution for the paragraph's direct quotes
        for qs, qe, closed, inner_s, inner_e in direct_spans:
            tail_end = pe
            nxt = [d for d in direct_spans if d[0] > qe]
            if nxt:
                tail_end = nxt[0][0]
            tail = text[qe + 1:tail_end] if closed else ""
            sp, cue = _attribution_after(text, qe + 1, tail, spk, verb, pron)
            if sp is None:
                prev_end = max([d[1] + 1 for d in direct_spans if d[1] < qs] + [ps])
                sp, cue = _attribution_before(text, prev_end, qs, spk, verb)
            if sp is not None:
                para_speaker, para_cue = sp, cue
        for qs, qe, closed, inner_s, inner_e in direct_spans:
            tail = text[qe + 1:pe] if closed else ""
            sp, cue = _attribution_after(text, qe + 1, tail, spk, verb, pron)
            if sp is None:
                sp, cue = _attribution_before(text, ps, qs, spk, verb)
            if sp is None:
                sp, cue = _colon_subject(text, max(ps, sents[sent_of(qs)][1]), qs, spk)
            if sp is None:
                sp = para_speaker
                cue = para_cue if para_speaker else None
            if sp is None and qs == ps and prev_speaker is not None:
                sp, cue = prev_speaker, None  # continuation paragraph
            if sp is None and qs == ps and pi and closed and not text[qe + 1:pe].strip(" .") and not open_chain:
                # "Mayor Ana Ruiz was unrepentant. ¶ “I did nothing wrong.”": a quote standing alone as a paragraph
                # is the one person named in the last sentence before it (no quote there)
                sp = _lone_person_before(text, art, spk, ps)
            add("direct", inner_s, inner_e, sp, cue, pi)
            if sp is not None and closed:
                # “…,” said Novak, adding that talks would resume: a reported statement of the same speaker
                s_end = min(sents[sent_of(qe)][2], pe)
                am = _ADDING.search(text, qe + 1, s_end) if "adding" in text[qe:s_end] else None
                if am and (OPEN not in text[am.end():s_end] and '"' not in text[am.end():s_end]) and s_end - am.end() >= 8:
                    add("indirect", am.end(), s_end, sp, "add", pi)
        if spans and not spans[-1][2]:
            art_warn = {"path": None, "doc_id": art.doc_id, "severity": "warning", "stage": "quotes",
                        "message": f"paragraph {pi}: quote mark opened and not closed"}
            if not (pi + 1 < len(art.paragraphs) and text[art.paragraphs[pi + 1][0]] in (OPEN, '"')):
                out["problems"].append(art_warn)
        open_chain = bool(spans) and not spans[-1][2]
        if direct_spans:
            last = [r for r in records if r["para"] == pi and r["kind"] == "direct"]
            if last and last[-1]["speaker"]:
                prev_speaker = (last[-1]["speaker"], last[-1]["person_id"], last[-1]["speaker_kind"])
        else:
            prev_speaker = None  # a continuation paragraph follows its quote's paragraph at once
        # indirect speech in sentences of this paragraph without direct quotes
        for si in range(sent_of(ps), len(sents)):
            p_, s, e = sents[si]
            if s >= pe:
                break
            if s < ps:
                continue
            if e > statement_at:
                break  # the statement's own sentences are its quote
            _indirect(text, s, e, spk, verb, pron, add, pi)
    # backfill multi-paragraph chains: a quote left open inherits the speaker found later in its chain
    for i in range(len(records) - 2, -1, -1):
        r, nxt = records[i], records[i + 1]
        if r["kind"] == "direct" and r["speaker"] is None and nxt["kind"] == "direct" and nxt["para"] == r["para"] + 1 \
                and nxt["speaker"] is not None and text[art.paragraphs[nxt["para"]][0]] in (OPEN, '"'):
            r.update(speaker=nxt["speaker"], person_id=nxt["person_id"], speaker_kind=nxt["speaker_kind"], cue=nxt["cue"])
    for n, r in enumerate(records):
        r["quote_id"] = f"{art.doc_id}:q{n}"
    out["quotes"] += records


_PARENTHETICAL = re.compile(r"(?P<a>[A-Z][^,“”\"]{2,80}),\s+(?P<subj>[^,]{1,60}?)\s+(?P<verb>said|says|added|told\s+\w+)\s*,"
                            r"\s+(?P<b>[a-z][^“”\"]{3,})$")
_ADDING = re.compile(r",\s+adding\s+(?:that\s+)?")
# a quote split by its attribution: “…,” she insisted, “and …
_CONTINUED = re.compile(r"[,.!?…][”\"]\s+[^“”\"]{1,60},\s*$")
# "told reporters the talks would resume": an audience, then a bare clause with its auxiliary
_TOLD_AUDIENCE = re.compile(
    r"\s+(?:reporters|journalists|the\s+press|supporters|lawmakers|parliament|legislators|delegates|"
    r"(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,2})(?:\s+(?:on|late|early|earlier)\s+[A-Z]?[a-z]+)?\s+"
    r"(?=(?:the|a|an|he|she|it|they|we|there|his|her|their|its|this|these)\s+(?:[\w’'\-]+\s+){0,4}"
    r"(?:had|have|has|were|are|was|is|would|will|could|should|may|might|must|can)\b)")
_RELATIVE_END = re.compile(r",\s+(?:who|(?:many|most|some|several|all|both|one|two|three)\s+of\s+whom)"
                           r"\s+(?:also\s+|often\s+|still\s+)?$")


def _relative_np(chunk: str):
    """(start, end) in ``chunk`` of the phrase a relative clause ending ``chunk`` hangs on ("older residents,
    many of whom " → "older residents"), at most 100 characters back to a comma, colon or quote mark; else None."""
    m = _RELATIVE_END.search(chunk, max(0, len(chunk) - 40))
    if m is None:
        return None
    end = m.start()
    start = max(chunk.rfind(c, max(0, end - 101), end) for c in ",;:“”") + 1
    return (start, end) if end - start >= 2 and end - start <= 100 or start == 0 and 2 <= end <= 100 else None
_NP_OPENER = re.compile(r"(?:\b(?:from|by|among|with|to|for|at|in|on|and|but|met|meets|visited|joined|told|"
                        r"including)|[,;:])\s+")


@lru_cache(maxsize=None)
def _people_plurals() -> frozenset[str]:
    """Singular forms of nouns for groups of people, for matching a plural with its last "s" cut off."""
    n = _nouns()
    return frozenset({w.rstrip("s") for w in n["group"]} | {w.rstrip("s") for w in n["anonymous"]})


_MAIN_RESUMES = re.compile(r",\s+(?:was|is|were|are|has|had|have|will|would|could|did|does|said|says|told|added|"
                           r"declined|refused)\b")
_LAST_PREPOSITION = re.compile(r"\b(?:from|by|among|with|to|for|of|at|in|on|and|but)\s+")


def _subject_before(text, s_start, vpos, spk):
    """The subject of a speech verb at ``vpos``: a name, pronoun or descriptor before it.

    Skips appositives and relative clauses between commas ("Laura Chen, the assistant secretary
    of state, said"; "Ms. Brandt, who has led the agency since 2021, said").
    """
    chunk = text[s_start:vpos]
    rel = _relative_np(chunk) if "who" in chunk[-40:] else None
    if rel:
        # "… from some long-standing investors, who say that …", "older residents, many of whom say …":
        # the speaker is the phrase the relative clause hangs on
        np_s, np_e = rel
        np = chunk[np_s:np_e]
        cut = max((m.end() for m in _LAST_PREPOSITION.finditer(np)), default=0)
        hit = spk.resolve_phrase(np[cut:], s_start + np_s + cut)
        if hit:
            return hit
    if chunk.endswith("s who "):
        # "… sat down with clearing agents who said they had been idle", "met farmers who said …": the
        # people the (unbracketed) relative clause hangs on, after the last preposition or verb
        np = chunk[:-5]
        cut = max((m.end() for m in _NP_OPENER.finditer(np)), default=0)
        if 0 < len(np[cut:].split()) <= 7 and np[cut:].split()[-1].lower().rstrip("s") in _people_plurals():
            hit = spk.resolve_phrase(np[cut:], s_start + cut)
            if hit and hit[2] == "group":
                return hit
    comma = chunk.rstrip().endswith(",")
    # "X spoke with Y on Tuesday and later said …" and "X met Y on Monday, saying …": the speaker is
    # the subject of the main clause
    if (comma and _PARTICIPLE.match(text, vpos)) or (not comma and _AND_THEN.search(chunk, max(0, len(chunk) - 30))):
        main = _main_subject(text, s_start, vpos, spk)
        if main:
            return main
    # at most six words after it matter; ``match``, not ``search``: the pattern opens with ".*", so a
    # match exists at all only if one starts at the window's start (search would retry every position)
    sub = _SUBORDINATE.match(chunk, max(0, len(chunk) - 80))
    if sub and ("," in chunk[sub.end():] or len(chunk[sub.end():].split()) > 6):
        sub = None  # "Ms. Brandt, who has led the agency since 2021, said": not a clause of its own
    # the clause of the verb starts after the last closing quote, ";", dash, "that" or subordinator
    # ("… has been cancelled after the company said")
    ends = [i + len(t) for t in (";", "—", " that ") for i in (chunk.rfind(t),) if i >= 0]
    # after the last quote that ended a sentence or clause (“…,” / “….”), not after a nickname (“the Professor”)
    close = chunk.rfind("”")
    while close > 0 and chunk[close - 1] not in ",.!?…":
        close = chunk.rfind("”", 0, close)
    if close > 0:
        ends.append(close + 1)
    base = s_start + max(ends + ([sub.end() - 1] if sub else []), default=0)
    parts, pos = [], base
    for piece in text[base:vpos].split(","):
        parts.append((piece, pos))
        pos += len(piece) + 1
    rel_at = next((i for i, (piece, _) in enumerate(parts) if i and _REL_PIECE.match(piece)), None)
    if rel_at is not None and rel_at < len(parts) - 2:
        # "Haddad, whose father founded it with a partner, Fuad Sarraf, in 1978, said": everything from the
        # relative pronoun to the verb is the relative clause; the speaker stands before it
        parts = parts[:rel_at] + parts[-1:]
    tried = 0
    for piece, ppos in reversed(parts):
        if not piece.strip():
            continue
        if tried and rx.match(r"\s*(?:the|a|an|one|its|his|her|their)\b", piece, re.I):
            continue
        if piece is not parts[0][0] and piece is not parts[-1][0] and _APPOSITIVE_NP.match(piece):
            continue  # "Mutai, a former veterinary officer who took over in January, said": the name is the subject
        if rx.match(r"\s*where\s+\S+", piece):
            piece = piece[piece.index("where") + 5:]  # "…, where farmers argue that": the subject follows
        if piece is not parts[0][0] and (rx.match(r"\s*(?:who|which|whose|where|\d+\b|[DRI]-[A-Z]|(?!according\b)[a-z]+ing\s|[a-z]{3,}ed\s)", piece)
                                         or _role_appositive(piece)):
            continue  # "…, who asked not to be named, said", "…, speaking on condition …", "…, an analyst at X,"
        rel = _RELATIVE.search(piece)
        if rel and rel.start() > 0 and piece[:rel.start()].strip():
            piece = piece[:rel.start()]  # "A union official who asked not to be named said"
        piece = rx.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), piece)
        tried += 1
        sub = rx.sub(r"\s+(?:also|then|later|again|further|earlier|had|has|have|was|is|would|will|previously|"
                     r"repeatedly|once|flatly)\s*$", " ", piece)
        lead = rx.match(r"^\s*(?:and|but|according\s+to|In\s+\w+\s+\w+|As\s+\w+)\s+", sub)
        off = lead.end() if lead else 0
        m = rx.search(r"((?:[\w’'.\-&]+\s+){0,7}[\w’'.\-&]+)\s*$", sub[off:])
        if not m:
            continue
        phrase = m.group(1)
        at = ppos + off + m.start(1)
        hit = (None if _speaks_for(phrase.split()) or _SPOKESMAN_FOR.match(phrase)
               else spk.person_at(at, at + len(phrase) + 1)) or spk.resolve_phrase(phrase, at)
        if hit:
            return hit
        # "he appealed for calm and said": the subject opening the clause
        pm = rx.match(r"\s*(?:[Bb]ut\s+|[Aa]nd\s+)?([Hh]e|[Ss]he)\b", sub)
        if pm:
            return spk.pronoun(ppos + pm.start(1))
        if tried >= 3:
            break
    return None


_PLURAL_PEOPLE = re.compile(r"(?:ists|ians|ers|ors|ants|ents|ics)$")  # "economists", "historians", "farmers", "critics"
_PREPOSITIONS = frozenset("by for with to from of at in on into about against".split())
_NICKNAME = re.compile(r"\b(?:nicknamed|dubbed|so-called|known\s+as|called)\s+$")
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
# "an energy analyst at Kempen Hollis", "publisher of the Berlin house X": a role between commas
_ROLE_APPOSITIVE = re.compile(r"\s*(?:(?P<ind>an?)\s+)?(?!(?:he|she|they|it|we|i|you)\b)(?:[a-z][\w\-]*\s+){0,3}?"
                              r"(?P<head>[a-z][\w\-]*)\s+(?:of|at|for|with)\s")


def _role_appositive(piece: str) -> bool:
    """"an energy analyst at X", "publisher of the Y house": a role, not the speaker ("families of the
    hostages", a group of people, speaks)."""
    m = _ROLE_APPOSITIVE.match(piece)
    return m is not None and (m["ind"] is not None or m["head"] not in _people_nouns())
_RELATIVE = re.compile(r"\s+(?:who|whose)\s+")
_AND_THEN = re.compile(r"\s(?:and|but)\s+(?:later\s+|also\s+|then\s+|afterwards\s+)?$")
_SUBORDINATE = re.compile(r".*\s(?:after|before|because|although|though|while|when|as|since|until|unless)\s", re.S)
_PREP_BEFORE = re.compile(r"\b(?:with|to|by|from|of|for|about|between|against|than|visiting|and)\s+$", re.I)


_OWNED = re.compile(r"[’']s\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*(?=\s+(?:said|says|told|have|has|had|were|was|are|is|"
                    r"insisted|added|warned|also|then|later)\b)")


def _main_subject(text, s_start, vpos, spk):
    """The first person of the sentence not after a preposition, or its opening he/she."""
    for mm in spk.people.at(s_start, vpos):
        cue = mm.cue_start if mm.cue_start >= 0 else mm.start
        if _PREP_BEFORE.search(text, max(s_start, cue - 12), cue):
            continue
        owned = _OWNED.match(text, mm.end, vpos)
        if owned:
            # "Sandgaard’s advisers said …": the advisers, not Sandgaard
            hit = spk.resolve_phrase(text[mm.start:owned.end()], mm.start)
            return hit if hit and hit[0] != spk.people.people[mm.key].name else \
                (text[mm.start:owned.end()], None, "group")
        p = spk.people.people[mm.key]
        return p.name, slug(p.name), "person"
    pm = rx.match(r"\s*(?:[Bb]ut\s+|[Aa]nd\s+)?([Hh]e|[Ss]he)\b", text[s_start:vpos])
    if pm:
        return spk.pronoun(s_start + pm.start(1))
    return None


def _subject_after(text, vend, s_end, spk):
    """"... , said the official." — the words after a verb up to the clause end, if few enough."""
    m = rx.match(r"\s+([^,;:“”\"]{1,100})", text[vend:s_end])
    if not m:
        return None
    phrase = m.group(1)
    stop = rx.search(r"\.(?:\s|$)", phrase)
    if stop:
        phrase = phrase[:stop.start()]
    if not phrase or len(phrase.split()) > 8:
        return None
    return spk.resolve_phrase(phrase, vend + m.start(1))


_ROLE_COMMA_NAME = re.compile(r"\s*,?\s*(?:the|his|her|their|its|[A-Z][\w’'.\-]*[’']s)\s+[^,.;“”]{1,50}?,\s+"
                              r"(?P<subj>[A-Z][^,.;“”]{1,50}?),\s+(?:(?:also|then|later)\s+)?")


def _attribution_after(text, pos, tail, spk, verb, pron):
    """", X said." / ", said X." / " — X" / ", according to X." after a closing quote mark."""
    m = rx.match(rf"\s*,?\s*(?:(?:So|Thus)\s+)?(?P<verb>{verb})\s+(?P<subj>[^,.;“”]{{1,90}}?)(?=[,.;]|$|\s+(?:on|in|at|after|during|when|as|to|who|whose)\b)", tail, re.I)
    if m:
        # "said Mr Semedo’s sister, Odete Semedo.": the name in apposition speaks, not Mr Semedo
        named = rx.match(r",\s+", tail[m.end("subj"):m.end("subj") + 3])
        named = spk.person_at(pos + m.end("subj") + named.end(), pos + m.end("subj") + named.end() + 1) if named else None
        sp = named or spk.resolve_phrase(m["subj"], pos + m.start("subj"))
        if sp:
            return sp, _lemma(m["verb"])
    m = rx.match(rf"\s*,?\s*(?P<subj>[^,.;“”]{{1,90}}?)\s+(?:(?:also|then|later|again)\s+)?(?P<verb>{verb})\b", tail, re.I)
    if m and m.start("subj") > 0 and tail[m.start("subj") - 1] != "," and rx.match(r"\s+(?:that|how|whether)\b", tail[m.end():]):
        m = None  # "“You lied, didn’t you?” Kowalczyk acknowledged that he had.": a report of its own, no attribution
    if m:
        sp = spk.resolve_phrase(m["subj"], pos + m.start("subj"))
        if sp:
            return sp, _lemma(m["verb"])
    # "“…” the coach, Pep Valdés, said", "“…” Moyo’s agent, Lee Venter, told …": the name in apposition speaks
    m = _ROLE_COMMA_NAME.match(tail)
    vm = rx.match(rf"(?:{verb})\b", tail[m.end():], re.I) if m else None
    if vm:
        sp = spk.resolve_phrase(m["subj"], pos + m.start("subj"))
        if sp and sp[2] == "person":
            return sp, _lemma(vm.group(0))
    # "“…” Doreen Lamb, 71, of Villette Road, said …": a named person, one or two asides in commas, the verb
    m = rx.match(rf"\s*(?P<subj>[A-Z][^,.;“”]{{1,60}}?),\s+(?:[^,.;“”]{{1,40}},\s+){{1,2}}(?:(?:also|then|later)\s+)?"
                 rf"(?P<verb>{verb})\b", tail)
    if m:
        sp = spk.resolve_phrase(m["subj"], pos + m.start("subj"))
        if sp and sp[2] == "person":
            return sp, _lemma(m["verb"])
    m = rx.match(r"\s*[—–]\s*(?P<subj>[^,.;“”]{1,90})", tail)
    if m:
        sp = spk.resolve_phrase(m["subj"], pos + m.start("subj"))
        if sp:
            return sp, "say"
    m = rx.match(r"\s*,?\s*according\s+to\s+(?P<subj>[^,.;“”]{1,90})", tail, re.I)
    if m:
        sp = spk.resolve_phrase(m["subj"], pos + m.start("subj"))
        if sp:
            return sp, "accord"
    return None, None


def _lone_person_before(text, art, spk, ps):
    """The one person named in the sentence that ends just before offset ``ps`` (a paragraph start), when that
    sentence holds no quote mark and names nobody else; else None."""
    k = bisect.bisect_left([s for _, s, _ in art.sentences], ps) - 1
    if k < 0:
        return None
    _, s, e = art.sentences[k]
    if any(c in text[s:e] for c in "“”\""):
        return None
    keys = {m.key for m in spk.people.at(s, e)}
    if len(keys) != 1:
        return None
    p = spk.people.people[keys.pop()]
    return p.name, slug(p.name), "person"


def _attribution_before(text, start, qs, spk, verb):
    """"X said: “...”" / "X said, “...”" / "According to X, “...”"."""
    # Cheap tests first: the text must end in ":" or "," and hold a speech verb. A match is at most
    # ~160 characters long, so only the last 200 are searched.
    if not text[start:qs].rstrip().endswith((":", ",")):
        return None, None
    start = max(start, qs - 200)
    before = text[start:qs]
    if not _verb_hits(before):
        return None, None
    m = rx.search(rf"(?P<subj>[^.;“”:]{{1,90}}?)\s+(?P<verb>{verb})(?:\s+[^.;“”:]{{0,40}}?)?\s*[:,]\s*$", before, re.I)
    if m:
        sp = _speaker_of_pieces(spk, m["subj"], start + m.end("subj"))
        if sp:
            return sp, _lemma(m["verb"])
    return None, None


_POSSESSIVE_PRONOUN = re.compile(r"\s*(?:[A-Z][a-z]+,?\s+){0,2}?(?P<p>[Hh]is|[Hh]er)\s+[a-z]")
_SUBJECT_PRONOUN = re.compile(r"(?:^|,\s+)\s*(?P<p>[Hh]e|[Ss]he)\s+[a-z]")
_ROLE_POSSESSIVE = re.compile(r"\s*(?P<role>[Tt]he\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)[’']s\s+[a-z]")


def _colon_subject(text, s_start, qs, spk):
    """“…” after a colon that follows no speech verb ("Mr. Rao was candid:", "Her verdict was blunt:",
    "The minister’s reply was short:"): the subject of the clause before the colon — a person named in it
    (not after a preposition), a pronoun ("he", "her verdict"), or the holder of a role. Cue ":"."""
    head = text[s_start:qs].rstrip()
    if not head.endswith(":") or len(head) > 200:
        return None, None
    clause = head[:-1]
    for m in spk.people.at(s_start, s_start + len(clause)):
        if not _PREP_END.search(text, max(s_start, m.cue_start - 14), m.cue_start):
            p = spk.people.people[m.key]
            return (p.name, slug(p.name), "person"), ":"
    pm = _SUBJECT_PRONOUN.search(clause) or _POSSESSIVE_PRONOUN.match(clause)
    if pm:
        hit = spk.pronoun(s_start + pm.start("p"))
        return (hit, ":") if hit else (None, None)
    rm = _ROLE_POSSESSIVE.match(clause)
    hit = spk.person_by_role(rm["role"], s_start) if rm else None
    return (hit, ":") if hit else (None, None)


def _colon_statement(para: str):
    """For "…, the company said (in a statement): The talks …" inside a paragraph: (subject text, its end,
    the verb's offset, the verb, where the statement starts), or None. Checked at each ": " by the word
    before it (a dictionary lookup), not by a regex over the paragraph."""
    k = para.find(": ")
    while k >= 0:
        body = k + 2
        while body < len(para) and para[body] == " ":
            body += 1
        before = para[:k]
        stem = before[:-len(" in a statement")] if before.lower().endswith(" in a statement") else before
        word = stem.rsplit(None, 1)[-1] if stem.strip() else ""
        if body < len(para) and para[body].isupper() and word.lower() in _verbs():
            verb_at = len(stem) - len(word)
            cut = max(stem.rfind(c, 0, verb_at) for c in ".:;")
            lo = max(cut + 1, verb_at - 91)
            subj = stem[lo:verb_at].rstrip()
            if subj.strip():
                return subj, lo + len(subj), verb_at, word, body
        k = para.find(": ", k + 1)
    return None


_RELATIVE_PIECE = re.compile(r"\s*(?:who|whose|which)\s")


def _speaker_of_pieces(spk, subj_text, end):
    """The speaker named in the text before a verb (ending at ``end``): its last comma piece first, so
    "Joseph Wamala, coordinator of the X Alliance, said:" reaches back past the role to the name."""
    pieces = subj_text.split(",")
    for k, piece in enumerate(reversed(pieces[-3:])):
        if k < len(pieces[-3:]) - 1 and (_PARTICIPLE_PIECE.match(piece) or _RELATIVE_PIECE.match(piece)):
            end -= len(piece) + 1
            continue  # "Hale, speaking to reporters, said:", "Parra, who chairs the committee, said:": no speaker
        if piece.strip():
            subj = rx.split(r"\b(?:that|who|which|whom)\s+", piece)[-1]  # "a session that one diplomat"
            sp = spk.resolve_phrase(subj, end - len(subj))
            if sp:
                return sp
        end -= len(piece) + 1
    return None


_ROLE_BEFORE_NAME = re.compile(r",\s+(?:the|his|her|their|its|[A-Z][\w’'.\-]*[’']s)\s+[^,]{1,50}$")
_PLAIN_SAY = frozenset(("say", "add", "insist", "argue", "claim", "warn"))  # "said she …": the clause starts there
_SAY_FORMS = frozenset(("said", "says", "added", "told"))  # the verbs of the end-of-sentence patterns
_AUDIENCE_THAT = re.compile(r"(?:\s+(?:the\s+|a\s+)?[\w’'.]+(?:\s+[\w’'.]+){0,2}?)?\s+that\s+")
_END_VERBS = ("revealed", "confirmed", "explained", "noted", "insisted", "warned", "claimed", "admitted", "argued",
              "wrote", "acknowledged", "stressed", "conceded", "announced", "reported", "recalled", "complained")
_END_ATTRIBUTION = re.compile(r",\s+(?P<subj>[^,]{1,70}?),?\s+(?P<verb>" + "|".join(_END_VERBS) + r")"
                              r"(?:\s+(?:on\s+\w+|yesterday|today|in\s+a\s+statement))?[.\s]*$")
_CLAUSE_STOP = re.compile(r"^\s*(?:on|in|at|this|last|late|early|earlier|later|yesterday|today|after|during)\b[^,]{0,30},?\s+")


_BEFORE_ADDING = re.compile(r"(?P<pre>.*?\bthat\s.{8,}?),\s+(?:adding|saying|noting|telling\s+\w+)\s*:?\s*$")


def _reported_clause(lemma, after):
    """Where the reported clause starts in ``after`` (the text after a speech verb of ``lemma``): a match
    whose end is that start, or None when no clause follows ("said it twice", "told reporters")."""
    obj = r"(?:\s+(?:to\s+)?[\w’'.\-]+(?:\s+[\w’'.\-]+){0,5}?)?"
    if lemma == "tell":
        cm = rx.match(rf"{obj}(?:\s+(?:on|in|at)\s+[^,]{{1,30}}?)?,?\s+that\s+", after) or _TOLD_AUDIENCE.match(after)
    else:
        cm = rx.match(r"\s+(?=(?:he|she|they|we|I)\s+[a-z]{3,})", after) if lemma in _PLAIN_SAY else None
        # "said on Tuesday that", "said in a statement that" (never "said squid had become so scarce that")
        cm = cm or rx.match(r"(?:\s+(?!(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|"
                            r"became|become|becomes)\b)[^\s,“”\"]+){0,6}?,?\s+that\s+", after)
        if not cm and lemma in ("say", "add", "warn", "insist", "argue", "claim", "believe", "think", "predict", "confirm"):
            # "said (on Thursday) it would …", "said investors had waited …" (a bare noun phrase, then an auxiliary)
            cm = rx.match(r"(?:\s+(?:on|late|early|earlier|last|this)\s+[A-Za-z]+|\s+(?:yesterday|today))?\s+"
                          # ("said it standing beside …", "said it twice": "it" the thing said, no clause)
                          r"(?!(?:it|this|so)\s+(?:[a-z]+ing|in|on|at|to|with|by|for|from|again|twice|once|aloud|"
                          r"out|publicly|repeatedly|herself|himself|themselves)\b)"
                          r"(?=(?:the|a|an|he|she|they|it|we|his|her|their|its|this|these|those|there|any|no|"
                          r"some|all|both|each|every|many|most|several|[A-Z][\w’']*|\d[\d.,]*)\b"
                          r"|(?!(?:on|in|at|to|for|with|by|from|after|before|during|that|this|yesterday|today)\b)"
                          r"[a-z][\w’'\-]*\s+(?:[\w’'\-]+\s+){0,7}(?:had|have|has|were|are|was|is|would|will|could|"
                          r"should|may|might|must|can)\b"
                          r"|(?!(?:on|in|at|to|for|with|by|from|after|before|during|that|this|yesterday|today|goodbye|"
                          r"hello|sorry|thanks|nothing|something|little|much)\b)"
                          r"(?:[a-z][\w’'\-]*\s+){1,3}(?!(?:need|feed|seed|bed|red|shed|speed)\b)[a-z]{3,}ed\s+(?!by\b))", after)
            if cm and rx.match(r"\s+(?:the|a|an)\s+\w+\s*[.,]?$", after):
                cm = None
    return cm


# where a reported clause running into a quote mark ends: before the coordinated verb or the relative
# clause that carries the quote ("… by 15 per cent and described the requests as “…”")
_BEFORE_QUOTE_CUT = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?[a-z]+(?:ed|s)\b|,\s+(?:who|which|where)\b")


_QUOTE_MARK = re.compile(r"[“”\"]")
_ATTRIBUTION_END = re.compile(r"[,?!…][”\"]\s+(?:[^\s“”\",]+\s+){0,5}$")  # "“…,” Fuenzalida said"


def _indirect_beside_quotes(text, s, e, spk, add, pi):
    """Reported speech in a sentence that also quotes: "Nyirenda described the mood as “frank” and said the
    men had agreed …", "Okafor replied that she had been granted immunity, but insisted she had “nothing
    to gain”". A clause is one only outside the quote marks: from its speech verb to the sentence end or,
    when a quote follows, to the coordinated verb before it; a clause that runs into a quote is a partial
    quote's frame, no statement of its own."""
    sentence = text[s:e]
    marks = [m.start() for m in _QUOTE_MARK.finditer(sentence)]
    # the stretches outside the quote marks (marks pair up in order; an unclosed quote runs to the end)
    bounds = [-1] + marks + ([len(sentence)] if len(marks) % 2 == 0 else [])
    outside = [(bounds[i] + 1, bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
    verb_rx = _verb_rx()
    for a, b in outside:
        if b - a < 20:
            continue  # too short for a verb and a clause: "“…,” Lee said."
        for v in verb_rx.finditer(sentence, a, b):
            _beside_one(text, s, sentence, marks, v, spk, add, pi)


def _beside_one(text, s, sentence, marks, v, spk, add, pi):
    """One speech verb outside the quotes of a sentence (see ``_indirect_beside_quotes``)."""
    # the text from the verb to the next quote mark must hold a clause of a few words
    if next((i for i in marks if i >= v.end()), len(sentence)) - v.end() < 16:
        return
    if _ATTRIBUTION_END.search(sentence, 0, v.start()):
        return  # the attribution right after a quote: "“…,” Fuenzalida said when …"
    lemma = _lemma(v["verb"])
    cm = _reported_clause(lemma, sentence[v.end():])
    if not cm:
        return
    cs = v.end() + cm.end()
    ce = len(sentence)
    nq = next((i for i in marks if i >= cs), None)
    if nq is not None:
        cuts = list(_BEFORE_QUOTE_CUT.finditer(sentence, cs, nq))
        if not cuts:
            return
        ce = cuts[-1].start()
    if ce - cs < 12:
        return
    speaker = _subject_before(text, s, s + v.start(), spk)
    if speaker is not None:
        add("indirect", s + cs, s + ce, speaker, lemma, pi)


def _indirect(text, s, e, spk, verb, pron, add, pi):
    sentence = text[s:e]
    if "“" in sentence or '"' in sentence or "”" in sentence:
        # "Lee insisted that funding would rise, adding: “…”": the statement before the quote is one too
        q = min(i for i in (sentence.find("“"), sentence.find('"'), sentence.find("”")) if i >= 0)
        m = _BEFORE_ADDING.match(sentence, 0, q) if q > 20 else None
        if m is None:
            _indirect_beside_quotes(text, s, e, spk, add, pi)
            return
        e = s + m.end("pre")
        sentence = text[s:e]
    low = sentence.lower()
    if " heard " in low or " was told " in low:
        # court reporting: "The court heard that …", "The inquiry was told …": the body is the source
        m = _BODY_HEARD.search(sentence)
        if m and e - (s + m.end()) >= 8:
            add("indirect", s + m.end(), e, (m["subj"], None, "organization"),
                "hear" if m["verb"] == "heard" else "tell", pi)
            return
    hits = _verb_hits(sentence)
    if "according to" not in low and not hits:
        return
    # "according to X, CLAUSE" / "CLAUSE, according to X."
    m = None if "according to" not in low else rx.match(r"\s*According\s+to\s+(?P<subj>[^,]{1,80})(?:,\s+(?:who|whose|which)\s[^,]{1,80})?,\s*(?P<clause>.+)$", sentence)
    if m:
        sp = spk.resolve_phrase(m["subj"], s + m.start("subj"))
        add("indirect", s + m.start("clause"), e, sp, "accord", pi)
        return
    m = None if "according to" not in low else rx.search(r"^(?P<clause>.+?),\s+according\s+to\s+(?P<subj>[^,.]{1,80})(?:[.,]?$|,\s(?!who\b|which\b))", sentence)
    if m:
        sp = spk.resolve_phrase(m["subj"], s + m.start("subj"))
        add("indirect", s, s + m.end("clause"), sp, "accord", pi)
        return
    says = any(h[0] in _SAY_FORMS for h in hits)
    # "The talks, Novak said, would resume on Friday.": the attribution sits inside the statement, which is
    # kept whole (the quote's text then holds ", Novak said,")
    m = _PARENTHETICAL.match(sentence) if says and sentence.count(",") >= 2 else None
    if m:
        sp = spk.resolve_phrase(m["subj"], s + m.start("subj"))
        if sp:
            add("indirect", s, e, sp, _lemma(m["verb"].split()[0]), pi)
            return
    # "CLAUSE, an Israeli official said." / "CLAUSE, the company said."
    # "CLAUSE, her chief of staff, Brian Mulcahy, said.": the name's closing comma, and the role before it
    m = None if not says else rx.match(r"(?P<clause>.{15,}?),\s+(?P<subj>[^,]{1,70}?),?\s+(?P<verb>said|says|added|"
                  r"told\s+(?:the\s+|a\s+)?[\w’'.]+(?:\s+[A-Z][\w’'.]+){0,2})"
                  r"(?:\s+(?:in\s+a\s+statement|on\s+\w+|yesterday|today|late\s+\w+|earlier|later))?(?:\.?$|,\s)", sentence)
    if m:
        sp = spk.resolve_phrase(m["subj"], s + m.start("subj"))
        if sp:
            end = m.end("clause")
            role = _ROLE_BEFORE_NAME.search(sentence, 0, end) if sp[2] == "person" else None
            add("indirect", s, s + (role.start() if role else end), sp, _lemma(m["verb"].split()[0]), pi)
            return
    # "CLAUSE, her manager Terry Voss revealed.", "CLAUSE, the ministry confirmed.": other verbs, at the end only
    m = _END_ATTRIBUTION.search(sentence, 15) if sentence.rstrip(". ").endswith(_END_VERBS) else None
    if m:
        sp = spk.resolve_phrase(m["subj"], s + m.start("subj"))
        if sp:
            add("indirect", s, s + m.start(), sp, _lemma(m["verb"]), pi)
            return
    # "CLAUSE, said the official." (inverted, at the end)
    # ("…, said Luis Parra, who chairs the committee.": a relative clause may close the sentence)
    m = None if not says else rx.match(r"(?P<clause>.{15,}?),\s+(?P<verb>said|says|added|told\s+\w+)\s+(?P<subj>[^,.]{1,80})"
                                       r"(?:,\s+(?:who|whose)\s[^.]{1,120})?\.?$", sentence)
    if m and (len(m["subj"].split()) > 8 or rx.match(r"(?:he|she|they|it|we|I|that)\b", m["subj"])):
        m = None  # "…, said he would meet Langat on Friday": a reported clause, not an inverted speaker
    if m:
        sp = spk.resolve_phrase(m["subj"], s + m.start("subj"))
        if sp:
            add("indirect", s, s + m.end("clause"), sp, _lemma(m["verb"].split()[0]), pi)
            return
    for v in hits:
        lemma = _lemma(v["verb"])
        if v.start() <= 5 and sentence[:v.start()].strip() in ("So", "Thus"):
            continue  # "So said Park, speaking to reporters": the attribution of the quote before, inverted
        cm = _reported_clause(lemma, sentence[v.end():])
        if not cm:
            continue
        clause_s = s + v.end() + cm.end()
        if e - clause_s < 8:
            continue
        speaker = _subject_before(text, s, s + v.start(), spk)
        if speaker is None:
            continue
        if _RELATIVE_END.search(text, max(s, s + v.start() - 40), s + v.start()):
            # "Ana Lee, who says the budget is balanced, was not available": the statement ends where
            # the main clause resumes
            resume = _MAIN_RESUMES.search(text, clause_s, e)
            if resume:
                e = resume.start()
        # "said the county had not been paid and warned that nurses …": two statements, one speaker
        clause = text[clause_s:e]
        for w in _verb_hits(clause) if " and " in clause else ():
            head = clause[:w.start()]
            # ("… and told jurors that the defense had met his deadline": "told" takes its audience first)
            that = _AUDIENCE_THAT.match(clause, w.end()) if head.endswith(("and ", "and also ")) and w.start() > 12 \
                and (clause.startswith(" that ", w.end()) or w["verb"].lower() == "told") else None
            if that:
                cut = head.rstrip().rfind(" and")
                add("indirect", clause_s, clause_s + cut - (1 if head[cut - 1:cut] == "," else 0), speaker, lemma, pi)
                clause_s, lemma = clause_s + that.end(), _lemma(w["verb"])
                break
        add("indirect", clause_s, e, speaker, lemma, pi)
        return
