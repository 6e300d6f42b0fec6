"""Scoring against gold annotations."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import match_entity, score_document, totals
from kg.graph import RELATION_TYPES

GOLD = {"entities": [
    {"type": "ORG", "name": "中共某市委", "mentions": ["市委"]},
    {"type": "ORG", "name": "职能部门", "mentions": ["职能部门"], "generic": True},
    {"type": "MECH", "name": "三反馈机制", "mentions": ["“三反馈”机制"]},
    {"type": "DOC", "name": "某办法", "mentions": ["某办法"]},
], "relations": [{"head": "中共某市委", "type": "ISSUED", "tail": "某办法"}]}


def test_evaluate_mech_matches_leniently_org_exactly():
    assert match_entity({"type": "MECH", "name": "三反馈"}, GOLD["entities"]) == 2
    assert match_entity({"type": "ORG", "name": "某市委"}, GOLD["entities"]) is None


def test_evaluate_split_and_generic_and_relations():
    pred = {"entities": [{"type": "ORG", "name": "市委"}, {"type": "ORG", "name": "中共某市委"},
                         {"type": "ORG", "name": "职能部门"}, {"type": "DOC", "name": "某办法"}],
            "relations": [{"head": "市委", "type": "ISSUED", "tail": "某办法"}]}
    score = score_document(pred, GOLD)
    assert score.counts["ORG"] == {"tp": 2, "fp": 0, "gold": 1, "found": 1, "split": 1}
    result = totals([score])
    assert result["ORG"]["precision"] == 0.5 and result["ORG"]["recall"] == 1.0
    assert result["relations"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert score.missed == ["MECH 三反馈机制"]


def test_evaluate_the_example_of_the_annotation_docs_is_a_valid_gold_file(tmp_path):
    page = (Path(__file__).resolve().parent.parent / "docs" / "annotation.md").read_text(encoding="utf-8")
    text = re.search(r"```text\n(.*?)```", page, re.S).group(1)
    gold = json.loads(re.search(r"```json\n(.*?)```", page, re.S).group(1))
    names = {e["name"] for e in gold["entities"]}
    assert all(m in text for e in gold["entities"] for m in e["mentions"])
    assert all(r["head"] in names and r["tail"] in names and r["evidence"] in text for r in gold["relations"])
    assert {r["type"] for r in gold["relations"]} == set(RELATION_TYPES)
    (tmp_path / "notice.txt").write_text(text, encoding="utf-8")
    (tmp_path / "notice.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--json"])
    assert result.exit_code == 0
    assert set(json.loads(result.stdout)) == {"ORG", "DOC", "MECH", "entities", "relations"}


def test_evaluate_counts_relations_to_unknown_ends_as_the_shared_scorer_does():
    from kg.evaluate import score_document
    gold = {"entities": [{"type": "ORG", "name": "县委", "mentions": ["县委"]},
                         {"type": "MECH", "name": "河长制", "mentions": ["河长制"]}],
            "relations": [{"head": "县委", "type": "ESTABLISHED", "tail": "河长制"}]}
    pred = {"entities": [{"type": "ORG", "name": "县委", "mentions": ["县委"]},
                         {"type": "ORG", "name": "甲局", "mentions": ["甲局"]},
                         {"type": "ORG", "name": "乙局", "mentions": ["乙局"]},
                         {"type": "MECH", "name": "河长制", "mentions": ["河长制"]}],
            "relations": [{"head": "县委", "type": "ESTABLISHED", "tail": "河长制"},
                          {"head": "甲局", "type": "ESTABLISHED", "tail": "河长制"},
                          {"head": "乙局", "type": "ESTABLISHED", "tail": "河长制"}]}
    score = score_document(pred, gold)
    # the two bodies no gold entity names are one unknown head: two predicted relations, one right
    assert score.relations == {"tp": 1, "pred": 2, "gold": 1}
    assert score.wrong_relations == ["甲局 ESTABLISHED 河长制"]
