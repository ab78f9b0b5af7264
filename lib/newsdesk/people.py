"""People and their mentions.

A capitalised sequence is taken for a person's name when a general cue says so:

* a title before it ("Foreign Minister Israel Katz", "US Secretary of State X Y", "war cabinet minister X Y"),
  or before it with a comma ("the foreign secretary, Jane Doe,");
* an honorific before it ("Mr. Smith", "Dr Jane Okafor");
* an appositive title after it ("Kurt Campbell, the assistant secretary of state,");
* a first name from ``data/first_names.txt`` ("Maria Lopez"), or its last word standing alone
  elsewhere in the article ("... Lopez said"). A speech verb alone is not enough: organisations
  speak too ("Kestrel Logistics said").

Phrases that are places, days, months or organisations (``data/places.txt``,
``data/not_name_words.txt``) are never people, though a first name that is also a place still is after
a title. With no title, honorific or appositive, a phrase is no person when one of its words is also
written in lower case in the article ("Kalinga Steel … steel output"), when "the" stands before it, when
it opens with another language's article ("La Moneda"), when it ends a body's name ("the Alliance for Food
Sovereignty"), or when a company suffix follows it anywhere ("Kalinga Steel Ltd"); nobody is mentioned in a
place named after them ("the King Fahd Stadium"). A role can also come from the verb after a name ("was
elected the first mayor of …"). Surnames alone ("Blinken", "Herzog's", "Mr. Blinken") are aliases of the full-named person of
the same article; when two people share it ("Kim Jong Un", "Kim Yong Chol") the nearest preceding full
mention wins. A first name the article uses alone at least twice ("Jade, 27, said") is an alias too. A
person is created from a single word only with a title or honorific and only when no full name in the
article carries it. A title word ending a name after a first name or behind a title is a surname ("John
Major", "Senator Angus King"); firms named like people (``data/bodies_named_like_people.txt``: "Goldman
Sachs") are never people.

Not extracted: people named only by a pronoun or a role ("the minister"), and names in lower case.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon, rx

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LO = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
APOS = "’'"
# A name word: "Blinken", "O’Brien", "Thomas-Greenfield", "McDonald", "DeVos", or initials "W.", "R.K." (a
# capital inside the word comes after an apostrophe or at most three small letters, and is tried first:
# "McConnell", not "Mc")
WORD = rf"(?:[{UP}](?:[{APOS}][{UP}]|[{LO}]{{0,3}}[{UP}])?[{LO}]+(?:[{APOS}\-][{UP}]?[{LO}]+)*|(?:[{UP}]\.){{1,3}})"
PARTICLE = r"(?:van|von|de|da|del|della|der|den|di|du|dos|das|bin|ibn|al|el|la|le|ter|ten|y)"
_NAME_TAIL = rf"(?:[ \u00a0]+(?:(?:{PARTICLE}[ \u00a0]+){{1,2}}|[Aa]l-|[Ee]l-)?{WORD}){{0,7}}"  # "van der", "de la"
NAME = WORD + _NAME_TAIL
# A NAME that starts a word, written to open with the capital's character class: the engine skips ahead
# to the next capital instead of trying a lookbehind at every position (half the cost of
# "(?<![\w’'])NAME", the same matches). The lookbehind after that first letter looks at the character
# before it. The rest of the first word is WORD without its first letter.
_WORD_REST = rf"(?:(?:[{APOS}][{UP}]|[{LO}]{{0,3}}[{UP}])?[{LO}]+(?:[{APOS}\-][{UP}]?[{LO}]+)*|\.(?:[{UP}]\.){{0,2}})"
NAME_AT_WORD_START = rf"[{UP}](?<![\w{APOS}].){_WORD_REST}{_NAME_TAIL}"
POSSESSIVE = re.compile(rf"[{APOS}]s?$")


def unpossessive(word: str) -> str:
    """``word`` without a possessive ending ("Herzog’s" -> "Herzog"): ``POSSESSIVE.sub("", word)``
    without a regex call (this runs for every word of every name candidate)."""
    if word[-2:] in ("’s", "'s"):
        return word[:-2]
    if word[-1:] in ("’", "'"):
        return word[:-1]
    return word


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key: str                       # the person's key within the article
    cue_start: int = -1            # where the title/honorific before it starts (or start)


@dataclass
class Person:
    key: str
    name: str
    role: str | None = None
    aliases: set = field(default_factory=set)
    tokens: tuple = ()
    first_at: int = 0


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return rx.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "unknown"


@lru_cache(maxsize=None)
def _title_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in lexicon.lines("titles"):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line.lower())
    return sections


def _alt(words) -> str:
    return rx.trie({w for w in words if w}, space=r"\s+")


@lru_cache(maxsize=None)
def patterns():
    s = _title_sections()
    title = (rf"(?:(?:{_alt(s['modifier'])})\s+){{0,3}}(?:{_alt(s['head'])})"
             rf"(?:\s+of\s+(?:{_alt(s['of'])}))?")
    qual = rf"(?:(?:{_alt(s['qualifier'])})\s+)?"
    hon = _alt(s["honorific"])
    flags = re.I
    return {
        # "Kurt Campbell, the assistant secretary of state,"
        "appositive": re.compile(
            rf",\s+(?:\d{{1,3}},\s+)?(?:the|a|an|its|his|her|their)\s+(?P<role>(?:[\w’'.\-]+\s+){{0,5}}?(?:{title})"
            rf"(?:\s+(?:of|for|from|at|in)\s+[\w’'.\- ]{{1,40}}?)?)(?=[,.;)])", flags),
        "honorific_end": re.compile(rf"(?<![\w.])(?:{hon})\s+$", flags),
        # "the foreign secretary, Jane Doe", "the regional governor of Apurímac, Baltazar Huamán"
        "title_comma_end": re.compile(rf"\b(?:the|a|an)\s+(?P<role>{qual}{title}"
                                      rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{0,3}})?),\s+$",
                                      flags),
        "title_full": re.compile(rf"{qual}{title}", flags),
        "bare": re.compile(rf"(?P<name>{NAME_AT_WORD_START})"),
    }


def _is_cased_name(name: str) -> bool:
    """Every word of a match starts upper-case (the patterns are case-insensitive for titles)."""
    for w in name.split():
        if w.lower().rstrip(".") in _particles():
            continue
        if w[:3].lower() in ("al-", "el-") and w[3:4].isupper():
            continue
        if not w[0].isupper():
            return False
    return True


@lru_cache(maxsize=None)
def _known_bodies() -> frozenset[str]:
    return lexicon.words("bodies_named_like_people")


@lru_cache(maxsize=None)
def _particles() -> frozenset[str]:
    return frozenset(PARTICLE[3:-1].split("|")) | {"al-", "el-"}


@lru_cache(maxsize=None)
def _lists():
    return (lexicon.words("not_name_words"), lexicon.words("places"), lexicon.words("first_names"),
            lexicon.words("family_name_first"), frozenset(_title_sections()["qualifier"]),
            frozenset(w.rstrip(".") for w in _title_sections()["head"] + _title_sections()["modifier"]
                      + _title_sections()["honorific"]))


def _trim(name: str, start: int, cued: bool = False) -> tuple[str, int]:
    """Cut a name candidate at words that cannot be in a name; drop a possessive ending. ``cued``: a title
    or honorific stood in front of it (then a last word that is also a title is a surname)."""
    not_words, places, first_names, *_ , title_words = _lists()
    words = name.split()
    keep = []
    for i, w in enumerate(words):
        bare = unpossessive(w)
        if bare.lower() in not_words and len(keep) <= 1 and len(words) - i - 1 >= 2:
            # "the Great Lakes Marcia Delane": a place or organisation word before a full name
            spans = [m.start() for m in _NON_SPACE.finditer(name)]
            return _trim(name[spans[i + 1]:], start + spans[i + 1])
        if bare.lower() in not_words:
            break
        if keep and bare.lower().rstrip(".") in title_words \
                and not (all(x.rstrip(".,") in _GENERATIONAL for x in words[i + 1:])
                         and (cued or keep[0].lower() in first_names)):
            # "Gaza City Mayor X": a title word ends the name before it, unless it ends the phrase (but for a
            # "Jr.") in a name that opens with a first name or stands behind a title: a surname that is also
            # a title ("John Major", "Senator Angus King", "Martin Luther King Jr.")
            break
        keep.append(w)
        if bare != w:  # a possessive ends the name
            break
    # at most four name words, particles not counted ("Beatriz Soler de la Fuente"), and none at the end
    parts, real = [], 0
    for w in keep:
        real += w.lower() not in _particles()
        if real > 4:
            break
        parts.append(w)
    keep = parts
    while keep and keep[-1].lower() in _particles():
        keep.pop()
    if not keep:
        return "", start
    out = " ".join(keep)
    out = unpossessive(out)
    return out, start


_TOKEN = re.compile(r"[^\s,;:()“”\"]+")
_NON_SPACE = re.compile(r"\S+")


# ranks and forms of address that stand between a role and a name ("army chief Gen. X", "the mayor, Cllr X")
_RANKS = frozenset({"gen.", "lt.", "maj.", "brig.", "col.", "capt.", "cmdr.", "adm.", "sgt.", "cpl.", "pvt.", "cllr",
                    "cllr."})


def _role_before(pre: str):
    """(role, distance from its start to the end of ``pre``) for a role that ends ``pre``: a title right
    before ("the former defence minister ") or a role and a comma ("the chair of the union, "; distance 0)."""
    tm = _title_before(pre)
    if tm is not None:
        return tm
    if pre.endswith(", "):
        cm = patterns()["title_comma_end"].search(pre)
        if cm:
            return " ".join(cm["role"].split()), 0
    return None


def _title_before(before: str):
    """(role, distance from role start to the name) when ``before`` ends in a title, else None."""
    if not before.endswith((" ", "\u00a0")):
        return None
    before = before[-70:]
    # the last token first (cheap): most names have no title in front
    if _last_token(before).lower().rstrip(".") not in _title_last_words():
        return _portfolio_before(before)
    toks = list(_TOKEN.finditer(before))[-7:]
    full = patterns()["title_full"]
    starts = _title_first_words()
    for k in range(len(toks), 0, -1):
        first = toks[-k]
        if first.group(0).lower() not in starts:
            continue  # a title starts with a qualifier, modifier or head word
        phrase = before[first.start():toks[-1].end()]
        if full.fullmatch(phrase):
            # extend over a capitalised body before the title: "EPA Administrator", "Kestrel Logistics
            # chief executive", "Mozambique’s justice minister"
            j = len(toks) - k
            while j > 0 and len(toks) - j < k + 3:
                prev = toks[j - 1]
                word = unpossessive(prev.group(0))
                gap = before[prev.end():toks[j].start()]
                if gap.strip() or "\n" in gap or not word[:1].isupper() or word.endswith(".") \
                        or word.lower() in _ROLE_STOP or word.lower() in _lists()[0] and word.lower() in _CALENDAR:
                    break
                j -= 1
            first = toks[j]
            phrase = before[first.start():toks[-1].end()]
            return " ".join(phrase.split()), len(before) - first.start()
    return _portfolio_before(before)


def _portfolio_before(before: str):
    """"Minister of State for Corporate Affairs X", "Australia’s Minister for the Pacific, X": a title whose
    portfolio, in capitals after "for" or "of", ends it (role, distance), else None."""
    if not (before[-2:-1].isalpha() or before.endswith(", ")) or not any(w in before for w in _PORTFOLIO_HEADS):
        return None
    pm = _PORTFOLIO_END.search(before)
    return (" ".join(pm.group(0).rstrip().rstrip(",").split()), len(before) - pm.start()) if pm else None


_PORTFOLIO_HEADS = ("Minister", "Secretary", "Commissioner", "Ambassador", "Envoy", "Spokes", "Director", "Administrator")
_PORTFOLIO_END = re.compile(
    r"(?:\b[A-Z][\w’'\-]*[’']s\s+)?\b(?:Minister|Secretary|Commissioner|Ambassador|Envoy|Spokes(?:man|woman|person)|"
    r"Director|Administrator|Chief\s+Minister|Deputy\s+Minister|Vice\s+Minister)"
    r"(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*(?:\s+(?:and|&)\s+|\s+)){0,3}[A-Z][\w’'\-]*,?\s+$")


@lru_cache(maxsize=None)
def _title_first_words() -> frozenset[str]:
    """First words of every qualifier, modifier and head: the words a ``title_full`` match can start with."""
    s = _title_sections()
    return frozenset(w.split()[0] for w in s["qualifier"] + s["modifier"] + s["head"])


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    return frozenset(_title_sections()["honorific"])


@lru_cache(maxsize=None)
def _title_last_words() -> frozenset[str]:
    """Words a title can end with ("minister", "state" of "Secretary of State", "gen")."""
    s = _title_sections()
    return frozenset(w.split()[-1].rstrip(".") for w in s["head"] + s["of"])


@lru_cache(maxsize=None)
def _cue_last_words() -> frozenset[str]:
    """Last words of every cue that can stand right before a name: title endings and honorifics."""
    words = set()
    for w in _title_last_words() | _honorifics():
        words.update((w, w + "."))
    return frozenset(words)


_TOKEN_BREAK_CHARS = ",;:()“”\""
_TOKEN_BREAK = frozenset(_TOKEN_BREAK_CHARS)


def _last_token(s: str) -> str:
    """The last ``_TOKEN`` of ``s`` (what ``list(_TOKEN.finditer(s))[-1]`` would give, or "").

    Built from ``rstrip`` and ``rsplit`` (C loops): it runs for every capitalised word of an article."""
    t = s.rstrip()
    while t and t[-1] in _TOKEN_BREAK:
        t = t.rstrip(_TOKEN_BREAK_CHARS).rstrip()
    if not t:
        return ""
    tok = t.rsplit(None, 1)[-1]
    if _TOKEN_BREAK.isdisjoint(tok):
        return tok
    i = len(tok)
    while i > 0 and tok[i - 1] not in _TOKEN_BREAK:
        i -= 1
    return tok[i:]


@lru_cache(maxsize=None)
def _place_ends() -> frozenset[str]:
    return lexicon.words("place_ends")


_ROLE_STOP = frozenset("the a an in on at of for with by and or but as after before while when if it "
                       "he she they we this that his her their our its".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                      "may june july august september october november december".split())


def _is_place(name: str) -> bool:
    _, places, *_ = _lists()
    return name.lower() in places


_GENERATIONAL = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _strip_leading_titles(name: str, start: int) -> tuple[str, int]:
    """"Ugandan Defense Minister Grace Atim" found by a bare scan: drop everything up to the last title word."""
    *_, quals, title_words = _lists()
    words = name.split()
    last = -1
    n = len(words) - 1
    while n > 1 and words[n].rstrip(".,") in _GENERATIONAL:
        n -= 1  # "Martin Luther King Jr.": the word before "Jr." is a surname, whatever else it may be
    for i, w in enumerate(words[:n]):
        low = unpossessive(w).lower()
        if low.rstrip(".") in title_words or low in title_words or low in quals \
                or (low in ("seri", "sri") and i == last + 1 and i > 0):  # "Datuk Seri", "Dato’ Sri"
            last = i
    if last < 0:
        return name, start
    offset = sum(len(w) + 1 for w in words[:last + 1])
    # offsets must follow the real spacing: find the kept part in the original string
    kept = words[last + 1:]
    pos = name.find(kept[0], offset - 1 if offset else 0)
    return name[pos:], start + pos


# "La Moneda", "El Paso", "Le Monde", "Die Zeit": with no other cue, a phrase opening with an article
# of another language names a place or a title, not a person ("Marine Le Pen" has her first name).
_FOREIGN_ARTICLES = frozenset("la le el los las les il lo der die das het".split())
# "the Alliance for Food Sovereignty", "the Institute of Tropical Medicine": the tail of a body's name
_ORG_POSSESSIVE = re.compile(r"[’']s\s+(?:chief\s+executive|chairman|chairwoman|board|shares|shareholders|headquarters|"
                             r"managing\s+director|vice\s+president|founder|owner|chief\s+operating\s+officer|plant|"
                             r"factory|factories|annual\s+report|"
                             r"subsidiary|revenue|revenues|profit|profits|results|stock|workforce|employees|customers|"
                             r"chief\s+financial\s+officer|CEO|share\s+price)\b")
_PLACE_PREPOSITIONS = (" in ", " at ", " near ", " outside ", " into ", " across ", " towards ", " toward ")
_OF_ENDS = (" of ", " for ", " at ", " of the ", " for the ", " at the ")
_ROLE_OF_BEFORE = re.compile(r"\b(?:chief\s+executive|chairman|chairwoman|chair|president|head|director|founder|owner|"
                             r"spokesman|spokeswoman|spokesperson|employees|staff|shareholders|board|boss|CEO|chief|"
                             r"secretary[\s-]general|managing\s+director)\s+(?:of|for|at)\s+(?:the\s+)?$", re.I)
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w’'\-]+\s+(?:for|of|on)\s+(?:the\s+)?$")
_CAPITAL_AFTER = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                            r"April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")
_PREDICATE_ROLE = re.compile(
    r"(?:,\s+who)?\s+(?:was|is|has\s+been|had\s+been)\s+(?:elected|named|appointed|installed|made|sworn\s+in\s+as)\s+"
    r"(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?:first\s+|new\s+)?(?P<role>(?:[A-Za-z][\w’'\-]*\s+){0,3}?[A-Za-z][\w’'\-]*)"
    r"(?=\s+(?:of|for|in|on|at|last|this|after|by)\b|[,.;]|$)")
# Things named after people: "King Fahd Stadium", "John Wayne Airport", "Queen Elizabeth Hospital"
_NAMED_AFTER = re.compile(r"\s+(?:Stadium|Airport|Street|Avenue|Bridge|Hospital|University|College|School|Arena|"
                          r"Square|Boulevard|Highway|Memorial|Prize|Award|Trophy|Cup|Medal|Foundation|Institute|"
                          r"Museum|Centre|Center|Library|Station|Dam|Tower|Lecture|Fellowship|Scholarship)\b")
# Words that follow a company's name: a phrase written before one of them is no person's name.
_ORG_SUFFIX = re.compile(r"\s+(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|PLC|plc|LLC|LLP|GmbH|AG|SA|NV|BV|"
                         r"Holdings|Group|Industries|Partners|Ventures)\b")
_RELATIONAL_HEADS = frozenset({"counterpart"})  # title heads that say how a person relates to another, not what they are
_WHO_AFTER = re.compile(r",\s+who\b")
_NICKNAMED = re.compile(rf"(?<![\w’'])(?P<first>[{UP}][{LO}’'\-]+)\s+[“\"](?P<nick>[{UP}][\w’'\-]*(?:\s+[{UP}][\w’'\-]*)?)[”\"]\s+"
                        rf"(?P<last>[{UP}][\w’'\-]+(?:\s+[{UP}][\w’'\-]+)?)")
# The part of _NICKNAMED from its opening quote mark on: it opens with a character class, so the engine
# skips to the next quote mark instead of trying the whole pattern at every position. Texts without a
# match here have no _NICKNAMED match either.
_NICKNAME_CORE = re.compile(rf"[“\"][{UP}][\w’'\-]*(?:\s+[{UP}][\w’'\-]*)?[”\"]\s+[{UP}]")
_IN_ORG_NAME = re.compile(r"[A-Z][\w’'\-]*\s+$")
_ROLE_BODY = re.compile(r"(?P<body>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)+)\s+(?=[a-z])")
# nouns that name what a body is, right before its name: "the daily Al-Mashreq", "the law firm Kapadia Mehra",
# "the Amman distributor Haddad Sarraf" (not "trader", "partner", "rival", "miner", "contractor", "publisher",
# "operator": people are those too)
_BODY_WORDS = ("daily newspaper weekly broadcaster network channel agency tabloid magazine paper website site radio "
               "television tv station service firm company group brokerage distributor bank insurer airline "
               "retailer manufacturer exporter importer supplier conglomerate lender consultancy "
               "utility chain carmaker automaker steelmaker shipbuilder refiner startup start-up multinational "
               "subsidiary corporation cooperative co-operative house "
               # works ("talent show Star Turn", "the album Blue Hours")
               "show programme program series film movie album song novel podcast documentary sitcom soap").split()
BODY_NOUNS = r"(?:news\s+agency|wire\s+service|news\s+site|TV|" + "|".join(w for w in _BODY_WORDS if w != "tv") + ")"
_BODY_BEFORE = re.compile(rf"\b{BODY_NOUNS}\s+$")
_BODY_LAST = frozenset(_BODY_WORDS)
_SAID_BEFORE = re.compile(r"[,”\"]\s+(?:said|says|added|asked|wrote)\s+$")
# after a first name: more of a name (another capitalised word, or a letter of the word itself)
_CONTINUES = re.compile(r"[\w\-]|[’'](?![s\s]|s\b)|\s+[A-Z]")
_PREP_WORD_BEFORE = re.compile(r"\b(?:in|at|to|from|of|the|for|on|by|into|near|via|a|an)\s+$", re.I)
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Mx|Mme|Mlle)\.?\s+$")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _find_forms(text: str, forms) -> list[tuple[int, str]]:
    """(start, surface) of every occurrence of a form, left to right, longest form first, no overlaps;
    a possessive "’s" is part of the surface. Whole words only: not after a word character, apostrophe
    or hyphen, not before a word character or hyphen.

    Plain ``str.find`` per first word: a regex alternation of an article's own names would have to be
    compiled for every article, which costs more than the whole search."""
    by_first: dict[str, list[str]] = {}
    for f in forms:
        by_first.setdefault(f.split(" ", 1)[0], []).append(f)
    n = len(text)
    hits = []
    for first, group in by_first.items():
        group.sort(key=len, reverse=True)
        i = text.find(first)
        while i >= 0:
            if i == 0 or not (_is_word_char(text[i - 1]) or text[i - 1] in "’'-"):
                for f in group:
                    if not text.startswith(f, i):
                        continue
                    j = i + len(f)
                    ends = [j]
                    if j < n and text[j] in APOS:
                        ends = ([j + 2] if j + 1 < n and text[j + 1] == "s" else []) + [j + 1, j]
                    end = next((e for e in ends if e >= n or not (_is_word_char(text[e]) or text[e] == "-")), None)
                    if end is not None:
                        hits.append((i, -end, text[i:end]))
                        break
            i = text.find(first, i + 1)
    hits.sort()
    out, cursor = [], 0
    for start, neg_end, surface in hits:
        if start >= cursor:
            out.append((start, surface))
            cursor = -neg_end
    return out


@lru_cache(maxsize=None)
def _alone_rx() -> re.Pattern:
    return re.compile(rf"[a-z,;:]\s({WORD})(?:[{APOS}]s?)?(?!\s+[{UP}])")


class ArticlePeople:
    """People of one article, found in its text; ``mentions`` sorted by position."""

    def __init__(self, text: str):
        self.text = text
        self.people: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self._starts: list[int] | None = None
        self.orgs: set[str] = set()
        self._find()

    # -- finding full names
    def _candidates(self):
        """(name, start, role, strength, cue_start) for every cued name; strength 2 = title/honorific cue.

        One pass over capitalised sequences; the cue words around each are checked with anchored
        patterns on short windows, so the cost is linear in the text.
        """
        text = self.text
        pats = patterns()
        not_words, places, first_names, family_first, quals, title_words = _lists()
        found, orgs = [], set()
        cue_words = _cue_last_words()
        for m in pats["bare"].finditer(text):
            raw = m["name"]
            if " " not in raw and "\u00a0" not in raw:
                # A lone capitalised word is a name only after a title, an honorific or "the <title>,":
                # reject the many others ("The", "But", "Gaza") before the full checks.
                s0 = m.start("name")
                if s0 == 0 or text[s0 - 1] not in " \u00a0":
                    continue
                tail = text[max(0, s0 - 40):s0].rstrip()
                if not tail.endswith(",") and _last_token(tail).lower() not in cue_words:
                    continue
            name0, start = _strip_leading_titles(raw, m.start("name"))
            name, start = _trim(name0, start, name0 is not raw)
            if name0 is not raw and name != name0 and " " not in name and " " in name0:
                continue  # "the General Water Directorate": a title word opens a body's name, no "General Water"
            if not name or not _is_cased_name(name):
                continue
            if name.lower() in _known_bodies():
                orgs.add(name)  # "Goldman Sachs said …": a firm named like a person
                continue
            if _ORG_SUFFIX.match(text, start + len(name)):
                orgs.add(name)  # "Kalinga Steel Ltd": that phrase names a company everywhere in the article
            if (text[start + len(name):start + len(name) + 1] in ("’", "'") and _ORG_POSSESSIVE.match(text, start + len(name))) \
                    or (text[max(0, start - 8):start].endswith(_OF_ENDS) and _ROLE_OF_BEFORE.search(text, max(0, start - 40), start)):
                # "Orient Pacific’s chief executive", "the chief executive of Nordvik Marine": a company (or a
                # country) there, so an uncued mention of that phrase elsewhere is no person either
                orgs.add(name)
                continue
            if text[start - 1:start] == " " and text[text.rfind(" ", 0, start - 1) + 1:start - 1].lower() in _BODY_LAST \
                    and _BODY_BEFORE.search(text, max(0, start - 30), start):
                orgs.add(name)  # "the daily Al-Mashreq", "state broadcaster RTS": a newspaper or channel
                continue
            if _NAMED_AFTER.match(text, start + len(name)):
                continue  # "the Prince Mohammed bin Fahd Stadium": a place named after someone, no mention of them
            if " " in name and text[max(0, start - 4):start].lower() == "the ":
                # "envoy for the Great Lakes Marcia Delane": after "the", a name starts at its first name
                ws = name.split()
                k = next((i for i in range(1, len(ws) - 1) if ws[i].lower() in first_names), 0)
                if k and ws[0].lower() not in first_names:
                    cut = name.index(" " + ws[k]) + 1
                    name, start = name[cut:], start + cut
            if " " not in name and (name.lower().rstrip(".") in title_words or name.lower() in not_words):
                continue
            end = start + len(name)
            words = name.split()
            before = text[max(0, start - 80):start]
            after = text[end:end + 160]
            role, cue, strength = None, start, 0
            tm = _title_before(before)
            if tm is not None:
                role, cue, strength = tm[0], start - tm[1], 2
                body = _ROLE_BODY.match(role)
                if body and body["body"].split()[0].lower() not in quals:
                    # "Dunmore Hollis chief executive Grant Macaulay": the capitalised words before a lower-case
                    # title name the body the person works for, not a person
                    orgs.add(unpossessive(body["body"]))
                if role.rsplit(None, 1)[-1].lower() in _RANKS:
                    # a rank after the role: "Rwandan army chief Gen. X", "the Mayor of Northvale, Cllr X": the
                    # role is the title in front of the rank
                    ws = role.split()
                    while ws and ws[-1].lower() in _RANKS:
                        ws.pop()
                    if ws:
                        role = " ".join(ws)
                    else:
                        outer = _role_before(before[:len(before) - tm[1]])
                        if outer is not None:
                            role, cue = outer[0], cue - outer[1]
            else:
                last = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
                near = before[-12:]  # (the longest honorific, "Reverend", and its space)
                hm = pats["honorific_end"].search(near) if before.endswith(" ") and last in _honorifics() else None
                if hm:
                    cue, strength = start - (len(near) - hm.start()), 2
                    # a role in front of the honorific: "the court’s registrar, Dr Amara Nwosu",
                    # "the former defence minister Sir Graham Pell", "Chief Executive Dr Miriam Osei"
                    outer = _role_before(before[:len(before) - (start - cue)])
                    if outer is not None:
                        role, cue = outer[0], cue - outer[1]
                else:
                    cm = pats["title_comma_end"].search(before) if before.rstrip().endswith(",") else None
                    if cm:
                        role, strength = " ".join(cm["role"].split()), 2
            if strength == 0 or len(words) == 1 or role is None:
                am = pats["appositive"].match(after)
                if am and (len(words) > 1 or strength):
                    role = role or " ".join(am["role"].split())
                    strength = max(strength, 1 if len(words) == 1 else 2)
            if strength == 0 and len(words) >= 2 and (_WHO_AFTER.match(after) or _SAID_BEFORE.search(before)):
                # "Mariusz Zieliński, who told reporters" (organisations are "which"); "…,” said Do Thanh Huyen"
                strength = 1
            if (_is_place(name) or (len(words[-1]) > 3 and words[-1].lower() in quals)
                    or len(words) > 1 and words[-1].lower() in _place_ends() and words[0].lower() not in first_names) \
                    and strength < 2:
                continue
            if strength == 0 and len(words) >= 2:
                if any(w.lower() in places for w in words[1:]) or (words[0].endswith(".") and len(words[0]) > 2):
                    continue
                elif text[max(0, start - 4):start].lower() == "the ":
                    continue  # "the Marina Real expansion", "the John Lewis Partnership": no person without a cue
                elif text[max(0, start - 8):start].endswith(_PLACE_PREPOSITIONS):
                    continue  # "in Cedar Rapids", "at Chiang Saen", "an analyst at Carlisle Brothers": a place or body
                elif words[0].lower() in first_names or (words[0].lower() in family_first and len(words) == 3) \
                        or (self._stands_alone(words[-1]) and not self._common_words(words)
                            and text[max(0, m.start("name") - 4):m.start("name")].lower() != "the "
                            and words[0].lower() not in _FOREIGN_ARTICLES
                            and not _NAME_OF_BEFORE.search(text, max(0, m.start("name") - 40), m.start("name"))):
                    if not (words[0].lower() in places and words[0].lower() not in first_names):
                        strength = 1
            if strength == 0:
                continue
            if role and role.rsplit(None, 1)[-1].lower() in _RELATIONAL_HEADS:
                role = None  # "his Tanzanian counterpart, X": a cue that X is a person, but no title of X
            found.append((name, start, role, strength, cue))
        if ("“" in text or '"' in text) and _NICKNAME_CORE.search(text):
            for nm in _NICKNAMED.finditer(text):
                # 'Senator Ramon “Monching” Villaraza': the person is "Ramon Villaraza"; the nickname between
                # quote marks is neither a name word nor a quote
                tm = _title_before(text[max(0, nm.start() - 80):nm.start()])
                if tm is None and nm["first"].lower() not in first_names and (
                        nm["first"].lower() in not_words or nm["first"].lower().rstrip(".") in title_words
                        or not self._stands_alone(nm["last"].split()[-1])):
                    continue  # (a first name we do not list is enough when the surname is used alone: "Restrepo said")
                found.append((f"{nm['first']} {nm['last']}", nm.start(), tm[0] if tm else None, 2,
                              nm.start() - tm[1] if tm else nm.start()))
        self.orgs = orgs
        return [c for c in found if c[0] not in orgs or c[3] >= 2] if orgs else found

    def _common_words(self, words) -> bool:
        """Whether a word of the phrase is also written in lower case in the article ("Kalinga Steel …
        steel output", "the Rail Workers’ Federation … rail workers"): an organisation or place named
        with everyday words, not a person, when nothing else marks the phrase as a name."""
        text = self.text
        for w in words:
            low = unpossessive(w).lower()
            if len(low) < 3 or low == w or not low.isalpha():
                continue
            i = text.find(low)
            while i >= 0:
                j = i + len(low)
                if (i == 0 or not _is_word_char(text[i - 1])) and (j >= len(text) or not _is_word_char(text[j])):
                    return True
                i = text.find(low, i + 1)
        return False

    def _stands_alone(self, word: str) -> bool:
        """Whether ``word`` is somewhere written after a letter in lower case or a comma and a space and not
        before another capitalised word ("... Lopez said", "visited Ana Lopez, a nurse"). A weak cue: the
        letter may end a capitalised word, so the last word of most phrases passes by its own occurrence
        (measured 2026-11-26: requiring a lower-case word before it lowered people recall on every fixture
        set, e.g. heldout2 0.95 → 0.78, for a little precision)."""
        memo = self.__dict__.setdefault("_alone", {})
        if word not in memo:
            text, pat, found = self.text, _alone_rx(), False
            i = text.find(word, 2)
            while i >= 0 and not found:
                m = pat.match(text, i - 2)
                found = m is not None and m.group(1) == word
                i = text.find(word, i + 1)
            memo[word] = found
        return memo[word]

    def _find(self):
        cands = sorted(self._candidates(), key=lambda c: (c[1], -len(c[0])))
        *_, family_first, _, _ = _lists()
        # one person per full name; longer forms absorb shorter ones with the same last word
        full: dict[str, Person] = {}
        for name, start, role, strength, cue in cands:
            words = name.split()
            if len(words) < 2:
                continue
            key = slug(name)
            p = full.get(key)
            if p is None:
                # "Antony J. Blinken" vs "Antony Blinken": same first and last word
                for other in full.values():
                    if other.tokens[0] == words[0] and other.tokens[-1] == words[-1]:
                        p = other
                        break
            if p is None:
                # "Van Aalst" at a sentence start is the tail of "Pieter van Aalst"
                low = [w.lower() for w in words]
                for other in full.values():
                    ot = [w.lower() for w in other.tokens]
                    if len(ot) > len(low) and ot[-len(low):] == low:
                        p = other
                        break
            if p is None:
                p = full[key] = Person(key, name, role, set(), tuple(words), start)
            elif p.role is None and role:
                p.role = role
        # single-word people (title or honorific only) when no full name carries the word
        for name, start, role, strength, cue in cands:
            if len(name.split()) != 1 or strength < 2 or name.endswith("."):
                continue
            if any(name in p.tokens for p in full.values()):
                continue
            key = slug(name)
            if key not in full:
                full[key] = Person(key, name, role, set(), (name,), start)
        self.people = full
        self._mentions(cands)
        self._predicate_roles()

    def _predicate_roles(self):
        """"X was elected the first mayor of Y", "X, who was named chief executive in May": a role given by
        the verb after a mention, for people with no role yet (so "the mayor" later finds X)."""
        text = self.text
        heads = _title_last_words()
        for mm in self.mentions:
            p = self.people[mm.key]
            if p.role is not None:
                continue
            m = _PREDICATE_ROLE.match(text, mm.end)
            if m and m["role"].split()[-1].lower().rstrip(".") in heads:
                p.role = " ".join(m["role"].split())

    def _alias_keys(self, p: Person) -> list[str]:
        *_, family_first, _, _ = _lists()
        keys = [p.tokens[-1]]
        if len(p.tokens) == 3 and not p.tokens[1].endswith(".") and p.tokens[1].lower() not in _particles() \
                and p.tokens[0].lower() not in family_first:
            keys.append(p.tokens[1])  # "Benavides" of "Álvaro Benavides Soto"
        for i, t in enumerate(p.tokens[1:-1], start=1):  # "van Aalst", "Van Aalst"
            if t.lower() in _particles():
                tail = p.tokens[i + 1:]
                keys += [" ".join([t] + list(tail)), " ".join([t[0].upper() + t[1:]] + list(tail))]
        if len(p.tokens) in (2, 3) and p.tokens[0].lower() in family_first and p.tokens[0] not in keys:
            keys.append(p.tokens[0])  # "Yoon" of "Yoon Hae-rin", "Kim" of "Kim Jong Un": the family name first
        # "Mr Arief" for "Arief Wicaksono": an honorific before the first name makes it an alias,
        # when no other person of the article has that word in their name
        first = p.tokens[0]
        if len(p.tokens) >= 2 and first not in keys and not first.endswith(".") \
                and not any(first in o.tokens for o in self.people.values() if o is not p) \
                and (self._after_honorific(first) or self._first_name_alone(first)):
            keys.append(first)
        # "al-Majali" opening a sentence is written "Al-Majali"
        keys += [k[0].upper() + k[1:] for k in keys if k[:1].islower() and k[0].upper() + k[1:] not in keys]
        return keys

    def _first_name_alone(self, word: str) -> bool:
        """Whether the article calls someone by ``word`` alone at least twice ("Jade, 27, …", "Jade said"): a
        capitalised word not followed by another, not after a preposition or article, and no place or
        everyday capitalised word. Tabloids, sports and feature desks name people that way."""
        text, n = self.text, 0
        if text.count(word) < 2:
            return False  # (most first names are written once, in the full name)
        not_words, places, *_ = _lists()
        low = word.lower()
        if low in places or low in not_words or len(word) < 3 or not word.isalpha():
            return False
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not _is_word_char(text[i - 1])) and not _CONTINUES.match(text, j) \
                    and not _PREP_WORD_BEFORE.search(text, max(0, i - 8), i):
                n += 1
                if n == 2:
                    return True
            i = text.find(word, j)
        return False

    def _after_honorific(self, word: str) -> bool:
        text = self.text
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if (j >= len(text) or not _is_word_char(text[j])) and _HONORIFIC_BEFORE.search(text, max(0, i - 6), i):
                return True
            i = text.find(word, i + 1)
        return False

    def _mentions(self, cands):
        text = self.text
        if not self.people:
            return
        forms: dict[str, list[Person]] = {}
        for p in self.people.values():
            forms.setdefault(p.name, []).append(p)
            for k in self._alias_keys(p):
                forms.setdefault(k, []).append(p)
        cue_at = {c[1]: c[4] for c in cands}
        # full forms of the candidates too ("Antony J. Blinken")
        for name, start, *_ in cands:
            if len(name.split()) >= 2 and name not in forms:
                words = name.split()
                for p in self.people.values():
                    if p.tokens[0] == words[0] and p.tokens[-1] == words[-1]:
                        forms[name] = [p]
        for mstart, surface in _find_forms(text, forms):
            form = unpossessive(surface) if surface not in forms else surface
            owners = forms.get(form) or forms.get(surface)
            if not owners:
                continue
            if " " not in form and form == surface and _CAPITAL_AFTER.match(text, mstart + len(form)) \
                    and not any(o.name == form for o in owners):
                continue  # "Nordvik" in "Nordvik Energy": a surname inside another name is no mention
            if " " not in form and self.orgs and text[mstart - 1:mstart] == " " and mstart >= 2 and text[mstart - 2] != "," \
                    and _IN_ORG_NAME.search(text, max(0, mstart - 40), mstart) \
                    and any(o.endswith(" " + form) and text.endswith(o, 0, mstart + len(form)) for o in self.orgs):
                continue  # "Sarraf" in "the distributor Haddad Sarraf": the end of a company's name
            if len(owners) == 1:
                person = owners[0]
            else:  # shared surname: nearest preceding full mention
                best = None
                for mm in reversed(self.mentions):
                    if mm.key in {o.key for o in owners} and " " in mm.text:
                        best = self.people[mm.key]
                        break
                person = best or min(owners, key=lambda o: o.first_at)
            end = mstart + len(form)
            cue = cue_at.get(mstart, mstart)
            before = text[max(0, mstart - 6):mstart]
            hm = _HONORIFIC_BEFORE.search(before)
            if hm:
                cue = mstart - (len(before) - hm.start())
            self.mentions.append(Mention(mstart, end, text[mstart:end], person.key, cue))
            person.aliases.add(text[mstart:end])

    def at(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end), in text order."""
        if self._starts is None:
            self.mentions.sort(key=lambda m: m.start)
            self._starts = [m.start for m in self.mentions]
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


def extract_people(art, out: dict) -> None:
    """Stage: add ``people`` (per article) and ``mentions`` records; keep the finder on ``art``."""
    found = ArticlePeople(art.text)
    art.people = found
    sent_starts = [s for _, s, _ in art.sentences]
    counts: dict[str, int] = {}
    for m in found.mentions:
        sent = bisect.bisect_right(sent_starts, m.start) - 1
        person = found.people[m.key]
        counts[m.key] = counts.get(m.key, 0) + 1
        out["mentions"].append({"doc_id": art.doc_id, "person_id": slug(person.name), "sent": sent,
                                "start": m.start, "end": m.end, "text": m.text, "name": person.name})
    for key, person in found.people.items():
        if counts.get(key, 0) == 0:
            continue
        out["people"].append({"person_id": slug(person.name), "name": person.name, "role": person.role,
                              "aliases": sorted(person.aliases), "n_mentions": counts[key]})
