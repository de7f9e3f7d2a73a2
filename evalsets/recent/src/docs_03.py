"""Excerpts: live blogs (Guardian, BBC, NBC News) and reports on Gaza and the German election."""

DOCS = [
    {
        "doc_id": "guardian_2025-10-09_gaza-ceasefire-live",
        "publisher": "The Guardian",
        "publication_date": "2025-10-09",
        "title": "Gaza ceasefire plan live: Hamas chief negotiator says group received guarantees that war has ended",
        "author": "",
        "url": "https://daynews.space/gaza-ceasefire-plan-live-hamas-chief-negotiator-says-group-received-guarantees-that-war-has-ended-gaza",
        "form": "live blog",
        "text": (
            "Hamas chief negotiator says group received guarantees from mediators and US that Gaza war has ended\n\n"
            "Exiled Gaza chief and top negotiator Khalil al-Hayya said on Thursday that Hamas has received guarantees from the United States, Arab mediators and Turkey that the war on Gaza “has ended permanently”, Reuters reports.\n\n"
            "In a televised speech to the Palestinian public, al-Hayya said:\n\n"
            "Today we announce that the agreement has been reached to end the war and aggression against our people and begin implementing a permanent ceasefire and the withdrawal of the occupation forces.\n\n"
            "The deal between Israel and Hamas would lead to a a sustained ceasefire, the entry of aid and the opening of Gaza’s border crossing with Egypt, he said.\n\n"
            "Al-Hayya said the agreement provides for the release of 250 Palestinians serving life sentences in Israeli prisons, as well 1,700 Gazans who have been imprisoned by Israel since the war began.\n\n"
            "Mediators and the United States had provided guarantees that the agreement means “the war is completely over”, he added."
        ),
        "atts": [
            ("Hamas chief negotiator", "negotiator [[says]]",
             "group received guarantees from mediators and US that Gaza war has ended"),
            ("from [[mediators and US]] that", "received [[guarantees]] from mediators and US",
             "that [[Gaza war has ended]]\n"),
            ("Exiled Gaza chief and top negotiator Khalil al-Hayya", "al-Hayya [[said]] on Thursday",
             "Hamas has received guarantees from the United States, Arab mediators and Turkey that the war on Gaza “has ended permanently”"),
            ("from [[the United States, Arab mediators and Turkey]] that", "has received [[guarantees]] from the United States",
             "the war on Gaza “has ended permanently”"),
            ("Reuters", "Reuters [[reports]]",
             "Exiled Gaza chief and top negotiator Khalil al-Hayya said on Thursday that Hamas has received guarantees from the United States, Arab mediators and Turkey that the war on Gaza “has ended permanently”"),
            ("public, [[al-Hayya]] said:", "al-Hayya [[said]]:",
             "Today we announce that the agreement has been reached to end the war and aggression against our people and begin implementing a permanent ceasefire and the withdrawal of the occupation forces."),
            ("Egypt, [[he]] said.", "Egypt, he [[said]].",
             "The deal between Israel and Hamas would lead to a a sustained ceasefire, the entry of aid and the opening of Gaza’s border crossing with Egypt"),
            ("[[Al-Hayya]] said the agreement", "Al-Hayya [[said]] the agreement",
             "the agreement provides for the release of 250 Palestinians serving life sentences in Israeli prisons, as well 1,700 Gazans who have been imprisoned by Israel since the war began"),
            ("over”, [[he]] added.", "over”, he [[added]].",
             "Mediators and the United States had provided guarantees that the agreement means “the war is completely over”"),
            ("[[Mediators and the United States]] had provided", "had provided guarantees",
             "the agreement means “the war is completely over”"),
        ],
    },
    {
        "doc_id": "guardian_2025-11-26_budget-live-fair-and-necessary",
        "publisher": "The Guardian",
        "publication_date": "2025-11-26",
        "title": "Budget 2025 live: Rachel Reeves says tax and spending changes based on ‘fair and necessary’ choices",
        "author": "",
        "url": "https://bizn.fun/index.php/2025/11/26/budget-2025-live-rachel-reeves-says-tax-and-spending-changes-based-on-fair-and-necessary-choices-budget-2025",
        "form": "live blog",
        "text": (
            "Reeves says budget will involve ‘fair and necessary’ choices\n\n"
            "This is how the Treasury summed up the budget in a news release issued last night. It refers to budget measures that have already officially been announced, as well as setting out what Rachel Reeves says are her priorities.\n\n"
            "[The budget] will include action to cut NHS waiting lists, cut debt and borrowing, and cut the cost of living to secure a strong future for the country, built on fairness and fuelled by growth.\n\n"
            "Action to keep prescription costs under £10, freeze rail fares for the first time in 30 years and increase the national minimum wage and national living wage by £1,500 and £900 respectively has already been confirmed to put more money in people’s pockets at this budget.\n\n"
            "Investment for 250 neighbourhood health centres has also been confirmed as part of the chancellor’s commitment to slash NHS waiting lists further and end the postcode lottery of healthcare access.\n\n"
            "And here is a quote from Reeves.\n\n"
            "Today I will take the fair and necessary choices to deliver on our promise of change.\n\n"
            "I will not return Britain back to austerity, nor will I lose control of public spending with reckless borrowing.\n\n"
            "I will take action to help families with the cost of living … cut hospital waiting lists … cut the national debt.\n\n"
            "And I will push ahead with the biggest drive for growth in a generation.\n\n"
            "Investment in roads, rail and energy. Investment in housing, security and defence. Investment in education, skills and training.\n\n"
            "So together, we can build a fairer, stronger, and more secure Britain."
        ),
        "atts": [
            ("[[Reeves]] says budget", "Reeves [[says]] budget",
             "budget will involve ‘fair and necessary’ choices"),
            ("the Treasury", "summed up",
             "[The budget] will include action to cut NHS waiting lists, cut debt and borrowing, and cut the cost of living to secure a strong future for the country, built on fairness and fuelled by growth.\n\nAction to keep prescription costs under £10, freeze rail fares for the first time in 30 years and increase the national minimum wage and national living wage by £1,500 and £900 respectively has already been confirmed to put more money in people’s pockets at this budget.\n\nInvestment for 250 neighbourhood health centres has also been confirmed as part of the chancellor’s commitment to slash NHS waiting lists further and end the postcode lottery of healthcare access."),
            ("[[It]] refers to", "refers to",
             "budget measures that have already officially been announced"),
            ("[[It]] refers to", "setting out",
             "what Rachel Reeves says are her priorities"),
            ("Rachel Reeves", "Rachel Reeves [[says]] are",
             ["setting out [[what]] Rachel", "are her priorities"]),
            ("the chancellor’s", "chancellor’s [[commitment]]",
             "to slash NHS waiting lists further and end the postcode lottery of healthcare access"),
            ("quote from [[Reeves]].", "a [[quote from]] Reeves",
             "Today I will take the fair and necessary choices to deliver on our promise of change.\n\nI will not return Britain back to austerity, nor will I lose control of public spending with reckless borrowing.\n\nI will take action to help families with the cost of living … cut hospital waiting lists … cut the national debt.\n\nAnd I will push ahead with the biggest drive for growth in a generation.\n\nInvestment in roads, rail and energy. Investment in housing, security and defence. Investment in education, skills and training.\n\nSo together, we can build a fairer, stronger, and more secure Britain."),
        ],
    },
    {
        "doc_id": "bbc_2025-06-12_spending-review-live",
        "publisher": "BBC News",
        "publication_date": "2025-06-12",
        "title": "Reeves defends 'difficult decisions' as Badenoch attacks borrowing",
        "author": "Jamie Whitehead",
        "url": "https://feeds.bbci.co.uk/news/live/c2lk21qz5vzt",
        "form": "live blog",
        "text": (
            "Speaking to the BBC this morning, Reeves defended her decisions for yesterday's Spending Review, saying that everything in yesterday's review was paid for by \"difficult decisions\".\n\n"
            "She rejected claims from the National Police Chiefs' Council which said their numbers would be cut a s a result of yesterday’s announcement.\n\n"
            "Conservative Party leader Kemi Badenoch also did the media rounds this morning, and accused Labour of spending future generations' money.\n\n"
            "Along with all this reaction, we’ve also had the latest GDP figures, which show the UK economy shrank by 0.3% in April, and also the latest NHS figure for England, which show waiting lists dropped.\n\n"
            "Paul Johnson, from the IFS think tanks, says that if things move in the wrong direction the chancellor will \"almost certainly\" have to raise taxes.\n\n"
            "Our political editor Chris Mason says Reeves and Starmer cannot escape a sluggish economy, and Reeves did announce that some budgets would be squeezed.\n\n"
            "We are bringing our live coverage to an end now, thanks for joining us."
        ),
        "atts": [
            ("this morning, [[Reeves]] defended", "defended",
             "her decisions for yesterday's Spending Review"),
            ("this morning, [[Reeves]] defended", "saying",
             "everything in yesterday's review was paid for by \"difficult decisions\""),
            ("[[She]] rejected", "rejected",
             "claims from the National Police Chiefs' Council which said their numbers would be cut a s a result of yesterday’s announcement"),
            ("the National Police Chiefs' Council", "which [[said]]",
             "their numbers would be cut a s a result of yesterday’s announcement"),
            ("Conservative Party leader Kemi Badenoch", "accused",
             "Labour of spending future generations' money"),
            ("the latest GDP figures", "GDP figures, which [[show]]",
             "the UK economy shrank by 0.3% in April"),
            ("the latest NHS figure for England", "England, which [[show]]",
             "waiting lists dropped"),
            ("Paul Johnson", "think tanks, [[says]]",
             "if things move in the wrong direction the chancellor will \"almost certainly\" have to raise taxes"),
            ("Our political editor Chris Mason", "Mason [[says]]",
             "Reeves and Starmer cannot escape a sluggish economy, and Reeves did announce that some budgets would be squeezed"),
            ("and [[Reeves]] did announce", "did announce",
             "some budgets would be squeezed"),
        ],
    },
    {
        "doc_id": "nbcnews_2024-11-06_election-results-live",
        "publisher": "NBC News",
        "publication_date": "2024-11-06",
        "title": "Presidential election Trump Harris 2024 live updates",
        "author": "",
        "url": "http://nohib.com/politics/2024-election/live-blog/presidential-election-trump-harris-2024-live-updates-rcna178894",
        "form": "live blog",
        "text": (
            "What to know about the 2024 election results\n\n"
            "- Vice President Kamala Harris addressed a crowd of supporters hours after Donald Trump was projected the winner of the 2024 presidential election. She encouraged her supporters not to lose hope, saying that while she concedes the election, \"I do not concede the fight that fueled this campaign.\"\n\n"
            "- Democrats are grappling with the magnitude of Harris' loss, with some saying the party has drifted from its onetime identity as the protectors of those left behind to representing party elites and celebrities.\n\n"
            "- The Trump transition team is actively working on staffing up. Trump is expected to place a premium on Cabinet nominees without backgrounds in government service, and Donald Trump Jr. is seen as a final gatekeeper for job candidates.\n\n"
            "- Republicans will control the Senate, though Democrats were projected the winners of competitive Senate seats in Wisconsin and Michigan. House control remains uncalled.\n\n"
            "Coverage on this live blog has ended. For the latest news on the election, click here."
        ),
        "atts": [
            ("[[She]] encouraged", "encouraged",
             "not to lose hope"),
            ("[[She]] encouraged", "hope, [[saying]]",
             "while she concedes the election, \"I do not concede the fight that fueled this campaign.\""),
            ("with [[some]] saying", "some [[saying]]",
             "the party has drifted from its onetime identity as the protectors of those left behind to representing party elites and celebrities"),
            (None, "is expected",
             ["[[Trump]] is expected", "to place a premium on Cabinet nominees without backgrounds in government service"]),
            (None, "is seen",
             ["Donald Trump Jr.", "as a final gatekeeper for job candidates"]),
            (None, "was projected",
             ["after [[Donald Trump]] was projected", "the winner of the 2024 presidential election"]),
            (None, "were projected",
             ["though [[Democrats]] were projected", "the winners of competitive Senate seats in Wisconsin and Michigan"]),
        ],
    },
    {
        "doc_id": "shafaq_2025-10-08_hamas-israel-confirm-deal",
        "publisher": "Shafaq News",
        "publication_date": "2025-10-08",
        "title": "Hamas, Israel PM confirm Gaza ceasefire deal",
        "author": "",
        "url": "https://www.shafaq.com/en/Middle-East/Hamas-Israel-PM-confirm-Gaza-ceasefire-deal",
        "form": "report",
        "text": (
            "Hamas announced on Thursday that it accepted a peace plan proposed by US President Donald Trump to end the war in Gaza.\n\n"
            "The group urged the United States and other guarantors to ensure Israel adheres to the deal and to prevent any delays in its execution.\n\n"
            "Details of the deal remain unknown.\n\n"
            "Israeli Prime Minister Benjamin Netanyahu wrote on X that his government will meet on October 10 to approve the agreement and begin the process of bringing home the remaining hostages.\n\n"
            "Meanwhile, Qatari Foreign Ministry Spokesperson Majed Al Ansari revealed on X that mediators had finalized all terms and implementation mechanisms for the first phase of the ceasefire agreement. He said the deal will end the war, facilitate the release of Israeli hostages and Palestinian prisoners, and allow the entry of humanitarian aid into Gaza, adding that further details will be announced soon.\n\n"
            "Trump earlier confirmed that both Israel and Hamas had signed the first phase of the US-brokered peace plan."
        ),
        "atts": [
            ("[[Hamas]] announced", "Hamas [[announced]]",
             "it accepted a peace plan proposed by US President Donald Trump to end the war in Gaza"),
            ("The group", "urged",
             "the United States and other guarantors to ensure Israel adheres to the deal and to prevent any delays in its execution"),
            ("Israeli Prime Minister Benjamin Netanyahu", "wrote",
             "his government will meet on October 10 to approve the agreement and begin the process of bringing home the remaining hostages"),
            ("Qatari Foreign Ministry Spokesperson Majed Al Ansari", "revealed",
             "mediators had finalized all terms and implementation mechanisms for the first phase of the ceasefire agreement"),
            ("[[He]] said the deal", "He [[said]] the deal",
             "the deal will end the war, facilitate the release of Israeli hostages and Palestinian prisoners, and allow the entry of humanitarian aid into Gaza"),
            ("[[He]] said the deal", "adding",
             "further details will be announced soon"),
            ("[[Trump]] earlier confirmed", "confirmed",
             "both Israel and Hamas had signed the first phase of the US-brokered peace plan"),
        ],
    },
    {
        "doc_id": "trtafrika_2025-02-23_merz-declares-victory",
        "publisher": "TRT Afrika",
        "publication_date": "2025-02-23",
        "title": "Germany's Merz declares victory in crucial election, AfD comes second",
        "author": "",
        "url": "https://trtafrika.com/world/germanys-merz-declares-victory-in-crucial-election-afd-comes-second-18268154",
        "form": "report",
        "text": (
            "German opposition leader Friedrich Merz has declared victory after projections showed his Christian Democrats (CDU/CSU) winning 28.5 percent of the vote in federal election, securing a clear lead over other parties.\n\n"
            "Chancellor Olaf Scholz conceded defeat for his center-left Social Democrats after what he called \"a bitter election result.\" Projections for ARD and ZDF public television showed his party finishing in third place with its worst postwar result in a national parliamentary election.\n\n"
            "\"One thing is clear: the Union has won the election,\" said Carsten Linnemann, the general secretary of Merz’s Christian Democratic Union party. \"The new chancellor will be called Friedrich Merz.\"\n\n"
            "Meanwhile, the Alternative for Germany, or AfD, has become the second-most powerful political force in the country. The far-right party polled 20.6 percent, roughly doubling its result from 2021.\n\n"
            "Although headed for victory, Merz's conservatives fell short of the absolute majority required to govern alone. Whether they will need one or two partners to form a coalition government will depend on how many parties get into parliament."
        ),
        "atts": [
            ("German opposition leader Friedrich Merz", "has declared",
             "has declared [[victory]] after"),
            ("after [[projections]] showed", "projections [[showed]] his Christian",
             "his Christian Democrats (CDU/CSU) winning 28.5 percent of the vote in federal election"),
            ("Chancellor Olaf Scholz", "conceded",
             "defeat for his center-left Social Democrats"),
            ("what [[he]] called", "he [[called]]",
             "a bitter election result."),
            ("Projections for ARD and ZDF public television", "television [[showed]]",
             "his party finishing in third place with its worst postwar result in a national parliamentary election"),
            ("Carsten Linnemann", "election,\" [[said]] Carsten",
             ["One thing is clear: the Union has won the election,",
              "The new chancellor will be called Friedrich Merz."]),
        ],
    },
    {
        "doc_id": "unn_2025-02-23_scholz-concedes-defeat",
        "publisher": "UNN (Ukrainian National News)",
        "publication_date": "2025-02-23",
        "title": "Scholz concedes election defeat and congratulates Merz on victory",
        "author": "",
        "url": "https://unn.ua/en/news/scholz-concedes-election-defeat-and-congratulates-merz-on-victory",
        "form": "report",
        "text": (
            "The SPD has achieved a weaker result in the federal elections than ever before in the history of the Federal Republic. But on the basis of this result, we should move forward together, Olaf Scholz said in Berlin, at the Willy Brandt House.\n\n"
            "Chancellor Olaf Scholz conceded the SPD's defeat in the federal elections.\n\n"
            "I congratulate you on the election result, Scholz said, addressing chancellor candidate Friedrich Merz.\n\n"
            "As indicated, the SPD received the weakest result in the Bundestag elections in the history of the Federal Republic of Germany.\n\n"
            "This is a bitter election result for the Social Democratic Party, it is also a defeat in the elections - Olaf Scholz said in his first reaction at the Willy Brandt House.\n\n"
            "Scholz thanked everyone for the trust placed in him as the ninth head of the German government.\n\n"
            "Now it is up to others to find a way to form a government - he said.\n\n"
            "Scholz also emphasized that based on this result, they should \"move forward together.\n\n"
            "In addition to Scholz, German Defense Minister Boris Pistorius (SPD), who had previously been considered a candidate for the chancellor's post from time to time due to a certain drop in Scholz's ratings, also admitted defeat.\n\n"
            "Pistorius acknowledged that his party's result was \"devastating and catastrophic.\" Pistorius rejected the question of his future position in the SPD. He will join the leadership of his party if the CDU/CSU wants to enter into negotiations with the SPD. - writes Spiegel.\n\n"
            "Meanwhile, CDU leader and German chancellor candidate Friedrich Merz announced a historic result.\n\n"
            "We, the CDU, the CSU, the CDU/CSU, we have won this election to the Bundestag in 2025. - said Merz.\n\n"
            "The main CSU candidate, Alexander Dobrindt, sees a mandate to govern the Union.\n\n"
            "We are now faced with the task of forming a government he said.\n\n"
            "According to ARD forecasts, the Union (CDU/CSU) is clearly ahead of the strong Alternative for Germany (AfD)."
        ),
        "atts": [
            ("together, [[Olaf Scholz]] said in Berlin", "together, Olaf Scholz [[said]] in Berlin",
             "The SPD has achieved a weaker result in the federal elections than ever before in the history of the Federal Republic. But on the basis of this result, we should move forward together"),
            ("Chancellor Olaf Scholz", "Scholz [[conceded]]",
             "the SPD's defeat in the federal elections"),
            ("result, [[Scholz]] said, addressing", "result, Scholz [[said]], addressing",
             "I congratulate you on the election result"),
            (None, "As indicated",
             "the SPD received the weakest result in the Bundestag elections in the history of the Federal Republic of Germany"),
            ("elections - [[Olaf Scholz]] said in his first", "elections - Olaf Scholz [[said]]",
             "This is a bitter election result for the Social Democratic Party, it is also a defeat in the elections"),
            ("[[Scholz]] thanked", "thanked",
             "everyone for the trust placed in him as the ninth head of the German government"),
            ("government - [[he]] said.", "government - he [[said]].",
             "Now it is up to others to find a way to form a government"),
            ("[[Scholz]] also emphasized", "emphasized",
             "based on this result, they should \"move forward together."),
            ("German Defense Minister Boris Pistorius", "also [[admitted]] defeat",
             "admitted [[defeat]].\n"),
            ("[[Pistorius]] acknowledged", "acknowledged",
             "his party's result was \"devastating and catastrophic.\""),
            ("[[Pistorius]] rejected", "rejected",
             "the question of his future position in the SPD"),
            ("Spiegel", "[[writes]] Spiegel",
             "He will join the leadership of his party if the CDU/CSU wants to enter into negotiations with the SPD"),
            ("CDU leader and German chancellor candidate Friedrich Merz", "announced",
             "a historic result"),
            ("said [[Merz]].", "- [[said]] Merz.",
             "We, the CDU, the CSU, the CDU/CSU, we have won this election to the Bundestag in 2025."),
            ("The main CSU candidate, Alexander Dobrindt", "Dobrindt, [[sees]]",
             "a mandate to govern the Union"),
            ("government [[he]] said.", "government he [[said]].",
             "We are now faced with the task of forming a government"),
            ("ARD forecasts", "[[According to]] ARD",
             "the Union (CDU/CSU) is clearly ahead of the strong Alternative for Germany (AfD)"),
        ],
    },
]
