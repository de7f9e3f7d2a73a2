"""Turn labels of the held-out transcript test set, written by hand (see README.md).
build.py turns them into turns.jsonl and files.jsonl.

Same conventions as evalsets/transcripts/spec.py. Per file, in text order:
("T", label as printed, speaker, kind, affiliation[, note]) for a turn that starts at a line
beginning with the label followed by ":" — or, for a label listed in the file's "nocolon", by
whitespace ("Q    Sure, thanks" in White House transcripts) — and ("N", exact text) for a
line of narration that ends the turn before it (stage directions such as "(END VIDEOTAPE)",
editor's notes, section headings). Every other non-blank line outside the turns becomes a
narration block automatically, except the lines listed in "not_narration": lines that are
neither a turn nor narration and so are not listed at all (the unlabelled speech of the UN
spokesperson, whose near-verbatim transcript prints his own words without a label).
speaker None on a turn = the text does not name who speaks.
"""
T, P = "Donald Trump", "Vladimir Putin"
CT, MB, WB, CW = "Chuck Todd", "Margaret Brennan", "Wolf Blitzer", "Chris Wallace"
AS, AK = "Arthur Sulzberger Jr.", "Andrey Kondrashov"

SPEC = {
"whitehouse-2017-01-11-earnest": {
    "url": "https://obamawhitehouse.archives.gov/the-press-office/2017/01/11/press-briefing-press-secretary-josh-earnest-1112017",
    "layout": "White House briefing: 'MR. EARNEST:' and 'Q' followed by spaces, without a colon",
    "nocolon": ["Q"],
    "turns": [
        ("T", "MR. EARNEST", "Josh Earnest", "statement", None),
        ("T", "Q", None, "question", None, "label printed without a colon; the reporter is addressed only by a first name ('Josh'), which is not a full name"),
        ("T", "MR. EARNEST", "Josh Earnest", "answer", None),
        ("T", "Q", None, "question", None, "label printed without a colon; an unnamed reporter; cut by the end of the excerpt"),
    ]},
"dod-2015-09-08-cook": {
    "url": "https://www.globalsecurity.org/military/library/news/2015/09/mil-150908-dod01.htm",
    "layout": "Pentagon briefing: 'PETER COOK:' first, then 'Q:' / 'MR. COOK:'",
    "turns": [
        ("T", "PETER COOK", "Peter Cook", "statement", None),
        ("T", "Q", None, "question", None, "the press secretary calls on 'Tony', a first name only"),
        ("T", "MR. COOK", "Peter Cook", "answer", None),
    ]},
"dod-2008-03-10-morrell": {
    "url": "https://aus-city.com/cgi-bin/dada/mail.cgi?flavor=archive_bare&id=20080311120503&list=MILITARY_REPORTS",
    "layout": "Pentagon briefing in a mailing-list archive: 'MR. MORRELL:' and 'Q' followed by one space, no colon; the press secretary calls on reporters by first name on a line of its own ('Lita.')",
    "nocolon": ["Q"],
    "turns": [
        ("T", "MR. MORRELL", "Geoff Morrell", "statement", None, "the text gives the surname only ('Press Secretary Morrell'); ends with 'Lita.', calling on a reporter"),
        ("T", "Q", None, "question", None, "label without a colon; the reporter is called on as 'Lita', a first name only; '(Laughter, cross talk.)' inside the turn"),
        ("T", "MR. MORRELL", "Geoff Morrell", "answer", None, "ends with 'Andrew.', calling on the next reporter"),
        ("T", "Q", None, "question", None, "called on as 'Andrew', a first name only"),
        ("T", "MR. MORRELL", "Geoff Morrell", "answer", None),
        ("T", "Q", None, "question", None),
        ("T", "MR. MORRELL", "Geoff Morrell", "answer", None),
        ("T", "Q", None, "question", None),
        ("T", "MR. MORRELL", "Geoff Morrell", "answer", None),
        ("T", "Q", None, "question", None, "cut by the end of the excerpt"),
    ]},
"cnn-2024-07-02-white-house-briefing": {
    "url": "https://transcripts.cnn.com/show/cnc/date/2024-07-02/segment/11",
    "layout": "White House briefing as aired on CNN: the excerpt opens mid-answer with 'NAME, TITLE:', then 'UNIDENTIFIED FEMALE:' for a reporter and the surname ('JEAN-PIERRE:')",
    "turns": [
        ("T", "KARINE JEAN-PIERRE, WHITE HOUSE PRESS SECRETARY", "Karine Jean-Pierre", "answer", None, "the rest of an answer to a question asked before this segment"),
        ("T", "UNIDENTIFIED FEMALE", None, "question", None),
        ("T", "JEAN-PIERRE", "Karine Jean-Pierre", "answer", None, "cut by the end of the excerpt"),
    ]},
"nbc-2016-02-07-meet-the-press": {
    "url": "http://www.nbcnews.com/meet-the-press/meet-press-february-7-2016-n513266",
    "layout": "TV transcript: upper-case label with title ('SEN. MARCO RUBIO:') on its own line, text below; some labels run into the text with no space ('GOV. CHRIS CHRISTIE:There it is--')",
    "turns": [
        ("T", "CHUCK TODD", CT, "statement", "NBC News"),
        ("T", "SEN. MARCO RUBIO", "Marco Rubio", "statement", None, "debate clip"),
        ("T", "GOV. CHRIS CHRISTIE", "Chris Christie", "statement", None, "debate clip; no space after the colon"),
        ("T", "SEN. MARCO RUBIO", "Marco Rubio", "statement", None),
        ("T", "GOV. CHRIS CHRISTIE", "Chris Christie", "statement", None),
        ("T", "CHUCK TODD", CT, "statement", "NBC News", "teaser; the questions in it are rhetorical"),
        ("T", "SEC. HILLARY CLINTON", "Hillary Clinton", "statement", None),
        ("T", "CHUCK TODD", CT, "statement", "NBC News"),
        ("T", "SEN. BERNIE SANDERS", "Bernie Sanders", "statement", None),
        ("T", "CHUCK TODD", CT, "statement", "NBC News"),
        ("T", "SEN. BERNIE SANDERS", "Bernie Sanders", "statement", None),
        ("T", "CHUCK TODD", CT, "statement", "NBC News"),
        ("T", "ANNOUNCER", None, "statement", "NBC News"),
        ("T", "CHUCK TODD", CT, "statement", "NBC News"),
    ]},
"cbs-2019-01-06-face-the-nation": {
    "url": "https://cbsnews.com/news/full-transcript-of-face-the-nation-on-january-6-2019",
    "layout": "TV transcript: 'MARGARET BRENNAN:' with clips labelled by title and name ('PRESIDENT DONALD TRUMP:', 'REPRESENTATIVE MAX ROSE:'); guest list before",
    "turns": [
        ("T", "MARGARET BRENNAN", MB, "statement", "CBS News"),
        ("T", "PRESIDENT DONALD TRUMP", T, "statement", None),
        ("T", "MARGARET BRENNAN", MB, "statement", "CBS News"),
        ("T", "NANCY PELOSI", "Nancy Pelosi", "statement", None),
        ("T", "MARGARET BRENNAN", MB, "statement", "CBS News"),
        ("T", "KEVIN MCCARTHY", "Kevin McCarthy", "statement", None),
        ("T", "MARGARET BRENNAN", MB, "statement", "CBS News"),
        ("T", "REPRESENTATIVE MAX ROSE", "Max Rose", "statement", None),
        ("T", "MARGARET BRENNAN", MB, "statement", "CBS News"),
    ]},
"cnn-2004-04-23-wolf-blitzer-reports": {
    "url": "http://transcripts.cnn.com/TRANSCRIPTS/0404/23/wbr.00.html",
    "layout": "CNN rush transcript: 'NAME, TITLE:' once, then surname ('BLITZER:'); '(voice-over)' in a label; '(BEGIN VIDEOTAPE)' / '(END VIDEOTAPE)'; UNIDENTIFIED MALE; ANNOUNCER",
    "turns": [
        ("N", "(BEGIN VIDEOTAPE)"),
        ("T", "WOLF BLITZER, CNN ANCHOR (voice-over)", WB, "statement", "CNN"),
        ("T", "PAT TILLMAN, ARIZONA CARDINALS, U.S. ARMY", "Pat Tillman", "statement", None),
        ("T", "BLITZER", WB, "statement", "CNN", "spans a second paragraph of voice-over ('Deadly foe. ...')"),
        ("T", "PAUL BREMER, U.S. CIVILIAN ADMINISTRATOR IN IRAQ", "Paul Bremer", "statement", None),
        ("T", "BLITZER", WB, "statement", "CNN"),
        ("T", "UNIDENTIFIED MALE", None, "statement", None),
        ("T", "BLITZER", WB, "statement", "CNN"),
        ("T", "ANNOUNCER", None, "statement", "CNN"),
        ("N", "(END VIDEOTAPE)"),
        ("T", "BLITZER", WB, "statement", "CNN"),
        ("T", "ELAINE QUIJANO, CNN CORRESPONDENT", "Elaine Quijano", "statement", "CNN"),
    ]},
"fox-2021-04-25-fox-news-sunday": {
    "url": "https://foxnews.com/transcript/rep-bass-we-have-to-find-a-way-to-hold-police-officers-accountable-graphic-warning",
    "layout": "Fox rush transcript with hard line breaks inside turns; 'NAME, TITLE:' then surname; '(voice-over)' / '(on camera)' in labels; '(CHANTING)' between turns",
    "turns": [
        ("T", "CHRIS WALLACE, FOX NEWS ANCHOR", CW, "statement", "Fox News"),
        ("N", "(BEGIN VIDEOTAPE)"),
        ("T", "KAMALA HARRIS, VICE PRESIDENT OF THE UNITED STATES", "Kamala Harris", "statement", None),
        ("T", "WALLACE (voice-over)", CW, "statement", "Fox News"),
        ("N", "(CHANTING)"),
        ("T", "WALLACE", CW, "statement", "Fox News"),
        ("T", "BIDEN", "Joe Biden", "statement", None, "the label is the surname only; the text calls him 'President Biden' and never gives his first name"),
        ("T", "SEN. LINDSEY GRAHAM (R-SC)", "Lindsey Graham", "statement", None),
        ("T", "WALLACE", CW, "statement", "Fox News"),
        ("T", "GEORGE W. BUSH, FORMER PRESIDENT", "George W. Bush", "statement", None),
        ("T", "WALLACE", CW, "question", "Fox News", "an archival clip of the host's question to Trump"),
        ("T", "DONALD TRUMP, FORMER PRESIDENT", T, "answer", None, "an archival clip: the reply to the host's question"),
        ("T", "WALLACE", CW, "statement", "Fox News"),
        ("N", "(END VIDEOTAPE)"),
        ("T", "WALLACE (on camera)", CW, "statement", "Fox News"),
    ]},
"mirage-2024-06-05-putin-news-agencies": {
    "url": "https://www.miragenews.com/transcript-of-putin-interview-missiles-at-west-1250852/",
    "layout": "'Full name:' for the moderator, 'Putin:' (surname) for the president; narrated introduction with a caption line",
    "turns": [
        ("T", "Andrey Kondrashov", AK, "statement", "TASS", "opening thanks by the moderator"),
        ("T", "Putin", P, "statement", None, "Putin asks the moderator a question: not a journalist's question"),
        ("T", "Andrey Kondrashov", AK, "statement", "TASS", "reply to Putin's question"),
        ("T", "Putin", P, "statement", None),
        ("T", "Andrey Kondrashov", AK, "question", "TASS"),
        ("T", "Putin", P, "answer", None),
        ("T", "Andrey Kondrashov", AK, "question", "TASS"),
        ("T", "Putin", P, "answer", None),
        ("T", "Andrey Kondrashov", AK, "question", "TASS", "cut by the end of the excerpt"),
    ]},
"saker-2013-09-03-putin-ap-channel-one": {
    "url": "https://vineyardsaker.blogspot.com/2013/09/interview-to-channel-one-and-associated_5.html",
    "layout": "blog copy of a Kremlin interview: blogger's comment and narration, then 'JOHN DANISZEWSKI:' / 'PRESIDENT OF RUSSIA VLADIMIR PUTIN:'",
    "turns": [
        ("T", "JOHN DANISZEWSKI", "John Daniszewski", "question", "Associated Press"),
        ("T", "PRESIDENT OF RUSSIA VLADIMIR PUTIN", P, "answer", None),
    ]},
"ich-2016-11-22-trump-nyt": {
    "url": "http://www.informationclearinghouse.info/article45903.htm",
    "layout": "newspaper interview transcript: 'NAME, role:' once ('ARTHUR SULZBERGER Jr., publisher of The New York Times:'), then surname; mis-encoded apostrophes kept as printed",
    "turns": [
        ("T", "ARTHUR SULZBERGER Jr., publisher of The New York Times", AS, "statement", "The New York Times"),
        ("T", "DONALD J. TRUMP, President-elect of the United States", T, "statement", None),
        ("T", "SULZBERGER", AS, "question", "The New York Times"),
        ("T", "TRUMP", T, "answer", None),
        ("T", "SULZBERGER", AS, "statement", "The New York Times"),
        ("T", "TRUMP", T, "statement", None),
        ("T", "SULZBERGER", AS, "question", "The New York Times", "a question-like prompt ('I heard you're thinking of putting it back.')"),
        ("T", "TRUMP", T, "answer", None),
        ("T", "SULZBERGER", AS, "statement", "The New York Times"),
        ("T", "TRUMP", T, "statement", None),
        ("T", "SULZBERGER", AS, "question", "The New York Times"),
        ("T", "TRUMP", T, "answer", None),
    ]},
"rev-2020-06-12-cuomo": {
    "url": "https://www.rev.com/blog/transcripts/ny-governor-andrew-cuomo-june-12-press-conference-transcript",
    "layout": "Rev (2020 style): 'Name: (mm:ss)' with the time after the colon, text on the next line; one speaker over several turns; page furniture before",
    "turns": [
        ("T", "Governor Andrew Cuomo", "Andrew Cuomo", "statement", None, "the time mark '(00:00)' follows the colon and so is inside the turn"),
        ("T", "Governor Andrew Cuomo", "Andrew Cuomo", "statement", None),
        ("T", "Governor Andrew Cuomo", "Andrew Cuomo", "statement", None),
        ("T", "Governor Andrew Cuomo", "Andrew Cuomo", "statement", None),
    ]},
"un-2010-11-23-noon-briefing": {
    "url": "https://www.un.org/press/en/2010/db101123.doc.htm",
    "layout": "UN noon briefing (near-verbatim): the spokesperson's words mostly unlabelled; 'Name, long title:' and role label 'Acting Deputy Spokesperson:'; '**Heading' lines; bracketed editor's note",
    "not_narration": ["Good afternoon.", "Are we set?", "Thanks very much, Mr. Mulet.", "I’d like to also refer your attention"],
    "turns": [
        ("T", "Edmond Mulet, Special Representative for the Secretary-General and Head of the United Nations Stabilization Mission in Haiti", "Edmond Mulet", "statement", None, "reply to 'can you hear us?'"),
        ("T", "Acting Deputy Spokesperson", "Farhan Haq", "statement", None, "the role label; the introduction names Farhan Haq as the Acting Deputy Spokesperson"),
        ("N", "[Press conference by Mr. Mulet and Mr. Fisher issued separately.]"),
    ]},
"powerline-2017-04-21-trump-ap": {
    "url": "http://www.powerlineblog.com/archives/2017/04/the-associated-press-interviews-president-trump.php",
    "layout": "blog post quoting an interview: blogger's narration, then 'AP:' (the outlet as label) / 'TRUMP:'",
    "turns": [
        ("T", "AP", "Julie Pace", "question", "Associated Press", "the label is the outlet; the blogger's narration names the interviewer, Julie Pace"),
        ("T", "TRUMP", T, "answer", None, "ends with '(Crosstalk.)'"),
        ("T", "TRUMP", T, "answer", None, "a second TRUMP turn continuing the answer (the source elides text between)"),
        ("T", "AP", "Julie Pace", "statement", "Associated Press", "declines the offered drink: not a question"),
        ("T", "TRUMP", T, "answer", None),
    ]},
}
