"""Excerpts: interviews / transcripts and government readouts."""

DOCS = [
    {
        "doc_id": "auswaertiges-amt_2025-06-26_wadephul-spiegel-interview",
        "publisher": "German Federal Foreign Office",
        "publication_date": "2025-06-26",
        "title": "“Phase two of the Zeitenwende is now beginning” – Interview with Federal Foreign Minister Wadephul in the Spiegel",
        "author": "",
        "url": "https://www.auswaertiges-amt.de/en/newsroom/news/interview-wadephul-spiegel-2724734",
        "form": "interview",
        "text": (
            "Question:\n\n"
            "Minister, while you were in the Middle East just a few days ago, Israel attacked Iran and you were drawn into a crisis mission. Did you expect the first weeks of your term of office to be so turbulent?\n\n"
            "Johann Wadephul:\n\n"
            "No, I didn’t see that particular crisis coming. But when you are confronted with such a dramatic situation, there is no time to look back and take stock.\n\n"
            "Question:\n\n"
            "It was striking that before your recent talks in Cairo, Chancellor Friedrich Merz conducted a phone call with the Egyptian President, and before your subsequent visit to Oman, Merz spoke with the Sultan. Are you as Foreign Minister in competition with a Foreign Chancellor?\n\n"
            "Johann Wadephul:\n\n"
            "That is our understanding of seamless foreign policy in action. We work on different levels and complement one another. It is the most normal thing in the world. The Chancellor has confidence in me, I have confidence in him. That is a vital prerequisite for being able to do my job.\n\n"
            "Question:\n\n"
            "Seamless policymaking, how does that work specifically?\n\n"
            "Johann Wadephul:\n\n"
            "Most of our talks involve the Chancellor asking me for my opinion.\n\n"
            "Question:\n\n"
            "Do you sometimes contradict him?\n\n"
            "Johann Wadephul:\n\n"
            "I’ve not had much cause to contradict Friedrich Merz either during our time in opposition or since the change of government. But I don’t have a problem accepting that he is the head of the Government and has the authority to issue guidelines.\n\n"
            "Question:\n\n"
            "You do a lot of travelling. Do you still have a life outside of politics?\n\n"
            "Johann Wadephul:\n\n"
            "It’s become more difficult, but my family life is very important to me. For example, I still try to visit the weekend market in my home town or go to the theatre in Hamburg with my wife."
        ),
        "atts": [
            ("[[Question]]:\n\nMinister", "Question[[:]]\n\nMinister",
             "Minister, while you were in the Middle East just a few days ago, Israel attacked Iran and you were drawn into a crisis mission. Did you expect the first weeks of your term of office to be so turbulent?"),
            ("[[Johann Wadephul]]:\n\nNo, I", "Johann Wadephul[[:]]\n\nNo, I",
             "No, I didn’t see that particular crisis coming. But when you are confronted with such a dramatic situation, there is no time to look back and take stock."),
            ("[[Question]]:\n\nIt was striking", "Question[[:]]\n\nIt was striking",
             "It was striking that before your recent talks in Cairo, Chancellor Friedrich Merz conducted a phone call with the Egyptian President, and before your subsequent visit to Oman, Merz spoke with the Sultan. Are you as Foreign Minister in competition with a Foreign Chancellor?"),
            ("[[Johann Wadephul]]:\n\nThat is our", "Johann Wadephul[[:]]\n\nThat is our",
             "That is our understanding of seamless foreign policy in action. We work on different levels and complement one another. It is the most normal thing in the world. The Chancellor has confidence in me, I have confidence in him. That is a vital prerequisite for being able to do my job."),
            ("[[Question]]:\n\nSeamless", "Question[[:]]\n\nSeamless",
             "Seamless policymaking, how does that work specifically?"),
            ("[[Johann Wadephul]]:\n\nMost of our", "Johann Wadephul[[:]]\n\nMost of our",
             "Most of our talks involve the Chancellor asking me for my opinion."),
            ("involve [[the Chancellor]] asking", "asking",
             "me [[for my opinion]]."),
            ("[[Question]]:\n\nDo you sometimes", "Question[[:]]\n\nDo you sometimes",
             "Do you sometimes contradict him?"),
            ("[[Johann Wadephul]]:\n\nI’ve not had", "Johann Wadephul[[:]]\n\nI’ve not had",
             "I’ve not had much cause to contradict Friedrich Merz either during our time in opposition or since the change of government. But I don’t have a problem accepting that he is the head of the Government and has the authority to issue guidelines."),
            ("[[Question]]:\n\nYou do a lot", "Question[[:]]\n\nYou do a lot",
             "You do a lot of travelling. Do you still have a life outside of politics?"),
            ("[[Johann Wadephul]]:\n\nIt’s become", "Johann Wadephul[[:]]\n\nIt’s become",
             "It’s become more difficult, but my family life is very important to me. For example, I still try to visit the weekend market in my home town or go to the theatre in Hamburg with my wife."),
        ],
    },
    {
        "doc_id": "moneycontrol_2025-04-09_jaishankar-rising-bharat-transcript",
        "publisher": "Moneycontrol",
        "publication_date": "2025-04-09",
        "title": "Full transcript of S Jaishankar's interview at Rising Bharat Summit 2025",
        "author": "",
        "url": "https://www.moneycontrol.com/news/india/full-transcript-of-s-jaishankar-s-address-at-rising-bharat-summit-2025-12990069.html",
        "form": "interview",
        "text": (
            "At the Rising Bharat Summit 2025, India’s External Affairs Minister, Dr. S. Jaishankar, looked back on his almost six years in office, reaching a key milestone as the longest-serving Foreign Minister since Jawaharlal Nehru. With 2140 days in the role, Jaishankar highlighted the challenging global situation India has faced during his time overseeing foreign policy.\n\n"
            "Zakka Jacob:\n\n"
            "Thank you very much for joining us at the Rising Bharat Summit. You've come here every time we've had a Rising Bharat Summit, so this is your third edition here. But I want to start off with something significant, which some of our audiences may also be interested in knowing. It is the number 2140. Does that hold any special significance for you? I shall enlighten our audience and maybe even enlighten you. That's the number of days that…\n\n"
            "S. Jaishankar:\n\n"
            "This sounds like one of Elon Musk's…\n\n"
            "Zakka Jacob:\n\n"
            "That's the number of days he's been External Affairs Minister. He's the longest-serving External Affairs Minister of India since Nehru. So we can have a round of applause for that. And what a time to be in charge of India's foreign policy. You look back at the last five years and ten months now, it's going to be almost six years. What do you think has been Indian foreign policy's singular achievement in these last six years? One thing, if you were to name it."
        ),
        "atts": [
            ("India’s External Affairs Minister, Dr. S. Jaishankar", "looked back on",
             "his almost six years in office"),
            ("role, [[Jaishankar]] highlighted", "highlighted",
             "the challenging global situation India has faced during his time overseeing foreign policy"),
            ("[[Zakka Jacob]]:\n\nThank you", "Zakka Jacob[[:]]\n\nThank you",
             "Thank you very much for joining us at the Rising Bharat Summit. You've come here every time we've had a Rising Bharat Summit, so this is your third edition here. But I want to start off with something significant, which some of our audiences may also be interested in knowing. It is the number 2140. Does that hold any special significance for you? I shall enlighten our audience and maybe even enlighten you. That's the number of days that…"),
            ("[[S. Jaishankar]]:", "S. Jaishankar[[:]]",
             "This sounds like one of Elon Musk's…"),
            ("[[Zakka Jacob]]:\n\nThat's the number", "Zakka Jacob[[:]]\n\nThat's the number",
             "That's the number of days he's been External Affairs Minister. He's the longest-serving External Affairs Minister of India since Nehru. So we can have a round of applause for that. And what a time to be in charge of India's foreign policy. You look back at the last five years and ten months now, it's going to be almost six years. What do you think has been Indian foreign policy's singular achievement in these last six years? One thing, if you were to name it."),
        ],
    },
    {
        "doc_id": "cnn_2025-02-28_zelenskyy-leaves-white-house-transcript",
        "publisher": "CNN",
        "publication_date": "2025-02-28",
        "title": "CNN International: Zelenskyy Leaves White House Early After Tense Meeting",
        "author": "",
        "url": "https://prod.transcripts.cnn.com/show/cnr/date/2025-02-28/segment/31",
        "form": "interview",
        "text": (
            "JIM SCIUTTO CNN HOST: Good evening. An extraordinary, a disturbing moment in the Oval Office. Tensions between President Donald Trump and Ukrainian President Volodymyr Zelenskyy coming to a very public head today in the White House.\n\n"
            "A White House official says that Zelenskyy was told to leave after heated words exchanged between him and Trump and the Vice President Vance.\n\n"
            "After leaving, Zelenskyy posted on X, \"Thank you, America. Thank you for your support. Thank you POTUS, Congress and the American people.\" Of course, JD Vance had berated him inside the Oval Office saying he wasn't sufficiently thankful. Plans to sign a minerals deal and hold a joint news conference were canceled.\n\n"
            "That deal would have given the U.S. access to Ukraine's natural resources and money from those natural resources. Zelenskyy was hoping for some security guarantees in return, or perhaps at least the possibility for a security guarantee in return.\n\n"
            "But the meeting in the Oval Office devolved into a shouting match. Have a listen.\n\n"
            "(BEGIN VIDEO CLIP)\n\n"
            "DONALD TRUMP (R), PRESIDENT OF THE UNITED STATES: Your country is in big trouble.\n\n"
            "VOLODYMYR ZELENSKYY, UKRAINIAN PRESIDENT: I know.\n\n"
            "TRUMP: You're not winning.\n\n"
            "ZELENSKYY: I know.\n\n"
            "TRUMP: You're not winning. You're not winning this.\n\n"
            "You have a damn good chance of coming out okay because of us."
        ),
        "atts": [
            ("JIM SCIUTTO", "HOST[[:]]",
             "Good evening. An extraordinary, a disturbing moment in the Oval Office. Tensions between President Donald Trump and Ukrainian President Volodymyr Zelenskyy coming to a very public head today in the White House.\n\nA White House official says that Zelenskyy was told to leave after heated words exchanged between him and Trump and the Vice President Vance.\n\nAfter leaving, Zelenskyy posted on X, \"Thank you, America. Thank you for your support. Thank you POTUS, Congress and the American people.\" Of course, JD Vance had berated him inside the Oval Office saying he wasn't sufficiently thankful. Plans to sign a minerals deal and hold a joint news conference were canceled.\n\nThat deal would have given the U.S. access to Ukraine's natural resources and money from those natural resources. Zelenskyy was hoping for some security guarantees in return, or perhaps at least the possibility for a security guarantee in return.\n\nBut the meeting in the Oval Office devolved into a shouting match. Have a listen."),
            ("A White House official", "official [[says]]",
             "Zelenskyy was told to leave after heated words exchanged between him and Trump and the Vice President Vance"),
            (None, "was told",
             "told [[to leave]] after"),
            ("After leaving, [[Zelenskyy]] posted", "posted",
             "Thank you, America. Thank you for your support. Thank you POTUS, Congress and the American people."),
            ("JD Vance", "Oval Office [[saying]]",
             "he wasn't sufficiently thankful"),
            ("[[Zelenskyy]] was hoping", "was hoping for",
             "some security guarantees in return, or perhaps at least the possibility for a security guarantee in return"),
            ("DONALD TRUMP", "UNITED STATES[[:]]",
             "Your country is in big trouble."),
            ("VOLODYMYR ZELENSKYY", "UKRAINIAN PRESIDENT[[:]]",
             "PRESIDENT: [[I know.]]\n"),
            ("[[TRUMP]]: You're not winning.\n", "TRUMP[[:]] You're not winning.\n",
             "TRUMP: [[You're not winning.]]\n"),
            ("\n[[ZELENSKYY]]: I know.", "\nZELENSKYY[[:]] I know.",
             "\nZELENSKYY: [[I know.]]"),
            ("[[TRUMP]]: You're not winning. You're", "TRUMP[[:]] You're not winning. You're",
             "You're not winning. You're not winning this.\n\nYou have a damn good chance of coming out okay because of us."),
        ],
    },
    {
        "doc_id": "state-dept_2025-05-08_press-briefing-bruce",
        "publisher": "U.S. Department of State (Rev transcript)",
        "publication_date": "2025-05-08",
        "title": "State Department Press Briefing for 5/08/25",
        "author": "",
        "url": "https://webflow.rev.com/transcripts/state-department-press-briefing-for-5-08-25",
        "form": "interview",
        "text": (
            "Tammy Bruce (00:00):\n\n"
            "… momentarily. Thank you for being here. So first, again, thank you all very much. First, I would like to share a message from Secretary Marco Rubio following the election of a new pope and the first pope from the United States. \"I extend my heartfelt congratulations to his holiness, Pope Leo XIV on his election as the 267th successor to St. Peter. This is a moment of profound significance for the Catholic Church offering renewed hope and continuity amid the 2025 Jubilee year to over a billion faithful worldwide. The papacy carries a sacred and solemn responsibility. Jeanette and I are united in prayer for his holiness. May the Holy Spirit impart wisdom, strength, and grace as he shepherds the church. The United States looks forward to deepening our enduring relationship with the Holy See with the first American pontiff.\" That is again from Secretary of State, Marco Rubio. This morning, Secretary Rubio spoke with Pakistani Prime Minister Sharif and Indian External Affairs Minister Jaishankar. In both calls, the secretary emphasized the need for immediate de-escalation and called for an end to the violence. He expressed US support for direct dialogue between India and Pakistan and encouraged continued efforts to improve communications."
        ),
        "atts": [
            ("Tammy Bruce", "(00:00)[[:]]",
             "… momentarily. Thank you for being here. So first, again, thank you all very much. First, I would like to share a message from Secretary Marco Rubio following the election of a new pope and the first pope from the United States. \"I extend my heartfelt congratulations to his holiness, Pope Leo XIV on his election as the 267th successor to St. Peter. This is a moment of profound significance for the Catholic Church offering renewed hope and continuity amid the 2025 Jubilee year to over a billion faithful worldwide. The papacy carries a sacred and solemn responsibility. Jeanette and I are united in prayer for his holiness. May the Holy Spirit impart wisdom, strength, and grace as he shepherds the church. The United States looks forward to deepening our enduring relationship with the Holy See with the first American pontiff.\" That is again from Secretary of State, Marco Rubio. This morning, Secretary Rubio spoke with Pakistani Prime Minister Sharif and Indian External Affairs Minister Jaishankar. In both calls, the secretary emphasized the need for immediate de-escalation and called for an end to the violence. He expressed US support for direct dialogue between India and Pakistan and encouraged continued efforts to improve communications."),
            ("a message from [[Secretary Marco Rubio]] following", "a [[message from]] Secretary Marco Rubio",
             "I extend my heartfelt congratulations to his holiness, Pope Leo XIV on his election as the 267th successor to St. Peter. This is a moment of profound significance for the Catholic Church offering renewed hope and continuity amid the 2025 Jubilee year to over a billion faithful worldwide. The papacy carries a sacred and solemn responsibility. Jeanette and I are united in prayer for his holiness. May the Holy Spirit impart wisdom, strength, and grace as he shepherds the church. The United States looks forward to deepening our enduring relationship with the Holy See with the first American pontiff."),
            ("the secretary", "emphasized",
             "the need for immediate de-escalation"),
            ("the secretary", "called for",
             "an end to the violence"),
            ("[[He]] expressed US support", "expressed US support for",
             "direct dialogue between India and Pakistan"),
            ("[[He]] expressed US support", "encouraged",
             "continued efforts to improve communications"),
        ],
    },
    {
        "doc_id": "10downingstreet_2025-03-07_pm-call-eu-leaders",
        "publisher": "10 Downing Street",
        "publication_date": "2025-03-07",
        "title": "Prime Minister call with President of the European Council and the President of the European Commission",
        "author": "",
        "url": "https://www.ukpol.co.uk/tag/downing-street/page/18",
        "form": "readout",
        "text": (
            "The Prime Minister spoke to the President of the European Council, the President of the European Commission and the leaders of Canada, Turkey, Norway and Iceland this morning.\n\n"
            "The Prime Minister applauded the progress the European Union had made at the European Council yesterday, saying it was a historic step forward and another sign of Europe stepping up.\n\n"
            "Closer collaboration between the European Union, its partners and our combined defence industrial base was vital as Europe stepped up to counter egregious Russian aggression, the Prime Minister added.\n\n"
            "Updating on the intensive diplomacy between the US, UK, France and Ukraine, the Prime Minister welcomed the potential for peace talks in Saudi Arabia next week.\n\n"
            "The leaders also discussed the Coalition of the Willing and looked ahead to the Chiefs of Defence meeting in Paris on Tuesday. It would be another important moment to drive forward planning, they agreed.\n\n"
            "The leaders agreed to stay in close touch."
        ),
        "atts": [
            ("[[The Prime Minister]] applauded", "applauded",
             "the progress the European Union had made at the European Council yesterday"),
            ("[[The Prime Minister]] applauded", "saying",
             "it was a historic step forward and another sign of Europe stepping up"),
            ("aggression, [[the Prime Minister]] added", "Prime Minister [[added]]",
             "Closer collaboration between the European Union, its partners and our combined defence industrial base was vital as Europe stepped up to counter egregious Russian aggression"),
            ("Ukraine, [[the Prime Minister]] welcomed", "Updating on",
             "the intensive diplomacy between the US, UK, France and Ukraine"),
            ("Ukraine, [[the Prime Minister]] welcomed", "welcomed",
             "the potential for peace talks in Saudi Arabia next week"),
            ("[[The leaders]] also discussed", "discussed",
             "the Coalition of the Willing"),
            ("[[The leaders]] also discussed", "looked ahead to",
             "the Chiefs of Defence meeting in Paris on Tuesday"),
            ("planning, [[they]] agreed", "they [[agreed]].",
             "It would be another important moment to drive forward planning"),
            ("[[The leaders]] agreed to stay", "leaders [[agreed]] to stay",
             "to stay in close touch"),
        ],
    },
    {
        "doc_id": "10downingstreet_2025-08-13_coalition-of-the-willing-statement",
        "publisher": "10 Downing Street",
        "publication_date": "2025-08-13",
        "title": "Statement of the Co-chairs of the Coalition of the Willing",
        "author": "",
        "url": "https://www.ukpol.co.uk/tag/downing-street/page/5",
        "form": "readout",
        "text": (
            "President Macron, Prime Minister Starmer and Chancellor Merz today co-chaired a virtual meeting of a grouping of ‘Coalition of the Willing’ Leaders and with the participation of President Zelenskyy and Vice-President Vance, ahead of President Trump’s meeting with President Putin in Alaska.\n\n"
            "Leaders welcomed President Trump’s efforts to stop the killing in Ukraine, end Russia’s war of aggression, and achieve just and lasting peace. They welcomed the open discussions with President Trump earlier that day.\n\n"
            "They were clear that the path to peace in Ukraine cannot be decided without Ukraine. It was necessary to continue an approach that combined active diplomacy, support to Ukraine and pressure on Russia. A diplomatic solution must protect Ukraine’s and Europe’s vital security interests.\n\n"
            "They also reiterated that:\n\n"
            "First, meaningful negotiations can only take place in the context of a ceasefire or a lasting and significant cessation of hostilities.\n\n"
            "Second, sanctions and wider economic measures to put pressure on Russia’s war economy should be strengthened if Russia does not agree to a ceasefire in Alaska.\n\n"
            "Third, international borders must not be changed by force.\n\n"
            "Fourth, Ukraine must have robust and credible security guarantees to effectively defend its sovereignty and territorial integrity. The Coalition of the Willing is ready to play an active role, including through plans by those willing to deploy a reassurance force once hostilities have ceased. No limitations should be placed on Ukraine’s armed forces or on its cooperation with third countries. Russia could not have a veto against Ukraine‘s pathway to EU and NATO."
        ),
        "atts": [
            ("[[Leaders]] welcomed", "Leaders [[welcomed]]",
             "President Trump’s efforts to stop the killing in Ukraine, end Russia’s war of aggression, and achieve just and lasting peace"),
            ("[[They]] welcomed", "They [[welcomed]]",
             "the open discussions with President Trump earlier that day"),
            ("[[They]] were clear", "were clear",
             ["the path to peace in Ukraine cannot be decided without Ukraine",
              "It was necessary to continue an approach that combined active diplomacy, support to Ukraine and pressure on Russia. A diplomatic solution must protect Ukraine’s and Europe’s vital security interests."]),
            ("[[They]] also reiterated", "reiterated",
             "meaningful negotiations can only take place in the context of a ceasefire or a lasting and significant cessation of hostilities"),
            ("[[They]] also reiterated", "reiterated",
             "sanctions and wider economic measures to put pressure on Russia’s war economy should be strengthened if Russia does not agree to a ceasefire in Alaska"),
            ("[[They]] also reiterated", "reiterated",
             "international borders must not be changed by force"),
            ("[[They]] also reiterated", "reiterated",
             "Ukraine must have robust and credible security guarantees to effectively defend its sovereignty and territorial integrity. The Coalition of the Willing is ready to play an active role, including through plans by those willing to deploy a reassurance force once hostilities have ceased. No limitations should be placed on Ukraine’s armed forces or on its cooperation with third countries. Russia could not have a veto against Ukraine‘s pathway to EU and NATO"),
        ],
    },
]
