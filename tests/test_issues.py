"""Issues and stance: topic packs, lexicon tagging with negation and condition rules,
positions and shifts, and the scores on the hand-labelled set."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import USER_ARTICLE

from whosaid.eval.issues import evaluate_issues, load_labels
from whosaid.issues import PackError, get_pack, load_pack, shipped_packs, tag_article, tag_text
from whosaid.issues.positions import dominant_stance, positions, shifts
from whosaid.models import Article, IssueTag, Span, Speaker, Statement
from whosaid.store import StoredStatement

UKRAINE = "ukraine-peace-2025"


def stances(text: str, pack: str = UKRAINE) -> dict[str, str]:
    return {t.issue.split("/", 1)[1]: t.stance for t in tag_text(text, get_pack(pack))}


# ---------------------------------------------------------------- packs


def test_shipped_packs_load_and_cover_the_story():
    packs = {p.id: p for p in shipped_packs()}
    assert {UKRAINE, "us-election-2016"} <= packs.keys()
    ukraine = {i.id for i in packs[UKRAINE].issues}
    assert {"peace-plan", "ceasefire", "territory", "elections-legitimacy", "security-guarantees",
            "nato", "non-aggression-europe", "sanctions-assets", "army-limits",
            "international-recognition", "prisoners-humanitarian"} <= ukraine


@pytest.mark.parametrize("pack", shipped_packs(), ids=lambda p: p.id)
def test_every_example_sentence_is_tagged_with_its_own_issue(pack):
    for issue in pack.issues:
        for example in issue.examples:
            assert issue.id in stances(example, pack.id), (issue.id, example)


def test_a_broken_pack_reports_every_mistake_with_file_and_path(tmp_path: Path):
    bad = {
        "id": "My Pack", "label": "x",
        "issues": [
            {"id": "ok", "label": "Fine", "proposition": "Fine things are fine.",
             "keywords": ["fine"], "examples": ["It is fine."]},
            {"id": "ok", "label": "Dup", "proposition": "No full stop",
             "keywords": [], "examples": ["x"], "colour": "red"},
            {"id": "wild", "label": "W", "proposition": "One. Two.", "keywords": ["a*b"],
             "examples": []},
        ],
    }
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(bad))
    with pytest.raises(PackError) as err:
        load_pack(path)
    message = str(err.value)
    for expected in ("id: must be lowercase", "description: missing",
                     "issues[1].id: duplicate issue id 'ok'", "issues[1].proposition: must be",
                     "issues[1].keywords: expected a non-empty list",
                     "issues[1]: unknown key 'colour'", "issues[2].proposition: must be exactly",
                     "issues[2].keywords[0]: '*' is allowed only at the end",
                     "issues[2].examples: expected a non-empty list"):
        assert expected in message
    assert str(path) in message
    assert len(err.value.problems) == 9


def test_a_pack_that_is_not_yaml_says_so(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: [unclosed\n")
    with pytest.raises(PackError, match="not valid YAML"):
        load_pack(path)


def test_a_users_pack_in_whosaid_packs_is_used_by_the_pipeline(tmp_path: Path, monkeypatch):
    pack = {"id": "city-transit", "label": "Transit", "description": "Buses and trams.",
            "issues": [{"id": "fares", "label": "Fares",
                        "proposition": "Bus fares should be cut.",
                        "keywords": ["bus fares", "fare*"], "examples": ["Bus fares must fall."],
                        "stance": {"support": ["cut"], "oppose": ["raise"]}}]}
    (tmp_path / "transit.yaml").write_text(yaml.safe_dump(pack))
    monkeypatch.setenv("WHOSAID_PACKS", str(tmp_path))
    text = "The mayor said bus fares will never be cut."
    art = _article(text, ["bus fares will never be cut"], title="Buses")
    tag_article(art)
    assert [(t.issue, t.stance) for t in art.statements[0].issues] == \
        [("city-transit/fares", "oppose")]
    assert get_pack("city-transit").issue("fares").proposition == "Bus fares should be cut."


# ---------------------------------------------------------------- stance rules


def test_negation_turns_a_cue_around():
    assert stances("Zelensky is no longer a legitimate leader.")["elections-legitimacy"] == "oppose"
    assert stances("Zelensky is the legitimate, elected leader.")["elections-legitimacy"] == "support"
    assert stances("Kyiv will never accept the peace plan.")["peace-plan"] == "oppose"


def test_a_condition_before_the_issue_makes_the_stance_conditional():
    text = "Russian forces will continue their advance if Kyiv refuses a ceasefire."
    assert stances(text)["ceasefire"] == "conditional"
    assert stances("The plan can serve as the basis for future agreements.")["peace-plan"] == \
        "conditional"


def test_a_statement_about_something_else_gets_no_issue():
    assert stances("The weather in Bishkek was cold on Thursday.") == {}


# ---------------------------------------------------------------- articles


def _article(text: str, quotes: list[str], title: str = "Putin on the peace plan") -> Article:
    statements = []
    for q in quotes:
        start = text.index(q)
        statements.append(Statement("direct", [Span.of(text, start, start + len(q))],
                                    speaker=Speaker("Vladimir Putin", "person")))
    return Article("a1", text, title=title, statements=statements)


def test_tag_article_uses_the_paragraph_to_resolve_what_it_refers_to():
    text = ("Putin discussed the clause on non-aggression toward Europe. “If they want to hear "
            "it from us, fine, we can put that down in writing. No problem,” he said.")
    quote = "If they want to hear it from us, fine, we can put that down in writing. No problem,"
    art = _article(text, [quote])
    tag_article(art)
    tags = {t.issue: t for t in art.statements[0].issues}
    assert tags[f"{UKRAINE}/non-aggression-europe"].stance == "support"
    assert 0.5 <= tags[f"{UKRAINE}/non-aggression-europe"].score < 1


def test_a_pack_applies_only_within_its_scope():
    text = "The mayor said the new bus plan is a good agreement for the city."
    art = _article(text, ["the new bus plan is a good agreement for the city"], title="Buses")
    tag_article(art)
    assert art.statements[0].issues == []


def test_the_users_article_carries_putins_positions(nlp):
    from whosaid.ingest import iter_documents
    from whosaid.pipeline import analyze

    article = analyze(next(iter(iter_documents([str(USER_ARTICLE)]))))
    putin: dict[str, set[str]] = {}
    kremlin: set[str] = set()
    for s in article.statements:
        for t in s.issues:
            if s.speaker.name == "Vladimir Putin":
                putin.setdefault(t.issue.split("/", 1)[1], set()).add(t.stance)
            if "many provisions" in s.text:
                kremlin.add(t.issue)
    assert "support" in putin["territory"]  # "will have to leave the territories"
    assert "conditional" in putin["ceasefire"]
    assert "oppose" in putin["elections-legitimacy"]  # "no longer a legitimate leader"
    assert "conditional" in putin["peace-plan"]  # "can serve as the basis"
    assert "support" in putin["non-aggression-europe"]  # "we can put that down in writing"
    assert f"{UKRAINE}/peace-plan" in kremlin


# ---------------------------------------------------------------- positions and shifts


def _rec(i: int, speaker: str, day: str, issue: str, stance: str) -> StoredStatement:
    return StoredStatement(id=i, article_id="a", kind="direct", text=f"statement {i}",
                           speaker=speaker, date=date.fromisoformat(day),
                           issues=[IssueTag(issue, 0.6, stance, 0.6)])


RECORDS = [
    _rec(1, "Putin", "2025-11-20", "u/territory", "support"),
    _rec(2, "Putin", "2025-11-27", "u/territory", "support"),
    _rec(3, "Putin", "2025-11-27", "u/peace-plan", "oppose"),
    _rec(4, "Putin", "2025-11-28", "u/peace-plan", "neutral"),
    _rec(5, "Putin", "2025-12-02", "u/peace-plan", "conditional"),
    _rec(6, "Zelensky", "2025-11-27", "u/territory", "oppose"),
    _rec(7, "Zelensky", "2025-11-27", "other/x", "support"),
]


def test_positions_matrix_cells_hold_stance_count_and_latest_date():
    cells = {(c.speaker, c.issue): c for c in positions(RECORDS, pack="u")}
    assert ("Zelensky", "other/x") not in cells
    plan = cells[("Putin", "u/peace-plan")]
    assert (plan.statements, plan.latest, plan.stance) == (3, date(2025, 12, 2), "conditional")
    assert cells[("Putin", "u/territory")].stance == "support"
    assert cells[("Zelensky", "u/territory")].statement_ids == [6]


def test_dominant_stance_prefers_the_majority_then_the_latest():
    assert dominant_stance(["support", "oppose", "support"]) == "support"
    assert dominant_stance(["support", "oppose"]) == "oppose"
    assert dominant_stance(["neutral", "neutral"]) == "neutral"


def test_shifts_count_only_statements_as_sure_as_the_user_asks():
    unsure = [_rec(8, "Lavrov", "2025-11-20", "u/territory", "support"),
              _rec(9, "Lavrov", "2025-11-25", "u/territory", "oppose")]
    unsure[1].confidence = 0.4  # the speaker is in doubt: the stance is 0.6 but counts as 0.4
    assert len(shifts(unsure, pack="u")) == 1
    assert shifts(unsure, pack="u", min_confidence=0.5) == []
    assert len(shifts(unsure, pack="u", min_confidence=0.4)) == 1
    unsure[1].confidence = 0.9
    assert shifts(unsure, pack="u", min_confidence=0.61) == []  # the stance itself is 0.6


def test_shifts_pair_the_two_statements_and_skip_neutral():
    found = shifts(RECORDS, pack="u")
    assert len(found) == 1
    shift = found[0]
    assert (shift.speaker, shift.issue, shift.before, shift.after) == \
        ("Putin", "u/peace-plan", "oppose", "conditional")
    assert (shift.from_statement.id, shift.to_statement.id) == (3, 5)


# ---------------------------------------------------------------- evaluation and CLI


def test_labelled_set_scores_clear_a_floor_and_rules_beat_keywords_on_stance():
    rows = load_labels(Path(__file__).parent / "data" / "issues-labels.jsonl")
    assert len(rows) >= 200
    results = evaluate_issues(rows)
    ukraine, us = results[UKRAINE], results["us-election-2016"]
    assert ukraine["lexicon+rules"]["issue_f1"] >= 0.75
    assert us["lexicon+rules"]["issue_f1"] >= 0.65
    assert ukraine["lexicon+rules"]["stance_accuracy"] > ukraine["keywords-only"]["stance_accuracy"]


def test_cli_positions_and_shifts_read_the_store(tmp_path: Path, nlp):
    from whosaid.cli import main

    db = f"sqlite:///{tmp_path / 'w.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(USER_ARTICLE), "--db", db]).exit_code == 0
    out = runner.invoke(main, ["positions", "--pack", UKRAINE, "--format", "jsonl", "--db", db,
                               "--since", "2025-11-01", "--until", "2025-11-30"])
    assert out.exit_code == 0, out.output
    cells = [json.loads(line) for line in out.output.splitlines() if line.startswith("{")]
    putin = {c["issue"]: c for c in cells if c["speaker"] == "Vladimir Putin"}
    assert putin[f"{UKRAINE}/elections-legitimacy"]["stance"] == "oppose"
    assert putin[f"{UKRAINE}/peace-plan"]["latest"] == str(date(2025, 11, 27))
    table = runner.invoke(main, ["positions", "--pack", UKRAINE, "--db", db])
    assert "Vladimir Putin" in table.output and "peace-plan" in table.output
    assert runner.invoke(main, ["shifts", "--db", db]).exit_code == 0
    unknown = runner.invoke(main, ["positions", "--pack", "no-such-pack", "--db", db])
    assert unknown.exit_code != 0 and "ukraine-peace-2025" in unknown.output
