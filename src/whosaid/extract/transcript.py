"""Transcripts, interviews and Q&As: statements by speaker turn.

A turn opens at the start of a line with a speaker label: ``Vladimir Putin: …``,
``Q: …``/``A: …``, ``Question: …``/``Answer: …``, or a label the HTML reader saw in bold
(``RawText.meta["speaker_labels"]``, which may stand without a colon). Lines without a label
continue the turn; lines before the first turn, and stage directions (``(Applause.)``,
``<…>``), are narration. ``read_layout`` finds the turns and decides the article's kind (a
text with three or more turns, one speaker taking at least two, is a transcript);
``turn_statements`` makes each paragraph of a turn a statement by the turn's speaker, with its
exact offsets.

Speakers: a name given once in full ("President of Russia Vladimir Putin") resolves the
short forms of the other labels ("Vladimir Putin", "Putin", "V. Putin"), and the words before
the name become the description. A journalist who introduces their outlet ("Good afternoon,
Interfax news agency.") asks: their turns are statements of kind ``question`` with the outlet
as description, and so are ``Q:``/``Question:`` turns and questions of a speaker other than
the one who speaks most. ``A:`` turns go to the one person the narration names, when it names
one. Nothing here reads pronouns: the turn's label is its speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from whosaid.models import Span, Speaker, Statement

VERSION = "transcript 1"  # the model field of turn statements
MIN_TURNS = 3  # turns that make a text a transcript when nobody said which kind it is
TURN_KINDS = ("transcript", "interview")  # kinds read by turn
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
# "Name:", and "Name (00:29):" or "Name: (00:29)" as transcription services print a turn's time
_TIME = r"\((?:\d{1,2}:)?\d{1,2}:\d{2}\)"
_LABEL = re.compile(r"[ \t]*(?P<label>[^\n:]{1,200}?)(?:[ \t]*(?P<time>" + _TIME + r"))?"
                    r"[ \t]*:(?:[ \t]+|$)(?P<after>" + _TIME + r")?", re.MULTILINE)
# "Q    Sure, thanks." and "Q Oh, okay." (briefing transcripts print no colon after Q), "A. No."
_BARE_QA = re.compile(r"[ \t]*(?P<label>Q|A)(?:\.[ \t]+|[ \t]{2,}|\t|(?<=Q)[ \t](?=[A-Z(“\"']))")
# "GOV. CHRIS CHRISTIE:There it is": a label in capitals glued to the turn's first word
_GLUED = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z .,'’-]{1,80}?):(?=[A-Z“\"'])")
# stage directions ("(Laughter.)", "[inaudible]", "<…>") and headings set in bold ("**Guest
# Today"): narration, never a turn's words
_STAGE = re.compile(r"\s*(?:\(.*\)|\[.*\]|<.*>|\*\*.*)\s*")
# what follows the name in a label: "(RIA Novosti)", or all after the first comma ("Pat
# Tillman, Arizona Cardinals, U.S. Army")
_AFFILIATION = re.compile(r"\s*(?:\(\s*(?P<paren>[^)]+?)\s*\)|,\s*(?P<comma>.+?))\s*$")
_LAST_PART = re.compile(r"\s*,\s*(?P<comma>[^,]+?)\s*$")
_WORD = re.compile(r"[^\W\d_][\w.'’-]*|\S+")
_GREETING = re.compile(
    r"(?:(?:good\s+(?:afternoon|morning|evening|day)|hello|hi|thank\s+you[^.,!?\n]*)"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?[,.!]\s*)?"
    r"(?:(?:I\s+am|I'm|I’m|my\s+name\s+is|this\s+is)\s+[^,.\n]{1,40}?,?\s*)?"
    r"(?:(?:I\s+am\s+|I'm\s+|I’m\s+)?(?:from|with|representing)\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``transcript.txt``, read once."""
    from whosaid.extract.lexicon import sections

    return sections("transcript.txt")


@dataclass(frozen=True)
class Label:
    """A turn's label: where it is, the name part's words, and an affiliation it carries
    ("Pavel Minakov, Interfax", "Question (RIA Novosti)")."""

    span: Span
    name: str
    affiliation: str | None = None
    timed: bool = False  # a transcription service's time mark goes with it: "Name (00:29):"

    @property
    def role(self) -> str | None:
        key = self.name.lower().rstrip(".")
        return "question" if key in QUESTION_LABELS else "answer" if key in ANSWER_LABELS \
            else None

    @property
    def unnamed(self) -> bool:
        """A label that names nobody in particular ("Journalists", "UNIDENTIFIED MALE")."""
        return _unnamed(self.name)


def _full_name(words: str) -> bool:
    """Two to four capitalised words: a name before the comma of a label."""
    tokens = words.split()
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)


def _unnamed(name: str) -> bool:
    found = set(name.lower().replace(".", " ").split())
    return bool(found) and found <= words()["unnamed"]


@dataclass
class Turn:
    label: Label
    body: list[tuple[int, int]] = field(default_factory=list)  # one range per paragraph


@dataclass
class Layout:
    kind: str
    turns: list[Turn]
    narration: list[tuple[int, int]]

    def in_narration(self, statement: Statement) -> bool:
        """Whether every content span of ``statement`` lies in the narration."""
        return all(any(a <= s.start and s.end <= b for a, b in self.narration)
                   for s in statement.content)


def read_layout(text: str, kind: str | None = None, labels: list[str] | tuple[str, ...] = ()
                ) -> tuple[str, Layout | None]:
    """The article's kind and, when it is read by turn, its turns and narration.

    ``kind`` forces it (report, transcript, interview, readout; ``None`` or auto: sniff);
    ``labels`` are speaker labels the reader saw set apart (bold) in the source."""
    forced = kind if kind and kind != "auto" else None
    if forced and forced not in TURN_KINDS:
        return forced, None
    turns, narration = _turns(text, labels)
    if not turns or (forced is None and not _looks_like_transcript(turns, narration)):
        return forced or "report", None
    roles = {t.label.role for t in turns}
    sniffed = "interview" if roles <= {"question", "answer"} else "transcript"
    return forced or sniffed, Layout(forced or sniffed, turns, narration)


def _looks_like_transcript(turns: list[Turn],
                           narration: Sequence[tuple[int, int]] = ()) -> bool:
    """Three turns or more, by two speakers or more, one of them taking two turns or more:
    headings such as "Round one: …", "Round two: …" do not pass. Two turns are enough when
    they are two speakers' and one label is a full name or title ("President of Russia
    Vladimir Putin: …", then "Pavel Minakov: …"), as at the start of a transcript."""
    counts = Counter(_surname_key(t.label) for t in turns)
    if sum(t.label.timed for t in turns) >= MIN_TURNS:
        return True  # a time-marked transcript, even of one speaker
    if len(counts) < 2:
        return False
    if len(turns) >= MIN_TURNS and max(counts.values()) >= 2:
        return True
    if len(turns) != 2 or not all(t.body for t in turns):
        return False
    between = (turns[0].label.span.start, turns[1].label.span.start)
    return not any(between[0] < a < between[1] for a, _ in narration) and any(
        t.label.role or _given_and_surname(t.label.name)
        or (t.label.affiliation and _full_name(t.label.name)) for t in turns)


def _given_and_surname(label_name: str) -> bool:
    """Whether a label names someone in full: a known given name, then a surname (a name
    with a title after its comma, "Edmond Mulet, Special Representative", is one too)."""
    from whosaid.extract.speakers import first_names

    name = _split_name(_normalise(label_name))[0].split()
    return len(name) >= 2 and name[0].lower() in first_names()


def _surname_key(label: Label) -> str:
    if label.role:
        return label.role
    if label.unnamed:
        return label.name.lower()
    name = _split_name(label.name)[0]
    return name.split()[-1].lower() if name else label.name.lower()


def _turns(text: str, labels: list[str] | tuple[str, ...]) -> tuple[list[Turn], list]:
    turns: list[Turn] = []
    narration: list[tuple[int, int]] = []
    bold = sorted({lab.strip().rstrip(":").strip() for lab in labels if lab.strip()},
                  key=len, reverse=True)
    for start, end in _lines(text):
        found = _label_at(text, start, end, bold)
        if found is not None:
            label, body_start = found
            turns.append(Turn(label))
            if body_start < end:
                turns[-1].body.append((body_start, end))
        elif turns and not _STAGE.fullmatch(text, start, end):
            turns[-1].body.append((start, end))
        else:
            narration.append((start, end))
    return turns, narration


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` as (start, end), white space trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


def _label_at(text: str, start: int, end: int, bold: list[str]) -> tuple[Label, int] | None:
    """The speaker label opening the line ``text[start:end]`` and where its words begin."""
    for lab in bold:
        stop = start + len(lab)
        # the label alone on its line, before a colon, or in upper case before the words:
        # "Vladimir Putin answered questions" is narration even where a turn is so labelled
        if text.startswith(lab, start) and stop <= end and (
                stop == end or text[stop:end].lstrip(" \t").startswith(":")
                or (lab.isupper() and text[stop].isspace())):
            body = stop
            while body < end and (text[body].isspace() or text[body] in ":.-–—"):
                body += 1
            made = _label(text, start, stop, strict=False)
            if made is not None:
                return made, body
    m = _LABEL.match(text, start, end)
    if m is not None:
        made = _label(text, m.start("label"), m.end("label"), strict=True)
        if made is not None:
            if m.group("time") or m.group("after"):
                made = replace(made, timed=True)
            return made, m.end()
    for pattern in (_BARE_QA, _GLUED):
        m = pattern.match(text, start, end)
        if m is not None:
            made = _label(text, m.start("label"), m.end("label"), strict=True)
            if made is not None:
                return made, m.end()
    return None


def _label(text: str, start: int, end: int, strict: bool) -> Label | None:
    """A Label for ``text[start:end]`` when it reads as a speaker's name or a Q/A mark.

    ``strict`` (a colon label in plain text) also requires it to look like a name: words
    capitalised but for connectors and role words, no digits, not a heading or note."""
    raw = text[start:end]
    affiliation = None
    m = _AFFILIATION.search(raw)
    name = raw
    if m and m.start() > 0 and m.group("comma") and not _full_name(raw[:m.start()]):
        m = _LAST_PART.search(raw)  # "Meanwhile, in the Senate, Republicans": no name first
    if m and m.start() > 0:
        name, affiliation = raw[:m.start()], m.groupdict().get("paren") or m.group("comma")
    name = name.strip()
    if not name or any(ch.isdigit() for ch in name):
        return None
    label = Label(Span(start, end, raw), name, affiliation)
    if label.role:
        return label
    lists = words()
    if _unnamed(name):
        return label
    tokens = name.split()
    content = {t.lower().strip(".,") for t in tokens} - lists["connectors"]
    if len(tokens) > 8 or name.lower().strip(" .") in lists["not_speakers"] \
            or tokens[0].lower() in lists["not_speakers"] \
            or (content and content <= lists["not_speakers"]) \
            or any(t.lower().strip(".,") in lists["headings"] for t in tokens):
        return None
    if not strict:
        return label
    lower_ok = lists["connectors"] | lists["role_words"] | lists["honorifics"]
    if not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return None
    if any(not (t[0].isupper() or t.lower() in lower_ok) for t in tokens):
        return None
    return label


# ---------------------------------------------------------------- speakers


@dataclass
class _Person:
    name: str
    description: str | None = None  # the title before the name in the full label
    affiliation: str | None = None  # the outlet a journalist named


def _split_name(label_name: str) -> tuple[str, str | None]:
    """("Vladimir Putin", "President of Russia") from "President of Russia Vladimir Putin":
    the name is the run of capitalised words at the end, starting at a known given name
    where the run is longer than two words; honorifics are dropped; upper case is titled."""
    from whosaid.extract.speakers import first_names

    lists = words()
    tokens = [t for t in _WORD.findall(label_name) if t.lower() not in lists["honorifics"]]
    if not tokens:
        return "", None
    if all(t.isupper() for t in tokens if t[0].isalpha()):
        tokens = [t.title() if len(t) > 1 and t.isalpha() else t for t in tokens]
    run = len(tokens)
    while run > 0 and tokens[run - 1][0].isupper() and tokens[run - 1].lower() not in (
            lists["role_words"] | lists["connectors"]):
        run -= 1
    name_tokens = tokens[run:]
    if len(name_tokens) > 2:
        given = first_names()
        at = next((i for i, t in enumerate(name_tokens[:-1]) if t.lower() in given),
                  len(name_tokens) - 2)
        name_tokens = name_tokens[at:]
    if not name_tokens:
        name_tokens = tokens[-1:]
    description = " ".join(tokens[:len(tokens) - len(name_tokens)]) or None
    return " ".join(name_tokens), description


def _initials_match(short: str, full: str) -> bool:
    """Whether the given-name part of ``short`` ("V.", "Vladimir", "") fits ``full``'s."""
    short_first = short.split()[:-1]
    full_first = full.split()[:-1]
    if not short_first:
        return True
    if not full_first:
        return False
    a, b = short_first[0].rstrip(".").lower(), full_first[0].lower()
    return b.startswith(a) if len(a) <= 2 else a == b


def _normalise(name: str) -> str:
    """"V.Putin" -> "V. Putin": an initial glued to the surname."""
    return re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", name)


# an interview's heading: "Secretary of State Marco Rubio with Gillian Turner of Fox News"
_WITH_HOST = re.compile(r"\b(?:with|by)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*"
                        r"(?:,|\bof\b|\bon\b|\bfrom\b|$)", re.MULTILINE)


def _same_surname(a: str, b: str) -> bool:
    from whosaid.names import name_parts

    return name_parts(a)[1] == name_parts(b)[1]


def _given_name_before(text: str, surname: str) -> str | None:
    """The first "Given Surname" in ``text`` for a bare surname, the given name a known one
    ("Secretary of State Marco Rubio Remarks to the Press" -> "Marco Rubio")."""
    from whosaid.extract.speakers import first_names

    given = first_names()
    pattern = re.compile(r"\b([A-Z][a-z'’-]+)(?:\s+[A-Z]\.)?\s+" + re.escape(surname) + r"\b",
                         re.IGNORECASE)
    for m in pattern.finditer(text):
        if m.group(1)[0].isupper() and m.group(1).lower() in given:
            return f"{m.group(1)} {surname}"
    return None


def _role_holder(text: str, label: str) -> str | None:
    """The person a label made of a title alone names ("Acting Deputy Spokesperson:"), where
    the page gives them that title: "…briefing by Farhan Haq, Acting Deputy Spokesperson";
    or, for an outlet's initials ("AP:"), the journalist the page names as that outlet's
    ("the Associated Press's Julie Pace")."""
    if re.fullmatch(r"[A-Z]{2,5}", label):
        return _outlets_journalist(text, label)
    lists = words()
    titles = lists["role_words"] | lists["connectors"] | lists["honorifics"] | lists["titles"]
    tokens = [w.lower().rstrip(".") for w in label.split()]
    if not text or not tokens or any(w not in titles for w in tokens):
        return None
    person = r"([A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)"
    said = r"\s+".join(re.escape(w) for w in label.split())
    for pattern in (person + r",\s+(?:the\s+)?(?i:" + said + r")\b",
                    r"(?i:" + said + r")\s+" + person):
        m = re.search(pattern, text)
        if m:
            return m.group(1)
    return None


def _outlets_journalist(text: str, initials: str) -> str | None:
    """ "the Associated Press's Julie Pace" or "Julie Pace of the Associated Press" for "AP"."""
    outlet = r"((?:[A-Z][\w&-]+\s+){0,4}[A-Z][\w&-]+)"
    person = r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    for pattern, at_outlet, at_person in ((outlet + r"['’]s\s+" + person, 1, 2),
                                          (person + r"\s+of\s+(?:the\s+)?" + outlet, 2, 1)):
        for m in re.finditer(pattern, text):
            name = m.group(at_outlet)
            if name == initials or "".join(w[0] for w in name.split()) == initials:
                return m.group(at_person)
    return None


def resolve_speakers(turns: list[Turn], text: str = "") -> dict[str, _Person]:
    """Each label's name to the person it names: short forms go to the fullest name with the
    same surname and a fitting given name; the description is the first one given. A name
    that stays a bare surname ("SECRETARY RUBIO") takes the full name the page gives it
    ("Secretary of State Marco Rubio")."""
    people: dict[str, list[_Person]] = {}
    for t in turns:
        if t.label.role or t.label.unnamed:
            continue
        holder = _role_holder(text, t.label.name)
        name, description = _split_name(_normalise(holder or t.label.name))
        if holder:
            description = t.label.name
        if not name:
            continue
        same = people.setdefault(name.split()[-1].lower(), [])
        match = next((p for p in same if _initials_match(name, p.name)
                      or _initials_match(p.name, name)), None)
        if match is None:
            same.append(_Person(name, description))
            continue
        if len(name) > len(match.name) and "." not in name:
            match.name = name
        match.description = match.description or description
    for same in people.values():
        for p in same:
            if len(p.name.split()) == 1:
                p.name = _given_name_before(text, p.name) or p.name
    out: dict[str, _Person] = {}
    for t in turns:
        if t.label.role or t.label.unnamed:
            continue
        name, _ = _split_name(_normalise(_role_holder(text, t.label.name) or t.label.name))
        same = people.get(name.split()[-1].lower(), []) if name else []
        found = next((p for p in same if _initials_match(name, p.name)), None)
        if found:
            out[t.label.name] = found
    return out


# ---------------------------------------------------------------- statements


def affiliation(text: str, start: int, end: int) -> tuple[str, int, Span | None] | None:
    """The outlet a journalist names at the start of a turn, where the question begins, and
    the journalist's name where given: "Good afternoon, Interfax news agency. The question
    is…" -> ("Interfax news agency", …, None); "Elena Sokolova, Vesti FM. Will…" ->
    ("Vesti FM", …, Span("Elena Sokolova")).
    After a greeting any capitalised phrase ending the sentence is taken; without one, the
    phrase must end in an outlet word ("news agency", "TV channel")."""
    lists = words()
    m = _GREETING.match(text, start, end)
    greeted = bool(m and m.group().strip())
    at = m.end() if m else start
    taken: list[re.Match[str]] = []
    named: Span | None = None  # "Elena Sokolova, Vesti FM.": a name, then the outlet
    for tok in re.finditer(r"[\w&'’.-]+", text[at:end]):
        if len(taken) >= 8:
            return None
        if taken and "," in text[at + taken[-1].end():at + tok.start()]:
            if len(taken) < 2:
                return None  # "Yes, Farhan.": an answer to someone, no name and outlet
            # "Pavel Zarubin, Rossiya TV": the name, then the outlet
            named = Span.of(text, at + taken[0].start(), at + taken[-1].end())
            taken = []
        word = tok.group().rstrip(".")
        if not (word[:1].isupper() or (taken and word.lower() in lists["outlets"])):
            break
        taken.append(tok)
        if tok.group().endswith(".") and len(word) > 1:
            break
    if not taken:
        return None
    stop = at + taken[-1].end()
    after = text[stop:stop + 1] if not taken[-1].group().endswith(".") else "."
    outlet = text[at + taken[0].start():stop].rstrip(".")
    has_outlet_word = any(w.lower() in lists["outlets"] for w in outlet.split())
    if after not in (".", ",", "!") or not (greeted or named or has_outlet_word):
        return None
    body = stop + (0 if taken[-1].group().endswith(".") else 1)
    while body < end and text[body].isspace():
        body += 1
    return outlet, body, named


def turn_statements(text: str, layout: Layout, interviewee: str | None = None,
                    confidence: float = 0.95) -> list[Statement]:
    """One statement per paragraph of each turn, by the turn's speaker; questions of kind
    ``question``. ``interviewee`` is the person who answers ``A:`` turns, if known."""
    first = min((t.label.span.start for t in layout.turns), default=0)
    heading = [(a, b) for a, b in layout.narration if b <= first]
    people = resolve_speakers(layout.turns, text)
    journalists = {id(people[t.label.name]) for t in layout.turns
                   if t.body and t.label.name in people and affiliation(text, *t.body[0])}
    principal = _principal(layout.turns, people, journalists, text, heading)
    host = _host(text, heading, people)
    out: list[Statement] = []
    for turn in layout.turns:
        if not turn.body:
            continue
        role, person = turn.label.role, people.get(turn.label.name)
        paragraphs = list(turn.body)
        asks = role == "question"
        found = affiliation(text, *paragraphs[0]) if role != "answer" else None
        if found and person is not principal:
            asks = True
            paragraphs[0] = (found[1], paragraphs[0][1])
            if person is not None:
                person.affiliation = person.affiliation or found[0]
        elif turn.label.unnamed:
            asks = bool(set(turn.label.name.lower().split()) & words()["askers"])
        elif role is None and person is not principal and principal is not None:
            asks = any("?" in text[a:b] for a, b in paragraphs)
        speaker = _turn_speaker(turn, person, interviewee, found[0] if found else None, host)
        if found and found[2] is not None and speaker.name is None:
            speaker = Speaker(found[2].text, "person", [found[2]], speaker.description, "turn")
        for a, b in paragraphs:
            if a < b and any(ch.isalpha() for ch in text[a:b]):
                out.append(Statement(
                    kind="question" if asks else "direct", content=[Span.of(text, a, b)],
                    speaker=replace(speaker, mention=list(speaker.mention)),
                    confidence=confidence, model=VERSION))
    return out


def _principal(turns: list[Turn], people: dict[str, _Person],
               journalists: set[int] | frozenset[int] = frozenset(), text: str = "",
               heading: list[tuple[int, int]] | None = None) -> _Person | None:
    """The one who answers: the speaker the heading names most ("Full Text of Putin
    Interview…"), else the one who speaks most (by the length of their turns). A journalist
    who introduced their outlet is never it, however long their question."""
    size: Counter[int] = Counter()
    named: Counter[int] = Counter()
    by_id: dict[int, _Person] = {}
    above = " ".join(text[a:b] for a, b in heading or [])
    for t in turns:
        person = people.get(t.label.name)
        if person is not None and id(person) not in journalists:
            by_id[id(person)] = person
            size[id(person)] += sum(b - a for a, b in t.body)
            surname = person.name.split()[-1]
            named[id(person)] = len(re.findall(r"\b" + re.escape(surname) + r"\b", above,
                                               re.IGNORECASE))
    if named and max(named.values()) > 0:
        best = max(named.values())
        tied = [k for k, n in named.items() if n == best]
        return by_id[max(tied, key=lambda k: size[k])]
    return by_id[size.most_common(1)[0][0]] if size else None


def _host(text: str, heading: list[tuple[int, int]], people: dict[str, _Person]) -> str | None:
    """Who asks the ``Q:`` turns of an interview: the one person the heading names as the
    one the interview was "with", besides those who have turns of their own ("Marco Rubio
    with George Stephanopoulos of ABC This Week")."""
    speakers = [p.name for p in people.values()]
    named = [m.group(1) for a, b in heading for m in _WITH_HOST.finditer(text, a, b)]
    others = [n for n in named if not any(_same_surname(n, s) for s in speakers)]
    distinct = {n.split()[-1].lower() for n in others}
    return others[0] if len(distinct) == 1 else None


def _turn_speaker(turn: Turn, person: _Person | None, interviewee: str | None,
                  outlet: str | None, host: str | None = None) -> Speaker:
    """The Speaker of one turn: its label names them (the mention is the label)."""
    label = turn.label
    mention = [label.span]
    if label.role == "question":
        if host:
            return Speaker(host, "person", mention, label.affiliation or outlet or "interviewer",
                           "turn")
        return Speaker(None, "role", mention, label.affiliation or outlet or "interviewer",
                       "turn")
    if label.unnamed:
        return Speaker(None, "role", mention, label.name, "turn")
    if label.role == "answer":
        if interviewee:
            return Speaker(interviewee, "person", mention, None, "turn")
        return Speaker(None, "role", mention, "interviewee", "turn")
    if person is None:
        return Speaker(None, "unknown", mention, label.affiliation, "turn")
    return Speaker(person.name, "person", mention,
                   label.affiliation or person.affiliation or person.description, "turn")


def interviewee(doc, layout: Layout) -> str | None:
    """For ``A:`` turns: the person the narration names most (a full name first)."""
    if not any(t.label.role == "answer" for t in layout.turns):
        return None
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and any(a <= ent.start_char and ent.end_char <= b
                                          for a, b in layout.narration):
            counts[ent.text] += 1
    if not counts:
        return None
    return max(counts, key=lambda n: (len(n.split()) > 1, counts[n]))
