"""The genre texts of benchmarks/genres are valid gold: every mention and evidence is in its text, every relation
joins two of the file's entities, and kg still reads them about as well as when the rules for them were written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GENRES = Path(__file__).resolve().parent.parent / "benchmarks" / "genres"
GOLD = sorted(GENRES.glob("*.gold.json"))


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name)
def test_genre_gold_is_anchored_in_its_text(gold_path):
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = {e["name"] for e in gold["entities"]}
    for entity in gold["entities"]:
        assert entity["type"] in ("ORG", "DOC", "MECH")
        assert all(m in text for m in entity["mentions"]), entity["name"]
    for relation in gold["relations"]:
        assert relation["head"] in names and relation["tail"] in names
        assert relation["evidence"] in text


def test_genre_texts_are_read_about_as_well_as_when_written(nlp):
    from kg.evaluate import gold_pairs, score_document, totals
    from kg.extract import extract_doc

    pairs = gold_pairs(GENRES)
    scores = [score_document(extract_doc(nlp(path.read_text(encoding="utf-8")), source=path.name).to_json(), gold)
              for path, gold in pairs]
    result = totals(scores)
    assert len(pairs) == 12
    assert result["entities"]["f1"] >= 0.85 and result["relations"]["f1"] >= 0.55  # 0.90 and 0.66 now
