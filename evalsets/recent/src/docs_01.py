"""Excerpts 1-9: wire copies and reports on the November 2025 US peace plan for Ukraine."""

DOCS = [
    {
        "doc_id": "tass_2025-11-25_peskov-media-mayhem",
        "publisher": "TASS",
        "publication_date": "2025-11-25",
        "title": "",
        "author": "",
        "url": "https://tass.com/politics/2048403",
        "form": "wire",
        "text": (
            "MOSCOW, November 25. /TASS/. The situation around Washington's peace plan to resolve the Ukraine crisis is nothing but press chaos, Kremlin Spokesman Dmitry Peskov told reporters.\n\n"
            "\"It’s impossible to comment on every new report in the media now. I would describe the situation as nothing short of media mayhem. Indeed, there have been a lot of conflicting reports and statements,\" Peskov noted, commenting on statements coming from Ukraine that the United States’ 28-point plan no longer existed in its initial form.\n\n"
            "According to the Russian presidential spokesman, this is precisely why Moscow avoids megaphone diplomacy, opting to wait for the US to reach out, \"preferably, in an official manner.\"\n\n"
            "US peace plan for Ukraine\n\n"
            "According to the US plan, details of which were leaked to the Western media, the United States and other countries would recognize Russia’s sovereignty over Crimea, Donbass, and other territories Ukraine would have to cede. In exchange, Kiev would be granted security guarantees from the United States and Europe. A demilitarized zone is to be created in areas from which Ukrainian troops will be withdrawn. The Axios news website reported, citing a US official, that the line of contact in the Kherson and Zaporozhye regions would be frozen, while Russia would have to relinquish some territories. The Ukrainian army would be substantially reduced and stripped of long-range weapons. The plan also provides for a ban on the deployment of foreign troops to Ukraine and recognizes Russian as an official language. According to Bloomberg, the plan also envisages the lifting of sanctions on Russia.\n\n"
            "The delegations of the United States and Ukraine reached consensus on most of the peace plan proposed by Washington at a meeting in Geneva on November 23, the RBC-Ukraine news agency reported, citing sources."
        ),
        "atts": [
            ("Kremlin Spokesman Dmitry Peskov", "[[told]] reporters.",
             "The situation around Washington's peace plan to resolve the Ukraine crisis is nothing but press chaos"),
            ("[[Peskov]] noted", "Peskov [[noted]]",
             "It’s impossible to comment on every new report in the media now. I would describe the situation as nothing short of media mayhem. Indeed, there have been a lot of conflicting reports and statements,"),
            ("[[Peskov]] noted", "commenting on",
             "statements coming from Ukraine that the United States’ 28-point plan no longer existed in its initial form"),
            ("coming from [[Ukraine]] that", "commenting on [[statements]]",
             "the United States’ 28-point plan no longer existed in its initial form"),
            ("the Russian presidential spokesman", "[[According to]] the Russian",
             "this is precisely why Moscow avoids megaphone diplomacy, opting to wait for the US to reach out, \"preferably, in an official manner.\""),
            ("[[the US plan]], details", "[[According to]] the US plan",
             "the United States and other countries would recognize Russia’s sovereignty over Crimea, Donbass, and other territories Ukraine would have to cede"),
            ("The Axios news website", "website [[reported]], citing",
             "the line of contact in the Kherson and Zaporozhye regions would be frozen, while Russia would have to relinquish some territories"),
            ("citing [[a US official]], that", "[[citing]] a US official",
             "the line of contact in the Kherson and Zaporozhye regions would be frozen, while Russia would have to relinquish some territories"),
            ("Bloomberg", "[[According to]] Bloomberg",
             "the plan also envisages the lifting of sanctions on Russia"),
            ("the RBC-Ukraine news agency", "news agency [[reported]]",
             "The delegations of the United States and Ukraine reached consensus on most of the peace plan proposed by Washington at a meeting in Geneva on November 23"),
            ("citing [[sources]].", "[[citing]] sources.",
             "The delegations of the United States and Ukraine reached consensus on most of the peace plan proposed by Washington at a meeting in Geneva on November 23"),
        ],
    },
    {
        "doc_id": "moscowtimes_2025-11-21_putin-us-plan-foundation",
        "publisher": "The Moscow Times",
        "publication_date": "2025-11-21",
        "title": "Putin Says U.S. Plan Could Lay Foundation for Ukraine Peace Deal",
        "author": "",
        "url": "https://www.themoscowtimes.com/2025/11/21/putin-says-us-plan-could-lay-foundation-for-ukraine-peace-deal-a91204",
        "form": "report",
        "text": (
            "President Vladimir Putin said Friday a U.S. plan could \"lay the foundation\" for a Ukraine peace deal, confirming for the first time that Moscow had received a copy from the United States.\n\n"
            "\"I believe that it could lay the foundation for a final peace settlement,\" he said, referring to Washington's 28-point plan, which enshrines many of Moscow's key demands and has raised concerns in Kyiv and Europe.\n\n"
            "Putin threatened to seize more territory if Kyiv rejects the proposal, saying that the claimed recent capture of Ukrainian city Kupiansk \"will inevitably be repeated in other key areas of the front line.\"\n\n"
            "The draft peace plan obtained by Western media outlets would require Ukraine to cede territory it currently controls in the Donbas region, drastically reduce the size of its armed forces and declare neutrality by pledging never to join NATO, among other provisions.\n\n"
            "Earlier Friday, the Kremlin said it had received no official peace proposal from Washington, despite reports that Russian and U.S. officials had quietly drafted the plan, and reiterated that it remained committed to the principles agreed at the U.S.-Russia summit in Alaska in August.\n\n"
            "Ukrainian President Volodymyr Zelensky said Thursday that he was prepared for “honest” discussions with the U.S. and Europe about the plan, which sources say Trump endorsed earlier this week.\n\n"
            "Trump indicated Friday that he had set a deadline of Nov. 27 for Ukraine to accept his administration's plan.\n\n"
            "\"I've had a lot of deadlines, but if things are working well, you tend to extend the deadlines. But Thursday is, we think, an appropriate time,\" Trump said in an interview with Fox Radio.\n\n"
            "The reported terms are likely to face resistance in Ukraine. It also remains unclear whether Putin would accept elements that appear to require concessions from Russia, including the transfer of $100 billion in frozen Russian assets to help rebuild and invest in Ukraine."
        ),
        "atts": [
            ("President Vladimir Putin", "Putin [[said]] Friday",
             "a U.S. plan could \"lay the foundation\" for a Ukraine peace deal"),
            ("President Vladimir Putin", "confirming",
             "Moscow had received a copy from the United States"),
            ("[[he]] said, referring", "he [[said]], referring",
             "I believe that it could lay the foundation for a final peace settlement,"),
            ("[[he]] said, referring", "referring to",
             "Washington's 28-point plan"),
            ("[[Putin]] threatened", "threatened",
             "to seize more territory if Kyiv rejects the proposal"),
            ("[[Putin]] threatened", "proposal, [[saying]]",
             "the claimed recent capture of Ukrainian city Kupiansk \"will inevitably be repeated in other key areas of the front line.\""),
            ("Earlier Friday, [[the Kremlin]] said", "the Kremlin [[said]] it",
             "it had received no official peace proposal from Washington"),
            (None, "despite [[reports]] that",
             "Russian and U.S. officials had quietly drafted the plan"),
            ("Earlier Friday, [[the Kremlin]] said", "reiterated",
             "it remained committed to the principles agreed at the U.S.-Russia summit in Alaska in August"),
            ("Ukrainian President Volodymyr Zelensky", "Zelensky [[said]] Thursday",
             "he was prepared for “honest” discussions with the U.S. and Europe about the plan"),
            ("which [[sources]] say", "sources [[say]]",
             "Trump endorsed earlier this week"),
            ("[[Trump]] indicated", "indicated",
             "he had set a deadline of Nov. 27 for Ukraine to accept his administration's plan"),
            ("[[Trump]] said in an interview", "Trump [[said]] in an interview",
             "I've had a lot of deadlines, but if things are working well, you tend to extend the deadlines. But Thursday is, we think, an appropriate time,"),
        ],
    },
    {
        "doc_id": "interfax-ukraine_2025-11-21_putin-plan-basis",
        "publisher": "Interfax-Ukraine",
        "publication_date": "2025-11-21",
        "title": "Putin considers it possible to take Trump's plan as basis for peaceful settlement",
        "author": "",
        "url": "https://en.interfax.com.ua/news/general/1122559.html",
        "form": "wire",
        "text": (
            "Russian President Vladimir Putin stated that Moscow received from Washington the text of Trump's \"28-point plan\" on the war in Ukraine, Russian media reported.\n\n"
            "\"I believe it could form the basis of a final peace settlement. But this text has not been discussed with us in detail,\" Putin said at a meeting with permanent members of the Russian Security Council on Friday.\n\n"
            "He also claims that US President Donald Trump's peace plan \"was discussed before the Alaska meeting,\" and the main goal of the Anchorage meeting \"was for Russia to confirm its willingness to show flexibility.\"\n\n"
            "Putin also stated that \"the U.S. administration has still not managed to secure the consent of the Ukrainian side,\" because \"Ukraine is against it,\" and both it and its European allies \"are still under illusions and dream of inflicting a strategic defeat on Russia on the battlefield.\""
        ),
        "atts": [
            ("Russian President Vladimir Putin", "Putin [[stated]] that Moscow",
             "Moscow received from Washington the text of Trump's \"28-point plan\" on the war in Ukraine"),
            ("Russian media", "media [[reported]]",
             "Russian President Vladimir Putin stated that Moscow received from Washington the text of Trump's \"28-point plan\" on the war in Ukraine"),
            ("[[Putin]] said at a meeting", "Putin [[said]] at a meeting",
             "I believe it could form the basis of a final peace settlement. But this text has not been discussed with us in detail,"),
            ("[[He]] also claims", "claims",
             "US President Donald Trump's peace plan \"was discussed before the Alaska meeting,\" and the main goal of the Anchorage meeting \"was for Russia to confirm its willingness to show flexibility.\""),
            ("[[Putin]] also stated", "Putin also [[stated]]",
             "\"the U.S. administration has still not managed to secure the consent of the Ukrainian side,\" because \"Ukraine is against it,\" and both it and its European allies \"are still under illusions and dream of inflicting a strategic defeat on Russia on the battlefield.\""),
        ],
    },
    {
        "doc_id": "indiatoday_2025-11-22_putin-plan-final-settlement",
        "publisher": "India Today",
        "publication_date": "2025-11-22",
        "title": "Putin says Trump's Ukraine peace plan could be basis for final settlement",
        "author": "",
        "url": "https://www.indiatoday.in/world/story/vladimir-putin-says-trumps-ukraine-peace-plan-could-be-basis-for-final-settlement-glbs-2824139-2025-11-22",
        "form": "report",
        "text": (
            "He added that the proposal had not been negotiated in any substantive way with the Kremlin. “I can guess why,” he said. “The US administration has so far been unable to secure the consent of the Ukrainian side. Ukraine is against it. Apparently, Ukraine and its European allies are still under illusions and the dream of inflicting a strategic defeat on Russia on the battlefield.”\n\n"
            "The plan, unveiled by US President Donald Trump, gives Ukraine until Thursday to accept terms that endorse several Russian demands on NATO, territory and recognition of Russian-controlled regions, according to The Associated Press.\n\n"
            "Putin said Moscow had discussed parts of the plan with Washington before his August summit with Trump in Alaska and had agreed to compromises. But he insisted Kyiv was refusing to face the battlefield realities. “Neither Kyiv nor European powers understand that Russian forces are advancing and will continue to advance unless there is peace,” he said."
        ),
        "atts": [
            ("[[He]] added", "[[added]] that the proposal",
             "the proposal had not been negotiated in any substantive way with the Kremlin"),
            ("why,” [[he]] said.", "why,” he [[said]].",
             ["I can guess why,",
              "The US administration has so far been unable to secure the consent of the Ukrainian side. Ukraine is against it. Apparently, Ukraine and its European allies are still under illusions and the dream of inflicting a strategic defeat on Russia on the battlefield."]),
            ("The Associated Press", "according to",
             "The plan, unveiled by US President Donald Trump, gives Ukraine until Thursday to accept terms that endorse several Russian demands on NATO, territory and recognition of Russian-controlled regions"),
            ("[[Putin]] said Moscow", "Putin [[said]] Moscow",
             "Moscow had discussed parts of the plan with Washington before his August summit with Trump in Alaska and had agreed to compromises"),
            ("But [[he]] insisted", "insisted",
             "Kyiv was refusing to face the battlefield realities"),
            ("peace,” [[he]] said.", "peace,” he [[said]].",
             "Neither Kyiv nor European powers understand that Russian forces are advancing and will continue to advance unless there is peace,"),
        ],
    },
    {
        "doc_id": "ap_2025-04-09_tariffs-mixed-messages",
        "publisher": "Associated Press",
        "publication_date": "2025-04-09",
        "title": "White House keeps world guessing as clock ticks down to Trump's new tariffs",
        "author": "",
        "url": "https://www.nbcmiami.com/news/national-international/white-house-keeps-world-guessing-as-clock-ticks-down-to-trumps-new-tariffs/3586827/",
        "form": "wire",
        "text": (
            "Less than one hour before the stock market closed on Monday, journalists gathered in the Oval Office for their only chance of the day to ask President Donald Trump about the turmoil caused by his tariff plans.\n\n"
            "Are the new tariffs, scheduled to take effect on Wednesday, a bargaining chip to reach better trade deals? Or are they etched in stone in a mission to revamp the global economy?\n\n"
            "Investors around the world were hanging on Trump’s every word, but he did little to clear up the situation.\n\n"
            "“It can both be true,” he said. “There can be permanent tariffs, and there can also be negotiations.”\n\n"
            "The markets skidded to a close. At a time when foreign leaders and business executives are desperate for clarity, the White House is sending mixed messages as it pursues conflicting goals.\n\n"
            "Advisers have tried with some success to tamp down a days-long stock selloff by talking up tariffs as a starting point for negotiations, which could mollify Wall Street and jittery Republicans in Congress. But the president continues to insist that he can raise hundreds of billions of dollars in revenue with his new taxes on foreign imports, and he’s shown no willingness to back down from an agenda that he's advocated for decades, even before entering politics.\n\n"
            "Minority Leader Chuck Schumer, D-NY, spoke from the Senate to blast the White House’s far-reaching tariffs, imposed against nearly every country and territory in the world. “Donald Trump is using tariffs in the dumbest way possible,” Schumer said Friday. “In fact, Trump slapped tariffs on penguins but not on Putin.”"
        ),
        "atts": [
            ("true,” [[he]] said.", "true,” he [[said]].",
             ["It can both be true,",
              "There can be permanent tariffs, and there can also be negotiations."]),
            ("Advisers", "talking up",
             "tariffs as a starting point for negotiations"),
            ("But [[the president]] continues", "continues to insist",
             "he can raise hundreds of billions of dollars in revenue with his new taxes on foreign imports"),
            ("Minority Leader Chuck Schumer", "blast",
             "the White House’s far-reaching tariffs, imposed against nearly every country and territory in the world"),
            ("[[Schumer]] said Friday", "Schumer [[said]] Friday",
             ["Donald Trump is using tariffs in the dumbest way possible,",
              "In fact, Trump slapped tariffs on penguins but not on Putin."]),
        ],
    },
    {
        "doc_id": "ap_2025-11-25_trump-envoys-putin-ukrainians",
        "publisher": "Associated Press",
        "publication_date": "2025-11-25",
        "title": "Trump says he's sending his envoys to see Putin and Ukrainians after fine-tuning plan to end war",
        "author": "",
        "url": "https://www.journal-news.com/news/nation-world/trump-says-hes-sending-his-envoys-to-see-putin-and-ukrainians-after-fine-tuning-plan-to-end-war/WLI32SNF6RJFNPZGBGMNUGB6GY/",
        "form": "wire",
        "text": (
            "“I will be briefed on all progress made, along with Vice President JD Vance, Secretary of State Marco Rubio, Secretary of War Pete Hegseth, and White House Chief of Staff Susie Wiles,” Trump added in the social media posting. “I look forward to hopefully meeting with President Zelenskyy and President Putin soon, but ONLY when the deal to end this War is FINAL or, in its final stages.”\n\n"
            "Trump spoke after Driscoll held talks late Monday and throughout Tuesday with Russian officials in Abu Dhabi, United Arab Emirates, to discuss the emerging proposal.\n\n"
            "“The talks are going well and we remain optimistic,” Lt. Col. Jeff Tolbert, spokesman for the Army secretary, said in a statement.\n\n"
            "As the talks were taking place, Russia launched a wave of overnight attacks on Ukraine’s capital, Kyiv, with at least seven people killed in strikes that hit city buildings and energy infrastructure. A Ukrainian attack on southern Russia killed three people and damaged homes, authorities said.\n\n"
            "Still, Trump expressed a measure of optimism that his administration's diplomatic efforts could soon lead to a breakthrough. Witkoff, a real estate developer turned diplomat, has been Trump's chief interlocutor with Putin, while Driscoll, who is close to Vance, has stepped up his involvement in the administration's peace push in recent days.\n\n"
            "Trump's plan for ending the nearly four-year war emerged last week. It heavily favored Russia, prompting Zelenskyy to quickly engage with American negotiators. European leaders, fearing for their own future facing Russian aggression but apparently sidelined by Trump in drawing up the proposal, scrambled to steer the negotiations toward accommodating their concerns."
        ),
        "atts": [
            ("Wiles,” [[Trump]] added", "Trump [[added]] in the social",
             ["I will be briefed on all progress made, along with Vice President JD Vance, Secretary of State Marco Rubio, Secretary of War Pete Hegseth, and White House Chief of Staff Susie Wiles,",
              "I look forward to hopefully meeting with President Zelenskyy and President Putin soon, but ONLY when the deal to end this War is FINAL or, in its final stages."]),
            ("after [[Driscoll]] held talks", "to discuss",
             "the emerging proposal"),
            ("Lt. Col. Jeff Tolbert", "Army secretary, [[said]]",
             "The talks are going well and we remain optimistic,"),
            ("authorities", "authorities [[said]].",
             "A Ukrainian attack on southern Russia killed three people and damaged homes"),
            ("Still, [[Trump]] expressed", "expressed a measure of optimism",
             "his administration's diplomatic efforts could soon lead to a breakthrough"),
        ],
    },
    {
        "doc_id": "reuters_2025-11-25_driscoll-abu-dhabi",
        "publisher": "Reuters",
        "publication_date": "2025-11-25",
        "title": "US and Russia hold peace talks in Abu Dhabi as missiles pound Kyiv",
        "author": "",
        "url": "https://www.lbcgroup.tv/news/world-news/891903/us-and-russia-hold-peace-talks-in-abu-dhabi-as-missiles-pound-kyiv/en",
        "form": "wire",
        "text": (
            "U.S. Army Secretary Dan Driscoll held talks on late on Monday and Tuesday with Russian officials in Abu Dhabi as part of an intense new push by President Donald Trump's administration to end the war in Ukraine, Driscoll's spokesperson said.\n\n"
            "U.S. and Ukrainian officials are trying to narrow the gaps between them over a peace plan, with core issues still unresolved and Ukraine wary of being strong-armed into accepting a deal largely on the Kremlin's terms.\n\n"
            "\"Late Monday and throughout Tuesday, Secretary Driscoll and team have been in discussions with the Russian delegation to achieve a lasting peace in Ukraine. The talks are going well and we remain optimistic. Secretary Driscoll is closely synchronized with the White House...as these talks progress,\" said U.S. Army Lieutenant Colonel Jeff Tolbert, a spokesperson for Driscoll.\n\n"
            "The exact nature of the discussions was not immediately clear, and it was not known who was in the Russian delegation. A U.S. official said that Driscoll, who has emerged as a point man for U.S. diplomatic efforts on Ukraine, was also expected to meet Ukrainian officials while in Abu Dhabi."
        ),
        "atts": [
            ("Driscoll's spokesperson", "spokesperson [[said]].",
             "U.S. Army Secretary Dan Driscoll held talks on late on Monday and Tuesday with Russian officials in Abu Dhabi as part of an intense new push by President Donald Trump's administration to end the war in Ukraine"),
            ("U.S. Army Lieutenant Colonel Jeff Tolbert", "progress,\" [[said]] U.S. Army",
             "Late Monday and throughout Tuesday, Secretary Driscoll and team have been in discussions with the Russian delegation to achieve a lasting peace in Ukraine. The talks are going well and we remain optimistic. Secretary Driscoll is closely synchronized with the White House...as these talks progress,"),
            ("A U.S. official", "official [[said]] that",
             "Driscoll, who has emerged as a point man for U.S. diplomatic efforts on Ukraine, was also expected to meet Ukrainian officials while in Abu Dhabi"),
        ],
    },
    {
        "doc_id": "abcnews-au_2025-11-22_zelenskyy-dignity-or-partner",
        "publisher": "ABC News (Australia)",
        "publication_date": "2025-11-22",
        "title": "Volodymyr Zelenskyy says Ukraine faces choice of losing dignity or US backing",
        "author": "",
        "url": "https://newsapp.abc.net.au/news/2025-11-22/volodymyr-zelesnkyy-says-us-peace-plan-difficult-choice-ukraine/106039966",
        "form": "bullets",
        "text": (
            "In short:\n\n"
            "Ukrainian President Volodymyr Zelenskyy vowed he would not betray his country's national interest, as he addressed news of a US-led peace plan to end Russia's war.\n\n"
            "The 28-point plan that America has presented to Ukraine endorses some of Moscow's demands and leaves security guarantees for Kyiv vague.\n\n"
            "Mr Zelenskyy has said Ukraine now faces the difficult choice to either \"losing dignity or risk losing a major partner\".\n\n"
            "Volodymyr Zelenskyy has appealed to Ukrainians for unity and vowed he would never betray Ukraine, in a solemn address to the nation after the US presented Kyiv with a peace plan that endorses key Russian demands.\n\n"
            "Speaking in the street outside his office, a location he uses only rarely for major addresses, the Ukrainian president said his country was trying to preserve its freedom while retaining the support of its most important ally.\n\n"
            "\"Now is one of the most difficult moments of our history. Now, the pressure on Ukraine is one of the heaviest. Now, Ukraine can face a very difficult choice — either losing dignity or risk losing a major partner,\" he said.\n\n"
            "\"I will fight 24/7 to ensure that at least two points in the plan are not overlooked — the dignity and freedom of Ukrainians.\"\n\n"
            "Washington has presented Kyiv with a 28-point plan, which calls for Ukraine to cede territory, accept limits to its military and renounce ambitions to join NATO.\n\n"
            "Two sources familiar with the matter told Reuters that Washington has given Ukraine a week to accept the framework."
        ),
        "atts": [
            ("Ukrainian President Volodymyr Zelenskyy", "Zelenskyy [[vowed]] he would not",
             "he would not betray his country's national interest"),
            ("as [[he]] addressed", "addressed",
             "news of a US-led peace plan to end Russia's war"),
            ("Mr Zelenskyy", "has said",
             "Ukraine now faces the difficult choice to either \"losing dignity or risk losing a major partner\""),
            ("[[Volodymyr Zelenskyy]] has appealed", "has appealed",
             "appealed to Ukrainians [[for unity]] and"),
            ("[[Volodymyr Zelenskyy]] has appealed", "unity and [[vowed]]",
             "he would never betray Ukraine"),
            ("the Ukrainian president", "president [[said]] his country",
             "his country was trying to preserve its freedom while retaining the support of its most important ally"),
            ("partner,\" [[he]] said.", "partner,\" he [[said]].",
             ["Now is one of the most difficult moments of our history. Now, the pressure on Ukraine is one of the heaviest. Now, Ukraine can face a very difficult choice — either losing dignity or risk losing a major partner,",
              "I will fight 24/7 to ensure that at least two points in the plan are not overlooked — the dignity and freedom of Ukrainians."]),
            ("Two sources familiar with the matter", "matter [[told]] Reuters",
             "Washington has given Ukraine a week to accept the framework"),
        ],
    },
    {
        "doc_id": "liga_2025-11-25_witkoff-putin-driscoll",
        "publisher": "LIGA.net",
        "publication_date": "2025-11-25",
        "title": "Trump sends Witkoff to talk to Putin about peace plan, Driscoll to Ukraine",
        "author": "",
        "url": "https://news.liga.net/en/politics/news/trump-sends-wickoff-to-talk-to-putin-about-peace-plan-driscoll-to-ukraine",
        "form": "bullets",
        "text": (
            "President of the United States Donald Trump instructed the U.S. Special Representative Steve Witkoff to meet with the dictator of Russia Vladimir Putin, and Secretary of the Army Dan Driscoll – with the Ukrainian side. He said this reported on social media.\n\n"
            "According to Trump, the original 28-point peace plan was finalized with additional proposals from both sides. However, there are still several points of disagreement. It was with the aim of reconciling them that he sent his representatives to Kyiv and Moscow.\n\n"
            "\"I hope to meet with the President Zelensky and President Putin in the near future, but only when the agreement to end this war is final or in its final stages,\" Trump emphasized.\n\n"
            "Before that, Zelensky said that ready for a meeting with Trump and discuss the \"sensitive points\" of the peace agreement. The meeting is likely to take place on November 27, Thanksgiving Day.\n\n"
            "- on November 24, the FT reported that the talks in Geneva the \"peace plan\" was shortened from 28 to 19 points. And the Ukrainian Foreign Ministry said that the most sensitive points of the peace plan will be agreed upon personally by Zelensky and Trump.\n\n"
            "- According to Axios, on November 25, a Ukrainian delegation led by Budanov negotiated in Abu Dhabi with Russia and the United States, although only the heads of military intelligence from Kyiv and Moscow were supposed to meet.\n\n"
            "- Trump expressed hope that Ukraine and Russia are very close to concluding a deal."
        ),
        "atts": [
            ("President of the United States Donald Trump", "instructed",
             "the U.S. Special Representative Steve Witkoff to meet with the dictator of Russia Vladimir Putin, and Secretary of the Army Dan Driscoll – with the Ukrainian side"),
            ("[[He]] said this reported", "He [[said]] this",
             "President of the United States Donald Trump instructed the U.S. Special Representative Steve Witkoff to meet with the dictator of Russia Vladimir Putin, and Secretary of the Army Dan Driscoll – with the Ukrainian side"),
            ("According to [[Trump]],", "[[According to]] Trump,",
             "the original 28-point peace plan was finalized with additional proposals from both sides"),
            ("stages,\" [[Trump]] emphasized", "emphasized",
             "I hope to meet with the President Zelensky and President Putin in the near future, but only when the agreement to end this war is final or in its final stages,"),
            ("Before that, [[Zelensky]] said", "Zelensky [[said]] that ready",
             "ready for a meeting with Trump and discuss the \"sensitive points\" of the peace agreement"),
            ("the FT", "FT [[reported]]",
             "the talks in Geneva the \"peace plan\" was shortened from 28 to 19 points"),
            ("the Ukrainian Foreign Ministry", "Ministry [[said]]",
             "the most sensitive points of the peace plan will be agreed upon personally by Zelensky and Trump"),
            ("Axios", "[[According to]] Axios",
             "on November 25, a Ukrainian delegation led by Budanov negotiated in Abu Dhabi with Russia and the United States, although only the heads of military intelligence from Kyiv and Moscow were supposed to meet"),
            ("- [[Trump]] expressed hope", "expressed hope",
             "Ukraine and Russia are very close to concluding a deal"),
        ],
    },
]
