"""Transcripts, interviews and Q&As read by speaker turn (``whosaid.extract.transcript``).

The texts in tests/data/transcripts/ are made up, in the shape the Kremlin publishes its
transcripts in (and a Q:/A: interview); none is copied from a real one.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import EXAMPLES, POLNEAR, USER_ARTICLE

from whosaid.cli import main
from whosaid.extract import extract
from whosaid.extract.transcript import read_layout
from whosaid.models import Article, Document, Origin, Span, Speaker, Statement
from whosaid.pipeline import analyze, find_statements, prepare
from whosaid.store import Store

DATA = Path(__file__).parent / "data" / "transcripts"
KREMLIN = DATA / "kremlin-astana.txt"


def read(path: Path, kind: str | None = None, model: str = "fast") -> Article:
    media = "text/html" if path.suffix == ".html" else "text/plain"
    doc = Document(path.read_bytes(), media, Origin(str(path)), {"kind": kind} if kind else {})
    return analyze(doc, model=model)


def said(article: Article) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.name, s.kind, s.text) for s in article.statements]


@pytest.fixture(scope="module")
def kremlin() -> Article:
    return read(KREMLIN)


def test_each_turn_is_a_statement_by_its_speaker(kremlin):
    assert kremlin.kind == "transcript"
    speakers = [(s.speaker.name, s.kind) for s in kremlin.statements]
    assert speakers == [
        ("Vladimir Putin", "direct"), ("Pavel Minakov", "question"),
        ("Vladimir Putin", "direct"), ("Vladimir Putin", "direct"),  # two paragraphs, one turn
        ("Elena Sokolova", "question"), ("Vladimir Putin", "direct"),
        ("Dmitry Ivanov", "question"), ("Vladimir Putin", "direct")]
    assert kremlin.statements[2].text.startswith("In general, we agree with our partners")
    assert kremlin.statements[-1].text == ("Legally binding ones. Promises on paper that "
                                           "nobody keeps are of no use to us.")


def test_short_forms_resolve_to_the_name_given_in_full(kremlin):
    putin = [s.speaker for s in kremlin.statements if s.speaker.name == "Vladimir Putin"]
    assert [m.text for sp in putin for m in sp.mention] == [
        "President of Russia Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "V. Putin",
        "Putin"]
    assert {sp.description for sp in putin} == {"President of Russia"}
    assert {sp.resolution for sp in putin} == {"turn"}


def test_the_journalist_asks_with_their_outlet(kremlin):
    minakov = kremlin.statements[1]
    assert minakov.kind == "question"
    assert minakov.speaker.description == "Interfax news agency"
    assert minakov.text.startswith("The question is about the grain corridor.")
    assert [(s.speaker.name, s.speaker.description) for s in kremlin.statements
            if s.kind == "question"] == [("Pavel Minakov", "Interfax news agency"),
                                         ("Elena Sokolova", "Vesti FM"),
                                         ("Dmitry Ivanov", "RIA Novosti")]


def test_no_pronoun_speaker_and_no_statement_from_narration(kremlin):
    assert not {s.speaker.name for s in kremlin.statements} & {"I", "we", "We", None}
    assert not any("answered questions" in s.text for s in kremlin.statements)
    assert not any("<" in s.text for s in kremlin.statements)  # the stage direction <…>


def test_offsets_are_exact(kremlin):
    for s in kremlin.statements:
        for span in [*s.content, *s.speaker.mention]:
            assert kremlin.text[span.start:span.end] == span.text
    assert all(len(s.content) == 1 for s in kremlin.statements)


def test_both_models_read_the_turns_alike():
    fast, accurate = read(KREMLIN, model="fast"), read(KREMLIN, model="accurate")
    assert said(fast) == said(accurate)


def test_a_q_and_a_interview_goes_to_the_person_the_narration_names():
    article = read(DATA / "interview-qa.txt")
    assert article.kind == "interview"
    assert said(article) == [
        (None, "question", "Minister, are the tariff talks dead?"),
        ("Anna Lindqvist", "direct",
         "Not at all. We meet again next week, and I expect progress on steel."),
        (None, "question", "What will you offer?"),
        ("Anna Lindqvist", "direct",
         "We will offer what we offered in June: lower duties for lower duties.")]
    assert article.statements[0].speaker.description == "interviewer"


def test_html_with_bold_speaker_labels(kremlin):
    article = read(DATA / "kremlin-astana.html")
    assert article.kind == "transcript"
    assert said(article) == [
        ("Vladimir Putin", "direct", kremlin.statements[0].text),
        ("Pavel Minakov", "question", kremlin.statements[1].text),
        ("Vladimir Putin", "direct", kremlin.statements[2].text),
        ("Vladimir Putin", "direct", kremlin.statements[3].text),
        # <strong>QUESTION</strong> and <strong>PUTIN</strong> alone in their paragraphs
        (None, "question", "Mr President, will you meet the American delegation in December?"),
        ("Vladimir Putin", "direct", kremlin.statements[5].text)]
    for s in article.statements:
        assert article.text[s.content[0].start:s.content[0].end] == s.text


@pytest.mark.parametrize("path", [USER_ARTICLE, *sorted(EXAMPLES.glob("*.html"))],
                         ids=lambda p: p.name)
def test_news_articles_stay_reports_with_the_same_statements(nlp, path):
    article = prepare(Document(path.read_bytes(),
                               "text/html" if path.suffix == ".html" else "text/plain",
                               Origin(str(path))))
    assert isinstance(article, Article)
    doc = nlp(article.text)
    for model in ("fast", "accurate"):
        article.kind = None
        found = find_statements(article, doc, model)
        assert article.kind == "report"
        assert [(s.kind, s.content, s.speaker) for s in found] == \
            [(s.kind, s.content, s.speaker) for s in extract(doc, model)]


def test_headings_with_colons_are_not_turns():
    text = ("Round one: the envoys met in Geneva.\n\nRound two: they met again in Abu Dhabi.\n\n"
            "Round three: nothing was agreed.\n\nNote: this story was updated.")
    assert read_layout(text) == ("report", None)


def test_the_kind_can_be_forced():
    assert read(KREMLIN, kind="report").kind == "report"
    reported = read(KREMLIN, kind="report")
    assert not any(s.speaker.resolution == "turn" for s in reported.statements)
    two_labels = "Intro.\n\nBerg: We will sign.\n\nSmith: When?"
    assert read_layout(two_labels) == ("report", None)
    # the opening of a transcript: two speakers' turns, one named in full
    two_turns = "Intro.\n\nAnna Berg: We will sign.\n\nJohn Smith: When?"
    assert read_layout(two_turns)[0] == "transcript"
    kind, layout = read_layout(two_turns, "transcript")
    assert kind == "transcript" and layout is not None and len(layout.turns) == 2


def read_text(text: str) -> Article:
    return analyze(Document(text.encode(), "text/plain", Origin("made-up.txt")), model="fast")


def test_a_title_alone_is_the_person_the_heading_gives_it_or_nobody():
    heading = ("TRANSCRIPT OF THE PRIME MINISTER\nTHE HON JANE MORROW MP\nDOORSTOP, PERTH\n\n"
               "JOURNALIST:\n\nWill you call an election?\n\nPRIME MINISTER:\n\nNot this year. "
               "We have work to do.\n\nJOURNALIST:\n\nWhy not?\n\nPRIME MINISTER:\n\n"
               "Because I said so.")
    article = read_text(heading)
    assert article.kind == "transcript"
    assert [(s.speaker.name, s.kind) for s in article.statements] == [
        (None, "question"), ("Jane Morrow", "direct"), (None, "question"),
        ("Jane Morrow", "direct")]
    nobody = heading.split("\n\n", 1)[1]  # no heading: the Prime Minister is never named
    article = read_text(nobody)
    assert {s.speaker.name for s in article.statements} == {None}
    assert {s.speaker.description for s in article.statements} >= {"PRIME MINISTER"}
    minister = ("Press Conference by Minister for Foreign Affairs Kenji Arata\n"
                "Place: In front of the Ministers' Room\nMain topics:\n- Trade\n\n"
                "Minister:\nWe signed the accord.\nRelated Information (Trade)\n"
                "Question:\nWhen does it take effect?\nMinister:\nIn May.")
    article = read_text(minister)
    assert [(s.speaker.name, s.text) for s in article.statements] == [
        ("Kenji Arata", "We signed the accord."), (None, "When does it take effect?"),
        ("Kenji Arata", "In May.")]
    # the host's title is not the heading's person: only the one who answers is
    host = ("Interview with Minister Jane Morrow\n\nHOST: Welcome. What do you plan?\n\n"
            "MINISTER: We plan to build.\n\nHOST: When?\n\nMINISTER: Soon.")
    assert [s.speaker.name for s in read_text(host).statements] == [
        None, "Jane Morrow", None, "Jane Morrow"]


def test_initials_set_off_by_spaces_and_an_outlet_as_label():
    text = ("Press conference, 3 May\n\n00:00:00\n\nAB          Hello and welcome. My name is "
            "Anna Berg. With us is Dr Carl Olof Dahl, our director.\n\n00:01:00\n\n"
            "COD        Thank you, Anna. We start with the budget.")
    assert [s.speaker.name for s in read_text(text).statements] == ["Anna Berg", "Carl Olof Dahl"]
    briefing = ("Spokesperson Li Wen's Regular Press Conference on May 3\n\nChina Daily: What "
                "is your comment on the talks?\n\nLi Wen: We welcome them.")
    article = read_text(briefing)
    assert [(s.speaker.name, s.speaker.description, s.kind) for s in article.statements] == [
        (None, "China Daily", "question"), ("Li Wen", None, "direct")]


def test_a_reporter_labelled_by_first_name_who_gives_the_full_name():
    text = ("Transcript of the weekly briefing\n\nAmal Roy, Official Spokesperson: Good "
            "afternoon. Questions?\n\nYeshi: This is Yeshi Tenzin from The Daily Bulletin. "
            "Will the minister travel?\n\nAmal Roy, Official Spokesperson: Not this month."
            "\n\nYeshi: Why not?")
    article = read_text(text)
    assert [(s.speaker.name, s.kind) for s in article.statements] == [
        ("Amal Roy", "direct"), ("Yeshi Tenzin", "question"), ("Amal Roy", "direct"),
        ("Yeshi Tenzin", "question")]


def test_page_furniture_with_colons_is_not_a_turn():
    text = ("Transcripts from the Prime Ministers\n\nMorrow, Jane\n\nRelease Date:\n"
            "Release Type:\nTranscript ID:\nReleased by:\n  • Morrow, Jane\n\nPM: Happy "
            "to take questions.\n\nJOURNALIST: How are you?\n\nPM: Fine, thank you.")
    article = read_text(text)
    assert [s.speaker.name for s in article.statements] == ["Jane Morrow", None, "Jane Morrow"]


@pytest.mark.skipif(not (POLNEAR / "dev.jsonl").exists(), reason="needs ../shared PolNeAR")
def test_polnear_dev_articles_stay_reports():
    with (POLNEAR / "dev.jsonl").open(encoding="utf-8") as fh:
        kinds = {json.loads(line)["doc_id"]: read_layout(json.loads(line)["text"])[0]
                 for line in fh}
    assert set(kinds.values()) == {"report"}, [k for k, v in kinds.items() if v != "report"]


def test_cli_kind_option_on_extract_and_ingest(tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["extract", str(KREMLIN), "--model", "fast", "--format", "jsonl",
                               "--kind", "report"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output.splitlines()[0])["kind"] == "report"
    out = runner.invoke(main, ["extract", str(KREMLIN), "--model", "fast", "--format", "jsonl"])
    row = json.loads(out.output.splitlines()[0])
    assert row["kind"] == "transcript"
    assert "question" in {s["kind"] for s in row["statements"]}
    db = f"sqlite:///{tmp_path / 't.db'}"
    out = runner.invoke(main, ["ingest", str(KREMLIN), "--db", db, "--model", "fast", "--quiet",
                               "--kind", "transcript"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["statements", "--db", db, "--kind", "question",
                               "--format", "jsonl"])
    assert {json.loads(line)["speaker"] for line in out.output.splitlines()} == {
        "Pavel Minakov", "Elena Sokolova", "Dmitry Ivanov"}


# ---------------------------------------------------------------- the store


def transcript_article() -> Article:
    text = "Vladimir Putin answered questions.\n\nPavel Minakov: Will the talks resume?"
    a = Article(id=Article.make_id(text), text=text, title="Answers", published=date(2025, 11, 14),
                kind="transcript", source=Origin("t.txt"))
    start = text.index("Will")
    a.statements = [Statement("question", [Span.of(text, start, len(text))],
                              speaker=Speaker("Pavel Minakov", "person",
                                              [Span.of(text, start - 15, start - 2)],
                                              "Interfax news agency", "turn"),
                              confidence=0.95, model="transcript 1")]
    return a


def test_store_round_trip_of_questions_and_article_kind(db_url):
    with Store.open(db_url) as store:
        store.add(transcript_article())
        (stored,) = store.statements(kind="question")
        assert (stored.kind, stored.speaker, stored.speaker_description) == (
            "question", "Pavel Minakov", "Interfax news agency")
        article = store.article(stored.article_id)
        assert article is not None and article.kind == "transcript"
        assert article.statements[0].kind == "question"
        with store.engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
            conn.execute(sa.text("UPDATE statements SET kind = 'rumour'"))


def test_the_migration_widens_an_older_database(db_url):
    """A database made before transcripts (old CHECK, no articles.kind) takes questions once
    opened again."""
    from whosaid.store import schema

    # the transcripts migration and those after it are undone (their tables stay: they are
    # created only where missing)
    version = schema.MIGRATIONS.index(schema._transcripts) + 1
    with Store.open(db_url) as store, store.engine.begin() as conn:
        _make_old(conn)
        conn.execute(sa.text("DELETE FROM schema_version WHERE version >= :v"), {"v": version})
    with Store.open(db_url) as store:
        store.add(transcript_article())
        assert store.statements(kind="question")[0].speaker == "Pavel Minakov"
        assert store.article(transcript_article().id).kind == "transcript"


def _make_old(conn) -> None:
    old = "kind IN ('direct', 'mixed', 'indirect')"
    new = "kind IN ('direct', 'mixed', 'indirect', 'question')"
    conn.execute(sa.text("DROP INDEX ix_articles_kind"))
    conn.execute(sa.text("ALTER TABLE articles DROP COLUMN kind"))
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("ALTER TABLE statements DROP CONSTRAINT statement_kind"))
        conn.execute(sa.text(f"ALTER TABLE statements ADD CONSTRAINT statement_kind CHECK ({old})"))
        return
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema=ON")
    conn.exec_driver_sql("UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                         "WHERE name = 'statements'", (new, old))
    conn.exec_driver_sql(f"PRAGMA schema_version={version + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema=OFF")


# ---------------------------------------------------------------- layouts of real transcripts


def _read_text(text: str) -> Article:
    return analyze(Document(text.encode(), "text/plain", Origin("t.txt")), model="fast")


def test_a_title_and_surname_label_takes_the_full_name_the_page_gives(nlp):
    text = ("Secretary of State Marco Rubio Remarks to the Press\n\nHamilton, Canada\n\n"
            "QUESTION: Mr. Secretary, does Russia want peace?\n\n"
            "SECRETARY RUBIO: Well, we will find out very soon.\n\n"
            "QUESTION: And Ukraine?\n\nSECRETARY RUBIO: They have been constructive.")
    article = _read_text(text)
    said = {s.text: (s.speaker.name, s.kind) for s in article.statements}
    assert said["Well, we will find out very soon."] == ("Marco Rubio", "direct")
    assert said["And Ukraine?"] == (None, "question")  # the press is not named


def test_a_headline_after_an_office_is_no_surname_first_name(nlp):
    """'Secretary Rubio Addresses Press' could read as an office and a name printed surname
    first ('Prime Minister Lee Hsien Loong'); a surname the news knows given name first is
    not one."""
    text = ("Secretary Rubio Addresses Press 24 November\n\nDepartment of State\n\n"
            "SECRETARY RUBIO: Hi, guys. We had a very good day today.\n\n"
            "QUESTION: Is there a deadline?\n\nSECRETARY RUBIO: We want it done soon.")
    said = {s.text: s.speaker.name for s in _read_text(text).statements}
    assert said["We want it done soon."] == "Marco Rubio"


def test_the_host_named_in_an_interviews_heading_asks_its_questions(nlp):
    text = ("Secretary of State Marco Rubio with Gillian Turner of Fox News\n09/15/2025\n"
            "QUESTION: Mr. Secretary, thank you for your time. Is the deal close?\n"
            "SECRETARY RUBIO: We are closer than we have ever been.\n"
            "QUESTION: How close?\nSECRETARY RUBIO: Days, not weeks.")
    said = {s.text: (s.speaker.name, s.kind) for s in _read_text(text).statements}
    assert said["How close?"] == ("Gillian Turner", "question")
    assert said["Days, not weeks."] == ("Marco Rubio", "direct")


def test_time_marked_labels_and_unnamed_askers(nlp):
    text = ("Karoline Leavitt Speaks to the Media 11/24/25\n\n"
            "Journalists (00:27):\n\nKaroline, is the White House supportive of the-\n\n"
            "Karoline Leavitt (00:29):\n\nI'll answer that in a question, but go ahead.\n\n"
            "Journalists (00:30):\n\nWhat do you make of his response?\n\n"
            "Karoline Leavitt (00:36):\n\nThe White House is supportive of the investigation.")
    article = _read_text(text)
    assert article.kind == "transcript"
    said = {s.text: (s.speaker.name, s.kind) for s in article.statements}
    assert said["The White House is supportive of the investigation."] == \
        ("Karoline Leavitt", "direct")
    assert said["What do you make of his response?"] == (None, "question")


def test_a_journalist_with_a_long_question_is_not_the_one_who_answers(nlp):
    question = " ".join(["Your decisions yesterday evoked a stormy response."] * 12)
    text = ("Vladimir Putin answered media questions.\n\n"
            f"Pavel Zarubin: Pavel Zarubin, Rossiya TV Channel.\n\n{question} What now?\n\n"
            "President of Russia Vladimir Putin: Let us start with the agreements.\n\n"
            "Pavel Zarubin: And the Minsk agreements?\n\n"
            "Vladimir Putin: They no longer exist.")
    article = _read_text(text)
    kinds = {s.text: (s.speaker.name, s.kind) for s in article.statements}
    assert kinds["And the Minsk agreements?"] == ("Pavel Zarubin", "question")
    assert kinds["They no longer exist."] == ("Vladimir Putin", "direct")
    # "answered media questions" is narration, not something Putin said
    assert not any("media questions" in s.text for s in article.statements)


def test_real_transcripts_turn_by_turn():
    """The labelled set of 13 real transcripts (evalsets/transcripts): every named turn goes
    to its speaker, no pronoun is a speaker, no unnamed journalist gets a name."""
    from whosaid.eval.transcripts import evaluate_transcripts

    result = evaluate_transcripts(Path(__file__).resolve().parent.parent / "evalsets" /
                                  "transcripts", resamples=10)
    assert result["turn_accuracy"] >= 0.95, result["errors"]
    assert result["pronoun_speakers"] == 0 and result["unnamed_turns_named"] == 0


def test_briefing_layouts_without_a_colon_glued_or_time_marked(nlp):
    briefing = ("Press Briefing by Press Secretary Josh Earnest\n\n"
                "MR. EARNEST:  Good afternoon, everybody.\n\n"
                "Q    Sure, thanks, Josh. Was the President briefed?\n\n"
                "MR. EARNEST:  I can tell you that he was.\n\n"
                "Q Oh, okay. And when?\n\nMR. EARNEST: Last week.")
    said = {s.text: (s.speaker.name, s.kind) for s in _read_text(briefing).statements}
    assert said["Sure, thanks, Josh. Was the President briefed?"] == (None, "question")
    assert said["I can tell you that he was."] == ("Josh Earnest", "direct")
    debate = ("SEN. MARCO RUBIO:\n\nIt's just not true--\n\n"
              "GOV. CHRIS CHRISTIE:There it is--\n\nSEN. MARCO RUBIO:\n\nHe knows it--")
    said = {s.text: s.speaker.name for s in _read_text(debate).statements}
    assert said["There it is--"] == "Chris Christie"
    speech = ("Governor Andrew Cuomo held a briefing.\n\n"
              "Governor Andrew Cuomo: (00:00)\nAn exciting day.\n\n"
              "Governor Andrew Cuomo: (00:33)\nWith me on the dais we have the speaker.\n\n"
              "Governor Andrew Cuomo: (01:10)\nLet me thank them all.")
    article = _read_text(speech)
    assert article.kind == "transcript"  # one speaker, but time-marked turns
    assert {s.speaker.name for s in article.statements} == {"Andrew Cuomo"}


def test_a_title_label_an_answer_to_a_name_and_a_heading_label(nlp):
    text = ("The following is a transcript of today's briefing by Farhan Haq, Acting Deputy "
            "Spokesperson for the Secretary-General.\n\n"
            "Full Text of the Briefing: Haiti and Korea\n\n"
            "Edmond Mulet, Special Representative and Head of the Mission in Haiti:  Yes, "
            "Farhan.\n\nActing Deputy Spokesperson:  Okay, great. We are ready to start.\n\n"
            "**Statement on Korea\n\nEdmond Mulet, Special Representative:  Thank you.")
    said = {s.text: s.speaker.name for s in _read_text(text).statements}
    assert said["Yes, Farhan."] == "Edmond Mulet"  # no name and outlet: an answer to Farhan
    assert said["Okay, great. We are ready to start."] == "Farhan Haq"
    assert not any("Haiti and Korea" in t or "Statement on Korea" in t for t in said)


def test_an_outlets_initials_are_the_journalist_the_page_names_for_it(nlp):
    text = ("President Trump gave an interview to the Associated Press’s Julie Pace.\n\n"
            "AP: Do you feel you should be held to that plan?\n\n"
            "TRUMP: Somebody put out the concept of a hundred-day plan.\n\n"
            "AP: And the wall?\n\nTRUMP: The wall will get built.")
    said = {s.text: (s.speaker.name, s.kind) for s in _read_text(text).statements}
    assert said["And the wall?"] == ("Julie Pace", "question")


def test_an_exchange_quoted_in_an_article_ends_where_the_writer_goes_on():
    text = (
        "Cable News Panel Dismisses the Tax Plan.\n\n"
        "A panel of reporters led by a cable host agreed on Saturday that the senator's plan to "
        "tax financial transactions is cheap pandering with little merit as public policy.\n\n"
        "Their analysis did not mention the credible studies that project such a tax would be a "
        "major source of revenue, nor the countries where it already works well.\n\n"
        "Chris Matthews: Seriously, what do you mean by a tax on speculation? I ask people.\n\n"
        "Luciana Lopez: Everyone has a different image of what that is. We all do.\n\n"
        "Matthews: Here's the irony of our time: everybody hates people who make money off "
        "money, yet you want better than the interest rate.\n"
        "To be clear, a disproportionate share of any such tax would be paid by the rich.\n\n"
        "The panel is right to note that the tax would fall on smaller investors as well.\n\n"
        "A 2009 report by a research center found that the tax would raise $220 billion.\n")
    kind, layout = read_layout(text)
    assert kind == "transcript"
    last = layout.turns[-1]
    assert text[last.body[-1][0]:last.body[-1][1]].endswith("than the interest rate.")
    narration = [text[a:b] for a, b in layout.narration]
    assert any(line.startswith("To be clear") for line in narration)
    assert any(line.startswith("A 2009 report") for line in narration)
    # a transcript that opens with no article keeps every line of a long answer
    plain = text[text.index("Chris Matthews:"):]
    assert len(read_layout(plain)[1].turns[-1].body) == 4


def test_a_headline_quoting_someone_and_a_table_of_figures_are_no_transcript():
    headline = ("Marco Rubio: ‘You Don’t Win The Nomination By How Many States You Win.’\n\n"
                "With four contests in the books, Florida Sen. Marco Rubio has finished second "
                "to fifth.\n\nHey, Rubio is right about one thing: states are not delegates.\n")
    assert read_layout(headline) == ("report", None)
    table = ("Delegate Update: The latest count in the Democratic race.\n\n"
             "It takes 2,383 delegates to win.\n\nHillary Clinton: 1,769.\n\n"
             "Bernie Sanders: 1,501.\n\nClinton: 547.\n\nSanders: 46.\n\n"
             "Clinton needs 67 delegates to reach the 2,383 needed to win.\n")
    assert read_layout(table) == ("report", None)
    # a transcript that opens on a sentence in capitals is still one
    opening = ("QUESTION: We turn now to Secretary of State Marco Rubio. Good morning to you.\n"
               "SECRETARY RUBIO: Good morning.\nQUESTION: What is the deadline?\n"
               "SECRETARY RUBIO: There is no deadline yet, and we will see.\n")
    assert read_layout(opening)[0] == "transcript"
