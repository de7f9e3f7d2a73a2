"""Turn labels of the second tuning set of transcripts, written by hand by reading each text
(see README.md); no whosaid output was looked at. build.py turns them into turns.jsonl and
files.jsonl.

Same conventions as evalsets/transcripts-test/spec.py. Per file, in text order:
("T", label as printed, speaker, kind, affiliation[, note]) for a turn that starts at a line
beginning (after any indentation) with the label followed by ":" — or, for a label listed in
the file's "nocolon", by a space, a tab or the end of the line (WHO's "CL          Hello",
parallelparliament's "Boris Johnson Portrait The Prime Minister" alone on its line) — and
("N", exact text) for a line of narration that ends the turn before it (a heading, a "Related
Information" link, "[ speaking french ]"). Every other non-blank line outside the turns
becomes a narration block, except the lines listed in "not_narration": unlabelled speech
(a spokesperson's opening announcements printed without a label), which is neither a turn
nor narration and has no row.
speaker None on a turn = the text does not name who speaks in full (unnamed reporters,
reporters called by a first name only, a role the page never gives a name to).
"""
BAGCHI, YESHI = "Arindam Bagchi", "Yeshi Seli"
KENNY, ALBANESE = "Mark Kenny", "Anthony Albanese"
HOWARD, MITCHELL, GILLARD = "John Howard", "Neil Mitchell", "Julia Gillard"
NAKASONE, NAKAYAMA = "Hirofumi Nakasone", "Yasuhide Nakayama"
JOHNSON, EDWARDS = "Boris Johnson", "Jonathan Edwards"
MCDONALD = "Mary Lou McDonald"

SPEC = {
"pmgov-2024-albanese-democracy-sausage": {
    "layout": "pm.gov.au podcast transcript: 'NAME, ROLE:' once ('MARK KENNY, HOST:', 'ANTHONY ALBANESE, PRIME MINISTER:'), then the surname ('KENNY:') or the role alone ('PRIME MINISTER:'); heading lines name the PM",
    "turns": [
        ("T", "MARK KENNY, HOST", KENNY, "statement", "Democracy Sausage", "welcome; the host names himself"),
        ("T", "ANTHONY ALBANESE, PRIME MINISTER", ALBANESE, "statement", None),
        ("T", "KENNY", KENNY, "question", "Democracy Sausage"),
        ("T", "PRIME MINISTER", ALBANESE, "answer", None, "the role alone; the label before gave it to Anthony Albanese"),
        ("T", "KENNY", KENNY, "question", "Democracy Sausage", "cut by the end of the excerpt"),
    ]},
"tep-2001-05-08-howard-doorstop": {
    "layout": "Australian PM doorstop: 'JOURNALIST:' / 'PRIME MINISTER:' alone on their lines, text after a blank line; the heading names the PM ('TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP'); '[inaudible]' as a whole question",
    "turns": [
        ("T", "JOURNALIST", None, "question", None),
        ("T", "PRIME MINISTER", HOWARD, "answer", None, "the role; the heading names John Howard as the Prime Minister"),
        ("T", "JOURNALIST", None, "question", None, "the question is '[inaudible]'"),
        ("T", "PRIME MINISTER", HOWARD, "answer", None),
        ("T", "JOURNALIST", None, "question", None, "the question is '[inaudible]'"),
        ("T", "PRIME MINISTER", HOWARD, "answer", None),
        ("T", "JOURNALIST", None, "question", None),
        ("T", "PRIME MINISTER", HOWARD, "answer", None, "cut by the end of the excerpt"),
    ]},
"pmc-23053-mitchell-radio": {
    "layout": "radio interview on the Australian PM transcripts site: 'NEIL MITCHELL:' / 'PRIME MINISTER:' alone on their lines, text on the next line, no blank lines; nothing in the excerpt names the Prime Minister",
    "turns": [
        ("T", "NEIL MITCHELL", MITCHELL, "statement", None),
        ("T", "PRIME MINISTER", None, "statement", None, "the excerpt never names the Prime Minister (no heading): unnamed"),
        ("T", "NEIL MITCHELL", MITCHELL, "question", None),
        ("T", "PRIME MINISTER", None, "answer", None),
        ("T", "NEIL MITCHELL", MITCHELL, "question", None),
        ("T", "PRIME MINISTER", None, "answer", None),
        ("T", "NEIL MITCHELL", MITCHELL, "question", None),
        ("T", "PRIME MINISTER", None, "answer", None),
        ("T", "NEIL MITCHELL", MITCHELL, "question", None),
        ("T", "PRIME MINISTER", None, "answer", None),
        ("T", "NEIL MITCHELL", MITCHELL, "question", None),
        ("T", "PRIME MINISTER", None, "answer", None, "cut by the end of the excerpt"),
    ]},
"pmc-26729-gillard-doorstop": {
    "layout": "Australian PM transcripts site: 'PM:' / 'JOURNALIST:'; the PM named only in the page furniture, surname first ('Gillard, Julia', 'Released by: • Gillard, Julia'); furniture lines with colons ('Period of Service:', 'Release Date:')",
    "turns": [
        ("T", "PM", GILLARD, "statement", None, "the page is Julia Gillard's ('Gillard, Julia', 'Released by: Gillard, Julia'); opening remarks"),
        ("T", "JOURNALIST", None, "question", None),
        ("T", "PM", GILLARD, "answer", None),
        ("T", "JOURNALIST", None, "question", None),
        ("T", "PM", GILLARD, "answer", None),
        ("T", "JOURNALIST", None, "question", None),
        ("T", "PM", GILLARD, "answer", None),
        ("T", "JOURNALIST", None, "question", None),
        ("T", "PM", GILLARD, "answer", None, "cut by the end of the excerpt"),
    ]},
"mea-2022-07-07-bagchi": {
    "layout": "India MEA briefing: 'Shri Arindam Bagchi, Official Spokesperson:' (honorific, name, role after a comma) each time; reporters labelled by first name ('Sidhant:', 'Yeshi:'), who name themselves and their outlet in the turn",
    "turns": [
        ("T", "Shri Arindam Bagchi, Official Spokesperson", BAGCHI, "statement", None),
        ("T", "Sidhant", None, "question", "WION", "first name only ('Sidhant from WION')"),
        ("T", "Vineet", None, "question", "NewsGate", "first name only ('Vineet from NewsGate')"),
        ("T", "Shri Arindam Bagchi, Official Spokesperson", BAGCHI, "statement", None, "a clarifying question by the spokesperson: statement"),
        ("T", "Vineet", None, "question", "NewsGate", "the rest of his question"),
        ("T", "Yeshi", YESHI, "question", "The New Indian Express", "the label is her first name; she names herself in full ('This is Yeshi Seli from The New Indian Express')"),
        ("T", "Shri Arindam Bagchi, Official Spokesperson", BAGCHI, "statement", None),
        ("T", "Yeshi", YESHI, "question", "The New Indian Express"),
        ("T", "Kavita", None, "question", "Hari Bhoomi", "first name only; Hindi with a translation; cut by the end of the excerpt"),
    ]},
"mea-2023-03-16-bagchi": {
    "layout": "India MEA briefing: the spokesperson's label with honorific and role; reporters' full names as labels, one reporter by first name; a question in romanised Hindi with its translation in the same turn",
    "turns": [
        ("T", "Shri Arindam Bagchi, Official Spokesperson", BAGCHI, "statement", None),
        ("T", "Pranay Upadhyaya", "Pranay Upadhyaya", "question", "ABP News"),
        ("T", "Yeshi Seli", YESHI, "question", "The New Indian Express"),
        ("T", "Sidhant", None, "question", "WION", "first name only"),
        ("T", "Runjhun Sharma", "Runjhun Sharma", "question", "RT"),
        ("T", "Madhurendra", None, "question", "News Nation", "first name only; cut by the end of the excerpt"),
    ]},
"chinaemb-2020-07-17-hua": {
    "layout": "Chinese MFA press conference (embassy copy): the asker labelled by outlet ('China Daily:'), the spokesperson by full name; site furniture and a time stamp ('2020-07-18 00:48') before",
    "turns": [
        ("T", "China Daily", None, "question", "China Daily", "the outlet as label; the reporter is not named"),
        ("T", "Hua Chunying", "Hua Chunying", "answer", None, "cut by the end of the excerpt"),
    ]},
"teller-2022-05-18-wang-wenbin": {
    "layout": "machine-translated copy of a Chinese MFA press conference: outlet labels ('Phoenix TV:', 'CCTV reporter:'), the spokesperson's labels indented with spaces, each sentence its own paragraph; the opening announcements unlabelled",
    "not_narration": ["The BRICS Foreign Ministers' Meeting will be held by video", "During this period, the foreign ministers of the BRICS"],
    "turns": [
        ("T", "Phoenix TV", None, "question", "Phoenix TV", "three paragraphs"),
        ("T", "Wang Wenbin", "Wang Wenbin", "answer", None, "label indented by two spaces"),
        ("T", "CCTV reporter", None, "question", "CCTV"),
        ("T", "Wang Wenbin", "Wang Wenbin", "answer", None, "indented paragraph inside; cut by the end of the excerpt"),
    ]},
"putclub-2015-11-09-hong-lei": {
    "layout": "copy of a Chinese MFA press conference on a language-learning site: site furniture with colons ('用户名: 密码:'), the heading names the spokesperson, unlabelled announcements, then 'Q:' / 'A:'",
    "not_narration": ["At the invitation of Foreign Secretary Albert", "The first foreign ministers' meeting on Lancang", "Vice Foreign Minister Li Baodong"],
    "turns": [
        ("T", "Q", None, "question", None),
        ("T", "A", "Hong Lei", "answer", None, "'A:' is the spokesperson the heading names ('Foreign Ministry Spokesperson Hong Lei's Regular Press Conference'); cut by the end of the excerpt"),
    ]},
"mofa-2009-02-03-nakasone": {
    "layout": "Japan MOFA press conference: 'Minister:' / 'Question:' alone on their lines, text on the next line; the heading names the minister; numbered topic headings and 'Related Information (…)' links between turns; 'Date:' / 'Place:' / 'Main topics:' furniture",
    "turns": [
        ("T", "Minister", NAKASONE, "statement", None, "the heading: 'Press Conference by Minister for Foreign Affairs Hirofumi Nakasone'"),
        ("N", "Related Information (Japan's ODA)"),
        ("T", "Minister", NAKASONE, "statement", None),
        ("T", "Question", None, "question", None),
        ("T", "Minister", NAKASONE, "answer", None),
        ("T", "Question", None, "question", None),
        ("T", "Minister", NAKASONE, "answer", None),
        ("N", "Related Information (Press Release)"),
        ("T", "Question", None, "question", None),
        ("T", "Minister", NAKASONE, "answer", None),
        ("T", "Question", None, "question", None, "cut by the end of the excerpt"),
    ]},
"mofa-2014-09-11-nakayama": {
    "layout": "Japan MOFA press conference: the full title and name once ('State Minister for Foreign Affairs Yasuhide Nakayama:'), then title and surname ('State Minister Nakayama:'); a reporter as 'Surname, OUTLET:'; topic headings between turns",
    "turns": [
        ("T", "State Minister for Foreign Affairs Yasuhide Nakayama", NAKAYAMA, "statement", None, "four paragraphs"),
        ("N", "Opening remarks – World Assembly for Women in Tokyo (WAW! Tokyo 2014)"),
        ("T", "State Minister Nakayama", NAKAYAMA, "statement", None),
        ("N", "Interview of North Korean Ambassador Song Il Ho"),
        ("T", "Kojima, NHK", "Kojima", "question", "NHK", "a reporter named by surname and outlet only; the text never gives more of the name; cut by the end of the excerpt"),
    ]},
"who-2022-06-14-covid-press-conference": {
    "layout": "WHO press conference transcript: speakers by initials ('CL', 'TAG') with spaces and no colon, a time line ('00:01:00') before each turn; the names only in the text ('My name is Christian Lindmeier', 'Dr Tedros Adhanom Ghebreyesus')",
    "nocolon": ["CL", "TAG"],
    "turns": [
        ("T", "CL", "Christian Lindmeier", "statement", None, "initials; he names himself in the turn"),
        ("N", "00:01:00"),
        ("T", "TAG", "Tedros Adhanom Ghebreyesus", "statement", None, "initials of the Director-General he introduced; cut by the end of the excerpt"),
    ]},
"imf-2008-06-20-lipsky": {
    "layout": "IMF press conference: 'MR. SURNAME:' labels only; the moderator names himself ('I'm Bill Murray'), the heading names the briefer ('First Deputy Managing Director John Lipsky')",
    "turns": [
        ("T", "MR. MURRAY", "Bill Murray", "statement", None, "he names himself: 'I'm Bill Murray, Chief of Media Relations'"),
        ("T", "MR. LIPSKY", "John Lipsky", "statement", None, "cut by the end of the excerpt"),
    ]},
"imf-2010-12-16-atkinson": {
    "layout": "IMF press briefing: 'MS. ATKINSON:' (the heading and her own words give the full name) / 'QUESTIONER:' for unnamed reporters",
    "turns": [
        ("T", "MS. ATKINSON", "Caroline Atkinson", "statement", None, "opening announcements, five paragraphs"),
        ("T", "QUESTIONER", None, "question", None),
        ("T", "MS. ATKINSON", "Caroline Atkinson", "answer", None, "cut by the end of the excerpt"),
    ]},
"pparl-2021-11-17-pmqs": {
    "layout": "parallelparliament.co.uk copy of Hansard (PMQs): each speaker on a line of its own with no colon, 'NAME Portrait NAME (Constituency) (Party)' or 'Boris Johnson Portrait The Prime Minister', then a link line ('- Parliament Live - Hansard - -') and the words; furniture lines with colons ('Full Debate:', 'Department:')",
    "nocolon": ["Jonathan Edwards Portrait Jonathan Edwards (Carmarthen East and Dinefwr) (Ind)",
                "Boris Johnson Portrait The Prime Minister (Boris Johnson)",
                "Jonathan Edwards Portrait Jonathan Edwards",
                "Boris Johnson Portrait The Prime Minister",
                "Theresa Villiers Portrait Theresa Villiers (Chipping Barnet) (Con)"],
    "turns": [
        ("T", "Jonathan Edwards Portrait Jonathan Edwards (Carmarthen East and Dinefwr) (Ind)", EDWARDS, "question", None, "label alone on its line, no colon; the link line '- Parliament Live - Hansard' is inside the turn"),
        ("T", "Boris Johnson Portrait The Prime Minister (Boris Johnson)", JOHNSON, "answer", None),
        ("T", "Jonathan Edwards Portrait Jonathan Edwards", EDWARDS, "question", None),
        ("T", "Boris Johnson Portrait The Prime Minister", JOHNSON, "answer", None),
        ("T", "Theresa Villiers Portrait Theresa Villiers (Chipping Barnet) (Con)", "Theresa Villiers", "question", None, "cut by the end of the excerpt"),
    ]},
"jules-2020-06-25-trudeau-qa": {
    "layout": "captions of a Trudeau press conference turned into a page: labels alone on their lines in parentheses ('(Question by Media):'), 'The Rt. Honourable Justin Trudeau:', 'Voice of Interpreter:'; the operator's line unlabelled; '[ speaking french ]' between turns",
    "not_narration": ["Thank you, Prime Minister. We’ll now go to the phone"],
    "turns": [
        ("T", "(Question by Media)", None, "statement", None, "the label says a question, but the words are the operator's calling on 'Kate, bloomberg': unnamed statement"),
        ("T", "(Question by Media)", None, "question", "Bloomberg", "the reporter is called 'Kate' only"),
        ("T", "The Rt. Honourable Justin Trudeau", "Justin Trudeau", "answer", None),
        ("N", "[ speaking french ]"),
        ("T", "Voice of Interpreter", None, "answer", None, "the interpreter's English for Trudeau's French answer; the label names nobody; cut by the end of the excerpt"),
    ]},
"kildare-2018-03-mcdonald-search": {
    "layout": "KildareStreet search results for one TD: '- Debate (date)' lines, each followed by 'Mary Lou McDonald: …' (a contribution cut with '...'); one speaker only",
    "turns": [
        ("T", "Mary Lou McDonald", MCDONALD, "statement", None),
        ("N", "- Leaders' Questions (7 Mar 2018)"),
        ("T", "Mary Lou McDonald", MCDONALD, "statement", None),
        ("N", "- Leaders' Questions (7 Mar 2018)"),
        ("T", "Mary Lou McDonald", MCDONALD, "statement", None),
        ("N", "- Ceisteanna - Questions: Cabinet Committee Meetings (6 Mar 2018)"),
        ("T", "Mary Lou McDonald", MCDONALD, "statement", None),
        ("N", "- Ceisteanna - Questions: Cabinet Committee Meetings (6 Mar 2018)"),
        ("T", "Mary Lou McDonald", MCDONALD, "question", None, "a written parliamentary question ('11. To ask the Taoiseach when…')"),
        ("N", "- Ceisteanna - Questions: Programme for Government Implementation (6 Mar 2018)"),
        ("T", "Mary Lou McDonald", MCDONALD, "question", None, "a written parliamentary question; cut by the end of the excerpt"),
    ]},
}
