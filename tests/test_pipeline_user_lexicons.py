"""User lexicons: terms found verbatim under their canonical names, verbs added, bad rows named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

import kg
from kg.cache import RecordCache
from kg.cli import app
from kg.corpus import extract_files
from kg.errors import KgError
from kg.pipeline import PIPE_NAMES
from kg.pipeline.user_lexicons import UserLexicon

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "lexicons" / "environmental_inspection.tsv"
TEXT = ("生态环境部华东督察局签发《关于青禾县生态环境保护督察的反馈意见》，要求青禾县人民政府开展环保督察“回头看”。\n"
        "华东督察局将跟踪督察整改方案落实情况。")


@pytest.fixture(scope="module")
def nlp_env():
    return kg.load(lexicons=[EXAMPLE])


def names(nlp, text):
    record = kg.extract_doc(nlp(text))
    return {(e.type, e.name): sorted({m.text for m in e.mentions}) for e in record.entities}, [
        (r.head.name, r.type, r.tail.name) for r in record.relations]


def test_user_lexicon_terms_are_one_entity_under_their_canonical_name(nlp_env):
    entities, relations = names(nlp_env, TEXT)
    assert entities[("ORG", "生态环境部华东督察局")] == ["华东督察局", "生态环境部华东督察局"]
    assert entities[("MECH", "中央生态环境保护督察“回头看”")] == ["环保督察“回头看”"]
    assert entities[("DOC", "督察整改方案")] == ["督察整改方案"]
    assert ("生态环境部华东督察局", "ISSUED", "关于青禾县生态环境保护督察的反馈意见") in relations  # 签发: a user verb


def test_user_lexicon_changes_nothing_without_it(nlp):
    entities, relations = names(nlp, TEXT)  # (kg finds a ministry's bureau by its full name, not the short one)
    assert entities.get(("ORG", "生态环境部华东督察局")) == ["生态环境部华东督察局"]
    assert [r for r in relations if r[1] == "ISSUED"] == []  # 签发 is no verb of kg's own
    assert nlp.pipe_names == list(PIPE_NAMES)


def test_user_lexicon_term_subtypes_from_role_or_default(nlp_env):
    record = kg.extract_doc(nlp_env(TEXT))
    assert {e.name: e.subtype for e in record.entities if e.type != "ORG" or "督察局" in e.name} == {
        "生态环境部华东督察局": "inspection", "关于青禾县生态环境保护督察的反馈意见": "opinion",
        "中央生态环境保护督察“回头看”": "campaign", "督察整改方案": "plan"}


def test_user_lexicon_is_saved_with_the_pipeline(nlp_env, tmp_path):
    nlp_env.to_disk(tmp_path / "nlp")
    entities, relations = names(spacy.load(tmp_path / "nlp"), TEXT)
    assert entities[("ORG", "生态环境部华东督察局")] == ["华东督察局", "生态环境部华东督察局"]
    assert ("生态环境部华东督察局", "ISSUED", "关于青禾县生态环境保护督察的反馈意见") in relations


def test_user_lexicon_reads_files_without_a_header():
    lexicon = UserLexicon.from_tsv("# mine\nORG\t华东督察局\n\nVERB\t签发\tISSUED,ESTABLISHED\n")
    assert [(r.type, r.term) for r in lexicon.rows] == [("ORG", "华东督察局"), ("VERB", "签发")]
    assert lexicon.relation_verbs({"ISSUED": ["印发", "签发"]}) == {"ISSUED": ["印发", "签发"], "ESTABLISHED": ["签发"]}


@pytest.mark.parametrize(("row", "error"), [
    ("ORGS\t华东督察局", r"\[E033\] mine.tsv, line 3: unknown type 'ORGS'"),
    ("ORG\t\tinspection", r"\[E034\] mine.tsv, line 3"),
    ("VERB\t签发\tISSUE", r"\[E032\] mine.tsv: the verb 签发 has the unknown relation type 'ISSUE'"),
    ("VERB\t督察\tINSPECTS", r"\[E035\] mine.tsv, line 3: .* can't state INSPECTS"),
    ("ORG\ta\tb\tc\td", r"\[E031\] mine.tsv, line 3"),
])
def test_user_lexicon_bad_rows_name_file_and_line(tmp_path, row, error):
    path = tmp_path / "mine.tsv"
    path.write_text(f"type\tterm\trole\tcanonical\n# a comment\n{row}\n", encoding="utf-8")
    with pytest.raises(KgError, match=error.replace("mine.tsv", str(path).replace("\\", "\\\\"))):
        UserLexicon.read([path])


def test_user_lexicon_missing_file_is_e003(tmp_path):
    with pytest.raises(KgError, match=r"\[E003\]"):
        kg.load(lexicons=[tmp_path / "none.tsv"])


def test_user_lexicon_cache_entries_of_another_lexicon_are_not_reused(tmp_path):
    record = kg.extract_doc(kg.load()("天水市纪委监委印发《监督办法》。"))
    RecordCache(tmp_path).put(record)
    assert RecordCache(tmp_path).get(record.text_hash, source="a.txt") is not None
    mine = UserLexicon.read([EXAMPLE]).fingerprint
    assert RecordCache(tmp_path, lexicon=mine).get(record.text_hash, source="a.txt") is None


def test_user_lexicon_reaches_worker_processes(tmp_path):
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(TEXT, encoding="utf-8")
    records = [r for _, r in extract_files(paths, jobs=2, lexicons=[EXAMPLE])]
    assert all(any(e.name == "生态环境部华东督察局" for e in r.entities) for r in records)


def test_user_lexicon_cli_extract_uses_it(tmp_path):
    path = tmp_path / "env.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--lexicon", str(EXAMPLE), str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert {"生态环境部华东督察局", "中央生态环境保护督察“回头看”"} <= {e["name"] for e in record["entities"]}


def test_user_lexicon_cli_bad_lexicon_is_one_error_line(tmp_path):
    (tmp_path / "bad.tsv").write_text("ORGS\t华东督察局\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    for command in ("extract", "build"):
        extra = ["-o", str(tmp_path / "out")] if command == "build" else []
        result = CliRunner().invoke(app, [command, *extra, "--lexicon", str(tmp_path / "bad.tsv"), str(tmp_path / "a.txt")])
        assert result.exit_code == 1 and result.stderr.startswith("kg: [E033]") and result.stdout == ""
