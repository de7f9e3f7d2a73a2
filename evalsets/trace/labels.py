"""The labels as written by hand (see GUIDELINES.md). build.py turns them into trace.jsonl.

Each label: (id, news, quote, speaker, said, direct, source, passage, relation, misquote, note)
`quote` and `passage` are exact text, or a pair (first words, last words) meaning the run from
the first occurrence of the first words to the end of the next occurrence of the last words, or
a triple (text, n) meaning the n-th occurrence (1-based) of text.
"""
P, R, Z, M, Y, T, K, L = ("Vladimir Putin", "Marco Rubio", "Volodymyr Zelensky",
                          "Valentina Matviyenko", "Andriy Yermak", "Donald Trump",
                          "Dmitry Peskov", "Karoline Leavitt")
SC = "mfa-2025-11-21-security-council"
BK = "kremlin-2025-11-27-bishkek"
GE = "state-2025-11-23-rubio-geneva"
HA = "state-2025-11-12-rubio-hamilton"
AB = "state-2025-03-02-rubio-abc"
FX = "state-2025-09-15-rubio-fox"
FT = "state-2025-10-05-rubio-ftn"
YE = "state-2025-12-19-rubio-yearend"
BEYOND = "same event; its passage lies beyond the stored excerpt of the transcript"

# Security Council passages (MFA English translation)
SC_P1 = ("It's no secret:", "“flexibility”.")
SC_P2 = ("The main point of the Alaska summit", "demonstrate the requested flexibility.")
SC_P3_4 = ("We provided detailed information", "supported these potential arrangements.")
SC_P5 = ("However, after the negotiations in Alaska", "proposed by President Trump.")
SC_P6_8 = ("I believe this is precisely why", "with the US Administration.")
SC_P78 = ("We have the text.", "with the US Administration.")
SC_P8 = ("We received it through", "with the US Administration.")
SC_P9 = ("I believe it too could form", "discussed with us in substance.")
SC_P6_9 = ("I believe this is precisely why", "discussed with us in substance.")
SC_P10 = "And I can suggest why."
SC_Q = ("Donald Trump's 28-point peace plan on the Ukrainian crisis", "President Trump in Alaska?")
SC_P1_2 = ("It's no secret:", "demonstrate the requested flexibility.")

LABELS = [
# ---------------- Security Council, 21 November 2025 (dev) ----------------
("sc-ifx-1", "interfaxua-2025-11-21-putin-basis", ("Moscow received from Washington", "on the war in Ukraine"), P, "2025-11-21", False, SC, SC_P78, "paraphrase", False, ""),
("sc-ifx-2", "interfaxua-2025-11-21-putin-basis", "I believe it could form the basis of a final peace settlement. But this text has not been discussed with us in detail", P, "2025-11-21", True, SC, SC_P9, "translation", False, ""),
("sc-ifx-3", "interfaxua-2025-11-21-putin-basis", "was discussed before the Alaska meeting", P, "2025-11-21", True, SC, SC_P1, "translation", False, "partial quote"),
("sc-ifx-4", "interfaxua-2025-11-21-putin-basis", "was for Russia to confirm its willingness to show flexibility", P, "2025-11-21", True, SC, SC_P2, "paraphrase", False, "quoted as Putin's words but recast in the third person ('for Russia to confirm'); meaning kept, rendering of a Russian original, so not a misquote"),
("sc-ifx-5", "interfaxua-2025-11-21-putin-basis", "the U.S. administration has still not managed to secure the consent of the Ukrainian side", P, "2025-11-21", True, None, None, None, False, BEYOND),
("sc-ifx-6", "interfaxua-2025-11-21-putin-basis", "Ukraine is against it", P, "2025-11-21", True, None, None, None, False, BEYOND),
("sc-ifx-7", "interfaxua-2025-11-21-putin-basis", "are still under illusions and dream of inflicting a strategic defeat on Russia on the battlefield", P, "2025-11-21", True, None, None, None, False, BEYOND),
("sc-spk-1", "sputnik-2025-11-21-putin-foundation", ("US President Donald Trump's new peace plan could form basis for final settlement in Ukraine", 2), P, "2025-11-21", False, SC, SC_P9, "paraphrase", False, ""),
("sc-spk-2", "sputnik-2025-11-21-putin-foundation", "I believe that it [Trump's plan] can be the basis for a final peaceful settlement", P, "2025-11-21", True, SC, SC_P9, "translation", False, ""),
("sc-spk-3", "sputnik-2025-11-21-putin-foundation", "We received it through the existing channels of interaction with the US administration", P, "2025-11-21", True, SC, SC_P8, "translation", False, ""),
("sc-spk-4", "sputnik-2025-11-21-putin-foundation", "Russia agreed to show flexibility in its approach to the Ukrainian settlement during the Anchorage meeting", P, "2025-11-21", False, SC, SC_P2, "paraphrase", False, ""),
("sc-spk-5", "sputnik-2025-11-21-putin-foundation", ("The main point of the meeting in Alaska, the main purpose", "ready to show the flexibility offered to us"), P, "2025-11-21", True, SC, SC_P2, "translation", False, ""),
("sc-spk-6", "sputnik-2025-11-21-putin-foundation", "The United States, during discussions on the settlement in Ukraine, asked Russia to make certain compromises", P, "2025-11-21", False, SC, SC_P1, "paraphrase", False, ""),
("sc-ind-1", "indiatoday-2025-11-22-putin-basis", "Moscow had received the 28-point draft and described it as a new version of earlier ideas discussed with Washington", P, "2025-11-21", False, SC, SC_P6_8, "paraphrase", False, ""),
("sc-ind-2", "indiatoday-2025-11-22-putin-basis", "I believe that it, too, could form the basis for a final peace settlement", P, "2025-11-21", True, SC, SC_P9, "translation", False, ""),
("sc-ind-3", "indiatoday-2025-11-22-putin-basis", "the proposal had not been negotiated in any substantive way with the Kremlin", P, "2025-11-21", False, SC, SC_P9, "paraphrase", False, ""),
("sc-ind-4", "indiatoday-2025-11-22-putin-basis", "I can guess why", P, "2025-11-21", True, SC, SC_P10, "translation", False, "'suggest' vs 'guess': two translations of one Russian sentence"),
("sc-ind-5", "indiatoday-2025-11-22-putin-basis", ("The US administration has so far been unable", "on the battlefield"), P, "2025-11-21", True, None, None, None, False, BEYOND),
("sc-ind-6", "indiatoday-2025-11-22-putin-basis", "Moscow had discussed parts of the plan with Washington before his August summit with Trump in Alaska and had agreed to compromises", P, "2025-11-21", False, SC, SC_P1_2, "paraphrase", False, ""),
("sc-ind-7", "indiatoday-2025-11-22-putin-basis", "Neither Kyiv nor European powers understand that Russian forces are advancing and will continue to advance unless there is peace", P, "2025-11-21", True, None, None, None, False, BEYOND),
("sc-vpk-1", "vpk-2025-11-21-putin-28-points", ("Yes, of course, there is no secret here.", "as they said, flexibility."), P, "2025-11-21", True, SC, SC_P1, "translation", False, "another translation, longer at the start than the MFA's"),
("sc-vpk-2", "vpk-2025-11-21-putin-28-points", ("The main point of the meeting in Alaska, the main purpose", "with these proposals and are"), P, "2025-11-21", True, SC, SC_P2, "translation", False, "the news excerpt is cut mid-sentence"),
("sc-tass-1", "tass-2025-11-21-matviyenko-question", ("Vladimir Vladimirovich, let me have a say please.", "your recent talks with Trump in Alaska"), M, "2025-11-21", True, SC, SC_Q, "translation", False, "the question turn; the MFA translation leaves out the opening address"),
("sc-aa-1", "aa-2025-11-21-putin-basis", "a revised 28-point proposal drafted by the US “could be used as the basis” for a settlement to the Ukraine war", P, "2025-11-21", False, SC, SC_P9, "paraphrase", False, ""),
("sc-aa-2", "aa-2025-11-21-putin-basis", "Moscow remains satisfied with progress on the battlefield but remains open to talks", P, "2025-11-21", False, None, None, None, False, BEYOND),
("sc-aa-3", "aa-2025-11-21-putin-basis", ("Trump’s peace initiative was discussed with US officials", "“show flexibility.”"), P, "2025-11-21", False, SC, SC_P1, "paraphrase", False, ""),
("sc-aa-4", "aa-2025-11-21-putin-basis", ("The main goal of the meeting in Alaska", "ready to show the flexibility offered to us"), P, "2025-11-21", True, SC, SC_P2, "translation", False, ""),
("sc-aa-5", "aa-2025-11-21-putin-basis", ("Moscow briefed “all our friends", "everyone supported the potential agreements"), P, "2025-11-21", False, SC, SC_P3_4, "paraphrase", False, ""),
("sc-aa-6", "aa-2025-11-21-putin-basis", ("the US side appeared to slow down", "prevented Washington from moving forward"), P, "2025-11-21", False, SC, SC_P5, "paraphrase", False, ""),
("sc-aa-7", "aa-2025-11-21-putin-basis", ("We received the modernized version", "not been discussed with us in detail"), P, "2025-11-21", True, SC, SC_P6_9, "translation", False, ""),
("sc-aa-8", "aa-2025-11-21-putin-basis", "has so far failed to secure Ukraine’s consent", P, "2025-11-21", True, None, None, None, False, BEYOND),
("sc-aa-9", "aa-2025-11-21-putin-basis", "Russia is satisfied with developments on the battlefield, which leads to achieving the goals of the \"special military operation.\"", P, "2025-11-21", False, None, None, None, False, BEYOND),
("sc-aa-10", "aa-2025-11-21-putin-basis", ("We’re ready for peace negotiations", "But this requires a s"), P, "2025-11-21", True, None, None, None, False, BEYOND + "; the news excerpt is cut mid-word"),
# ---------------- Zelensky's address, 21 November 2025 (dev; no transcript stored) ----------------
("zel-ifx-1", "interfaxua-2025-11-21-zelensky-difficult", ("We are now in one of the most difficult moments", "The most difficult and further risks"), Z, "2025-11-21", True, None, None, None, False, "address to the nation; no transcript stored"),
("zel-ifx-2", "interfaxua-2025-11-21-zelensky-difficult", ("Ukraine is currently under some of the most intense pressure", "or an extremely difficult winter"), Z, "2025-11-21", False, None, None, None, False, "address to the nation; no transcript stored"),
("zel-st-1", "straitstimes-2025-11-21-zelensky-key-quotes", ("Now is one of the most difficult moments of our history.", "or risk losing a major partner"), Z, "2025-11-21", True, None, None, None, False, "another translation of zel-ifx-1; no transcript stored"),
("zel-st-2", "straitstimes-2025-11-21-zelensky-key-quotes", ("Either 28 difficult points", "without justice"), Z, "2025-11-21", True, None, None, None, False, "no transcript stored"),
("zel-st-3", "straitstimes-2025-11-21-zelensky-key-quotes", ("We will work calmly with America", "with our main partner"), Z, "2025-11-21", True, None, None, None, False, "no transcript stored"),
("zel-st-4", "straitstimes-2025-11-21-zelensky-key-quotes", ("I will present arguments", "not ready for diplomacy"), Z, "2025-11-21", True, None, None, None, False, "no transcript stored"),
("zel-st-5", "straitstimes-2025-11-21-zelensky-key-quotes", ("I am now addressing all Ukrainians.", "Stop the political games"), Z, "2025-11-21", True, None, None, None, False, "no transcript stored"),
("zel-st-6", "straitstimes-2025-11-21-zelensky-key-quotes", ("The parliament of a country at war must work in unity.", "must work effectively"), Z, "2025-11-21", True, None, None, None, False, "no transcript stored"),
# ---------------- Rubio around Israel / Fox News (dev; source: Fox interview of 15 Sept., excerpt) ----------------
("fox-jn-1", "journalnews-2025-09-15-rubio-netanyahu", "We understand they’re not happy about what happened", R, "2025-09-15", True, None, None, None, False, "Fox News interview of 15 Sept. 2025, the stored source; passage beyond the stored excerpt"),
("fox-jn-2", "journalnews-2025-09-15-rubio-netanyahu", ("we still have Hamas, we still have hostages", "add something constructive"), R, "2025-09-15", True, None, None, None, False, "Fox News interview, beyond the stored excerpt"),
("fox-jn-3", "journalnews-2025-09-15-rubio-netanyahu", ("the only way to end the conflict in Gaza is through the elimination of Hamas", "believed to be alive"), R, "2025-09-15", False, None, None, None, False, "said with Netanyahu at their joint appearance, a different occasion from the Fox interview whose stored passage ('how the war ends is the following…') says nearly the same: deliberate near-duplicate negative"),
("fox-nb-1", "newsbytes-2025-09-16-gaza-on-fire", ("The Israelis have begun to take operations there.", "in which a deal can happen"), R, "2025-09-15", True, None, None, None, False, "occasion not the stored excerpt"),
("fox-nb-2", "newsbytes-2025-09-16-gaza-on-fire", ("the only way to end the crisis in Gaza is to eliminate Hamas", "believed to be alive"), R, "2025-09-15", False, None, None, None, False, "joint appearance with Netanyahu; see fox-jn-3"),
("fox-nb-3", "newsbytes-2025-09-16-gaza-on-fire", "Sometimes when you're dealing with a group of savages like Hamas, that's not possible, but we hope it can happen", R, "2025-09-15", True, None, None, None, False, "not in the stored excerpt"),
("fox-nb-4", "newsbytes-2025-09-16-gaza-on-fire", ("We want them to know that if there's any country", "it's Qatar"), R, "2025-09-15", True, None, None, None, False, "not in the stored excerpt"),
("fox-k24-1", "kurdistan24-2025-10-05-rubio-hostage-deal", ("Hamas has accepted the entire construct", "for releasing the hostages"), R, "2025-10-05", True, None, None, None, False, "Fox News Sunday of 5 Oct. 2025, same interviewer (Gillian Turner) and topic as the stored 15 Sept. interview: another occasion"),
("fox-k24-2", "kurdistan24-2025-10-05-rubio-hostage-deal", ("Forty-eight – 20 that are alive", "how is all that going to work?"), R, "2025-10-05", True, None, None, None, False, "Fox News Sunday, 5 Oct. 2025; the stored 15 Sept. passage also says 'all 48'"),
("fox-k24-3", "kurdistan24-2025-10-05-rubio-hostage-deal", ("So that’s good news. I think that we are the closest", "either living or deceased"), R, "2025-10-05", True, None, None, None, False, "Fox News Sunday, 5 Oct. 2025"),
# ---------------- Rubio, Geneva, 23 November 2025 (test) ----------------
("ge-fnw-1", "federalnewswire-2025-11-23-rubio-progress", ("We began almost three weeks ago with a foundational document that we socialized", "which has been an ongoing working document"), R, "2025-11-23", True, GE, ("We began almost three weeks ago", "an ongoing working document."), "verbatim", False, ""),
("ge-fnw-2", "federalnewswire-2025-11-23-rubio-progress", ("We arrived here today with one goal", "in a very substantial way"), R, "2025-11-23", True, GE, ("We arrived here today with one goal", "in a very substantial way."), "verbatim", False, ""),
("ge-fnw-3", "federalnewswire-2025-11-23-rubio-progress", ("Now, obviously, like any final agreement", "we need to continue to work on"), R, "2025-11-23", True, GE, ("Now, obviously, like any final agreement", "continue to work on."), "verbatim", False, "followed by an ellipsis that joins it to ge-fnw-4"),
("ge-fnw-4", "federalnewswire-2025-11-23-rubio-progress", ("But I can tell you we’ve made substantial progress.", "working on these issues"), R, "2025-11-23", True, None, None, None, False, "same press remarks, later than the stored excerpt (dpa-AFX carries the same words); close in meaning to the stored 'probably the most productive day we have had on this issue': hard negative"),
("ge-fnw-5", "federalnewswire-2025-11-23-rubio-progress", "final agreement would require approval from national leaders and further work on remaining issues", R, "2025-11-23", False, GE, ("Now, obviously, like any final agreement", "continue to work on."), "paraphrase", False, ""),
("ge-fnw-6", "federalnewswire-2025-11-23-rubio-progress", ("significant progress in discussions", "with input from both sides"), R, "2025-11-23", False, GE, ("I think we made a tremendous amount", "with input from both sides."), "paraphrase", False, "object of 'Rubio described'"),
("ge-mb-1", "themarketbeats-2025-11-24-rubio-progress", ("a tremendous amount of progress", 1), R, "2025-11-23", True, GE, ("I think we made a tremendous amount", "the last time I spoke to you."), "verbatim", False, "partial quote"),
("ge-mb-2", "themarketbeats-2025-11-24-rubio-progress", ("a very good day today", 1), R, "2025-11-23", True, GE, "We had a very good day today.", "verbatim", False, "partial quote"),
("ge-mb-3", "themarketbeats-2025-11-24-rubio-progress", ("We had a very good day today. I think", "the last time I spoke to you"), R, "2025-11-23", True, GE, ("We had a very good day today.", "the last time I spoke to you."), "verbatim", False, ""),
("ge-mb-4", "themarketbeats-2025-11-24-rubio-progress", ("We began almost three weeks ago", "with input from both sides"), R, "2025-11-23", True, GE, ("We began almost three weeks ago", "with input from both sides."), "verbatim", False, ""),
("ge-mb-5", "themarketbeats-2025-11-24-rubio-progress", ("Over the last 96 hours or more", "narrow these points"), R, "2025-11-23", True, GE, ("In fact, over the last 96 hours", "narrow these points."), "verbatim", False, "'In fact,' dropped"),
("ge-mb-6", "themarketbeats-2025-11-24-rubio-progress", ("We arrived here today with one goal: to take", "in a very substantial way"), R, "2025-11-23", True, GE, ("We arrived here today with one goal", "in a very substantial way."), "verbatim", False, "silent edit: 'and the goal was to take' printed as ': to take'"),
("ge-liga-1", "liga-2025-11-23-rubio-statement", ("We came here today with one goal", "to a very significant extent"), R, "2025-11-23", True, GE, ("We arrived here today with one goal", "in a very substantial way."), "translation", False, "English original re-translated through Ukrainian by the outlet"),
("ge-liga-2", "liga-2025-11-23-rubio-statement", "the best day we've had in the 10 months we've been working on these issues", R, "2025-11-23", True, None, None, None, False, "later in the same remarks, beyond the stored excerpt; see ge-fnw-4"),
("ge-liga-3", "liga-2025-11-23-rubio-statement", "I just don't want to do anything that could set us back in that regard", R, "2025-11-23", True, None, None, None, False, BEYOND),
("ge-liga-4", "liga-2025-11-23-rubio-statement", ("This is an ongoing process. There is still a lot of work", "significant progress today"), R, "2025-11-23", True, None, None, None, False, BEYOND + " (Q&A); 'still a lot of work to be done' resembles the stored 'There's still some work to be done.': hard negative"),
("ge-liga-5", "liga-2025-11-23-rubio-statement", ("Of course, I think we all understand", "safe and confident that"), R, "2025-11-23", True, None, None, None, False, BEYOND),
("ge-fn-1", "finanznachrichten-2025-11-24-rubio-progress", ("a tremendous amount of progress", 1), R, "2025-11-23", True, GE, ("I think we made a tremendous amount", "the last time I spoke to you."), "verbatim", False, "partial quote"),
("ge-fn-2", "finanznachrichten-2025-11-24-rubio-progress", "not going to get into the details of the topics that were discussed because this is an ongoing process", R, "2025-11-23", True, None, None, None, False, BEYOND),
("ge-fn-3", "finanznachrichten-2025-11-24-rubio-progress", "This is a living, breathing document. Every day, with input, it changes", R, "2025-11-23", True, None, None, None, False, BEYOND),
("ge-fn-4", "finanznachrichten-2025-11-24-rubio-progress", ("I'm not going to speculate", "tremendous amount of progress today"), R, "2025-11-23", True, None, None, None, False, BEYOND),
("ge-fn-5", "finanznachrichten-2025-11-24-rubio-progress", ("we've talked to him since", "progress that's been made"), R, "2025-11-23", True, None, None, None, False, BEYOND),
("ge-fn-6", "finanznachrichten-2025-11-24-rubio-progress", "Our goal is to end this war as soon as possible, but we need a little more time", R, "2025-11-23", True, None, None, None, False, BEYOND),
("ge-fn-7", "finanznachrichten-2025-11-24-rubio-progress", "Today was the best day we have had in our entire 10 months of working on these issues", R, "2025-11-23", True, None, None, None, False, "see ge-fnw-4"),
("ge-fn-8", "finanznachrichten-2025-11-24-rubio-progress", "final decisions under this framework will be made by the Presidents of Ukraine and the United States", Y, "2025-11-23", False, None, None, None, False, "another speaker"),
("ge-wion-1", "wionews-2025-11-24-rubio-meaningful", "We've had probably the most productive and meaningful meeting so far in this entire process", R, "2025-11-23", True, None, None, None, False, "earlier stake-out the same day, not the stored evening remarks; close to the stored 'probably the most productive day': hard negative"),
("ge-wion-2", "wionews-2025-11-24-rubio-meaningful", ("I think the takeaway from it is, I think this was", "first came into office in January"), R, "2025-11-23", True, None, None, None, False, "earlier stake-out the same day"),
("ge-wion-3", "wionews-2025-11-24-rubio-meaningful", ("The crux of the entire diplomatic situation", "how many of ours he kills"), Z, "2025-11-23", True, None, None, None, False, "post on X; another speaker"),
("ge-nmx-1", "newsmax-2025-11-23-rubio-talks", ("So I think the takeaway from it is", "first came to office in January"), R, "2025-11-23", True, None, None, None, False, "earlier stake-out the same day (same words as ge-wion-2)"),
("ge-nmx-2", "newsmax-2025-11-23-rubio-talks", "a very productive first session with the distinguished American delegation", Y, "2025-11-23", True, None, None, None, False, "another speaker"),
# ---------------- Rubio, Hamilton, 12 November 2025 (test) ----------------
("ha-np-1", "newspravda-2025-11-13-rubio-donetsk", ("We can only judge by what we see.", "we are now at that point"), R, "2025-11-12", True, HA, ("Well, we can only go by what we see.", "where we are at this point."), "paraphrase", True, "English original back-translated through Russian: 'they want all of Donetsk' where he said 'the rest of Donetsk', and 'So yes, that is the conclusion we have to draw' for 'that's the assessment we have to make'"),
# ---------------- Rubio, ABC This Week, 2 March 2025 (test) ----------------
("abc-tp-1", "trendingpolitics-2025-03-02-rubio-stephanopoulos", ("I think the last line in the President’s Truth Social post", "an end to this conflict"), R, "2025-03-02", True, AB, ("I think the last line in the President’s Truth Social post", "an end to this conflict."), "verbatim", False, ""),
("abc-tp-2", "trendingpolitics-2025-03-02-rubio-stephanopoulos", ("That’s his goal. That’s his only goal.", "to a point where that’s possible"), R, "2025-03-02", True, AB, ("That’s his goal.", "to a point where that’s possible."), "verbatim", False, ""),
("abc-tp-3", "trendingpolitics-2025-03-02-rubio-stephanopoulos", ("several members of the Trump cabinet", "within the last 10 days"), R, "2025-03-02", False, AB, ("I mean, he met – in the last ten days", "came over on – invited."), "paraphrase", False, ""),
("abc-az-1", "newsaz-2025-03-02-rubio-reengage", "President Trump’s administration will reconnect with Ukrainian officials once they are prepared to pursue peace", R, "2025-03-02", False, AB, ("I think the last line in the President’s Truth Social post", "the President’s goal is here."), "paraphrase", False, ""),
("abc-az-2", "newsaz-2025-03-02-rubio-reengage", "Ukraine-splain on every issue", R, "2025-03-02", True, None, None, None, False, "same interview, beyond the stored excerpt"),
("abc-az-3", "newsaz-2025-03-02-rubio-reengage", "He is trying to get Russia to the table to see if there is a way to bring about an end to this conflict", R, "2025-03-02", True, AB, ("He’s trying to get Russia to the table", "an end to this conflict."), "verbatim", False, "disfluency 'to bring about –' dropped, contraction expanded"),
("abc-az-4", "newsaz-2025-03-02-rubio-reengage", "That is his centralized focus", R, "2025-03-02", True, AB, "That’s his centralized focus.", "verbatim", False, "contraction expanded"),
("abc-az-5", "newsaz-2025-03-02-rubio-reengage", ("The only way it ends is if Vladimir Putin", "willing to end the war on"), R, "2025-03-02", True, None, None, None, False, "same interview, beyond the stored excerpt"),
("abc-az-6", "newsaz-2025-03-02-rubio-reengage", "Now, maybe their claims or what they want, their demands will be unreasonable. We don’t know", R, "2025-03-02", True, None, None, None, False, "same interview, beyond the stored excerpt"),
("abc-az-7", "newsaz-2025-03-02-rubio-reengage", "gambling with World War III", T, "2025-02-28", True, None, None, None, False, "Oval Office meeting; another speaker"),
("abc-nh-1", "newsherder-2025-03-02-rubio-reset", ("neither he nor his Ukrainian counterpart", "since Friday’s explosive encounter"), R, "2025-03-02", False, AB, "I’ve talked to the foreign minister several times – not since then.", "paraphrase", False, ""),
("abc-nh-2", "newsherder-2025-03-02-rubio-reset", ("We have to bring [Russia] to the table.", "if you’re being antagonistic"), R, "2025-03-02", True, None, None, None, False, "same interview, beyond the stored excerpt"),
("abc-nh-3", "newsherder-2025-03-02-rubio-reset", ("Listen, we’ve spent three years calling Vladimir Putin names.", "trying to get the man to a table"), R, "2025-03-02", True, None, None, None, False, "same interview, beyond the stored excerpt"),
("abc-pu-1", "primeusnews-2025-03-02-rubio-reset", "I have not had any contact with him since Friday", R, "2025-03-02", True, AB, "Well, I haven’t had any contact with him since Friday.", "verbatim", False, "contraction expanded; the article is machine-spun ('White Home')"),
("abc-pu-2", "primeusnews-2025-03-02-rubio-reset", ("he additionally hadn’t spoken to his Ukrainian counterpart", "since then"), R, "2025-03-02", False, AB, "I’ve talked to the foreign minister several times – not since then.", "paraphrase", False, "spun text"),
("abc-pu-3", "primeusnews-2025-03-02-rubio-reset", ("We now have to convey [Russia] to the desk.", "placing collectively offers"), R, "2025-03-02", True, None, None, None, False, "beyond the stored excerpt; machine-spun wording"),
("abc-pu-4", "primeusnews-2025-03-02-rubio-reset", ("Hear, we have spent three years calling Vladimir Putin names.", "get the person to a desk"), R, "2025-03-02", True, None, None, None, False, "beyond the stored excerpt; machine-spun wording"),
# ---------------- Bishkek press conference, 27 November 2025 (test) ----------------
("bk-kom-1", "kommersant-2025-11-27-putin-csto", ("Все отдают себе отчет", "в отношении наших стран"), P, "2025-11-27", True, BK, ("Everyone knows that it is necessary", "aggressive towards our countries."), "translation", False, "cross-lingual: Russian original quoted, English transcript stored"),
("bk-kom-2", "kommersant-2025-11-27-putin-csto", ("Организация Договора о коллективной безопасности (ОДКБ) не несет угрозы", "в отношении стран-участниц"), P, "2025-11-27", False, BK, "We do not threaten anyone, but we must be ready to respond to any actions that could be aggressive towards our countries.", "paraphrase", False, "cross-lingual"),
("bk-spb-1", "sputnikby-2025-11-27-putin-csto", ("Организация Договора о коллективной безопасности никому не угрожает", "против государств объединения"), P, "2025-11-27", False, BK, "We do not threaten anyone, but we must be ready to respond to any actions that could be aggressive towards our countries.", "paraphrase", False, "cross-lingual"),
("bk-spb-2", "sputnikby-2025-11-27-putin-csto", ("Мы никому не угрожаем, но должны", "в отношении наших стран"), P, "2025-11-27", True, BK, "We do not threaten anyone, but we must be ready to respond to any actions that could be aggressive towards our countries.", "translation", False, "cross-lingual"),
("bk-spb-3", "sputnikby-2025-11-27-putin-csto", "работа ОДКБ под председательством Кыргызстана укрепила организацию", P, "2025-11-27", False, BK, ("First, I would like to express our gratitude", "strengthen the organisation."), "paraphrase", False, "cross-lingual"),
("bk-spb-4", "sputnikby-2025-11-27-putin-csto", ("Мы благодарны руководству Кыргызстана", "способствовало укреплению организации"), P, "2025-11-27", True, BK, ("First, I would like to express our gratitude", "strengthen the organisation."), "translation", False, "cross-lingual"),
("bk-spb-5", "sputnikby-2025-11-27-putin-csto", ("функционировании ОДКБ является элементом стабильности", "входящих в объединение"), P, "2025-11-27", False, BK, "I believe that in the current turbulent situation it is a major factor of stability in our common space.", "paraphrase", False, "cross-lingual"),
("bk-mt-1", "moscowtimes-2025-11-27-putin-peace-plan", ("Ukrainian forces will have to leave the territories", "we will achieve this by military means"), P, "2025-11-27", True, None, None, None, False, "the user's example quote; " + BEYOND),
("bk-mt-2", "moscowtimes-2025-11-27-putin-peace-plan", ("Russian troops are advancing on “all fronts”", "replenish its armed forces"), P, "2025-11-27", False, None, None, None, False, BEYOND),
("bk-mt-3", "moscowtimes-2025-11-27-putin-peace-plan", ("Ukraine’s postponement of its presidential election", "to sign an agreement with him"), P, "2025-11-27", False, None, None, None, False, BEYOND),
("bk-mt-4", "moscowtimes-2025-11-27-putin-peace-plan", ("We want to sign an agreement with Ukraine", "legally\nimpossible"), P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-mt-5", "moscowtimes-2025-11-27-putin-peace-plan", "We need the decision to be recognized at the international level", P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-mt-6", "moscowtimes-2025-11-27-putin-peace-plan", "There was no draft agreement. There was a set of issues proposed for discussion", P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-mt-7", "moscowtimes-2025-11-27-putin-peace-plan", ("Kremlin officials only received and reviewed", "leaked\nto the press"), P, "2025-11-27", False, None, None, None, False, BEYOND),
("bk-mt-8", "moscowtimes-2025-11-27-putin-peace-plan", "in general we agree\nthat it can serve as the basis for future agreements", P, "2025-11-27", True, None, None, None, False, "the user's example quote; " + BEYOND),
("bk-mt-9", "moscowtimes-2025-11-27-putin-peace-plan", ("It’s one thing to say in general terms", "as we never planned to"), P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-mt-10", "moscowtimes-2025-11-27-putin-peace-plan", ("But if they want to hear it from us, fine,", "No problem"), P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-mt-11", "moscowtimes-2025-11-27-putin-peace-plan", "not quite right in the head", P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-def-1", "thedefensenews-2025-11-27-putin-halt-war", "If Ukrainian forces leave the territories they hold, then we will stop combat operations", P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-def-2", "thedefensenews-2025-11-27-putin-halt-war", "If they don’t, then we will achieve it by military means", P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-rn-1", "readnow-2025-11-27-putin-condition", ("We’re still receiving calls for a cessation", "through military means"), P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-lnw-1", "localnewswave-2025-11-27-putin-withdraw", "Ukrainian troops will withdraw from the territories they occupy, and then the fighting will cease", P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-lnw-2", "localnewswave-2025-11-27-putin-withdraw", "If they don't withdraw, we'll achieve this through military force", P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-af-1", "africanews-2025-11-27-putin-basis", ("elements of a draft peace framework discussed recently", "to end the war in Ukraine"), P, "2025-11-27", False, None, None, None, False, BEYOND),
("bk-af-2", "africanews-2025-11-27-putin-basis", ("Russia “generally agrees” that these points", "guide future negotiations"), P, "2025-11-27", False, None, None, None, False, BEYOND),
("bk-rt-1", "realtribune-2025-11-27-putin-terms", ("There was no draft agreement — only a set of questions.", "a basis for future arrangements"), P, "2025-11-27", True, None, None, None, False, BEYOND),
("bk-rt-2", "realtribune-2025-11-27-putin-terms", ("We are always open.", "timing does not matter"), P, "2025-11-27", True, None, None, None, False, BEYOND),
# ---------------- Putin–Erdogan call, 24 November 2025 (test; readout not stored) ----------------
("er-axy-1", "axy-2025-11-24-putin-erdogan", ("the first draft of a U.S. “peace plan”", "“final settlement,”"), P, "2025-11-24", False, None, None, None, False, "Kremlin readout of a phone call, not stored; nearly the words of the 21 Nov. Security Council passage: hard negative"),
("er-axy-2", "axy-2025-11-24-putin-erdogan", ("Putin noted that the proposals we have seen", "foundation of a final settlement"), P, "2025-11-24", False, None, None, None, False, "quotes the Kremlin readout (not stored); see er-axy-1"),
# ---------------- Rubio on Face the Nation, 5 October 2025 (dev) ----------------
("ftn-qn-1", "quicknews24-2025-10-05-rubio-ftn", ("the release of hostages from Gaza is the “most emergent and immediate phase”", "outlined last week"), R, "2025-10-05", False, FT, ("And so those are the two phases here", "behind how that happens."), "paraphrase", False, ""),
("ftn-qn-2", "quicknews24-2025-10-05-rubio-ftn", ("Let’s discuss through the mediators", "That cannot drag on"), R, "2025-10-05", True, FT, ("And so those are the two phases here", "That cannot drag on."), "verbatim", False, "starts inside the first sentence of the passage"),
("ftn-qn-3", "quicknews24-2025-10-05-rubio-ftn", "to finalize technical details", "Benjamin Netanyahu", "2025-10-04", True, None, None, None, False, "another speaker"),
("ftn-qn-4", "quicknews24-2025-10-05-rubio-ftn", "conversations are underway ahead of Monday’s meeting in Egypt", R, "2025-10-05", False, FT, ("So what those talks should be about", "the release of these hostages."), "paraphrase", False, ""),
("ftn-qn-5", "quicknews24-2025-10-05-rubio-ftn", "the talks should center on the logistics behind the release of the hostages", R, "2025-10-05", False, FT, ("So what those talks should be about", "the release of these hostages."), "paraphrase", False, ""),
("ftn-qn-6", "quicknews24-2025-10-05-rubio-ftn", ("Beyond that is what happens after that", "free of anything like Hamas"), R, "2025-10-05", True, FT, ("Then there's second - beyond that", "free of anything like Hamas?"), "verbatim", False, ""),
("ftn-qn-7", "quicknews24-2025-10-05-rubio-ftn", ("And that’s going to take work and some time", "but to implement"), R, "2025-10-05", True, FT, ("And that's going to take work", "but to implement."), "verbatim", False, ""),
("ftn-gnl-1", "globalnewzlive-2025-10-05-ftn", ("Hamas has agreed to the president’s framework", "ensure a safe release"), R, "2025-10-05", True, FT, ("But they have said that they agree", "How do you stop the fighting?"), "paraphrase", True, "the second quoted sentence ('The immediate focus is on the logistics of how to stop the fighting and ensure a safe release.') is not in the transcript; 'Hamas has agreed' for 'they have said that they agree'"),
("ftn-gnl-2", "globalnewzlive-2025-10-05-ftn", "We have lived through Hamas lies before. We cannot let another deal collapse", "Liran Berman", "2025-10-05", True, None, None, None, False, "another speaker"),
("ftn-lm-1", "leadersmena-2025-10-05-rubio-strikes", "I think the Israelis and everyone acknowledge you can’t release hostages in the middle of strikes", R, "2025-10-05", True, None, None, None, False, "same interview, beyond the stored excerpt"),
("ftn-lm-2", "leadersmena-2025-10-05-rubio-strikes", "There can’t be a war going on in the middle of it", R, "2025-10-05", True, None, None, None, False, "same interview, beyond the stored excerpt"),
("ftn-lm-3", "leadersmena-2025-10-05-rubio-strikes", "You can’t set up a government structure in Gaza that’s not Hamas in three days", R, "2025-10-05", True, None, None, None, False, "NBC Meet the Press the same morning: another occasion, close in meaning to the stored 'that's going to take work and some time'"),
("ftn-lm-4", "leadersmena-2025-10-05-rubio-strikes", "Israel must stop its bombing campaign in Gaza for a hostage release to proceed", R, "2025-10-05", False, None, None, None, False, "same interview, beyond the stored excerpt"),
# ---------------- Rubio's year-end press conference, 19 December 2025 (test) ----------------
("ye-oan-1", "oann-2025-12-19-rubio-yearend", ("many of the institutions, policies, assumptions", "a world that no longer existed"), R, "2025-12-19", True, YE, ("Many of the institutions, policies, assumptions", "required us to re-examine that."), "verbatim", False, "partial quote"),
("ye-oan-2", "oann-2025-12-19-rubio-yearend", ("American foreign policy required a full", "“recalibration,”"), R, "2025-12-19", False, YE, ("And I believe very strongly this president was elected", "the world has dramatically changed."), "paraphrase", False, ""),
("ye-oan-3", "oann-2025-12-19-rubio-yearend", ("U.S. foreign policy had drifted away from the notion", "the interests of the United States"), R, "2025-12-19", False, YE, ("One of the assumptions that I think we had lost", "national interest in our foreign policy."), "paraphrase", False, ""),
("ye-oan-4", "oann-2025-12-19-rubio-yearend", "that will make America safer, or stronger, or more prosperous — hopefully all three, but at least one of those", R, "2025-12-19", True, None, None, None, False, "same press conference, beyond the stored excerpt"),
("ye-oan-5", "oann-2025-12-19-rubio-yearend", ("It’s not our war… but I think everybody would agree", "and that’s the United States"), R, "2025-12-19", True, None, None, None, False, "same press conference, beyond the stored excerpt"),
("ye-sa-1", "sentinelassam-2025-12-rubio-recalibration", "At the core of foreign policy needs to be the national interest of the United States", R, "2025-12-19", True, YE, "At the core, foreign policy needs to be the national interest of the United States.", "verbatim", False, "garbled ('At the core of foreign policy' for 'At the core, foreign policy'); meaning kept"),
("ye-sa-2", "sentinelassam-2025-12-rubio-recalibration", "US resources and time are finite and must be carefully prioritised", R, "2025-12-19", False, None, None, None, False, "same press conference, beyond the stored excerpt"),
("ye-sa-3", "sentinelassam-2025-12-rubio-recalibration", "the Gaza conflict had entered a new phase with a ceasefire, though challenges remain", R, "2025-12-19", False, None, None, None, False, "same press conference, beyond the stored excerpt"),
("ye-voa-1", "voa-2025-12-rubio-america-first", "American foreign policy has been recalibrated under President Donald Trump", R, "2025-12-19", False, YE, ("And I believe very strongly this president was elected", "required us to re-examine that."), "paraphrase", False, ""),
("ye-voa-2", "voa-2025-12-rubio-america-first", ("many of the institutions, policies, assumptions", "a world that no longer existed"), R, "2025-12-19", True, YE, ("Many of the institutions, policies, assumptions", "required us to re-examine that."), "verbatim", False, "partial quote"),
("ye-voa-3", "voa-2025-12-rubio-america-first", ("We defined it as we are in favor of foreign policies", "through a process of prioritization"), R, "2025-12-19", True, None, None, None, False, "same press conference, beyond the stored excerpt"),
("ye-voa-4", "voa-2025-12-rubio-america-first", ("Foreign aid is not a separate activity", "we don’t care about hunger"), R, "2025-12-19", True, None, None, None, False, "same press conference, beyond the stored excerpt"),
("ye-voa-5", "voa-2025-12-rubio-america-first", ("taxpayer money should be spent in furtherance", "and even that is not unlimited"), R, "2025-12-19", True, None, None, None, False, "same press conference, beyond the stored excerpt"),
("ye-ph-1", "politicalhub-2025-12-19-rubio-marathon", ("I wanted to start — I’m going to be very brief", "as many questions as I can"), R, "2025-12-19", True, YE, ("I wanted to start – I’m going to be very brief", "as many questions as I can."), "verbatim", False, ""),
("ye-ph-2", "politicalhub-2025-12-19-rubio-marathon", ("I can do English. I’ll answer Spanish", "after I answer it in Spanish"), R, "2025-12-19", True, YE, ("I can do English.", "after I answer it in Spanish."), "verbatim", False, "repeated start ('I'll answer it in –') dropped"),
("ye-ph-3", "politicalhub-2025-12-19-rubio-marathon", ("One of the reasons why President Trump was elected is an understanding", "in need of a complete recalibration"), R, "2025-12-19", True, YE, ("And I believe very strongly this president was elected", "in need of a complete recalibration."), "verbatim", False, "silent edit: lead-in and 'sort of' dropped"),
("ye-ph-4", "politicalhub-2025-12-19-rubio-marathon", "The world has dramatically changed", R, "2025-12-19", True, YE, "A recalibration because the world has dramatically changed.", "verbatim", False, "partial"),
("ye-ph-5", "politicalhub-2025-12-19-rubio-marathon", ("U.S. foreign policy required a fundamental reassessment", "required a fundamental reassessment"), R, "2025-12-19", False, YE, ("And then – so look, when I took over", "in need of a complete recalibration."), "paraphrase", False, ""),
("ye-ph-6", "politicalhub-2025-12-19-rubio-marathon", ("President Donald Trump was elected in part because", "needed a major shift"), R, "2025-12-19", False, YE, ("And I believe very strongly this president was elected", "in need of a complete recalibration."), "paraphrase", False, ""),
("ye-ph-7", "politicalhub-2025-12-19-rubio-marathon", ("many long-standing institutions, assumptions, and policies", "how the United States engages abroad"), R, "2025-12-19", False, YE, ("Many of the institutions, policies, assumptions", "required us to re-examine that."), "paraphrase", False, ""),
]

# which part each event's news goes to (GUIDELINES §7)
SPLIT = {
    "sc": "dev", "zel": "dev", "fox": "dev", "ftn": "dev", "ye": "test",
    "ge": "test", "ha": "test", "abc": "test", "bk": "test", "er": "test",
}
