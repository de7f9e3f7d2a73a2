"""The labels as written by hand (evalsets/trace/GUIDELINES.md; decisions in README.md),
before whosaid was run on any of these texts. build.py turns them into trace.jsonl.

Each label: (id, news, quote, speaker, said, direct, source, passage, relation, misquote, note)
`quote` and `passage` are exact text, or a pair (first words, last words): the run from the
only occurrence of the first words to the end of the next occurrence of the last words.
"""
P, R, T, B = "Vladimir Putin", "Marco Rubio", "Donald Trump", "Margaret Brennan"
PC = "mfa-2016-12-23-putin-news-conference"
BR = "state-2025-04-04-rubio-brussels"
FT = "cbs-2024-11-03-rubio-ftn"
CB = "state-2025-01-21-rubio-cbs-mornings"
JB = "state-2026-02-12-rubio-andrews"
BEYOND = "same event; its passage lies beyond the stored excerpt of the transcript"
D22 = ("another occasion: the Defense Ministry board of 22 December, the day before the "
       "stored news conference (whose passage recalls it)")
NBC = "another occasion: the NBC Today interview of the same morning; no transcript of it is stored"
MSC = "another occasion: the Munich Security Conference speech of 14 February; not stored"
TRUMP = "Trump's post of 22 December quoted in the report; not a speaker of any stored source"

# Putin's news conference, 23 December 2016 (MFA English translation)
PC_NEW = "Regarding the US President-elect, Mr Trump, there is nothing new here."
PC_CAMPAIGN = ("On the campaign trail he talked", "nuclear capability and armed forces.")
PC_NEW_UNUSUAL = ("Regarding the US President-elect", "Sothereisnothingunusualhere.")
PC_NEW_CAMPAIGN = ("Regarding the US President-elect", "nuclear capability and armed forces.")
PC_UNUSUAL = "Sothereisnothingunusualhere."
PC_SURPRISED = ("Honestly, I was quite surprised", "But nobody suggested otherwise .")
PC_SURPRISED1 = ("Honestly, I was quite surprised", "the most powerful army in the world.")
PC_SURPRISED2 = "But nobody suggested otherwise ."
PC_NEW_SURPRISED = ("Regarding the US President-elect", "But nobody suggested otherwise .")
PC_YESTERDAY = ("If you listened carefully", "– and this is key – aggressor.")
PC_DEF = "An aggressor is someone who can attack the Russian Federation."
PC_STRONGER = "We are stronger than any potential aggressor."
PC_SECRET = ("I must say, and this is no secret", "and our Armed Forces.")
# Rubio in Brussels, 4 April 2025
BR_REACTING = ("No, their economies are not crashing. Their markets are", "in terms of trade.")
BR_COMPANY_RULES = ("If you’re a company", "they will adjust\nto those rules.")
BR_BUSINESSES = ("Businesses around the world", "they will adjust\nto those rules.")
BR_BUSINESSES1 = ("Businesses around the world", "to know what the rules are.")
BR_ONCE = ("Once they know what the rules are,", "to those rules.")
BR_FAIR = "So, I don’t think it’s fair to say economies are crashing."
BR_MODES = ("Markets are crashing\nbecause", "bad for the United States.")
BR_CONSUMER = ("We have to be a\ncountry that", "we need to stop that.")
# Rubio on Face the Nation, 3 November 2024
FT_NOERR = "Well, there was no unforced error."
FT_JOKE = ("I mean, a comedian made a joke", "tasteless jokes all the time.")
FT_JOKE_CABINET = ("I mean, a comedian made a joke", "not going to be in his cabinet.")
FT_GOVERNMENT = ("This comedian is not going to be a member", "not running for anything.")
FT_JOKE_ROAST = ("I mean, a comedian made a joke", "He's an insult comic.")
FT_HINDSIGHT = ("Well, again, I think what's more relevant", "especially with a joke like that.")
FT_RELEVANT = ("But I think more relevant is the fact", "attended the Madison Square Garden rally.")
FT_Q1 = ("In recent days, the Harris campaign", "remarks about Puerto Rico.")
FT_Q2 = ("You've been focused on outreach", "hurt outreach?")
# Rubio on CBS Mornings, 21 January 2025
CB_99 = ("We only have 99 senators", "hasn't been filled.")
CB_VOTE = "I think it was 99-0."
CB_LIFE = ("Well, I mean, my entire life and career", "It's humbling.")
# Rubio at Joint Base Andrews, 12 February 2026
JB_HONEST = ("I think they want – honestly", "where we’d like to go with them.")
JB_OLD = ("The old world is gone", "what our role is going to be.")
JB_CONV = ("And it’s – we’ve had many", "move us in that direction.")

LABELS = [
# ---------------- Putin's annual news conference, 23 December 2016 ----------------
("pc-tass-1", "tass-2016-12-23-putin-nuclear", ("At a time when one party", "which we have been doing with success"), P, "2016-12-23", True, None, None, None, False, BEYOND),
("pc-tass-2", "tass-2016-12-23-putin-nuclear", "strengthen and expand its nuclear capability", T, "2016-12-22", True, None, None, None, False, TRUMP),
("pc-tass-3", "tass-2016-12-23-putin-nuclear", ("Speaking on the statements of US President-elect", "reinforce the armed forces"), P, "2016-12-23", True, PC, PC_NEW_CAMPAIGN, "translation", False, ""),
("pc-tass-4", "tass-2016-12-23-putin-nuclear", "There is nothing unusual here", P, "2016-12-23", True, PC, PC_UNUSUAL, "translation", False, "the stored translation runs the words together ('Sothereisnothingunusualhere.')"),
("pc-tass-5", "tass-2016-12-23-putin-nuclear", "Russia is stronger than any potential aggressor", P, "2016-12-23", False, PC, PC_STRONGER, "paraphrase", False, "'reiterated': the sentence that repeats it"),
("pc-tass-6", "tass-2016-12-23-putin-nuclear", ("I was a little bit surprised", "No one argues that"), P, "2016-12-23", True, PC, PC_SURPRISED, "translation", False, ""),
("pc-tass-7", "tass-2016-12-23-putin-nuclear", ("If you were attentive to what I said yesterday", "present-day Russia is stronger tha"), P, "2016-12-23", True, PC, PC_YESTERDAY, "translation", False, "cut by the end of the news excerpt"),
("pc-spk-1", "sputnik-2016-12-23-putin-trump-nuclear", ("As for President-elect of the Unites States", "this is not surprising"), P, "2016-12-23", True, PC, PC_NEW_UNUSUAL, "translation", False, "with the outlet's bracketed insertion"),
("pc-spk-2", "sputnik-2016-12-23-putin-trump-nuclear", ("To be honest, I was surprised", "Nobody is arguing about that"), P, "2016-12-23", True, PC, PC_SURPRISED, "translation", False, ""),
("pc-spk-3", "sputnik-2016-12-23-putin-trump-nuclear", ("The call of US President-elect Donald Trump to reinforce", "the US Army's superiority"), P, "2016-12-23", False, PC, PC_NEW_SURPRISED, "paraphrase", False, ""),
("pc-spk-4", "sputnik-2016-12-23-putin-trump-nuclear", ("greatly strengthen and expand its nuclear capability", "regarding nukes"), T, "2016-12-22", True, None, None, None, False, TRUMP),
("pc-vice-1", "vice-2016-12-23-putin-marathon", "nothing unusual", P, "2016-12-23", True, PC, PC_UNUSUAL, "translation", False, "partial quote; the stored translation runs the words together"),
("pc-vice-2", "vice-2016-12-23-putin-marathon", "about the necessity of strengthening the U.S. nuclear arsenal, and strengthening the armed forces", P, "2016-12-23", True, PC, PC_CAMPAIGN, "translation", False, ""),
("pc-vice-3", "vice-2016-12-23-putin-marathon", "If anyone is unleashing an arms race, it’s not us", P, "2016-12-23", True, None, None, None, False, BEYOND),
("pc-vice-4", "vice-2016-12-23-putin-marathon", "We will never spend resources on an arms race that we can’t afford", P, "2016-12-23", True, None, None, None, False, BEYOND),
("pc-fn-1", "freenews-2016-12-23-putin-trump-nuclear", ("in the statement of trump is not unusual", "the armed forces of the United States"), P, "2016-12-23", False, PC, PC_NEW_UNUSUAL, "paraphrase", False, ""),
("pc-fn-2", "freenews-2016-12-23-putin-trump-nuclear", ("at yesterday’s meeting in the defense Ministry", "any “potential aggressor”"), P, "2016-12-23", False, PC, PC_YESTERDAY, "paraphrase", False, "reported as recalled at this conference"),
("pc-fn-3", "freenews-2016-12-23-putin-trump-nuclear", "the aggressor is the one who potentially could attack the Russian Federation", P, "2016-12-23", True, PC, PC_DEF, "translation", False, ""),
("pc-fn-4", "freenews-2016-12-23-putin-trump-nuclear", "Russia acts in strict compliance with all international agreements, including in the framework of the start-3 Treaty", P, "2016-12-23", False, None, None, None, False, BEYOND),
("pc-fn-5", "freenews-2016-12-23-putin-trump-nuclear", "the Russian nuclear triad today is much more effective American missile defense system deployed in Europe", P, "2016-12-23", False, None, None, None, False, BEYOND),
("pc-bbc-1", "nationalnewswatch-2016-12-23-putin-aggressor", "stronger than any potential aggressor", P, "2016-12-23", True, PC, PC_STRONGER, "translation", False, "partial quote"),
("pc-bbc-2", "nationalnewswatch-2016-12-23-putin-aggressor", "created the conditions for a new nuclear arms race", P, "2016-12-23", True, None, None, None, False, BEYOND),
("pc-bbc-3", "nationalnewswatch-2016-12-23-putin-aggressor", "It’s no secret we’ve worked hard to improve our missile forces", P, "2016-12-23", True, PC, PC_SECRET, "translation", False, ""),
("pc-bbc-4", "nationalnewswatch-2016-12-23-putin-aggressor", "we have had to modernise our offensive systems", P, "2016-12-23", True, None, None, None, False, BEYOND),
("pc-bbc-5", "nationalnewswatch-2016-12-23-putin-aggressor", "the US military was the strongest in the world", P, "2016-12-23", False, PC, PC_SURPRISED, "paraphrase", False, ""),
("pc-sof-1", "sofrep-2016-12-putin-military", ("I was a bit surprised by the statements", "the most powerful in the world"), P, "2016-12-23", True, PC, PC_SURPRISED1, "translation", False, ""),
("pc-sof-2", "sofrep-2016-12-putin-military", "Nobody is arguing with that", P, "2016-12-23", True, PC, PC_SURPRISED2, "translation", False, ""),
("pc-cbs-1", "cbsnews-2016-12-23-putin-nukes", "nothing unusual", P, "2016-12-23", True, PC, PC_UNUSUAL, "translation", False, "partial quote; the stored translation runs the words together"),
("pc-cbs-2", "cbsnews-2016-12-23-putin-nukes", "the statement is in line with the U.S. president-elect’s campaign promises", P, "2016-12-23", False, PC, PC_CAMPAIGN, "paraphrase", False, ""),
("pc-cbs-3", "cbsnews-2016-12-23-putin-nukes", "it’s not us who have been speeding up the arms race", P, "2016-12-23", True, None, None, None, False, BEYOND),
# ---------------- Defense Ministry board, 22 December 2016 (no source stored) ----------------
("dm-rfe-1", "rferl-2016-12-22-putin-aggressor", "adjust plans to neutralize potential threats to our country", P, "2016-12-22", True, None, None, None, False, D22),
("dm-rfe-2", "rferl-2016-12-22-putin-aggressor", "We can say with certainty: We are stronger now than any potential aggressor", P, "2016-12-22", True, None, None, None, False, D22 + "; nearly the words of the stored passage"),
("dm-rfe-3", "rferl-2016-12-22-putin-aggressor", "reliably penetrate any existing and prospective missile-defense systems", P, "2016-12-22", True, None, None, None, False, D22),
("dm-rfe-4", "rferl-2016-12-22-putin-aggressor", ("the United States must greatly strengthen", "regarding nukes"), T, "2016-12-22", True, None, None, None, False, TRUMP),
("dm-sof-1", "sofrep-2016-12-putin-military", "stronger than any potential aggressor", P, "2016-12-22", True, None, None, None, False, D22 + "; the report says so ('prior to Thursday's speech')"),
# ---------------- Rubio in Brussels, 4 April 2025 ----------------
("br-tnj-1", "tnj-2025-04-04-rubio-market-crash", "Once you understand what the rules are, you adapt to those rules", R, "2025-04-04", True, BR, BR_ONCE, "paraphrase", False, "loose quote ('know'/'understand', 'adjust'/'adapt'); meaning kept"),
("br-tnj-2", "tnj-2025-04-04-rubio-market-crash", "It’s not right to say economies are crashing", R, "2025-04-04", True, BR, BR_FAIR, "paraphrase", False, "loose quote ('fair'/'right'); meaning kept"),
("br-tnj-3", "tnj-2025-04-04-rubio-market-crash", "Markets are crashing because businesses are trapped in obsolete models of production that no longer suit the United States", R, "2025-04-04", True, BR, BR_MODES, "paraphrase", False, "loose quote; meaning kept"),
("br-ph-1", "politicalhub-2025-04-04-rubio-markets", "No, no, no, their economies are not crashing—their markets are reacting", R, "2025-04-04", True, BR, BR_REACTING, "verbatim", False, "the repeated 'no' of the interrupted first answer joined to the second"),
("br-ph-2", "politicalhub-2025-04-04-rubio-markets", ("If you're a company and you make a bunch", "they will adjust"), R, "2025-04-04", True, BR, BR_COMPANY_RULES, "paraphrase", False, "shortened and reworded"),
("br-ph-3", "politicalhub-2025-04-04-rubio-markets", "We are the largest consumer market in the world, yet we export mainly services. We need to stop that", R, "2025-04-04", True, BR, BR_CONSUMER, "paraphrase", False, "first part of a quote whose last sentence lies beyond the excerpt (split, see README)"),
("br-ph-4", "politicalhub-2025-04-04-rubio-markets", "We need to get back to a time when we were a country that made things", R, "2025-04-04", True, None, None, None, False, BEYOND + " (last sentence of the quote of br-ph-3)"),
("br-ph-5", "politicalhub-2025-04-04-rubio-markets", "China floods markets and distorts competition while putting up barriers of its own", R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-upi-1", "upi-2025-04-04-rubio-tariffs", "We can’t be a country that doesn’t make things", R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-upi-2", "upi-2025-04-04-rubio-tariffs", "We have to be able to make things to provide jobs for Americans. … It’s that simple", R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-upi-3", "upi-2025-04-04-rubio-tariffs", ("So the president has concluded", "And he’s absolutely right to do it"), R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-upi-4", "upi-2025-04-04-rubio-tariffs", "economics are not crashing. Their markets are a reaction to a dramatic change in the global order in terms of trade", R, "2025-04-04", True, BR, BR_REACTING, "verbatim", False, "garbled ('economics', 'are a reaction'); meaning kept"),
("br-upi-5", "upi-2025-04-04-rubio-tariffs", ("Businesses around the world, including", "they will adjust to those rules"), R, "2025-04-04", True, BR, BR_BUSINESSES, "verbatim", False, ""),
("br-upi-6", "upi-2025-04-04-rubio-tariffs", ("Markets are crashing because markets are based", "bad for the United States"), R, "2025-04-04", True, BR, BR_MODES, "verbatim", False, "the part before the ellipsis; the part after it is br-upi-7"),
("br-upi-7", "upi-2025-04-04-rubio-tariffs", "We have to get back to a time when we’re a country that can make things, and to do that we have to reset the global order of trade", R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-fox-1", "foxnews-2025-04-04-rubio-reset-trade", ("We have to be a country to think", "and we need to stop that"), R, "2025-04-04", True, BR, BR_CONSUMER, "verbatim", False, "garbled ('to think' for a restart); meaning kept"),
("br-fox-2", "foxnews-2025-04-04-rubio-reset-trade", "We need to get back to a time where we are a country that can make things, and to do that, we have to reset the global order of trade", R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-fox-3", "foxnews-2025-04-04-rubio-reset-trade", ("So the president rightly has concluded", "he's absolutely right to do it"), R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-fox-4", "foxnews-2025-04-04-rubio-reset-trade", ("I mean, this is, just can't continue.", "it’s that simple"), R, "2025-04-04", True, None, None, None, False, BEYOND),
("br-lt-1", "latintimes-2025-04-04-rubio-tariffs", "Businesses around the world, including in trade and global trade, they just need to know what the rules are", R, "2025-04-04", True, BR, BR_BUSINESSES1, "verbatim", False, ""),
("br-lt-2", "latintimes-2025-04-04-rubio-tariffs", "Once they know what the rules are, they will adjust to those rules", R, "2025-04-04", True, BR, BR_ONCE, "verbatim", False, ""),
("br-lt-3", "latintimes-2025-04-04-rubio-tariffs", ("because markets are based on the stock value", "bad for the United States"), R, "2025-04-04", True, BR, BR_MODES, "verbatim", False, "partial quote"),
# ---------------- Rubio on Face the Nation, 3 November 2024 ----------------
("ftn-cl-1", "crooksandliars-2024-11-03-rubio-brennan", "Well, there was no unforced error", R, "2024-11-03", True, FT, FT_NOERR, "verbatim", False, ""),
("ftn-cl-2", "crooksandliars-2024-11-03-rubio-brennan", ("I mean, a comedian made a joke, and", "tasteless jokes all the time"), R, "2024-11-03", True, FT, FT_JOKE, "verbatim", False, "'gonna', a restart dropped, 'I mean' added; meaning kept"),
("ftn-cl-3", "crooksandliars-2024-11-03-rubio-brennan", ("Well, again, I think what's more relevant", "doesn't get invited, okay?"), R, "2024-11-03", True, FT, FT_HINDSIGHT, "verbatim", False, "'wanna', restarts edited"),
("ftn-cl-4", "crooksandliars-2024-11-03-rubio-brennan", ("But I think more relevant is the fact", "the Madison Square Garden rally"), R, "2024-11-03", True, FT, FT_RELEVANT, "verbatim", False, ""),
("ftn-cl-5", "crooksandliars-2024-11-03-rubio-brennan", ("In recent days, the Harris campaign", "remarks about Puerto Rico"), B, "2024-11-03", True, FT, FT_Q1, "verbatim", False, "the interviewer's question"),
("ftn-cl-6", "crooksandliars-2024-11-03-rubio-brennan", ("You've been focused on outreach", "hurt outreach?"), B, "2024-11-03", True, FT, FT_Q2, "verbatim", False, "the interviewer's question"),
("ftn-lt-1", "latintimes-2024-11-03-rubio-garbage", ("A comedian made a joke, and it was tasteless", "not gonna be in his Cabinet"), R, "2024-11-03", True, FT, FT_JOKE_CABINET, "verbatim", False, ""),
("ftn-lt-2", "latintimes-2024-11-03-rubio-garbage", "this comedian's not gonna be a member of his government, he's certainly not running for anything", R, "2024-11-03", True, FT, FT_GOVERNMENT, "verbatim", False, ""),
("ftn-lt-3", "latintimes-2024-11-03-rubio-garbage", "In hindsight, the guy probably doesn't get invited, OK?. Especially with a joke like that", R, "2024-11-03", True, FT, FT_HINDSIGHT, "verbatim", False, ""),
("ftn-ky-1", "kyma-2024-11-03-rubio-ftn", ("A comedian made a joke and it was tasteless", "He's an insult comic"), R, "2024-11-03", True, FT, FT_JOKE_ROAST, "verbatim", False, "with the outlet's ellipsis; the quote is split at its second ellipsis, which jumps to a later answer (ftn-ky-2)"),
("ftn-ky-2", "kyma-2024-11-03-rubio-ftn", ("But I think more relevant is the fact", "the Madison Square Garden rally"), R, "2024-11-03", True, FT, FT_RELEVANT, "verbatim", False, "split from ftn-ky-1 and ftn-ky-3"),
("ftn-ky-3", "kyma-2024-11-03-rubio-ftn", ("MSNBC was running images", "the actions of a scared one"), R, "2024-11-03", True, None, None, None, False, BEYOND + " (only its first word, 'MSNBC', is stored)"),
("ftn-ky-4", "kyma-2024-11-03-rubio-ftn", ("I want to point out, and no one talks", "than Donald Trump do"), R, "2024-11-03", True, None, None, None, False, BEYOND + "; cut by the end of the news excerpt"),
# ---------------- Rubio on CBS Mornings, 21 January 2025 ----------------
("cbs-fnw-1", "federalnewswire-2025-01-21-rubio-cbs", ("We only have 99 senators right now", "hasn’t been filled"), R, "2025-01-21", True, CB, CB_99, "verbatim", False, ""),
("cbs-fnw-2", "federalnewswire-2025-01-21-rubio-cbs", ("My entire life and career is influenced", "It’s humbling"), R, "2025-01-21", True, CB, CB_LIFE, "verbatim", False, "with the outlet's ellipsis"),
("cbs-fnw-3", "federalnewswire-2025-01-21-rubio-cbs", "he received a 99-0 vote from the Senate", R, "2025-01-21", False, CB, CB_VOTE, "paraphrase", False, ""),
("cbs-fnw-4", "federalnewswire-2025-01-21-rubio-cbs", "Our foreign policy once again needs to focus on the national interests of the United States", R, "2025-01-21", True, None, None, None, False, BEYOND + " (the answer on the pardons)"),
("cbs-fnw-5", "federalnewswire-2025-01-21-rubio-cbs", "We’re always overjoyed to see three hostages freed", R, "2025-01-21", True, None, None, None, False, BEYOND),
("cbs-fnw-6", "federalnewswire-2025-01-21-rubio-cbs", "We want to bring stability", R, "2025-01-21", True, None, None, None, False, BEYOND),
# ---------------- Rubio on NBC Today, 21 January 2025 (no source stored) ----------------
("nbc-fp-1", "floridapolitics-2025-01-21-rubio-j6", ("I’m not going to engage in domestic political debates", "focus on the President’s foreign policy"), R, "2025-01-21", True, None, None, None, False, NBC),
("nbc-fp-2", "floridapolitics-2025-01-21-rubio-j6", ("focus on the affairs that the United States", "a safer, stronger, more prosperous place"), R, "2025-01-21", True, None, None, None, False, NBC),
("nbc-nh-1", "newshangover-2025-01-21-rubio-nbc", ("Vladimir Putin loved everything", "look like we're falling apart"), R, "2021-01-06", True, None, None, None, False, "another occasion: Rubio on 6 January 2021, replayed by NBC"),
("nbc-nh-2", "newshangover-2025-01-21-rubio-nbc", ("I hope you guys all understand", "more prosperous place"), R, "2025-01-21", True, None, None, None, False, NBC),
("nbc-nh-3", "newshangover-2025-01-21-rubio-nbc", ("I think it's unfortunate, you know", "come on this morning with you"), R, "2025-01-21", True, None, None, None, False, NBC),
# ---------------- Rubio at Joint Base Andrews, 12 February 2026 ----------------
("jba-eco-1", "economist-2026-02-12-rubio-munich", "Honestly, they want to know where we’re going", R, "2026-02-12", True, JB, JB_HONEST, "verbatim", False, "a restart dropped"),
("jba-eco-2", "economist-2026-02-12-rubio-munich", "We live in a new era in geopolitics", R, "2026-02-12", True, JB, JB_OLD, "verbatim", False, "partial quote"),
("jba-eco-3", "economist-2026-02-12-rubio-munich", ("And it’s going to require all of us", "our role is going to be"), R, "2026-02-12", True, JB, JB_OLD, "verbatim", False, "with the outlet's ellipsis; 're-examine' for 'reexamine'"),
("jba-wt-1", "washtimes-2026-02-13-rubio-old-world", ("The old world is gone — frankly", "what our role is going to be"), R, "2026-02-12", True, JB, JB_OLD, "verbatim", False, ""),
("jba-wt-2", "washtimes-2026-02-13-rubio-old-world", ("We’ve had many of these conversations", "move us in that direction"), R, "2026-02-12", True, JB, JB_CONV, "verbatim", False, "a restart dropped"),
# ---------------- Rubio at the Munich Security Conference, 14 February 2026 (no source stored) ----------------
("msc-nyt-1", "nyt-2026-02-14-rubio-munich-live", "belong together", R, "2026-02-14", True, None, None, None, False, MSC),
("msc-nyt-2", "nyt-2026-02-14-rubio-munich-live", "We want Europe to be strong", R, "2026-02-14", True, None, None, None, False, MSC),
("msc-nyt-3", "nyt-2026-02-14-rubio-munich-live", "our destiny is and always will be intertwined with yours", R, "2026-02-14", True, None, None, None, False, MSC),
]
