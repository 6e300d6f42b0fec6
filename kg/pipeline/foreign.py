"""The bodies of foreign governments, named in Chinese text by their country (哈萨克斯坦共和国贸易和一体化部,
日本经济产业省, 俄罗斯联邦海关署): a country of ``kg/data/countries.tsv`` by its short or formal name, what the body
does, and the head a government's body ends in.

>>> text = "商务部与哈萨克斯坦共和国贸易和一体化部签署备忘录"
>>> [text[f.start : f.end] for f in foreign_bodies(text)]
['哈萨克斯坦共和国贸易和一体化部']
"""

from __future__ import annotations

import functools
import re

from kg.pipeline.name_repairs import without_office_verbs
from kg.pipeline.spans import HAN, Found, has_boundary_word, trie_regex
from kg.pipeline.verbs import read_data, read_rows

# heads a body needs words before (贸易和一体化部, 经济产业省, 海关署) and heads that name one alone (日本政府)
WORDED_HEADS = "部|省|(?<!签)署|总局|局|委员会|办公室|协会|商会"  # (…成都代表处签署: no 署; 德国手工业协会)
BARE_HEADS = "政府|议会|国会|参议院|众议院|中央银行|央行|内阁|总统府|驻华大使馆|大使馆|总领事馆|领事馆"
# a country's mission in a place (日本驻广州总领事馆, 越南驻南宁总领事馆; China's too: 中国驻古晋总领事馆), a
# ministry's or an association's office in one (俄罗斯联邦外交部驻…代表处, 德国手工业协会成都代表处)
MISSION = f"驻[{HAN}]{{1,6}}?(?:大使馆|总领事馆|领事馆|使馆|代表处)(?![长员])"
CHINA = ("中国", "中华人民共和国")  # (its bodies are the national lexicon's, but for its missions abroad)
# a body's words: no particle, preposition or number (和/与 join two fields: 贸易和一体化部)
WORDS = "[^\\W\\d_的了在对向把将为以是等及或其各该这]{1,12}?"
UNIT_WORDS = WORDS.replace("{1,12}", "{2,12}")  # a ministry's bureau (工业与安全局; not 签署, 部署)
# what may stand right before a country's name (与哈萨克斯坦…, 、日本…): no other word's character
BEFORE = f"(?:(?<![{HAN}])|(?<=[与和同及对向在据将把被由从为是了的、]))"


@functools.cache
def _country_names() -> frozenset[str]:
    """Every country's short and formal names (``kg/data/countries.tsv``)."""
    return frozenset(name for short, long in read_rows(read_data("countries.tsv"), 2)
                     for name in (short, *long.split(",")) if name)


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = _country_names()
    first = "".join(sorted({name[0] for name in names}))  # (re skips the positions no country starts at: 5x faster)
    # (美国商务部工业与安全局: a ministry's bureau after it)
    return re.compile(f"(?=[{first}中]){BEFORE}(?:(?:{trie_regex(names)})(?:(?P<words>{WORDS})(?:{WORDED_HEADS})"
                      f"(?P<unit>{UNIT_WORDS}(?:局|司|(?<!签)署|办公室)(?![长员])|{MISSION}|{UNIT_WORDS}代表处)?"
                      f"|{BARE_HEADS}|{MISSION})"
                      f"|(?:{'|'.join(CHINA)}){MISSION})"
                      "(?![长员])")  # (美国商务部长: a post; …部部长 names the body)


@functools.cache
def _country_before() -> re.Pattern[str]:
    return re.compile(f"(?:{trie_regex(sorted(_country_names()))})$")


def after_country(text: str, start: int) -> bool:
    """Whether a country's name ends right before ``start`` (俄罗斯联邦 + 外交部: the country's ministry, not China's).

    >>> after_country("俄罗斯联邦外交部", 5), after_country("国家外交部", 2)
    (True, False)
    """
    return _country_before().search(text, max(0, start - 12), start) is not None


def foreign_bodies(text: str) -> list[Found]:
    """The foreign governments' bodies named in ``text``: a body's words after the country are a name, no clause
    (美国发布政府报告: no body).

    >>> text = "日本经济产业省、俄罗斯联邦海关署和美国政府；美国发布政府报告"
    >>> [text[f.start : f.end] for f in foreign_bodies(text)]
    ['日本经济产业省', '俄罗斯联邦海关署', '美国政府']
    """
    found = []
    for m in _pattern().finditer(text):
        words = m.group("words") or ""
        if has_boundary_word(without_office_verbs(words)):
            continue
        end = m.end()
        if m.group("unit") is not None and not text.startswith("驻", m.start("unit")) and has_boundary_word(
                without_office_verbs(text[m.start("unit") : end])):
            end = m.start("unit")  # (美国商务部发布…局: the ministry alone)
        found.append(Found(m.start(), end, "ORG", "national"))
        if end > m.start("unit") > 0:
            found.append(Found(m.start(), m.start("unit"), "ORG", "national", nested=True))
    return found
