"""Rules of session 39, on sentences written for these tests (made-up events; 青禾, 白鹭, 霁川, 岚川 are made-up places;
real cities and central bodies stand where a rule is about a name kg knows)."""

from __future__ import annotations

from tests.conftest import extracted as _extract


def test_a_titles_tail_is_its_mention_only_where_it_stands_as_a_name(nlp):
    text = ("青禾市出台《青禾市生态文明高地建设标准》和《青禾市防汛应急预案》。按照防汛应急预案，"
            "完善旅游目的地建设标准。")
    names, _ = _extract(nlp, text)
    assert "防汛应急预案" in names["青禾市防汛应急预案"][1]  # (the tail after a verb: the plan named again)
    assert "地建设标准" not in names["青禾市生态文明高地建设标准"][1]  # (目的地: mid-word)
    # counted, or followed by the character that makes 法 a 法规: a class of documents, not the one titled
    text = "《霁川省地方性法规制定条例》施行。省人大常委会审议地方性法规12件，推动出台自由贸易港法规。"
    names, _ = _extract(nlp, text)
    mentions = next(m for n, (t, m) in names.items() if n.endswith("地方性法规制定条例"))
    assert "地方性法规" not in mentions
    names, _ = _extract(nlp, "《霁川自由贸易港法》施行以来，推动出台自由贸易港法规。")
    assert "自由贸易港法" not in next(m for n, (t, m) in names.items() if n.endswith("自由贸易港法"))
