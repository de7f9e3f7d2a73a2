"""Speaker labels of transcripts (``whosaid.extract.transcript``): office words and their
abbreviations before a surname, labels a rejoined page runs into a line, journalists' and
parliamentary questions, and page furniture before the first turn. The lines are made up."""

from __future__ import annotations

import pytest

from whosaid.extract.transcript import read_layout, turn_statements


def said(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, description, kind, words) of each statement, read by turn."""
    layout = read_layout(text, "transcript")[1]
    assert layout is not None
    return [(s.speaker.name, s.speaker.description, s.kind, s.text)
            for s in turn_statements(text, layout)]


@pytest.mark.parametrize("label, name, description", [
    ("SEN. WHITFIELD", "Laura Whitfield", "Sen."),
    ("REP. WHITFIELD", "Laura Whitfield", "Rep."),
    ("GOV. WHITFIELD", "Laura Whitfield", "Gov."),
    ("SECRETARY DESIGNATE WHITFIELD", "Laura Whitfield", "Secretary Designate"),
    ("PRESIDENT-ELECT WHITFIELD", "Laura Whitfield", "President-Elect"),
    ("AMBASSADOR WHITFIELD", "Laura Whitfield", "Ambassador"),
    ("MINISTER WHITFIELD", "Laura Whitfield", "Minister"),
    ("LT. GEN. WHITFIELD", "Laura Whitfield", "Lt. Gen."),
    ("DR. WHITFIELD", "Laura Whitfield", None),
])
def test_an_office_before_a_surname_is_the_description_and_the_name_the_full_one(
        label, name, description):
    text = ("HOST: Joining us now is Laura Whitfield.\n"
            f"{label}: Thanks for having me.\n"
            "HOST: Will the bill pass?\n"
            f"{label}: I believe it will.")
    speakers = {words: (who, desc) for who, desc, _, words in said(text)}
    assert speakers["I believe it will."] == (name, description)


def test_a_short_label_is_the_person_a_full_label_names():
    text = ("MARIA LOPEZ: Joining us now is the senator.\n"
            "SEN. LAURA WHITFIELD: Good morning, Maria.\n"
            "MARIA LOPEZ: Will the bill pass?\n"
            "SEN. WHITFIELD: I believe it will.\n"
            "MARIA LOPEZ: By Friday?\n"
            "SECRETARY DESIGNATE WHITFIELD: Perhaps.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["I believe it will."] == "Laura Whitfield"
    assert speakers["Perhaps."] == "Laura Whitfield"
    assert speakers["Good morning, Maria."] == "Laura Whitfield"


def test_a_label_run_into_a_line_opens_a_turn_where_it_opens_lines_elsewhere():
    # a hard-wrapped page whose lines were rejoined: the labels stand inside a paragraph
    text = ("MINISTER OKAFOR: Let us begin. QUESTION: Minister, will prices fall? You said "
            "so --MINISTER OKAFOR: Yes.\n\n"
            "QUESTION: -- last week.\n\n"
            "MINISTER OKAFOR: They will fall by spring.")
    turns = [(who, kind, words) for who, _, kind, words in said(text)]
    assert turns == [
        ("Okafor", "direct", "Let us begin."),
        (None, "question", "Minister, will prices fall? You said so --"),
        ("Okafor", "direct", "Yes."),
        (None, "question", "-- last week."),
        ("Okafor", "direct", "They will fall by spring.")]


def test_a_label_inside_a_sentence_or_in_lower_case_stays_words():
    text = ("MINISTER OKAFOR: The memo headed QUESTION: prices was read.\n\n"
            "QUESTION: And then?\n\nMINISTER OKAFOR: Nothing. Question: none.")
    words = [w for *_, w in said(text)]
    assert "The memo headed QUESTION: prices was read." in words
    assert "Nothing. Question: none." in words


def test_a_journalist_who_named_their_outlet_asks_in_every_turn():
    text = ("Official Spokesperson Ravi Menon: Good afternoon. Let us take questions.\n\n"
            "Priya Nair: This is Priya Nair from Harbour Times. Has the visit been fixed?\n\n"
            "Official Spokesperson Ravi Menon: Not yet. We will announce it in due course.\n\n"
            "Priya Nair: Of the border talks as well, the dates.\n\n"
            "Official Spokesperson Ravi Menon: Those too.")
    kinds = {words: (who, kind) for who, _, kind, words in said(text)}
    assert kinds["Of the border talks as well, the dates."] == ("Priya Nair", "question")
    assert kinds["Those too."] == ("Ravi Menon", "direct")


def test_a_parliamentary_question_on_the_order_paper_is_a_question():
    text = ("Results for speaker: Aoife Brennan\n"
            "Aoife Brennan: The Minister should publish the report.\n"
            "Aoife Brennan: 11. To ask the Taoiseach when the committee last met.\n"
            "Aoife Brennan: To ask the Minister for Health the waiting times.\n"
            "Aoife Brennan: We need answers.")
    kinds = {words: kind for _, _, kind, words in said(text)}
    assert kinds["11. To ask the Taoiseach when the committee last met."] == "question"
    assert kinds["To ask the Minister for Health the waiting times."] == "question"
    assert kinds["We need answers."] == "direct"


def test_page_furniture_with_a_colon_before_the_first_turn_is_narration():
    text = ("GET THE APP: iPhone app Android app\n\n"
            "Press conference after the talks\n\n"
            "Anna Berg: Good evening. The talks went well.\n\n"
            "Question: What was agreed?\n\n"
            "Anna Berg: A ceasefire.")
    layout = read_layout(text, "transcript")[1]
    assert [t.label.name for t in layout.turns] == ["Anna Berg", "Question", "Anna Berg"]
    narration = [text[a:b] for a, b in layout.narration]
    assert "Press conference after the talks" in narration
    # a first turn that speaks in sentences stays a turn, even under a label seen once
    text = "Chair: Welcome, all.\n\nAnna Berg: Thank you.\n\nQuestion: Why?\n\nAnna Berg: Trade."
    assert read_layout(text, "transcript")[1].turns[0].label.name == "Chair"


def test_a_first_turn_holding_sentences_is_no_furniture_though_it_ends_in_a_quote_mark():
    # the host's introduction ends "…with me: “", yet it holds sentences
    text = ("Interview of Minister Thomas Varga with journalist Carla Dunn\n\n"
            "CD:  “Minister Thomas Varga is here.  He arrived this week.  Welcome: “\n\n"
            "Q:  “What was agreed?”\n\n"
            "Mr Varga:  “A ceasefire.”")
    layout = read_layout(text, "transcript")[1]
    assert [t.label.name for t in layout.turns] == ["CD", "Q", "Mr Varga"]


def test_initials_and_roles_given_in_brackets_name_the_labels_person_later():
    text = ("Carla Dunn (CD): Welcome, Minister.\n\n"
            "Minister Thomas Varga (TV): Thank you.\n\n"
            "Mr Owen Price (Moderator): Let us begin. What was agreed?\n\n"
            "TV: A ceasefire.\n\n"
            "CD: Will it hold?\n\n"
            "Moderator: And the talks?\n\n"
            "TV: They go on.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["Will it hold?"] == "Carla Dunn"
    assert speakers["A ceasefire."] == "Thomas Varga"
    assert speakers["And the talks?"] == "Owen Price"


def test_initials_the_page_never_spells_out_name_nobody():
    text = ("I met the minister in his office last week.\n"
            "RB: Good to see you.\n"
            "PMJT: Good to be here.\n"
            "RB: Why did you sign the deal?\n"
            "PMJT: Because it was good.")
    assert {who for who, *_ in said(text)} == {None}


def test_a_name_printed_surname_first_is_kept_whole_and_its_surname_label_resolves_to_it():
    text = ("PM Lee Hsien Loong: We were satisfied with the results.\n\n"
            "Moderator: Will you stay?\n\n"
            "PM Lee: I have not decided.\n\n"
            "Moderator: Why not?\n\n"
            "PM: The virus took us by surprise.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["We were satisfied with the results."] == "Lee Hsien Loong"
    assert speakers["I have not decided."] == "Lee Hsien Loong"
    # a title alone names the one whose label gives that title
    assert speakers["The virus took us by surprise."] == "Lee Hsien Loong"
    # the page gives the full name only in its text, after an office
    text = ("Interview of Prime Minister Lee Hsien Loong, son of Lee Kuan Yew\n\n"
            "Q: What was agreed?\n\nMr Lee: A great deal.\n\nQ: And next?\n\nMr Lee: More.")
    assert {who for who, _, _, words in said(text) if words == "More."} == {"Lee Hsien Loong"}


def test_a_party_tag_and_a_name_particle_stay_out_of_the_label_and_in_the_name():
    text = ("HOST: Crime is up.\n\n"
            "MAYOR ANNA DE WITT (D), RIVERTON: Our city is safe.\n\n"
            "HOST: The senator disagrees.\n\n"
            "SEN. PAUL GRANT (R-OH): It is not.\n\n"
            "HOST: We will ask the mayor.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["Our city is safe."] == "Anna de Witt"
    assert speakers["It is not."] == "Paul Grant"


def test_an_anonymous_official_is_no_name():
    text = ("MR. DALE: Good afternoon. With that, I turn it over.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: Hi, everyone. I will give you a topline.\n\n"
            "Q: Will he mention trade?\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: He will.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["He will."] is None


def test_the_q_turns_are_the_hosts_whom_the_heading_names_though_the_host_has_a_label():
    text = ("Transcript of Minister Thomas Varga's interview with US radio journalist Carla Dunn\n\n"
            "CD: Minister Thomas Varga is here. He came for the summit.\n\n"
            "Q: What was agreed?\n\n"
            "Mr Varga: A ceasefire.\n\n"
            "Q: Will it hold?\n\n"
            "Mr Varga: I hope so.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["What was agreed?"] == "Carla Dunn"
    assert speakers["Will it hold?"] == "Carla Dunn"
    assert speakers["I hope so."] == "Thomas Varga"


def test_a_numbered_heading_with_a_bracket_between_turns_is_narration():
    text = ("Host: Why is that?\n\n"
            "PM: It is what voters decided.\n\n"
            "2) Rankings are biased\n\n"
            "Host: Look at the rankings.\n\n"
            "PM: They do not like us.")
    layout = read_layout(text, "transcript")[1]
    assert "2) Rankings are biased" in [text[a:b] for a, b in layout.narration]


def test_one_broadcaster_with_a_full_label_then_the_surname_is_a_transcript():
    text = ("Read the transcript to the Friday show\n\n"
            "Guest: Rep. Tom Hale\n\n"
            "DAVID REYES, HOST:  Good evening, Lawrence.  Thanks for filling in.\n\n"
            "REYES:  Thanks to you at home as well for tuning in.  It is Friday.")
    kind, layout = read_layout(text)
    assert kind == "transcript"
    assert [t.label.name for t in layout.turns] == ["DAVID REYES", "REYES"]


def test_a_surname_label_in_capitals_takes_the_case_the_page_prints():
    text = ("ANCHOR: General Kenneth McLean is head of the command.\n\n"
            "MCLEAN: We are executing the mission.\n\n"
            "ANCHOR: And he expects more.\n\n"
            "MCLEAN: We are preparing.")
    assert {who for who, _, _, words in said(text) if words == "We are preparing."} \
        == {"Kenneth McLean"}


def test_a_journalists_outlet_after_a_slash_is_no_part_of_the_name():
    text = ("Press Briefing of Presidential Spokesperson Harry Roque\n\n"
            "ROCKY IGNACIO/PTV4:  Good morning. Welcome to the briefing.\n\n"
            "SEC. ROQUE:  Good morning. Let me begin with the good news.")
    kind, layout = read_layout(text)
    assert kind == "transcript"
    assert (layout.turns[0].label.name, layout.turns[0].label.affiliation) \
        == ("ROCKY IGNACIO", "PTV4")
    assert said(text)[0][0] == "Rocky Ignacio"


def test_an_office_alone_that_the_page_gives_nobody_names_nobody():
    text = ("LEIGH SALES:\nTreasurer, thank you for joining us.\n"
            "TREASURER:\nGreat to be with you, Leigh.\n"
            "LEIGH SALES:\nWhat has changed?\n"
            "TREASURER:\nNothing.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["Nothing."] is None
    assert speakers["What has changed?"] == "Leigh Sales"


def test_a_key_of_initials_spells_out_the_labels():
    text = ("This is a verbatim transcript of my interview.\n\n"
            "JW= Jana Wendt\nNZ= Nathan Zamprogno.\n\n"
            "JW: Nathan, how long have you been a member?\n"
            "NZ: Seventeen years.\n"
            "JW: And why?\n"
            "NZ: I grew up there.")
    turns = [(who, kind) for who, _, kind, _ in said(text)]
    assert turns == [("Jana Wendt", "question"), ("Nathan Zamprogno", "direct"),
                     ("Jana Wendt", "question"), ("Nathan Zamprogno", "direct")]


def test_a_bare_surname_takes_the_one_full_name_the_heading_prints():
    text = ("Interview with Presidential Spokesperson Harry Roque by Pinky Webb – The Source\n\n"
            "WEBB: Secretary Roque, welcome to the show.\n\n"
            "SEC. ROQUE: Good morning.\n\n"
            "WEBB: Tell us about the decision?\n\n"
            "SEC. ROQUE: That's right.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["Tell us about the decision?"] == "Pinky Webb"
    assert speakers["That's right."] == "Harry Roque"
    # an office before the surname is no given name
    text = ("Briefing with Press Secretary Morrow\n\nMR. MORROW: Good afternoon.\n\n"
            "Q: Any news?\n\nMR. MORROW: None.")
    assert {who for who, _, _, words in said(text) if words == "None."} == {"Morrow"}


def test_a_credit_line_with_a_colon_is_narration_not_a_turn():
    text = ("Transcript: a conversation on security\n\n"
            "CORRESPONDENT: PAUL GRANT\n"
            "PRODUCER: ANNA BERG\n\n"
            "PAUL GRANT: Welcome to the show. Why does it matter?\n\n"
            "MARK OLSEN: Because it is dangerous.\n\n"
            "PAUL GRANT: How so?\n\n"
            "MARK OLSEN: Ask the generals.")
    layout = read_layout(text)[1]
    assert [t.label.name for t in layout.turns] == ["PAUL GRANT", "MARK OLSEN"] * 2
    narration = [text[a:b] for a, b in layout.narration]
    assert "CORRESPONDENT: PAUL GRANT" in narration
    assert "PRODUCER: ANNA BERG" in narration
    # an office's words that are no name stay a turn
    text = "HOST: Thank You\n\nANNA BERG: Hello.\n\nHOST: Why?\n\nANNA BERG: Because."
    assert read_layout(text)[1].turns[0].label.name == "HOST"


def test_a_date_line_before_the_turns_is_furniture():
    text = ("Today: Moscow hosts the talks. Read more below.\nTags: Russia, USA\n\n"
            "Anna Berg: Good evening. Thank you for coming.\n\n"
            "Question: What was agreed?\n\n"
            "Anna Berg: A ceasefire.")
    layout = read_layout(text, "transcript")[1]
    assert [t.label.name for t in layout.turns] == ["Anna Berg", "Question", "Anna Berg"]


def test_a_headlines_capitalised_preposition_is_no_part_of_the_title_holders_name():
    from whosaid.extract.transcript import _before_preposition

    text = ("REMARKS BY THE PRESIDENT\n                 UPON DEPARTURE\n\n"
            "THE PRESIDENT: Before I leave, a word on the crash.\n\n"
            "Q Mr. President, can you confirm the reports?\n\n"
            "THE PRESIDENT: I cannot confirm them.")
    assert {who for who, *_ in said(text)} == {None}
    assert _before_preposition("Trump Before Marine One Departure") == "Trump"
    assert _before_preposition("Ursula von der Leyen") == "Ursula von der Leyen"


def test_a_surname_label_takes_the_full_name_a_pages_lower_case_keywords_give():
    text = ("Remarks on the economy. Keywords: president, donald trump, remarks\n\n"
            "TRUMP: We are doing well.\n\nQ: And the floods?\n\nTRUMP: We are looking at them.")
    assert {who for who, _, _, words in said(text) if words == "We are looking at them."} \
        == {"Donald Trump"}


def test_a_bare_surname_label_is_not_completed_with_a_place_that_follows_it():
    text = ("The interview took place at Trump Tower Chicago on Friday.\n\n"
            "HOST: Welcome.\n\nTRUMP: Thank you.\n\nHOST: Why now?\n\nTRUMP: Because.")
    # not "Tower Trump": the known-people list's full name, or the bare surname
    assert {who for who, _, _, words in said(text) if words == "Because."} == {"Donald Trump"}


def test_a_first_name_label_takes_the_full_name_an_earlier_label_gives():
    text = ("PIPPA HALVORSEN: Welcome back to the show.\n"
            "DORIAN VASQUEZ: Glad to be here.\n"
            "PIPPA: What did you find?\n"
            "DORIAN VASQUEZ: Nothing at all.\n"
            "PIPPA: Nothing?")
    assert {who for who, _, _, words in said(text) if words.startswith("What")} \
        == {"Pippa Halvorsen"}


def test_a_first_name_label_takes_the_full_name_the_text_prints():
    text = ("ODO: Our guest today is the producer Saffi Brennecke!\n"
            "SAFFI: Hello, everyone.\n"
            "ODO: What is the series about?\n"
            "SAFFI: It is about rivers.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["It is about rivers."] == "Saffi Brennecke"
    assert speakers["What is the series about?"] == "Odo"  # no full name printed for him


def test_a_surname_label_takes_the_name_printed_family_name_first_in_capitals():
    text = ("Press Conference by Foreign Minister KAWABATA Hironori\n\n"
            "Reporter: Will you travel next week?\n\n"
            "Minister KAWABATA: That is being arranged.\n\n"
            "Reporter: And the summit?\n\n"
            "Minister KAWABATA: It is too early to say.")
    assert {who for who, _, _, words in said(text) if words.startswith("It is too")} \
        == {"Hironori Kawabata"}


def test_a_title_label_takes_the_name_the_host_gives_after_the_title_and_a_comma():
    text = ("Media Releases\n\nDesk Editor Desk Editor\n\nInterview with Radio 9\n\n"
            "HOST: A warm welcome to the Prime Minister of Freedonia, Anna Kowalczyk. "
            "How are you?\n\n"
            "PRIME MINISTER: Very well, thank you.\n\n"
            "HOST: What is your plan?\n\n"
            "PRIME MINISTER: Lower taxes.")
    assert {who for who, _, _, words in said(text) if words == "Lower taxes."} \
        == {"Anna Kowalczyk"}


def test_a_title_label_takes_the_name_a_heading_prints_surname_first(nlp):
    from whosaid.models import Document, Origin
    from whosaid.pipeline import analyze

    text = ("PM Transcripts\n\nTranscripts from the Prime Ministers of Freedonia\n\n"
            "Harrowgate, Malcolm\n\nPeriod of Service: 15/09/2015 - 24/08/2018\n"
            "Release Date:\n26/01/2016\nThe Evening Show\n\n"
            "ANNA BELL:\n\nWelcome, Prime Minister. How was the day?\n\n"
            "PRIME MINISTER:\n\nBusy, as always. We opened a bridge.\n\n"
            "ANNA BELL:\n\nWas it a good bridge?\n\n"
            "PRIME MINISTER:\n\nA very good bridge.\n")
    article = analyze(Document(text.encode(), "text/plain", Origin("t.txt")), model="fast")
    assert {s.speaker.name for s in article.statements if s.text == "A very good bridge."} \
        == {"Malcolm Harrowgate"}


def test_a_bare_surname_label_takes_the_known_full_name_only_for_nobody_on_the_page():
    text = "PUTIN: Good afternoon.\n\nQUESTION: Will you meet?\n\nPUTIN: Perhaps."
    assert {who for who, _, _, words in said(text) if words == "Perhaps."} == {"Vladimir Putin"}
    text = ("The Post's publisher FREDERICK RYAN JR. spoke with the senator.\n\n"
            "RYAN: Welcome.\n\nHOST: Thank you.\n\nRYAN: Let us begin.")
    assert "Paul Ryan" not in {who for who, _, _, _ in said(text)}
