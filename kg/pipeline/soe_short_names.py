"""Companies of the central state-owned groups by the short names the news uses: a group's numbered engineering
bureaus (中铁二局, 中建八局, 中交一公局) and the companies under them (中建八局第一建设有限公司), and a group's company
in a province by the province's short name (国网江苏电力, 广东移动, 浙江电信).

They are named after the group's brand, which no place or class noun opens, so the grammar of places and heads
finds none of them; their organs (中铁二局纪委, 国网江苏电力党委) follow as after any company's name.

Examples
--------
>>> text = "中建八局党委对中建八局第一建设有限公司开展巡察，广东移动党委配合。"
>>> [text[f.start : f.end] for f in soe_short_names(text) if not f.nested]
['中建八局', '中建八局第一建设有限公司', '广东移动']
"""

from __future__ import annotations

import re

from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.spans import Found, trie_regex

# the groups whose engineering bureaus are numbered (中铁一局…中铁二十五局, 中建一局…中建八局, 中交一航局, 中交二公局,
# 中冶, 水电十一局): the brand, the number, 局 (公局, 航局 for the harbour and highway bureaus)
_NUMBER = "[一二三四五六七八九十]{1,3}"
NUMBERED_BUREAU = re.compile(f"(?:中铁|中建|中交|中冶|中水|水电|中煤|中核|中化){_NUMBER}(?:公|航)?局"
                             "(?:集团(?:有限公司)?|有限公司)?(?![长级])")
# a company under a bureau: 中建八局第一建设有限公司, 中铁四局集团第二工程有限公司, 中建八局华南建设有限公司
UNDER_BUREAU = re.compile(f"(?:集团)?(?:第{_NUMBER}|[\u4e00-\u9fff]{{2}})(?:建设|工程|建筑|安装|投资|发展|设计)"
                          "(?:有限公司|有限责任公司)")
CARRIERS = ("移动", "联通", "电信")
# (广东移动支付, 浙江移动互联网: a kind of service, no company)
NOT_CARRIER_AFTER = re.compile("支付|互联|通信|通讯|端|应用|办公|网络|业务|用户|号码|政务|终端|执法|医疗")


def _province_companies() -> re.Pattern[str]:
    shorts = sorted({p.short for p in load_gazetteer().places.values() if p.level == "province" and p.short})
    provinces = trie_regex(shorts)
    # 国网江苏电力, 国网江苏省电力 (not …电力有限公司: the company's full name, found as any company's)
    return re.compile(f"国网(?:{provinces})省?电力(?!有限|公司|设计|科学|交易|市场)"
                      f"|(?<![\u4e00-\u9fff])(?:{provinces})(?:{'|'.join(CARRIERS)})")


PROVINCE_COMPANY = _province_companies()


def soe_short_names(text: str) -> list[Found]:
    """The companies named by a central group's short name in ``text`` (see the module), the bureau nested in the
    companies named after it."""
    if "局" not in text and "国网" not in text and not any(c in text for c in CARRIERS):
        return []  # (most texts)
    found = []
    for m in NUMBERED_BUREAU.finditer(text):
        bureau = Found(m.start(), m.end(), "ORG", "enterprise")
        under = UNDER_BUREAU.match(text, m.end())  # (中建八局第一建设有限公司: the bureau nested in it)
        found += [bureau] if under is None else [Found(m.start(), under.end(), "ORG", "enterprise"),
                                                 bureau._replace(nested=True)]
    found += [Found(m.start(), m.end(), "ORG", "enterprise") for m in PROVINCE_COMPANY.finditer(text)
              if not NOT_CARRIER_AFTER.match(text, m.end())]
    return found
