"""Rules of session 35, on sentences written for these tests (made-up events; 岚川, 霁川, 沧浔, 青禾, 蔺溪 are made-up
places; real provinces, counties and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_bare_office_of_an_institutions_party_committee_is_its_own(nlp):
    names, relations = _extract(nlp, "岚川大学党委召开常委会。会议决定，由党委办公室、党委组织部牵头，党委巡察办配合，开展专项检查。")
    assert {"岚川大学党委办公室", "岚川大学党委组织部", "岚川大学党委巡察办"} <= set(names)
    assert ("岚川大学党委办公室", "PART_OF", "岚川大学党委") in relations
    # a committee of no institution: no office named after one
    names, _ = _extract(nlp, "霁川市委召开常委会。会议决定，由党委办公室牵头开展检查。")
    assert not any(name.endswith("党委办公室") for name in names)
    # a verb before 党委: still the bare committee's office
    names, _ = _extract(nlp, "岚川大学党委召开常委会，要求党委办公室抓好落实。")
    assert "岚川大学党委办公室" in names
