"""The labels as written by hand (evalsets/trace/GUIDELINES.md; decisions in README.md),
before whosaid was run on any of these texts. build.py turns them into trace.jsonl.

Every news item here is in Russian or Ukrainian; both stored sources are English translations
(Russian MFA) of words spoken in Russian, so every link is cross-lingual.

Each label: (id, news, quote, speaker, said, direct, source, passage, relation, misquote, note)
`quote` and `passage` are exact text, or a pair (first words, last words): the run from the
only occurrence of the first words to the end of the next occurrence of the last words.
"""
P, T, M, K = "Vladimir Putin", "Donald Trump", "Valentina Matviyenko", "Dmitry Peskov"
H, KB, G = "Nathan Hodge", "John Kirby", "Valery Gerasimov"
SC = "mfa-2025-11-21-security-council"
PC = "mfa-2016-12-23-putin-news-conference"
XL = "cross-lingual"
BEYOND = "same event; its passage lies beyond the stored excerpt of the transcript"
OPENING = ("same event; Putin's opening of the meeting, said before the question with which the "
           "stored excerpt begins: not in the source")
UNTRANSLATED = ("same event; a line of the exchange that the stored MFA translation leaves out "
                "(it starts at the question proper): not in the source")
CP = ("another occasion: Putin's meeting at a command post of the Zapad group of forces on "
      "20 November, the day before the stored meeting; no transcript of it is stored")
GER = ("another occasion and speaker: Gerasimov's report at the command-post meeting of "
       "20 November; not stored")
PESKOV = ("another speaker and occasion: Peskov to reporters on 25 November, four days after "
          "the stored meeting; close in content to the stored passage on the updated plan")
DL = ("another occasion: Putin's Direct Line of 19 December 2025 (28 days after the stored "
      "meeting, outside a 7-day window); no transcript of it is stored")
D22 = ("another occasion: the Defense Ministry board of 22 December, the day before the "
       "stored news conference (whose passage recalls it)")
TRUMP = "Trump's post of 22 December quoted in the report; not a speaker of any stored source"
KIRBY = ("another speaker and occasion: the State Department spokesman's briefing of "
         "22 December; not stored")
ANOTHER_Q = BEYOND + " (the answer to another question at the same news conference)"

# Security Council, 21 November 2025 (MFA English translation; passages as in evalsets/trace)
SC_Q = ("Donald Trump's 28-point peace plan on the Ukrainian crisis", "President Trump in Alaska?")
SC_P1 = ("It's no secret:", "“flexibility”.")
SC_P2 = ("The main point of the Alaska summit", "demonstrate the requested flexibility.")
SC_P2_5 = ("The main point of the Alaska summit", "proposed by President Trump.")
SC_P3 = ("We provided detailed information", "of course, the CSTO states.")
SC_P4 = ("All our friends and partners, and I want", "supported these potential arrangements.")
SC_P3_4 = ("We provided detailed information", "supported these potential arrangements.")
SC_P5 = ("However, after the negotiations in Alaska", "proposed by President Trump.")
SC_P5_6 = ("However, after the negotiations in Alaska", "an updated plan consisting of 28 points.")
SC_P6 = ("I believe this is precisely why", "an updated plan consisting of 28 points.")
SC_P6_8 = ("I believe this is precisely why", "with the US Administration.")
SC_P7 = "We have the text."
SC_P78 = ("We have the text.", "with the US Administration.")
SC_P8 = ("We received it through", "with the US Administration.")
SC_P9 = ("I believe it too could form", "discussed with us in substance.")
SC_P7_9 = ("We have the text.", "discussed with us in substance.")
SC_P10 = "And I can suggest why."
# Putin's news conference, 23 December 2016 (MFA English translation; passages as in trace-dev2)
PC_Q1 = ("Mr President,You made a statement yesterday", "production of new kinds of nuclear weapons.")
PC_Q3 = "Perhaps you simply could not help but respond to Mr Trump’s statement yesterday on nuclear weapons?"
PC_NEW = "Regarding the US President-elect, Mr Trump, there is nothing new here."
PC_CAMPAIGN = ("On the campaign trail he talked", "nuclear capability and armed forces.")
PC_NEW_UNUSUAL = ("Regarding the US President-elect", "Sothereisnothingunusualhere.")
PC_UNUSUAL = "Sothereisnothingunusualhere."
PC_SURPRISED = ("Honestly, I was quite surprised", "But nobody suggested otherwise .")
PC_SURPRISED1 = ("Honestly, I was quite surprised", "the most powerful army in the world.")
PC_SURPRISED2 = "But nobody suggested otherwise ."
PC_SURPRISED_YESTERDAY = ("Honestly, I was quite surprised", "– and this is key – aggressor.")
PC_YESTERDAY_POINT = ("If you listened carefully", "and not an incidental one.")
PC_POINT_REPEAT = ("This is a very important point", "I have no problem repeating it.")
PC_STRONGER = "We are stronger than any potential aggressor."

N_AZ = "az1news-2025-11-21-putin-us-plan"
N_VDW = "vedomosti-2025-11-21-what-putin-said"
N_VDR = "vedomosti-2025-11-21-putin-received-plan"
N_SVO = "svoboda-2025-11-21-putin-first-comment"
N_RV = "realnoevremya-2025-11-21-putin-us-plan"
N_NM = "newsmail-2025-11-21-putin-28-points"
N_NMB = "newsmail-2025-11-21-putin-before-alaska"
N_LF = "life-2025-11-21-putin-28-points"
N_LFX = "life-2025-11-21-putin-flexibility"
N_LFI = "life-2025-11-21-putin-illusions"
N_TSP = "tassru-2025-11-21-putin-partners"
N_TSM = "tassru-2025-11-21-matviyenko-question"
N_RBC = "rbc-2025-11-21-putin-security-council"
N_NR = "newsru-2025-11-21-putin-security-council-video"
N_RG = "regnum-2025-11-21-putin-draft"
N_KOM = "kommersant-2025-11-21-kolesnikov"
N_GZ = "gazeta-2025-11-21-putin-kupyansk"
N_360 = "360-2025-11-21-putin-kupyansk"
N_CP = "gazeta-2025-11-21-putin-command-post"
N_PK = "vedomosti-2025-11-25-peskov-draft"
N_DL = "dailystorm-2025-12-19-putin-compromises"
N_KP = "newsmail-2025-11-kp-plan"
N_RS = "rsute-2016-12-23-putin-no-novelty"
N_STJ = "sputniktj-2016-12-23-putin-kirby"
N_VS = "vesti-2016-12-23-trump-arms-race"
N_NMR = "newsmir-2016-12-23-putin-obama"
N_VN = "vestinews-2016-12-23-putin-arms-race"
N_VV = "vipvideoclub-2016-12-23-putin-press"
N_LB = "lbua-2016-12-23-kirby"
N_EA = "eadaily-2016-12-22-putin-aggressor"
N_INO = "inopressa-2016-12-23-times-nuclear"
N_TV = "tvrain-2016-12-23-putin-us-reaction"
N_KOR = "korrespondent-2016-12-23-putin-any-aggressor"

S, D1, D2 = "2025-11-21", "2016-12-23", "2016-12-22"

LABELS = [
# ---------------- Security Council, 21 November 2025 ----------------
("sc-az-1", N_AZ, "Мирный план США из 28 пунктов может быть положен в основу мирного урегулирования на Украине", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-az-2", N_AZ, "Полагаю, что он может быть положен в основу окончательного мирного урегулирования [в Украине]", P, S, True, SC, SC_P9, "translation", False, XL + "; with the outlet's bracketed insertion"),
("sc-az-3", N_AZ, "предложенный президентом США Дональдом Трампом план был модернизирован после их встречи на Аляске", P, S, False, SC, SC_P5_6, "paraphrase", False, XL),
("sc-az-4", N_AZ, "У нас этот текст есть. Мы получили его по имеющимся каналам взаимодействия с американской администрацией", P, S, True, SC, SC_P78, "translation", False, XL),
("sc-az-5", N_AZ, "Но предметно с нами этот текст не обсуждается", P, S, True, SC, SC_P9, "translation", False, XL + "; first part of a quote interrupted by a cue; the second half of the stored sentence"),
("sc-az-6", N_AZ, "И могу предположить, почему", P, S, True, SC, SC_P10, "translation", False, XL + "; the quote after the cue is split at the end of the stored excerpt (README)"),
("sc-az-7", N_AZ, ("Причина, полагаю, та же самая", "Украина против"), P, S, True, None, None, None, False, BEYOND),
("sc-az-8", N_AZ, "находятся в иллюзиях и мечтают нанести России стратегическое поражение", P, S, False, None, None, None, False, BEYOND),
("sc-az-9", N_AZ, "работает над достижением целей, но Россия готова к решению проблемы мирным путем", P, S, False, None, None, None, False, BEYOND),
("sc-vdw-1", N_VDW, "Российская сторона получила план США по Украине по имеющимся каналам взаимодействия с американской администрацией", P, S, False, SC, SC_P8, "paraphrase", False, XL + "; a bullet of the outlet's list of the president's statements"),
("sc-vdw-2", N_VDW, "Мирный план США может лечь в основу урегулирования российско-украинского конфликта", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-vdw-3", N_VDW, "США и РФ предметно не обсуждали детали соглашения", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-vdr-1", N_VDR, "Россия получила текст плана президента США Дональда Трампа по урегулированию конфликта на Украине", P, S, False, SC, SC_P78, "paraphrase", False, XL),
("sc-vdr-2", N_VDR, "российская сторона получила его по имеющимся каналам взаимодействия с американской администрацией", P, S, False, SC, SC_P8, "paraphrase", False, XL),
("sc-vdr-3", N_VDR, "Однако предметно с Москвой текст не обсуждается", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-vdr-4", N_VDR, "администрации США не удается до сих пор заручиться согласием украинской стороны, так как Украина против", P, S, False, None, None, None, False, BEYOND),
("sc-vdr-5", N_VDR, "Видимо, Украина и ее европейские союзники до сих пор находятся в иллюзиях и мечтают нанести России стратегическое поражение на поле боя", P, S, True, None, None, None, False, BEYOND),
("sc-vdr-6", N_VDR, "в основе украинской позиции лежит необъективная оценка ситуации на фронте", P, S, False, None, None, None, False, BEYOND),
("sc-vdr-7", N_VDR, "Купянск уже на момент 4 н", P, S, False, None, None, None, False, BEYOND + "; cut by the end of the news excerpt"),
("sc-svo-1", N_SVO, "план, представленный администрацией Дональда Трампа, может стать основой для мирного урегулирования российско-украинской войны", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-svo-2", N_SVO, "Россия получила текст плана, но предметно он с российской стороной не обсуждался", P, S, False, SC, SC_P7_9, "paraphrase", False, XL + "; the clause after it ('поскольку…') is sc-svo-3"),
("sc-svo-3", N_SVO, "поскольку Украина пока не дала согласия на предложения", P, S, False, None, None, None, False, BEYOND + " (the reason given after 'And I can suggest why'); not the stored sentence on Ukraine's refusal of the earlier plan"),
("sc-svo-4", N_SVO, "обсуждаемый документ — \"модернизированная версия\" соглашения, которое рассматривалось во время его переговоров с президентом США Дональдом Трампом на Аляске", P, S, False, SC, SC_P6, "paraphrase", False, XL),
("sc-svo-5", N_SVO, "Москва подтвердила своё согласие с предложениями, но после встречи последовала пауза со стороны США из-за отказа Украины от плана", P, S, False, SC, SC_P2_5, "paraphrase", False, XL + "; two non-adjacent sentences, so the run between them"),
("sc-svo-6", N_SVO, "США просили Россию пойти \"на определённые компромиссы\"", P, S, False, SC, SC_P1, "paraphrase", False, XL + "; with a quoted phrase"),
("sc-svo-7", N_SVO, "Россия готова к мирным переговорам, но её устраивает текущая динамика боевых действий в Купянске и на других участках фронта устраивает Россию", P, S, False, None, None, None, False, BEYOND),
("sc-rv-1", N_RV, "о возможности использовать предложенный США мирный план из 28 пунктов в качестве основы для завершения конфликта на Украине", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-rv-2", N_RV, "содержание документа пока не было детально обсуждено с российской стороной", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-rv-3", N_RV, ("Однако мы видим, что после переговоров на Аляске", "плана мирного урегулирования"), P, S, True, SC, SC_P5, "translation", False, XL + "; the next sentence is cut after its first words ('Полагаю, что и'), left unlabelled"),
("sc-nm-1", N_NM, "о получении от США плана, состоящего из 28 пунктов, направленного на разрешение украинского конфликта", P, S, False, SC, SC_P6_8, "paraphrase", False, XL),
("sc-nm-2", N_NM, "У нас этот текст есть, мы получили его по имеющимся каналам взаимодействия с американской администрацией", P, S, True, SC, SC_P78, "translation", False, XL),
("sc-nm-3", N_NM, "детального обсуждения предложенного плана с Россией не проводилось", P, S, False, SC, SC_P9, "paraphrase", False, XL + "; the clause after it ('из-за позиции Киева') is sc-nm-4"),
("sc-nm-4", N_NM, "из-за позиции Киева", P, S, False, None, None, None, False, BEYOND),
("sc-nm-5", N_NM, "данный документ может послужить «основой окончательного мирного урегулирования»", P, S, False, SC, SC_P9, "paraphrase", False, XL + "; with a quoted phrase"),
("sc-nm-6", N_NM, "в ходе встречи в Анкоридже Россия подтвердила свою готовность к обсуждению предложений американской стороны по урегулированию, несмотря на сложности", P, S, False, SC, SC_P2, "paraphrase", False, XL),
("sc-nm-7", N_NM, "Обновленная версия американского плана была разработана в связи с возникшей задержкой в переговорном процессе", P, S, False, SC, SC_P5_6, "paraphrase", False, XL),
("sc-nmb-1", N_NMB, "Москва и Вашингтон начали обсуждать мирный план американского лидера Дональда Трампа по Украине ещё до саммита на Аляске", P, S, False, SC, SC_P1, "paraphrase", False, XL),
("sc-nmb-2", N_NMB, ("Мы это публично почти не обсуждали", "обсуждался до встречи на Аляске"), P, S, True, SC, SC_P1, "translation", False, XL + "; the stored translation leaves out 'we have hardly discussed this publicly, only in the most general terms' (as sc-vpk-1 in evalsets/trace)"),
("sc-lf-1", N_LF, "Российская сторона получила от Соединённых Штатов Америки мирный план по Украине, состоящий из 28 пунктов", P, S, False, SC, SC_P6_8, "paraphrase", False, XL),
("sc-lf-2", N_LF, "У нас этот текст есть, мы получили его по имеющимся каналам взаимодействия с американской администрацией", P, S, True, SC, SC_P78, "translation", False, XL),
("sc-lf-3", N_LF, "план, представленный администрацией Трампа, может стать основой для мирного урегулирования конфликта на Украине", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-lf-4", N_LF, "США «предметно» документ с российской стороной ещё не обсуждали", P, S, False, SC, SC_P9, "paraphrase", False, XL + "; with a quoted word"),
("sc-lfx-1", N_LFX, "В ходе саммита на Аляске российская сторона подтвердила готовность к гибкому подходу в вопросах урегулирования украинского конфликта", P, S, False, SC, SC_P2, "paraphrase", False, XL),
("sc-lfx-2", N_LFX, "основная цель переговоров в Анкоридже заключалась в демонстрации готовности Москвы учитывать предложения Вашингтона", P, S, False, SC, SC_P2, "paraphrase", False, XL),
("sc-lfx-3", N_LFX, "Несмотря на наличие сложных вопросов и существующих разногласий, российская делегация выразила согласие с необходимостью проявления гибкости в переговорном процессе", P, S, False, SC, SC_P2, "paraphrase", False, XL + "; reported speech continued from the sentence before"),
("sc-lfx-4", N_LFX, ("Основная цель встречи на Аляске заключалась", "готовы проявить предлагаемую гибкость"), P, S, True, SC, SC_P2, "translation", False, XL),
("sc-lfi-1", N_LFI, "Украина и её европейские партнеры, по всей видимости, продолжают заблуждаться относительно шансов добиться стратегического поражения России на поле боя", P, S, False, None, None, None, False, BEYOND),
("sc-lfi-2", N_LFI, "Видимо, Украина и её европейские союзники до сих пор находятся в иллюзиях и мечтают нанести России стратегическое поражение на поле боя", P, S, True, None, None, None, False, BEYOND),
("sc-lfi-3", N_LFI, "такая позиция обусловлена не столько недостатком знаний, сколько отсутствием достоверных сведений о ситуации на фронте", P, S, False, None, None, None, False, BEYOND),
("sc-lfi-4", N_LFI, "ни в Украине, ни в Европе, похоже, не осознают возможных конечных последствий такого положения дел", P, S, False, None, None, None, False, BEYOND),
("sc-lfi-5", N_LFI, "получил мирный план Трампа по Украине, состоящий из 28 пунктов", P, S, False, SC, SC_P6_8, "paraphrase", False, XL),
("sc-lfi-6", N_LFI, "этот документ может стать основой для мирного урегулирования конфликта", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-lfi-7", N_LFI, "США «предметно» документ с российской стороной ещё не обсуждали", P, S, False, SC, SC_P9, "paraphrase", False, XL + "; with a quoted word"),
("sc-tsp-1", N_TSP, "Россия подробно проинформировала своих друзей и партнеров о своих подходах к украинскому урегулированию и получила их поддержку", P, S, False, SC, SC_P3_4, "paraphrase", False, XL),
("sc-tsp-2", N_TSP, ("По всем этим вопросам мы подробно проинформировали", "и страны ОДКБ, разумеется"), P, S, True, SC, SC_P3, "translation", False, XL + "; first part of a quote interrupted by a cue"),
("sc-tsp-3", N_TSP, "Все наши друзья и партнеры, я хочу это подчеркнуть, именно все до одного, все поддержали эти возможные договоренности", P, S, True, SC, SC_P4, "translation", False, XL + "; second part of the quote"),
("sc-tsm-1", N_TSM, ("Владимир Владимирович, позвольте, пожалуйста.", "с Трампом на Аляске?"), M, S, True, SC, SC_Q, "translation", False, XL + "; the question turn; the MFA translation leaves out the opening address"),
("sc-rbc-1", N_RBC, "Россия достигает целей военной операции на Украине вооруженным путем, но готова и к мирным переговорам", P, S, False, None, None, None, False, BEYOND),
("sc-rbc-2", N_RBC, "Предметно план США с Москвой не обсуждался, однако может послужить основой урегулирования", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-rbc-3", N_RBC, "приоритеты российского председательства в ОДКБ в 2026 году и стратегия действий России", P, S, False, None, None, None, False, OPENING),
("sc-rbc-4", N_RBC, "Владимир Владимирович, позвольте", M, S, True, None, None, None, False, UNTRANSLATED + "; the outlet prints the exchange as a transcript"),
("sc-rbc-5", N_RBC, "Да, пожалуйста, Валентина Ивановна", P, S, True, None, None, None, False, UNTRANSLATED),
("sc-rbc-6", N_RBC, ("Сейчас во всем мире очень активно обсуждается", "с Трампом на Аляске?"), M, S, True, SC, SC_Q, "translation", False, XL + "; the question turn, printed as a transcript"),
("sc-rbc-7", N_RBC, ("Да, конечно, здесь секрета никакого нет.", "Мы публично это почти не о"), P, S, True, SC, SC_P1, "translation", False, XL + "; the opening of the answer, cut by the end of the news excerpt; the stored translation condenses it to 'It's no secret:' (as sc-vpk-1 in evalsets/trace)"),
("sc-nr-1", N_NR, "США представили новый вариант мирного плана по урегулированию ситуации на Украине", P, S, False, SC, SC_P6, "paraphrase", False, XL),
("sc-nr-2", N_NR, "документ, составленный американской стороной, может лечь в основу окончательного решения конфликта", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-nr-3", N_NR, "у Москвы есть текст предложений", P, S, False, SC, SC_P7, "paraphrase", False, XL + "; the clause after it is left out (README)"),
("sc-nr-4", N_NR, "во время встречи в Анкоридже российская сторона подтвердила согласие рассмотреть предложения, несмотря на сложности в переговорах", P, S, False, SC, SC_P2, "paraphrase", False, XL),
("sc-nr-5", N_NR, "новая редакция плана президента США Дональда Трампа появилась после паузы в консультациях и стала результатом дальнейшей работы двух стран", P, S, False, SC, SC_P5_6, "paraphrase", False, XL + "; 'the result of further work by the two countries' is the outlet's gloss (indirect speech, so not a misquote)"),
("sc-rg-1", N_RG, ("У нас этот текст есть, мы получили его", "предметно с нами этот текст не обсуждается"), P, S, True, SC, SC_P7_9, "translation", False, XL),
("sc-kom-1", N_KOM, "У нас сегодня два вопроса, важных", P, S, True, None, None, None, False, OPENING),
("sc-kom-2", N_KOM, ("О приоритетах российского председательства ОДКБ", "министру иностранных дел (Сергею"), P, S, True, None, None, None, False, OPENING + "; second part of the quote, cut by the end of the news excerpt"),
("sc-gz-1", N_GZ, ("на момент, когда украинская сторона сообщила", "находился в руках российских сил"), P, S, False, None, None, None, False, BEYOND),
("sc-gz-2", N_GZ, ("Две недели тому назад в Киеве публично заявляли", "в руках российских Вооруженных Сил"), P, S, True, None, None, None, False, BEYOND),
("sc-gz-3", N_GZ, "у украинского руководства нет объективной информации о положении дел на фронте или они не могут ее объективно проанализировать", P, S, False, None, None, None, False, BEYOND),
("sc-gz-4", N_GZ, ("события, которые произошли в Купянске", "по мирному урегулирова"), P, S, False, None, None, None, False, BEYOND + "; mentions Trump's proposals; cut by the end of the news excerpt"),
("sc-360-1", N_360, "Власти Украины не владеют актуальной информацией о ситуации на поле боя", P, S, False, None, None, None, False, BEYOND),
("sc-360-2", N_360, "Купянск уже 4 ноября практически полностью отошел России", P, S, False, None, None, None, False, BEYOND),
("sc-360-3", N_360, "Украина и Европа все еще пребывают в иллюзиях и надеются нанести России стратегическое поражение", P, S, False, None, None, None, False, BEYOND),
("sc-360-4", N_360, "недостатком информации о положении дел на поле боя или компетенций для того, чтобы ее интерпретировать", P, S, False, None, None, None, False, BEYOND),
("sc-360-5", N_360, "4 ноября киевский режим утверждал, что там не больше 60 российских бойцов, хотя в реальности город почти перешел под контроль России", P, S, False, None, None, None, False, BEYOND),
("sc-360-6", N_360, ("Но хочу вас проинформировать о том", "уже окончательно была решена"), P, S, True, None, None, None, False, BEYOND),
("sc-360-7", N_360, "история с взятием Купянска повторится на других ключевых участках боевы", P, S, False, None, None, None, False, BEYOND + "; cut by the end of the news excerpt"),
("sc-kp-1", N_KP, "мирный план США по Украине потенциально может стать основой для урегулирования конфликта", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-kp-2", N_KP, "документ с Россией не обсуждается", P, S, False, SC, SC_P9, "paraphrase", False, XL),
("sc-kp-3", N_KP, "Причина в том, что Вашингтону не удается добиться согласия от украинской стороны", P, S, False, None, None, None, False, BEYOND + "; reported speech continued from the sentence before"),
# ---------------- Putin at a command post, 20 November 2025 (no source stored) ----------------
("cp-gz-1", N_CP, "В Купянске и около него заблокировано около 15 батальонов ВСУ", P, "2025-11-20", False, None, None, None, False, CP),
("cp-gz-2", N_CP, ("Имею в виду Купянск — Узловой", "примерно 15 батальонов"), P, "2025-11-20", True, None, None, None, False, CP),
("cp-gz-3", N_CP, "российские военнослужащие взяли под контроль Купянск", G, "2025-11-20", False, None, None, None, False, GER),
# ---------------- Peskov, 25 November 2025 (no source stored) ----------------
("pk-vd-1", N_PK, "Проект мирного плана из 28 пунктов разрабатывался американской стороной", K, "2025-11-25", False, None, None, None, False, PESKOV),
("pk-vd-2", N_PK, ("Действительно, это набросок американской стороны", "которые были достигнуты в Анкоридже"), K, "2025-11-25", True, None, None, None, False, PESKOV),
# ---------------- Putin's Direct Line, 19 December 2025 (no source stored) ----------------
("dl-ds-1", N_DL, "Москва была готова принять «непростые решения» и согласилась на компромиссы по Украине, предложенные Соединенными Штатами", P, "2025-12-19", False, None, None, None, False, DL),
("dl-ds-2", N_DL, ("К нам обратились с просьбой пойти на определенные компромиссы.", "с предлагаемыми нам компромиссами согласны"), P, "2025-12-19", True, None, None, None, False, DL + "; nearly the words of the stored passages on the compromises the US side asked for and Russia's agreement in Anchorage"),
("dl-ds-3", N_DL, "на встрече с президентом США Дональдом Трампом в Анкоридже стороны согласовали предложения и заявлять, что Россия их отвергает, — некорректно", P, "2025-12-19", False, None, None, None, False, DL),
("dl-ds-4", N_DL, "Трамп предпринимает искренние усилия для завершения конфликта на Украине", P, "2025-12-19", False, None, None, None, False, DL),
# ---------------- Putin's annual news conference, 23 December 2016 ----------------
("pc-rs-1", N_RS, "в словах Дональда Трампа о ядерном потенциале США нет ничего удивительного", P, D1, False, PC, PC_UNUSUAL, "paraphrase", False, XL),
("pc-rs-2", N_RS, "российского президента удивили слова нынешней администрации, высказавшейся о мощи американской армии", P, D1, False, PC, PC_SURPRISED1, "paraphrase", False, XL),
("pc-rs-3", N_RS, "В заявлении будущего президента США Дональда Трампа Путин не увидел ничего нового", P, D1, False, PC, PC_NEW, "paraphrase", False, XL + "; his view narrated by the outlet (span: the whole sentence)"),
("pc-rs-4", N_RS, ("Что касается избранного президента Соединенных Штатов", "здесь нет ничего необычного"), P, D1, True, PC, PC_NEW_UNUSUAL, "translation", False, XL),
("pc-rs-5", N_RS, "его удивили высказывания ныне действующей администрации, принявшейся заявлять о мощи американской армии", P, D1, False, PC, PC_SURPRISED1, "paraphrase", False, XL),
("pc-rs-6", N_RS, "Честно говоря, меня удивили выск", P, D1, True, PC, PC_SURPRISED1, "translation", False, XL + "; cut by the end of the news excerpt"),
("pc-stj-1", N_STJ, ("удивлен заявлением представителя Госдепа США Джона Кирби", "\"за всю историю человечества\""), P, D1, False, PC, PC_SURPRISED1, "paraphrase", False, XL + "; the outlet names Kirby and quotes his words; the stored passage speaks of 'other official representatives of the current administration'"),
("pc-stj-2", N_STJ, ("Честно говоря, меня удивили высказывания других", "являются самыми мощными в мире"), P, D1, True, PC, PC_SURPRISED1, "translation", False, XL),
("pc-vs-1", N_VS, "Пусть будет гонка вооружений. Мы превзойдем их во всем и переживем их всех", T, D1, True, None, None, None, False, "another speaker and occasion: Trump to MSNBC (Mika Brzezinski), reported on 23 December; not a speaker of any stored source"),
("pc-vs-2", N_VS, ("Соединенные Штаты укрепить и расширить ядерный потенциал", "относительно ядерных бомб\""), T, D2, False, None, None, None, False, TRUMP),
("pc-vs-3", N_VS, "не увидел ничего необычного в намерении Трампа укреплять ядерные силы США", P, D1, False, PC, PC_UNUSUAL, "paraphrase", False, XL),
("pc-vs-4", N_VS, "Россия не намерена разгонять гонку вооружений и тратить на это большие деньги", P, D1, False, None, None, None, False, BEYOND),
("pc-nmr-1", N_NMR, ("Что касается нашего разговора с Обамой", "он вам ответит"), P, D1, True, None, None, None, False, ANOTHER_Q),
("pc-nmr-2", N_NMR, "предпосылки новой гонки вооружений были созданы после выходы США из договора по ПРО", P, D1, False, None, None, None, False, ANOTHER_Q),
("pc-nmr-3", N_NMR, ("Одна сторона заявила, что будет создавать", "Недавно американские наблюдатели"), P, D1, True, None, None, None, False, ANOTHER_Q + "; cut by the end of the news excerpt"),
("pc-vn-1", N_VN, ("Предпосылки к новой гонке вооружений были созданы", "в том числе по СНВ-3"), P, D1, True, None, None, None, False, ANOTHER_Q),
("pc-vn-2", N_VN, ("Если уж кто-то разгоняет гонку вооружений, то не мы.", "которые будут нам не по карману"), P, D1, True, None, None, None, False, ANOTHER_Q),
("pc-vv-1", N_VV, ("что имел в виду Владимир Путин, говоря накануне", "стратегических ядерных сил России"), H, D1, False, PC, PC_Q1, "paraphrase", False, XL + "; the question of the WSJ reporter (Nathan Hodge, named in the source)"),
("pc-vv-2", N_VV, "оценить слова избранного президента США Дональда Трампа, который высказался на ту же тему", H, D1, False, PC, PC_Q3, "paraphrase", False, XL + "; the question"),
("pc-vv-3", N_VV, ("Что касается вновь избранного президента", "Здесь нет ничего необычного"), P, D1, True, PC, PC_NEW_UNUSUAL, "translation", False, XL),
("pc-vv-4", N_VV, "его несколько удивили высказывания некоторых представителей действующей администрации, которые начали доказывать, что вооруженные силы США являются самыми мощными в мире", P, D1, False, PC, PC_SURPRISED1, "paraphrase", False, XL),
("pc-lb-1", N_LB, "здивований реакцією США на його слова", P, D1, False, PC, PC_SURPRISED_YESTERDAY, "paraphrase", False, XL + "; Ukrainian; the quote after it is left out (README)"),
("pc-tv-1", N_TV, "удивлен реакцией США на его слова о том, что Россия сильнее любого потенциального агрессора", P, D1, False, PC, PC_SURPRISED_YESTERDAY, "paraphrase", False, XL + "; the quote after it is left out (README)"),
("pc-tv-2", N_TV, "Россия сегодня сильнее любого потенциального агрессора", P, D1, False, PC, PC_STRONGER, "paraphrase", False, XL + "; 'уточнил': the sentence that repeats it"),
("pc-tv-3", N_TV, ("Это очень важно. Я не случайно об этом сказал.", "Я могу и сейчас повторить это"), P, D1, True, PC, PC_POINT_REPEAT, "translation", False, XL),
("pc-tv-4", N_TV, "в заявлении избранного президента США Дональда Трампа об укреплении ядерного потенциала США нет никакой новизны", P, D1, False, PC, PC_NEW, "paraphrase", False, XL),
("pc-tv-5", N_TV, "Он и в ходе своей предвыборной кампании говорил о необходимости укрепления ядерной соста", P, D1, True, PC, PC_CAMPAIGN, "translation", False, XL + "; cut by the end of the news excerpt"),
("pc-kor-1", N_KOR, "у своєму виступі він мав на меті донести буквально те, що він і сказав: «будь-якого агресора»", P, D1, False, PC, PC_YESTERDAY_POINT, "paraphrase", False, XL + "; Ukrainian"),
("pc-kor-2", N_KOR, "з цим ніхто не сперечається", P, D1, True, PC, PC_SURPRISED2, "translation", False, XL + "; Ukrainian; partial quote"),
("pc-kor-3", N_KOR, ("Чесно кажучи, мене здивували висловлювання", "З цим ніхто не сперечається"), P, D1, True, PC, PC_SURPRISED, "translation", False, XL + "; Ukrainian"),
# ---------------- Defense Ministry board, 22 December 2016 (no source stored) ----------------
("dm-lb-1", N_LB, "російська армія нині \"сильніша за будь-якого агресора\"", P, D2, False, None, None, None, False, D22 + "; Ukrainian"),
("dm-lb-2", N_LB, ("вже сьогодні, з урахуванням дуже багатьох чинників", "сильніші за будь-якого потенційного агресора"), P, D2, True, None, None, None, False, D22 + "; nearly the words of the stored passage; Ukrainian"),
("dm-ea-1", N_EA, "Россия сегодня сильнее любого потенциального агрессора, но расслабляться и терять бдительность нельзя", P, D2, False, None, None, None, False, D22),
("dm-ea-2", N_EA, ("Нам еще много предстоит сделать", "сильнее любого потенциального агрессора. Любого!"), P, D2, True, None, None, None, False, D22 + "; nearly the words of the stored passage"),
("dm-ea-3", N_EA, ("Если мы позволим себе хотя бы на минуту расслабиться", "мы даже не успеем заметить"), P, D2, True, None, None, None, False, D22),
("dm-ea-4", N_EA, ("Очень рассчитываю на то, что вы будете работать", "к порученному вам делу"), P, D2, True, None, None, None, False, D22),
("dm-ino-1", N_INO, ("Надо укреплять боевой потенциал стратегических ядерных сил", "системы противоракетной обороны"), P, D2, True, None, None, None, False, D22 + "; the statement the stored question asks about"),
("dm-ino-2", N_INO, ("Соединенные Штаты должны сильно укрепить", "по поводу ядерного оружия"), T, D2, True, None, None, None, False, TRUMP),
("dm-kor-1", N_KOR, "Росія зараз сильніше за будь-якого потенційно можливого агресора", P, D2, False, None, None, None, False, D22 + "; Ukrainian"),
("dm-kor-2", N_KOR, "ситуація може змінитися, якщо «допустити хоча б один збій в модернізації армії і флоту»", P, D2, False, None, None, None, False, D22 + "; Ukrainian"),
# ---------------- Kirby's briefing, 22 December 2016 (no source stored) ----------------
("kb-lb-1", N_LB, ("Я не думаю, що за всю історію людства", "як армія США сьогодні"), KB, D2, True, None, None, None, False, KIRBY + "; Ukrainian"),
("kb-lb-2", N_LB, "Я думаю, що професіоналізм, вміння та можливості армії США не піддаються дебатам і сумнівам", KB, D2, True, None, None, None, False, KIRBY + "; Ukrainian"),
]
