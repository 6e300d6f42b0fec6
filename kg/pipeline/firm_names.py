"""Firms' names: the role a firm plays or the kind it is written before its name (财务顾问…, 新央企…), a partnership's
form after it, and a firm a text leaves unnamed (某建设工程有限公司) without the role before its 某.

Examples
--------
>>> text = "中标人青禾路桥建设有限公司"
>>> f = firm_name(text, Found(0, len(text), "ORG")); text[f.start : f.end]
'青禾路桥建设有限公司'
"""

from __future__ import annotations

import re

from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START
from kg.pipeline.name_repairs import OVERSEEING_UNIT
from kg.pipeline.spans import Found

UNNAMED_KINDS = ("公司", "集团", "企业", "合作社", "厂", "店", "中心")


def from_unnamed(masked: str, found: Found) -> Found:
    """A firm a text leaves unnamed (某建设工程有限公司), without the role written before its 某 (施工单位, 物业), its
    place kept (物业合肥某物业服务有限公司: 合肥某物业服务有限公司); bodies of a level stay whole (县某局).

    >>> text = "物业\ue000\ue001某物业服务有限公司"
    >>> from_unnamed(text, Found(0, len(text), "ORG")).start
    2
    """
    unnamed = masked.find("某", found.start + 1, found.end)
    if unnamed < 0 or not masked.endswith(UNNAMED_KINDS, found.start, found.end) \
            or masked[unnamed - 1] in "某省市县区镇乡村" or masked[found.start] in (PLACE_START, "某"):
        return found
    place = unnamed
    while place > found.start and masked[place - 1] in (PLACE_START, PLACE_CONT):
        place -= 1
    return found._replace(start=place if place < unnamed and masked[place] == PLACE_START else unnamed)


# the part a firm plays in a deal, an audit or a tender, or a verb of working with it, written right before its name
# (年审机构…会计师事务所, 财务顾问…证券股份有限公司, 中标人…有限公司, 对接清华大学)
BEFORE_A_NAME = re.compile("(?:独立)?财务顾问|(?:年审|审计|评估|保荐|采购代理|招标代理|代理|监理|施工|设计|勘察)"
                           "(?:机构|单位)|保荐人|主承销商|中标人|中标单位|成交供应商|供应商|采购人|招标人|受托人|托管人"
                           "|对接|携手|牵手|走进|新?(?:央企|国企|民企|外企)")  # (新央企中国…集团: the kind it is)
FIRM_HEADS = ("公司", "集团", "事务所", "合伙）", "合伙)", "银行", "商行", "大学", "学院", "医院", "研究院", "研究所")


PARTNERSHIP = re.compile("[（(](?:特殊普通|普通|有限)合伙[）)]")  # (a partnership's form, part of its name)


# 中国铁路呼和浩特局集团有限公司: a regional railway group, named with the state railway's name before it
RAILWAY = "中国铁路"
RAILWAY_GROUP = re.compile("[\u4e00-\u9fff]{2,5}局集团(?:有限公司)?")


def firm_name(text: str, found: Found) -> Found:
    """A firm's or an institution's name without the part it plays or the verb written before it (年审机构白鹭会计师
    事务所: 白鹭会计师事务所; 对接清华大学: 清华大学), with the form of a partnership written after it (…会计师事务所
    （特殊普通合伙）); a body's unit named by the firms it oversees, whole (…证券交易所上市公司管理一部).

    >>> text = "财务顾问白鹭证券股份有限公司"
    >>> text[firm_name(text, Found(0, len(text), "ORG")).start :]
    '白鹭证券股份有限公司'
    >>> text = "年审机构白鹭会计师事务所（特殊普通合伙）出具"
    >>> f = firm_name(text, Found(0, 12, "ORG")); text[f.start : f.end]
    '白鹭会计师事务所（特殊普通合伙）'
    """
    if text.endswith(RAILWAY, 0, found.start) and RAILWAY_GROUP.fullmatch(text, found.start, found.end):
        return found._replace(start=found.start - len(RAILWAY))  # (中国铁路 + 某局集团有限公司: one name)
    if (form := PARTNERSHIP.match(text, found.end)) is not None:
        found = found._replace(end=form.end())
    elif text.endswith(("上市公司", "企业"), found.start, found.end) and (
            unit := OVERSEEING_UNIT.match(text, found.end)) is not None:
        return found._replace(end=unit.end(), subtype="government")  # (…上市公司管理一部: a unit overseeing them)
    role = BEFORE_A_NAME.match(text, found.start, found.end)
    if role is None or found.end - role.end() < 4 or not text.endswith(FIRM_HEADS, found.start, found.end):
        return found
    return found._replace(start=role.end())
