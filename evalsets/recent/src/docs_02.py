"""Excerpts: RFE/RL, Türkiye Today, novyny.live, Ukrinform, Sputnik, Ukrainska Pravda, News.Az, Al Jazeera."""

DOCS = [
    {
        "doc_id": "rferl_2025-11-25_witkoff-to-moscow",
        "publisher": "Radio Free Europe/Radio Liberty",
        "publication_date": "2025-11-25",
        "title": "",
        "author": "",
        "url": "https://dcyh5l5lgidpq.cloudfront.net/a/us-russia-ukraine-peace-talks-abu-dhabi-zelensky/33605315.html",
        "form": "report",
        "text": (
            "US President Donald Trump said he is sending special envoy Steve Witkoff to Moscow to meet President Vladimir Putin over a peace deal with Ukraine that Kyiv says is ready \"to move forward\" on as some final \"sensitive\" points are ironed out.\n\n"
            "After a day of whirlwind diplomacy that saw meetings between delegations in several countries across the Middle East and Europe, momentum appeared to build toward a deal to end Europe's largest and bloodiest conflict since World War II.\n\n"
            "\"The original 28-Point Peace Plan, which was drafted by the United States, has been fine-tuned, with additional input from both sides, and there are only a few remaining points of disagreement,\" Trump wrote on social media.\n\n"
            "\"In the hopes of finalizing this Peace Plan, I have directed my Special Envoy Steve Witkoff to meet with President Putin in Moscow and, at the same time, Secretary of the Army Dan Driscoll will be meeting with the Ukrainians,\" he added.\n\n"
            "Driscoll met with a Russian delegation in Abu Dhabi earlier on November 25, according to a US Army spokesman, in an attempt to narrow differences in a peace proposal the Trump administration has put together after talks between US and Ukrainian officials in Geneva.\n\n"
            "Ukrainian officials flew to Abu Dhabi for more talks with Driscoll and other US officials, CBS News and the Financial Times reported.\n\n"
            "The talks came as Russia again battered Kyiv, killing at least seven people in air strikes that also wounded at least 13 others.\n\n"
            "\"America is very active and Europe is very active, as are our other partners. Everyone has the same agenda, and only in Moscow does the war against Ukraine remain their first priority,\" Zelenskyy said in a speech to the nation on November 25.\n\n"
            "The initial US-proposed 28-point peace deal was seen by many as heavily favorable to Moscow."
        ),
        "atts": [
            ("US President Donald Trump", "Trump [[said]] he is sending",
             "he is sending special envoy Steve Witkoff to Moscow to meet President Vladimir Putin over a peace deal with Ukraine that Kyiv says is ready \"to move forward\" on as some final \"sensitive\" points are ironed out"),
            ("that [[Kyiv]] says", "Kyiv [[says]] is ready",
             "is ready \"to move forward\" on"),
            ("disagreement,\" [[Trump]] wrote", "wrote",
             "The original 28-Point Peace Plan, which was drafted by the United States, has been fine-tuned, with additional input from both sides, and there are only a few remaining points of disagreement,"),
            ("Ukrainians,\" [[he]] added", "Ukrainians,\" he [[added]]",
             "In the hopes of finalizing this Peace Plan, I have directed my Special Envoy Steve Witkoff to meet with President Putin in Moscow and, at the same time, Secretary of the Army Dan Driscoll will be meeting with the Ukrainians,"),
            ("a US Army spokesman", "[[according to]] a US Army spokesman",
             ["Driscoll met with a Russian delegation in Abu Dhabi earlier on November 25",
              "in an attempt to narrow differences in a peace proposal the Trump administration has put together after talks between US and Ukrainian officials in Geneva"]),
            ("CBS News and the Financial Times", "Times [[reported]].",
             "Ukrainian officials flew to Abu Dhabi for more talks with Driscoll and other US officials"),
            ("priority,\" [[Zelenskyy]] said", "priority,\" Zelenskyy [[said]]",
             "America is very active and Europe is very active, as are our other partners. Everyone has the same agenda, and only in Moscow does the war against Ukraine remain their first priority,"),
            ("seen by [[many]] as", "was seen",
             ["The initial US-proposed 28-point peace deal", "as heavily favorable to Moscow"]),
        ],
    },
    {
        "doc_id": "turkiyetoday_2025-11-21_putin-ready-to-negotiate",
        "publisher": "Türkiye Today",
        "publication_date": "2025-11-21",
        "title": "Putin claims Moscow ready to negotiate on 28-point American peace proposal",
        "author": "",
        "url": "https://www.turkiyetoday.com/world/putin-claims-moscow-ready-to-negotiate-on-28-point-american-peace-proposal-3210219",
        "form": "report",
        "text": (
            "Russian President Vladimir Putin announced Friday that Moscow has received a 28-point peace plan from the United States aimed at ending the war in Ukraine, stating that Russia is prepared to negotiate despite what he described as Ukraine's rejection of the proposal.\n\n"
            "Speaking at a Security Council meeting in the Kremlin, Putin said Russia obtained the plan through existing communication channels with the US administration and views it as a potential foundation for a final peaceful resolution. However, he indicated that detailed consultations have not occurred because Washington has been unable to persuade Kyiv to participate.\n\n"
            "\"We think this plan can serve as the basis for a final peaceful solution,\" Putin said. \"But this text has not been discussed with us in detail. The reason for this stems from the US administration's inability to convince the Ukrainian side. Ukraine is against it.\"\n\n"
            "The Russian leader said the plan was initially raised before a summit with US President Donald Trump in Alaska, where American officials requested concessions and flexibility from Moscow. Putin claimed Russia demonstrated willingness to compromise during those negotiations despite what he characterized as complex issues and difficulties."
        ),
        "atts": [
            ("Russian President Vladimir Putin", "announced",
             "Moscow has received a 28-point peace plan from the United States aimed at ending the war in Ukraine"),
            ("Russian President Vladimir Putin", "stating",
             "Russia is prepared to negotiate despite what he described as Ukraine's rejection of the proposal"),
            ("what [[he]] described", "described",
             "Ukraine's rejection of the proposal"),
            ("Kremlin, [[Putin]] said", "Kremlin, Putin [[said]]",
             "Russia obtained the plan through existing communication channels with the US administration and views it as a potential foundation for a final peaceful resolution"),
            ("However, [[he]] indicated", "indicated",
             "detailed consultations have not occurred because Washington has been unable to persuade Kyiv to participate"),
            ("solution,\" [[Putin]] said", "solution,\" Putin [[said]]",
             ["We think this plan can serve as the basis for a final peaceful solution,",
              "But this text has not been discussed with us in detail. The reason for this stems from the US administration's inability to convince the Ukrainian side. Ukraine is against it."]),
            ("The Russian leader", "leader [[said]] the plan",
             "the plan was initially raised before a summit with US President Donald Trump in Alaska, where American officials requested concessions and flexibility from Moscow"),
            ("American officials", "requested",
             "concessions and flexibility from Moscow"),
            ("[[Putin]] claimed", "claimed",
             "Russia demonstrated willingness to compromise during those negotiations despite what he characterized as complex issues and difficulties"),
            ("what [[he]] characterized", "characterized",
             "complex issues and difficulties"),
        ],
    },
    {
        "doc_id": "novyny-live_2025-11-27_putin-bishkek-statements",
        "publisher": "Novyny.LIVE",
        "publication_date": "2025-11-27",
        "title": "Peace plan and end of war: Putin made new statements",
        "author": "",
        "url": "https://news.novyny.live/en/peace-plan-and-end-of-war-putin-made-new-statements-296632.html",
        "form": "report",
        "text": (
            "The US peace plan to end the war\n\n"
            "\"Overall, we agree that this could serve as the basis for future agreements. It would be inappropriate for me to discuss any final options right now, especially since none exist yet, and some issues are fundamental. In general, we see that the American side is, in some ways, considering our position, which was discussed before Anchorage and after Alaska,\" Putin said.\n\n"
            "According to him, certain issues must be approached seriously and discussed in detail. The Russian dictator says that \"everything should be laid out in diplomatic language.\"\n\n"
            "Putin claims that Moscow will not attack Europe and is ready to formalize this.\n\n"
            "\"To us, this sounds ridiculous. We never intended to, but if they want to hear it from us — fine, we can put it in writing. No problem. It’s just that there are people there who, in my opinion, are not quite in their right mind when they publicly — or some fraudsters who want to gain something from this — tell their population and their citizens that Russia is preparing to attack Europe and that they urgently need to strengthen their defense capabilities,\" he said.\n\n"
            "In addition, the dictator stated that certain points of the peace plan regarding Ukraine \"sound ridiculous.\" He said Russia is ready to discuss European security and strategic stability with the West.\n\n"
            "Putin also announced that an American delegation will visit Moscow next week."
        ),
        "atts": [
            ("Alaska,\" [[Putin]] said", "Alaska,\" Putin [[said]]",
             "Overall, we agree that this could serve as the basis for future agreements. It would be inappropriate for me to discuss any final options right now, especially since none exist yet, and some issues are fundamental. In general, we see that the American side is, in some ways, considering our position, which was discussed before Anchorage and after Alaska,"),
            ("According to [[him]]", "[[According to]] him",
             "certain issues must be approached seriously and discussed in detail"),
            ("The Russian dictator", "dictator [[says]]",
             "says that \"[[everything should be laid out in diplomatic language.]]\""),
            ("[[Putin]] claims", "claims",
             "Moscow will not attack Europe and is ready to formalize this"),
            ("capabilities,\" [[he]] said", "capabilities,\" he [[said]]",
             "To us, this sounds ridiculous. We never intended to, but if they want to hear it from us — fine, we can put it in writing. No problem. It’s just that there are people there who, in my opinion, are not quite in their right mind when they publicly — or some fraudsters who want to gain something from this — tell their population and their citizens that Russia is preparing to attack Europe and that they urgently need to strengthen their defense capabilities,"),
            ("there are [[people]] there who", "publicly — or some fraudsters who want to gain something from this — [[tell]]",
             "Russia is preparing to attack Europe and that they urgently need to strengthen their defense capabilities"),
            ("[[the dictator]] stated", "dictator [[stated]]",
             "certain points of the peace plan regarding Ukraine \"sound ridiculous.\""),
            ("[[He]] said Russia", "He [[said]] Russia",
             "Russia is ready to discuss European security and strategic stability with the West"),
            ("[[Putin]] also announced", "announced",
             "an American delegation will visit Moscow next week"),
        ],
    },
    {
        "doc_id": "ukrinform_2025-12-11_merz-berlin-talks",
        "publisher": "Ukrinform",
        "publication_date": "2025-12-11",
        "title": "Merz not ruling out Ukraine talks in Berlin next week",
        "author": "",
        "url": "https://www.ukrinform.net/amp/rubric-polytics/4068512-merz-not-ruling-out-ukraine-talks-in-berlin-next-week.html",
        "form": "wire",
        "text": (
            "The E3 group, which includes the UK, France and Germany, has proposed that U.S. President Donald Trump coordinate proposals on achieving peace in Ukraine in the coming days, and hopes that talks could take place early next week, possibly in Berlin.\n\n"
            "German Chancellor Friedrich Merz said this at a joint briefing with NATO Secretary General Mark Rutte in Berlin on Thursday, December 11, according to an Ukrinform correspondent.\n\n"
            "Merz described the conversation he held on December 11 with U.S. President Donald Trump, French President Emmanuel Macron, and UK Prime Minister Keir Starmer as very substantive and constructive.\n\n"
            "\"We proposed to him [President Trump] that we finalize the documents together with the U.S. government over the coming weekend. There is one proposal that, at the time of our call, had not yet been transmitted to the American side. We did that yesterday afternoon. It mainly concerns the territorial concessions Ukraine may be willing to consider,\" Merz said, stressing that this is a question that must first and foremost be decided by the Ukrainian president and the Ukrainian people.\n\n"
            "According to Merz, the E3 partners explained this clearly to President Trump.\n\n"
            "\"If we move forward in this process as we envision, talks with the U.S. government will take place over the weekend, and at the beginning of next week, a meeting may be held here in Berlin. Whether the U.S. government takes part will also depend on how well we manage to jointly finalize the documents we are currently working on,\" he said.\n\n"
            "He expressed cautious confidence that this will be possible, noting that the call with Trump left the \"firm impression\" that he is ready to move forward together with the Europeans."
        ),
        "atts": [
            ("[[The E3 group]], which", "has proposed",
             "U.S. President Donald Trump coordinate proposals on achieving peace in Ukraine in the coming days"),
            ("[[The E3 group]], which", "and [[hopes]] that talks",
             "talks could take place early next week, possibly in Berlin"),
            ("German Chancellor Friedrich Merz", "Merz [[said]] this",
             "The E3 group, which includes the UK, France and Germany, has proposed that U.S. President Donald Trump coordinate proposals on achieving peace in Ukraine in the coming days, and hopes that talks could take place early next week, possibly in Berlin"),
            ("an Ukrinform correspondent", "[[according to]] an Ukrinform",
             "German Chancellor Friedrich Merz said this at a joint briefing with NATO Secretary General Mark Rutte in Berlin on Thursday, December 11"),
            ("[[Merz]] described", "described",
             "the conversation he held on December 11 with U.S. President Donald Trump, French President Emmanuel Macron, and UK Prime Minister Keir Starmer as very substantive and constructive"),
            ("consider,\" [[Merz]] said", "consider,\" Merz [[said]]",
             "We proposed to him [President Trump] that we finalize the documents together with the U.S. government over the coming weekend. There is one proposal that, at the time of our call, had not yet been transmitted to the American side. We did that yesterday afternoon. It mainly concerns the territorial concessions Ukraine may be willing to consider,"),
            ("consider,\" [[Merz]] said", "stressing",
             "this is a question that must first and foremost be decided by the Ukrainian president and the Ukrainian people"),
            ("According to [[Merz]],", "[[According to]] Merz,",
             "the E3 partners explained this clearly to President Trump"),
            ("working on,\" [[he]] said", "working on,\" he [[said]]",
             "If we move forward in this process as we envision, talks with the U.S. government will take place over the weekend, and at the beginning of next week, a meeting may be held here in Berlin. Whether the U.S. government takes part will also depend on how well we manage to jointly finalize the documents we are currently working on,"),
            ("[[He]] expressed cautious", "expressed cautious confidence",
             "this will be possible"),
            ("[[He]] expressed cautious", "noting",
             "the call with Trump left the \"firm impression\" that he is ready to move forward together with the Europeans"),
        ],
    },
    {
        "doc_id": "sputnik_2025-06-14_putin-trump-phone-call",
        "publisher": "Sputnik",
        "publication_date": "2025-06-14",
        "title": "Putin Holds Phone Conversation With Trump",
        "author": "",
        "url": "https://sputnikglobe.com/20250614/putin-holds-phone-conversation-with-trump-1122252645.html",
        "form": "bullets",
        "text": (
            "Russian President Vladimir Putin has conversed with US President Donald Trump by phone today.\n\n"
            "The conversation lasted for about an hour, Putin's aide Yuri Ushakov told journalists.\n\n"
            "\"50 minutes, to be precise,\" he clarified.\n\n"
            "Ushakov also revealed that:\n\n"
            "The conversation was useful, with the two leaders discussing the escalating situation in the Middle East.\n\n"
            "Putin informed Trump about his recent phone contacts with the president of Iran and the prime minister of Israel.\n\n"
            "Putin reminded Trump of Russia’s proposal to seek mutually acceptable agreements on the Iranian nuclear issue.\n\n"
            "Trump assessed the situation in the Middle East as highly alarming.\n\n"
            "The presidents did not rule out a return to the negotiating track on the Iranian nuclear program.\n\n"
            "Putin also informed Trump about the implementation of the Istanbul agreements reached in Turkiye on June 2\n\n"
            "Russia is ready to continue negotiations with the Ukrainian side, Putin said.\n\n"
            "Putin informed Trump that Russia is ready to resume negotiations with Ukraine, as agreed, after June 22.\n\n"
            "Putin congratulated Trump on his birthday and Flag Day, Ushakov added.\n\n"
            "During the conversation, the leaders noted the wartime brotherhood of the two countries during World War II and expressed satisfaction with their current relationship, which allows for addressing pressing issues."
        ),
        "atts": [
            ("Putin's aide Yuri Ushakov", "Ushakov [[told]] journalists",
             "The conversation lasted for about an hour"),
            ("precise,\" [[he]] clarified", "clarified",
             "50 minutes, to be precise,"),
            ("[[Ushakov]] also revealed", "revealed",
             "The conversation was useful, with the two leaders discussing the escalating situation in the Middle East"),
            ("the two leaders", "discussing",
             "discussing [[the escalating situation in the Middle East]]."),
            ("[[Ushakov]] also revealed", "revealed",
             "Putin informed Trump about his recent phone contacts with the president of Iran and the prime minister of Israel"),
            ("[[Putin]] informed Trump about his", "Putin [[informed]] Trump about his",
             "about his recent phone contacts with the president of Iran and the prime minister of Israel"),
            ("[[Ushakov]] also revealed", "revealed",
             "Putin reminded Trump of Russia’s proposal to seek mutually acceptable agreements on the Iranian nuclear issue"),
            ("[[Putin]] reminded", "reminded",
             "of Russia’s proposal to seek mutually acceptable agreements on the Iranian nuclear issue"),
            ("[[Ushakov]] also revealed", "revealed",
             "Trump assessed the situation in the Middle East as highly alarming"),
            ("[[Trump]] assessed", "assessed",
             "the situation in the Middle East as highly alarming"),
            ("[[Ushakov]] also revealed", "revealed",
             "The presidents did not rule out a return to the negotiating track on the Iranian nuclear program"),
            ("[[Ushakov]] also revealed", "revealed",
             "Putin also informed Trump about the implementation of the Istanbul agreements reached in Turkiye on June 2"),
            ("[[Putin]] also informed", "Putin also [[informed]]",
             "about the implementation of the Istanbul agreements reached in Turkiye on June 2"),
            ("[[Ushakov]] also revealed", "revealed",
             "Russia is ready to continue negotiations with the Ukrainian side, Putin said"),
            ("side, [[Putin]] said", "side, Putin [[said]]",
             "Russia is ready to continue negotiations with the Ukrainian side"),
            ("[[Ushakov]] also revealed", "revealed",
             "Putin informed Trump that Russia is ready to resume negotiations with Ukraine, as agreed, after June 22"),
            ("[[Putin]] informed Trump that", "Putin [[informed]] Trump that",
             "Russia is ready to resume negotiations with Ukraine, as agreed, after June 22"),
            ("Day, [[Ushakov]] added", "Ushakov [[added]]",
             "Putin congratulated Trump on his birthday and Flag Day"),
            ("[[Putin]] congratulated", "congratulated",
             "congratulated Trump [[on his birthday and Flag Day]], Ushakov"),
            ("[[the leaders]] noted", "leaders [[noted]]",
             "the wartime brotherhood of the two countries during World War II"),
            ("[[the leaders]] noted", "expressed satisfaction with",
             "their current relationship, which allows for addressing pressing issues"),
        ],
    },
    {
        "doc_id": "pravda-ua_2025-06-14_ushakov-putin-trump-call",
        "publisher": "Ukrainska Pravda",
        "publication_date": "2025-06-14",
        "title": "",
        "author": "",
        "url": "https://www.pravda.com.ua/eng/news/2025/06/14/7517151/",
        "form": "report",
        "text": (
            "Yuri Ushakov, foreign policy advisor to Russian leader Vladimir Putin, says Putin has held a phone call with US President Donald Trump.\n\n"
            "Source: Kremlin-aligned Russian state news agencies RIA Novosti and TASS\n\n"
            "Details: Ushakov stated that during the conversation, Putin briefed Trump on the implementation of the Istanbul agreements reached in Türkiye on 2 June.\n\n"
            "Putin said that Russia remains ready to continue negotiations with Ukraine.\n\n"
            "Quote from Ushakov: \"During the conversation, our president briefed Donald Trump on the implementation of the agreements reached at the meeting between the Russian and Ukrainian delegations in Istanbul on 2 June. Our president noted that a prisoner exchange has been underway in recent days, including seriously wounded service members and those aged between 18 and 25. Ukraine has also received two batches of bodies of fallen soldiers. The Russian side expressed its readiness to continue negotiations with the Ukrainians, as agreed, after 22 June. Donald Trump took note of this information and again emphasised his interest in the swiftest possible end to the Russo-Ukrainian conflict.\" [N.B. Ukrainska Pravda does not recognise Putin as president – ed.]\n\n"
            "Details: Ushakov said the conversation lasted 50 minutes.\n\n"
            "Trump and Putin also discussed the situation in the Middle East, which Ushakov said Trump had described as very alarming. The two leaders did not rule out a return to negotiations on Iran’s nuclear programme.\n\n"
            "Ushakov added that during the conversation, Putin and Trump noted the \"brotherhood of the two countries as allies during the Second World War and expressed satisfaction with current relations, which will enable pressing issues to be resolved\".\n\n"
            "Putin also wished Trump a happy birthday and congratulated him on Flag Day.\n\n"
            "The White House has not yet reported on the conversation."
        ),
        "atts": [
            ("Yuri Ushakov", "says",
             "Putin has held a phone call with US President Donald Trump"),
            ("Details: [[Ushakov]] stated", "stated",
             "during the conversation, Putin briefed Trump on the implementation of the Istanbul agreements reached in Türkiye on 2 June"),
            ("conversation, [[Putin]] briefed Trump", "Putin [[briefed]] Trump",
             "briefed Trump [[on the implementation of the Istanbul agreements reached in Türkiye on 2 June]]."),
            ("[[Putin]] said that Russia", "Putin [[said]] that Russia",
             "Russia remains ready to continue negotiations with Ukraine"),
            ("Quote from [[Ushakov]]:", "[[Quote from]] Ushakov:",
             "During the conversation, our president briefed Donald Trump on the implementation of the agreements reached at the meeting between the Russian and Ukrainian delegations in Istanbul on 2 June. Our president noted that a prisoner exchange has been underway in recent days, including seriously wounded service members and those aged between 18 and 25. Ukraine has also received two batches of bodies of fallen soldiers. The Russian side expressed its readiness to continue negotiations with the Ukrainians, as agreed, after 22 June. Donald Trump took note of this information and again emphasised his interest in the swiftest possible end to the Russo-Ukrainian conflict."),
            ("conversation, [[our president]] briefed", "our president [[briefed]]",
             "on the implementation of the agreements reached at the meeting between the Russian and Ukrainian delegations in Istanbul on 2 June"),
            ("Our president", "Our president [[noted]]",
             "a prisoner exchange has been underway in recent days, including seriously wounded service members and those aged between 18 and 25"),
            ("The Russian side", "expressed its readiness",
             "to continue negotiations with the Ukrainians, as agreed, after 22 June"),
            ("[[Donald Trump]] took note", "emphasised",
             "his interest in the swiftest possible end to the Russo-Ukrainian conflict"),
            ("Details: [[Ushakov]] said", "Details: Ushakov [[said]]",
             "the conversation lasted 50 minutes"),
            ("[[Trump and Putin]] also discussed", "discussed",
             "the situation in the Middle East"),
            ("which [[Ushakov]] said", "which Ushakov [[said]]",
             "Trump had described as very alarming"),
            ("said [[Trump]] had described", "had described",
             "as very alarming"),
            ("[[Ushakov]] added", "Ushakov [[added]]",
             "during the conversation, Putin and Trump noted the \"brotherhood of the two countries as allies during the Second World War and expressed satisfaction with current relations, which will enable pressing issues to be resolved\""),
            ("[[Putin]] also wished", "wished",
             "a happy birthday"),
            ("[[Putin]] also wished", "congratulated",
             "on Flag Day"),
        ],
    },
    {
        "doc_id": "newsaz_2025-11-25_lavrov-questions-plan",
        "publisher": "News.Az",
        "publication_date": "2025-11-25",
        "title": "Kremlin remains silent as Lavrov questions Trump's Ukraine peace plan",
        "author": "",
        "url": "https://news.az/news/kremlin-remains-silent-as-lavrov-questions-trump-s-ukraine-peace-plan",
        "form": "report",
        "text": (
            "U.S. and Russian representatives are holding talks in Abu Dhabi on a plan to end the war in Ukraine, according to reports from both American and Russian media. The U.S. side is represented by Army Secretary Daniel Driscoll and several diplomats. The makeup of the Russian delegation is unclear, News.Az reports citing foreign media.\n\n"
            "A senior U.S. official told CNN that Vladimir Putin approved Russia’s participation and that the dialogue is meant to lay the groundwork for “higher-level engagement in the future.”\n\n"
            "Driscoll met Russian representatives last night, with another round scheduled for today, November 25.\n\n"
            "The Financial Times reports that Driscoll is also expected to meet in Abu Dhabi with Kyrylo Budanov, head of Ukraine’s military intelligence. Meanwhile, Rustem Umerov, secretary of Ukraine’s National Security Council, said the Ukrainian and American delegations had reached “a common understanding” on key terms of a ceasefire agreement.\n\n"
            "An unnamed U.S. administration official also told CBS that Ukraine has agreed to a peace deal, with only minor details left to iron out.\n\n"
            "Kremlin spokesman Dmitry Peskov, commenting on the reports, said Moscow has “nothing to say about the course of the negotiating process on Ukraine.”\n\n"
            "Foreign Minister Sergey Lavrov laid out Russia’s position in more detail. He said Moscow had received President Donald Trump’s plan through unofficial channels “and is ready to discuss it,” while noting there are “a number of questions that require clarification.”\n\n"
            "“Moscow will continue to insist on the need to focus on eliminating the root causes of the crisis. In any case, Trump’s desire to immediately stop the bloodshed deserves every encouragement,” Komsomolskaya Pravda quoted Lavrov as saying."
        ),
        "atts": [
            ("reports from both American and Russian media", "according to",
             "U.S. and Russian representatives are holding talks in Abu Dhabi on a plan to end the war in Ukraine"),
            ("News.Az", "News.Az [[reports]]",
             "The makeup of the Russian delegation is unclear"),
            ("citing [[foreign media]].", "[[citing]] foreign media.",
             "The makeup of the Russian delegation is unclear"),
            ("A senior U.S. official", "official [[told]] CNN",
             "Vladimir Putin approved Russia’s participation and that the dialogue is meant to lay the groundwork for “higher-level engagement in the future.”"),
            ("The Financial Times", "Times [[reports]]",
             "Driscoll is also expected to meet in Abu Dhabi with Kyrylo Budanov, head of Ukraine’s military intelligence"),
            ("Rustem Umerov", "Council, [[said]]",
             "the Ukrainian and American delegations had reached “a common understanding” on key terms of a ceasefire agreement"),
            ("An unnamed U.S. administration official", "also [[told]] CBS",
             "Ukraine has agreed to a peace deal, with only minor details left to iron out"),
            ("Kremlin spokesman Dmitry Peskov", "reports, [[said]] Moscow",
             "Moscow has “nothing to say about the course of the negotiating process on Ukraine.”"),
            ("Kremlin spokesman Dmitry Peskov", "commenting on",
             "commenting on [[the reports]], said"),
            ("Foreign Minister Sergey Lavrov", "laid out",
             "Russia’s position"),
            ("[[He]] said Moscow", "He [[said]] Moscow",
             "Moscow had received President Donald Trump’s plan through unofficial channels “and is ready to discuss it,”"),
            ("[[He]] said Moscow", "noting",
             "there are “a number of questions that require clarification.”"),
            ("quoted [[Lavrov]] as saying", "as saying",
             "Moscow will continue to insist on the need to focus on eliminating the root causes of the crisis. In any case, Trump’s desire to immediately stop the bloodshed deserves every encouragement,"),
            ("Komsomolskaya Pravda", "Pravda [[quoted]]",
             ["Moscow will continue to insist on the need to focus on eliminating the root causes of the crisis. In any case, Trump’s desire to immediately stop the bloodshed deserves every encouragement,",
              "Lavrov as saying"]),
            ("In any case, [[Trump’s]] desire", "Trump’s [[desire]]",
             "to immediately stop the bloodshed"),
        ],
    },
    {
        "doc_id": "aljazeera_2025-11-25_ukraine-supports-essence",
        "publisher": "Al Jazeera",
        "publication_date": "2025-11-25",
        "title": "",
        "author": "",
        "url": "https://occasionaldigest.com/tag/russia/page/2",
        "form": "report",
        "text": (
            "The plan has since been modified, with the emerging proposal reportedly accomodating concerns of Ukraine and its European allies.\n\n"
            "Speaking at a video conference of the so-called coalition of the willing – a group of 30 countries supporting Ukraine – President Volodymyr Zelenskyy said Kyiv was ready to “move forward” with the as-yet-unpublished “framework”, though he still needed to address “sensitive points”.\n\n"
            "Earlier, a Ukrainian official had told the Reuters news agency that Kyiv supported “the framework’s essence”. Building on that sense of momentum, Andriy Yermak, Zelenskyy’s chief of staff, who led negotiations in Geneva, told US news website Axios that the security guarantees Ukraine was seeking looked “very solid”.\n\n"
            "Speaking at the White House, Trump conceded that resolving the Ukraine war was “not easy”, but added, “We’re getting close to a deal.”\n\n"
            "“I thought that would be an easier [deal], but I think we’re making progress,” he said.\n\n"
            "Taking to his Truth Social platform later on, he said that he would send envoy Steve Witkoff to meet Russian President Vladimir Putin in Moscow to iron out “a few” remaining differences over the deal.\n\n"
            "He said he hoped to meet “soon” with Putin and Zelenskyy, “but ONLY when the deal to end this War is FINAL or, in its final stages”."
        ),
        "atts": [
            (None, "reportedly",
             ["the emerging proposal", "accomodating concerns of Ukraine and its European allies"]),
            ("President Volodymyr Zelenskyy", "Zelenskyy [[said]] Kyiv",
             "Kyiv was ready to “move forward” with the as-yet-unpublished “framework”, though he still needed to address “sensitive points”"),
            ("a Ukrainian official", "had told",
             "Kyiv supported “the framework’s essence”"),
            ("Andriy Yermak", "Geneva, [[told]] US news",
             "the security guarantees Ukraine was seeking looked “very solid”"),
            ("White House, [[Trump]] conceded", "conceded",
             "resolving the Ukraine war was “not easy”"),
            ("White House, [[Trump]] conceded", "but [[added]],",
             "We’re getting close to a deal."),
            ("progress,” [[he]] said.", "progress,” he [[said]].",
             "I thought that would be an easier [deal], but I think we’re making progress,"),
            ("later on, [[he]] said", "later on, he [[said]]",
             "he would send envoy Steve Witkoff to meet Russian President Vladimir Putin in Moscow to iron out “a few” remaining differences over the deal"),
            ("[[He]] said he hoped", "He [[said]] he hoped",
             "he hoped to meet “soon” with Putin and Zelenskyy, “but ONLY when the deal to end this War is FINAL or, in its final stages”"),
        ],
    },
]
