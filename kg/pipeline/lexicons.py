"""Lexicons the extraction grammar is built from.

These are closed classes of Chinese governance language (suffixes of body names, functional domains of
departments, document kinds, verbs that state a relation), never names of particular bodies: a body is
recognised by how its name is composed, so the grammar carries over to texts from any city. Each list is
registered as a versioned ``@misc`` function, so a pipeline config can swap one (``kg.org_heads.v2``).

Examples
--------
>>> "规划" in document_kinds()
True
>>> "局" in org_heads()["weak"]
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.util import registry

from kg.pipeline.verbs import VerbTable, read_data, read_rows

# Party prefix of a committee's full name.
PARTY_PREFIXES = ("中国共产党", "中共")


def party_name_length(text: str, start: int) -> int:
    """The length of the party's short name opening a name at ``start`` (中共某大学委员会: 2), which is no part of
    the institution's name after it; 0 for none, and for the Centre's (中共中央 is a body's own name).

    >>> party_name_length("中共青禾大学委员会", 0), party_name_length("中共中央办公厅", 0), party_name_length("青禾大学", 0)
    (2, 0, 0)
    """
    return 2 if text.startswith("中共", start) and not text.startswith("中共中央", start) else 0
# The Youth League's committee of a place by its short form (团市委), not the party's
YOUTH_LEAGUE_SHORT = "团[省市县区]委"
# Prefix of a political consultative conference's full name (政协天水市委员会 = 天水市政协).
CPPCC_PREFIXES = ("中国人民政治协商会议", "政协")

# Level words that end a place name (甘肃省, 定西市, 渭源县, 会川镇) and, on their own, stand for "this
# province/city/county" in front of a body (市委, 县政府).
REGION_LEVELS = ("自治区", "自治州", "自治县", "特别行政区", "街道", "省", "市", "县", "区", "州", "盟", "旗",
                 "乡", "镇", "村")
LEVEL_ABBREVIATIONS = "省市县区州旗盟乡镇村"

# Words before a level character that make it part of an ordinary word, not a level (城市, 超市, 社区).
NOT_LEVEL_BEFORE = set("城都超上门股夜集闹菜早开黑楼花灯坊墟应入退出园辖社景山片牧林矿新特老分小校禁农"
                       "误雷盲专湾库城灾港坝乡各全本我该两原省红党国锦军彩联结加")

# National bodies everyone knows; the grammar finds them too, these just anchor the bare forms.
NATIONAL_ANCHORS = ("中央", "国家", "全国", "国务院")


@registry.misc("kg.org_heads.v1")
def org_heads() -> dict[str, list[str]]:
    """Heads that end an organisation name (``kg/data/org_heads.tsv``), by how much context they need.

    ``body``: a body on its own right after a region (市委, 县政府, 省纪委监委).
    ``unit``: an organ inside a body (巡察办, 组织部, 办公室, 第三巡视组), also after a domain stem.
    ``weak``: single characters that end a department name only after a domain stem (财政 + 局).
    ``named``: institutions named by a proper name in front (红安 + 干部学院, 金川 + 集团公司).
    ``group``: teams named by a free description in front (选人用人 + 专项检查组).
    ``proper``: the heads that are class nouns too (银行, 学校): the words in front must hold a proper part.

    >>> heads = org_heads()
    >>> "局" in heads["weak"], "巡察办" in heads["unit"], "银行" in heads["proper"], "党校" in heads["proper"]
    (True, True, True, False)
    """
    out: dict[str, list[str]] = {"proper": []}
    for head, context, proper in read_rows(read_data("org_heads.tsv"), 3):
        out.setdefault(context, []).append(head)
        if proper == "yes":
            out["proper"].append(head)
    return out

# How a text names the institution it is about in front of its organs (校党委 of 兰州大学党委), and the heads of
# the institutions each short form stands for
_SCHOOLS = ("大学", "学院", "学校", "党校")
INSTITUTION_SHORT_FORMS = {"学校": _SCHOOLS, "校": _SCHOOLS, "集团公司": ("集团公司", "集团"), "集团": ("集团公司", "集团"),
                           "公司": ("公司",), "医院": ("医院",), "局": ("局",), "厅": ("厅",),  # (局办公室, 厅党组)
                           "部": ("部",),  # (部办公厅, 部机关纪委: a ministry's own)
                           "分行": ("分行",),  # (分行党委: a bank branch's)
                           "中心": ("中心",),  # (中心推行…: the centre a text is about)
                           "管委会": ("管理委员会", "管委会")}  # (管委会建立…: the zone's authority named before)
# the short forms a clause's subject may take (学院与…签订: the college the text is about; not an organ's: a
# university's 学院党委 is each school's)
SUBJECT_SHORT_FORMS = {**INSTITUTION_SHORT_FORMS, "学院": ("学院",), "研究院": ("研究院",), "支队": ("支队",),
                       "协会": ("协会",), "联盟": ("联盟",)}

# Characters that, right after a one-character head, show it was part of another word (部门, 办法, 组长).
HEAD_BLOCKERS = {
    "行": "为政动使程驶走业列距机",  # 银行, 支行: not in 收支行为, 银行业, 银行机构
    "局": "长面势限部级", "厅": "长级", "委": "员托屈派婉实任", "办": "法理案学好实结成公事",
    "部": "门署分长队位件落级际共", "署": "名", "中心": "任工组环城区", "站": "长点位稳", "所": "有以在长属得谓需辖作做说提述列示致获",
    "处": "理置于长分罚在级突变事以", "科": "学技长目研普级创", "室": "内外", "院": "长校士落子", "队": "伍长员",
    "组": "长织成建合员", "会": "议长同商上员计签", "学": "生科习城",  # 大学生, 大学科技园, 大学城: no 大学 of its own
    "府": "投采债购性",  # 政府投资基金, 政府采购, 政府债务, 政府购买服务, 政府性基金: what a government does
    "集团": "化",  # 集团化办学: a way of running schools, no group
    "海关": "特总",  # 海关特殊监管区域: a kind of zone, no customs office; 海关总局: the whole name
    "机关": "食",  # 机关食堂: a canteen, no body
    "供销合作社": "联",  # 供销合作社联合社: the whole name
}
# After a central body's name (公安部, 国务院), what makes it part of a longer word (部门, 国务院办公厅 is found whole)
NATIONAL_BLOCKERS = "门署分队位件落级员际杯"  # (中国足协杯: a cup, no body; 长 too, but before 江)
# 长 after a body's name starts a place, not a head's title (院长, 部长): 交通运输部长江航务管理局,
# 中国科学院长春光学精密机械与物理研究所 (not 外交部长春节期间)
LONG_PLACE = "长(?:江|春(?!节)|沙|治|白山)"
# Words right before a body's level character that are no place (以下简称县委巡察办, 向县委报告, 担任县委…)
NOT_PLACE_WORDS = frozenset("""简称 全称 候补 称为 报告 汇报 请示 通报 举报 反映 提交 报送 报请 移送 转交
作为 成为 担任 现任 原任 时任 系统 全体 所在 当地 本地 外地 每届 本届 历届 上届 下届 每年 今年 去年 明年 当年 次年
全年
接受 服从 看望 慰问 回应 对接 约谈 提醒 通知 批复 授权 委托 责成 派出 派驻 出席 列席 主持 动员 带领 率领 接待 陪同
考察 调研 视察 审查 调查 监督 约见 致函 发函 答复 移交 承办 主办 协办 指派 指定 撤销 合并 整合 重组 挂牌 加挂 更名
隶属 归口 受理 走进 来到 前往 深入 赴任 到任 建议 提请 要求 希望 呼吁
安排 调派 督办 批示 推荐 提名 任命 计划 随即 请求 废止 废除 修改 施行 代表 赋予 授予 反馈 抄送 抄报""".split())
# Words 政府 starts that are no body (政府工作, 政府采购): after 党委、 a bare 政府 is the place's government otherwise
GOVERNMENT_COMPOUNDS = ("工作", "部门", "投资", "性", "采购", "债", "和社会", "职能", "机构", "服务", "购买", "信息", "网站")
# a blocker that may follow a head after all when it starts one of these words: 市纪委监委派驻…, 省委派出…
# (委派 is a word, 派驻, 派出, 派员 and 派遣 are what bodies do)
BLOCKER_EXCEPTIONS = {"派": "驻出员遣", "建": "立", "实": "行施现", "成": "立员", "在": "省市县区乡镇",
                      "签": "署订约发字", "结": "合", "科": "学研", "部": "署",
                      "同": "意", "长": "期效远足", "作": "为"}  # (党组建立: 组 + 建立, no 组建; 监委实行: no 委实;
# 党组成立: 组 + 成立, no 组成; 党组成员: the members of the 党组, a body named in their role; 联合会签: 联合 + 会签, no
# 联合会, but 委员会签署; 巡视办结合: 办 + 结合, no 办结; 大学科学技术处, 大学科研院: a university's office, not 大学科技园;
# 市公安局部署: 局 + 部署, no 局部; 市人大常委会同意: 会 + 同意, no 会同; 市审计局长期: 局 + 长期, no 局长;
# 县司法所作为…: 所 + 作为, though 市审计局所作的 is 局 + 所作)


@registry.misc("kg.domain_stems.v1")
def domain_stems() -> list[str]:
    """Functional domains that name departments (财政 + 局, 市场监管 + 局, 卫生健康 + 委): ``kg/data/domain_stems.tsv``."""
    return [stem for stem, in read_rows(read_data("domain_stems.tsv"), 1)]


@registry.misc("kg.document_kinds.v1")
def document_kinds() -> dict[str, str]:
    """Title endings → document kind (the DOC subtype): ``kg/data/document_kinds.tsv``. Longer endings are tried first.

    >>> document_kinds()["实施意见"], document_kinds()["函"]
    ('opinion', 'letter')
    """
    return {ending: kind for ending, kind, _ in read_rows(read_data("document_kinds.tsv"), 3)}


def untitled_kinds() -> list[str]:
    """The kinds that name a document on their own after a verb of issuing (印发通知, 出台…办法): the ``untitled``
    rows of ``kg/data/document_kinds.tsv``, longest first.

    >>> "通知" in untitled_kinds(), "日报" in untitled_kinds()
    (True, False)
    """
    rows = read_rows(read_data("document_kinds.tsv"), 3)
    return sorted((ending for ending, _, untitled in rows if untitled == "yes"), key=lambda e: (-len(e), e))


def _mechanism_heads(role: str) -> list[str]:
    return [head for head, row_role in read_rows(read_data("mechanism_heads.tsv"), 2) if row_role == role]


@registry.misc("kg.mechanism_heads.v1")
def mechanism_heads() -> list[str]:
    """Head words of a named mechanism (…机制, …制度, …工作法): the ``named`` rows of ``kg/data/mechanism_heads.tsv``."""
    return _mechanism_heads("named")


# Heads that name a mechanism only right after a quoted name (“书记工程”, “巡后直督”平台).
QUOTED_MECHANISM_HEADS = tuple(_mechanism_heads("quoted"))
# Heads of a campaign named after the verb that starts it (开展…专项整治, 实施…行动), in the order they are tried.
CAMPAIGN_HEADS = tuple(_mechanism_heads("campaign"))


@registry.misc("kg.mechanism_terms.v1")
def mechanism_terms() -> list[str]:
    """Set phrases of Chinese governance used as names of practices, known nationwide
    (``kg/data/mechanism_terms.tsv``: term and domain)."""
    return [term for term, _ in read_rows(read_data("mechanism_terms.tsv"), 2)]


# Nationwide slogans of governance language: they name no practice (the guideline's 抓铁有痕，踏石留印).
_SLOGAN_WORDS = frozenset("""抓铁有痕 踏石留印 钉钉子 久久为功 驰而不息 一以贯之 锲而不舍 持之以恒 真抓实干 善作善成 动真碰硬
刀刃向内 自我革命 严字当头 实字托底 以上率下 一抓到底 一张蓝图绘到底 一锤接着一锤敲 一任接着一任干 马上就办
真管真严 敢管敢严 长管长严 严管厚爱 务实功 求实效 出实招 办实事 见实效""".split())


@registry.misc("kg.verbs.v1")
def verb_table() -> VerbTable:
    """The verb table shipped in ``kg/data/verbs.tsv``: every verb list of the rules is a view of it.

    Examples
    --------
    >>> table = verb_table()
    >>> table["会签"].relations, table["会签"].boundary
    (('ISSUED',), True)
    >>> "建立" in table.object_verbs and "巡察" in table.direct_object("INSPECTS")
    True
    """
    return VerbTable.from_tsv(read_data("verbs.tsv"))


@registry.misc("kg.relation_verbs.v1")
def relation_verbs() -> dict[str, list[str]]:
    """Verbs that state a relation, by relation type, in the verb table's order (a view of ``kg.verbs.v1``)."""
    return verb_table().by_relation()


@registry.misc("kg.function_words.v1")
def function_words() -> dict[str, str]:
    """Words that are no verbs but end a free description on their left (prepositions, adverbs, quantifiers).

    ``kg/data/function_words.tsv``: one row per word with its kind (``function`` or ``quantifier``).
    """
    return dict(read_rows(read_data("function_words.tsv"), 2))


_VERBS = verb_table()
_FUNCTION_WORDS = function_words()
# Verbs whose object is a mechanism, document or body: they end a name even right before its last word
# (建立 + 机制 is no name), where other boundary words (通报, 联系) may themselves end a name (督办通报).
OBJECT_VERBS = _VERBS.object_verbs
# Words that pick some bodies of a kind (部分医院, 一些学校): what follows is a class, never a name.
QUANTIFIERS = tuple(sorted((w for w, kind in _FUNCTION_WORDS.items() if kind == "quantifier"), key=lambda w: (-len(w), w)))
# Words that end a free description on its left: verbs, prepositions, adverbs. A name never spans them.
VERB_BOUNDARY_WORDS = _VERBS.boundary_words
BOUNDARY_WORDS = VERB_BOUNDARY_WORDS | set(_FUNCTION_WORDS)
# 建立/推行… a mechanism, 成立/组建… a body: the verbs that set something up
SETS_UP_PRACTICE = re.compile(_VERBS.alternation(_VERBS.setting_up("practice")))
SETS_UP_BODY = re.compile(_VERBS.alternation(_VERBS.setting_up("body")))
# 开展/实施… a campaign (开展…专项整治): the verb table's ``sets_up`` = ``campaign``
CAMPAIGN_VERBS = tuple(_VERBS.setting_up("campaign"))


@dataclass(frozen=True)
class NationalBody:
    """A central body of the party or state (or a foreign government's), by its full name and the others it goes by."""

    name: str
    aliases: tuple[str, ...]
    kind: str


# short forms that name a local body as often as the national one (省国资委 is often just 国资委)
_AMBIGUOUS_SHORT = {"国资委", "法工委", "预算工委", "代表工委", "总台"}
_PUBLICATIONS = ("报", "杂志")  # 人民日报 is the paper (a DOC), 人民日报社 the body


@registry.misc("kg.national_bodies.v1")
def national_bodies() -> list[NationalBody]:
    """Central party and state organs (and former ones, and foreign governments' bodies in Chinese) from
    ``kg/data/national_bodies.tsv``: ``name``, comma-separated ``short`` and ``former`` names, ``kind``.

    >>> bodies = {b.name: b for b in national_bodies()}
    >>> "审计署" in bodies["中华人民共和国审计署"].aliases
    True
    """
    out = []
    for name, short, former, kind in read_rows(read_data("national_bodies.tsv"), 4):
        aliases = tuple(a for a in (*short.split(","), *former.split(","))
                        if a and a not in _AMBIGUOUS_SHORT and not a.endswith(_PUBLICATIONS))
        out.append(NationalBody(name, aliases, kind))
    return out


def national_aliases(bodies: list[NationalBody]) -> dict[str, str]:
    """Every name of a national body → its full name (the first row wins for a short form two rows share)."""
    out: dict[str, str] = {}
    for body in bodies:
        for alias in (body.name, *body.aliases):
            out.setdefault(alias, body.name)
    return out


@registry.misc("kg.class_bodies.v1")
def class_bodies() -> list[str]:
    """Expressions naming a class of bodies, not one body (有关部门, 县级以上人民政府): generic ORG."""
    return [phrase for phrase, _ in read_rows(read_data("class_bodies.tsv"), 2)]


@registry.misc("kg.document_names.v1")
def document_names() -> dict[str, str]:
    """Documents cited by name without 《》 (中央八项规定, 监察法): every name and short name → the full name."""
    out: dict[str, str] = {}
    for name, short, _ in read_rows(read_data("document_names.tsv"), 3):
        for alias in (name, *short.split(",")):
            if alias:
                out.setdefault(alias, name)
    return out


def not_mechanisms() -> frozenset[str]:
    """Slogans, values and goals quoted in governance text that name no practice (两个维护, 一老一小)."""
    return frozenset(phrase for phrase, _ in read_rows(read_data("not_mechanisms.tsv"), 2))


SLOGANS = _SLOGAN_WORDS | not_mechanisms()


# Characters before 制 that make no system of it (体制, 定制, 编制, 控制, 限制, 机制: a head of its own, 抑制, 压制,
# 节制, 管制, 克制, 牵制, 抵制, 遏制, 法制, 税制, 学制): …制 after any other names one (包干制, 年薪制)
NOT_SYSTEMS = "体定编控限机抑压节管克牵抵遏法税学"

# Words that say nothing about which mechanism: a stem made only of them is a generic mention.
GENERIC_WORDS = ("工作", "协作", "配合", "协调", "长效", "管理", "监督", "体制", "运行", "保障", "相关", "有关", "各项",
                 "常态化", "规章", "内部", "对接", "联系", "安全", "治理", "制度", "机制", "考核", "评价", "激励",
                 "约束", "责任", "日常", "相应", "一系列", "一整套", "完整", "科学", "有效", "健全", "完善", "现代",
                 "这一", "这项", "该项", "此项", "各类", "多种", "新的", "一项", "两项", "三项", "长期", "发展",
                 "服务", "经营", "传统", "现有", "原有", "全新", "新型", "一种", "这种", "多元", "常态", "新", "国家",
                 "社会", "基层", "全面", "良性", "高效", "规范", "多层次", "全方位", "立体化", "一体化", "系统", "协同",
                 "市场", "主要", "基本", "具体", "重要", "必要", "企业", "价格", "监测", "监管", "领导", "政策", "法规")
_GENERIC_LONGEST_FIRST = sorted(GENERIC_WORDS, key=len, reverse=True)


@functools.lru_cache(maxsize=16384)
def is_generic(stem: str, *, quoted: bool = False) -> bool:
    """True if ``stem`` is made only of generic words (协作配合, 常态化工作联系), leaving less than two
    characters; a ``quoted`` stem is a name unless nothing at all is left (“大监督”格局).

    >>> is_generic("协作配合"), is_generic("三反馈"), is_generic("大监督"), is_generic("大监督", quoted=True)
    (True, False, True, False)
    """
    rest = stem
    for word in _GENERIC_LONGEST_FIRST:
        rest = rest.replace(word, "")
    return len(rest) < (1 if quoted else 2)
