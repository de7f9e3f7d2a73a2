"""Part g of the development date set: short excerpts of 2024-2025 news pages, in the style of the
scoring set's recent-news items (wire copy, datelines, headlines, agency rewrites, nightly
addresses, readouts), so that the date rules can be studied on that style without touching
``evalsets/recent``.

Retrieval: every page was found with the project's stored-page search (the `pages` corpus of
the session's search tool) on 2026-12-04; the text is the excerpt that search returned, cut to
the news report: page chrome (site headers, menus, photo captions, "read also" links, repeated
time stamps of a live page) is left out, and an excerpt that the search cut mid-sentence ends at
the last whole paragraph before the cut; nothing else is changed. The publication date is the one the stored page carries (its metadata
``date``, a page stamp, or the URL), named in ``date_note``. None of these URLs or texts is in
``evalsets/recent`` (checked by URL and by text when this file was written).

Every excerpt is a short quotation of a copyrighted news text, kept with its outlet, date and
URL only to evaluate the date rules; it must not be redistributed for any other purpose.

Attributions follow ``evalsets/recent/GUIDELINES.md`` (source, cue, content); each span is a
phrase, found in the text by ``build_g.py`` (``phrase@2`` = the phrase's second occurrence).
"""

DOCS = [
    {
        "doc_id": "trtworld_2025-10-24_peskov-summit-not-excluded",
        "publisher": "TRT World", "publication_date": "2025-10-24", "form": "report",
        "url": "https://www.trtworld.com/article/7ed9cb253ea8",
        "date_note": "page metadata date 2025-10-24",
        "text": (
            "Kremlin spokesperson Dmitry Peskov has said that Russian President Vladimir Putin and US "
            "President Donald Trump have not ruled out the possibility of a future summit.\n\n"
            "Speaking at a news conference in Moscow on Friday, Peskov indicated that this understanding "
            "is based on their recent public remarks.\n\n"
            "\"Yes, President Trump stated that at present, he has stopped thinking about organising a "
            "summit. However, over the past two days, he repeatedly mentioned that he does not exclude "
            "such a summit taking place in the future,\" he said.\n\n"
            "Peskov said that since no specific dates or details have been agreed upon, it would be "
            "incorrect to suggest that anything has been sabotaged.\n\n"
            "\"Neither Trump nor Putin wants to waste time; they don't intend to gather merely for the "
            "sake of having a meeting,\" he said.\n\n"
            "The spokesman emphasised that for a leaders' meeting to be productive, preparatory work must "
            "first be completed at the ministerial level, specifically \"by Foreign Minister Sergey Lavrov "
            "of Russia and US Secretary of State Marco Rubio.\"\n\n"
            "'Prolonged pause'\n\n"
            "When asked about relations with Ukraine, he described the current state of negotiations as a "
            "\"prolonged pause\", attributing it to Kiev's \"unwillingness to intensify the negotiation "
            "process\".\n\n"
            "\"This reluctance by Kiev to accelerate the peace talks\" is actively encouraged primarily by "
            "Ukraine's \"European overseers\", he stressed."),
        "attributions": [
            ("Kremlin spokesperson Dmitry Peskov", "has said",
             "Russian President Vladimir Putin and US President Donald Trump have not ruled out the "
             "possibility of a future summit"),
            ("Peskov@2", "indicated", "this understanding is based on their recent public remarks"),
            ("President Trump", "stated", "at present, he has stopped thinking about organising a summit"),
            ("he", "repeatedly mentioned", "he does not exclude such a summit taking place in the future"),
            ("he@3", "said@2",
             "Yes, President Trump stated that at present, he has stopped thinking about organising a "
             "summit. However, over the past two days, he repeatedly mentioned that he does not exclude "
             "such a summit taking place in the future,"),
            ("Peskov@3", "said@3", "since no specific dates or details have been agreed upon, it would be "
             "incorrect to suggest that anything has been sabotaged"),
            ("he@4", "said@4", "Neither Trump nor Putin wants to waste time; they don't intend to gather "
             "merely for the sake of having a meeting,"),
            ("The spokesman", "emphasised", "for a leaders' meeting to be productive, preparatory work must "
             "first be completed at the ministerial level, specifically \"by Foreign Minister Sergey Lavrov "
             "of Russia and US Secretary of State Marco Rubio.\""),
            ("he@5", "described", "the current state of negotiations as a \"prolonged pause\""),
            ("he@6", "stressed", "\"This reluctance by Kiev to accelerate the peace talks\" is actively "
             "encouraged primarily by Ukraine's \"European overseers\""),
        ],
    },
    {
        "doc_id": "menafn_2025-08-31_kremlin-putin-zelenskyy-meeting",
        "publisher": "MENAFN", "publication_date": "2025-08-31", "form": "report",
        "url": "https://menafn.com/1109998177/Kremlin-Says-Putin-Does-Not-Exclude-Zelenskyy-Meeting",
        "date_note": "page stamp 2025-08-31 04:29:37 (the page's '02 January 2024' header is site chrome)",
        "text": (
            "Kremlin Says Putin Does Not Exclude Zelenskyy Meeting\n\n"
            "(MENAFN) Kremlin spokesperson Dmitry Peskov announced Friday that Russian President Vladimir "
            "Putin remains open to a meeting with Ukrainian President Volodymyr Zelenskyy, provided that "
            "extensive preparations are completed in advance.\n\n"
            "“I would remind you of President Putin's stance. He doesn't exclude the possibility of holding "
            "such a meeting, but believes that any high-level encounter must be well-prepared so that "
            "preliminary work done by experts could be finalized there,” Peskov stated during a Moscow "
            "press briefing.\n\n"
            "Despite a lack of progress in the ongoing Ukraine-related negotiations, Russia continues to "
            "express interest and readiness to engage in talks, the spokesman added.\n\n"
            "“It can't be said that expert discussions are flourishing. Unfortunately, that's not the case. "
            "But we remain interested and ready for such negotiations,” Peskov affirmed.\n\n"
            "He noted that Moscow has formally communicated its “request-based position” to Kyiv, "
            "emphasizing the need for further dialogue.\n\n"
            "Regarding a recent conversation between Putin and U.S. President Donald Trump in Alaska, "
            "Peskov said details remain intentionally undisclosed to support the settlement process.\n\n"
            "“We consciously refrain from disclosing details of the Alaskan meeting between the two "
            "presidents. The topic of Ukrainian conflict resolution was extensively discussed, but we deem "
            "it inappropriate to disclose any details. For effective settlement, it's crucial to proceed "
            "discreetly,” Peskov explained.\n\n"
            "He described the meeting as productive, citing Putin’s own assessment: “it was timely, "
            "substantive, and very constructive.”\n\n"
            "On August 15, Putin and Trump met at Elmendorf-Richardson Air Force Base in Alaska for nearly "
            "three hours, focusing mainly on ending the conflict in Ukraine."),
        "attributions": [
            ("Kremlin", "Says", "Putin Does Not Exclude Zelenskyy Meeting"),
            ("Kremlin spokesperson Dmitry Peskov", "announced",
             "Russian President Vladimir Putin remains open to a meeting with Ukrainian President Volodymyr "
             "Zelenskyy, provided that extensive preparations are completed in advance"),
            ("Peskov@2", "stated",
             "I would remind you of President Putin's stance. He doesn't exclude the possibility of holding "
             "such a meeting, but believes that any high-level encounter must be well-prepared so that "
             "preliminary work done by experts could be finalized there,"),
            ("the spokesman", "added", "Despite a lack of progress in the ongoing Ukraine-related "
             "negotiations, Russia continues to express interest and readiness to engage in talks"),
            ("Peskov@3", "affirmed", "It can't be said that expert discussions are flourishing. "
             "Unfortunately, that's not the case. But we remain interested and ready for such negotiations,"),
            ("He@3", "noted", "Moscow has formally communicated its “request-based position” to Kyiv"),
            ("Peskov@4", "said@2", "details remain intentionally undisclosed to support the settlement process"),
            ("Peskov@5", "explained", "We consciously refrain from disclosing details of the Alaskan meeting "
             "between the two presidents. The topic of Ukrainian conflict resolution was extensively "
             "discussed, but we deem it inappropriate to disclose any details. For effective settlement, "
             "it's crucial to proceed discreetly,"),
            ("He@4", "described", "the meeting as productive"),
            ("Putin’s", "assessment", "it was timely, substantive, and very constructive."),
        ],
    },
    {
        "doc_id": "sputnik_2025-08-29_putin-zelensky-meeting-kremlin",
        "publisher": "Sputnik", "publication_date": "2025-08-29", "form": "wire",
        "url": "https://sputnikglobe.com/20250829/putin-does-not-rule-out-possibility-of-meeting-with-"
               "zelensky---kremlin-1122683647.html",
        "date_note": "page stamp 10:12 GMT 29.08.2025; date in URL",
        "text": (
            "Putin Does Not Rule Out Possibility of Meeting With Zelensky - Kremlin\n\n"
            "Russian President Vladimir Putin does not rule out the possibility of a meeting with Volodymyr "
            "Zelensky, Kremlin spokesman Dmitry Peskov said.\n\n"
            "“Putin does not rule out the possibility of holding such a meeting, but he believes that any "
            "top-level meeting must be well-prepared so that it can finalize the groundwork that should "
            "first be carried out at the expert level. At the moment, it cannot be said that the expert "
            "work, so to speak, is in full swing. Unfortunately, it is not,” he said.\n\n"
            "Peskov noted that Russia maintains its interest and readiness for such negotiations.\n\n"
            "“All our positions have been communicated; the relevant drafts, let’s say the main provisions, "
            "were handed over to the Ukrainian side in writing. Yes, these are initial positions, and "
            "further discussion is needed. That is the state of affairs at the moment,” he added.\n\n"
            "It is important to work in a discrete mode in order to achieve the Ukrainian settlement, "
            "Kremlin spokesman Dmitry Peskov said.\n\n"
            "\"The topic of Ukrainian settlement was deeply discussed [at the meeting between Russian "
            "President Vladimir Putin and US President Donald Trump], but we believe that it is completely "
            "inappropriate to give out any details, because in the interests of the settlement it is now "
            "important to conduct work in a discrete mode,\" Peskov told reporters.\n\n"
            "The conversation between Russian President Vladimir Putin and US President Donald Trump in "
            "Alaska was necessary, timely and constructive, Peskov said.\n\n"
            "\"In general, I want to confirm that the conversation was necessary, and the president himself "
            "spoke about it, President Putin. It was timely, it was informative and very constructive,\" "
            "Peskov told reporters."),
        "attributions": [
            ("Kremlin", "-", "Putin Does Not Rule Out Possibility of Meeting With Zelensky"),
            ("Kremlin spokesman Dmitry Peskov", "said",
             "Russian President Vladimir Putin does not rule out the possibility of a meeting with "
             "Volodymyr Zelensky"),
            ("he@2", "said@3", "Putin does not rule out the possibility of holding such a meeting, but he "
             "believes that any top-level meeting must be well-prepared so that it can finalize the "
             "groundwork that should first be carried out at the expert level. At the moment, it cannot be "
             "said that the expert work, so to speak, is in full swing. Unfortunately, it is not,"),
            ("Peskov@2", "noted", "Russia maintains its interest and readiness for such negotiations"),
            ("he@3", "added", "All our positions have been communicated; the relevant drafts, let’s say the "
             "main provisions, were handed over to the Ukrainian side in writing. Yes, these are initial "
             "positions, and further discussion is needed. That is the state of affairs at the moment,"),
            ("Kremlin spokesman Dmitry Peskov@2", "said@4", "It is important to work in a discrete mode in "
             "order to achieve the Ukrainian settlement"),
            ("Peskov@3", "told reporters", "The topic of Ukrainian settlement was deeply discussed [at the "
             "meeting between Russian President Vladimir Putin and US President Donald Trump], but we "
             "believe that it is completely inappropriate to give out any details, because in the interests "
             "of the settlement it is now important to conduct work in a discrete mode,"),
            ("Peskov@4", "said@5", "The conversation between Russian President Vladimir Putin and US "
             "President Donald Trump in Alaska was necessary, timely and constructive"),
            ("Peskov@5", "told reporters@2", "In general, I want to confirm that the conversation was "
             "necessary, and the president himself spoke about it, President Putin. It was timely, it was "
             "informative and very constructive,"),
        ],
    },
    {
        "doc_id": "interfax-ukraine_2025-10-25_reiche-defense-cooperation",
        "publisher": "Interfax-Ukraine", "publication_date": "2025-10-25", "form": "wire",
        "url": "https://en.interfax.com.ua/news/general/1115585.html",
        "date_note": "page stamp 16:10 25.10.2025",
        "text": (
            "German Economy Minister notes huge potential in cooperation with Ukraine in defense industry\n\n"
            "German Minister of Economic Affairs and Energy Katherina Reiche sees opportunities and "
            "potential in expanding German-Ukrainian cooperation in the field of armaments.\n\n"
            "\"Ukraine is a hotbed of talent and an extremely interesting partner, in particular for German "
            "defense companies. My delegation includes representatives of the energy sector, as well as "
            "companies working in the field of armaments. There is huge potential for cooperation, synergy "
            "and growth,\" she said at a joint press conference with the head of Ministry of Energy of "
            "Ukraine Svitlana Hrynchuk on Saturday.\n\n"
            "According to Reiche, her visit to Kyiv emphasizes that defense policy is closely linked to the "
            "economy, and without \"effective companies there will be no defense and security.\"\n\n"
            "\"And as a federal government, we are ready, if there are obstacles, to remove them, identify "
            "the potential and create the appropriate conditions,\" the minister said.\n\n"
            "As reported, German Minister of Economic Affairs and Energy Reiche arrived in Kyiv on an "
            "unannounced visit on Friday morning, October 24. This is her first visit to Ukraine as Minister "
            "of Economic Affairs."),
        "attributions": [
            ("German Economy Minister", "notes", "huge potential in cooperation with Ukraine in defense "
             "industry"),
            ("German Minister of Economic Affairs and Energy Katherina Reiche", "sees",
             "opportunities and potential in expanding German-Ukrainian cooperation in the field of "
             "armaments"),
            ("she", "said", "Ukraine is a hotbed of talent and an extremely interesting partner, in "
             "particular for German defense companies. My delegation includes representatives of the energy "
             "sector, as well as companies working in the field of armaments. There is huge potential for "
             "cooperation, synergy and growth,"),
            ("Reiche@2", "According to", "her visit to Kyiv emphasizes that defense policy is closely linked "
             "to the economy, and without \"effective companies there will be no defense and security.\""),
            ("the minister", "said@2", "And as a federal government, we are ready, if there are obstacles, "
             "to remove them, identify the potential and create the appropriate conditions,"),
        ],
    },
    {
        "doc_id": "pravda-ua_2025-04-25_marchenko-minerals-progress",
        "publisher": "Ukrainska Pravda", "publication_date": "2025-04-25", "form": "report",
        "url": "https://www.pravda.com.ua/eng/news/2025/04/25/7509093/",
        "date_note": "page metadata date 2025-04-25; date in URL",
        "text": (
            "Progress made on mineral extraction deal with US, says Ukraine's finance minister\n\n"
            "Ukraine’s Finance Minister Serhii Marchenko has stated that \"there was progress\" towards "
            "signing a deal on mineral extraction, although negotiations between Ukraine and the United "
            "States are still ongoing.\n\n"
            "Source: Marchenko in a comment to Reuters\n\n"
            "Details: The news agency notes that Ukraine and the US still need to resolve several issues "
            "before signing the mineral extraction agreement.\n\n"
            "Marchenko stated that Kyiv officials are working to finalise the agreement \"as fast as we "
            "can\", though he did not specify a timeframe for the conclusion of talks.\n\n"
            "Quote: \"There was progress and now our teams are working very closely together. There are "
            "still some questions which we are discussing.\"\n\n"
            "Background: Ukraine and the United States have previously signed a memorandum of understanding "
            "confirming their intention to finalise and sign a deal beneficial to both nations."),
        "attributions": [
            ("Ukraine's finance minister", "says", "Progress made on mineral extraction deal with US"),
            ("Ukraine’s Finance Minister Serhii Marchenko", "has stated", "\"there was progress\" towards "
             "signing a deal on mineral extraction"),
            ("The news agency", "notes", "Ukraine and the US still need to resolve several issues before "
             "signing the mineral extraction agreement"),
            ("Marchenko@3", "stated@2", "Kyiv officials are working to finalise the agreement \"as fast as "
             "we can\""),
            ("he", "did not specify", "a timeframe for the conclusion of talks"),
            ("Marchenko@3", "Quote:", "There was progress and now our teams are working very closely "
             "together. There are still some questions which we are discussing."),
            ("Ukraine and the United States@2", "confirming", "their intention to finalise and sign a deal "
             "beneficial to both nations"),
        ],
    },
    {
        "doc_id": "devdiscourse_2025-04-24_marchenko-minerals-step",
        "publisher": "Devdiscourse", "publication_date": "2025-04-24", "form": "report",
        "url": "https://www.devdiscourse.com/article/law-order/3357941-kyiv-washington-minerals-deal-a-"
               "progressive-step-forward",
        "date_note": "page metadata date 2025-04-24",
        "text": (
            "Kyiv and Washington have moved closer to a minerals deal, although an agreement is not yet on "
            "the horizon, said Ukrainian Finance Minister Serhii Marchenko. The progress follows a "
            "memorandum signed last week as an initial stride towards developing Ukraine's mineral "
            "resources.\n\n"
            "At an event hosted by the Ukrainian embassy, Marchenko emphasized the close cooperation "
            "between the two sides. He acknowledged that some questions remain in the negotiations, although "
            "specific details have not been disclosed.\n\n"
            "Additionally, U.S. Treasury Secretary Scott Bessent pushes for discussions to include the issue "
            "of frozen Russian assets, adding another layer to the ongoing talks."),
        "attributions": [
            ("Ukrainian Finance Minister Serhii Marchenko", "said", "Kyiv and Washington have moved closer "
             "to a minerals deal, although an agreement is not yet on the horizon"),
            ("Marchenko@2", "emphasized", "the close cooperation between the two sides"),
            ("He", "acknowledged", "some questions remain in the negotiations"),
            ("U.S. Treasury Secretary Scott Bessent", "pushes for", "discussions to include the issue of "
             "frozen Russian assets"),
        ],
    },
    {
        "doc_id": "menafn-ukrinform_2025-04-17_trump-minerals-next-week",
        "publisher": "Ukrinform (via MENAFN)", "publication_date": "2025-04-17", "form": "wire",
        "url": "https://menafn.com/1109444338/Trump-Says-Ukraine-Minerals-Deal-Will-Be-Signed-Next-Week",
        "date_note": "page stamp 2025-04-17 07:10:13 (the page's '02 January 2024' header is site chrome)",
        "text": (
            "Trump Says Ukraine Minerals Deal Will Be Signed Next Week\n\n"
            "(MENAFN- UkrinForm) US President Donald Trump said that a minerals deal with Ukraine could be "
            "signed as early as next Thursday.\n\n"
            "He announced this to journalists during a meeting in the Oval Office with the head of the "
            "Italian government, an Ukrinform correspondent reports.\n\n"
            "“We have a minerals deal, which I guess is going to be signed on Thursday,” he said.\n\n"
            "At the same time, he checked with US Treasury Secretary, and then clarified that he meant“next "
            "Thursday.”\n\n"
            "As Ukrinform reported, President Volodymyr Zelensky said that Ukraine and the US could sign a "
            "memorandum of intent on the minerals deal today."),
        "attributions": [
            ("Trump", "Says", "Ukraine Minerals Deal Will Be Signed Next Week"),
            ("US President Donald Trump", "said", "a minerals deal with Ukraine could be signed as early as "
             "next Thursday"),
            ("He", "announced", "this"),
            ("an Ukrinform correspondent", "reports", "He announced this to journalists during a meeting in "
             "the Oval Office with the head of the Italian government"),
            ("he@2", "said@2", "We have a minerals deal, which I guess is going to be signed on Thursday,"),
            ("he@4", "clarified", "he meant“next Thursday.”"),
            ("Ukrinform@3", "reported", "President Volodymyr Zelensky said that Ukraine and the US could "
             "sign a memorandum of intent on the minerals deal today"),
            ("President Volodymyr Zelensky", "said@3", "Ukraine and the US could sign a memorandum of intent "
             "on the minerals deal today"),
        ],
    },
    {
        "doc_id": "censor_2025-08-28_zelenskyy-address-strike",
        "publisher": "Censor.NET", "publication_date": "2025-08-28", "form": "report",
        "url": "https://censor.net/en/videonews/3571076/address-by-president-volodymyr-zelenskyy-on-28-august",
        "date_note": "page metadata date 2025-08-28; 'on 28 August' in URL",
        "text": (
            "President Volodymyr Zelenskyy commented on Russia’s overnight strike on Ukrainian cities in a "
            "video address.\n\n"
            "According to Censor.NET, the video was published on the Telegram channel.\n\n"
            "\"All day, rescue operations continued at several sites in Kyiv — clearing the rubble after the "
            "Russian strike. It was one of the largest attacks. There were nearly 600 drones and 31 "
            "missiles, including ballistic ones. As of now, 19 people are known to have been killed in Kyiv, "
            "including four children. My condolences to all the families and loved ones.\n\n"
            "This strike clearly shows that Russia’s objectives have not changed. They want to wage war; "
            "they hit not only our people, not only our cities and communities. Russia is now striking "
            "everyone in the world who seeks peace. This is a strike on Ukraine. This is a strike on Europe. "
            "It is also a strike by Russia on President Trump and on other global actors. In Washington we "
            "heard that Putin was supposedly ready to end the war — to meet at the leaders’ level and "
            "resolve key issues. But he chooses ballistic missiles instead of any real steps toward peace. "
            "He kills children in order not to talk about when and how peace will come. The problem is that "
            "he is not afraid to strike at the very leaders to whom he promises something.\n\n"
            "A clear response from the world is needed to this evil. There are no deadlines Putin would not "
            "break. There are no diplomatic opportunities that would not be spoiled because of Russia. "
            "Strong steps are needed. I thank everyone who understands this. We need sanctions. We "
            "need tariffs on those who finance this war,\" Zelenskyy said."),
        "attributions": [
            ("President Volodymyr Zelenskyy", "commented on", "Russia’s overnight strike on Ukrainian cities"),
            ("Censor.NET", "According to", "the video was published on the Telegram channel"),
            ("Zelenskyy@2", "said", "All day, rescue operations continued at several sites in Kyiv — "
             "clearing the rubble after the Russian strike. It was one of the largest attacks. There were "
             "nearly 600 drones and 31 missiles, including ballistic ones. As of now, 19 people are known to "
             "have been killed in Kyiv, including four children. My condolences to all the families and "
             "loved ones.\n\nThis strike clearly shows that Russia’s objectives have not changed. They want "
             "to wage war; they hit not only our people, not only our cities and communities. Russia is now "
             "striking everyone in the world who seeks peace. This is a strike on Ukraine. This is a strike "
             "on Europe. It is also a strike by Russia on President Trump and on other global actors. In "
             "Washington we heard that Putin was supposedly ready to end the war — to meet at the leaders’ "
             "level and resolve key issues. But he chooses ballistic missiles instead of any real steps "
             "toward peace. He kills children in order not to talk about when and how peace will come. The "
             "problem is that he is not afraid to strike at the very leaders to whom he promises "
             "something.\n\nA clear response from the world is needed to this evil. There are no deadlines "
             "Putin would not break. There are no diplomatic opportunities that would not be spoiled because "
             "of Russia. Strong steps are needed. I thank everyone who understands this. We need sanctions. We need tariffs on "
             "those who finance this war,"),
        ],
    },
    {
        "doc_id": "menafn-ukrinform_2025-06-05_zelensky-no-peace-initiative",
        "publisher": "Ukrinform (via MENAFN)", "publication_date": "2025-06-05", "form": "report",
        "url": "https://menafn.com/1109643440/Zelensky-There-Is-No-Peace-Initiative-In-The-World-That-"
               "Russia-Has-Not-Rejected",
        "date_note": "page metadata date 2025-06-05",
        "text": (
            "Zelensky: There Is No Peace Initiative In The World That Russia Has Not Rejected\n\n"
            "(MENAFN - UkrinForm) Ukrainian President Volodymyr Zelensky stated this in his nightly video "
            "address, according to Ukrinform.\n\n"
            "\"Russia is proud of this - it is proud of its ability to kill. And honestly, that's about the "
            "only thing this state has truly mastered. Today's strike on Pryluky in the Chernihiv region: "
            "Russian drones killed the family of a Ukrainian rescuer. There were strikes on Kharkiv, Sumy "
            "region, Donetsk region, Nikopol, communities in the Zaporizhzhia region, and villages in the "
            "Kherson region. This has become the grim daily reality of what Russians, unfortunately, are allowed to do. And the world, unfortunately, continues to "
            "allow it,\" Zelensky said.\n\n"
            "The Ukrainian leader said that no peace initiative had been acceptable to Russia.\n\n"
            "\"They reject everything. The only things they find acceptable are ruins and death. They must "
            "be held accountable for this,\" he added.\n\n"
            "He noted that a Ukrainian delegation is currently holding meetings in Washington. The team from "
            "the Office of the President includes both government officials and military "
            "representatives.\n\n"
            "\"We see that many people around the world do stand with us. I'm grateful to everyone who "
            "attended the briefings held by the Ukrainian delegation. These included meetings in Congress, "
            "with representatives of the U.S. administration, interactions with journalists, and civil "
            "society organizations. There is understanding and support. We are counting heavily on strong "
            "steps - something that is in short supply right now,\" Zelensky said.\n\n"
            "Zelensky previously stated, in reference to Russian strikes on the Kherson Regional Military "
            "Administration building, that they had no military justification and that the enemy is openly "
            "destroying lives."),
        "attributions": [
            ("Zelensky", ":", "There Is No Peace Initiative In The World That Russia Has Not Rejected"),
            ("Ukrainian President Volodymyr Zelensky", "stated", "this"),
            ("Ukrinform@2", "according to", "Ukrainian President Volodymyr Zelensky stated this in his "
             "nightly video address"),
            ("Zelensky@3", "said", "Russia is proud of this - it is proud of its ability to kill. And "
             "honestly, that's about the only thing this state has truly mastered. Today's strike on Pryluky "
             "in the Chernihiv region: Russian drones killed the family of a Ukrainian rescuer. There were "
             "strikes on Kharkiv, Sumy region, Donetsk region, Nikopol, communities in the Zaporizhzhia "
             "region, and villages in the Kherson region. This has become the grim daily reality of what Russians, unfortunately, are allowed to do. And the "
             "world, unfortunately, continues to allow it,"),
            ("The Ukrainian leader", "said@2", "no peace initiative had been acceptable to Russia"),
            ("he", "added", "They reject everything. The only things they find acceptable are ruins and "
             "death. They must be held accountable for this,"),
            ("He@2", "noted", "a Ukrainian delegation is currently holding meetings in Washington"),
            ("Zelensky@5", "said@3", "We see that many people around the world do stand with us. I'm "
             "grateful to everyone who attended the briefings held by the Ukrainian delegation. These "
             "included meetings in Congress, with representatives of the U.S. administration, interactions "
             "with journalists, and civil society organizations. There is understanding and support. We are "
             "counting heavily on strong steps - something that is in short supply right now,"),
            ("Zelensky@6", "previously stated", "they had no military justification and that the enemy is "
             "openly destroying lives"),
        ],
    },
    {
        "doc_id": "ap_2025-09-25_latest-tiktok-order",
        "publisher": "Associated Press (via AM 970 The Answer)", "publication_date": "2025-09-25",
        "form": "live blog",
        "url": "https://am970theanswer.com/news/politics/the-latest-trump-signs-order-to-put-tiktok-under-"
               "us-ownership-says-china-agreed/448ac2130cf3a38d2b0e9fa7674fe50b",
        "date_note": "page stamp '8:28 AM on Thursday, September 25' (2025 from the events)",
        "text": (
            "The Latest: Trump signs order to put TikTok under US ownership, says China agreed\n\n"
            "By The Associated Press\n\n"
            "President Donald Trump issued an executive order on Thursday that says a proposed agreement on "
            "bringing TikTok under U.S. ownership meets key security concerns.\n\n"
            "That is a critical step in allowing TikTok to continue to operate in the United States.\n\n"
            "Trump insisted that Chinese leader Xi Jinping has signed off on the agreement, telling reporters "
            "“they’re on board.”\n\n"
            "Meanwhile, Defense Secretary Pete Hegseth has summoned the military’s top officers — hundreds of "
            "generals and admirals — to a base in northern Virginia for a sudden meeting next week, "
            "according to three people familiar with the matter.\n\n"
            "The directive did not offer a reason for the gathering Tuesday of senior commanders of the "
            "one-star rank or higher and their top advisers at the Marine Corps base in Quantico. The "
            "people, who described the move as unusual, were not authorized to publicly discuss the "
            "sensitive plans and spoke on condition of anonymity.\n\n"
            "The meeting, first reported by The Washington Post, comes on the heels of several unusual and "
            "unexplained actions that Hegseth has taken involving military leaders.\n\n"
            "Here's the latest:\n\n"
            "Beijing once called the demand that TikTok be spun off from its Chinese parent company an act "
            "of “robbery,” but Chinese officials changed their tune as the U.S.-China trade war progressed."),
        "attributions": [
            ("Trump", "says", "China agreed"),
            ("an executive order", "says@2", "a proposed agreement on bringing TikTok under U.S. ownership "
             "meets key security concerns"),
            ("Trump@3", "insisted", "Chinese leader Xi Jinping has signed off on the agreement"),
            ("Trump@3", "telling reporters", "they’re on board."),
            ("three people familiar with the matter", "according to", "Defense Secretary Pete Hegseth has "
             "summoned the military’s top officers — hundreds of generals and admirals — to a base in "
             "northern Virginia for a sudden meeting next week"),
            ("The people", "described", "the move as unusual"),
            ("The Washington Post", "first reported", "The meeting"),
            ("Beijing", "once called", "the demand that TikTok be spun off from its Chinese parent company "
             "an act of “robbery,”"),
        ],
    },
    {
        "doc_id": "sputnik_2025-01-14_lavrov-press-conference-live",
        "publisher": "Sputnik", "publication_date": "2025-01-14", "form": "live blog",
        "url": "https://sputnikglobe.com/20250114/live-updates-lavrov-reviews-last-years-results-of-russian-"
               "diplomacy-1121425082.html",
        "date_note": "entry stamps 14.01.2025; date in URL",
        "text": (
            "Russia’s Foreign Minister Sergey Lavrov holds a press conference in Moscow on Tuesday, which "
            "will be attended by Russian and foreign journalists.\n\n"
            "Foreign Minister Sergey Lavrov of Russia is holding an annual press conference on the results "
            "of Russian diplomacy in 2024.\n\n"
            "Lavrov is due to meet media representatives from Russia and beyond to answer their questions on "
            "a whole array of pressing international issues, including those related to Ukraine and the "
            "Middle East.\n\n"
            "11:01 GMT 14.01.2025\n\n"
            "Russia Thankful to Vietnam for Proposal to Host Talks on Ukraine - Lavrov\n\n"
            "Russia is thankful to Vietnam for its proposal to host negotiations on Ukraine, Russian Foreign "
            "Minister Sergey Lavrov said on Tuesday.\n\n"
            "\"We heard that Vietnam is ready to host even negotiations. We are grateful for this, we really "
            "appreciate the attitude of our Vietnamese friends. But we cannot comment on anything now, "
            "because there are no specific proposals, and the tasks that we are solving must be "
            "completed,\" Lavrov told a press conference on the overview of Russian diplomacy in 2024 when "
            "asked about possible talks with the US administration.\n\n"
            "10:24 GMT 14.01.2025\n\n"
            "Russia Will Study Trump’s Plan on Ukrainian Settlement When He Formulates It\n\n"
            "Russia will study US President-elect Donald Trump's final position on Ukraine when he "
            "formulates it after his inauguration, Russian Foreign Minister Sergey Lavrov said on "
            "Tuesday.\n\n"
            "\"When ... Trump formulates his final position on Ukrainian affairs once he takes office, of "
            "course, we will study it,\" Lavrov told a press conference on the overview of Russian diplomacy "
            "in 2024."),
        "attributions": [
            ("Lavrov@2", "-", "Russia Thankful to Vietnam for Proposal to Host Talks on Ukraine"),
            ("Russian Foreign Minister Sergey Lavrov", "said",
             "Russia is thankful to Vietnam for its proposal to host negotiations on Ukraine"),
            ("Lavrov@4", "told a press conference", "We heard that Vietnam is ready to host even "
             "negotiations. We are grateful for this, we really appreciate the attitude of our Vietnamese "
             "friends. But we cannot comment on anything now, because there are no specific proposals, and "
             "the tasks that we are solving must be completed,"),
            ("Russian Foreign Minister Sergey Lavrov@2", "said@2", "Russia will study US President-elect "
             "Donald Trump's final position on Ukraine when he formulates it after his inauguration"),
            ("Lavrov@6", "told a press conference@2", "When ... Trump formulates his final position on "
             "Ukrainian affairs once he takes office, of course, we will study it,"),
        ],
    },
    {
        "doc_id": "govuk_2025-02-25_pm-call-macron",
        "publisher": "Prime Minister's Office, 10 Downing Street (GOV.UK)", "publication_date": "2025-02-25",
        "form": "readout",
        "url": "https://www.gov.uk/government/news/pm-call-with-president-macron-of-france-25-february-2025",
        "date_note": "page metadata date 2025-02-25; date in the title",
        "text": (
            "PM call with President Macron of France: 25 February 2025\n\n"
            "The Prime Minister spoke to President Macron this afternoon.\n\n"
            "The Prime Minister said he was looking forward to travelling to the US this week and the "
            "leaders reflected on President Macron’s visit to Washington yesterday. They agreed that "
            "President Trump’s leadership in working towards a durable peace in Ukraine was welcome.\n\n"
            "They both reiterated that Ukraine must be at the heart of any negotiations, and the UK and "
            "Europe are ready to play our part.\n\n"
            "The leaders looked forward to speaking again soon, after the Prime Minister returns from "
            "Washington D.C."),
        "attributions": [
            ("The Prime Minister@2", "said", "he was looking forward to travelling to the US this week"),
            ("the leaders", "reflected on", "President Macron’s visit to Washington yesterday"),
            ("They", "agreed", "President Trump’s leadership in working towards a durable peace in Ukraine "
             "was welcome"),
            ("They both", "reiterated", "Ukraine must be at the heart of any negotiations, and the UK and "
             "Europe are ready to play our part"),
        ],
    },
    {
        "doc_id": "upi_2025-06-25_trump-iran-meet-next-week",
        "publisher": "UPI", "publication_date": "2025-06-25", "form": "wire",
        "url": "https://www.upi.com/Top_News/World-News/2025/06/25/trump-iran-talks/7601750882885/",
        "date_note": "page metadata date 2025-06-25; page stamp 'June 25, 2025 / 5:00 PM'; dateline",
        "text": (
            "Trump says U.S., Iran to meet next week\n\n"
            "June 25 (UPI) -- U.S. and Iranian officials will meet next week to discuss current events but "
            "won't necessarily negotiate any agreements, President Donald Trump announced on Wednesday.\n\n"
            "The president didn't say when or where the talks would occur, who would participate or their "
            "purpose as he was leaving the NATO summit in The Hague.\n\n"
            "\"We may sign an agreement,\" he told media. \"I don't think it's that necessary.\"\n\n"
            "Trump said Iran won't continue trying to create a nuclear arsenal after the U.S. airstrikes on "
            "three Iranian nuclear facilities early Sunday morning local time.\n\n"
            "\"They had a war they fought, [and] now they're going back to their world,\" Trump added. \"I "
            "don't care if we have an agreement or not.\"\n\n"
            "He said the attacks by the United States and others by Israel have \"obliterated\" Iran's "
            "nuclear facilities and buried its enriched uranium, USA Today reported.\n\n"
            "Reports conflict regarding the extent of damage to the nuclear facilities in Iran and the "
            "aerial attacks' impact on the Middle East nation's nuclear weapons program.\n\n"
            "A Pentagon report suggests aerial attacks only have delayed Iran's nuclear weapons aspirations "
            "by a few months. It also says about 400 kilograms of enriched uranium might have been moved "
            "hours before the attacks."),
        "attributions": [
            ("Trump", "says", "U.S., Iran to meet next week"),
            ("President Donald Trump", "announced", "U.S. and Iranian officials will meet next week to "
             "discuss current events but won't necessarily negotiate any agreements"),
            ("The president", "didn't say", "when or where the talks would occur, who would participate or "
             "their purpose"),
            ("he", "told media", "We may sign an agreement,"),
            ("Trump@3", "said", "Iran won't continue trying to create a nuclear arsenal after the U.S. "
             "airstrikes on three Iranian nuclear facilities early Sunday morning local time"),
            ("Trump@4", "added", "They had a war they fought, [and] now they're going back to their world,"),
            ("He", "said@2", "the attacks by the United States and others by Israel have \"obliterated\" "
             "Iran's nuclear facilities and buried its enriched uranium"),
            ("USA Today", "reported", "He said the attacks by the United States and others by Israel have "
             "\"obliterated\" Iran's nuclear facilities and buried its enriched uranium"),
            ("Reports", "conflict regarding", "the extent of damage to the nuclear facilities in Iran and the "
             "aerial attacks' impact on the Middle East nation's nuclear weapons program"),
            ("A Pentagon report", "suggests", "aerial attacks only have delayed Iran's nuclear weapons "
             "aspirations by a few months"),
            ("It", "also says", "about 400 kilograms of enriched uranium might have been moved hours before "
             "the attacks"),
        ],
    },
    {
        "doc_id": "spotlightnepal_2025-06-26_trump-iran-next-week",
        "publisher": "Spotlight Nepal", "publication_date": "2025-06-26", "form": "report",
        "url": "https://www.spotlightnepal.com/2025/06/26/trump-says-us-will-speak-iran-next-week/",
        "date_note": "page stamp 'June 26, 2025, 8:06 a.m.'; date in URL",
        "text": (
            "Trump says US will speak to Iran next week\n\n"
            "June 26, 2025, 8:06 a.m.\n\n"
            "US President Donald Trump says the war between Israel and Iran is over and the United States "
            "plans to have talks with Iran next week.\n\n"
            "He was speaking Wednesday at a news conference during the NATO summit in The Hague.\n\n"
            "Trump said: \"It was a 12-day war, and we think it's over. I don't think they're going to be "
            "going back at each other.\"\n\n"
            "He said he thinks so because he \"dealt with both and they're both tired, exhausted.\"\n\n"
            "Indicating his administration will talk to Iran next week, Trump said, \"We may sign an "
            "agreement,\" and stressed, \"The only thing we'd be asking for is what we were asking for "
            "before, about we want no nuclear.\"\n\n"
            "The US and Iran have been negotiating on Tehran's nuclear program since April. But no official "
            "talks have been held since Israel launched attacks against Iran on June 13.\n\n"
            "Meanwhile, there were no reports of major attacks or damage in either Israel or Iran on "
            "Wednesday. Trump had said both sides would stop fighting following their ceasefire "
            "agreement.\n\n"
            "But the Israeli military said on Tuesday night that it intercepted two drones \"most likely "
            "from Iran\" that were making their way toward Israel.\n\n"
            "It also said on Wednesday that its air force had intercepted a drone that was \"apparently\" "
            "launched from Yemen and did not enter Israeli territory.\n\n"
            "It remains to be seen whether the ceasefire will be maintained."),
        "attributions": [
            ("Trump", "says", "US will speak to Iran next week"),
            ("US President Donald Trump", "says@2", "the war between Israel and Iran is over and the United "
             "States plans to have talks with Iran next week"),
            ("Trump@3", "said", "It was a 12-day war, and we think it's over. I don't think they're going to "
             "be going back at each other."),
            ("He@2", "said@2", "he thinks so because he \"dealt with both and they're both tired, "
             "exhausted.\""),
            ("Trump@4", "Indicating", "his administration will talk to Iran next week"),
            ("Trump@4", "said@3", "We may sign an agreement,"),
            ("Trump@4", "stressed", "The only thing we'd be asking for is what we were asking for before, "
             "about we want no nuclear."),
            ("Trump@5", "had said", "both sides would stop fighting following their ceasefire agreement"),
            ("the Israeli military", "said@5", "it intercepted two drones \"most likely from Iran\" that were "
             "making their way toward Israel"),
            ("It", "said@6", "its air force had intercepted a drone that was \"apparently\" launched from "
             "Yemen and did not enter Israeli territory"),
        ],
    },
]
