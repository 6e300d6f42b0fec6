"""Scoring against gold annotations."""

from __future__ import annotations

from kg.evaluate import match_entity, score_document, totals

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
