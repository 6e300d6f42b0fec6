"""Bodies joined by 会同/配合/协同 are two, and an adverb (则, 也, 还) between a body and a LEADS verb keeps it the
leader; on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import relations_of


def orgs(doc) -> list[str]:
    return [s.text for s in doc.spans["kg"] if s.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("乡镇纪委会同村务监督委员会逐户核实。", "乡镇纪委", "村务监督委员会"),
        ("县纪委配合县安全生产委员会开展检查。", "县纪委", "县安全生产委员会"),
    ],
)
def test_a_body_working_with_a_committee_is_no_part_of_its_name(nlp, text, first, second):
    names = orgs(nlp(text))
    assert first in names and second in names
    assert not any("会同" in n or "配合" in n for n in names)


def test_a_committee_named_freely_keeps_its_name(nlp):
    assert "青禾市委全面深化改革委员会" in orgs(nlp("青禾市委全面深化改革委员会召开会议。"))


@pytest.mark.parametrize("adverb", ["则", "也", "还"])
def test_an_adverb_before_a_leads_verb_keeps_the_leader(nlp, adverb):
    doc = nlp(f"青禾市纪委监委{adverb}组织市医疗保障局、市卫生健康委开展专项检查。")
    assert [r for r in relations_of(doc) if r[1] == "LEADS"] == [
        ("青禾市纪委监委", "LEADS", "市医疗保障局"), ("青禾市纪委监委", "LEADS", "市卫生健康委")]
