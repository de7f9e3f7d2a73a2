"""Turn labels of the held-out transcript set, written by hand (see README.md).
build.py turns them into turns.jsonl and files.jsonl.

Same conventions as evalsets/transcripts-test/spec.py. Per file, in text order:
("T", label as printed, speaker, kind, affiliation[, note]) for a turn that starts at a line
beginning with the label followed by ":" (or, for a label listed in the file's "nocolon", by
whitespace); ("N", exact text) for a line of narration that ends the turn before it (stage
directions such as "(END VIDEO CLIP)", "(LAUGHTER)"). Every other non-blank line outside the
turns becomes a narration block automatically, except the lines listed in "not_narration":
lines that are neither a turn nor narration (reported speech in the narration, unlabelled
speech) and so have no row.

Two additions, both within the same row format (README.md, "What is new"):
- ("X", exact text): an unlabelled line of speech (or a label with no text after it) that
  ENDS the turn before it and, like a not_narration line, has no row. Without it the turn
  before would run on over that line.
- "indent": True on a file: its labels are indented with spaces at the start of the line
  ("              MICHAEL MORELL:"); the label itself is still printed without the spaces.
speaker None on a turn = the text does not name who speaks.
"""
JP, NP, JK, P = "Jen Psaki", "Ned Price", "John Kirby", "Vladimir Putin"
DP, JW, HD = "Dmitry Peskov", "Judy Woodruff", "Howard Dean"
KM, SD, AK = "Kelly McEvers", "Susan Davis", "Asma Khalid"
SI, LK, DH, MW = "Steve Inskeep", "Larry King", "Don Hewitt", "Mike Wallace"
MM, EC = "Michael Morell", "Eliot Cohen"
AJ, JMG, EM = "Mumia Abu-Jamal", "Joseph McGill", "Eric Mamer"
AM, BJ = "Andrew Marr", "Boris Johnson"
FIRST = "a first name only, which is not a full name"

SPEC = {
"state-2015-03-24-psaki": {
    "url": "https://www.globalsecurity.org/military/library/news/2015/03/mil-150324-stateb01.htm",
    "layout": "State Department briefing (copy on a news-archive site): 'MS. PSAKI:' / 'QUESTION:'; three short consecutive MS. PSAKI turns (the reporters' replies between them are not in the transcript); a turn that welcomes visitors and calls on the next reporter ('Go ahead.')",
    "turns": [
        ("T", "MS. PSAKI", JP, "statement", None, "the page heading names 'Jen Psaki'"),
        ("T", "MS. PSAKI", JP, "statement", None, "a greeting put as a question; not a journalist's question"),
        ("T", "MS. PSAKI", JP, "statement", None),
        ("T", "MS. PSAKI", JP, "statement", None),
        ("T", "QUESTION", None, "question", None),
        ("T", "MS. PSAKI", JP, "answer", None),
        ("T", "QUESTION", None, "question", None),
        ("T", "MS. PSAKI", JP, "answer", None),
        ("T", "QUESTION", None, "question", None),
        ("T", "MS. PSAKI", JP, "answer", None, "spans the welcome of her brother-in-law and 'Go ahead.', calling on the next reporter"),
        ("T", "QUESTION", None, "statement", None, "a quip, not a question"),
        ("T", "MS. PSAKI", JP, "statement", None),
        ("T", "QUESTION", None, "statement", None),
    ]},
"rev-2022-05-04-psaki": {
    "url": "https://www.rev.com/blog/transcripts/press-briefing-with-press-secretary-jen-psaki-5-04-22-transcript",
    "layout": "Rev (2022 style): 'Name: (mm:ss)' with the time after the colon and the text on the next line; a reporter labelled by first name ('Amer:'); page furniture before",
    "turns": [
        ("T", "Jen Psaki", JP, "statement", None, "the time mark '(00:00)' follows the colon and so is inside the turn"),
        ("T", "Jen Psaki", JP, "statement", None, "ends by calling on 'Amer'"),
        ("T", "Amer", None, "question", None, "the label is " + FIRST),
        ("T", "Jen Psaki", JP, "answer", None, "cut by the end of the excerpt"),
    ]},
"state-2022-08-18-price": {
    "url": "https://www.state.gov/briefings/department-press-briefing-august-18-2022/",
    "layout": "State Department briefing on state.gov: site furniture, then 'MR PRICE:' (no full stop after MR) / 'QUESTION:'; two consecutive QUESTION turns",
    "turns": [
        ("T", "MR PRICE", NP, "statement", None, "the excerpt gives the surname only ('MR PRICE'); the Department spokesperson, Ned Price"),
        ("T", "MR PRICE", NP, "statement", None, "ends by calling on 'Matt'"),
        ("T", "QUESTION", None, "statement", None, "a remark, not a question; the reporter is called on as 'Matt', " + FIRST),
        ("T", "MR PRICE", NP, "statement", None),
        ("T", "QUESTION", None, "question", None, "'Can we start with Israel?'"),
        ("T", "QUESTION", None, "question", None, "cut by the end of the excerpt"),
    ]},
"agenparl-2022-10-11-price": {
    "url": "https://agenparl.eu/2022/10/12/department-press-briefing-october-11-2022",
    "layout": "State Department briefing relayed by a news agency: e-mail header lines, one line per paragraph, 'MR PRICE:' / 'QUESTION:', '(Applause.)' and '(Laughter.)' inside turns, '[]' bullet inside a turn",
    "turns": [
        ("T", "MR PRICE", NP, "statement", None, "the header names 'Ned Price, Department Spokesperson'"),
        ("T", "QUESTION", None, "statement", None, "a greeting"),
        ("T", "MR PRICE", NP, "statement", None),
        ("T", "QUESTION", None, "statement", None, "'(Applause.)' inside the turn"),
        ("T", "MR PRICE", NP, "statement", None),
        ("T", "MR PRICE", NP, "statement", None, "a second consecutive MR PRICE turn; cut by the end of the excerpt"),
    ]},
"sat-2023-02-15-price": {
    "url": "https://southasiantribune.com/us-stresses-security-relationship-with-pak-refrains-from-confirming-possible-revival-of-security-cooperation-ned-price-on-feb-15-2023/",
    "layout": "news-site excerpt of a State Department briefing: headline and a summary paragraph reporting what Price said, then 'MR PRICE:' / 'QUESTION:' where the reporter names himself and his outlet",
    "not_narration": ["Speaking at his press briefing on Feb 15, 2023"],
    "turns": [
        ("T", "MR PRICE", NP, "statement", None, "the headline and summary name 'Ned Price'"),
        ("T", "QUESTION", "Jahanzaib Ali", "question", "ARY News", "the reporter names himself and his outlet at the start of the question"),
        ("T", "MR PRICE", NP, "answer", None, "cut by the end of the excerpt"),
    ]},
"dod-2503212-kirby": {
    "url": "https://www.defense.gov/News/Transcripts/Transcript/Article/2503212/pentagon-press-secretary-updates-reporters-on-dod-operations/",
    "layout": "Pentagon briefing on defense.gov: 'PRESS SECRETARY JOHN F. KIRBY:' once, then 'MR. KIRBY:' / 'Q:'; an exchange of greetings in short turns",
    "turns": [
        ("T", "PRESS SECRETARY JOHN F. KIRBY", JK, "statement", None),
        ("T", "Q", None, "statement", None, "a greeting"),
        ("T", "MR. KIRBY", JK, "statement", None, "'Happy what?': the briefer asks; not a journalist's question"),
        ("T", "Q", None, "statement", None, "reply to the briefer's question: not an answer in the sense of the format"),
        ("T", "MR. KIRBY", JK, "statement", None),
        ("T", "Q", None, "statement", None),
        ("T", "MR. KIRBY", JK, "statement", None, "cut by the end of the excerpt"),
    ]},
"dod-2681883-kirby-rosenthal": {
    "url": "https://www.defense.gov/News/Transcripts/Transcript/Article/2681883/pentagon-press-secretary-john-f-kirby-holds-a-press-briefing/",
    "layout": "Pentagon briefing on defense.gov: the press secretary hands over to a guest briefer ('So, Lynn.'), who is labelled 'LYNN ROSENTHAL:'",
    "turns": [
        ("T", "PRESS SECRETARY JOHN F. KIRBY", JK, "statement", None, "ends with 'So, Lynn.', handing over"),
        ("T", "LYNN ROSENTHAL", "Lynn Rosenthal", "statement", None, "cut by the end of the excerpt"),
    ]},
"blog-2021-07-21-austin-milley": {
    "url": "https://military-online.blogspot.com/2021_07_21_archive.html",
    "layout": "blog copy of a Pentagon press conference, hard-wrapped at ~70 characters (lines broken inside sentences); a list of participants before; 'TITLE NAME:' labels",
    "turns": [
        ("T", "PRESS SECRETARY JOHN F. KIRBY", JK, "statement", None, "ends with 'With that, sir, Mr. Secretary.'"),
        ("T", "SECRETARY OF DEFENSE LLOYD J. AUSTIN III", "Lloyd Austin", "statement", None, "cut by the end of the excerpt"),
    ]},
"rev-2020-12-17-putin-annual": {
    "url": "https://www.rev.com/blog/transcripts/vladimir-putin-annual-press-conference-transcript-2020",
    "layout": "Rev: 'Name: (mm:ss)' for the Kremlin spokesman and generic 'Speaker N: (mm:ss)' labels for regional reporters; the excerpt ends on a bare label 'Dmitry Peskov: ' with no text",
    "turns": [
        ("T", "Dmitry Peskov", DP, "statement", None, "roll call of the regional studios"),
        ("T", "Speaker 1", None, "statement", None, "Rev's generic label; a reporter in Vladivostok, not named"),
        ("T", "Dmitry Peskov", DP, "statement", None),
        ("T", "Speaker 2", None, "statement", None, "a reporter in Novosibirsk, not named"),
        ("T", "Dmitry Peskov", DP, "statement", None),
        ("T", "Speaker 3", None, "statement", None, "a reporter in Yekaterinburg, not named"),
        ("T", "Dmitry Peskov", DP, "statement", None),
        ("T", "Speaker 4", None, "statement", None, "a reporter in Nizhny Novgorod, not named"),
        ("T", "Dmitry Peskov", DP, "statement", None),
        ("T", "Speaker 5", None, "statement", None, "a reporter in Rostov-on-Don, not named"),
        ("X", "Dmitry Peskov:"),
    ]},
"cyplive-2018-03-01-putin-nbc": {
    "url": "http://en.cyplive.com/ru/news/intervyu-vladimira-putina-amerikanskomu-telekanalu-nbc.html",
    "layout": "machine-translated copy of a Kremlin interview on a Cyprus news site: furniture lines with colons ('Today:', 'Tags:'), then 'M. Kelly (as translated):' once, 'M.Kelly:' (no space) after, and 'Vladimir Putin:'",
    "turns": [
        ("T", "M. Kelly (as translated)", "Megyn Kelly", "statement", "NBC", "the text spells her 'Megin Kelly' ('the journalist of the American television channel NBC Megin Kelly'); canonical spelling used; opening thanks and plan, not a question"),
        ("T", "Vladimir Putin", P, "statement", None, "'Please.'"),
        ("T", "M.Kelly", "Megyn Kelly", "question", "NBC"),
        ("T", "Vladimir Putin", P, "answer", None, "cut by the end of the excerpt"),
    ]},
"cnn-2005-06-03-inside-politics": {
    "url": "http://transcripts.cnn.com/TRANSCRIPTS/0506/03/ip.01.html",
    "layout": "CNN transcript: opening teaser of clips and ANNOUNCER lines, 'NAME, TITLE:' once then surname, '(voice-over)' in a label",
    "turns": [
        ("T", "HOWARD DEAN, DNC CHAIRMAN", HD, "statement", None, "clip"),
        ("T", "ANNOUNCER", None, "statement", "CNN"),
        ("T", "DEAN", HD, "statement", None, "clip of Dean's reply to a question the excerpt does not print"),
        ("T", "ANNOUNCER", None, "statement", "CNN"),
        ("T", "JUDY WOODRUFF, CNN ANCHOR", JW, "statement", "CNN", "archival clip of the anchor's pointed remark to Ross Perot; no reply follows, so a clip statement"),
        ("T", "WOODRUFF", JW, "statement", "CNN", "archival clip"),
        ("T", "ANNOUNCER", None, "statement", "CNN"),
        ("T", "WOODRUFF", JW, "statement", "CNN"),
        ("T", "DEAN", HD, "statement", None, "clip"),
        ("T", "WOODRUFF (voice-over)", JW, "statement", "CNN", "cut by the end of the excerpt"),
    ]},
"npr-734609523-embedded-mcconnell": {
    "url": "https://www.npr.org/transcripts/734609523",
    "layout": "NPR transcript: the first two lines of speech have no label ('Hey, I'm Kelly McEvers.' / 'And I'm Eric Mennel.'), then surname labels ('MCEVERS:'), and 'FULL NAME:' for clips",
    "turns": [
        ("X", "Hey, I'm Kelly McEvers."),
        ("X", "And I'm Eric Mennel."),
        ("T", "MCEVERS", KM, "statement", "NPR", "surname label; the text names her only in the unlabelled line 'Hey, I'm Kelly McEvers.'"),
        ("T", "MENNEL", "Eric Mennel", "statement", "NPR", "surname label; named in 'And I'm Eric Mennel.'"),
        ("T", "MCEVERS", KM, "statement", "NPR"),
        ("T", "MITCH MCCONNELL", "Mitch McConnell", "statement", None, "clip"),
        ("T", "MCEVERS", KM, "statement", "NPR"),
        ("T", "JUDY WOODRUFF", JW, "question", "PBS", "archival clip of an interview question ('with Judy Woodruff on PBS'); the reply follows"),
        ("T", "MCCONNELL", "Mitch McConnell", "answer", None, "reply in the same clip; cut by the end of the excerpt"),
    ]},
"npr-2021-06-11-politics-podcast": {
    "url": "https://www.npr.org/transcripts/1005674357",
    "layout": "NPR podcast transcript: a listener labelled by first name with '(ph)', one unlabelled line of speech between his turns, 'NAME, BYLINE:' once then surname; hosts name themselves inside their turns",
    "turns": [
        ("T", "TONY", None, "statement", None, "a listener who gives " + FIRST + " ('This is Tony (ph)')"),
        ("X", "3:09 p.m. on Friday, June 11."),
        ("T", "TONY", None, "statement", None),
        ("T", "ASMA KHALID, BYLINE", AK, "statement", "NPR"),
        ("T", "DAVIS", SD, "statement", "NPR", "surname label; she names herself in the turn's second paragraph ('I'm Susan Davis.')"),
        ("T", "KHALID", AK, "statement", "NPR"),
        ("T", "RYAN LUCAS, BYLINE", "Ryan Lucas", "statement", "NPR"),
        ("T", "DAVIS", SD, "statement", "NPR", "lead-in to the correspondent; cut by the end of the excerpt before any question"),
    ]},
"npr-127475998-barbershop": {
    "url": "https://www.npr.org/templates/story/story.php?storyId=127475998",
    "layout": "older NPR transcript: the host's opening is unlabelled; labels 'Mr. NAME (role):' with the name in capitals and the role in parentheses; replacement characters (U+FFFD) kept as printed",
    "turns": [
        ("X", "I'm Michel Martin and this is TELL ME MORE from NPR News."),
        ("X", "It's time for our weekly visit to the Barbershop"),
        ("T", "Mr. JIMI IZRAEL (Writer)", "Jimi Izrael", "statement", None, "the segment's moderator greets the panel; 'How are we doing?' is a greeting"),
        ("T", "Mr. KEVIN BLACKISTONE (National Columnist, AOL Fan House)", "Kevin Blackistone", "statement", "AOL Fan House", "cut by the end of the excerpt"),
    ]},
"nuvo-inskeep-interview": {
    "url": "http://m.nuvo.net/indianapolis/carmel-native-hosts-morning-edition/Content?oid=1204209",
    "layout": "newspaper Q&A after a narrated introduction: 'Inskeep:' (surname) / 'NUVO:' (the paper as the interviewer's label); a narration paragraph quoting him and a photo caption",
    "not_narration": ["“It was a great show,” says Inskeep"],
    "turns": [
        ("T", "Inskeep", SI, "answer", None, "surname label; 'Steve Inskeep' in the narration; the question it answers is not printed ('Inskeep talked about his new role')"),
        ("T", "NUVO", None, "question", "NUVO", "the label is the newspaper; the interviewer is not named in the excerpt"),
        ("T", "Inskeep", SI, "answer", None, "cut by the end of the excerpt"),
    ]},
"cnn-2003-05-18-larry-king-60-minutes": {
    "url": "http://transcripts.cnn.com/TRANSCRIPTS/0305/18/lklw.00.html",
    "layout": "CNN rush transcript: a clip montage with guests naming themselves, '(CRASH)' and '(LAUGHTER)' between turns, '(BEGIN VIDEO CLIP)' / '(END VIDEO CLIP)' / '(BEGIN VIDEOTAPE)'; 'NAME, TITLE:' once then surname",
    "turns": [
        ("T", "HILLARY RODHAM CLINTON", "Hillary Clinton", "statement", None, "clip"),
        ("N", "(CRASH)"),
        ("T", "CLINTON", "Hillary Clinton", "statement", None, "clip"),
        ("T", "UNIDENTIFIED FEMALE", None, "statement", None),
        ("T", "BARBRA STREISAND", "Barbra Streisand", "statement", None, "clip; she asks the crew, not a journalist's question"),
        ("T", "MIKE WALLACE, CO-EDITOR, CORRESPONDENT", MW, "statement", "CBS News", "clip reply to Streisand, then 'I'm Mike Wallace.' in the same turn; 60 Minutes is the CBS News programme named in the text"),
        ("T", "MORLEY SAFER, CO-EDITOR AND CORRESPONDENT", "Morley Safer", "statement", "CBS News"),
        ("T", "STEVE KROFT, CO-EDITOR AND CORRESPONDENT", "Steve Kroft", "statement", "CBS News"),
        ("T", "BOB SIMON, CORRESPONDENT", "Bob Simon", "statement", "CBS News"),
        ("T", "DON HEWITT, CREATOR, EXECUTIVE PRODUCER", DH, "statement", "CBS News"),
        ("T", "WALLACE", MW, "statement", "CBS News"),
        ("N", "(END VIDEO CLIP)"),
        ("T", "LARRY KING, HOST", LK, "statement", "CNN"),
        ("N", "(BEGIN VIDEOTAPE)"),
        ("T", "KING", LK, "question", "CNN"),
        ("T", "HEWITT", DH, "answer", None, "guest here, so no affiliation as asker; ends at '(LAUGHTER)'"),
        ("N", "(LAUGHTER)"),
        ("T", "HEWITT", DH, "answer", None, "the same answer continued after the laughter"),
        ("T", "KING", LK, "question", "CNN"),
        ("T", "HEWITT", DH, "answer", None, "cut by the end of the excerpt"),
    ]},
"cbs-intelligence-matters-eliot-cohen": {
    "url": "http://www.cbsnews.com/news/transcript-eliot-cohen-talks-with-michael-morell-on-intelligence-matters/?ftag=",
    "layout": "CBS podcast transcript: labels indented with spaces, alone on their line, text below; credit lines with colons ('CORRESPONDENT: MICHAEL MORELL') that are not turns; a question split by the guest's 'Right.'",
    "indent": True,
    "turns": [
        ("T", "MICHAEL MORELL", MM, "statement", "CBS News", "welcome"),
        ("T", "ELIOT COHEN", EC, "statement", None),
        ("T", "MICHAEL MORELL", MM, "question", "CBS News", "first half of a question, broken off by the guest's 'Right.'"),
        ("T", "ELIOT COHEN", EC, "statement", None, "'Right.': an interjection, not an answer"),
        ("T", "MICHAEL MORELL", MM, "question", "CBS News", "the question continued"),
        ("T", "ELIOT COHEN", EC, "answer", None, "cut by the end of the excerpt"),
    ]},
"court-1982-06-26-abu-jamal": {
    "url": "https://www.oocities.org/peheim/mitschriften/19820626.html",
    "layout": "court transcript (a fan site's copy): hard-wrapped lines, page headers ('Page 4.') between and inside turns, role labels 'THE COURT:' / 'THE DEFENDANT:' and 'MR. MCGILL:'; a parenthetical sidebar note",
    "turns": [
        ("T", "THE COURT", None, "question", None, "the judge, not named in the excerpt; asks the defendant whether he will behave"),
        ("T", "THE DEFENDANT", AJ, "answer", None, "the court addresses the defendant as 'Mr. Jamal'; the text gives no more of his name (canonical full name, as for surname-only labels)"),
        ("T", "THE COURT", None, "statement", None),
        ("T", "THE DEFENDANT", AJ, "statement", None),
        ("T", "THE COURT", None, "question", None, "the page header 'Page 4.' after it stays inside the turn"),
        ("T", "THE DEFENDANT", AJ, "answer", None),
        ("T", "MR. MCGILL", JMG, "statement", None, "the prosecutor; the text gives the surname only ('Mr. McGill')"),
        ("T", "THE COURT", None, "statement", None, "completes the prosecutor's sentence"),
        ("T", "MR. MCGILL", JMG, "question", None),
        ("T", "THE DEFENDANT", AJ, "answer", None),
        ("T", "THE DEFENDANT", AJ, "statement", None, "a second consecutive turn (the copy omits what came between)"),
        ("T", "MR. MCGILL", JMG, "statement", None, "'Page 5.' inside the turn; cut by the end of the excerpt"),
    ]},
"eu-2021-02-11-commission-readout": {
    "url": "https://www.propagangster.com/2021/02/11/bad-readout-european-commission-press-conference-ebs-is-my-cheap-cocaine-edition-11-2-2021/",
    "layout": "a blogger's paraphrased readout of the European Commission midday briefing: first-name labels for spokespeople and reporters, descriptive labels ('Irish journalist, didn’t catch name, Giles?:', 'Journalist, follow-up?:', 'Jorge, follow-up:'), the blogger's [bracketed comments] inside turns",
    "turns": [
        ("T", "Johannes", None, "statement", None, "a Commission spokesperson; the label is " + FIRST + " and the text gives no more"),
        ("T", "Eric", EM, "statement", None, "first-name label; the text names 'Chief Spokesperson Eric Mamer' just before"),
        ("T", "Irish journalist, didn’t catch name, Giles?", None, "question", None, "the blogger did not catch the name"),
        ("T", "Stefan", None, "answer", None, "a spokesperson; " + FIRST),
        ("T", "Eric", EM, "answer", None),
        ("T", "Journalist, follow-up?", None, "question", None),
        ("T", "Eric", EM, "answer", None),
        ("T", "Jorge", None, "question", None, FIRST),
        ("T", "Eric", EM, "answer", None),
        ("T", "Jorge, follow-up", None, "question", None, "cut by the end of the excerpt"),
    ]},
"bbc-2019-12-01-marr-johnson": {
    "url": "https://isthebbcbiased.blogspot.com/2019/12/interrupterview-transcriptions.html",
    "layout": "blog post quoting a BBC interview: the blogger's narration, then 'Full Name:' labels with no blank lines between turns; two consecutive Boris Johnson turns",
    "turns": [
        ("T", "Andrew Marr", AM, "question", "BBC", "the Andrew Marr Show (BBC), named in the blogger's narration"),
        ("T", "Boris Johnson", BJ, "answer", None),
        ("T", "Boris Johnson", BJ, "answer", None, "a second consecutive turn continuing the answer"),
        ("T", "Andrew Marr", AM, "question", "BBC", "an interjecting challenge ('You say Labour, you’ve been in power.'): a question-like prompt"),
        ("T", "Boris Johnson", BJ, "answer", None, "cut by the end of the excerpt"),
    ]},
}
