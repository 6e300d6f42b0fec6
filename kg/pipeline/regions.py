"""Which province, city and county a document is about, for resolving bare names (市委 → 天水市委).

For each level character (省, 市, 县, 区, 州) the most mentioned place ending in it wins; a level no place
names is filled from the containment tree (a text about 天水市 is in 甘肃省); ``MAIN`` is the place named most,
whatever its level (none on a tie). Result: ``doc._.kg_regions``.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("kg_regions")
>>> regions = nlp("天水市委召开会议。天水市巡察办……")._.kg_regions
>>> regions["市"].name, regions["省"].name
('天水市', '甘肃省')
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.gazetteer import LEVEL_CHARS, Gazetteer, Place, load_gazetteer
from kg.pipeline.spans import doc_text, marked
from kg.pipeline.title_lines import after_issuers

MAIN = "*"  # regions[MAIN]: the place the text names most (the one it is about, whatever its level)
PLACES_KEY = "kg_places"  # doc.user_data[PLACES_KEY]: the character spans of the place names in the text
if not Doc.has_extension("kg_regions"):
    Doc.set_extension("kg_regions", default={})

# a place named as where one goes or what one learns from (赴兰州市学习, 借鉴陇西县经验) is not what the text is about
ELSEWHERE = re.compile("赴|到|前往|借鉴|学习|对标|考察|来自")


# a news dateline after a place: 4月8日电, 8日电
DATELINE = re.compile(r"\s*(?:\d{1,2}月)?\d{1,2}日电")


def elsewhere(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is one the text goes to or learns from, not one it is about."""
    return ELSEWHERE.search(text, max(0, start - 3), start) is not None


def document_regions(text: str, noise: list[tuple[int, int]], gaz: Gazetteer,
                     found: list[tuple[int, int]] | None = None) -> dict[str, Place]:
    """The dominant place per level character in ``text`` (ranges in ``noise`` count half).

    ``found`` receives the character spans of all place names (the institution grammar reuses them).
    """
    counts: dict[Place, float] = defaultdict(float)
    in_noise = marked(len(text) + 1, noise)
    issuers_end = _issuers_end(text)
    for start, end in gaz.find(text):
        if found is not None:
            found.append((start, end))
        name = text[start:end]
        place = gaz.resolve(name)
        if place is None or DATELINE.match(text, end):
            continue  # (新华社北京4月8日电: where the report was filed, not what it is about)
        weight = (1.0 if name == place.name else 0.5) / (4 if elsewhere(text, start) else 1)
        weight *= ISSUER_WEIGHT if start < issuers_end else 1  # (某市委办公室 某市人民政府办公室关于…: whose text)
        counts[place] += weight / 2 if in_noise[start] else weight
    regions: dict[str, Place] = {}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].code))
    for place, _ in ranked:
        regions.setdefault(place.level_char, place)
    province = regions.get("省")
    city = regions.get("市")
    if province is not None and province.name.endswith("市") and (city is None or counts[province] >= counts[city]):
        regions["市"] = province  # in a text about 上海, a bare 市 is 上海市, not a city named in passing (南京东路)
    for place in list(regions.values()):
        parent = gaz.parent(place)
        while parent is not None:
            regions.setdefault(parent.level_char, parent)
            parent = gaz.parent(parent)
    out = {level: regions[level] for level in LEVEL_CHARS if level in regions}
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        out[MAIN] = ranked[0][0]  # (three cities named once each: none)
    return out


ISSUER_WEIGHT = 4  # a place in the issuers' names a title line opens with counts as often as that


def _issuers_end(text: str) -> int:
    """Where the issuers' names end in a title line that opens the text with them (中共某市委办公室 某市人民政府办公室
    关于…的通知: before 关于, :func:`kg.pipeline.title_lines.after_issuers`), else 0: the place they are of is the one
    the text is about, however often it names another (a paired city's bodies in a text about working with it).

    >>> _issuers_end("中共某市委办公室关于印发…的通知"), _issuers_end("某市召开会议")
    (8, 0)
    """
    line_end = text.find("\n")
    return after_issuers(text[: line_end if line_end >= 0 else len(text)])


@Language.component("kg_regions", assigns=["doc._.kg_regions"])
def set_regions(doc: Doc) -> Doc:
    """Set ``doc._.kg_regions`` (see :func:`document_regions`)."""
    places: list[tuple[int, int]] = []
    doc._.kg_regions = document_regions(doc_text(doc), doc._.kg_noise, load_gazetteer(), places)
    doc.user_data[PLACES_KEY] = places
    return doc


def doc_places(doc: Doc) -> list[tuple[int, int]] | None:
    """The spans of the place names ``kg_regions`` found in ``doc`` (None if it did not run), for the components
    that look for names starting with a place."""
    return doc.user_data.get(PLACES_KEY)
