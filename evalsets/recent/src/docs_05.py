"""Excerpts: reports from Indian, European and Ukrainian outlets (2025)."""

DOCS = [
    {
        "doc_id": "theindianeye_2025-05-16_jaishankar-trade-deal",
        "publisher": "The Indian Eye",
        "publication_date": "2025-05-16",
        "title": "Jaishankar conveys India-US trade deal must be mutually beneficial",
        "author": "Our Bureau",
        "url": "https://theindianeye.com/2025/05/16/jaishankar-conveys-india-us-trade-deal-must-be-mutually-beneficial/",
        "form": "report",
        "text": (
            "External Affairs Minister S Jaishankar on Thursday confirmed that trade negotiations between India and the United States are actively underway, but noted that the process remains intricate and far from final.\n\n"
            "Emphasising the importance of mutual benefit, he cautioned against premature conclusions.\n\n"
            "“Between India and the US, trade talks have been going on, negotiations have been going on. The team is just going at it at this point… These are very complicated negotiations; they are very intricate. Nothing is decided till everything is. Any trade deal has to be mutually beneficial; any trade deal has to work for both the countries. That would be our expectation from the trade deal. Until that is done, any judgment on it would be premature,” Jaishankar said.\n\n"
            "His comments come on the same day as US President Donald Trump linked the recent India-Pakistan ceasefire to a shift in focus from conflict to commerce. Addressing American troops at a base in Doha during a Gulf tour, Trump said both New Delhi and Islamabad responded positively to his suggestion to pursue trade instead of hostility.\n\n"
            "“I don’t want to say I did, but I sure as hell helped settle the problem between Pakistan and India last week, which was getting more and more hostile, and all of a sudden, you’ll start seeing missiles of a different type, and we got it settled,” Trump said.\n\n"
            "“I hope I don’t walk out of here and two days later find out that it’s not settled, but I think it is settled, and we talked to them about trade. Let’s do trade instead of, and Pakistan was very happy with that, and India was very happy with that, and I think they’re on the way…”"
        ),
        "atts": [
            ("External Affairs Minister S Jaishankar", "confirmed",
             "trade negotiations between India and the United States are actively underway"),
            ("External Affairs Minister S Jaishankar", "but [[noted]] that",
             "the process remains intricate and far from final"),
            ("benefit, [[he]] cautioned", "Emphasising",
             "the importance of mutual benefit"),
            ("benefit, [[he]] cautioned", "cautioned against",
             "premature conclusions"),
            ("premature,” [[Jaishankar]] said.", "premature,” Jaishankar [[said]].",
             "Between India and the US, trade talks have been going on, negotiations have been going on. The team is just going at it at this point… These are very complicated negotiations; they are very intricate. Nothing is decided till everything is. Any trade deal has to be mutually beneficial; any trade deal has to work for both the countries. That would be our expectation from the trade deal. Until that is done, any judgment on it would be premature,"),
            ("US President Donald Trump", "linked",
             "the recent India-Pakistan ceasefire to a shift in focus from conflict to commerce"),
            ("Gulf tour, [[Trump]] said", "Gulf tour, Trump [[said]]",
             "both New Delhi and Islamabad responded positively to his suggestion to pursue trade instead of hostility"),
            ("to [[his]] suggestion", "suggestion",
             "to pursue trade instead of hostility"),
            ("settled,” [[Trump]] said.", "settled,” Trump [[said]].",
             ["I don’t want to say I did, but I sure as hell helped settle the problem between Pakistan and India last week, which was getting more and more hostile, and all of a sudden, you’ll start seeing missiles of a different type, and we got it settled,",
              "I hope I don’t walk out of here and two days later find out that it’s not settled, but I think it is settled, and we talked to them about trade. Let’s do trade instead of, and Pakistan was very happy with that, and India was very happy with that, and I think they’re on the way…"]),
        ],
    },
    {
        "doc_id": "online-ua_2025-02-19_macron-lasting-peace",
        "publisher": "Online.ua",
        "publication_date": "2025-02-19",
        "title": "France seeks lasting and lasting peace in Ukraine — Macron",
        "author": "",
        "url": "https://news.online.ua/en/france-seeks-lasting-and-lasting-peace-in-ukraine-macron-890978/",
        "form": "bullets",
        "text": (
            "French President Emmanuel Macron said he had a conversation with his colleagues from the EU, as well as Canada, Iceland, and Norway, regarding Ukraine and security in Europe.\n\n"
            "Points of attention\n\n"
            "• France, under the leadership of President Macron, is dedicated to securing lasting peace in Ukraine and supporting European security.\n\n"
            "• Macron stresses the need to respect Ukraine's rights and provide reliable guarantees for lasting peace.\n\n"
            "• Efforts towards peace include engaging Ukraine, addressing European security interests, and increasing defense spending.\n\n"
            "Macron declared unconditional support for Ukraine\n\n"
            "The French president wrote about this on the social network X.\n\n"
            "I have just had another long conversation with several colleagues from the European Union, as well as Canada, Iceland and Norway. The position of France and its partners is clear and united. We want a lasting and lasting peace in Ukraine. We stand by Ukraine and will fulfill all our responsibilities to ensure peace and security in Europe. This is a fundamental interest of France, and I am its guarantor.\n\n"
            "Emmanuel Macron\n\n"
            "Emmanuel Macron\n\n"
            "President of France\n\n"
            "The French leader also announced that efforts to achieve peace will continue in accordance with the following principles:\n\n"
            "• Ukraine must always be involved, and its rights will be respected.\n\n"
            "• Peace must be lasting and accompanied by reliable and verifiable guarantees.\n\n"
            "• It is necessary to take into account the security interests of Europeans.\n\n"
            "\"We are convinced of the need to increase our defense and security spending and to strengthen the capabilities of Europe and each of our countries. Decisions will be taken in the coming days and weeks,\" Macron concluded."
        ),
        "atts": [
            ("French President Emmanuel Macron", "Macron [[said]] he had",
             "he had a conversation with his colleagues from the EU, as well as Canada, Iceland, and Norway, regarding Ukraine and security in Europe"),
            ("• [[Macron]] stresses", "stresses",
             "the need to respect Ukraine's rights and provide reliable guarantees for lasting peace"),
            ("[[Macron]] declared", "declared",
             "unconditional support for Ukraine"),
            ("The French president", "president [[wrote]] about",
             "I have just had another long conversation with several colleagues from the European Union, as well as Canada, Iceland and Norway. The position of France and its partners is clear and united. We want a lasting and lasting peace in Ukraine. We stand by Ukraine and will fulfill all our responsibilities to ensure peace and security in Europe. This is a fundamental interest of France, and I am its guarantor."),
            ("The French leader", "announced",
             "efforts to achieve peace will continue in accordance with the following principles"),
            ("The French leader", "announced",
             "Ukraine must always be involved, and its rights will be respected"),
            ("The French leader", "announced",
             "Peace must be lasting and accompanied by reliable and verifiable guarantees"),
            ("The French leader", "announced",
             "It is necessary to take into account the security interests of Europeans"),
            ("weeks,\" [[Macron]] concluded", "concluded",
             "We are convinced of the need to increase our defense and security spending and to strengthen the capabilities of Europe and each of our countries. Decisions will be taken in the coming days and weeks,"),
        ],
    },
    {
        "doc_id": "brusselstimes_2025-10-20_kallas-ukrainians-cannot-surrender",
        "publisher": "The Brussels Times",
        "publication_date": "2025-10-20",
        "title": "Ukrainians cannot simply surrender, Kaja Kallas tells EU Foreign Ministers",
        "author": "",
        "url": "https://www.brusselstimes.com/1805099/ukrainians-cannot-simply-surrender-kaja-kallas-tells-eu-foreign-ministers",
        "form": "report",
        "text": (
            "Ukraine and sanctions against Russia dominated Monday’s meeting of European Union Foreign Ministers in Luxembourg.\n\n"
            "EU Foreign Policy Chief Kaja Kallas underlined Ukraine’s resilience, stressing that Ukrainians are fighting for their freedom, independence, and nation, and cannot simply surrender.\n\n"
            "She expressed concern over a reported suggestion by US President Donald Trump that Ukrainian President Volodymyr Zelenskyy should cede the Donbas region to Russia, warning this could lead to Ukraine’s destruction by Russian forces.\n\n"
            "Kallas highlighted the broader implications for the international order: if aggressors achieve their goals, that sends a dangerous message globally that any country can invade and take what it wants.\n\n"
            "She also commented on reports of a possible meeting between Trump and Putin in Budapest, calling it troubling due to Putin’s international arrest warrant. She questioned whether anything productive could emerge, while noting that Russia only negotiates under pressure.\n\n"
            "Kallas added that US influence could play a positive role if it pushes Russia toward negotiations and a cessation of the war.\n\n"
            "Meanwhile, EU officials are finalising a 19th package of sanctions against Moscow, aimed primarily at targeting Russian oil and gas. Kallas expressed the hope that it would be approved soon, as European leaders meet Thursday in Brussels."
        ),
        "atts": [
            ("EU Foreign Policy Chief Kaja Kallas", "underlined",
             "Ukraine’s resilience"),
            ("EU Foreign Policy Chief Kaja Kallas", "stressing",
             "Ukrainians are fighting for their freedom, independence, and nation, and cannot simply surrender"),
            ("[[She]] expressed concern", "expressed concern over",
             "a reported suggestion by US President Donald Trump that Ukrainian President Volodymyr Zelenskyy should cede the Donbas region to Russia"),
            ("US President Donald Trump", "reported [[suggestion]]",
             "Ukrainian President Volodymyr Zelenskyy should cede the Donbas region to Russia"),
            ("[[She]] expressed concern", "warning",
             "this could lead to Ukraine’s destruction by Russian forces"),
            ("[[Kallas]] highlighted", "highlighted",
             "the broader implications for the international order: if aggressors achieve their goals, that sends a dangerous message globally that any country can invade and take what it wants"),
            ("[[She]] also commented", "commented on",
             "reports of a possible meeting between Trump and Putin in Budapest"),
            (None, "on [[reports]] of",
             "a possible meeting between Trump and Putin in Budapest"),
            ("[[She]] also commented", "calling",
             "it troubling due to Putin’s international arrest warrant"),
            ("[[She]] questioned", "questioned",
             "whether anything productive could emerge"),
            ("[[She]] questioned", "noting",
             "Russia only negotiates under pressure"),
            ("[[Kallas]] added", "Kallas [[added]]",
             "US influence could play a positive role if it pushes Russia toward negotiations and a cessation of the war"),
            ("[[Kallas]] expressed the hope", "expressed the hope",
             "it would be approved soon"),
        ],
    },
    {
        "doc_id": "wion_2025-12-18_frozen-assets-money-or-blood",
        "publisher": "WION",
        "publication_date": "2025-12-18",
        "title": "",
        "author": "",
        "url": "https://www.wionews.com/world/eu-ukraine-funding-frozen-russian-assets-divisions-1766061225198",
        "form": "report",
        "text": (
            "European Union President Ursula von der Leyen said EU leaders will leave the summit without a financial solution for Ukraine. European Union leaders are planning to use Russian frozen assets to keep the Ukrainian war effort afloat, but there is a lack of consensus among the European leaders. As the Russian invasion of Ukraine has progressed, Europe has started to perceive Russia as a threat to its own security and wants no stone unturned keep it financed and fighting until it finds the upper hand in the peace negotiations.\n\n"
            "“Now we have a simple choice — either money today or blood tomorrow. And I am not talking about Ukraine only, I am talking about Europe,” said Polish Prime Minister Donald Tusk. This comes just after US President Donald Trump called Europe “decaying” last week, and according to reports United States is planning to patronise Eurosceptic forces to direct Europe away from its liberal ideas.\n\n"
            "Russia's central bank has earlier said that the EU's plan to use its assets is illegal and will use any means at its disposal to protect its interests. It filed a lawsuit in Moscow this week seeking $230 billion in damages from clearing house Euroclear.\n\n"
            "Ukrainian President Volodymyr Zelenskyy said on Thursday that any failure to reach a decision will be a big problem for Kyiv. Ukraine is expected to run out of funds to continue its defence against Russian aggression by the second quarter of the next year."
        ),
        "atts": [
            ("European Union President Ursula von der Leyen", "von der Leyen [[said]]",
             "EU leaders will leave the summit without a financial solution for Ukraine"),
            ("[[European Union leaders]] are planning", "are planning",
             "to use Russian frozen assets to keep the Ukrainian war effort afloat"),
            ("progressed, [[Europe]] has started", "has started to perceive",
             "Russia as a threat to its own security"),
            ("progressed, [[Europe]] has started", "and [[wants]] no stone",
             "no stone unturned keep it financed and fighting until it finds the upper hand in the peace negotiations"),
            ("Polish Prime Minister Donald Tusk", "Europe,” [[said]] Polish",
             "Now we have a simple choice — either money today or blood tomorrow. And I am not talking about Ukraine only, I am talking about Europe,"),
            ("US President Donald Trump", "Trump [[called]]",
             "Europe “decaying”"),
            ("according to [[reports]]", "[[according to]] reports",
             "United States is planning to patronise Eurosceptic forces to direct Europe away from its liberal ideas"),
            ("reports [[United States]] is planning", "United States [[is planning]]",
             "to patronise Eurosceptic forces to direct Europe away from its liberal ideas"),
            ("Russia's central bank", "has earlier said",
             "the EU's plan to use its assets is illegal and will use any means at its disposal to protect its interests"),
            ("Ukrainian President Volodymyr Zelenskyy", "Zelenskyy [[said]] on Thursday",
             "any failure to reach a decision will be a big problem for Kyiv"),
            (None, "Ukraine [[is expected]] to run",
             ["Kyiv. [[Ukraine]] is expected", "to run out of funds to continue its defence against Russian aggression by the second quarter of the next year"]),
        ],
    },
    {
        "doc_id": "charter97_2025-09-04_macron-basic-security-guarantee",
        "publisher": "Charter97",
        "publication_date": "2025-09-04",
        "title": "Macron Names 'most Important And Basic' Security Guarantee For Ukraine",
        "author": "",
        "url": "https://charter97.org/en/news/2025/9/4/654562",
        "form": "report",
        "text": (
            "French President Emmanuel Macron has called the Ukrainian army's ability to deter Russian aggression \"the main security guarantee\" for Ukraine. Macron said this on September 4 at a joint press conference with Ukrainian President Vladimir Zelensky in Paris, a video published by the Elysee Palace.\n\n"
            "Macron said there \"cannot be any restrictions on the format or capabilities of the Ukrainian army\" in talks on a peaceful settlement of Russia's war against Ukraine.\n\n"
            "EN DIRECT | Conférence de presse à l'issue de la réunion de la Coalition des volontaires. https://t.co/MOwWIwkcWE\n\n"
            "- Élysée (@Elysee) September 4, 2025\n\n"
            "\"This is what we defend and will defend to the end,\" the French president said after the meeting of the \"coalition of the willing.\"\n\n"
            "Macron assured that Ukraine's European partners would \"contribute not only to the Ukrainian army's resistance to new attacks, but also to deter the Russian army from any new attempts at aggression.\"\n\n"
            "\"This is the most important and basic security guarantee,\" the French president pointed out."
        ),
        "atts": [
            ("French President Emmanuel Macron", "has called",
             "the Ukrainian army's ability to deter Russian aggression \"the main security guarantee\" for Ukraine"),
            ("[[Macron]] said this", "Macron [[said]] this",
             "French President Emmanuel Macron has called the Ukrainian army's ability to deter Russian aggression \"the main security guarantee\" for Ukraine"),
            ("[[Macron]] said there", "Macron [[said]] there",
             "there \"cannot be any restrictions on the format or capabilities of the Ukrainian army\" in talks on a peaceful settlement of Russia's war against Ukraine"),
            ("end,\" [[the French president]] said", "end,\" the French president [[said]]",
             "This is what we defend and will defend to the end,"),
            ("[[Macron]] assured", "assured",
             "Ukraine's European partners would \"contribute not only to the Ukrainian army's resistance to new attacks, but also to deter the Russian army from any new attempts at aggression.\""),
            ("guarantee,\" [[the French president]] pointed out", "pointed out",
             "This is the most important and basic security guarantee,"),
        ],
    },
    {
        "doc_id": "thehindu_2025-05-15_jaishankar-strictly-bilateral",
        "publisher": "The Hindu",
        "publication_date": "2025-05-15",
        "title": "Talks with Pakistan will be ‘strictly bilateral': Jaishankar",
        "author": "",
        "url": "https://www.daily8.com/en/article/19352298d7cb8f2e066bbe477214c927",
        "form": "report",
        "text": (
            "Talks with Pakistan will be ‘strictly bilateral': Jaishankar\n\n"
            "External Affairs Minister S. Jaishankar on Thursday (May 15, 2025) reiterated that India's conversation with Pakistan would be conducted in a 'strictly bilateral' format. Speaking to the media after the launch of the new embassy of Honduras in New Delhi, Mr. Jaishankar referred to the 'national consensus' on conducting dialogue with Pakistan saying there had been 'absolutely' no change in that consensus. The remarks from Mr. Jaishankar came as U.S. President Donald Trump once again spoke about the role that he played in bringing the latest India-Pakistan conflict to a pause on May 10.\n\n"
            "Follow India-Pakistan ceasefire updates on May 15\n\n"
            "'To me things are fairly clear. Let me take this opportunity to spell out our position. Where Pakistan is concerned, our – relations – dealings with them will be bilateral and strictly bilateral – that is a national consensus for many years and there is absolutely no change in that consensus that dealings with Pakistan will be bilateral,' the Minister told the media. He clarified that talks with Pakistan would be on India's concerns about Pakistan-based terror outfits.\n\n"
            "'The Prime Minister made it very clear that the only talk with Pakistan will be on terror. Pakistan has a list of terrorists who need to be handed over. They have to shut down the terrorist infrastructure. They know what to do. We are prepared to discuss with them what needs to be done on terrorism,' said Mr. Jaishankar arguing, 'Those are the talks that are feasible.'"
        ),
        "atts": [
            ("bilateral': [[Jaishankar]]", "bilateral'[[:]] Jaishankar",
             "Talks with Pakistan will be ‘strictly bilateral'"),
            ("External Affairs Minister S. Jaishankar", "reiterated",
             "India's conversation with Pakistan would be conducted in a 'strictly bilateral' format"),
            ("New Delhi, [[Mr. Jaishankar]] referred", "referred to",
             "the 'national consensus' on conducting dialogue with Pakistan"),
            ("New Delhi, [[Mr. Jaishankar]] referred", "Pakistan [[saying]] there",
             "there had been 'absolutely' no change in that consensus"),
            ("U.S. President Donald Trump", "spoke about",
             "the role that he played in bringing the latest India-Pakistan conflict to a pause on May 10"),
            ("[[the Minister]] told", "Minister [[told]]",
             "To me things are fairly clear. Let me take this opportunity to spell out our position. Where Pakistan is concerned, our – relations – dealings with them will be bilateral and strictly bilateral – that is a national consensus for many years and there is absolutely no change in that consensus that dealings with Pakistan will be bilateral,"),
            ("[[He]] clarified", "clarified",
             "talks with Pakistan would be on India's concerns about Pakistan-based terror outfits"),
            ("[[Mr. Jaishankar]] arguing", "terrorism,' [[said]] Mr.",
             "The Prime Minister made it very clear that the only talk with Pakistan will be on terror. Pakistan has a list of terrorists who need to be handed over. They have to shut down the terrorist infrastructure. They know what to do. We are prepared to discuss with them what needs to be done on terrorism,"),
            ("'[[The Prime Minister]] made", "made it very clear",
             "the only talk with Pakistan will be on terror"),
            ("[[Mr. Jaishankar]] arguing", "arguing",
             "Those are the talks that are feasible."),
        ],
    },
    {
        "doc_id": "pravda-ua_2025-07-08_sybiha-us-statements",
        "publisher": "Ukrainska Pravda",
        "publication_date": "2025-07-08",
        "title": "Ukrainian foreign minister on how to perceive statements from US",
        "author": "Oleh Pavliuk, Alona Mazurenko",
        "url": "https://www.pravda.com.ua/eng/news/2025/07/8/7520825/",
        "form": "report",
        "text": (
            "Ukrainian Foreign Minister Andrii Sybiha has noted that individual statements from the United States, including those concerning Ukraine, do not indicate any fundamental changes in American foreign policy.\n\n"
            "Source: Sybiha in an interview with Ukrainske Radio, as reported by European Pravda\n\n"
            "Details: Sybiha called for information from the US to be interpreted \"correctly, thoughtfully, critically and calmly\".\n\n"
            "\"Because, so to speak, one statement or one Twitter post cannot determine the fundamental tracks of foreign policy. But of course, attention should be paid to this,\" he explained.\n\n"
            "The foreign minister stressed that strong diplomacy is now capable of bringing peace to Ukraine.\n\n"
            "\"Ukraine is not alone. This war has taught us, and this war has opened up new areas of cooperation with our partners. And today we really have true allies and partners in the international arena with whom we have already begun a long-term track of cooperation,\" Sybiha added.\n\n"
            "Background\n\n"
            "• The US decision to suspend part of its military aid to Ukraine has caused concern in recent days.\n\n"
            "• However, on 7 July, US President Donald Trump announced that the United States should send defensive weapons to Ukraine."
        ),
        "atts": [
            ("Ukrainian Foreign Minister Andrii Sybiha", "has noted",
             "individual statements from the United States, including those concerning Ukraine, do not indicate any fundamental changes in American foreign policy"),
            ("Details: [[Sybiha]] called for", "called for",
             "information from the US to be interpreted \"correctly, thoughtfully, critically and calmly\""),
            ("this,\" [[he]] explained", "explained",
             "Because, so to speak, one statement or one Twitter post cannot determine the fundamental tracks of foreign policy. But of course, attention should be paid to this,"),
            ("The foreign minister", "minister [[stressed]]",
             "strong diplomacy is now capable of bringing peace to Ukraine"),
            ("cooperation,\" [[Sybiha]] added", "cooperation,\" Sybiha [[added]]",
             "Ukraine is not alone. This war has taught us, and this war has opened up new areas of cooperation with our partners. And today we really have true allies and partners in the international arena with whom we have already begun a long-term track of cooperation,"),
            ("US President Donald Trump", "Trump [[announced]]",
             "the United States should send defensive weapons to Ukraine"),
        ],
    },
    {
        "doc_id": "unn_2025-05-27_sybiha-war-end-2025",
        "publisher": "UNN (Ukrainian National News)",
        "publication_date": "2025-05-27",
        "title": "Ukraine aims to end the war in 2025 - Sybiha",
        "author": "",
        "url": "https://unn.ua/en/news/ukraine-aims-to-end-the-war-in-2025-sybiha",
        "form": "report",
        "text": (
            "Ukraine is very eager for the war to end in 2025. This was said by the Minister of Foreign Affairs of Ukraine Andriy Sybiha in an interview with Libеration, reports UNN.\n\n"
            "Details\n\n"
            "According to him, Kyiv is grateful to US President Donald Trump for his efforts to achieve a stable and lasting peace, while \"we need to increase pressure on Russia, it is impossible without the United States.\"\n\n"
            "Russia is deliberately manipulating the situation to push them out of the peace process. We must prevent this scenario - the diplomat noted.\n\n"
            "He stressed that the Russian discourse and rhetoric have not changed, however, Ukraine \"will never recognize the temporarily occupied territories as Russian.\"\n\n"
            "We will not accept restrictions on our defense capabilities or any veto rights of third countries regarding the choice of our alliances - Sybiha emphasized.\n\n"
            "He also noted that Kyiv hopes for a meeting between Ukrainian President Volodymyr Zelenskyy and Russian dictator Vladimir Putin with the participation of US President Donald Trump.\n\n"
            "\"Our principled position is also that Europe must be present at the negotiating table. The Pope (Pope Leo XIV - ed.) offered the Vatican. But the consent of both parties is needed. Ukraine is ready,\" the Foreign Minister summarized.\n\n"
            "Let us remind you\n\n"
            "Earlier, Kremlin spokesman Dmitry Peskov stated that \"so far\" there is \"no understanding\" regarding the continuation of the negotiation process with Ukraine and the venue of the negotiations.\n\n"
            "According to Bloomberg, US and European leaders are pinning their hopes on the Vatican to involve Russia and Ukraine in peace talks, but the Kremlin is not interested in changing the platform and expects that technical-level negotiations will resume in Istanbul."
        ),
        "atts": [
            ("the Minister of Foreign Affairs of Ukraine Andriy Sybiha", "was said by",
             "Ukraine is very eager for the war to end in 2025"),
            ("UNN", "[[reports]] UNN",
             "Ukraine is very eager for the war to end in 2025. This was said by the Minister of Foreign Affairs of Ukraine Andriy Sybiha in an interview with Libеration"),
            ("According to [[him]]", "[[According to]] him",
             "Kyiv is grateful to US President Donald Trump for his efforts to achieve a stable and lasting peace, while \"we need to increase pressure on Russia, it is impossible without the United States.\""),
            ("the diplomat", "diplomat [[noted]]",
             "Russia is deliberately manipulating the situation to push them out of the peace process. We must prevent this scenario"),
            ("[[He]] stressed", "He [[stressed]]",
             "the Russian discourse and rhetoric have not changed, however, Ukraine \"will never recognize the temporarily occupied territories as Russian.\""),
            ("alliances - [[Sybiha]] emphasized", "emphasized",
             "We will not accept restrictions on our defense capabilities or any veto rights of third countries regarding the choice of our alliances"),
            ("[[He]] also noted", "He also [[noted]]",
             "Kyiv hopes for a meeting between Ukrainian President Volodymyr Zelenskyy and Russian dictator Vladimir Putin with the participation of US President Donald Trump"),
            ("that [[Kyiv]] hopes", "hopes for",
             "a meeting between Ukrainian President Volodymyr Zelenskyy and Russian dictator Vladimir Putin with the participation of US President Donald Trump"),
            ("the Foreign Minister", "summarized",
             "Our principled position is also that Europe must be present at the negotiating table. The Pope (Pope Leo XIV - ed.) offered the Vatican. But the consent of both parties is needed. Ukraine is ready,"),
            ("[[The Pope]] (Pope Leo XIV - ed.)", "offered",
             "offered [[the Vatican]]. But"),
            ("Kremlin spokesman Dmitry Peskov", "stated",
             "\"so far\" there is \"no understanding\" regarding the continuation of the negotiation process with Ukraine and the venue of the negotiations"),
            ("Bloomberg", "[[According to]] Bloomberg",
             "US and European leaders are pinning their hopes on the Vatican to involve Russia and Ukraine in peace talks, but the Kremlin is not interested in changing the platform and expects that technical-level negotiations will resume in Istanbul"),
            ("US and European leaders", "are pinning their hopes on",
             "the Vatican to involve Russia and Ukraine in peace talks"),
            ("but [[the Kremlin]] is not", "expects",
             "technical-level negotiations will resume in Istanbul"),
        ],
    },
]
