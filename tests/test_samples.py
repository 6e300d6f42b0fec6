"""The bundled samples: texts the project wrote about fictional places, and gold annotations that fit them."""

from __future__ import annotations

import json

import pytest

from kg.extract import extract_doc
from kg.io import sample_dir

SAMPLES = sorted(sample_dir().glob("*.txt"))
TYPES = {"ORG", "DOC", "MECH"}
RELATIONS = {"ISSUED", "ESTABLISHED", "INSPECTS", "LEADS", "PART_OF", "COOPERATES_WITH"}


def gold(path):
    return json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_samples_say_they_are_fictional_on_their_first_line(path):
    assert path.read_text(encoding="utf-8").splitlines()[0] == "（虚构示例文本，地名机构均为虚构）"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_samples_gold_quotes_its_text(path):
    text, annotation = path.read_text(encoding="utf-8"), gold(path)
    names = [e["name"] for e in annotation["entities"]]
    assert len(names) == len(set(names))
    for entity in annotation["entities"]:
        assert entity["type"] in TYPES and all(m in text for m in entity["mentions"]), entity
    for rel in annotation["relations"]:
        assert rel["type"] in RELATIONS and {rel["head"], rel["tail"]} <= set(names), rel
        assert rel["evidence"] in text, rel


def test_samples_together_exercise_every_type_generic_and_aliases():
    annotations = [gold(p) for p in SAMPLES]
    entities = [e for a in annotations for e in a["entities"]]
    assert {e["type"] for e in entities if not e["generic"]} == TYPES
    assert {e["type"] for e in entities if e["generic"]} == TYPES
    assert {r["type"] for a in annotations for r in a["relations"]} == RELATIONS
    assert {"中共青禾县委", "青禾县委", "县委"} <= {m for e in entities for m in e["mentions"]
                                                  if e["name"] == "中共青禾县委"}
    assert any(e["type"] == "DOC" and "规划" in e["mentions"] for e in entities)  # 《规划》 for the full title


def test_samples_a_body_of_an_unknown_place_is_kept_as_written(nlp):
    text = (sample_dir() / "yunling_paizhu_jijian.txt").read_text(encoding="utf-8")
    names = {e.name for e in extract_doc(nlp(text), source="t.txt").entities}
    assert {"青禾县纪委监委", "云岭市纪委监委派驻第三纪检监察组"} <= names
