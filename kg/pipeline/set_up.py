"""Bodies a verb sets up or houses, named by what they do (成立合规委员会, 组建3个联合监督组, 设立“三所联动”调解室),
and bodies named after what they belong to (县法院所属桐溪人民法庭).

Examples
--------
>>> text = "白鹭街道司法所联合设立“三所联动”调解室，县法院所属桐溪人民法庭参与。"
>>> [text[f.start : f.end] for f in set_up_bodies(text)]
['“三所联动”调解室', '桐溪人民法庭']
"""

from __future__ import annotations

import re

from kg.pipeline.spans import Found, fast_start, is_han
from kg.pipeline.unit_grammar import AGENCY_SUB_UNITS


def after_verbs(*verbs: str) -> str:
    """A look-behind for a position right after one of ``verbs`` (of two characters each), or after it and 了.

    >>> after_verbs("成立", "组建")
    '(?:(?<=成立|组建)|(?<=成立了|组建了))'
    """
    return f"(?:(?<={'|'.join(verbs)})|(?<={'|'.join(v + '了' for v in verbs)}))"


# 成立合规委员会，下设合规管理办公室; 组成3个联合监督组; 局内设的信用监督管理科: a body a verb sets up or houses,
# named by what it does (no place needed: the verb makes it one body)
_SET_UP_HEADS = ("委员会", "领导小组", "工作专班", "专班", "办公室", "工作组", "检查组", "督导组", "督查组", "巡察组",
                 "监督组", "指导组", "调查组", "专案组", "指挥部", "指挥中心", "议事会", "理事会", "工作站",
                 "服务站", "审判庭", "人民法庭", "法庭", "服务中心", "中心", "管理机构", "联合体", "联合社", "小组",
                 "服务团", "宣讲团", "顾问团",
                 "组", "队", "科", "处", "部", "室")
_COUNT = "(?:[\\d一二三四五六七八九十两几多]+个|首个|首家)?"  # 组建3个巡察组, 设立首个…工作站: no part of the name
# (社区 in 社区治理服务中心; 对接 in 诉调对接工作室, 对口 in 对口帮扶工作组)
_SET_UP_CHAR = "(?:社区|农村|对[接口]|[^\\W\\d_的了在对向把将由为以及和、，等各省市县区乡镇村州])"
# (“室组地”联合监督组: a quoted name first; 市综合应急救援支队: a level first)
_SET_UP_NAME = (f"(?:(?:“[^”]{{2,10}}”)?{_SET_UP_CHAR}{{2,12}}?"
                f"|(?:自治区|自治州|[省市县区])(?!委){_SET_UP_CHAR}{{4,10}}?)"
                f"(?:{'|'.join(h if h != '处' else '(?<!调)处' for h in _SET_UP_HEADS)})"  # (调处中心: 调处 mediates)
                # (纪检干部人才库: cadres; 专职外部董事…: 外部, 内部, 全部 end no department)
                "(?![门长员级学技署分队位件落会议内外织成建合伍室置理罚组协])(?<!干部)(?<![外内全局]部)")
_LED_BY = "(?:由[^，。；]{1,16}?(?:任|担任)[^，。；]{0,8}?的)?"  # 成立由市委书记任组长的…领导小组
# (局党组成立…: 组成 is no verb where 成立 follows)
# (设立或者明确…机构: the other verb no part of the name)
SET_UP_BODY = fast_start(f"(?<![未不没])(?:成立|组建|设立|下设|内设|组成(?!立)|共建|筹建)(?:了|的)?"
                         f"(?:或者?(?:明确|指定|确定|委托))?{_LED_BY}{_COUNT}"
                         f"(?P<name>{_SET_UP_NAME})")
# 县法院所属桐溪人民法庭, 集团所属路桥建设有限公司: named after what it belongs to (所属企业岱川…公司: the company)
_BELONGING_HEADS = ("人民法庭", "派出所", "分局", "支队", "大队", "中队", "有限公司", "公司", "中心", "站",
                    *AGENCY_SUB_UNITS[5:])  # (县市场监管局所属白鹭市场监管所)
BELONGING_BODY = re.compile(f"(?:所属|下属|直属)(?:企业|单位|机构|子企业|子公司)?"  # (所属事业单位包括A: the list's)
                            f"(?P<name>(?:(?!包括|事业单位)[^\\W\\d_的了在对向把将由为以与及和、，等各有关]){{2,12}}?"
                            f"(?:{'|'.join(_BELONGING_HEADS)}))(?![长员级点位所])")
SUBSIDIARY_KIND = re.compile("(?:全资|控股|参股|独资|国有|二级|三级)*[子分]?公司")  # (…下属全资子公司: a kind)
KINDS_SET_UP = ("派出法庭", "派出机构", "派出所", "分支机构")  # (在乡镇设立的派出法庭: of a kind, not one named)
# 支持企业组建（任务型、紧密型）创新联合体: the kind a policy calls for, no consortium named (a class of bodies)
KIND_OF_CONSORTIUM = re.compile("(?:[\\u4e00-\\u9fff]{0,4}[型化]|重点领域|产业|科技)*创新联合体")
SET_UP_NEXT = re.compile(f"[和、及]{_COUNT}(?P<name>{_SET_UP_NAME})")
def set_up_bodies(text: str) -> list[Found]:
    """The bodies a verb sets up or houses, each of a list after it (下设综合协调组和线索督办组: both).

    >>> text = "专班下设综合协调组和线索督办组，组成3个联合监督组"
    >>> [text[f.start : f.end] for f in set_up_bodies(text)]
    ['综合协调组', '线索督办组', '联合监督组']
    """
    found = []
    for m in SET_UP_BODY.finditer(text):
        items = [m]
        while (following := SET_UP_NEXT.match(text, items[-1].end())) is not None:
            items.append(following)
        # (下设办公室: a unit by its head alone is no name; the text names it elsewhere or not at all)
        found += [Found(i.start("name"), i.end("name"), "ORG", "team", bool(KIND_OF_CONSORTIUM.fullmatch(i["name"])))
                  for i in items if i["name"] not in _SET_UP_HEADS and i["name"] not in KINDS_SET_UP]
    found += [Found(m.start("name"), m.end("name"), "ORG", "organisation") for m in BELONGING_BODY.finditer(text)
              if not SUBSIDIARY_KIND.fullmatch(m["name"])]
    found += [Found(m.start("name"), m.end("name"), "ORG", "team") for m in QUOTED_SET_UP.finditer(text)
              if not (_after_jianli(text, m.start()) and is_han(text[m.end() : m.end() + 1] or "。"))]
    return found  # (建立“…”工作机制: the quoted words name the mechanism)


def _after_jianli(text: str, at: int) -> bool:
    """Whether ``at`` (a quote) stands right after 建立 or 建立了."""
    return text.endswith("建立", 0, at - (text[at - 2] == "了"))


# 组建“审理片区协作组”, 共同组建“…绿色开发联合研究院”: a body set up under a quoted name, whole inside the quotes
# (建立“律商联络站”: 建立 too, where the quoted name ends in a body's head and the object; not a formula's parts:
# 建立“链长+链主+专班”工作机制)
QUOTED_SET_UP_VERBS = ("成立", "组建", "设立", "组成", "共建", "筹建", "建立")  # (mechanisms: no practice there)
QUOTED_SET_UP = fast_start(f"{after_verbs(*QUOTED_SET_UP_VERBS)}“(?P<name>[^”，。+＋]{{2,20}}?"
                           "(?:组|委员会|中心|专班|联盟|工作站|服务站|联络站|办公室|调解室|队|服务团|研究院"
                           "|研究所|实验室|学院|基地))”")
