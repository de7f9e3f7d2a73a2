"""Transcripts, interviews and Q&As: statements by speaker turn.

A turn opens at the start of a line with a speaker label: ``Vladimir Putin: …``,
``Q: …``/``A: …``, ``Question: …``/``Answer: …``, or a label the HTML reader saw in bold
(``RawText.meta["speaker_labels"]``, which may stand without a colon). Lines without a label
continue the turn; lines before the first turn, stage directions (``(Applause.)``, ``<…>``),
page furniture (``Release Date:`` followed straight by another label, or a first label seen
once whose lines end no sentence: ``DOWNLOAD THE APP: iTunes app``) and headings between
turns (``2. North Korean Issues``, ``Related Information (…)``) are narration. Initials set
off by spaces (``TAG        Thank you.``) are labels too, and so is a label in capitals that
opens lines elsewhere where it stands after a sentence's end inside a line (a wrapped page
rejoined: ``…do it. QUESTION: Mr. Secretary``). ``read_layout`` finds the turns and
decides the article's kind (a text with three or more turns, one speaker taking at least two,
is a transcript; ``_looks_like_transcript`` has the other cases);
``turn_statements`` makes each paragraph of a turn a statement by the turn's speaker, with its
exact offsets.

Speakers: a name given once in full ("President of Russia Vladimir Putin") resolves the
short forms of the other labels ("Vladimir Putin", "Putin", "V. Putin", "SEN. RUBIO",
"SECRETARY DESIGNATE RUBIO"), and the words before the name become the description (office
words and their abbreviations are never part of a name). A journalist who introduces their outlet ("Good afternoon,
Interfax news agency.") asks: their turns are statements of kind ``question`` with the outlet
as description (in each of their turns), and so are ``Q:``/``Question:`` turns, questions of
a speaker other than the one who answers, and parliamentary questions ("To ask the
Taoiseach…"). ``A:`` turns go to the one person the narration names, when it names
one. A title alone (``PRIME MINISTER:``, ``Minister:``, ``PM:``) is the person the page gives
that title ("THE HON JOHN HOWARD MP" under "TRANSCRIPT OF THE PRIME MINISTER", "Minister for
Foreign Affairs Hirofumi Nakasone"), else the one its heading names, else nobody; initials are
the person they spell ("TAG": "Dr Tedros Adhanom Ghebreyesus"); an outlet as label ("China
Daily:") asks, naming nobody. Nothing here reads pronouns: the turn's label is its speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from whosaid.extract.speakers import first_names, known_full_name
from whosaid.models import Span, Speaker, Statement
from whosaid.names import SUFFIXES

VERSION = "transcript 1"  # the model field of turn statements
MIN_TURNS = 3  # turns that make a text a transcript when nobody said which kind it is
TURN_KINDS = ("transcript", "interview")  # kinds read by turn
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
# "Name:", and "Name (00:29):", "Name: (00:29)" or "Name [00:01:29]:" as transcription services
# print a turn's time
_MARK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_TIME = r"(?:\(" + _MARK + r"\)|\[" + _MARK + r"\])"
_LABEL = re.compile(r"[ \t]*(?P<label>[^\n:]{1,200}?)(?:[ \t]*(?P<time>" + _TIME + r"))?"
                    r"[ \t]*:(?:[ \t]+|$)(?P<after>" + _TIME + r")?", re.MULTILINE)
# "Q    Sure, thanks." and "Q Oh, okay." (briefing transcripts print no colon after Q), "A. No."
_BARE_QA = re.compile(r"[ \t]*(?P<label>Q|A)(?:\.[ \t]+|[ \t]{2,}|\t|(?<=Q)[ \t](?=[A-Z(“\"']))")
# "Jane Doe 00:01:05" alone on its line, the words on the next (podcast transcripts): no colon
_TIMED_LINE = re.compile(r"[ \t]*(?P<label>[^\W\d_][^\n:()\[\]]{0,80}?)[ \t]+(?:" + _TIME + r"|"
                         + _MARK + r")[ \t]*")
# "TAG        Thank you.": a speaker's initials set off by spaces, no colon (WHO transcripts)
_INITIALS = re.compile(r"[ \t]*(?P<label>[A-Z]{2,4})(?:[ \t]{2,}|\t)(?=\S)")
# "GOV. CHRIS CHRISTIE:There it is": a label in capitals glued to the turn's first word
_GLUED = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z .,'’-]{1,80}?):(?=[A-Z“\"'])")
# stage directions ("(Laughter.)", "[inaudible]", "<…>") and headings set in bold ("**Guest
# Today"): narration, never a turn's words
_STAGE = re.compile(r"\s*(?:\(.*\)|\[.*\]|<.*>|\*\*.*)\s*")
# what follows the name in a label: "(RIA Novosti)", or all after the first comma ("Pat
# Tillman, Arizona Cardinals, U.S. Army")
_AFFILIATION = re.compile(r"\s*(?:\(\s*(?P<paren>[^)]+?)\s*\)|,\s*(?P<comma>.+?))\s*$")
# a party tag after a name, before the label's comma: "(D)", "(R-SC)", "(R-Texas)"
_PARTY = re.compile(r"[ \t]*\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]{1,12})\)(?=[ \t]*,)")
# "NAME/OUTLET": a journalist's outlet after a slash, a word or two
_SLASHED = re.compile(r"(?P<name>[^/()\d,]*[^\W\d][^/()\d,]*?)[ \t]*/[ \t]*"
                      r"(?P<outlet>[\w&.-]+(?:[ \t]+[\w&.-]+)?)")
_LAST_PART = re.compile(r"\s*,\s*(?P<comma>[^,]+?)\s*$")
_WORD = re.compile(r"[^\W\d_][\w.'’-]*|\S+")
_GREETING = re.compile(
    r"(?:(?:good\s+(?:afternoon|morning|evening|day)|hello|hi|thank\s+you[^.,!?\n]*)"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?[,.!]\s*)?"
    r"(?:(?:I\s+am|I'm|I’m|my\s+name\s+is|this\s+is)\s+(?P<self>[^,.\n]{1,40}?)"
    r"(?=,|\.|\s+(?:from|with|representing)\b),?\s*)?"
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
    spaced: bool = False  # printed without a colon, set off by spaces: "Q    Sure", "TAG   Thank"

    @property
    def role(self) -> str | None:
        """"question" for "Q", "Question" and a question of someone unnamed ("(Question by
        Media)"); "answer" for "A" and "Answer"."""
        key = self.name.lower().strip("()[] ").rstrip(".")
        if key in ANSWER_LABELS:
            return "answer"
        first, *rest = key.split() or [""]
        lists = words()
        if first in QUESTION_LABELS and all(
                w in lists["unnamed"] or w in lists["connectors"] or w in ("by", "from")
                for w in rest):
            return "question"
        return None

    @property
    def unnamed(self) -> bool:
        """A label that names nobody in particular ("Journalists", "UNIDENTIFIED MALE")."""
        return _unnamed(self.name)


def _full_name(words: str) -> bool:
    """Two to four capitalised words: a name before the comma of a label."""
    tokens = words.split()
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)


def _unnamed(name: str) -> bool:
    """Words that name nobody, connectors aside ("UNIDENTIFIED MALE", "Voice of Interpreter"),
    or an outlet standing for its reporter ("China Daily", "CCTV reporter")."""
    lists = words()
    found = {w for w in name.lower().replace(".", " ").strip("()[] ").split()
             if not w.isdigit()} - lists["connectors"]
    return bool(found) and found <= lists["unnamed"] or _outlet_label(name)


def _outlet_label(name: str) -> bool:
    """A label that is an outlet, or an outlet's reporter: capitalised words ending in an
    outlet word ("Phoenix TV", "China Daily") or followed by "reporter"."""
    lists = words()
    tokens = name.split()
    return 2 <= len(tokens) <= 4 and all(t[0].isupper() for t in tokens[:-1]) and (
        tokens[-1].lower() in lists["outlets"] | lists["askers"]) and not _titled(name)


@dataclass
class Turn:
    label: Label
    body: list[tuple[int, int]] = field(default_factory=list)  # one range per paragraph
    line: tuple[int, int] = (0, 0)  # the label's line


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
    if not turns or (forced is None and not _looks_like_transcript(turns, narration, text)):
        return forced or "report", None
    roles = {t.label.role for t in turns}
    sniffed = "interview" if roles <= {"question", "answer"} else "transcript"
    return forced or sniffed, Layout(forced or sniffed, turns, narration)


def _looks_like_transcript(turns: list[Turn], narration: Sequence[tuple[int, int]] = (),
                           text: str = "") -> bool:
    """Three turns or more, by two speakers or more, one of them taking two turns or more:
    headings such as "Round one: …", "Round two: …" do not pass. Three turns of three
    speakers or more pass when two labels are full names, two turns end in a question and
    two speak in the first or second person (a briefing where each reporter asks once);
    three turns of one speaker named in full pass too (a page of one member's
    contributions). Two turns are enough when
    they are two speakers' and one label is a full name, a title or a mark a transcript
    prints ("President of Russia Vladimir Putin: …", "MR. MURRAY:", "TAG   Thank you"), as at
    the start of a transcript."""
    counts = Counter(_surname_key(t.label) for t in turns)
    if sum(t.label.timed for t in turns) >= MIN_TURNS:
        return True  # a time-marked transcript, even of one speaker
    if len(turns) >= MIN_TURNS and len(counts) == 1:
        return _given_and_surname(turns[0].label.name) and _spoken(turns, text) >= 2
    if len(counts) == 1 and _named_then_surname(turns):
        return True
    if len(counts) < 2:
        return False
    if len(turns) >= MIN_TURNS and max(counts.values()) >= 2:
        return True
    if len(counts) >= MIN_TURNS:
        named = {t.label.name for t in turns if _full_name(_split_name(t.label.name)[0])
                 or _full_name(t.label.name)}
        asking = sum(bool(t.body) and _asks_last(text, t) for t in turns)
        return len(named) >= 2 and _spoken(turns, text) >= 2 and asking >= 2
    if len(turns) != 2 or not all(t.body for t in turns):
        return False
    between = (turns[0].label.span.start, turns[1].label.span.start)
    return not any(between[0] < a < between[1] for a, _ in narration) and any(
        _strong(t.label, text) for t in turns)


def _named_then_surname(turns: list[Turn]) -> bool:
    """A broadcast transcript's way with one speaker: "RACHEL MADDOW, HOST:" once, then the
    surname alone in capitals ("MADDOW:"), each with words after it."""
    first = turns[0].label
    if not (first.affiliation and first.span.text.isupper() and all(t.body for t in turns)
            and _given_and_surname(first.name)):
        return False
    surname = _surname(first.name)
    return any(t.label.name == surname for t in turns[1:])


def _strong(label: Label, text: str = "") -> bool:
    """A label that marks a transcript by itself: Q/A, a full name, a name with its outlet,
    an outlet ("China Daily"), an honorific and a surname ("MR. MURRAY"), or initials set
    off by spaces that spell a person the text introduces ("TAG": "Dr Tedros Adhanom
    Ghebreyesus")."""
    first = label.name.split()[0].lower() if label.name.split() else ""
    spaced = label.spaced and _initials_holder(text, label.name) is not None
    return bool(label.role or _given_and_surname(label.name) or spaced
                or _outlet_label(label.name)
                or (label.affiliation and _full_name(label.name))
                or (first in words()["honorifics"] and len(label.name.split()) == 2))


def _asks_last(text: str, turn: Turn) -> bool:
    """Whether a turn ends in a question mark."""
    a, b = turn.body[-1]
    return text[a:b].rstrip(" \"'”)").endswith("?")


_FIRST_SECOND = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|you|You|your|Your)\b")


def _spoken(turns: list[Turn], text: str) -> int:
    """How many turns speak in the first or second person."""
    return sum(any(_FIRST_SECOND.search(text, a, b) for a, b in t.body) for t in turns)


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
    return _surname(name).lower() if name else label.name.lower()


def _turns(text: str, labels: list[str] | tuple[str, ...]) -> tuple[list[Turn], list]:
    turns: list[Turn] = []
    narration: list[tuple[int, int]] = []
    bold = sorted({lab.strip().rstrip(":").strip() for lab in labels if lab.strip()},
                  key=len, reverse=True)
    for start, end in _run_in(text, _lines(text), bold):
        found = _label_at(text, start, end, bold)
        if found is not None:
            if turns and not turns[-1].body:  # "Release Date:" then "Release Type:": furniture
                narration.append(turns.pop().line)
            label, body_start = found
            turns.append(Turn(label, line=(start, end)))
            if body_start < end:
                turns[-1].body.append((body_start, end))
        elif turns and not _STAGE.fullmatch(text, start, end):
            turns[-1].body.append((start, end))
        else:
            narration.append((start, end))
    for turn in turns[:-1]:  # a heading between two turns ends the first one
        while len(turn.body) > 1 and _heading(text, *turn.body[-1]):
            narration.append(turn.body.pop())
    kept = []
    for turn in turns:  # "CORRESPONDENT: MICHAEL MORELL": a credit, not a turn
        if _credit(text, turn) or _headline(text, turn) or _figures(text, turn):
            narration += _lines_of(turn)
        else:
            kept.append(turn)
    turns = kept
    if len(turns) > 1 and _furniture(text, turns[0], turns):
        narration += _lines_of(turns.pop(0))
    if turns and _article_lead(text, narration, turns[0]):
        for turn in turns:
            narration += _narration_after(text, turn)
    # where time marks label the turns, a label without one before them is the page's title
    # ("Be Our Guest: Managing Guests" above "Jane Doe 00:00:02")
    timed = [i for i, t in enumerate(turns) if t.label.timed]
    if len(timed) >= MIN_TURNS:
        for turn in turns[:timed[0]]:
            narration += _lines_of(turn)
        turns = turns[timed[0]:]
    return turns, sorted(narration)


LEAD_LINE = 120  # characters: a line of prose in an article's lead
# a speaker's own words: "I", "we", "you", "let's" (but "US" is a country)
_FIRST_SECOND = re.compile(r"\bI\b|\b[Uu]s\b|(?i:\b(?:me|my|mine|we|our|ours|you|your|yours|"
                           r"let['’]s)\b)")


def _article_lead(text: str, narration: list[tuple[int, int]], first: Turn) -> bool:
    """Whether the text opens as an article: two lines of prose or more before the first
    turn ("A panel of reporters led by MSNBC's Chris Matthews agreed Saturday that…")."""
    prose = [(a, b) for a, b in narration if b <= first.line[0] and b - a >= LEAD_LINE
             and _SENTENCE_END.search(text, a, b)]
    return len(prose) >= 2


def _narration_after(text: str, turn: Turn) -> list[tuple[int, int]]:
    """An exchange quoted inside an article: where the article goes on after a turn. The
    turn's own line comes first; from the first two lines running in which nobody says "I",
    "we" or "you" ("To be clear, a disproportionate share…", "The panel is right to
    note…"), the lines are the writer's again. Those lines leave the turn."""
    lines = [r for r in turn.body if r[0] >= turn.line[1]]
    plain = [not _FIRST_SECOND.search(text[a:b]) for a, b in lines]
    own_line = any(a < turn.line[1] for a, _ in turn.body)  # "Matthews: Here's the irony…"
    for i in range(0 if own_line else 1, len(lines) - 1):
        if plain[i] and plain[i + 1]:
            moved = lines[i:]
            turn.body = [r for r in turn.body if r not in moved]
            return moved
    return []


def _headline(text: str, turn: Turn) -> bool:
    """The page's first line in title case ("Marco Rubio: You Don't Win the Nomination by
    …"): a headline that quotes someone, not the first turn of a transcript."""
    if text[:turn.line[0]].strip() or turn.label.role or not turn.body \
            or turn.body[0][0] >= turn.line[1]:
        return False
    a, b = turn.body[0]
    if _SENTENCE_GOES_ON.search(text, a, b):
        return False  # "We turn now to Secretary … Rubio. Good morning…": sentences
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[a:b]) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _figures(text: str, turn: Turn) -> bool:
    """ "Hillary Clinton: 1,769.": a name and a figure, a line of a table, not a turn."""
    own = [(a, b) for a, b in turn.body if a < turn.line[1]]  # the label's own line
    said = " ".join(text[a:b] for a, b in own)
    return bool(own) and len(re.findall(r"[^\W\d_]{2,}", said)) < 2 \
        and bool(re.search(r"\d", said))


def _lines_of(turn: Turn) -> list[tuple[int, int]]:
    """A turn's label line and its lines after it: narration where it proves no turn."""
    return [turn.line] + [r for r in turn.body if r[0] >= turn.line[1]]


_BARE_NAME = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}")


def _credit(text: str, turn: Turn) -> bool:
    """A credit line ("CORRESPONDENT: MICHAEL MORELL", "Producer: Olivia Gazis"): an office
    or a trade as the label and, on its line, nothing but a name, in capitals or starting
    with a known given name."""
    from whosaid.extract.speakers import first_names

    label = turn.label
    if label.role or not turn.body or turn.body[0][0] >= turn.line[1]:
        return False
    credits = words()["role_words"] | words()["titles"] | words()["credits"]
    if not {w.lower().strip(".,") for w in label.name.split()} <= credits:
        return False
    a, b = turn.body[0]
    said = text[a:b]
    return bool(_BARE_NAME.fullmatch(said)) and (
        said.isupper() or said.split()[0].lower() in first_names())


_SENTENCE_END = re.compile(r"[.?!…][\"'”’)\]]*$")
# a sentence's end anywhere in a line: "…this visit to Washington: “" still holds sentences
_SENTENCE_IN = re.compile(r"[a-z)][.?!…][\"'”’)\]]*(?:\s|$)")
_SENTENCE_GOES_ON = re.compile(r"[a-z)][.?!…][\"'”’)\]]*\s+\S")  # a sentence, then more


def _furniture(text: str, first: Turn, turns: list[Turn]) -> bool:
    """Whether the first turn is page furniture ("DOWNLOAD THE APP: iTunes app Android
    app", then the page's title lines): its label opens no other turn and no line of it
    ends a sentence."""
    return sum(t.label.name == first.label.name for t in turns) == 1 and not any(
        _SENTENCE_END.search(text, a, b) or _SENTENCE_IN.search(text, a, b)
        for a, b in [first.line, *first.body])


def _run_in(text: str, lines: list[tuple[int, int]], bold: list[str]
            ) -> list[tuple[int, int]]:
    """The lines, each split where a label in capitals that opens a line elsewhere stands
    after a sentence's end or a dash ("…defense --SECRETARY RUBIO: Yes.", "…do it. QUESTION:
    Mr. Secretary"): a hard-wrapped page whose lines were rejoined into paragraphs."""
    seen = set()
    for start, end in lines:
        found = _label_at(text, start, end, bold)
        if found is not None and not found[0].spaced:
            raw = found[0].span.text
            if len(raw) > 1 and raw.isupper() and text.startswith(":", found[0].span.end):
                seen.add(raw)
    if not seen:
        return lines
    inside = re.compile(r"(?<=[.?!…\"”’'—–-])[ \t]*(?=(?:" + "|".join(
        re.escape(lab) for lab in sorted(seen, key=len, reverse=True)) + r"):)")
    out = []
    for start, end in lines:
        for m in inside.finditer(text, start, end):
            if m.end() < end and start < m.start():
                out.append((start, m.start()))
                start = m.end()
        out.append((start, end))
    return out


_NUMBERED = re.compile(r"(?:\(\d{1,2}\)|\d{1,2}[.)]|[-•–])\s")


def _heading(text: str, start: int, end: int) -> bool:
    """A short line that heads what follows rather than ending a turn: numbered or bulleted
    ("2. North Korean Issues", "- Leaders' Questions (7 Mar 2018)"), ending in a bracket
    ("Related Information (Press Release)") or in title case ("Interview of North Korean
    Ambassador Song Il Ho"), without a sentence's final stop."""
    line = text[start:end]
    if len(line) > 120 or not any(ch.isalpha() for ch in line) \
            or line[-1] in ".?!…,;:-—–\"'”’":
        return False
    tokens = line.split()
    capitalised = sum(t[0].isupper() or t[0].isdigit() for t in tokens)
    return bool(_NUMBERED.match(line)) or line.endswith(")") or (
        len(tokens) >= 3 and 3 * capitalised >= 2 * len(tokens))


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
        made = _label(text, m.start("label"), m.end("label"), strict=True,
                      timed=bool(m.group("time") or m.group("after")))
        if made is not None:
            return made, m.end()
    m = _TIMED_LINE.fullmatch(text, start, end)
    if m is not None and _person_like(m.group("label")):
        made = _label(text, m.start("label"), m.end("label"), strict=True)
        if made is not None:
            return replace(made, timed=True), end
    for pattern in (_BARE_QA, _INITIALS, _GLUED):
        m = pattern.match(text, start, end)
        if m is not None:
            made = _label(text, m.start("label"), m.end("label"), strict=True)
            if made is not None:
                return replace(made, spaced=pattern is not _GLUED), m.end()
    return None


def _person_like(said: str) -> bool:
    """A full name ("Jane Doe") or a known given name alone ("Matt"): what a podcast's
    "Name 00:00:02" line holds, unlike "Kickoff 19:30" or "Breaking News 10:45"."""
    return (_full_name(said) or said.lower() in first_names()) and not _unnamed(said)


def _label(text: str, start: int, end: int, strict: bool, timed: bool = False) -> Label | None:
    """A Label for ``text[start:end]`` when it reads as a speaker's name or a Q/A mark.

    ``strict`` (a colon label in plain text) also requires it to look like a name: words
    capitalised but for connectors and role words, no digits but a number after words that
    name nobody ("Speaker 2"), not a heading or note. ``timed`` (a transcription service's
    time mark goes with it) lets a word that opens page furniture open the label too
    ("Department of State spokesperson (00:00):" beside "Department: Consular Affairs")."""
    raw = text[start:end]
    affiliation = None
    said = _PARTY.sub("", raw)  # the party tag goes with neither the name nor the office
    slash = _SLASHED.fullmatch(said)
    if slash:  # "ROCKY IGNACIO/PTV4": the name, then the outlet after a slash
        said, affiliation = slash.group("name"), slash.group("outlet")
    m = _AFFILIATION.search(said)
    name = said
    if m and m.start() > 0 and m.group("comma") and not _full_name(said[:m.start()]):
        m = _LAST_PART.search(said)  # "Meanwhile, in the Senate, Republicans": no name first
    if m and m.start() > 0 and affiliation is None:
        name, affiliation = said[:m.start()], m.groupdict().get("paren") or m.group("comma")
    name = name.strip()
    if affiliation:  # "Martin King, Jr., Pastor": the suffix belongs to the name
        suffix = _SUFFIX_FIRST.fullmatch(affiliation)
        if suffix:
            name, affiliation = f"{name} {suffix.group('suffix')}", suffix.group("rest")
    numbered = _NUMBERED_LABEL.fullmatch(name)
    if not name or any(ch.isdigit() for ch in name) and not (
            numbered and _unnamed(numbered.group(1))):
        return None
    label = Label(Span(start, end, raw), name, affiliation, timed)
    if label.role:
        return label
    lists = words()
    if _unnamed(name):
        return label
    tokens = name.split()
    content = {t.lower().strip(".,") for t in tokens} - lists["connectors"]
    if len(tokens) > 8 or name.lower().strip(" .") in lists["not_speakers"] \
            or (tokens[0].lower() in lists["not_speakers"] and not timed) \
            or (content and content <= lists["not_speakers"]) \
            or any(t.lower().strip(".,") in lists["headings"] for t in tokens):
        return None
    if not strict:
        return label
    lower_ok = lists["connectors"] | lists["role_words"] | lists["honorifics"]
    # an office in lower case ends a time-marked label only: "Department of State spokesperson"
    last_ok = tokens[-1][0].isupper() or timed and tokens[-1].lower() in lists["role_words"]
    if not tokens[0][0].isupper() or not last_ok:
        return None
    if any(not (t[0].isupper() or t.lower() in lower_ok) for t in tokens):
        return None
    return label


# a suffix after the comma of a label ("Jr., Pastor"), and a number after unnamed words
_SUFFIX_FIRST = re.compile(r"(?P<suffix>Jr\.?|Sr\.?|JR\.?|SR\.?|I{2,3}|IV)(?:\s*,\s*(?P<rest>.+))?")
_NUMBERED_LABEL = re.compile(r"(.*\D)[ \t]+\d{1,2}")


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
    dropped = lists["honorifics"] | lists["post_nominals"]
    tokens = [t for t in _WORD.findall(label_name)
              if t.lower() not in dropped and t.lower().rstrip(".") not in dropped]
    if not tokens:
        return "", None
    suffix: list[str] = []  # "Jr.", "III": kept after the name, never taken for its surname
    while len(tokens) > 1 and tokens[-1].lower() in SUFFIXES:
        said = tokens.pop()
        suffix.insert(0, said.title() if said.lower().startswith(("jr", "sr")) else said.upper())
    capitals = all(t.isupper() for t in tokens if t[0].isalpha())
    if capitals:
        tokens = [t.lower() if i and t.lower() in lists["connectors"] else
                  t.title() if len(t) > 1 and t.replace("-", "").rstrip(".").isalpha() else t
                  for i, t in enumerate(tokens)]
    connectors = lists["connectors"]

    def name_word(t: str) -> bool:
        return t[0].isupper() and not _title_word(t) and t.lower() not in connectors

    run = len(tokens)
    while run > 0:
        if name_word(tokens[run - 1]):
            run -= 1
            continue
        # connectors inside a name ("Bill de Blasio", "Ursula von der Leyen"), not after an
        # office ("President of Russia")
        j = run - 1
        while j >= 0 and tokens[j].lower() in connectors:
            j -= 1
        if j < run - 1 and j >= 0 and run < len(tokens) and name_word(tokens[j]) \
                and tokens[j].lower() in first_names():
            run = j
            continue
        break
    name_tokens = tokens[run:]
    if len(name_tokens) > 2:
        given = first_names()
        at = next((i for i, t in enumerate(name_tokens[:-1]) if t.lower() in given), None)
        if at is None:
            # three words and none a known given name: the whole run after an office ("PM Lee
            # Hsien Loong"), unless one is an acronym ("CNN Jake Tapper")
            whole = len(name_tokens) == 3 and not any(
                t.isupper() and len(t) > 1 for t in name_tokens) and run > 0 and (
                _title_word(tokens[run - 1])
                and tokens[run - 1].lower().rstrip(".") not in _TITLE_PREFIXES)
            at = 0 if whole else len(name_tokens) - 2
        name_tokens = name_tokens[at:]
    if not name_tokens:
        name_tokens = tokens[-1:]
    description = " ".join(tokens[:len(tokens) - len(name_tokens)]) or None
    return " ".join(name_tokens + suffix), description


def _surname(name: str) -> str:
    """The last word of a name that is no suffix: "Ryan" of "Frederick Ryan Jr."."""
    said = name.split()
    return next((w for w in reversed(said) if w.lower() not in SUFFIXES), said[-1] if said else "")


# office words that open a longer title rather than end one ("Minister for Foreign Affairs")
_TITLE_PREFIXES = frozenset({"foreign", "deputy", "vice", "first", "press", "prime", "acting",
                             "senior", "special", "assistant", "associate", "principal",
                             "executive", "permanent", "under"})


def _title_word(token: str) -> bool:
    """An office word or its abbreviation ("Secretary", "SEN.", "Designate",
    "President-elect"): never part of a name."""
    lists = words()
    titles = lists["role_words"] | lists["titles"]
    return all(part in titles for part in token.lower().rstrip(".").split("-"))


def _initials_match(short: str, full: str) -> bool:
    """Whether the given-name part of ``short`` ("V.", "Vladimir", "") fits ``full``'s."""
    short_first = _given_part(short)
    full_first = _given_part(full)
    if not short_first:
        return True
    if not full_first:
        return False
    a, b = short_first[0].rstrip(".").lower(), full_first[0].lower()
    return b.startswith(a) if len(a) <= 2 else a == b


def _given_part(name: str) -> list[str]:
    """The words of a name before its surname, a suffix aside."""
    said = [w for w in name.split() if w.lower() not in SUFFIXES]
    return said[:-1]


def _normalise(name: str) -> str:
    """"V.Putin" -> "V. Putin": an initial glued to the surname."""
    return re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", name)


# an interview's heading: "Secretary of State Marco Rubio with Gillian Turner of Fox News"
_WITH_HOST = re.compile(r"\b(?:with|by)\s+(?:(?:[A-Z]{2,4}|[a-z]+)\s+){0,3}"
                        r"([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*"
                        r"(?:,|\bof\b|\bon\b|\bfrom\b|$)", re.MULTILINE)


def _same_surname(a: str, b: str) -> bool:
    from whosaid.names import name_parts

    return name_parts(a)[1] == name_parts(b)[1]


def _given_name_before(text: str, surname: str) -> str | None:
    """The first "Given Surname" in ``text`` for a bare surname, the given name a known one
    ("Secretary of State Marco Rubio Remarks to the Press" -> "Marco Rubio")."""
    from whosaid.extract.speakers import first_names

    given = first_names()
    pattern = re.compile(r"\b([A-Z][a-z'’-]+)(?:\s+[A-Z]\.)?\s+(" + re.escape(surname) + r")\b",
                         re.IGNORECASE)
    for m in pattern.finditer(text):
        if m.group(1)[0].isupper() and m.group(1).lower() in given:
            # the surname as the page prints it ("McKenzie" for the label "MCKENZIE")
            said = m.group(2)
            return f"{m.group(1)} {said if said[:1].isupper() and not said.isupper() else surname}"
    # else a page's keywords in lower case: "Tags: president, donald trump, remarks"
    for m in pattern.finditer(text):
        if m.group().islower() and m.group(1) in given:
            return f"{m.group(1).title()} {surname}"
    return None


def _titled(label: str) -> bool:
    """Whether a label is a title alone ("PRIME MINISTER", "Minister", "PM", "Acting Deputy
    Spokesperson") or an organisation's ("Department of State spokesperson"), naming a person
    only through the page."""
    return _title_part(label) is not None


def _title_part(label: str) -> str | None:
    """The title of a label that is a title alone (the whole label), or the title after the
    organisation that gives it ("spokesperson" of "Department of State spokesperson"); a
    journalist's label ("CCTV reporter", "CNN host") is an outlet's, not an office."""
    lists = words()
    plain = lists["connectors"] | lists["honorifics"]
    titles = lists["role_words"] | lists["titles"] | plain
    tokens = label.split()
    keys = [w.lower().rstrip(".") for w in tokens]
    cut = len(keys)
    while cut and keys[cut - 1] in titles:
        cut -= 1
    if cut == len(keys) or set(keys[cut:]) <= plain:
        return None
    if cut == 0:
        return label
    organisation = tokens[:cut]
    if keys[-1] in lists["askers"] | lists["interviewers"] \
            or keys[0] in lists["honorifics"] or not all(
            t[0].isupper() or t.lower() in lists["connectors"] for t in organisation):
        return None
    return " ".join(tokens[cut:])


def _role_holder(text: str, label: str, before: int | None = None) -> str | None:
    """The person a label made of a title alone names ("Acting Deputy Spokesperson:"), where
    the page gives them that title: "…briefing by Farhan Haq, Acting Deputy Spokesperson",
    "Press Conference by Minister for Foreign Affairs Hirofumi Nakasone"; or, for initials
    ("AP:", "TAG"), the journalist the page names as that outlet's ("the Associated Press's
    Julie Pace") or the person whose initials they are ("Dr Tedros Adhanom Ghebreyesus").
    A title followed by a name before ``before`` (the heading) counts first."""
    if not text:
        return None
    title = _title_part(label)
    if title is not None:
        at = len(text) if before is None else before
        # "Department of State spokesperson": the page's "Spokesperson Vedant Patel"
        return _title_holder(text, label, at) or (
            _title_holder(text, title, at) if title != label else None)
    if re.fullmatch(r"[A-Z]{2,5}", label):
        return _initials_key(text, label) or _outlets_journalist(text, label) \
            or _initials_holder(text, label)
    return None


def _initials_key(text: str, initials: str) -> str | None:
    """The name a key of initials gives them, on a line of its own: "JW= Jana Wendt",
    "NZ - Nathan Zamprogno."."""
    m = re.search(r"(?m)^[ \t]*" + re.escape(initials) + r"[ \t]*[=–-][ \t]*((?:[A-Z][\w'’-]+"
                  r"[ \t]+){1,3}[A-Z][\w'’-]+)\.?[ \t]*$", text)
    if m and "".join(w[0] for w in m.group(1).split()) == initials:
        return m.group(1)
    return None


_PREPOSITIONS = frozenset({"before", "after", "at", "in", "on", "with", "during", "upon", "to",
                           "from", "by", "about", "as", "into", "over", "following", "ahead",
                           "aboard", "via"})
_RUN = re.compile(r"[ \t]*((?:[A-Z][\w'’.-]*|of|for|the|and)(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|the"
                  r"|and))*)")


def _title_holder(text: str, label: str, before: int) -> str | None:
    """ "Farhan Haq, Acting Deputy Spokesperson" or the title followed by the name, on its
    line or, where the title ends a line, on the next ("THE PRIME MINISTER\nTHE HON JOHN
    HOWARD MP"); a title of office in between ("Minister for Foreign Affairs") is skipped."""
    person = r"([A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)"
    said = r"\s+".join(re.escape(w) for w in label.split())
    m = re.search(person + r",\s+(?:the\s+)?(?i:" + said + r")\b", text)
    if m:
        return m.group(1)
    # the title, its place, a comma and the name: "the Prime Minister of Australia, Scott
    # Morrison"
    m = re.search(r"(?i:\b" + said + r")(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+"
                  r"(?:[ \t]+[A-Z][\w'’-]+)?)?,[ \t]+" + person + r"\b(?![ \t]+[A-Z])", text)
    if m and not any(w.lower().rstrip(".") in _not_name_words() for w in m.group(1).split()):
        return m.group(1)
    found = re.finditer(r"(?i:\b" + said + r")\b[ \t]*(\n[ \t]*)?", text)
    for m in sorted(found, key=lambda m: m.start() >= before):
        run = _RUN.match(text, m.end())
        if run is None or not run.group(1):
            continue
        # a headline's capitalised preposition ends the name: "President Trump Before Marine
        # One Departure", "REMARKS BY THE PRESIDENT\nUPON DEPARTURE"
        end = run.end()
        for w in re.finditer(r"\S+", text[run.start(1):run.end()]):
            if w.group().lower() in _PREPOSITIONS and w.group()[0].isupper():
                end = run.start(1) + w.start()
                break
        if end <= run.start(1):
            continue
        # read with the title before it: "PM Lee Hsien Loong" is one name after an office
        name, _ = _split_name(text[m.start():end])
        if len(name.split()) >= 2 and not _titled(name):
            return name
    return None


def _initials_holder(text: str, initials: str) -> str | None:
    """The first person introduced in ``text`` whose initials are ``initials``: a run of
    capitalised words after an honorific or a self-introduction ("Dr Tedros Adhanom
    Ghebreyesus" for "TAG", "My name is Christian Lindmeier" for "CL")."""
    lists = words()
    skip = lists["honorifics"] | lists["role_words"] | lists["outlets"] | lists["not_speakers"]
    n = len(initials)
    pattern = re.compile(r"(?=\b(" + r"\s+".join([r"[A-Z][a-z][\w'’-]*"] * n) + r")\b)")
    for m in pattern.finditer(text):
        found = m.group(1).split()
        if "".join(w[0] for w in found) == initials and not any(
                w.lower() in skip for w in found) and _INTRODUCED.search(
                text, max(0, m.start() - 20), m.start()):
            return " ".join(found)
    return None


# what stands before a person's name where a page introduces them
_INTRODUCED = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?|\bname\s+is|\bI\s+am"
                         r"|\bI['’]m|\b[Tt]his\s+is)\s+$")


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


def _label_name(label_name: str, holder: str | None) -> tuple[str, str | None]:
    """The name and description a label gives: its own words, or the holder the page names
    for a title alone (the title is then the description); initials spell the whole name
    ("TAG": "Tedros Adhanom Ghebreyesus")."""
    if holder and re.fullmatch(r"[A-Z]{2,5}", label_name):
        return holder, None
    name, description = _split_name(_normalise(holder or label_name))
    return name, label_name if holder else description


def resolve_speakers(turns: list[Turn], text: str = "") -> dict[str, _Person]:
    """Each label's name to the person it names: short forms go to the fullest name with the
    same surname and a fitting given name; the description is the first one given. A name
    that stays a bare surname ("SECRETARY RUBIO") takes the full name the page gives it
    ("Secretary of State Marco Rubio"). A title alone that the page gives nobody ("PRIME
    MINISTER:" on a page that never names the Prime Minister) names no person."""
    first = min((t.line[0] for t in turns), default=0)
    holders = {t.label.name: _role_holder(text, t.label.name, first) for t in turns
               if not (t.label.role or t.label.unnamed)}
    named = [t for t in turns if t.label.name in holders
             and (holders[t.label.name] or not _titled(t.label.name))
             and not (holders[t.label.name] is None and _bare_initials(t.label.name))]
    people: dict[str, list[_Person]] = {}
    for t in named:
        name, description = _label_name(t.label.name, holders[t.label.name])
        if not name:
            continue
        same = people.setdefault(_surname(name).lower(), [])
        match = next((p for p in same if _initials_match(name, p.name)
                      or _initials_match(p.name, name)), None)
        if match is None:
            same.append(_Person(name, description))
            continue
        if len(name) > len(match.name) and not any("." in w for w in _given_part(name)):
            match.name = name
        match.description = match.description or description
    fuller = [p.name for same in people.values() for p in same if len(p.name.split()) == 3]
    # surnames a label gives after an honorific or an office ("Mr Lee", "PM Lee")
    lists = words()
    addressed = {_split_name(t.label.name)[0] for t in named
                 if len(t.label.name.split()) >= 2 and t.label.name.split()[0].lower().rstrip(".")
                 in lists["honorifics"] | lists["role_words"] | lists["titles"]
                 | {w.rstrip(".") for w in lists["honorifics"]}}
    full_names = [p.name for same in people.values() for p in same if len(p.name.split()) >= 2]
    for same in people.values():
        for p in same:
            if len(p.name.split()) == 1:
                p.name = _given_name_before(text, p.name) or _family_name_first(text, p.name) \
                    or (_surname_first(p.name, fuller, text) if p.name in addressed else None) \
                    or _named_above(p.name, text[:first]) \
                    or _first_name_full(p.name, full_names, text) \
                    or _known_elsewhere(p.name, text) or p.name
    out: dict[str, _Person] = {}
    for t in named:
        name, _ = _label_name(t.label.name, holders[t.label.name])
        same = people.get(_surname(name).lower(), []) if name else []
        found = next((p for p in same if _initials_match(name, p.name)), None)
        if found:
            out[t.label.name] = found
    _aliases(turns, out)
    _same_title(turns, out)
    one: dict[str, _Person] = {}  # "Lee" resolved to "Lee Hsien Loong" is that person
    return {label: one.setdefault(p.name, p) for label, p in out.items()}


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words that are never a given name or a surname next to a name: offices, honorifics,
    connectors, furniture, outlets and heading words."""
    lists = words()
    return lists["role_words"] | lists["titles"] | lists["honorifics"] | lists["connectors"] \
        | lists["not_speakers"] | lists["outlets"] | lists["headings"]


def _family_name_first(text: str, surname: str) -> str | None:
    """The full name of a bare surname that the page prints family name first, in capitals,
    after an office ("Foreign Minister MOTEGI Toshimitsu" for "Minister MOTEGI:"), given
    name first: "Toshimitsu Motegi"."""
    lists = words()
    offices = lists["role_words"] | lists["titles"] | lists["honorifics"]
    for m in re.finditer(r"\b([A-Za-z][\w.'’-]*)[ \t]+" + re.escape(surname.upper())
                         + r"[ \t]+([A-Z][a-z'’-]+)\b(?![ \t]+[A-Z])", text):
        if m.group(1).lower().rstrip(".") in offices and \
                m.group(2).lower() not in _not_name_words():
            return f"{m.group(2)} {surname.title()}"
    return None


PLACE_WORDS = {"tower", "street", "house", "hall", "center", "centre", "square", "building",
               "hotel", "park", "avenue", "road", "university", "college", "airport", "station"}


def _first_name_full(given: str, full_names: list[str], text: str) -> str | None:
    """The full name of a label that is a first name alone ("LULU:" after "LULU MILLER:",
    "MOLLY:" after a host's "…producer Molly Webster!"): the one full name with that given
    name that another label gives, else the one the text prints."""
    if not given[:1].isalpha() or _titled(given) or _unnamed(given):
        return None
    found = {n for n in full_names if n.split()[0].lower() == given.lower()}
    if not found and known_full_name(given) is None:
        # a known surname ("TRUMP:") is no given name, nor "Trump Tower" a person
        said = given.title() if given.isupper() else given
        for m in re.finditer(r"\b" + re.escape(said) + r"[ \t]+([A-Z][a-z'’-]+)\b", text):
            if m.group(1).lower() not in _not_name_words() | PLACE_WORDS:
                found.add(f"{said} {m.group(1)}")
    return found.pop() if len(found) == 1 else None


def _known_elsewhere(surname: str, text: str) -> str | None:
    """The known-people list's full name for a bare surname label ("PUTIN:"), unless the page
    prints the surname after some other word in capitals ("FREDERICK RYAN JR.", "Fred
    Ryan"): then it is that page's person, whom the list does not know."""
    known = known_full_name(surname)
    if known is None:
        return None
    given, lists = first_names(), words()
    titles = lists["honorifics"] | lists["role_words"] | lists["titles"]
    for m in re.finditer(r"\b([A-Z][A-Za-z'’-]+)[ \t]+(?i:" + re.escape(surname) + r")\b", text):
        word = m.group(1).lower()
        capitals = m.group(0).isupper() and word.rstrip(".") not in titles
        if (word in given or capitals) and word != known.split()[0].lower():
            return None  # a given name the list's person does not have ("FREDERICK RYAN")
    return known


def _named_above(surname: str, above: str) -> str | None:
    """The one "Given Surname" the lines before the first turn print for a bare surname,
    the given name not a known one ("…Harry Roque by Pinky Webb" for "WEBB:"); an office,
    an honorific or a heading word before the surname is no given name ("Press Secretary
    Morrell")."""
    lists = words()
    not_given = lists["role_words"] | lists["titles"] | lists["honorifics"] \
        | lists["connectors"] | lists["not_speakers"] | lists["outlets"] | lists["headings"]
    found = set()
    for m in re.finditer(r"\b([A-Z][a-z'’-]+)[ \t]+(" + re.escape(surname) + r")\b", above,
                         re.IGNORECASE):
        given, said = m.group(1), m.group(2)
        if given[0].isupper() and given[1:].islower() and given.lower() not in not_given \
                and said[0].isupper() and not said.isupper():
            found.add(f"{given} {said}")
    return found.pop() if len(found) == 1 else None


def _bare_initials(label_name: str) -> bool:
    """Capitals without a vowel ("RB", "PMJT", "VK"): initials, never a surname; they name
    a person only where the page spells them out."""
    return bool(re.fullmatch(r"[B-DF-HJ-NP-TV-Z]{2,5}", label_name))


def _aliases(turns: list[Turn], out: dict[str, _Person]) -> None:
    """A label that repeats what an earlier one gave in brackets names that label's person:
    "Vassy Kapelos (VK):" then "VK:", "Mr David M. Rubenstein (Moderator):" then
    "Moderator:"."""
    for i, t in enumerate(turns):
        raw = t.label.span.text.rstrip()
        person = out.get(t.label.name)
        if person is None or not t.label.affiliation or not raw.endswith(")"):
            continue
        alias = t.label.affiliation.strip().lower()
        for later in turns[i + 1:]:
            if later.label.name.strip().lower() == alias and later.label.name not in out:
                out[later.label.name] = person


def _same_title(turns: list[Turn], out: dict[str, _Person]) -> None:
    """A title alone that the page gives nobody names the one person whose label gives that
    title: "PM:" beside "PM Lee:", "PRIME MINISTER:" beside "ANTHONY ALBANESE, PRIME
    MINISTER:"."""
    for t in turns:
        title = t.label.name
        if title in out or not _titled(title):
            continue
        key = " ".join(w.lower().rstrip(".") for w in title.split())
        found = {id(out[o.label.name]): out[o.label.name] for o in turns
                 if o.label.name in out and o.label.name != title and key in (
                     " ".join(w.lower().rstrip(".") for w in (_split_name(o.label.name)[1]
                                                              or "").split()),
                     " ".join(w.lower().rstrip(".") for w in (o.label.affiliation
                                                              or "").split()))}
        if len(found) == 1:
            out[title] = next(iter(found.values()))


def _surname_first(surname: str, fuller: list[str], text: str) -> str | None:
    """The full name of a bare surname printed surname first ("Mr Lee:" for "Lee Hsien
    Loong"): a three-word name that a label gives, else one the page prints after an office
    ("Singapore Prime Minister Lee Hsien Loong")."""
    for name in fuller:
        if name.split()[0] == surname:
            return name
    if known_full_name(surname) is not None:
        return None  # the news knows the name given name first ("Secretary Rubio Addresses
        # Press" is a headline about Marco Rubio, not a "Rubio Addresses Press")
    lists = words()
    offices = "|".join(sorted(lists["role_words"] | lists["titles"], key=len, reverse=True))
    m = re.search(r"(?i:\b(?:" + offices + r"))\.?[ \t]+(" + re.escape(surname)
                  + r"[ \t]+[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)\b", text)
    if m:
        return re.sub(r"['’]s$", "", m.group(1))
    # else the one such name the page prints on its own, no capitalised word either side
    # ("…between a CNN journalist and Lee Hsien Loong, the Prime Minister")
    found = {re.sub(r"['’]s$", "", m.group(1)) for m in re.finditer(
        r"\b(" + re.escape(surname) + r"[ \t]+[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)\b"
        r"(?![ \t]+[A-Z])", text)
        if not re.search(r"\b[A-Z][\w'’-]*[ \t]+$", text[max(0, m.start() - 40):m.start()])}
    found = {n for n in found if not any(
        w.lower() in lists["role_words"] | lists["titles"] | lists["not_speakers"]
        | lists["outlets"] | lists["headings"] for w in n.split()[1:])}
    return found.pop() if len(found) == 1 else None


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
    if m and m.group("self") and _full_name(m.group("self")):  # "This is Yeshi Seli from…"
        named = Span.of(text, m.start("self"), m.end("self"))
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
    answers = next((p.name for p in people.values() if id(p) == principal), None)
    host = _host(text, heading, people, answers)
    # a title alone is not the heading's person where that person has turns of their own
    holder = interviewee if interviewee and not any(
        _same_surname(interviewee, p.name) for p in people.values()) else None
    asker_titles = words()["interviewers"]
    out: list[Statement] = []
    for turn in layout.turns:
        if not turn.body:
            continue
        role, person = turn.label.role, people.get(turn.label.name)
        key = _speaker_key(turn, people)
        paragraphs = list(turn.body)
        asks = role == "question"
        found = affiliation(text, *paragraphs[0]) if role != "answer" else None
        if found and key != principal:
            asks = True
            paragraphs[0] = (found[1], paragraphs[0][1])
            if person is not None:
                person.affiliation = person.affiliation or found[0]
                if found[2] is not None and _completes(person.name, found[2].text):
                    person.name = found[2].text  # "Yeshi:", then "This is Yeshi Seli from…"
        elif turn.label.unnamed and person is None:
            asks = bool(set(turn.label.name.lower().split()) & words()["askers"]) \
                or _outlet_label(turn.label.name)
        elif role is None and key is not None and key != principal and principal is not None:
            # a journalist who introduced their outlet asks in each turn, "?" or not
            asks = key in journalists or any("?" in text[a:b] for a, b in paragraphs)
        if _titled(turn.label.name):  # "PRIME MINISTER:" is the heading's person, "HOST:" not
            answerer = None if set(turn.label.name.lower().split()) & asker_titles else holder
        else:
            answerer = interviewee
        speaker = _turn_speaker(turn, person, answerer, found[0] if found else None, host)
        if found and found[2] is not None and speaker.name is None:
            speaker = Speaker(found[2].text, "person", [found[2]], speaker.description, "turn")
        for a, b in paragraphs:
            if a < b and any(ch.isalpha() for ch in text[a:b]):
                out.append(Statement(
                    kind="question" if asks or _TO_ASK.match(text, a, b) else "direct",
                    content=[Span.of(text, a, b)],
                    speaker=replace(speaker, mention=list(speaker.mention)),
                    confidence=confidence, model=VERSION))
    return out


# a parliamentary question as the order paper prints it: "11. To ask the Taoiseach when…"
_TO_ASK = re.compile(r"(?:Q?\d{1,4}\.\s+)?To ask the\b")


def _completes(short: str, full: str) -> bool:
    """Whether ``full`` is a full name that begins with the single given name ``short``."""
    return len(short.split()) == 1 and _full_name(full) and full.split()[0] == short


def _speaker_key(turn: Turn, people: dict[str, _Person]) -> object:
    """Who speaks a turn, for comparing turns: the person, or a title that names nobody on
    the page ("PRIME MINISTER"), or None."""
    person = people.get(turn.label.name)
    if person is not None:
        return id(person)
    return turn.label.name.lower() if _titled(turn.label.name) else None


def _principal(turns: list[Turn], people: dict[str, _Person],
               journalists: set[int] | frozenset[int] = frozenset(), text: str = "",
               heading: list[tuple[int, int]] | None = None) -> object:
    """The one who answers (as ``_speaker_key``): the one who speaks after the ``Q:`` turns
    most, else one whose turns do not mostly end in a question, the speaker the heading names
    most ("Full Text of Putin Interview…"), else one whose label gives an office ("Shri Arindam Bagchi,
    Official Spokesperson", "PRIME MINISTER"), else the one who speaks most (by the length
    of their turns). A journalist who introduced their outlet is never it, however long
    their question."""
    size: Counter[object] = Counter()
    named: Counter[object] = Counter()
    replies: Counter[object] = Counter()  # turns right after a "Q:" turn
    turns_of: Counter[object] = Counter()
    asked: Counter[object] = Counter()  # turns ending in a question mark
    office: set[object] = set()
    above = " ".join(text[a:b] for a, b in heading or [])
    for before, t in zip([None, *turns], turns):
        key = _speaker_key(t, people)
        if key is None or key in journalists:
            continue
        replies[key] += before is not None and before.label.role == "question"
        turns_of[key] += 1
        asked[key] += bool(t.body) and _asks_last(text, t)
        size[key] += sum(b - a for a, b in t.body)
        person = people.get(t.label.name)
        if person is not None:
            surname = _surname(person.name)
            named[key] = len(re.findall(r"\b" + re.escape(surname) + r"\b", above,
                                        re.IGNORECASE))
        if _office(t.label):
            office.add(key)
    if not size:
        return None
    # one whose turns mostly end in a question asks rather than answers ("JW: … ?")
    asker = {k for k in size if asked[k] >= 2 and 5 * asked[k] >= 3 * turns_of[k]}
    return max(size, key=lambda k: (replies[k], k not in asker, named[k], k in office,
                                    size[k]))


def _office(label: Label) -> bool:
    """Whether a label gives its speaker an office ("President-elect of the United States"),
    an interviewer's role aside."""
    lists = words()
    said = label.name if _titled(label.name) else label.affiliation or ""
    found = {part for w in said.split() for part in w.lower().strip(".,").split("-")}
    return bool(found & lists["role_words"]) and not found & lists["interviewers"]


def _host(text: str, heading: list[tuple[int, int]], people: dict[str, _Person],
          answers: str | None = None) -> str | None:
    """Who asks the ``Q:`` turns of an interview: the one person the heading names as the
    one the interview was "with" ("Marco Rubio with George Stephanopoulos of ABC This Week",
    "interview with US television journalist Charlie Rose"), besides those who have turns of
    their own, unless that is the interviewer introducing the show ("CR:" before the
    "Q:" turns): only the one who answers is never the host."""
    speakers = [p.name for p in people.values()] if answers is None else [answers]
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
    if label.unnamed and person is None:
        return Speaker(None, "role", mention, label.name, "turn")
    if label.role == "answer":
        if interviewee:
            return Speaker(interviewee, "person", mention, None, "turn")
        return Speaker(None, "role", mention, "interviewee", "turn")
    if person is None and _titled(label.name):
        if interviewee:
            return Speaker(interviewee, "person", mention, label.name, "turn")
        return Speaker(None, "role", mention, label.name, "turn")
    if person is None or _first_name_alone(person.name):
        return Speaker(None, "unknown", mention, label.affiliation, "turn")
    return Speaker(person.name, "person", mention,
                   label.affiliation or person.affiliation or person.description, "turn")


def _first_name_alone(name: str) -> bool:
    """A known given name that no label or line of the page completed ("Matt (00:06):"):
    it names nobody in particular, unless it is also a surname the news knows ("RYAN:")."""
    return len(name.split()) == 1 and name.lower() in first_names() \
        and known_full_name(name) is None


# archives print a name surname first on a line of its own: "Gillard, Julia"
_INVERTED = re.compile(r"[ \t]*(?:•[ \t]*)?([A-Z][a-z'’-]+),[ \t]+([A-Z][a-z'’-]+)[ \t]*$")


def _heading_names(text: str, headings: list[tuple[int, int]],
                   persons: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Names in heading lines that the model may read as part of an organisation: a name
    after a title ("Foreign Ministry Spokesperson Hong Lei's Regular Press Conference"), and
    a name printed surname first ("Gillard, Julia"; "Turnbull, Malcolm", a given name not on
    the list, where ``persons``, the model's person spans, has one on that line)."""
    lists = words()
    title_words = lists["role_words"] | lists["titles"]
    not_names = title_words | lists["connectors"] | lists["headings"] | lists["not_speakers"] \
        | lists["outlets"]
    titles = "|".join(sorted(title_words, key=len, reverse=True))
    after_title = re.compile(r"(?i:\b(?:" + titles + r"))\s+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)"
                             r"{1,2}?)(?:['’]s\b|\s+[a-z]|\s*$|[,:(])")
    found = []
    for a, b in headings:
        m = _INVERTED.fullmatch(text, a, b)
        if m and (m.group(2).lower() in first_names()
                  or any(a <= s and e <= b for s, e in persons)):
            found.append(f"{m.group(2)} {m.group(1)}")
        for m in after_title.finditer(text[a:b]):
            name = _split_name(m.group(1))[0]
            if len(name.split()) >= 2 and not any(w.lower() in not_names for w in name.split()):
                found.append(name)
    return found


def interviewee(doc, layout: Layout) -> str | None:
    """For ``A:`` turns and labels that are a title alone ("PM:", "Minister:"): the person
    the narration names; one a heading line before the turns names first ("Foreign Ministry
    Spokesperson Hong Lei's Regular Press Conference", or "Gillard, Julia" as archives print
    it), then a full name, then the one named most. For a title alone, only a person the
    heading names."""
    answers = any(t.label.role == "answer" for t in layout.turns)
    if not answers and not any(_titled(t.label.name) for t in layout.turns):
        return None
    text, first = doc.text, min(t.label.span.start for t in layout.turns)
    headings = [(a, b) for a, b in layout.narration
                if b <= first and b - a <= 150 and text[b - 1] not in ".?!"]
    counts: Counter[str] = Counter()
    in_heading: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and any(a <= ent.start_char and ent.end_char <= b
                                          for a, b in layout.narration):
            counts[ent.text] += 1
            if any(a <= ent.start_char and ent.end_char <= b for a, b in headings):
                in_heading.add(ent.text)
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for name in _heading_names(text, headings, persons):
        counts[name] += 1
        in_heading.add(name)
    if not counts:
        return None
    best = max(counts, key=lambda n: (n in in_heading, len(n.split()) > 1, counts[n]))
    if not (answers or best in in_heading):
        return None  # a title: the heading's person
    best = _before_preposition(best)
    if len(best.split()) == 1:  # "Remarks by President Trump…": the full name elsewhere
        best = _given_name_before(text, best) or best
    return best or None


def _before_preposition(name: str) -> str:
    """A name cut where a headline's capitalised preposition starts ("Trump Before Marine
    One Departure" -> "Trump")."""
    kept: list[str] = []
    for w in name.split():
        if w.lower() in _PREPOSITIONS and w[0].isupper() and kept:
            break
        kept.append(w)
    return " ".join(kept)
