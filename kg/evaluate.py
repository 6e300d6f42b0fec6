"""Score kg against gold annotations (``NAME.gold.json`` beside ``NAME.txt``), per type and for relations.

Matching follows the annotation guideline's scorer: ORG and DOC by exact name after NFKC and without quote
marks, MECH leniently (one contains the other and is at least half its length); generic gold entities count
neither way; a second prediction for one gold entity is a split (a missed alias merge) and counts against
precision; a relation counts when its head, type and tail map to the gold ones.

Examples
--------
>>> gold = {"entities": [{"type": "ORG", "name": "中共某市委", "mentions": ["市委"]}], "relations": []}
>>> pred = {"entities": [{"type": "ORG", "name": "市委", "mentions": ["市委"]}], "relations": []}
>>> score_document(pred, gold).counts["ORG"]
{'tp': 1, 'fp': 0, 'gold': 1, 'found': 1, 'split': 0}
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import Errors, KgError

TYPES = ("ORG", "DOC", "MECH")
_QUOTES = set("《》〈〉“”‘’\"'「」『』 \t\n")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("——", "-").replace("—", "-").replace("–", "-")
    return "".join(ch for ch in text if ch not in _QUOTES)


def _texts(entity: dict[str, Any]) -> set[str]:
    out = {_norm(entity.get("name", ""))}
    out |= {_norm(m["text"] if isinstance(m, dict) else m) for m in entity.get("mentions", [])}
    return out - {""}


def _lenient(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and short in long_ and len(short) * 2 >= len(long_)


def match_entity(pred: dict[str, Any], golds: list[dict[str, Any]]) -> int | None:
    """Index of the gold entity a predicted one names (exact first, then the closest lenient MECH)."""
    texts = _texts(pred)
    candidates = [(i, g) for i, g in enumerate(golds) if g["type"] == pred.get("type")]
    for i, g in candidates:
        if texts & _texts(g):
            return i
    best, best_ratio = None, 0.0
    for i, g in candidates:
        for t in texts if g["type"] == "MECH" else ():
            for u in _texts(g):
                if _lenient(t, u) and min(len(t), len(u)) / max(len(t), len(u)) > best_ratio:
                    best, best_ratio = i, min(len(t), len(u)) / max(len(t), len(u))
    return best


@dataclass
class DocumentScore:
    """Counts of one document, with its misses and false positives."""

    counts: dict[str, dict[str, int]]
    relations: dict[str, int]
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)


def score_document(pred: dict[str, Any], gold: dict[str, Any]) -> DocumentScore:
    """Compare one document's prediction with its gold annotation."""
    golds = [e for e in gold["entities"] if e["type"] in TYPES]
    counts = {t: {"tp": 0, "fp": 0, "gold": 0, "found": 0, "split": 0} for t in TYPES}
    for g in golds:
        counts[g["type"]]["gold"] += 0 if g.get("generic") else 1
    hits: dict[int, int] = {}
    key_to_gold: dict[str, int | None] = {}
    wrong = []
    for p in (p for p in pred.get("entities", []) if p.get("type") in TYPES):
        i = match_entity(p, golds)
        for key in (p.get("id"), p.get("name")):
            if key is not None:
                key_to_gold[key] = i
        if i is None:
            counts[p["type"]]["fp"] += 1
            wrong.append(f'{p["type"]} {p.get("name")}')
        elif not golds[i].get("generic"):
            counts[p["type"]]["tp"] += 1
            hits[i] = hits.get(i, 0) + 1
    for i, n in hits.items():
        counts[golds[i]["type"]]["found"] += 1
        counts[golds[i]["type"]]["split"] += n - 1
    missed = [f'{g["type"]} {g["name"]}' for i, g in enumerate(golds) if not g.get("generic") and i not in hits]
    gold_rel = {(r["head"], r["type"], r["tail"]) for r in gold.get("relations", [])}
    # an end that names no gold entity counts as one unknown end, as the shared scorer counts it; the list of wrong
    # relations keeps kg's own name for it
    pred_rel: dict[tuple[str | None, str | None, str | None], str] = {}
    for r in pred.get("relations", []):
        h, t = key_to_gold.get(r.get("head")), key_to_gold.get(r.get("tail"))
        key = (golds[h]["name"] if h is not None else None, r.get("type"), golds[t]["name"] if t is not None else None)
        pred_rel.setdefault(key, " ".join(map(str, (key[0] or r.get("head"), key[1], key[2] or r.get("tail")))))
    score = DocumentScore(counts, {"tp": len(gold_rel & pred_rel.keys()), "pred": len(pred_rel),
                                   "gold": len(gold_rel)}, missed, wrong)
    score.missed_relations = [" ".join(r) for r in sorted(gold_rel - pred_rel.keys())]
    score.wrong_relations = sorted(text for key, text in pred_rel.items() if key not in gold_rel)
    return score


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}


def totals(scores: Iterable[DocumentScore]) -> dict[str, dict[str, float]]:
    """Per-type, all-entity and relation precision/recall/F1 over many documents."""
    total = {t: {"tp": 0, "fp": 0, "gold": 0, "found": 0, "split": 0} for t in TYPES}
    rel = {"tp": 0, "pred": 0, "gold": 0}
    for s in scores:
        for t in TYPES:
            for k in total[t]:
                total[t][k] += s.counts[t][k]
        for k in rel:
            rel[k] += s.relations[k]
    result: dict[str, dict[str, float]] = {}
    for t in TYPES:
        c = total[t]
        result[t] = {**_prf(c["found"], c["tp"] + c["fp"], c["gold"]), "split": c["split"]}
    found = sum(total[t]["found"] for t in TYPES)
    result["entities"] = _prf(found, sum(total[t]["tp"] + total[t]["fp"] for t in TYPES),
                              sum(total[t]["gold"] for t in TYPES))
    result["relations"] = _prf(rel["tp"], rel["pred"], rel["gold"])
    return result


def gold_pairs(folder: str | Path) -> list[tuple[Path, dict[str, Any]]]:
    """``(text path, gold annotation)`` for every ``NAME.txt`` with a ``NAME.gold.json`` in ``folder``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise KgError(Errors.E003.format(path=folder))
    pairs = []
    for text in sorted(folder.glob("*.txt")):
        gold_path = text.with_suffix(".gold.json")
        if gold_path.exists():
            try:
                pairs.append((text, json.loads(gold_path.read_text(encoding="utf-8"))))
            except json.JSONDecodeError as err:
                raise KgError(Errors.E010.format(path=gold_path, reason=err, fmt="JSON")) from err
    if not pairs:
        raise KgError(Errors.E009.format(path=folder))
    return pairs
