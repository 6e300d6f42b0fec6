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

import re
from dataclasses import dataclass

from spacy.util import registry

from kg.pipeline.verbs import VerbTable, read_data, read_rows

# Party prefix of a committee's full name.
PARTY_PREFIXES = ("中国共产党", "中共")
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
    """Heads that end an organisation name, by how much context they need.

    ``body``: a body on its own right after a region (市委, 县政府, 省纪委监委).
    ``unit``: an organ inside a body (巡察办, 组织部, 办公室, 第三巡视组), also after a domain stem.
    ``weak``: single characters that end a department name only after a domain stem (财政 + 局).
    ``named``: institutions named by a proper name in front (红安 + 干部学院, 金川 + 集团公司).
    ``group``: teams named by a free description in front (选人用人 + 专项检查组).
    """
    return {
        "body": ["纪委监委", "纪委监察委", "监察委员会", "纪律检查委员会", "纪委", "监委", "人大常委会",
                 "人民代表大会常务委员会", "人大", "政协", "人民政府", "政府", "中级人民法院",
                 "高级人民法院", "人民法院", "法院", "中院", "高院", "行政公署", "人民检察院", "检察院", "党工委", "党委", "委"],
        "unit": ["常委会", "领导小组办公室", "领导小组", "巡察办", "巡视办", "巡察组", "巡视组",
                 "巡察机构", "巡视机构", "组织部", "宣传部", "统战部", "政法委", "编办", "网信办", "政研室",
                 "深改委", "财经委", "外事委", "审计委", "网信委", "国安委", "编委", "安委会", "安委办", "食安委",
                 "食安办", "减灾委", "爱卫会", "爱卫办", "老龄委", "关工委", "禁毒委", "文明委", "文明办", "综治委",
                 "综治办", "防指",
                 "农办", "老干部局", "机关工委", "工委", "办公室", "办公厅", "办事处", "纪检监察组",
                 "督查局", "督查室", "总局", "委员会", "管委会", "居委会", "村委会", "机关", "党组", "党支部",
                 "总支部", "支部", "中队", "大队", "支队", "分局", "派出所", "总工会", "工会", "妇联", "直属机关工委",
                 "直机关工委", "直属机关党委", "党工委", "居委会", "村委会",
                 "团委", "科协", "侨联", "残联", "文联", "工商联", "融媒体中心"],
        "weak": ["局", "厅", "委", "办", "部", "署", "中心", "站", "所", "处", "科", "室", "院", "队"],
        "named": ["干部学院", "党校", "大学", "学院", "中学", "小学", "学校", "人民医院", "中医院", "医院",
                  "卫生院", "研究院", "研究所", "集团公司", "集团有限公司", "股份有限公司", "有限公司",
                  "有限责任公司", "集团", "公司", "银行", "日报社", "报社", "通讯社", "电视台", "广播电视台",
                  "广播电视总台", "出版社", "协会", "海关", "监狱", "戒毒所", "看守所", "中心支行", "支行", "分行",
                  "学会", "商会", "联合会", "基金会", "合作社"],
        "group": ["专项检查组", "联合检查组", "检查组", "督导组", "督查组", "督察组", "工作组", "指导组", "调查组",
                  "执法组", "专案组", "调研组", "联络组", "考核组", "评估组", "核查组", "验收组", "巡回组",
                  "工作专班", "专班", "指挥部", "领导小组", "工作队"],
    }


# How a text names the institution it is about in front of its organs (校党委 of 兰州大学党委), and the heads of
# the institutions each short form stands for
_SCHOOLS = ("大学", "学院", "学校", "党校")
INSTITUTION_SHORT_FORMS = {"学校": _SCHOOLS, "校": _SCHOOLS, "集团公司": ("集团公司", "集团"), "集团": ("集团公司", "集团"),
                           "公司": ("公司",), "医院": ("医院",)}

# Characters that, right after a one-character head, show it was part of another word (部门, 办法, 组长).
HEAD_BLOCKERS = {
    "局": "长面势限部级", "厅": "长级", "委": "员托屈派婉实任", "办": "法理案学好实结成公事",
    "部": "门署分长队位件落级", "署": "名", "中心": "任工组环城区", "站": "长点位稳", "所": "有以在长属得谓需",
    "处": "理置于长分罚在级", "科": "学技长目研普级", "室": "内外", "院": "长校士落子", "队": "伍长员",
    "组": "长织成建合员", "会": "议长同商上员计",
}
# a blocker that may follow a head after all when it starts one of these words: 市纪委监委派驻…, 省委派出…
# (委派 is a word, 派驻 and 派出 are what bodies do)
BLOCKER_EXCEPTIONS = {"派": "驻出"}


@registry.misc("kg.domain_stems.v1")
def domain_stems() -> list[str]:
    """Functional domains that name departments (财政 + 局, 市场监管 + 局, 卫生健康 + 委)."""
    return """巡察 巡视 纪检监察 纪检 监察 党风政风监督 党风廉政建设 案件审理 案件监督管理 审查调查 监督检查 干部监督
    信访举报 宣传教育 组织人事 组织 宣传 统战 政法 网信 政研 编办 机构编制 农村工作 老干部 机关事务
    保密 机要 档案 党史研究 信访 财政 审计 统计 公安 司法 民政 教育 科技 科学技术 工业和信息化 工信 经信
    经济和信息化 发展和改革 发展改革 发改 人力资源和社会保障 人力资源社会保障 人社 自然资源和规划 自然资源 规划 生态环境
    环境保护 环保 住房和城乡建设 住房城乡建设 住建 城乡建设 交通运输 交通 水利 水务 农业农村 农业 农牧 林业和草原 林业
    草原 商务 文化和旅游 文化广电和旅游 文体广电 文广旅 文体 文广 教体 文旅 文化 旅游 广电 广播电视 体育 卫生健康 卫健 卫生 退役军人事务
    应急管理 应急 安全生产监督管理 安监 市场监督管理 市场监管 质量技术监督 食品药品监督管理 行政审批服务
    行政审批 审批服务 审批 政务服务和大数据管理 政务服务 大数据管理 大数据 数据 国有资产监督管理 国资 税务
    医疗保障 医保 粮食和物资储备 粮食 能源 人民防空 人防 地震 气象 消防救援 消防 外事 侨务 民族宗教事务
    民族宗教 宗教 城市管理综合执法 城市管理 综合行政执法 综合执法 行政执法 城管 督查 考核 乡村振兴 扶贫开发
    扶贫 河湖长制 河长制 湖长制 林长制 田长制 河湖长 田长 地方金融监督管理 金融工作 金融 投资促进 招商 经济合作 工商 营商环境建设 营商环境 河长 湖长 林长 路长
    公共资源交易 住房公积金管理 不动产登记 疾病预防控制 疾控 妇幼保健 口岸 人民武装 武装 信用 机关 经济技术开发区
    经济开发区 高新技术产业开发区 高新技术开发区 高新区 工业园区 产业园区 开发区 新区 保税区 自贸区""".split()


@registry.misc("kg.document_kinds.v1")
def document_kinds() -> dict[str, str]:
    """Title endings → document kind (the DOC subtype). Longer endings are tried first."""
    kinds = {
        "plan": "规划 纲要 计划 方案 预案 工作要点 要点", "measures": "办法 措施 举措", "opinion": "意见 实施意见",
        "notice": "通知 通报 公告 通告 决定 决议 批复 函 建议书 答记者问", "regulation": "条例 规定 规则 细则 准则 守则 章程",
        "law": "法 宪法", "guide": "指引 指南 手册 清单 目录", "report": "报告 白皮书 公报 汇报",
        "agreement": "协议 备忘录 协作意见 协作机制 合作机制 机制 制度", "standard": "标准 规范",
        "newspaper": "日报 晚报 报 杂志 周刊 期刊 学报 网", "letter": "书 函 信", "speech": "讲话 讲稿",
        "book": "选编 汇编 文集 读本", "measure_list": "若干措施 具体措施",
    }
    return {word: kind for kind, words in kinds.items() for word in words.split()}


@registry.misc("kg.mechanism_heads.v1")
def mechanism_heads() -> list[str]:
    """Head words of a named mechanism (…机制, …制度, …工作法)."""
    return ["工作机制", "机制", "工作制度", "制度", "工作法", "模式", "体系", "工作格局", "格局", "责任制",
            "负责制", "承诺制", "台账"]


# Heads that name a mechanism only right after a quoted name (“书记工程”, “巡后直督”平台).
QUOTED_MECHANISM_HEADS = ("工程", "平台", "行动", "品牌")


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
BOUNDARY_WORDS = _VERBS.boundary_words | set(_FUNCTION_WORDS)
# 建立/推行… a mechanism, 成立/组建… a body: the verbs that set something up
SETS_UP_PRACTICE = re.compile(_VERBS.alternation(_VERBS.setting_up("practice")))
SETS_UP_BODY = re.compile(_VERBS.alternation(_VERBS.setting_up("body")))


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
