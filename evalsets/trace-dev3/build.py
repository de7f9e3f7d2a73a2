"""Builds trace.jsonl, sources.jsonl and news.jsonl from labels.py and the stored texts.

    .venv/bin/python evalsets/trace-dev3/build.py      # then check.py (works from any cwd)

Same format and span rules as evalsets/trace and evalsets/trace-dev2 (``span`` as in their
build.py); every item is in the dev split. news.jsonl and sources.jsonl also carry
"language" (ISO 639-1). Only the standard library is used.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import LABELS

SOURCES = [
    # id, kind, speakers, date, url, title, language -- copies (same text, same id) of the
    # files in evalsets/trace/sources and evalsets/trace-dev2/sources
    ("mfa-2025-11-21-security-council", "transcript", ["Vladimir Putin", "Valentina Matviyenko"], "2025-11-21",
     "https://dprk.news-pravda.com/en/world/2025/11/22/15516.html",
     "Answer by President Vladimir Putin to a question during the working session with the permanent members of Russia's Security Council (November 21, 2025)", "en"),
    ("mfa-2016-12-23-putin-news-conference", "transcript", ["Vladimir Putin", "Nathan Hodge"], "2016-12-23",
     "http://www.norway.mid.ru/en/press_16_002.html",
     "Vladimir Putin's annual news conference (Moscow, December 23, 2016), Russian MFA translation", "en"),
]

NEWS = [
    # id, url, outlet, published, title, language
    # Security Council, 21 November 2025, and the negatives around it
    ("az1news-2025-11-21-putin-us-plan", "https://1news.az/news/20251121105930902-Putin-vyskazalsya-o-plane-SSHA-po-Ukraine", "1news.az", "2025-11-21", "", "ru"),
    ("vedomosti-2025-11-21-what-putin-said", "https://www.vedomosti.ru/politics/articles/2025/11/21/1157140-chto-skazal-putin", "Vedomosti", "2025-11-21", "Что сказал Путин о плане США по урегулированию украинского конфликта", "ru"),
    ("vedomosti-2025-11-21-putin-received-plan", "https://www.vedomosti.ru/politics/news/2025/11/21/1157138-putin-podtverdil", "Vedomosti", "2025-11-21", "Путин подтвердил получение плана Трампа по урегулированию конфликта на Украине", "ru"),
    ("svoboda-2025-11-21-putin-first-comment", "https://www.svoboda.org/a/putin-vpervye-prokommentiroval-mirnyy-plan-ssha/33598476.html", "Radio Svoboda (RFE/RL)", "2025-11-21", "", "ru"),
    ("realnoevremya-2025-11-21-putin-us-plan", "https://realnoevremya.ru/news/368775-putin-podderzhal-ispolzovanie-plana-ssha-dlya-razresheniya-konflikta-na-ukraine", "Realnoe Vremya", "2025-11-21", "Путин поддержал использование плана США для разрешения конфликта на Украине", "ru"),
    ("newsmail-2025-11-21-putin-28-points", "https://news.mail.ru/politics/68808431/", "Mail.ru News", "2025-11-21", "", "ru"),
    ("newsmail-2025-11-21-putin-before-alaska", "https://news.mail.ru/politics/68808370/", "Mail.ru News (Life.ru)", "2025-11-21", "Путин: План Трампа по Украине обсуждался с США ещё до саммита на Аляске", "ru"),
    ("life-2025-11-21-putin-28-points", "https://life.ru/p/1812539", "Life.ru", "2025-11-21", "Путин заявил, что получил план Трампа по Украине, состоящий из 28 пунктов", "ru"),
    ("life-2025-11-21-putin-flexibility", "https://life.ru/p/1812541", "Life.ru", "2025-11-21", "", "ru"),
    ("life-2025-11-21-putin-illusions", "https://life.ru/p/1812544", "Life.ru", "2025-11-21", "", "ru"),
    ("tassru-2025-11-21-putin-partners", "https://tass.ru/politika/25696591", "TASS (Russian)", "2025-11-21", "Путин: партнеры РФ перед саммитом на Аляске поддержали возможные договоренности", "ru"),
    ("tassru-2025-11-21-matviyenko-question", "https://tass.ru/politika/25696561", "TASS (Russian)", "2025-11-21", "Путин на Совбезе прокомментировал мирный план Трампа по просьбе Матвиенко", "ru"),
    ("rbc-2025-11-21-putin-security-council", "https://www.rbc.ru/politics/21/11/2025/6920b6009a79473465748d86", "RBC", "2025-11-21", "", "ru"),
    ("newsru-2025-11-21-putin-security-council-video", "https://news.ru/vlast/opublikovano-video-s-operativnogo-soveshaniya-putina-s-sovbezom", "News.ru", "2025-11-21", "Опубликовано видео с оперативного совещания Путина с Совбезом", "ru"),
    ("regnum-2025-11-21-putin-draft", "https://regnum.ru/article/4002579", "Regnum", "2025-11-21", "", "ru"),
    ("kommersant-2025-11-21-kolesnikov", "https://www.kommersant.ru/doc/8227826", "Kommersant", "2025-11-21", "", "ru"),
    ("gazeta-2025-11-21-putin-kupyansk", "https://www.gazeta.ru/politics/news/2025/11/21/27240619.shtml", "Gazeta.ru", "2025-11-21", "Путин заявил об отсутствии у Киева объективной информации о положении на фронте", "ru"),
    ("360-2025-11-21-putin-kupyansk", "https://360.ru/news/ukrainian-crisis/sudba-kupjanska-reshilas-esche-v-nachale-nojabrja-putin/", "360.ru", "2025-11-21", "", "ru"),
    ("newsmail-2025-11-kp-plan", "https://news.mail.ru/politics/68818641/", "Mail.ru News (KP.ru)", "2025-11-21", "", "ru"),
    ("gazeta-2025-11-21-putin-command-post", "https://www.gazeta.ru/army/2025/11/21/22060699.shtml", "Gazeta.ru", "2025-11-21", "", "ru"),
    ("vedomosti-2025-11-25-peskov-draft", "https://www.vedomosti.ru/politics/news/2025/11/25/1157857-proekt-plana-razrabativalsya", "Vedomosti", "2025-11-25", "Песков: проект плана из 28 пунктов разрабатывался американской стороной", "ru"),
    ("dailystorm-2025-12-19-putin-compromises", "https://dailystorm.ru/news/eto-neprostye-resheniya-putin-zayavil-chto-soglasilsya-na-kompromissy-trampa-po-ukraine-na-peregovorah-v-ankoridzhe", "Daily Storm", "2025-12-19", "", "ru"),
    # Putin's annual news conference, 23 December 2016, and the negatives around it
    ("rsute-2016-12-23-putin-no-novelty", "http://rsute.ru/255569-putin-o-slovax-trampa-o-yadernom-potenciale-ssha-zdes-net-nikakoj-novizny.html", "rsute.ru (copy of RIA Novosti)", "2016-12-23", "Путин о словах Трампа о ядерном потенциале США: «Здесь нет никакой новизны»", "ru"),
    ("sputniktj-2016-12-23-putin-kirby", "https://tj.sputniknews.ru/20161223/1021372684.html", "Sputnik Tajikistan", "2016-12-23", "Путин удивлен заявлением Кирби о \"самых сильных в истории\" ВС США", "ru"),
    ("vesti-2016-12-23-trump-arms-race", "http://www.vesti.ru/doc.html?id=2836532", "Vesti.ru", "2016-12-23", "Трамп не боится гонки вооружений, так как США \"всех переживут\"", "ru"),
    ("newsmir-2016-12-23-putin-obama", "https://newsmir.info/748055", "Newsmir", "2016-12-23", "Путин рассказал о своем главном правиле секретных переговоров с Обамой", "ru"),
    ("vestinews-2016-12-23-putin-arms-race", "http://ru.vesti.news/putin-otvetil-vopros-novoi-gonke-vooruzhenii-16122313233728.htm", "ru.vesti.news (VZGLYAD)", "2016-12-23", "", "ru"),
    ("vipvideoclub-2016-12-23-putin-press", "https://vipvideoclub.ru/video/press-konferencija-putina-luchshie-momen.html", "vipvideoclub.ru", "2016-12-23", "", "ru"),
    ("tvrain-2016-12-23-putin-us-reaction", "https://tvrain.tv/amp/424058/", "TV Rain (Dozhd)", "2016-12-23", "Путина удивила реакция США на его слова о силе России", "ru"),
    ("korrespondent-2016-12-23-putin-any-aggressor", "http://ua.korrespondent.net/world/russia/3791410-putin-poiasnyv-frazu-pro-perevahu-nad-bud-yakym-ahresorom", "Korrespondent.net", "2016-12-23", "Путин пояснив слова про перевагу над будь-яким агресором", "uk"),
    ("lbua-2016-12-23-kirby", "https://lb.ua/world/2016/12/23/354297_gosdepe_prokommentirovali_slova.html", "LB.ua", "2016-12-23", "", "uk"),
    ("eadaily-2016-12-22-putin-aggressor", "https://eadaily.com/ru/ampnews/2016/12/22/vladimir-putin-rossiya-silnee-lyubogo-potencialnogo-agressora-lyubogo", "EADaily", "2016-12-22", "Владимир Путин: «Россия сильнее любого потенциального агрессора. Любого!»", "ru"),
    ("inopressa-2016-12-23-times-nuclear", "http://inopressa.ru/article/23Dec2016/times/nuclear1.html", "InoPressa (The Times)", "2016-12-23", "Словесная битва повышает вероятность гонки ядерных вооружений", "ru"),
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
        for ident, kind, speakers, day, url, title, lang in SOURCES:
            fh.write(json.dumps({"id": ident, "file": f"sources/{ident}.txt", "kind": kind,
                                 "speakers": speakers, "date": day, "url": url, "title": title,
                                 "language": lang}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "news.jsonl"), "w", encoding="utf-8") as fh:
        for ident, url, outlet, day, title, lang in NEWS:
            fh.write(json.dumps({"id": ident, "file": f"news/{ident}.txt", "url": url,
                                 "outlet": outlet, "published": day, "title": title,
                                 "language": lang}, ensure_ascii=False) + "\n")
    print(f"{len(out)} statements written")


if __name__ == "__main__":
    main()
