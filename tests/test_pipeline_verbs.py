"""The verb table: every verb of the relation rules has one row with all its roles."""

from __future__ import annotations

import re

import pytest

from kg.pipeline import relations
from kg.pipeline.lexicons import (
    BOUNDARY_WORDS,
    OBJECT_VERBS,
    SETS_UP_BODY,
    SETS_UP_PRACTICE,
    relation_verbs,
    verb_table,
)
from kg.pipeline.verbs import VerbTable

# Words of the verb patterns that are no verbs (markers of a phrase around the verb)
NOT_VERBS = {"对", "进驻", "在", "的", "坚强", "统一", "正确", "直接", "具体", "业务", "下", "了", "等单位", "等部门",
             "密切", "全力", "共同", "积极", "已经", "已由", "经", "由", "情况", "活动", "工作",
             "照标接于应表",  # (the characters after 对 that make it no target's marker: 对照, 对标…)
             "的照按"}  # (the characters before 要求 that make it a noun: 的要求, 按照要求)


def _words(pattern: re.Pattern[str]) -> set[str]:
    """The Chinese words of the alternations of ``pattern``."""
    return {w for w in re.findall(r"[\u4e00-\u9fff]+", pattern.pattern)}


@pytest.mark.parametrize("pattern", [relations.DIRECT_INSPECTION, relations.INSPECT_PHRASE, SETS_UP_BODY,
                                     SETS_UP_PRACTICE, relations.APPROVAL, relations.HELPING, relations.DIRECTIVE])
def test_verbs_every_verb_of_a_pattern_has_a_row(pattern):
    table = verb_table()
    assert sorted(w for w in _words(pattern) - NOT_VERBS if w not in table) == []


def test_verbs_relation_verbs_are_boundary_words_unless_they_name_bodies():
    table = verb_table()
    for verb in ("会签", "会同", "联合印发", "表决通过", "颁布", "配合"):
        assert table[verb].boundary and verb in BOUNDARY_WORDS
    for verb in ("联合", "协作", "检查", "领导"):  # 联合检查组, 区域协作办公室, 领导小组: inside names
        assert not table[verb].boundary


def test_verbs_views_follow_the_table():
    assert "会签" in relation_verbs()["ISSUED"] and "建立" in OBJECT_VERBS
    assert SETS_UP_BODY.fullmatch("组建") and SETS_UP_PRACTICE.fullmatch("推行")


def test_verbs_a_bad_row_names_the_file_line_and_options():
    with pytest.raises(ValueError, match=r"ISSUE.*Choose from: ISSUED"):
        VerbTable.from_tsv("verb\trelations\tboundary\tobject\tsets_up\tdirect_object\n发\tISSUE\tyes\tno\t-\t-\n")
    with pytest.raises(ValueError, match="line 2"):
        VerbTable.from_tsv("verb\trelations\tboundary\tobject\tsets_up\tdirect_object\n发\t-\tyes\tno\t-\t-\tx\n")


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    [
        ("县财政局会签乡村振兴工作领导小组。", ["县财政局", "乡村振兴工作领导小组"], []),
        ("兰州海关会同榆中县人民政府开展检查。", ["兰州海关", "榆中县人民政府"],
         [("兰州海关", "COOPERATES_WITH", "榆中县人民政府")]),
        ("县信访局配合县公安局处置。", ["县信访局", "县公安局"], [("县信访局", "COOPERATES_WITH", "县公安局")]),
        ("县纪委监委协助县委制定方案。", ["县纪委监委", "县委"], [("县纪委监委", "COOPERATES_WITH", "县委")]),
    ],
)
def test_verbs_a_boundary_verb_never_ends_up_inside_a_name(nlp, text, orgs, expected):
    doc = nlp(text)
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG"] == orgs
    got = [(h.text, r, t.text) for h, r, t, _ in doc._.kg_relations if r != "PART_OF"]
    assert got == expected


def test_verbs_every_verb_list_of_the_rules_has_rows():
    from kg.pipeline.campaigns import LEADING_VERBS
    from kg.pipeline.mechanisms import PUTS_TO_WORK
    from kg.pipeline.quotes import PRACTICE_VERBS
    from kg.pipeline.relations.leads import _SERIES_VERBS

    table = verb_table()
    for verbs in (PRACTICE_VERBS, LEADING_VERBS, PUTS_TO_WORK, _SERIES_VERBS):
        assert [v for v in verbs if v not in table] == []
