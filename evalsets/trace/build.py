"""Builds trace.jsonl, sources.jsonl and news.jsonl from labels.py and the stored texts.

    .venv/bin/python evalsets/trace/build.py      # then check.py

Spans are found by exact text (see labels.py); a label whose text is missing or whose
first-words/last-words pair is ambiguous stops the build. Only the standard library is used.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import LABELS, SPLIT

SOURCES = [
    # id, kind, speakers, date, url, title
    ("kremlin-2025-11-27-bishkek", "transcript", ["Vladimir Putin", "Pavel Minakov"], "2025-11-27",
     "http://www.en.special.kremlin.ru/events/president/transcripts/78571",
     "Answers to media questions (Bishkek, November 27, 2025) — President of Russia"),
    ("mfa-2025-11-21-security-council", "transcript", ["Vladimir Putin", "Valentina Matviyenko"], "2025-11-21",
     "https://dprk.news-pravda.com/en/world/2025/11/22/15516.html",
     "Answer by President Vladimir Putin to a question during the working session with the permanent members of Russia's Security Council (November 21, 2025)"),
    ("state-2025-11-23-rubio-geneva", "briefing", ["Marco Rubio"], "2025-11-23",
     "https://www.miragenews.com/secretary-rubio-addresses-press-24-november-1576121",
     "Secretary Rubio Addresses Press 24 November (Department of State)"),
    ("state-2025-11-12-rubio-hamilton", "briefing", ["Marco Rubio"], "2025-11-12",
     "https://podam.pl/viewer.php?id=108742010",
     "Secretary of State Marco Rubio Remarks to the Press (Hamilton, Canada)"),
    ("state-2025-03-02-rubio-abc", "interview", ["Marco Rubio", "George Stephanopoulos"], "2025-03-02",
     "https://politikinewsaaa.blogspot.com/2025/03/us-department-of-state-weekly-digest_16.html",
     "Secretary of State Marco Rubio with George Stephanopoulos of ABC This Week"),
    ("state-2025-09-15-rubio-fox", "interview", ["Marco Rubio", "Gillian Turner"], "2025-09-15",
     "https://politikinewsaaa.blogspot.com/2025/09/us-department-of-stateupdate_28.html",
     "Secretary of State Marco Rubio with Gillian Turner of Fox News"),
    ("state-2025-10-05-rubio-ftn", "interview", ["Marco Rubio", "Margaret Brennan"], "2025-10-05",
     "https://www.miragenews.com/secretary-of-state-marco-rubio-with-margaret-1546573",
     "Secretary of State Marco Rubio with Margaret Brennan of CBS's Face the Nation (Department of State transcript)"),
    ("state-2025-12-19-rubio-yearend", "briefing", ["Marco Rubio"], "2025-12-19",
     "https://gage.news/art/secretary-of-state-marco-rubio-remarks-to-the-press-6",
     "Secretary of State Marco Rubio Remarks to the Press (year-end press conference, Press Briefing Room)"),
]

NEWS = [
    # id, url, outlet, published, title
    ("interfaxua-2025-11-21-putin-basis", "https://en.interfax.com.ua/news/general/1122559.html", "Interfax-Ukraine", "2025-11-21", "Putin considers it possible to take Trump's plan as basis for peaceful settlement"),
    ("sputnik-2025-11-21-putin-foundation", "https://sputnikglobe.com/20251121/putin-trumps-new-peace-plan-may-become-foundation-of-ukrainian-conflicts-resolution-1123152627.html", "Sputnik International", "2025-11-21", "Putin: Trump's New Peace Plan May Become Foundation of Ukrainian Conflict's Resolution"),
    ("indiatoday-2025-11-22-putin-basis", "https://www.indiatoday.in/world/story/vladimir-putin-says-trumps-ukraine-peace-plan-could-be-basis-for-final-settlement-glbs-2824139-2025-11-22", "India Today", "2025-11-22", "Putin says Trump's Ukraine peace plan could be basis for final settlement"),
    ("vpk-2025-11-21-putin-28-points", "https://vpk.name/en/1075982_vladimir-putin-expressed-his-opinion-on-trumps-28-point-peace-plan-for-the-ukrainian-crisis.html", "VPK.name (TSAMTO)", "2025-11-21", "Vladimir Putin expressed his opinion on Trump's 28-point peace plan for the Ukrainian crisis"),
    ("tass-2025-11-21-matviyenko-question", "https://tass.com/politics/2047123", "TASS", "2025-11-21", ""),
    ("aa-2025-11-21-putin-basis", "https://www.aa.com.tr/en/americas/putin-says-us-proposal-could-serve-as-basis-for-ukraine-settlement/3750524", "Anadolu Agency", "2025-11-21", "Putin says US proposal ‘could serve as basis’ for Ukraine settlement"),
    ("interfaxua-2025-11-21-zelensky-difficult", "https://en.interfax.com.ua/news/general/1122496.html", "Interfax-Ukraine", "2025-11-21", "Zelenskyy: Now is one of most difficult moments in our history: either difficult 28 points, or extremely difficult winter"),
    ("straitstimes-2025-11-21-zelensky-key-quotes", "https://www.straitstimes.com/world/europe/zelenskiy-ukraine-faces-one-of-the-most-difficult-moments", "The Straits Times (Reuters)", "2025-11-21", "Zelensky: Ukraine faces one of its most difficult moments"),
    ("journalnews-2025-09-15-rubio-netanyahu", "https://www.journal-news.com/news/nation-world/little-daylight-between-us-and-israel-evident-as-rubio-and-netanyahu-meet/F2R6F7HACVNZ7J4UHXVD2EQ3A4/", "Journal-News (AP)", "2025-09-15", "Little daylight between US and Israel evident as Rubio and Netanyahu meet"),
    ("newsbytes-2025-09-16-gaza-on-fire", "https://www.newsbytesapp.com/news/world/israel-minister-says-gaza-is-on-fire-after-intense-strikes/story", "NewsBytes", "2025-09-16", "Israel minister says Gaza is on fire after intense strikes"),
    ("kurdistan24-2025-10-05-rubio-hostage-deal", "https://www.kurdistan24.net/en/story/867700", "Kurdistan24", "2025-10-05", "Rubio Says U.S. Is Closer Than Ever to Hostage Deal, Insists Gaza Cannot Be Run by Terrorists"),
    ("federalnewswire-2025-11-23-rubio-progress", "https://thefederalnewswire.com/stories/676455543-secretary-rubio-reports-significant-progress-in-russia-ukraine-negotiations", "The Federal Newswire", "2025-11-23", "Secretary Rubio reports significant progress in Russia-Ukraine negotiations"),
    ("themarketbeats-2025-11-24-rubio-progress", "https://themarketbeats.com/2025/11/24/rubio-claims-tremendous-amount-of-progress-in-ukraine-peace-talks-following-geneva-meeting", "The Market Beats", "2025-11-24", "Rubio claims ‘tremendous amount of progress’ in Ukraine peace talks following Geneva meeting"),
    ("liga-2025-11-23-rubio-statement", "https://news.liga.net/en/politics/news/rubios-statement-on-the-outcome-of-the-us-ukraine-talks-in-switzerland", "LIGA.net", "2025-11-23", "Rubio's statement on the outcome of the US-Ukraine talks in Switzerland"),
    ("finanznachrichten-2025-11-24-rubio-progress", "https://www.finanznachrichten.de/nachrichten-2025-11/67055510-rubio-claims-tremendous-progress-in-us-peace-plan-talks-with-ukraine-020.htm", "finanznachrichten.de (dpa-AFX / RTTNews)", "2025-11-24", "Rubio claims tremendous progress in US peace plan talks with Ukraine"),
    ("wionews-2025-11-24-rubio-meaningful", "https://www.wionews.com/world/rubio-calls-meeting-with-ukrainian-delegates-productive-and-meaningful-zelensky-calls-out-russia-for-starting-the-war-1763926991652", "WION", "2025-11-24", "Rubio calls meeting with Ukrainian delegates productive and meaningful"),
    ("newsmax-2025-11-23-rubio-talks", "https://www.newsmax.com/world/globaltalk/rubio-ukraine-talks/2025/11/23/id/1235728/", "Newsmax (Reuters)", "2025-11-23", "Rubio: Ukraine talks"),
    ("newspravda-2025-11-13-rubio-donetsk", "https://news-pravda.com/world/2025/11/13/1853432.html", "News-Pravda", "2025-11-13", "The US Secretary of State confirmed for the first time that Russia demands the entire territory of the DPR from Ukraine"),
    ("trendingpolitics-2025-03-02-rubio-stephanopoulos", "https://trendingpoliticsnews.com/watch-rubio-clashes-with-george-stephanopoulos-gives-foreign-policy-lesson-cmc", "Trending Politics", "2025-03-02", "WATCH: Rubio Clashes With George Stephanopoulos, Gives Foreign Policy Lesson"),
    ("newsaz-2025-03-02-rubio-reengage", "https://news.az/news/marco-rubio-says-trump-will-resume-talks-with-ukraine-once-its-ready-to-pursue-a-fair-peace-agreement", "News.Az (via The Washington Post)", "2025-03-02", "Marco Rubio says Trump will resume talks with Ukraine once it's ready to pursue a fair peace agreement"),
    ("newsherder-2025-03-02-rubio-reset", "https://newsherder.com/politics/rubio-hopes-for-reset-you-cannot-end-a-war-unless-both-sides-come-to-the-table", "NewsHerder", "2025-03-02", "Tensions Flare as Rubio Addresses Communication Breakdown with Ukraine’s Zelenskyy"),
    ("primeusnews-2025-03-02-rubio-reset", "https://primeusnews.com/?p=21515", "Prime US News (machine-spun copy of an ABC News report)", "2025-03-02", ""),
    ("moscowtimes-2025-11-27-putin-peace-plan", "https://www.themoscowtimes.com/2025/11/27/putin-says-hes-open-to-discussing-trumps-peace-plan-but-warns-ukraine-faces-defeat-a91257", "The Moscow Times", "2025-11-27", "Putin Says He's Open to Discussing Trump’s Peace Plan But Warns Ukraine Faces Defeat"),
    ("thedefensenews-2025-11-27-putin-halt-war", "https://www.thedefensenews.com/news-details/Putin-Says-Russia-Will-Halt-War-Only-if-Ukraine-Withdraws-From-Occupied-Territories", "The Defense News", "2025-11-27", "Putin Says Russia Will Halt War Only if Ukraine Withdraws From Occupied Territories"),
    ("readnow-2025-11-27-putin-condition", "https://readnow.cc/putin-reiterates-condition-for-ending-hostilities-with-ukraine-readnow-russia-former-soviet-union", "ReadNOW (RT copy)", "2025-11-27", "Putin reiterates condition for ending hostilities with Ukraine"),
    ("localnewswave-2025-11-27-putin-withdraw", "https://localnewswave.com/article/1046604913256525824", "Local News Wave (syndicated)", "2025-11-27", ""),
    ("africanews-2025-11-27-putin-basis", "https://www.africanews.com/2025/11/27/putin-says-usukraine-draft-points-could-form-basis-for-future-peace-deal", "Africanews", "2025-11-27", "Putin says US-Ukraine draft points could form basis for future peace deal"),
    ("realtribune-2025-11-27-putin-terms", "https://english.realtribune.ru/putin-outlines-russia-s-terms-ahead-of-possible-ukraine-peace-talks-with-trump-administration", "Realist English", "2025-11-27", "Putin outlines Russia’s terms ahead of possible Ukraine peace talks with Trump administration"),
    ("kommersant-2025-11-27-putin-csto", "https://www.kommersant.ru/doc/8232441", "Kommersant", "2025-11-27", ""),
    ("sputnikby-2025-11-27-putin-csto", "https://sputnik.by/amp/20251127/putin-odkb-nikomu-ne-ugrozhaet-no-dolzhna-byt-gotova-k-otrazheniyu-agressii-1102034990.html", "Sputnik Belarus", "2025-11-27", ""),
    ("quicknews24-2025-10-05-rubio-ftn", "http://quicknews24.online/?p=30577", "QuickNews24 (copy of a CBS News report)", "2025-10-05", ""),
    ("globalnewzlive-2025-10-05-ftn", "https://www.globalnewzlive.com/face-the-nation-exclusive-transcript-from-oct-5-2025", "GlobalNewzLive", "2025-10-05", "Face the Nation: Exclusive Transcript from Oct. 5, 2025"),
    ("leadersmena-2025-10-05-rubio-strikes", "https://www.leaders-mena.com/?p=93210", "Leaders MENA", "2025-10-05", ""),
    ("oann-2025-12-19-rubio-yearend", "https://www.oann.com/newsroom/rubio-outlines-u-s-foreign-policy-in-year-end-briefing-addresses-questions-on-ukraine-gaza-and-venezuela", "One America News", "2025-12-19", "Rubio outlines U.S. foreign policy in year-end briefing"),
    ("sentinelassam-2025-12-rubio-recalibration", "https://www.sentinelassam.com/amp/story/more-news/international/a-recalibration-moment-secretary-of-state-marco-rubios-long-view-of-us-power", "The Sentinel Assam (IANS)", "2025-12-19", "A recalibration moment: Secretary of State Marco Rubio's long view of US power"),
    ("voa-2025-12-rubio-america-first", "https://editorials.voa.gov/amp/rubio-on-pursuing-an-america-first-foreign-policy/8095616.html", "VOA Editorials", "2025-12-19", "Rubio on pursuing an America First foreign policy"),
    ("politicalhub-2025-12-19-rubio-marathon", "https://www.politicalhub.co.in/2025/12/marco-rubio-holds-marathon-press.html", "Political Hub", "2025-12-19", "Secretary of State Marco Rubio Holds Marathon Press Conference, Fields Questions for Over Two Hours"),
    ("axy-2025-11-24-putin-erdogan", "https://axy.media/world/putin-says-initial-u-s-peace-plan-could-serve-as-basis-for-settlement", "AXY Media", "2025-11-24", "Putin says initial U.S. peace plan could serve as basis for settlement"),
]


def read(folder, ident):
    with open(os.path.join(HERE, folder, ident + ".txt"), encoding="utf-8") as fh:
        return fh.read()


def span(text, spec, where):
    """(start, end) of spec in text: exact text (must be unique), (text, n), or (first, last)."""
    if isinstance(spec, str):
        if text.count(spec) != 1:
            raise SystemExit(f"{where}: {spec[:50]!r} found {text.count(spec)} times")
        start = text.index(spec)
        return start, start + len(spec)
    first, second = spec
    if isinstance(second, int):
        start = -1
        for _ in range(second):
            start = text.find(first, start + 1)
            if start < 0:
                raise SystemExit(f"{where}: occurrence {second} of {first[:50]!r} missing")
        return start, start + len(first)
    if text.count(first) != 1:
        raise SystemExit(f"{where}: first words {first[:50]!r} found {text.count(first)} times")
    start = text.index(first)
    end = text.find(second, start)
    if end < 0:
        raise SystemExit(f"{where}: last words {second[:50]!r} not after the first words")
    return start, end + len(second)


def main():
    sources = {s[0]: read("sources", s[0]) for s in SOURCES}
    news = {n[0]: read("news", n[0]) for n in NEWS}
    out = []
    for (ident, nid, quote, speaker, said, direct, sid, passage, relation, misquote, note) in LABELS:
        text = news[nid]
        qs, qe = span(text, quote, ident)
        item = {"id": ident, "news": nid, "quote": text[qs:qe], "start": qs, "end": qe,
                "speaker": speaker, "said": said, "direct": direct, "source": sid,
                "passage": None, "passage_start": None, "passage_end": None,
                "relation": relation, "misquote": misquote,
                "split": SPLIT[ident.split("-")[0]], "note": note}
        if sid is not None:
            ps, pe = span(sources[sid], passage, ident + " passage")
            item.update(passage=sources[sid][ps:pe], passage_start=ps, passage_end=pe)
        out.append(item)
    with open(os.path.join(HERE, "trace.jsonl"), "w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sources.jsonl"), "w", encoding="utf-8") as fh:
        for ident, kind, speakers, day, url, title in SOURCES:
            fh.write(json.dumps({"id": ident, "file": f"sources/{ident}.txt", "kind": kind,
                                 "speakers": speakers, "date": day, "url": url, "title": title},
                                ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "news.jsonl"), "w", encoding="utf-8") as fh:
        for ident, url, outlet, day, title in NEWS:
            fh.write(json.dumps({"id": ident, "file": f"news/{ident}.txt", "url": url,
                                 "outlet": outlet, "published": day, "title": title},
                                ensure_ascii=False) + "\n")
    print(f"{len(out)} statements written")


if __name__ == "__main__":
    main()
