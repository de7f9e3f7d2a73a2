"""Turn labels of the third transcript tuning set, written by hand by reading each text (see
README.md) before any whosaid command was run on these texts. build.py turns them into
turns.jsonl and files.jsonl.

Same conventions as evalsets/transcripts-holdout/spec.py. Per file, in text order:
("T", label as printed, speaker, kind, affiliation[, note]) for a turn that starts at a line
beginning with the label followed by ":" (or, for a label listed in the file's "nocolon", by a
space or a tab); ("N", exact text) for a line of narration that ends the turn before it;
("X", exact text) for a line that ends the turn before it and has no row (unlabelled speech).
Every other non-blank line outside the turns becomes a narration block, except the lines
listed in "not_narration" (narration that reports speech), which have no row.
speaker None on a turn = the text does not name who speaks (unnamed reporters, a role the page
never gives a name to, initials the page never expands).
"""
LEE = "Lee Hsien Loong"
ROSE = "Charlie Rose"
RUBENSTEIN = "David Rubenstein"
ZAKARIA = "Fareed Zakaria"
MADDOW, WALLACE_N = "Rachel Maddow", "Nicolle Wallace"
DEERE = "Judd Deere"
EARNEST = "Josh Earnest"
PACE, ZELENSKY = "Julie Pace", "Volodymyr Zelensky"
ROUX = "Caroline Roux"
KAPELOS, TRUDEAU = "Vassy Kapelos", "Justin Trudeau"
TRUMP, WALLACE, CRUZ = "Donald Trump", "Chris Wallace", "Ted Cruz"
SNOW, CLINTON = "Tony Snow", "Bill Clinton"
BROWN, EICHER, FLAVIN, MCKENZIE = "Myrna Brown", "Nick Eicher", "Kristen Flavin", "Kenneth McKenzie"
LAVROV = "Sergey Lavrov"
PSAKI, DE_BLASIO, BIDEN, GRAHAM = "Jen Psaki", "Bill de Blasio", "Joe Biden", "Lindsey Graham"
ROQUE, IGNACIO, WEBB = "Harry Roque", "Rocky Ignacio", "Pinky Webb"
SALES = "Leigh Sales"
WENDT, ZAMPROGNO = "Jana Wendt", "Nathan Zamprogno"
MCCLELLAN = "Scott McClellan"
NO_NAME = "the page calls him only 'the President' and never names him: unnamed"

SURNAME_ONLY = "the excerpt never prints the given name; canonical full name as in transcripts-test (MR. MORRELL -> Geoff Morrell)"

SPEC = {
"sg-2010-04-14-lee-charlie-rose": {
    "url": "http://www.pmo.gov.sg/newsroom/transcript-prime-minister-lee-hsien-loong%E2%80%99s-interview-us-television-journalist-charlie",
    "layout": "Singapore PMO interview transcript: the host's initials as label ('CR:'), then 'Q:' for the same host (the heading names him) and 'Mr Lee:' (honorific without a full stop); each turn in quotation marks",
    "turns": [
        ("T", "CR", ROSE, "statement", None, "the host's introduction; CR = Charlie Rose, named in the heading"),
        ("T", "Q", ROSE, "question", None, "an interview whose heading names the interviewer: Q is the host"),
        ("T", "Mr Lee", LEE, "answer", None),
        ("T", "Q", ROSE, "question", None),
        ("T", "Mr Lee", LEE, "answer", None, "cut by the end of the excerpt"),
    ]},
"sg-2020-07-28-lee-atlantic-council": {
    "url": "https://www.pmo.gov.sg/Newsroom/Dialogue-by-PM-Lee-Hsien-Loong-at-the-Atlantic-Council-Front-Page-Online-Event",
    "layout": "Singapore PMO dialogue: 'Mr David M. Rubenstein (Moderator):' and 'PM Lee Hsien Loong:' once, then the role alone ('Moderator:') and title + surname ('PM Lee:')",
    "turns": [
        ("T", "Mr David M. Rubenstein (Moderator)", RUBENSTEIN, "question", None),
        ("T", "PM Lee Hsien Loong", LEE, "answer", None),
        ("T", "Moderator", RUBENSTEIN, "question", None, "the role; the first label gave it to David M. Rubenstein"),
        ("T", "PM Lee", LEE, "answer", None),
        ("T", "Moderator", RUBENSTEIN, "question", None),
        ("T", "PM Lee", LEE, "answer", None),
        ("T", "Moderator", RUBENSTEIN, "question", None),
        ("T", "PM Lee", LEE, "answer", None),
        ("T", "Moderator", RUBENSTEIN, "question", None, "cut by the end of the excerpt"),
    ]},
"str-2015-07-05-lee-zakaria": {
    "url": "https://statestimesreview.com/2015/07/05/lee-hsien-loong-fumble-in-response-to-us-journalist/",
    "layout": "blog post quoting an interview: the blogger's paragraph, numbered headings between exchanges, 'Dr Zakaria:' (honorific + surname) and 'PM:' / 'PM Lee:' (title alone, title + surname)",
    "turns": [
        ("T", "Dr Zakaria", ZAKARIA, "question", "CNN", "'CNN journalist Dr Zakaira' in the blogger's text; " + SURNAME_ONLY),
        ("T", "PM", LEE, "answer", None, "the title alone; the blogger names the Prime Minister Lee Hsien Loong"),
        ("N", "2) Singapore rank poorly"),
        ("T", "Dr Zakaria", ZAKARIA, "question", "CNN"),
        ("T", "PM Lee", LEE, "answer", None),
        ("N", "3) Taiwan, Israel and South"),
        ("T", "Dr Zakaria", ZAKARIA, "question", "CNN"),
        ("T", "PM", LEE, "answer", None, "cut by the end of the excerpt"),
    ]},
"msnbc-2010-12-27-maddow": {
    "url": "http://www.nbcnews.com/id/40898762/ns/msnbc-rachel_maddow_show/",
    "layout": "MSNBC show transcript: 'RACHEL MADDOW, HOST:' once, then 'MADDOW:'; the host's turn runs over many paragraphs; 'UNIDENTIFIED MALE:' clip; page furniture before",
    "turns": [
        ("T", "RACHEL MADDOW, HOST", MADDOW, "statement", None),
        ("T", "MADDOW", MADDOW, "statement", None),
        ("T", "UNIDENTIFIED MALE", None, "statement", None, "a clip"),
        ("T", "MADDOW", MADDOW, "statement", None, "cut by the end of the excerpt"),
    ]},
"msnbc-2010-03-26-maddow": {
    "url": "http://www.nbcnews.com/id/36082362/ns/msnbc-rachel_maddow_show/",
    "layout": "MSNBC show transcript hard-wrapped at ~75 characters with a blank line after every line; a furniture line with a colon ('Guest: Rep. Anthony Weiner, Hal Sparks'); 'RACHEL MADDOW, HOST:' then 'MADDOW:'",
    "turns": [
        ("T", "RACHEL MADDOW, HOST", MADDOW, "statement", "MSNBC"),
        ("T", "MADDOW", MADDOW, "statement", "MSNBC", "cut by the end of the excerpt"),
    ]},
"msnow-best-people-maddow": {
    "url": "https://www.ms.now/msnbc-podcast/msnbc/rachel-maddow-born-dilly-dally-forced-fight-fascism-rcna210777?nb=1",
    "layout": "podcast transcript: 'Full Name:' labels, no blank lines; a furniture line with a colon ('Note: This is a rough transcript.') before the first turn",
    "turns": [
        ("T", "Rachel Maddow", MADDOW, "statement", None, "the guest"),
        ("T", "Nicolle Wallace", WALLACE_N, "statement", "MSNBC", "the host; cut by the end of the excerpt"),
    ]},
"goldfish-2020-02-sotu-background-briefing": {
    "url": "https://thegoldfishreport.blogspot.com/2020/02/background-press-briefing-by-senior.html",
    "layout": "blog copy of a White House background briefing: 'MR. DEERE:' (never named in full), 'Q (Inaudible.)' with no colon, an anonymous 'SENIOR ADMINISTRATION OFFICIAL:'; hard line breaks, no blank lines",
    "nocolon": ["Q"],
    "turns": [
        ("T", "MR. DEERE", DEERE, "statement", None, "White House deputy press secretary; " + SURNAME_ONLY),
        ("T", "Q", None, "statement", None, "an inaudible interjection"),
        ("T", "MR. DEERE", DEERE, "statement", None),
        ("T", "SENIOR ADMINISTRATION OFFICIAL", None, "statement", None, "deliberately anonymous; cut by the end of the excerpt"),
    ]},
"obamawh-2017-01-10-earnest-gaggle": {
    "url": "https://obamawhitehouse.archives.gov/the-press-office/2017/01/10/press-gaggle-press-secretary-josh-earnest-en-route-chicago-il-1102017",
    "layout": "White House gaggle (archive): 'MR. EARNEST:' / 'Q' + spaces, no colon; the heading names 'Press Secretary Josh Earnest'; archive banner and headings before",
    "nocolon": ["Q"],
    "turns": [
        ("T", "MR. EARNEST", EARNEST, "statement", None),
        ("T", "Q", None, "question", None),
        ("T", "MR. EARNEST", EARNEST, "answer", None, "cut by the end of the excerpt"),
    ]},
"ap-2023-zelenskyy-pace": {
    "url": "https://apnews.com/article/ap-zelenskyy-interview-ukraine-war-11de771129fb822f2cd58b443736e72f",
    "layout": "news-agency interview transcript: narrated introduction, then 'JULIE PACE:' / 'VOLODYMYR ZELENSKYY:' upper-case full names",
    "turns": [
        ("T", "JULIE PACE", PACE, "question", "AP"),
        ("T", "VOLODYMYR ZELENSKYY", ZELENSKY, "answer", None, "cut by the end of the excerpt"),
    ]},
"err-2025-zelenskyy-ebu": {
    "url": "https://news.err.ee/1609645529/full-text-of-volodymyr-zelenskyy-s-interview-with-ebu-members-including-err",
    "layout": "broadcaster's full text of an interview: the interviewer labelled ('Caroline Roux:'), the president's answers printed with no label; a lead paragraph reporting what he said",
    "not_narration": ["Russian leader Vladimir Putin fears"],
    "turns": [
        ("T", "Caroline Roux", ROUX, "question", None, "her outlet is not given in the excerpt"),
        ("X", "Thank you for the invitation. Good evening, everyone."),
        ("T", "Caroline Roux", ROUX, "question", None, "cut by the end of the excerpt"),
    ]},
"cbc-2019-trudeau-kapelos": {
    "url": "https://www.cbc.ca/news/politics/trudeau-power-lunch-full-transcript-china-alberta-national-unity-1.5403368",
    "layout": "broadcaster's interview transcript: full name with initials in parentheses once ('Vassy Kapelos (VK):', 'Prime Minister Justin Trudeau (PMJT):'), then the initials alone; video furniture and an intro line ending in a colon before",
    "turns": [
        ("T", "Vassy Kapelos (VK)", KAPELOS, "statement", "CBC News", "greeting"),
        ("T", "Prime Minister Justin Trudeau (PMJT)", TRUDEAU, "statement", None),
        ("T", "VK", KAPELOS, "statement", "CBC News", "initials defined by the first label"),
        ("T", "PMJT", TRUDEAU, "statement", None, "initials defined by the first label"),
        ("T", "VK", KAPELOS, "statement", "CBC News"),
        ("T", "PMJT", TRUDEAU, "statement", None),
        ("T", "VK", KAPELOS, "question", "CBC News"),
        ("T", "PMJT", TRUDEAU, "answer", None, "cut by the end of the excerpt"),
    ]},
"fox-2016-05-01-trump-cruz": {
    "url": "http://www.foxnews.com/transcript/2016/05/01/fox-news-sunday-marks-20-years-on-air-trump-and-cruz-talk-2016-race.html",
    "layout": "Fox News Sunday: teaser of clips with 'NAME, ROLE:' labels ('DONALD TRUMP, R-PRESIDENTIAL CANDIDATE:', 'SEN. TED CRUZ, R-TEXAS, PRESIDENTIAL CANDIDATE:'), then surnames ('TRUMP:', 'CRUZ:'); the host only as 'WALLACE:'; 'UNIDENTIFIED MALE:'",
    "turns": [
        ("T", "DONALD TRUMP, R-PRESIDENTIAL CANDIDATE", TRUMP, "statement", None, "clip"),
        ("T", "WALLACE", WALLACE, "statement", "Fox News", "the host; " + SURNAME_ONLY),
        ("T", "TRUMP", TRUMP, "statement", None),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "SEN. TED CRUZ, R-TEXAS, PRESIDENTIAL CANDIDATE", CRUZ, "statement", None),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "CRUZ", CRUZ, "statement", None),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "TONY SNOW, FORMER FOX NEWS HOST", SNOW, "statement", "Fox News", "archival clip"),
        ("T", "BILL CLINTON, FORMER U.S. PRESIDENT", CLINTON, "statement", None, "archival clip"),
        ("T", "UNIDENTIFIED MALE", None, "statement", None),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "WALLACE", WALLACE, "statement", "Fox News", "cut by the end of the excerpt"),
    ]},
"wng-2021-08-27-world-radio": {
    "url": "https://wng.org/podcasts/the-world-and-everything-in-it-august-27-2021-1630040673",
    "layout": "radio/podcast transcript: 'NAME, HOST:' / 'NAME, NEWS ANCHOR:' once, then surnames ('BROWN:', 'EICHER:'); a newsmaker introduced in the anchor's narration and then labelled by surname ('MCKENZIE:'); the anchor's lines after a clip are unlabelled (X)",
    "turns": [
        ("T", "MYRNA BROWN, HOST", BROWN, "statement", "WORLD Radio"),
        ("T", "NICK EICHER, HOST", EICHER, "statement", "WORLD Radio"),
        ("T", "BROWN", BROWN, "statement", "WORLD Radio"),
        ("T", "EICHER", EICHER, "statement", "WORLD Radio"),
        ("T", "BROWN", BROWN, "statement", "WORLD Radio"),
        ("T", "KRISTEN FLAVIN, NEWS ANCHOR", FLAVIN, "statement", "WORLD Radio"),
        ("T", "MCKENZIE", MCKENZIE, "statement", None, "introduced just before as 'General Kenneth McKenzie Jr.'"),
        ("X", "The Afghan offshoot of the Islamic State"),
        ("X", "And McKenzie says he expects more to come."),
        ("T", "MCKENZIE", MCKENZIE, "statement", None),
        ("X", "But as word of a possible attack spread"),
        ("X", "In an address to the"),
    ]},
"mid-2017-05-14-lavrov-beijing": {
    "url": "https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2754479",
    "layout": "Russian MFA: 'Question:' / 'Sergey Lavrov:'; a date line run into the time, a language switcher line, a furniture line ('Advanced settings') after the last turn",
    "turns": [
        ("T", "Question", None, "question", None),
        ("T", "Sergey Lavrov", LAVROV, "answer", None),
        ("T", "Question", None, "question", None, "a follow-up challenge"),
        ("T", "Sergey Lavrov", LAVROV, "answer", None),
        ("N", "Advanced settings"),
    ]},
"allannews-2021-12-12-fox-news-sunday": {
    "url": "https://allannews.com/fox-news-sunday-on-december-12-2021/",
    "layout": "news-site copy of Fox News Sunday: clip labels with roles and party tags ('MAYOR BILL DE BLASIO (D), NEW YORK CITY:', 'SEN. LINDSEY GRAHAM (R-SC):'), the host as 'WALLACE (voice-over):' / 'WALLACE:' / 'WALLACE (on camera):'",
    "turns": [
        ("T", "JEN PSAKI, WHITE HOUSE PRESS SECRETARY", PSAKI, "statement", None, "clip"),
        ("T", "WALLACE (voice-over)", WALLACE, "statement", "Fox News", "the host; " + SURNAME_ONLY),
        ("T", "MAYOR BILL DE BLASIO (D), NEW YORK CITY", DE_BLASIO, "statement", None),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "JOE BIDEN, PRESIDENT OF THE UNITED STATES", BIDEN, "statement", None),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "SEN. LINDSEY GRAHAM (R-SC)", GRAHAM, "statement", None),
        ("T", "WALLACE", WALLACE, "statement", "Fox News"),
        ("T", "WALLACE (on camera)", WALLACE, "statement", "Fox News", "cut by the end of the excerpt"),
    ]},
"usures-2018-trudeau-barton": {
    "url": "https://usures.com/canada/justin-trudeau-defends-his-record-of-trade-economy-in-the-national-interview.html",
    "layout": "machine-rewritten copy of a broadcaster's interview: the interviewer's narrated introduction, then initials never expanded ('RB:', 'PMJT:'), no blank lines",
    "turns": [
        ("T", "RB", None, "statement", None, "the interviewer; the excerpt calls her only 'Rosie'"),
        ("T", "PMJT", None, "statement", None, "the excerpt names the prime minister only as the garbled 'Tudewa': unnamed"),
        ("T", "RB", None, "statement", None),
        ("T", "PMJT", None, "statement", None),
        ("T", "RB", None, "question", None),
        ("T", "PMJT", None, "answer", None),
        ("T", "RB", None, "statement", None),
        ("T", "PMJT", None, "answer", None, "cut by the end of the excerpt"),
    ]},
"pcoo-2018-roque-briefing": {
    "url": "https://mirror.pcoo.gov.ph/press-briefing/press-briefing-presidential-spokesperson-secretary-harry-roque-18/",
    "layout": "Philippine palace briefing: the moderator as 'NAME/OUTLET:' ('ROCKY IGNACIO/PTV4:'), the spokesperson as title + surname ('SEC. ROQUE:'), the heading names 'Presidential Spokesperson Harry Roque'; furniture lines 'Event …' / 'Location …'",
    "turns": [
        ("T", "ROCKY IGNACIO/PTV4", IGNACIO, "statement", "PTV4", "the moderator's welcome; the outlet after a slash"),
        ("T", "SEC. ROQUE", ROQUE, "statement", None, "the heading names Presidential Spokesperson Harry Roque; cut by the end of the excerpt"),
    ]},
"pcoo-roque-webb-the-source": {
    "url": "https://mirror.pcoo.gov.ph/OPS-content/interview-with-presidential-spokesperson-harry-roque-by-pinky-webb-the-source-cnn-phils/",
    "layout": "government copy of a TV interview: surnames only as labels ('WEBB:', 'SEC. ROQUE:'); the heading names both ('Interview with Presidential Spokesperson Harry Roque by Pinky Webb – The Source / CNN Phils')",
    "turns": [
        ("T", "WEBB", WEBB, "statement", "CNN Phils", "the heading names Pinky Webb"),
        ("T", "SEC. ROQUE", ROQUE, "statement", None),
        ("T", "WEBB", WEBB, "question", "CNN Phils"),
        ("T", "SEC. ROQUE", ROQUE, "answer", None, "cut by the end of the excerpt"),
    ]},
"treasury-hockey-leigh-sales": {
    "url": "https://ministers.treasury.gov.au/ministers/joe-hockey-2015/transcripts/interview-leigh-sales-730-report",
    "layout": "Australian minister's site: 'LEIGH SALES:' / 'TREASURER:' alone on their lines, text on the next line, no blank lines; nothing in the excerpt names the Treasurer",
    "turns": [
        ("T", "LEIGH SALES", SALES, "statement", None),
        ("T", "TREASURER", None, "statement", None, "the excerpt never names the Treasurer (only the page address does): unnamed"),
        ("T", "LEIGH SALES", SALES, "question", None),
        ("T", "TREASURER", None, "answer", None),
        ("T", "LEIGH SALES", SALES, "question", None),
        ("T", "TREASURER", None, "answer", None),
        ("T", "LEIGH SALES", SALES, "question", None),
        ("T", "TREASURER", None, "answer", None),
        ("T", "LEIGH SALES", SALES, "question", None),
        ("T", "TREASURER", None, "answer", None, "cut by the end of the excerpt"),
    ]},
"baliset-2005-wendt-zamprogno": {
    "url": "http://baliset.blogspot.com/2005/07/my-interview-on-national-television.html",
    "layout": "blog post with the interviewee's own transcript: a key of initials ('JW= Jana Wendt', 'NZ= Nathan Zamprogno.'), then 'JW:' / 'NZ:', no blank lines",
    "turns": [
        ("T", "JW", WENDT, "question", "Sunday Program", "initials given in the key above"),
        ("T", "NZ", ZAMPROGNO, "answer", None, "initials given in the key above"),
        ("T", "JW", WENDT, "question", "Sunday Program"),
        ("T", "NZ", ZAMPROGNO, "answer", None),
        ("T", "JW", WENDT, "question", "Sunday Program"),
        ("T", "NZ", ZAMPROGNO, "answer", None),
        ("T", "JW", WENDT, "question", "Sunday Program"),
        ("T", "NZ", ZAMPROGNO, "answer", None),
        ("T", "JW", WENDT, "question", "Sunday Program"),
        ("T", "NZ", ZAMPROGNO, "answer", None, "cut by the end of the excerpt"),
    ]},
"wayback-2001-02-13-bush-pool": {
    "url": "http://replay.waybackmachine.org/web/20011009004722/http://www.whitehouse.gov/news/releases/2001/02/20010213-4.html",
    "layout": "archived White House release: labels indented with spaces, 'THE  PRESIDENT:' with two spaces inside, 'Q' + spaces without a colon; the page never names the President",
    "indent": True,
    "nocolon": ["Q"],
    "turns": [
        ("T", "THE  PRESIDENT", None, "statement", None, NO_NAME),
        ("T", "Q", None, "question", None),
        ("T", "THE  PRESIDENT", None, "answer", None),
        ("T", "Q", None, "question", None),
        ("T", "THE  PRESIDENT", None, "answer", None),
        ("T", "Q", None, "question", None),
        ("T", "THE  PRESIDENT", None, "answer", None, "cut by the end of the excerpt"),
    ]},
"beaufort-2020-05-21-trump-marine-one": {
    "url": "https://www.beaufortcountynow.com/post/38587/remarks-by-president-trump-before-marine-one-departure.html",
    "layout": "news-site copy of White House remarks: indented 'THE PRESIDENT:' / 'Q:'; the heading names 'President Trump' (and its tags 'donald trump')",
    "indent": True,
    "turns": [
        ("T", "THE PRESIDENT", TRUMP, "statement", None, "the title alone; the heading gives it to President Trump"),
        ("T", "Q", None, "question", None),
        ("T", "THE PRESIDENT", TRUMP, "answer", None),
        ("T", "Q", None, "question", None),
        ("T", "THE PRESIDENT", TRUMP, "answer", None),
    ]},
"clinton-1996-08-18-departure": {
    "url": "https://clintonwhitehouse6.archives.gov/1996/08/1996-08-18-president-remarks-upon-departure.html",
    "layout": "archived White House release: centred heading 'REMARKS BY THE PRESIDENT', 'THE PRESIDENT:' / 'Q' + one space (no colon); the page never names the President; 'END' line after the last turn",
    "nocolon": ["Q"],
    "turns": [
        ("T", "THE PRESIDENT", None, "statement", None, NO_NAME),
        ("T", "Q", None, "question", None),
        ("T", "THE PRESIDENT", None, "answer", None),
        ("T", "Q", None, "question", None),
        ("T", "THE PRESIDENT", None, "answer", None),
        ("N", "END 2:26 P.M. EDT"),
    ]},
"gwb-2006-04-26-mcclellan": {
    "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2006/04/print/text/20060426-4.html",
    "layout": "archived White House briefing: 'MR. McCLELLAN:' (a surname with an inner capital, in capitals but for the 'c'), 'Q' + one space without a colon; the heading names 'Scott McClellan'",
    "nocolon": ["Q"],
    "turns": [
        ("T", "MR. McCLELLAN", MCCLELLAN, "statement", None, "the heading: 'Press Briefing by Scott McClellan'"),
        ("T", "Q", None, "question", None, "cut by the end of the excerpt"),
    ]},
}
