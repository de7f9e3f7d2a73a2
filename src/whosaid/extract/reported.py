"""Cue finding: reported speech from the dependency parse of one sentence.

Finds cue verbs ("said that", "Y, he said", "arguing that"), "according to X" and noun cues
("issued a warning that", "the Kremlin's position is that"), each with the head token of its
source phrase and its content as character runs. Only the existing parse is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.extract.lexicon import cue_verbs, lexicon, sections

# Parser labels (spaCy's English dependency and entity schemes), not words: they stay here.
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# Clauses that carry what was said, thought or claimed.
COMPLEMENTS = {"ccomp"}
# A cue with no subject of its own borrows it from the verb it hangs off ("..., adding that").
INHERITS = {"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "advmod", "acomp", "pobj"}
# Entity labels of time stamps and datelines, which never speak.
CLOCK = {"TIME", "DATE"}
DASHES = {"-", "–", "—", "--"}
DATELINE_REACH = 10  # tokens from a dateline's place to its dash: "KYIV, Nov 27 (Reuters) -"

# The word lists, each with where it came from and how it was judged: grammar.txt.
WORDS = sections("grammar.txt")
BELIEF_VERBS = WORDS["belief_verbs"]
SAYING_VERBS_ONLY_WITH_CLAUSE = BELIEF_VERBS | WORDS["clause_only_verbs"]
RELATIVE = WORDS["relative_pronouns"]
IMPERSONAL = WORDS["impersonal_verbs"]
NOT_CUES = WORDS["not_that_verbs"]
ABOUT = WORDS["about_preps"]
OBJECT_PREPS = WORDS["object_preps"]
PREP_CUES = {tuple(pair.split("+")) for pair in WORDS["prep_cues"]}
OPEN_PREPS = WORDS["open_preps"]
NOUN_PREPS = WORDS["noun_preps"]
PERSON_NOUNS = sections("speakers.txt")["persons"]
INFERENCE = WORDS["inference_verbs"]
NON_RESTRICTIVE = WORDS["non_restrictive"]
NEGATORS = WORDS["negators"]
OPEN_QUESTION = WORDS["open_question_marks"]
COMPLEMENTIZERS = WORDS["complementizers"]
ADDRESSEE_VERBS = WORDS["addressee_verbs"]
ISSUING = WORDS["issuing_verbs"]
EVENTS = WORDS["event_nouns"]
_EDGE_PUNCT = set(",;:.—–-")


@dataclass
class Cue:
    """One attribution found in the parse; offsets are into the Doc text."""

    anchor: Token  # the cue word itself
    cue: list[tuple[int, int]]
    source: Token | None  # head of the speaker phrase, None when the text names nobody
    content: list[tuple[int, int]]
    how: str = "clause"  # how the content hangs off the cue: ccomp, xcomp, dobj, prep:about...
    open: bool = False  # a verb outside the lexicon, kept only if the ranker scores it high
    nested: bool = False  # the cue word lies inside another cue's content


@dataclass(frozen=True)
class Rule:
    """One way a token opens a cue: when it ``applies`` (token, lemma, open_verbs) and what it
    ``finds`` then (token, sentence, lemma, open_verbs), a Cue or nothing."""

    name: str
    applies: Callable[[Token, str, bool], bool]
    finds: Callable[[Token, SpacySpan, str, bool], Cue | None]


def _lexicon_verb(tok: Token, sent: SpacySpan, lemma: str, open_verbs: bool) -> Cue | None:
    cue = _verb_cue(tok, sent, lemma)
    if cue is None and open_verbs and tok.pos_ == "VERB":
        cue = _open_cue(tok)  # "noted her years as senator": the ranker judges
    return cue


def _lexicon_noun(tok: Token, sent: SpacySpan, lemma: str, open_verbs: bool) -> Cue | None:
    cue = _noun_cue(tok)
    return _open_noun_cue(tok) if cue is None and open_verbs else cue


def _verb_with_that(tok: Token, sent: SpacySpan, lemma: str, open_verbs: bool) -> Cue | None:
    # Any verb with a "that"-clause reports a statement or belief ("has learned that").
    clause = _that_clause(tok)
    if clause is None:
        return None
    return Cue(tok, [_cue_span(tok)], subject_of(tok), _content(_clause_tokens([clause])),
               how="that")


def _according(tok: Token, sent: SpacySpan, lemma: str, open_verbs: bool) -> Cue | None:
    source = _to_object(tok)
    return _according_to(tok, source, sent) if source is not None else None


# The rules ``find_cues`` tries on each token, in this order. The first rule that applies
# decides, also when it finds nothing: a lexicon verb without content is not tried again as
# a verb with a that-clause, and a writer's inference is no cue at all.
RULES: tuple[Rule, ...] = (
    Rule("writer's inference", lambda tok, lemma, _: _writers_inference(tok, lemma),
         lambda *_: None),
    Rule("lexicon verb", lambda tok, lemma, _: tok.pos_ in ("VERB", "AUX") and lemma in cue_verbs(),
         _lexicon_verb),
    Rule("verb with a that-clause", lambda tok, lemma, _: tok.pos_ == "VERB"
         and lemma not in NOT_CUES and _that_clause(tok) is not None, _verb_with_that),
    Rule("according to", lambda tok, lemma, _: tok.lower_ == "according"
         and _to_object(tok) is not None, _according),
    Rule("lexicon noun", lambda tok, lemma, _: tok.pos_ == "NOUN" and lemma in lexicon().nouns,
         _lexicon_noun),
    Rule("open verb", lambda tok, lemma, open_verbs: open_verbs and tok.pos_ == "VERB"
         and lemma not in NOT_CUES, lambda tok, sent, lemma, _: _open_cue(tok)),
    Rule("open noun", lambda tok, lemma, open_verbs: open_verbs and tok.pos_ == "NOUN",
         lambda tok, sent, lemma, _: _open_noun_cue(tok)),
)


def find_cues(sent: SpacySpan, open_verbs: bool = False) -> list[Cue]:
    """Every reported-speech cue in ``sent`` whose content could be located.

    Each token goes through ``RULES`` in order. ``open_verbs`` also proposes verbs outside the
    lexicon that take a clause, an infinitive, an object or an "about/for/against" phrase
    ("backed Clinton", "wants to build"), flagged ``open``: they are candidates for the trained
    ranker, too many to keep unscored.
    """
    found: list[Cue] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        rule = next((r for r in RULES if r.applies(tok, lemma, open_verbs)), None)
        cue = rule.finds(tok, sent, lemma, open_verbs) if rule is not None else None
        if cue is not None and cue.content:
            found.append(cue)
    unsaid = unsaid_tokens(sent)
    found = [c for c in found if c.anchor.i not in unsaid]
    for c in found:
        c.nested = any(o is not c and _within(c.anchor, o.content) for o in found)
    return [c for c in found if not _nested_intention(c, found) and not _wraps(c, found)]


def _within(tok: Token, content: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in content)


def _wraps(cue: Cue, cues: list[Cue]) -> bool:
    """A verb outside the lexicon yields to the cues around it: "issued a warning that…" is
    the noun cue's statement, and "if Kyiv refuses to accept his conditions" is part of what
    someone else said (on PolNeAR train, dropping these raises cross-validated F1)."""
    return cue.open and (cue.nested or any(
        o is not cue and not o.open and _within(o.anchor, cue.content) for o in cues))


def _nested_intention(cue: Cue, cues: list[Cue]) -> bool:
    """ "…would continue if Kyiv refuses to accept his conditions": an intention verb inside
    what someone else said is part of that statement, not a statement of its own."""
    lex = lexicon()
    lemma = cue.anchor.lemma_.lower()
    if lemma not in lex.xcomp_verbs or lemma in lex.verbs:
        return False
    at = cue.anchor.idx
    return any(o is not cue and any(s <= at < e for s, e in o.content) for o in cues)


def _verb_cue(verb: Token, sent: SpacySpan, lemma: str) -> Cue | None:
    if _leaves_open(verb):
        return None
    how, content = _verb_content(verb, lemma)
    parenthetical = verb.dep_ == "parataxis" or (verb.dep_ == "ROOT" and _is_parenthetical(verb))
    if content is None and parenthetical and lemma not in SAYING_VERBS_ONLY_WITH_CLAUSE:
        # "Some of those officials, he said, are ..." : the rest of the sentence is the content.
        how, content = "parenthetical", runs(
            t for t in sent if t not in set(verb.subtree) or t.is_punct)
    if not content:
        return None
    if how != "ccomp" and lemma in lexicon().topic_verbs and _negated(verb):
        return None  # "did not mention the attack": a silence, not a statement
    return Cue(verb, [_cue_span(verb)], subject_of(verb), content, how=how)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children)


def _open_cue(verb: Token) -> Cue | None:
    """A verb outside the lexicon, with what it would report: its clause, infinitive (with
    the object before it), object or prepositional object, in that order."""
    if _leaves_open(verb):
        return None
    comp = [c for c in verb.children
            if c.dep_ in COMPLEMENTS and _reported(verb, c, verb.lemma_.lower())]
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    obj = _object(verb)
    if comp:
        how, toks = "ccomp", _clause_tokens(comp)
    elif xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
        how = "xcomp"
        toks = [*(obj.subtree if obj is not None and obj.i < xcomp.i else ()), *xcomp.subtree]
    elif obj is not None:
        how, toks = "dobj", _object_tokens(verb, obj)
    else:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in OPEN_PREPS
                     and c.i > verb.i), None)
        pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
        if prep is None or pobj is None:
            return None
        how, toks = f"prep:{prep.lower_}", list(pobj.subtree)
    content = _content(toks)
    if not content:
        return None
    return Cue(verb, [_cue_span(verb)], subject_of(verb), content, how=how, open=True)


def _open_noun_cue(noun: Token) -> Cue | None:
    """A noun outside the lexicon with what it would report: "his proposal to ban…", "her
    criticism of Trump", "a call for a ban"; only with a speaker to say it."""
    that = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and _has_that(c)]
    inf = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_PREPS
                 and c.i == noun.i + 1), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if that:
        how, toks = "noun:that", _clause_tokens(that)
    elif inf is not None:
        how, toks = "noun:to", list(inf.subtree)
    elif prep is not None and pobj is not None:
        how, toks = f"noun:{prep.lower_}", list(pobj.subtree)
    else:
        return None
    source = noun_source(noun)
    content = _content(toks)
    if source is None or not content:
        return None
    return Cue(noun, [(noun.idx, noun.idx + len(noun.text))], source, content, how=how,
               open=True)


def noun_source(noun: Token) -> Token | None:
    """Who a cue noun belongs to: its possessor ("Trump's call"), else the subject of the verb
    it is the object of ("issued a warning")."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss and poss[0].pos_ != "PRON":
        return poss[0]
    mark = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 1 else None
    if not poss and mark is not None and mark.tag_ == "POS" \
            and mark.nbor(-1).pos_ in ("NOUN", "PROPN"):
        return mark.nbor(-1)  # "Tulsa police’s earlier claim", the "’s" parsed as a verb
    named = noun.doc[noun.i - 1] if noun.i > 0 else None
    if noun.dep_ == "ROOT" and noun.tag_ == "NNS" and named is not None \
            and named.dep_ in ("compound", "nsubj") and named.text[:1].isupper() \
            and any(c.dep_ == "ccomp" for c in noun.children):
        return named  # "But Trump claims that he should be…": the verb tagged a plural noun
    lex = lexicon()
    if noun.lemma_.lower() in lex.claims_of_others \
            and noun.head.lemma_.lower() in lex.receiving_verbs:
        return None  # "X faces allegations that…": the claim is others', made about X
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":
        return subject_of(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        return subject_of(noun.head.head)  # "X said in a statement that…"
    return poss[0] if poss else None


def _writers_inference(verb: Token, lemma: str) -> bool:
    """ '"…we agree," he said, suggesting some elements align with Moscow': a participle of
    inference after a quote is the writer reading the statement, not a second one."""
    if lemma not in INFERENCE or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return before is not None and (before.is_quote or (
        before.text == "," and before.i > 0 and verb.doc[before.i - 1].is_quote))


def inferences(tokens: Iterable[Token]) -> set[int]:
    """The cue words that are the writer's inference, not a statement (``_writers_inference``)."""
    return {t.i for t in tokens if _writers_inference(t, t.lemma_.lower())}


def unsaid_tokens(tokens: Iterable[Token]) -> set[int]:
    """The tokens of an open question that a negated verb leaves open ("did not say whether
    he supports the plan"): nothing in it was said."""
    return {t.i for v in tokens if v.pos_ in ("VERB", "AUX") and _leaves_open(v)
            for c in v.children if c.dep_ in COMPLEMENTS for t in c.subtree}


def _leaves_open(verb: Token) -> bool:
    """ "did not say whether he supports the plan" reports that nothing was said."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and any(c.dep_ in COMPLEMENTS and any(
        g.dep_ == "mark" and g.lower_ in OPEN_QUESTION for g in c.children)
        for c in verb.children)


def _verb_content(verb: Token, lemma: str) -> tuple[str, list[tuple[int, int]] | None]:
    """What the verb reports, and how it hangs off it: its clause, else its infinitive,
    object or "of/about" object."""
    lex = lexicon()
    comp = [c for c in verb.children if c.dep_ in COMPLEMENTS and _reported(verb, c, lemma)]
    if comp:
        return "ccomp", _content(_clause_tokens(comp))
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if lemma in lex.xcomp_verbs and xcomp is not None:
        # "urged the candidates to make clean energy jobs…": train gold content is the
        # object with its infinitive
        obj = _object(verb)
        return "xcomp", _content([*(obj.subtree if obj is not None and obj.i < xcomp.i else ()),
                              *xcomp.subtree])
    if lemma in lex.object_verbs and (obj := _object(verb)) is not None:
        return "dobj", _content(_object_tokens(verb, obj))
    about = _about(verb)
    if about is not None:
        # "warned of potential aggression", "referred to X"
        return f"prep:{about.head.lower_}", _content(about.subtree)
    return "", None


def _reported(verb: Token, clause: Token, lemma: str) -> bool:
    """Is a verb's complement clause what it reports? Not a label before a colon ("Gaza
    ceasefire plan live: Hamas chief negotiator says…"), and not a clause set beside the
    verb's object after a comma ("declares victory in crucial election, AfD comes second")."""
    doc = verb.doc
    after = clause.right_edge.i + 1
    if clause.i < verb.i and after < len(doc) and doc[after].text == ":":
        return False
    obj = _object(verb)
    first = next((t for t in clause.subtree if not t.is_punct or t.is_quote), clause)
    return not (obj is not None and obj.i < clause.i and lemma not in ADDRESSEE_VERBS
                and first.i > 0 and doc[first.i - 1].text == ","
                and not first.is_quote and not _has_that(clause))


def _object_tokens(verb: Token, obj: Token) -> list[Token]:
    """The object with what the verb says of it: "called her “third-rate”", "described his
    skills as a “work in progress”", "criticized Clinton for accepting donations", and a
    phrase right after the object that the parser hung on the verb ("issued internal
    directives to the Pentagon")."""
    parts = [obj] + [c for c in verb.children if c.dep_ == "oprd" or (
        c.dep_ == "prep" and c.i > obj.i and (
            c.lower_ in OBJECT_PREPS or c.i == obj.right_edge.i + 1))]
    return [t for p in parts for t in p.subtree]


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _about(verb: Token) -> Token | None:
    """The object of "warned of / spoke about / argued against / called for"."""
    for child in verb.children:
        if child.dep_ == "prep" and (child.lower_ in ABOUT
                                     or (verb.lemma_, child.lower_) in PREP_CUES):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _cue_span(verb: Token) -> tuple[int, int]:
    """The verb plus a particle that belongs to it ("pointed out")."""
    end = verb.idx + len(verb.text)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child.text)
    return verb.idx, end


def _is_parenthetical(verb: Token) -> bool:
    return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == "," and any(
        c.dep_ in SUBJECTS for c in verb.children
    )


def _clause_tokens(heads: Iterable[Token]) -> list[Token]:
    """Tokens of the complement clauses, less a trailing clause that is not part of what was
    said (see ``_tail_start``). A leading "that"/"whether" stays: PolNeAR train content
    includes it in 2,438 of 2,468 cases."""
    toks: list[Token] = []
    for head in heads:
        cut = _tail_start(head)
        sub = [t for t in head.subtree if cut is None or t.i < cut]
        while sub and sub[0].is_punct:
            sub = sub[1:]
        while sub and (sub[-1].is_punct or sub[-1].dep_ == "cc"):
            sub = sub[:-1]
        toks.extend(sub)
    return toks


def _tail_start(head: Token) -> int | None:
    """Where the reported clause stops: before a coordinated clause with its own cue
    ("…, and more than 4 in 10 said …", but not "…and that she expects…", a second clause of
    the same statement) or a trailing participle ("…, putting them ahead")."""
    verbs = lexicon().verbs
    for child in head.rights:
        own_cue = child.dep_ == "conj" and not _has_that(child) and any(
            t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in child.subtree)
        participle = child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > head.i + 1 \
            and head.doc[child.left_edge.i - 1].text == ","
        if own_cue or participle:
            return child.left_edge.i
    return None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """Head of the subject phrase of ``verb``, climbing to the governing verb for participles.

    A passive cue names its speaker only in a "by" agent: in PolNeAR train the passive
    subject ("X is expected to", "it was revealed that") is the source in 14 of 111 cases and
    the source is empty in 61, so a passive cue without an agent has no speaker.
    """
    passive = False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            passive = True
        elif child.dep_ in SUBJECTS:
            if not any(ch.isalnum() for ch in child.text):
                continue  # "…were made public ― Trump boasted": a dash the tagger took for a noun
            if child.dep_ == "nsubj" and child.i < verb.i and child.i != subjects[-1].i \
                    and (child.pos_ == "ADJ" or _capitals(child.doc[child.left_edge.i : child.i + 1])):
                continue  # "THE BORROWING Back when he wrote his book, Mr. McKinley said", "The
                # Latest: Trump urges": a heading the parser made a second subject
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return _antecedent(child, verb.head)
            if child.lower_ == "it" and verb.lemma_ in IMPERSONAL:
                return None  # "it seems that…": nobody is named (PolNeAR gold source is empty)
            if child.ent_type_ in CLOCK and child.lower_ != "old":  # "the 52-year-old" speaks
                return _after_dateline(child, verb)
            dash = _dateline_dash(child, verb)
            if dash is not None:
                return _after_dateline(dash, verb)
            return _named_after(_out_of_aside(child, verb), verb)
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    share = next((c for c in verb.lefts if c.dep_ in ("npadvmod", "nummod")
                  and c.pos_ in ("NUM", "NOUN") and c.ent_type_ not in CLOCK), None)
    if share is not None and not passive:
        return share  # "About 4 in 10 say…", "Less than a third agreed…": a poll share
    if passive or (verb.tag_ == "VBN" and verb.dep_ == "advcl"
                   and (depth == 0 or verb.lemma_.lower() in lexicon().verbs)):
        # "Asked whether…, 75 percent said": the asked are not the askers; but "when forced
        # to defend…, saying" is the forced one's
        return None
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.dep_ == "prep" \
            and head.i < head.head.i:
        patient = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and patient.pos_ in ("PRON", "PROPN"):
            return patient  # "After saying her foot was swollen, she was whisked off"
    mark = _set_off(verb)
    trailing = verb.tag_ == "VBG" and mark is not None and mark.text == ","
    before = verb.doc[mark.i - 1] if trailing and mark is not None and mark.i > 0 else None
    if depth < 5 and before is not None and before.i != head.i and before.pos_ == "VERB" \
            and before.lemma_.lower() in lexicon().verbs \
            and any(c.dep_ == "nsubj" for c in before.children):
        return subject_of(before, depth + 1)  # '…,” Sanders said, going on to say that…'
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        governor = _governing_verb(head)
        if depth < 5 and governor is not None and (
                trailing or governor.lemma_ in ISSUING and head.dep_ == "dobj"
                or head.lemma_.lower() in EVENTS and head.dep_ in ("dobj", "pobj")):
            # "X issued a statement saying…", "rejected the notion that…, saying", "opened a
            # rally blasting Clinton": the participle is the governing verb's subject's
            return subject_of(governor, depth + 1)
        return head  # "a statement saying that…", "one saying that…"
    if depth < 5 and verb.tag_ == "VBG" and verb.dep_ == "conj" and head.tag_ != "VBG":
        # "…, saying that the bill was waylaid by voter mistrust - and arguing that…": the
        # parser joined the participle to a verb inside the first one's clause; it goes on
        # the first participle, whose subject it shares
        first = next((a for a in head.ancestors if a.tag_ == "VBG"
                      and a.dep_ in ("advcl", "xcomp", "conj")), None)
        if first is not None and first.lemma_ in lexicon().verbs:
            return subject_of(first, depth + 1)
    if verb.dep_ == "xcomp" and verb.tag_ in ("VB", "VBG") \
            and head.lemma_.lower() in OBJECT_CONTROL:
        controller = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i
                           and c.lower_ != "it" and (_someone(c) or c.ent_type_ in NAMED
                                                     or c.lemma_.lower() in POLITIES)), None)
        if controller is not None:
            return controller  # "pressed Stumpf to admit that…", "left nations feeling that…"
    if depth < 5 and verb.dep_ in INHERITS and head.i != verb.i:
        trailing = trailing and verb.dep_ == "advcl"
        if trailing and head.dep_ == "relcl" and head.lemma_ in lexicon().verbs:
            governor = _governing_verb(head.head)
            if governor is not None:
                # "…defend not paying an architect who said he was stiffed, saying, '…'":
                # a second speech verb on a relative clause that already reports speech is
                # the clause above it's
                return subject_of(governor, depth + 1)
        if trailing and head.dep_ == "acl" and _has_that(head):
            governor = _governing_verb(head.head)
            if governor is not None:
                # "Bennett denied the notion that a shakeup is coming, explaining…"
                return subject_of(governor, depth + 1)
        if (verb.dep_ == "conj" or trailing) and head.dep_ == "ccomp" \
                and head.head.lemma_ in lexicon().verbs:
            # "X said the draft included Y, but emphasized Z", "Trump argued that a database
            # would help, saying…": the parser hangs the second cue on the reported clause;
            # its speaker is the subject of "said".
            return subject_of(head.head, depth + 1)
        if verb.dep_ == "conj":
            patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if patient is not None and patient.pos_ in ("PROPN", "NOUN", "PRON"):
                return patient  # "Mr. Trump was forced into damage control and said…"
        return subject_of(head, depth + 1)
    if verb.tag_ in FINITE:
        return _stranded_subject(verb) or _detached_subject(verb)
    return None


def _antecedent(relative: Token, head: Token) -> Token:
    """The noun a relative pronoun stands for: the parser hangs "who" on the phrase's head
    ("a focal point for demonstrators here, who have … called for footage"), but "who" is
    the nearest person-like noun before it inside that phrase."""
    if relative.lower_ != "who" or _someone(head):
        return head  # "a spokesman for the senator, who said": the spokesman
    for t in reversed(relative.doc[head.i + 1 : relative.i]):
        if t.pos_ in ("NOUN", "PROPN") and head.is_ancestor(t):
            # not "the 30 percent of voters who said": a share of them
            return t if t.dep_ == "pobj" and t.head.lower_ != "of" and _someone(t) else head
    return head


POLITIES = {"nation", "country", "government", "state", "ally", "member"}
# verbs whose object does what their infinitive or participle says ("forced Stumpf to admit",
# "left nations feeling that"), unlike "proposed a tax to go with…" or "offered him a job"
OBJECT_CONTROL = {"force", "press", "pressure", "push", "urge", "ask", "leave", "prompt",
                  "persuade", "convince", "compel", "encourage", "invite", "challenge", "lead",
                  "get", "cause", "order", "hear", "catch", "see", "watch", "find", "keep"}


def _someone(t: Token) -> bool:
    """A person or people by the tagger, by name or by a person noun ("demonstrators")."""
    return t.ent_type_ in ("PERSON", "NORP") or t.pos_ in ("PROPN", "PRON") \
        or t.lemma_.lower() in PERSON_NOUNS \
        or t.tag_ == "NNS" and t.lower_.endswith(("ers", "ors", "ists", "ants"))


def _out_of_aside(subject: Token, verb: Token) -> Token:
    """ "In the letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah
    Republican asks…": the parser takes the aside's last name for the subject and the real
    subject, after the closing dash, for its apposition."""
    doc = subject.doc
    closing = next((t for t in doc[subject.i + 1 : verb.i] if t.text in DASHES), None)
    if closing is None or not any(t.text in DASHES for t in doc[verb.sent.start : subject.i]):
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and closing.i < c.i < verb.i]
    return after[0] if after else subject


def _named_after(subject: Token, verb: Token) -> Token:
    """ "Or maybe Jeb Bush, digital consultant Phil Musser says.": a titled name set after a
    name, right before the verb, is a second person, the one who speaks."""
    if subject.pos_ != "PROPN":
        return subject
    for c in subject.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == verb.i - 1 and any(
                g.pos_ == "NOUN" and g.dep_ in ("compound", "amod") for g in c.lefts):
            return c
    return subject


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly or in a prepositional phrase ("shot back in
    a statement"); None for a subject or a noun elsewhere."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    else:
        if noun.dep_ != "dobj":
            return None
    head = noun.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


FINITE = {"VBD", "VBZ", "VBP"}
NAMED = {"PERSON", "ORG", "NORP", "GPE"}


def _stranded_subject(verb: Token) -> Token | None:
    """ "In a call on Dec. 2, Col. Steven Warren, a military spokesman, said…": the parser
    hangs the name on the date as an apposition and leaves the verb without a subject. The
    subject is the nearest name before the verb when everything between them is the name's
    own phrase (its apposition) or punctuation."""
    doc = verb.doc
    for t in reversed(doc[verb.sent.start : verb.i]):
        if t.is_punct or t.dep_ in ("compound", "flat", "poss"):
            continue  # "Daley, President Obama's former chief of staff, said": not Obama
        if t.ent_type_ in NAMED and t.pos_ == "PROPN":
            clause = next((a for a in t.ancestors if a.dep_ == "relcl" and a.i < verb.i), None)
            if clause is not None:
                # "a young woman who had been an exchange student in Montana asked": the
                # name is the relative clause's; the one it describes is the subject
                return clause.head if _someone(clause.head) else None
            t = _out_of_apposition(t)
            stranded = t.dep_ in ("appos", "conj", "pobj", "npadvmod", "dobj") \
                or _after_closing_quote(t)
            own = all(g.is_punct or t.is_ancestor(g) or _parenthetical(g, t)
                      or g.dep_ == "advmod" and g.head.i == verb.i  # ", forcefully told"
                      for g in doc[t.i + 1 : verb.i])
            if not (stranded and own):
                return None
            last = doc[verb.i - 1]
            role = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                         and c.left_edge.lower_ == "the" and c.i == last.i), None)
            if role is not None and t.dep_ in ("conj", "pobj", "appos") \
                    and doc[role.left_edge.i - 1].text == ",":
                # "In an interview with hosts X and Mika Brzezinski, the Democratic
                # candidate stated…": the phrase right before the verb, not set off from it,
                # is the subject; the name belongs to the opening phrase
                return role
            return t
    return None


def _detached_subject(verb: Token) -> Token | None:
    """ "After a day of tensions…, House Speaker Paul Ryan's office announced…", "Clinton,
    exasperated, famously responded:", "Sen. Richard J. Durbin (D-Ill.), noting…, said": the
    parser hung the subject elsewhere and left the verb without one. The noun phrase right
    before the verb (past the verb's adverbs, asides set off by commas and a parenthesis),
    itself set off by a comma or opening the sentence, is it."""
    doc = verb.doc
    first = verb.sent.start
    i = verb.i - 1
    while i >= first:
        t = doc[i]
        if t.pos_ == "ADV" or t.is_space or t.is_punct and t.text not in (",", ")"):
            i -= 1
        elif t.text == ")":  # "(D-Ill.)"
            while i >= first and doc[i].text != "(":
                i -= 1
            i -= 1
        elif t.text == ",":
            opening = next((j for j in range(i - 1, max(first, i - 15) - 1, -1)
                            if doc[j].text == ","), None)
            lead = doc[opening + 1] if opening is not None and opening + 1 < i else None
            if opening is not None and lead is not None and (
                    lead.pos_ in ("ADP", "SCONJ", "ADV")
                    or lead.tag_ in ("VBG", "VBN", "VBD", "JJ")):
                i = opening - 1  # ", without naming him,", ", noting the size of…,"
            else:
                i -= 1
                break
        else:
            break
    if i < first:
        return None
    t = doc[i]
    if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in CLOCK:
        return None
    while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.i < verb.i:
        t = t.head
    start = t.left_edge
    if start.i < first:
        return None
    before = doc[start.i - 1] if start.i > first else None
    if before is not None and before.text != "," \
            and not (before.pos_ == "CCONJ" and before.i == first):  # "But Sen. Durbin…"
        return None
    if any(x.pos_ in ("VERB", "AUX") for x in doc[start.i : t.i + 1]):
        return None
    return t


def name_start(name: Token) -> Token:
    """The first word of the proper name ``name`` ends ("Gene" of "Gene Sperling")."""
    doc = name.doc
    i = name.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in ("compound", "flat") \
            and doc[i - 1].head.i in range(i, name.i + 1):
        i -= 1
    return doc[i]


def _after_closing_quote(name: Token) -> bool:
    """ '“…,” Gene Sperling, a top adviser, said': the parser may take a name that follows the
    quote into the quote's clause; it opens the speech tag."""
    i = name_start(name).i - 1
    if i >= 0 and name.doc[i].text == ",":
        i -= 1
    return i >= 1 and name.doc[i].is_quote and name.doc[i - 1].text in (",", "?", "!")


def _parenthetical(g: Token, name: Token) -> bool:
    """``g`` is in a relative clause or apposition set after ``name`` ("…, who met him,")."""
    return any(a.dep_ in ("relcl", "appos") and a.i > name.i for a in (g, *g.ancestors))


def _out_of_apposition(t: Token) -> Token:
    """ "Warren, a military spokesman in Baghdad": from "Baghdad" out to "Warren"."""
    while True:
        up = t
        while up.dep_ == "pobj" and up.head.dep_ == "prep" \
                and up.head.head.pos_ in ("NOUN", "PROPN"):
            up = up.head.head
        if up.dep_ == "appos" and up.pos_ == "NOUN" and up.head.pos_ == "PROPN":
            t = up.head
        else:
            # "In a meeting with the editorial board of the Washington Post Trump said": the
            # phrase the name sits in is no apposition of another name
            return t


def _dateline_dash(subject: Token, verb: Token) -> Token | None:
    """ "LONDON (Reuters) - Donald Trump said…": the parser takes the dateline's place for the
    subject. A place that opens its line and is closed off by a single dash before the verb
    is one; "Russia — which invaded Ukraine — said" is an aside between two dashes."""
    start = subject.left_edge
    if subject.ent_type_ not in ("GPE", "LOC") and not _capitals(subject.doc[start.i : subject.i + 1]):
        return None  # "KYIV, Ukraine —", "MYRTLE BEACH, S.C. -": a place in capitals, any tag
    if start.i > subject.sent.start and not subject.doc[start.i - 1].is_space:
        return None
    doc = subject.doc
    for t in doc[subject.i + 1 : min(verb.i, subject.i + DATELINE_REACH)]:
        if t.text in DASHES:
            return None if any(spaced_dash(x) for x in doc[t.i + 1 : verb.i]) else t
        if t.pos_ in ("VERB", "AUX"):
            return None
    return None


def spaced_dash(t: Token) -> bool:
    """A dash between phrases ("CLEVELAND - Donald Trump", "KYIV—"), not the hyphen of a name
    or a party tag ("R-Tex.")."""
    return t.text in ("—", "–", "--") or t.text == "-" and (
        bool(t.whitespace_) or t.i > 0 and bool(t.doc[t.i - 1].whitespace_))


def _capitals(words) -> bool:
    """Words all in capitals, as a dateline prints its place ("MYRTLE BEACH")."""
    letters = [t.text for t in words if t.is_alpha]
    return bool(letters) and all(w.isupper() and len(w) > 1 for w in letters)


def _after_dateline(subject: Token, verb: Token) -> Token | None:
    """ "2:40 p.m. Donald Trump's campaign manager says…": the parser takes the time stamp
    for the subject; the speaker is the last noun phrase between it and the verb."""
    other = [c for c in verb.children if c.dep_ in SUBJECTS and subject.i < c.i < verb.i]
    if other:
        return other[-1]  # "WASHINGTON — A spokesman for X called…": the verb's own subject
    named = next((t for t in verb.doc[subject.i + 1 : verb.i] if t.dep_ == "appos"
                  and t.pos_ == "PROPN" and t.head.i <= subject.i), None)
    if named is not None:
        return named  # "WASHINGTON -- President Obama, dedicating the Museum of…, said"
    for t in reversed(verb.doc[subject.i + 1 : verb.i]):
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in CLOCK:
            while subject.i < t.head.i < verb.i and (
                    t.dep_ in ("compound", "flat", "poss")
                    or t.dep_ == "pobj" and t.head.dep_ == "prep"):
                t = t.head if t.dep_ != "pobj" else t.head.head
            return t
    return None


def _to_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.lower_ == "to":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for g in nxt.children:
            if g.dep_ == "pobj":
                return g
    return None


def _according_to(tok: Token, source: Token, sent: SpacySpan) -> Cue:
    to = tok.doc[tok.i + 1]
    phrase = set(tok.subtree) | set(to.subtree) | set(source.subtree) | {tok, to}
    content = runs(t for t in sent if t not in phrase)
    return Cue(tok, [(tok.idx, to.idx + len(to.text))], source, content, how="according")


def _noun_cue(noun: Token) -> Cue | None:
    """ "a warning that Y" (clause on the noun) or "the position is that Y" (clause on 'is')."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and _has_that(c)]
    if not clauses and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clauses = [c for c in noun.head.children if c.dep_ in COMPLEMENTS]
    if not clauses:
        return None
    return Cue(noun, [(noun.idx, noun.idx + len(noun.text))], noun_source(noun),
               _content(_clause_tokens(clauses)), how="noun")


def _that_clause(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "ccomp"
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in clause.children)


ASIDE_MARKS = {","} | DASHES


def _set_off(t: Token) -> Token | None:
    """The comma or dash that sets ``t``'s phrase off from what comes before it, looking past
    a closing quote mark ('…agreements,” suggesting…'); None when there is none."""
    i = t.left_edge.i - 1
    if i >= 1 and t.doc[i].is_quote and t.doc[i - 1].text in ASIDE_MARKS:
        i -= 1
    return t.doc[i] if i >= 0 and t.doc[i].text in ASIDE_MARKS else None


def _content(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """The runs of what a cue reports, less the asides set off by a comma or dash: an
    apposition ("the Trans-Pacific Partnership, the 12-country trade deal…"), a
    non-restrictive relative ("…, which he believes…") or a participle ("…, reversing its
    pacifism"). PolNeAR train content leaves them out."""
    toks = sorted(set(tokens), key=lambda t: t.i)
    if not toks:
        return []
    drop: set[int] = set()
    for t in toks[1:]:
        if t.i in drop or t.left_edge.i <= toks[0].i:
            continue
        mark = _set_off(t)
        if mark is None or mark.i <= toks[0].i:
            continue
        if t.dep_ == "appos" or (t.dep_ == "relcl" and t.left_edge.lower_ in NON_RESTRICTIVE) \
                or (t.dep_ in ("acl", "advcl") and t.tag_ in ("VBG", "VBN")
                    and all(x.pos_ == "ADV" for x in t.doc[t.left_edge.i : t.i])):
            end = t.right_edge.i
            if end + 1 < len(t.doc) and t.doc[end + 1].text == mark.text:
                end += 1  # the closing comma or dash of an aside inside the content
            drop.update(range(mark.i, end + 1))
    return runs(x for x in toks if x.i not in drop)


def runs(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """Contiguous character runs covering ``tokens``, edge punctuation trimmed."""
    toks = sorted(set(tokens), key=lambda t: t.i)
    out: list[list[Token]] = []
    for t in toks:
        if out and out[-1][-1].i == t.i - 1:
            out[-1].append(t)
        else:
            out.append([t])
    spans = []
    for group in out:
        while group and (group[0].text in _EDGE_PUNCT or group[0].is_space):
            group = group[1:]
        while group and (group[-1].text in _EDGE_PUNCT or group[-1].is_space):
            group = group[:-1]
        if group and any(t.is_alpha or t.like_num for t in group):
            spans.append((group[0].idx, group[-1].idx + len(group[-1].text)))
    return spans
