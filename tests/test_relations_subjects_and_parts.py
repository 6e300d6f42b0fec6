"""Relations whose actor is a list with its leaders (县委、县政府主要领导) or whose part is named by what it belongs to
(市人民政府对所属有关部门), on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_doc


def relations(nlp, text):
    record = extract_doc(nlp(text), source="t.txt")
    return sorted((r.head.name, r.type, r.tail.name) for r in record.relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("渭源县委、县政府主要领导挂帅，建立了河湖长制。",
         [("渭源县委", "ESTABLISHED", "河湖长制"), ("渭源县政府", "ESTABLISHED", "河湖长制")]),
        ("青禾县委、政府主要负责同志带头，建立了林长制。",
         [("政府", "ESTABLISHED", "林长制"), ("青禾县委", "ESTABLISHED", "林长制")]),
        ("青禾县委主要负责同志讲话，强调落实河湖长制。", []),  # a person speaks: no body acts
    ],
)
def test_a_list_of_bodies_before_their_leaders_acts_whole(nlp, text, expected):
    assert relations(nlp, text) == expected


def test_what_belongs_to_the_body_before_it_is_part_of_it(nlp):
    text = "市人民政府对所属有关部门进行考核；区人民政府对下属有关部门进行考核。"
    assert relations(nlp, text) == [("区人民政府下属有关部门", "PART_OF", "区人民政府"),
                                    ("市人民政府所属有关部门", "PART_OF", "市人民政府")]


def test_a_class_named_after_its_body_is_part_of_it(nlp):
    assert relations(nlp, "区人民政府所属有关部门负责实施。") == [("区人民政府所属有关部门", "PART_OF", "区人民政府")]
