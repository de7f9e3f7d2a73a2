"""Builds trace.jsonl, sources.jsonl and news.jsonl from labels.py and the stored texts.

    .venv/bin/python evalsets/trace-dev2/build.py      # then check.py

Same format and span rules as evalsets/trace (``span`` as in its build.py); every item is
in the dev split. Only the standard library is used.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import LABELS

SOURCES = [
    # id, kind, speakers, date, url, title
    ("mfa-2016-12-23-putin-news-conference", "transcript", ["Vladimir Putin", "Nathan Hodge"], "2016-12-23",
     "http://www.norway.mid.ru/en/press_16_002.html",
     "Vladimir Putin's annual news conference (Moscow, December 23, 2016), Russian MFA translation"),
    ("state-2025-04-04-rubio-brussels", "transcript", ["Marco Rubio"], "2025-04-04",
     "https://www.americanrhetoric.com/speeches/marcorubiobrusselspresser.htm",
     "Secretary Rubio's press availability at NATO headquarters, Brussels"),
    ("cbs-2024-11-03-rubio-ftn", "interview", ["Marco Rubio", "Margaret Brennan"], "2024-11-03",
     "https://estatehere.com/view_article_detail.php?at_id=60796",
     "Transcript: Sen. Marco Rubio on Face the Nation with Margaret Brennan, Nov. 3, 2024 (CBS, republished)"),
    ("state-2025-01-21-rubio-cbs-mornings", "interview", ["Marco Rubio"], "2025-01-21",
     "https://miragenews.com/sec-rubio-joins-gayle-king-on-cbs-morning-show-1394722",
     "Sec. Rubio joins Gayle King on CBS Morning show (State Department transcript, republished)"),
    ("state-2026-02-12-rubio-andrews", "transcript", ["Marco Rubio"], "2026-02-12",
     "https://gage.news/art/secretary-of-state-marco-rubio-remarks-to-the-press-7",
     "Secretary of State Marco Rubio Remarks to the Press, Joint Base Andrews (State Department transcript, republished)"),
]

NEWS = [
    # id, url, outlet, published, title
    ("tass-2016-12-23-putin-nuclear", "https://tass.com/politics/921716", "TASS", "2016-12-23", "Putin sees no big news in Trump’s statements on bolstering US nuclear potential"),
    ("sputnik-2016-12-23-putin-trump-nuclear", "https://sputniknews.com/world/201612231048914348-putin-trump-us-nuclear/", "Sputnik", "2016-12-23", "Trump's Call to Enhance US Nuclear Potential Unsurprising - Putin"),
    ("vice-2016-12-23-putin-marathon", "https://news.vice.com/story/putin-talks-trump-nukes-and-syria-in-marathon-press-conference", "VICE News", "2016-12-23", "Putin talks Trump, nukes, and Syria in marathon press conference"),
    ("freenews-2016-12-23-putin-trump-nuclear", "http://freenews-en.tk/2016/12/23/putin-responded-to-trumps-words-about-strengthening-the-nuclear-potential-of-the-united-states/", "Freenews (machine translation)", "2016-12-23", "Putin responded to trump’s words about strengthening the nuclear potential of the United States"),
    ("nationalnewswatch-2016-12-23-putin-aggressor", "http://www.nationalnewswatch.com/2016/12/23/russia-stronger-than-any-aggressor-president-putin/", "National Newswatch (BBC)", "2016-12-23", "Russia ‘stronger than any aggressor’ – President Putin"),
    ("rferl-2016-12-22-putin-aggressor", "https://www.rferl.org/a/putin-russia-stronger-any-aggressor/28191141.html", "RFE/RL", "2016-12-22", "Putin Says Russia 'Stronger Than Any Potential Aggressor'"),
    ("cbsnews-2016-12-23-putin-nukes", "https://www.cbsnews.com/news/vladimir-putin-responds-to-trumps-nukes-tweet-jabs-at-democrats/", "CBS News (AP)", "2016-12-23", "Vladimir Putin responds to Trump's nukes tweet, jabs at Democrats"),
    ("sofrep-2016-12-putin-military", "https://sofrep.com/news/putin-calls-the-u-s-military-the-most-powerful-in-the-world-calls-democrats-sore-losers/", "SOFREP", "2016-12-23", "Putin calls the U.S. military the most powerful in the world"),
    ("tnj-2025-04-04-rubio-market-crash", "https://tnj.com/rubio-reacts-to-market-crash-after-trump-tariffs", "TNJ", "2025-04-04", "Rubio reacts to market crash after Trump tariffs"),
    ("politicalhub-2025-04-04-rubio-markets", "https://politicalhub.co.in/2025/04/markets-will-adjust-sec-marco-rubio.html", "Political Hub", "2025-04-04", "'Markets Will Adjust': Sec. Marco Rubio Fires Back At Reporter Asking About Trump's Tariffs"),
    ("upi-2025-04-04-rubio-tariffs", "https://mixedtimes.com/news/trying-to-ease-tensions-over-tariffs-rubio-engages-with-belgiums-prime-minister-nato-leaders", "Mixed Times (UPI)", "2025-04-04", "Trying to ease tensions over tariffs, Rubio engages with Belgium's prime minister, NATO leaders"),
    ("foxnews-2025-04-04-rubio-reset-trade", "https://www.foxnews.com/politics/rubio-europe-says-us-has-reset-global-order-trade-trump-absolutely-right-do-it", "Fox News", "2025-04-04", "Rubio, in Europe, says US has to 'reset the global order of trade' and Trump is 'absolutely right to do it'"),
    ("latintimes-2025-04-04-rubio-tariffs", "https://latintimes.com/video-shows-marco-rubio-bashing-tariffs-tax-americans-years-before-backing-trumps-liberation-579956", "Latin Times", "2025-04-04", "Video shows Marco Rubio bashing tariffs years before backing Trump's Liberation Day"),
    ("crooksandliars-2024-11-03-rubio-brennan", "https://crooksandliars.com/2024/11/cbs-host-upends-marco-rubios-excuse-trumps", "Crooks and Liars", "2024-11-03", "CBS host upends Marco Rubio's excuse for Trump's"),
    ("latintimes-2024-11-03-rubio-garbage", "https://latintimes.com/marco-rubio-downplays-island-garbage-line-trump-rally-says-he-shouldnt-blamed-it-564555", "Latin Times", "2024-11-03", "Marco Rubio downplays island of garbage line at Trump rally"),
    ("kyma-2024-11-03-rubio-ftn", "https://kyma.com/decision-2024/2024/11/03/florida-senator-on-trumps-madison-square-garden-rally-liz-cheney-comments-and-more", "KYMA (CBS)", "2024-11-03", "Florida senator on Trump’s Madison Square Garden rally, Liz Cheney comments and more"),
    ("federalnewswire-2025-01-21-rubio-cbs", "https://thefederalnewswire.com/stories/669202551-marco-rubio-discusses-priorities-as-secretary-of-state-designate", "The Federal Newswire", "2025-01-21", "Marco Rubio discusses priorities as Secretary of State-designate"),
    ("floridapolitics-2025-01-21-rubio-j6", "https://floridapolitics.com/archives/717105-rubio-j6-pardons", "Florida Politics", "2025-01-21", "Marco Rubio steers clear of commenting on Jan. 6 pardons"),
    ("newshangover-2025-01-21-rubio-nbc", "https://newshangover.com/conservative/13175-see-rubio-s-shocking-response-to-nbc-s--pardon-probe--and-the-question-he-refused-to-answer--video-?preview=1", "News Hangover", "2025-01-21", "See Rubio's response to NBC's pardon probe"),
    ("economist-2026-02-12-rubio-munich", "http://m.acphonor.com/interactive/250948/en", "acphonor.com (copy of a magazine report)", "2026-02-12", ""),
    ("washtimes-2026-02-13-rubio-old-world", "https://twt-assets.washtimes.com/news/2026/feb/13/old-world-gone-rubio-looks-reexamine-relationship-allies-munich", "The Washington Times", "2026-02-13", "'Old world is gone': Rubio looks to reexamine relationship with allies in Munich"),
    ("nyt-2026-02-14-rubio-munich-live", "https://ozardiplo.blogspot.com/2026/02/the-new-york-times-live-updates-in.html", "The New York Times (copied by a blog)", "2026-02-14", "Live Updates: In Munich, Rubio Calls Europe a Friend but Says It Must Change"),
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
                "relation": relation, "misquote": misquote, "split": "dev", "note": note}
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
