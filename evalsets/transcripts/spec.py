"""Turn labels as written by hand (see README.md). build.py turns them into turns.jsonl.

Per file, in text order: ("T", label as printed, speaker, kind, affiliation[, note]) for a turn
that starts at a line beginning with the label followed by ":" (or "):" for labels with a time
stamp), and ("N", exact text) for a line of narration that ends the turn before it. Every other
non-blank line outside the turns becomes a narration block automatically, except lines
listed in "not_narration" (reported speech in the narration: neither a turn nor narration, and
so not listed at all).
speaker None on a turn = the text does not name who speaks (an unnamed journalist, an announcer).
"""
P, R, Z, T = "Vladimir Putin", "Marco Rubio", "Volodymyr Zelensky", "Donald Trump"
GS = "George Stephanopoulos"

SPEC = {
"kremlin-2025-11-27-bishkek": {
    "url": "http://www.en.special.kremlin.ru/events/president/transcripts/78571",
    "layout": "Name: turns, full title first ('President of Russia Vladimir Putin:')",
    "turns": [
        ("T", "President of Russia Vladimir Putin", P, "statement", None),
        ("T", "Pavel Minakov", "Pavel Minakov", "question", "Interfax"),
    ]},
"mfa-2025-11-21-security-council": {
    "url": "https://dprk.news-pravda.com/en/world/2025/11/22/15516.html",
    "layout": "Question: / President Putin:",
    "turns": [
        ("T", "Question", None, "question", None, "the asker is not named in this text (other reports name Valentina Matviyenko)"),
        ("T", "President Putin", P, "answer", None),
    ]},
"state-2025-11-12-rubio-hamilton": {
    "url": "https://podam.pl/viewer.php?id=108742010",
    "layout": "upper-case labels, QUESTION: / SECRETARY RUBIO:",
    "turns": [
        ("T", "QUESTION", None, "question", None),
        ("T", "SECRETARY RUBIO", R, "answer", None),
        ("T", "QUESTION", None, "question", None),
        ("T", "QUESTION", None, "question", None),
        ("T", "SECRETARY RUBIO", R, "answer", None),
        ("T", "QUESTION", None, "question", None),
        ("T", "SECRETARY RUBIO", R, "answer", None),
        ("T", "QUESTION", None, "question", None),
        ("T", "SECRETARY RUBIO", R, "answer", None),
    ]},
"state-2025-03-02-rubio-abc": {
    "url": "https://politikinewsaaa.blogspot.com/2025/03/us-department-of-state-weekly-digest_16.html",
    "layout": "interview with a host; QUESTION: / SECRETARY RUBIO:, the host named only in the heading",
    "turns": [
        ("T", "QUESTION", GS, "question", "ABC News", "the heading names the interviewer"),
        ("T", "SECRETARY RUBIO", R, "answer", None),
        ("T", "QUESTION", GS, "question", "ABC News"),
        ("T", "SECRETARY RUBIO", R, "answer", None),
    ]},
"state-2025-09-15-rubio-fox": {
    "url": "https://politikinewsaaa.blogspot.com/2025/09/us-department-of-stateupdate_28.html",
    "layout": "interview with a host; QUESTION: / SECRETARY RUBIO:, the host named only in the heading",
    "turns": [
        ("T", "QUESTION", "Gillian Turner", "statement", "Fox News", "a greeting, not a question"),
        ("T", "SECRETARY RUBIO", R, "statement", None),
        ("T", "QUESTION", "Gillian Turner", "question", "Fox News"),
        ("T", "SECRETARY RUBIO", R, "answer", None),
    ]},
"abc-2025-03-02-this-week": {
    "url": "https://abcnews.go.com/Politics/week-transcript-3-2-25-secretary-state-marco/story?id=119332903",
    "layout": "TV transcript, upper-case labels with titles given once ('DONALD TRUMP, PRESIDENT OF THE UNITED STATES:', then 'TRUMP:'), stage directions in parentheses",
    "turns": [
        ("N", "(COMMERCIAL BREAK)"),
        ("T", "ANNOUNCER", None, "statement", "ABC News"),
        ("N", "(BEGIN VIDEO CLIP)"),
        ("T", "GEORGE STEPHANOPOULOS, ABC \"THIS WEEK\" CO-ANCHOR", GS, "statement", "ABC News"),
        ("T", "DONALD TRUMP, PRESIDENT OF THE UNITED STATES", T, "statement", None),
        ("T", "VOLODYMYR ZELENSKYY, UKRAINIAN PRESIDENT", Z, "statement", None),
        ("T", "TRUMP", T, "statement", None),
        ("T", "STEPHANOPOULOS", GS, "statement", "ABC News"),
        ("T", "ZELENSKYY", Z, "statement", None),
        ("T", "STEPHANOPOULOS", GS, "statement", "ABC News"),
        ("T", "ELON MUSK, SENIOR ADVISOR TO U.S. PRESIDENT DONALD TRUMP", "Elon Musk", "statement", None),
        ("T", "STEPHANOPOULOS", GS, "statement", "ABC News"),
        ("T", "MUSK", "Elon Musk", "statement", None),
        ("T", "STEPHANOPOULOS", GS, "statement", "ABC News"),
        ("T", "UNIDENTIFIED MALE", None, "statement", None),
        ("T", "UNIDENTIFIED FEMALE", None, "statement", None),
        ("T", "STEPHANOPOULOS", GS, "statement", "ABC News"),
        ("N", "(END VIDEO CLIP)"),
        ("T", "ANNOUNCER", None, "statement", "ABC News"),
    ]},
"rev-2025-11-24-leavitt": {
    "url": "https://www.rev.com/transcripts/karoline-leavitt-speaks-to-the-media-11-24-25",
    "layout": "Rev transcript: 'Name (mm:ss):' on its own line, text below, '(mm:ss)' continuation marks inside a turn",
    "turns": [
        ("T", "Journalists (00:00)", None, "statement", None),
        ("T", "Karoline Leavitt (00:00)", "Karoline Leavitt", "statement", None),
        ("T", "Journalists (00:27)", None, "question", None),
        ("T", "Karoline Leavitt (00:29)", "Karoline Leavitt", "statement", None),
        ("T", "Journalists (00:30)", None, "question", None),
        ("T", "Karoline Leavitt (00:36)", "Karoline Leavitt", "answer", None),
    ]},
"kremlin-2022-02-22-media-questions": {
    "url": "https://politikinewsaaa.blogspot.com/search/label/RUSSIA%27s%20latest?by-date=false&max-results=20&start=100&updated-max=2022-03-07T13%3A19%3A00%2B02%3A00",
    "layout": "Name: turns; the journalist introduces himself and his outlet; the full title comes on the president's first turn only",
    "turns": [
        ("T", "Pavel Zarubin", "Pavel Zarubin", "question", "Rossiya TV"),
        ("T", "President of Russia Vladimir Putin", P, "answer", None),
        ("T", "Pavel Zarubin", "Pavel Zarubin", "question", "Rossiya TV"),
        ("T", "Vladimir Putin", P, "answer", None),
    ]},
"kremlin-2021-06-16-geneva-news-conference": {
    "url": "https://www.stiripesurse.ro/news-conference-following-russia-us-talks_1850474.html",
    "layout": "Name: turns with 'Question:' for unnamed journalists",
    "turns": [
        ("T", "President of Russia Vladimir Putin", P, "statement", None),
        ("T", "Question", None, "question", None),
        ("T", "Vladimir Putin", P, "answer", None),
    ]},
"govru-2011-03-18-putin-atambayev": {
    "url": "http://archive.government.ru/eng/docs/14526/",
    "layout": "beginning of a meeting: a narrated summary, then 'Name:' turns",
    "not_narration": ["Mr Putin said that Russia will continue to provide the same large-scale assistance"],
    "turns": [
        ("T", "Vladimir Putin", P, "statement", None),
        ("T", "Almazbek Atambayev", "Almazbek Atambayev", "statement", None),
    ]},
"state-2025-12-19-rubio-yearend": {
    "url": "https://gage.news/art/secretary-of-state-marco-rubio-remarks-to-the-press-6",
    "layout": "State Department press remarks: SECRETARY RUBIO: / QUESTION:, stage direction '(Laughter.)' inside a turn",
    "turns": [
        ("T", "SECRETARY RUBIO", R, "statement", None),
        ("T", "QUESTION", None, "statement", None),
        ("T", "QUESTION", None, "statement", None),
        ("T", "SECRETARY RUBIO", R, "statement", None),
    ]},
"state-2025-10-05-rubio-ftn": {
    "url": "https://www.miragenews.com/secretary-of-state-marco-rubio-with-margaret-1546573",
    "layout": "TV interview as published by the State Department: QUESTION: / SECRETARY RUBIO:, no heading naming the host",
    "turns": [
        ("T", "QUESTION", None, "statement", None, "the host (Margaret Brennan, CBS Face the Nation) is not named in this excerpt"),
        ("T", "SECRETARY RUBIO", R, "statement", None),
        ("T", "QUESTION", None, "question", None, "the host, not named in this excerpt"),
        ("T", "SECRETARY RUBIO", R, "answer", None),
        ("T", "QUESTION", None, "question", None, "the host, not named in this excerpt; cut by the end of the excerpt"),
    ]},
"kremlin-21618-questions": {
    "url": "http://en.kremlin.ru/events/president/transcripts/21618",
    "layout": "Question: / Vladimir Putin: (excerpt from the middle of a page)",
    "turns": [
        ("T", "Question", None, "question", None),
        ("T", "Vladimir Putin", P, "answer", None),
        ("T", "Question", None, "question", None),
        ("T", "Vladimir Putin", P, "answer", None),
    ]},
}
