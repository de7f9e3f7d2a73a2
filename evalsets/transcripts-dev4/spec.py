"""Turn labels of the fourth transcript tuning set (dev4), written by hand by reading each text
(see README.md) before any whosaid command was run on these texts. build.py turns them into
turns.jsonl and files.jsonl.

Same conventions as evalsets/transcripts-dev3/spec.py (and evalsets/transcripts-holdout). Per
file, in text order: ("T", label as printed, speaker, kind, affiliation[, note]) for a turn that
starts at a line beginning with the label followed by ":" (or, for a label listed in the file's
"nocolon", by a space or a tab); ("N", exact text) for a line of narration that ends the turn
before it; ("X", exact text) for a line that ends the turn before it and has no row (unlabelled
speech, or a label with nothing after it). Every other non-blank line outside the turns becomes a
narration block, except the lines listed in "not_narration", which have no row.
speaker None on a turn = the text does not name who speaks.
"""
RUSSERT, ROMNEY, HUCKABEE, OBAMA, CLINTON = ("Tim Russert", "Mitt Romney", "Mike Huckabee",
                                             "Barack Obama", "Hillary Clinton")
PATEL = "Vedant Patel"
MILLER, MCEWEN, BLACKWELL = "Lulu Miller", "Annie McEwen", "Becca Blackwell"
WEBSTER = "Molly Webster"
BRAND, WILLIAMS, BUSH = "Madeleine Brand", "Juan Williams", "George W. Bush"
MERKEL = "Angela Merkel"
MCCLELLAN, GREGORY = "Scott McClellan", "David Gregory"
OREILLY, KRUGMAN = "Bill O'Reilly", "Paul Krugman"
CUNDILL, OBRIEN, JOHNNY, YAS, GAY = ("Matt Cundill", "Catherine O'Brien", "Johnny Podcasts",
                                     "David Yas", "Jon Gay")
BICKMORE, ALY, TURNBULL = "Carrie Bickmore", "Waleed Aly", "Malcolm Turnbull"
MCGUIRE, ANDERSON, MORRISON = "Eddie McGuire", "Wil Anderson", "Scott Morrison"
RYAN, KASICH, HIATT = "Frederick Ryan Jr.", "John Kasich", "Fred Hiatt"
LAMB, WARNER = "Brian Lamb", "Mark Warner"
BYRNE, GROSS = "David Byrne", "Terry Gross"
MOTEGI = "Toshimitsu Motegi"

FIRST_ONLY = "first-name label; the excerpt gives no surname for this person: unnamed"
SURNAME_AFTER_FULL = "surname label after the full name printed earlier in the text"

SPEC = {
"mtp-2007-11-18-russert": {
    "url": "https://www.nbcnews.com/id/wbna21869109",
    "layout": "NBC Meet the Press: 'MR. TIM RUSSERT:' once, then 'MR. RUSSERT:'; clip labels with office and party ('FMR. GOV. MITT ROMNEY:', 'SEN. BARACK OBAMA (D-IL):'); '(End videotape)' lines; two spaces after the colon",
    "turns": [
        ("T", "MR. TIM RUSSERT", RUSSERT, "statement", "NBC"),
        ("T", "FMR. GOV. MITT ROMNEY", ROMNEY, "statement", None, "clip"),
        ("T", "FMR. GOV. MIKE HUCKABEE", HUCKABEE, "statement", None, "clip"),
        ("N", "(End videotape)"),
        ("T", "MR. RUSSERT", RUSSERT, "statement", "NBC", SURNAME_AFTER_FULL),
        ("T", "SEN. BARACK OBAMA (D-IL)", OBAMA, "statement", None, "clip"),
        ("T", "SEN. HILLARY CLINTON (D-NY)", CLINTON, "statement", None, "clip"),
        ("N", "(End videotape)"),
        ("T", "MR. RUSSERT", RUSSERT, "statement", "NBC", "three paragraphs; cut by the end of the excerpt"),
    ]},
"rev-2023-05-08-state-patel": {
    "url": "https://www.rev.com/blog/transcripts/department-of-state-daily-press-briefing-may-8-2023-transcript",
    "layout": "Rev: 'Label (mm:ss):' alone on its line, text on the next; the briefer labelled by role ('Department of State spokesperson'), named only in the summary ('Principal Deputy Spokesperson Vedant Patel'); a reporter by first name ('Matt'); 'Speaker 1'; a label with no text",
    "turns": [
        ("T", "Department of State spokesperson (00:00)", PATEL, "statement", None, "the role the summary gives Vedant Patel"),
        ("T", "Speaker 1 (00:01)", None, "statement", None),
        ("T", "Department of State spokesperson (00:05)", PATEL, "statement", None),
        ("T", "Matt (00:06)", None, "statement", None, FIRST_ONLY),
        ("T", "Department of State spokesperson (00:07)", PATEL, "statement", None),
        ("T", "Matt (00:08)", None, "statement", None),
        ("T", "Department of State spokesperson (00:09)", PATEL, "statement", None),
        ("X", "Matt (00:19):"),
        ("T", "Department of State spokesperson (00:20)", PATEL, "statement", None),
        ("T", "Matt (00:21)", None, "statement", None),
        ("T", "Department of State spokesperson (00:28)", PATEL, "statement", None),
        ("T", "Matt (00:31)", None, "question", None),
        ("T", "Department of State spokesperson (00:43)", PATEL, "answer", None, "cut by the end of the excerpt"),
    ]},
"radiolab-2025-05-09-earthly-voice": {
    "url": "https://radiolab.org/podcast/the-first-known-earthly-voice/transcript",
    "layout": "Radiolab: 'LULU MILLER:' once, then the first name alone ('LULU:'); 'FULL NAME:' for the others; no blank lines; '[RADIOLAB INTRO]'",
    "turns": [
        ("T", "LULU MILLER", MILLER, "statement", "Radiolab"),
        ("N", "[RADIOLAB INTRO]"),
        ("T", "ANNIE MCEWEN", MCEWEN, "statement", None),
        ("T", "LULU", MILLER, "statement", "Radiolab", "first-name label after the full name 'LULU MILLER'"),
        ("T", "BECCA BLACKWELL", BLACKWELL, "statement", None),
        ("T", "LULU", MILLER, "question", "Radiolab"),
        ("T", "BECCA BLACKWELL", BLACKWELL, "answer", None),
        ("T", "LULU", MILLER, "statement", "Radiolab"),
        ("T", "BECCA BLACKWELL", BLACKWELL, "statement", None),
        ("T", "LULU", MILLER, "statement", "Radiolab", "'[laughs]' only"),
        ("T", "LULU", MILLER, "statement", "Radiolab"),
        ("T", "BECCA BLACKWELL", BLACKWELL, "statement", None),
        ("T", "LULU", MILLER, "statement", "Radiolab"),
        ("T", "BECCA BLACKWELL", BLACKWELL, "statement", None),
        ("T", "LULU", MILLER, "statement", "Radiolab"),
        ("T", "LULU", MILLER, "statement", "Radiolab"),
        ("T", "BECCA BLACKWELL", BLACKWELL, "statement", None),
        ("T", "BECCA BLACKWELL", BLACKWELL, "statement", None, "reading the essay; cut by the end of the excerpt"),
    ]},
"wnyc-alan-cumming-legal-immigrant": {
    "url": "http://wnycstudios.org/story/alan-cumming-legal-immigrant",
    "layout": "WNYC podcast: first-name labels only ('TOBIN:', 'KATHY:', 'MOLLY:'); the guest's full name is spoken by a host ('Radiolab host and producer Molly Webster!'); the hosts' surnames never appear; '[LAUGHTER]' lines; no blank lines",
    "turns": [
        ("T", "TOBIN", None, "statement", None, FIRST_ONLY),
        ("T", "KATHY", None, "statement", None, FIRST_ONLY),
        ("T", "TOBIN", None, "statement", None),
        ("T", "KATHY", None, "statement", None),
        ("T", "TOBIN", None, "statement", None, "introduces 'Radiolab host and producer Molly Webster'"),
        ("T", "MOLLY", WEBSTER, "statement", "Radiolab", "first name of the guest the host has just introduced in full"),
        ("T", "KATHY", None, "statement", None),
        ("T", "MOLLY", WEBSTER, "statement", "Radiolab"),
        ("T", "TOBIN", None, "statement", None),
        ("T", "MOLLY", WEBSTER, "statement", "Radiolab"),
        ("T", "KATHY", None, "statement", None),
        ("T", "TOBIN", None, "statement", None),
        ("N", "[LAUGHTER]"),
        ("T", "KATHY", None, "statement", None),
        ("T", "MOLLY", WEBSTER, "statement", "Radiolab"),
        ("T", "KATHY", None, "question", None),
        ("T", "MOLLY", WEBSTER, "statement", "Radiolab"),
        ("T", "KATHY", None, "statement", None),
        ("T", "MOLLY", WEBSTER, "answer", "Radiolab"),
        ("T", "TOBIN", None, "statement", None),
        ("T", "MOLLY", WEBSTER, "statement", "Radiolab"),
        ("T", "KATHY", None, "question", None),
        ("T", "MOLLY", WEBSTER, "answer", "Radiolab"),
        ("N", "[LAUGHTER]"),
        ("T", "KATHY", None, "question", None),
        ("T", "MOLLY", WEBSTER, "answer", "Radiolab"),
        ("T", "KATHY", None, "statement", None),
        ("T", "MOLLY", WEBSTER, "statement", "Radiolab"),
        ("T", "TOBIN", None, "question", None),
        ("T", "MOLLY", WEBSTER, "answer", "Radiolab"),
        ("T", "TOBIN", None, "question", None),
        ("T", "MOLLY", WEBSTER, "answer", "Radiolab", "cut by the end of the excerpt"),
    ]},
"npr-7061239-williams-bush": {
    "url": "https://www.npr.org/transcripts/7061239",
    "layout": "NPR: the two hosts' opening lines unlabelled ('... I'm Madeleine Brand.'), then surname labels ('BRAND:'); 'JUAN WILLIAMS:' then 'WILLIAMS:'; 'President GEORGE W. BUSH:' (title in mixed case before a capitalised name); page furniture with bullets",
    "turns": [
        ("X", "From the studios of NPR West, this is DAY TO DAY. I'm Madeleine Brand."),
        ("X", "I'm Alex Chadwick. Coming up, we talk with"),
        ("T", "BRAND", BRAND, "statement", "NPR", "surname of the host who named herself in the unlabelled opening"),
        ("T", "JUAN WILLIAMS", WILLIAMS, "statement", "NPR"),
        ("T", "BRAND", BRAND, "statement", "NPR"),
        ("T", "JUAN WILLIAMS", WILLIAMS, "question", "NPR", "tape of the interview"),
        ("T", "President GEORGE W. BUSH", BUSH, "answer", None, "four paragraphs"),
        ("T", "BRAND", BRAND, "question", "NPR"),
        ("T", "WILLIAMS", WILLIAMS, "answer", "NPR", SURNAME_AFTER_FULL + "; cut by the end of the excerpt"),
    ]},
"spiegel-2017-09-01-merkel-copy": {
    "url": "http://www.mutagpoliti.com/2017/09/spiegel-interview-with-angela-merkel-in.html",
    "layout": "blog copy of a SPIEGEL interview: headline, summary and caption name 'Angela Merkel', then 'SPIEGEL:' (the magazine as label, two interviewers credited) / 'Merkel:' (surname only); a date line in Hebrew",
    "turns": [
        ("T", "SPIEGEL", None, "question", "DER SPIEGEL", "the magazine as label; two interviewers credited, neither identified per question"),
        ("T", "Merkel", MERKEL, "answer", None, SURNAME_AFTER_FULL),
        ("T", "SPIEGEL", None, "question", "DER SPIEGEL"),
        ("T", "Merkel", MERKEL, "answer", None),
        ("T", "SPIEGEL", None, "question", "DER SPIEGEL"),
        ("T", "Merkel", MERKEL, "answer", None),
        ("T", "SPIEGEL", None, "question", "DER SPIEGEL"),
        ("T", "Merkel", MERKEL, "answer", None, "cut by the end of the excerpt"),
    ]},
"planetmoron-2006-02-16-mcclellan": {
    "url": "http://planetmoron.typepad.com/planet_moron/2006/02/transcript_from.html",
    "layout": "satirical blog 'transcript': 'Scott McClellan:' / 'David Gregory:' once, then surnames; no blank lines between most turns; 'Gregory (turning towards camera):'",
    "turns": [
        ("T", "Scott McClellan", MCCLELLAN, "statement", None),
        ("T", "David Gregory", GREGORY, "question", None),
        ("T", "McClellan", MCCLELLAN, "answer", None, SURNAME_AFTER_FULL),
        ("T", "Gregory", GREGORY, "question", None, SURNAME_AFTER_FULL),
        ("T", "McClellan", MCCLELLAN, "statement", None),
        ("T", "Gregory", GREGORY, "question", None),
        ("T", "McClellan", MCCLELLAN, "answer", None),
        ("T", "Gregory", GREGORY, "question", None),
        ("T", "McClellan", MCCLELLAN, "answer", None),
        ("T", "Gregory", GREGORY, "statement", None),
        ("T", "McClellan", MCCLELLAN, "statement", None),
        ("T", "Gregory", GREGORY, "statement", None),
        ("T", "Gregory (turning towards camera)", GREGORY, "statement", None, "stage direction in the label"),
        ("T", "McClellan", MCCLELLAN, "statement", None),
        ("T", "Gregory", GREGORY, "question", None),
        ("T", "McClellan", MCCLELLAN, "answer", None),
        ("T", "Gregory", GREGORY, "statement", None),
        ("T", "McClellan", MCCLELLAN, "statement", None),
        ("T", "Gregory", GREGORY, "statement", None),
        ("T", "McClellan", MCCLELLAN, "statement", None),
        ("T", "Gregory", GREGORY, "statement", None),
        ("T", "McClellan", MCCLELLAN, "statement", None),
        ("T", "Gregory", GREGORY, "statement", None, "cut by the end of the excerpt"),
    ]},
"writework-russert-oreilly-krugman": {
    "url": "https://www.writework.com/essay/interview-transcript",
    "layout": "student essay: a key of transcription symbols, a 'SYNOPSIS:' line naming 'Paul Krugman' and 'Bill O'Reilly' in narration, then honorific + capitalised surname labels ('Mr. O'REILLY:', 'Prof. KRUGMAN:')",
    "turns": [
        ("T", "Mr. O'REILLY", OREILLY, "statement", None, "surname label; the synopsis names him in full"),
        ("T", "Prof. KRUGMAN", KRUGMAN, "statement", None, "surname label; the synopsis names him in full"),
        ("T", "Mr. O'REILLY", OREILLY, "statement", None),
        ("T", "Prof. KRUGMAN", KRUGMAN, "statement", None),
        ("T", "Mr. O'REILLY", OREILLY, "statement", None, "cut by the end of the excerpt"),
    ]},
"soundoff-2022-08-09-super-friends": {
    "url": "https://www.soundoff.network/show/the-podcast-super-friends/be-our-guest/",
    "layout": "podcast transcript: 'Full Name hh:mm:ss' alone on its line (no colon), text on the next line; two labels with no text under them",
    "nocolon": ["Matt Cundill", "Catherine O'Brien", "Johnny Podcasts", "David Yas", "Jon Gay"],
    "turns": [
        ("T", "Matt Cundill", CUNDILL, "statement", "Sound Off", "the time mark after the name stays in the turn, as in Rev layouts"),
        ("T", "Catherine O'Brien", OBRIEN, "statement", None),
        ("X", "Matt Cundill 00:00:35"),
        ("T", "Johnny Podcasts", JOHNNY, "statement", None, "the name he gives himself"),
        ("X", "Matt Cundill 00:00:46"),
        ("T", "David Yas", YAS, "statement", None),
        ("T", "Matt Cundill", CUNDILL, "statement", "Sound Off"),
        ("T", "Jon Gay", GAY, "statement", None),
        ("T", "Matt Cundill", CUNDILL, "statement", "Sound Off", "cut by the end of the excerpt"),
    ]},
"pmt-40170-turnbull-the-project": {
    "url": "http://pmtranscripts.pmc.gov.au/release/transcript-40170",
    "layout": "Australian PM transcripts archive: the PM named only in an inverted heading ('Turnbull, Malcolm'); 'NAME:' / 'PRIME MINISTER:' alone on their lines; record fields ('Release Date:', 'Transcript ID:') with the value on the next line",
    "turns": [
        ("T", "CARRIE BICKMORE", BICKMORE, "question", "The Project"),
        ("T", "PRIME MINISTER", TURNBULL, "answer", None, "the page's heading 'Turnbull, Malcolm'"),
        ("T", "CARRIE BICKMORE", BICKMORE, "question", "The Project"),
        ("T", "PRIME MINISTER", TURNBULL, "answer", None),
        ("T", "WALEED ALY", ALY, "question", "The Project"),
        ("T", "PRIME MINISTER", TURNBULL, "answer", None),
        ("T", "CARRIE BICKMORE", BICKMORE, "statement", "The Project"),
        ("T", "PRIME MINISTER", TURNBULL, "statement", None),
        ("T", "WALEED ALY", ALY, "question", "The Project"),
        ("T", "PRIME MINISTER", TURNBULL, "answer", None, "cut by the end of the excerpt"),
    ]},
"morrison-2018-09-07-triple-m": {
    "url": "https://www.scottmorrison.com.au/media?offset=1536640080594",
    "layout": "politician's media page: a media release, then a radio interview; 'EDDIE MCGUIRE:' / 'WIL ANDERSON:' then surnames; 'PRIME MINISTER:' named by the host's first line ('the Prime Minister of Australia, Scott Morrison')",
    "turns": [
        ("T", "EDDIE MCGUIRE", MCGUIRE, "statement", "Triple M"),
        ("T", "WIL ANDERSON", ANDERSON, "statement", "Triple M"),
        ("T", "PRIME MINISTER", MORRISON, "statement", None, "the host names 'the Prime Minister of Australia, Scott Morrison'"),
        ("T", "ANDERSON", ANDERSON, "question", "Triple M", SURNAME_AFTER_FULL),
        ("T", "PRIME MINISTER", MORRISON, "answer", None),
        ("T", "ANDERSON", ANDERSON, "statement", "Triple M"),
        ("T", "MCGUIRE", MCGUIRE, "question", "Triple M", SURNAME_AFTER_FULL + "; cut by the end of the excerpt"),
    ]},
"wapo-2016-04-20-kasich": {
    "url": "https://www.washingtonpost.com/blogs/post-partisan/wp/2016/04/20/a-transcript-of-john-kasichs-interview-with-the-washington-post-editorial-board/",
    "layout": "newspaper editorial-board transcript: 'NAME, TITLE:' and 'OFFICE NAME:' once, then surnames; two spaces after most colons; a board member only as 'HIATT:' (his first name 'Fred' said in passing)",
    "turns": [
        ("T", "FREDERICK RYAN JR., WASHINGTON POST PUBLISHER", RYAN, "statement", "The Washington Post", "the name as printed, suffix kept"),
        ("T", "OHIO GOVERNOR JOHN KASICH", KASICH, "statement", None),
        ("T", "RYAN", RYAN, "statement", "The Washington Post", SURNAME_AFTER_FULL),
        ("T", "KASICH", KASICH, "statement", None, SURNAME_AFTER_FULL),
        ("T", "RYAN", RYAN, "statement", "The Washington Post", "two paragraphs"),
        ("T", "KASICH", KASICH, "statement", None),
        ("T", "RYAN", RYAN, "question", "The Washington Post"),
        ("T", "KASICH", KASICH, "answer", None),
        ("T", "RYAN", RYAN, "statement", "The Washington Post"),
        ("T", "KASICH", KASICH, "statement", None),
        ("T", "KASICH", KASICH, "statement", None),
        ("T", "HIATT", HIATT, "statement", "The Washington Post", "surname only; 'Fred' is said in passing ('We'll end up with Fred'); canonical full name, as WALLACE -> Chris Wallace in dev3"),
        ("T", "HIATT", HIATT, "question", "The Washington Post"),
        ("T", "KASICH", KASICH, "answer", None, "two paragraphs; cut by the end of the excerpt"),
    ]},
"terpryan-2005-11-07-warner-lamb": {
    "url": "http://terpryan.blogspot.com/2005/11/interview-with-gov.html",
    "layout": "blog quoting a C-SPAN interview: the blogger names 'Governor Mark Warner', then surname labels only ('LAMB:', 'WARNER:'); the interviewer's first name only in the answer ('Well, Brian,')",
    "turns": [
        ("T", "LAMB", LAMB, "question", "C-SPAN", "surname only; C-SPAN's Q&A host, addressed as 'Brian' in the answer; canonical full name"),
        ("T", "WARNER", WARNER, "answer", None, "surname label; the blogger names 'Governor Mark Warner'; six paragraphs, cut by the end of the excerpt"),
    ]},
"npr-1220324342-fresh-air-byrne": {
    "url": "https://www.npr.org/transcripts/1220324342",
    "layout": "NPR Fresh Air: the host's long opening unlabelled ('This is FRESH AIR. I'm Terry Gross. ...'), then 'DAVID BYRNE:' and surnames ('GROSS:', 'BYRNE:')",
    "turns": [
        ("X", "This is FRESH AIR. I'm Terry Gross."),
        ("X", "I consider David Byrne's return"),
        ("X", "David Byrne, welcome back to FRESH AIR."),
        ("T", "DAVID BYRNE", BYRNE, "statement", None),
        ("T", "GROSS", GROSS, "statement", "NPR", "surname of the host who named herself in the unlabelled opening"),
        ("T", "BYRNE", BYRNE, "statement", None),
        ("T", "GROSS", GROSS, "question", "NPR"),
        ("T", "BYRNE", BYRNE, "answer", None),
    ]},
"mofa-2020-01-08-motegi": {
    "url": "https://www.mofa.go.jp/press/kaiken/kaiken4e_000737.html",
    "layout": "Japanese MOFA press conference: heading 'Foreign Minister MOTEGI Toshimitsu' (family name first, in capitals), then 'Reporter:' / 'Minister MOTEGI:'; site link after the last turn",
    "turns": [
        ("T", "Reporter", None, "question", None),
        ("T", "Minister MOTEGI", MOTEGI, "answer", None, "the heading's 'MOTEGI Toshimitsu' (family name first); canonical order given name first"),
        ("T", "Reporter", None, "question", None),
        ("T", "Minister MOTEGI", MOTEGI, "answer", None),
        ("T", "Reporter", None, "question", None),
        ("T", "Minister MOTEGI", MOTEGI, "answer", None),
        ("T", "Reporter", None, "question", None),
        ("T", "Minister MOTEGI", MOTEGI, "answer", None),
        ("N", "Back to Press Conferences"),
    ]},
"kansasmemory-215739-governor-qa": {
    "url": "http://www.kansasmemory.org/item/215739/text",
    "layout": "oral-history Q&A: 'Q.' / 'A.' with a full stop and no colon; neither the interviewer nor the governor is named in the excerpt -> all unnamed",
    "nocolon": ["Q.", "A."],
    "turns": [
        ("T", "Q.", None, "question", None),
        ("T", "A.", None, "answer", None, "a former governor of Kansas, not named in the excerpt; two paragraphs"),
        ("T", "Q.", None, "question", None),
        ("T", "A.", None, "answer", None, "cut by the end of the excerpt"),
    ]},
}
