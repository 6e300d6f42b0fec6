"""Organisations (ORG) by an institution-name grammar.

A Chinese body name is composed: ``[中共] [region | 中央 | level character] body [unit ...]`` (中共天水市委,
市委巡察办, 省委第三巡视组, 区人大常委会办公室), or ``domain + department head`` with no region
(市场监管局, 机关工委), or a proper name before an institution head (延安干部学院), or a free description
before a team head (干部监督专项检查组). Places come from the gazetteer, heads and domains from
:mod:`kg.pipeline.lexicons`; no body name is listed anywhere.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("kg_institutions")
>>> doc = nlp("在市委的坚强领导下，区纪委监委机关、县信访局与应急管理局组成联合检查组。")
>>> [s.text for s in doc.spans["kg"]]  # 区纪委监委 twice: the office 机关 and its commission, for PART_OF
['市委', '区纪委监委', '区纪委监委机关', '县信访局', '应急管理局', '联合检查组']
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.pipeline.anchors import guarded, windowed
from kg.pipeline.bare_bodies import (
    bare_bodies,
    former_organs,
    is_own_account,
    own_account,
    placed_centres,
    places_sharing_head,
    standing_committees,
)
from kg.pipeline.central import SHORT_INSTITUTE, central_bodies, party_branches, regulator_offices
from kg.pipeline.classes import (
    CLASS_HEAD,
    CLASS_NAMES,
    LEVEL_BODIES,
    LEVEL_DEPARTMENTS,
    LEVEL_GOVERNMENTS,
    NATIONWIDE_CLASSES,
    PAIRED_GOVERNMENT,
    classes_of_bodies,
    counted,
    counted_groups,
    elided_classes,
    inspected_classes,
    organs_of_classes,
    rule_actors,
    with_level,
    with_place,
)
from kg.pipeline.companies import bank_parents, branches, brand_parents, companies
from kg.pipeline.compiled import compile_regex
from kg.pipeline.firm_names import firm_name, from_unnamed
from kg.pipeline.foreign import foreign_bodies
from kg.pipeline.free_names import (
    LEVEL_UNITS,
    PARK_AUTHORITIES,
    PUBLIC_UNITS,
    free_stem_names,
    named_teams,
    owned_units,
    subtype,
    university_parents,
)
from kg.pipeline.gazetteer import PLACE_CONT, PLACE_START, load_gazetteer, mask_places
from kg.pipeline.heads import alternation
from kg.pipeline.labs import field_platforms, named_labs, placed_branches, ranked_lab
from kg.pipeline.level_starts import level_body
from kg.pipeline.lexicons import (
    BOUNDARY_WORDS,
    CPPCC_PREFIXES,
    LEVEL_ABBREVIATIONS,
    LONG_PLACE,
    NATIONAL_BLOCKERS,
    PARTY_PREFIXES,
    YOUTH_LEAGUE_SHORT,
    NationalBody,
)
from kg.pipeline.name_repairs import (
    KIND_ENDINGS,
    NO_BODY_NAMED,
    NUMBER_PREFIX,
    OVERSEEING_FIRMS,
    PHASE,
    ROOMS,
    before_former_post,
    before_unit_list,
    counted_class,
    field_of_reform,
    has_count,
    inside_word,
    name_as_said,
    named_after_institution,
    named_after_short_forms,
    named_without_session,
    no_body_here,
    owned_kind,
    said_to_be_one,
    with_brand_aim,
    with_set_up_bodies,
    without_alias_intro,
)
from kg.pipeline.names import ORDINAL, TERM, named_by_sibling
from kg.pipeline.organs import InstitutionOrgans
from kg.pipeline.own_units import anaphors, congress_delegations, counted_teams, own_units
from kg.pipeline.parents import ParentFinder
from kg.pipeline.place_edges import (
    stations,
    with_place_before,
)
from kg.pipeline.regions import doc_places
from kg.pipeline.set_up import set_up_bodies
from kg.pipeline.shaped_bodies import shaped_bodies
from kg.pipeline.short_mentions import alias_mentions, meeting_offices, short_mentions, team_offices, units_named
from kg.pipeline.slices import SliceCache
from kg.pipeline.soe_short_names import soe_short_names
from kg.pipeline.spans import (
    HAN,
    Found,
    add_found,
    doc_text,
    extend_left,
    fast_start,
    in_media_title,
    is_han,
    trie_regex,
    trie_scan,
)
from kg.pipeline.unit_grammar import WHAT_BODIES_DO, unit_grammar
from kg.pipeline.unit_lists import bureau_branches, counted_place_lists, listed_siblings, short_place_lists

# Words right after a team name that make it a person's role (巡察组长 is caught by blockers already).
# Units that name their own domain, so they stand without a region (组织部, 巡察办, 机关工委).
_SELF_STANDING = re.compile(r"^(?:巡察|巡视|组织|宣传|统战|政法|网信|机关|编办|督查|纪检监察)")
# 驻市住建局纪检监察组: a discipline team named by the body it is stationed in (it belongs to the commission
# that sends it, so the body is no parent: no PART_OF)
CARE_HEADS = ("医院", "卫生院", "保健院", "中学", "小学", "幼儿园", "学校")  # (县职业技术学校, 县实验学校)


RELATIVE_LEVELS = ("同级", "本级", "上级", "下级")


class InstitutionFinder(ParentFinder):
    """Find organisation names in a Doc; see the module docstring for the grammar."""

    def __init__(self, *, heads: dict[str, list[str]], stems: list[str], national: list[NationalBody],
                 classes: list[str]) -> None:
        place = f"{PLACE_START}{PLACE_CONT}*"
        stem = "(?:" + trie_regex(stems) + ")"
        self.stems = frozenset(stems)
        # 教育体育局, 文化体育广电和旅游局: merged departments name up to four domains, the last after 和
        # (…工作, 机关事务 + 管理局, 社会保险 + 事业管理局: what the department does with its domain)
        # (组织财务处开展…: 组织 the verb before a domain, not a domain of its own)
        stems_seq = f"(?:(?!组织(?!人事){stem}){stem}(?:和?{stem}){{0,3}}(?:工作|事业管理|管理|经办)?)"
        # after a place or level, what the department does with its domain may be longer: 数据资源管理局,
        # 大数据发展管理局, 数据资源开发中心 (not without one: 大数据发展中心 is a facility as often as a body), and its
        # domains joined by 与 (海洋与渔业局; not in classes: 纪检监察机关与公安机关 are two)
        stems_done = f"(?:{stem}(?:[和与]?{stem}){{0,3}}(?:资源)?(?:(?:发展|服务|开发|促进|保障)?管理|开发|发展|促进)?)"
        units = alternation(heads["unit"])
        self.class_heads = frozenset(heads.get("proper", ()))  # 银行: a name needs a place, 中国…, a quoted name
        weak = f"(?:{alternation(heads['weak'])})(?![置理罚属])"  # (破产处置, 信访办理: a verb, no office)
        body = alternation(heads["body"])
        self_units = alternation([u for u in heads["unit"] if (m := _SELF_STANDING.match(u)) and m.end() < len(u)])
        grammar = unit_grammar(heads, place=place, stems_seq=stems_seq, units=units, weak=weak)
        segment, numbered_unit, court_unit, department = grammar[:4]
        free, free_and = grammar.free, grammar.free_and
        party = "(?:" + "|".join(PARTY_PREFIXES) + ")"
        level = f"(?:街道|社区|[{LEVEL_ABBREVIATIONS}])"
        # 团市委, 共青团定西市委: the Communist Youth League's committee, not the party's
        youth_league = (f"(?:{YOUTH_LEAGUE_SHORT}|共青团(?:(?:{place})+委(?:员会)?|中央)"  # (…县委员会 whole)
                        f"|(?<![集社兵军剧乐舞师旅营共])团(?:{place})+委(?:员会)?)")  # 团宝鸡市委 (not 集团…)
        cppcc = f"(?:{'|'.join(CPPCC_PREFIXES)})(?:{place})+委员会"  # 政协天水市委员会: the place's 政协
        # (山西省第十四届人民代表大会: the session of a place's congress after the place)
        anchor = (f"(?:{party}?{TERM}?(?:(?:{place})+(?:第?[一二三四五六七八九十]{{1,3}}届)?"
                  f"|中央|国家|国务院|全国(?!(?:人民)?政府)|最高(?=人民)|当地|{level}{SESSION_BEFORE_CONGRESS}?))")
        # (no 全国政府: 国务院; 省十四届人大常委会, 县第十八届人民代表大会: a level's congress with its session)
        joint = "(?:[省市县区]委[省市县区](?:人民)?政府)"
        named = alternation(heads["named"])  # 市中医院, 县第一中学: an institution of the place
        # 市口腔医院, 市第三中心医院, 县实验小学: a hospital or school of the place named by what it is
        not_described = "的了在对向把将各要是为以与及或等级属类和内外省市县区乡镇村一二三四五六七八九十"
        described = guarded(f"(?:[^\\W\\d_{not_described}]{{1,4}}?{alternation(list(CARE_HEADS))})")
        # 市委全面深化改革委员会, 县安全生产委员会: a committee of a party committee or of a place, named by a free
        # description (never across a verb: 市委成立巡视整改工作领导小组 is 市委 setting one up; nor across 和 but
        # inside a party committee's: 市委网络安全和信息化委员会, 市政府和县防震减灾委员会)
        # (市委平安青禾建设领导小组: a place's own name in the campaign the committee leads)
        brand = f"(?:平安|法治|健康|美丽|数字|清廉|智慧|幸福|文明){place}"
        # (市委全面从严治党（党的建设）工作领导小组: a bracketed aside inside the description)
        aside = "(?:[（(][^（）()，。；、\\n]{2,8}[）)])"
        # (市“扫黄打非”工作领导小组: the campaign it leads named in quotes; 云南省中央生态环境保护督察整改工作领导小组:
        # the Centre's campaign, a longer description)
        quoted = "(?:“[^“”，。；、\\n]{2,10}”)"
        committee = guarded(f"(?:(?:{body}{free}(?:{free_and}|{aside}){{1,9}}?|{body}{brand}{free_and}{{1,6}}?"
                            f"|{quoted}{free}{{0,6}}?|中央{free}{{2,14}}?|{free}{{2,10}}?)"
                            "(?:委员会|领导小组|部际联席会议(?:办公室)?))")  # (国务院…部际联席会议办公室)
        # 市纪委市监委: the commission by both its names, one body
        both_names = "(?:省纪委省监委|市纪委市监委|县纪委县监委|区纪委区监委)"
        anchored = (f"(?:{joint}(?:{segment})+|{both_names}(?:{segment})*|(?:{youth_league}|{cppcc})(?:{segment})*"
                    f"|{anchor}(?:{committee}|(?:{ORDINAL}(?=中级|人民法院)|{SPECIAL_COURTS})?{body}|(?:{ORDINAL})?{described}|{stems_done}{weak}|{segment}"
                    f"|(?:{ORDINAL})?{named})(?:{segment})*)")
        # 第八派驻纪检监察组, 第二巡察组: a numbered unit a sibling named the body of (see _elliptical; not 第二次)
        numbered_bare = f"(?:{ORDINAL}(?![次届轮批期年]){numbered_unit}|{court_unit})"
        unanchored = f"(?:(?:{stems_seq}(?:{units}|{weak})|{self_units}|{numbered_bare})(?:{segment})*)"
        # 国家税务总局定西市税务局: a national agency's office in a place is one body, also in a place kg lacks
        # (国家税务总局青禾县税务局)
        vertical = f"国家{stems_seq}总局(?:{place}|[\u4e00-\u9fff]{{2}}[市县区旗])+{stems_seq}{weak}(?:{segment})*"
        # 武警黑龙江省总队佳木斯支队: the armed police's corps of a province, and its detachments
        vertical += f"|(?:武警|中国人民武装警察部队)(?:{place})+总队(?:{segment})*"
        # 外交部, 中央纪委国家监委, 公安部经济犯罪侦查局: central bodies by any of their names, with their units
        # one prefix tree for the ~900 names, one look-ahead for all: a name never ends inside a word (公安部署,
        # 财政部门, 外交部长)
        # (市政府联合国网定西供电公司: 联合 + 国网, no 联合国)
        every_name = trie_regex([n for b in national for n in (b.name, *b.aliases)] + NATIONAL_BODIES)
        # (交通运输部长江航务管理局: 长 of 长江, no 部长)
        national_names = f"(?!联合国[网家内资企有投])(?:{every_name})(?![{NATIONAL_BLOCKERS}]|(?!{LONG_PLACE})长)"
        # 中国科学院工业人工智能研究所: a central body's institute named by a free description
        # (not 国家医保局检查组检查市第二人民医院: no verb or particle in the description)
        # (九三学社阜阳市委与阜阳师范大学: a committee and a partner, no institute across 与)
        desc_char = f"(?:(?!{WHAT_BODIES_DO}|{PARTNER_VERBS}|委[与和及、])[^\\W\\d_的了在对向把将为以该])"
        # (中科院山西煤化所: an institute by its short name, kg.pipeline.central.SHORT_INSTITUTE)
        institute = f"(?P<institute>(?P<desc>{desc_char}{{1,14}}?)(?:{named}|{SHORT_INSTITUTE}))"
        self.national_names = frozenset(n for b in national for n in (b.name, *b.aliases)) | set(NATIONAL_BODIES)
        # 公安部经济犯罪侦查局, 财政部预算司: a ministry's bureau
        # (国务院减负办: an office by its short name)
        # (规划和财务司, 安全执法和工贸监管局: a department's fields joined by 和)
        ju = "(?<![全大格布结时残开变])局"  # (着眼全局, 服务大局: no bureau)
        # (对外投资和经济合作司, 高等教育司, 长江航务管理局: 对, 等, 长 of their words)
        office_free = f"(?:对外|高等|长江|{free})"
        # (财政部有关司局: a class of its offices, no 有关司)
        bureau = (f"(?P<bureau>(?!有关|相关)"
                  f"(?:(?:(?![局司]){office_free}){{2,8}}[和与]{office_free}{{2,8}}?(?:{ju}|司)(?![长级])"
                  f"|{office_free}{{2,12}}?(?:{ju}|司|分署)(?![长级])"
                  f"|{office_free}{{2,10}}?办公室(?!会议)"  # (最高人民检察院知识产权检察办公室)
                  f"|{free}{{2,4}}?(?<![查督承交转主协代合举创开兴包严快即速])办(?![法理公事案学好实结成])))")
        # 新华社江西分社, 人民日报社福建分社: a central body's branch in a province or city, named by its short name
        gazetteer = load_gazetteer()
        branch_places = trie_regex([name for name in gazetteer.names
                                    if (p := gazetteer.resolve(name)) is not None and p.level in ("province", "city")])
        branch = f"(?:{branch_places})(?:分社|支社|分院|分行|分局|分公司|分中心|记者站|代表处)"
        # 中国国际贸易促进委员会浙江省委员会, 中国贸促会宁波市分会: a national council's council in a place
        councils = trie_regex([n for b in national for n in (b.name, *b.aliases) if n.endswith("会")])
        council = f"(?:{councils})(?:{branch_places})(?:委员会|分会|支会)"  # (provinces and cities: a short pattern)
        # (中国科学院联合A大学研究院: a partner the central body joins, none of its units; 自然资源部所属中国地质调查局:
        # a body of its own, named after 所属)
        national_units = f"(?!{PARTNER_VERBS}|[所直下]属)(?:{segment})*(?:{bureau}|{institute})?"
        self.national = fast_start(f"{council}|(?:{national_names})(?:{branch}|{national_units})?")
        self.pattern = fast_start(f"(?P<anchored>{vertical}|{anchored})|(?P<free>{unanchored})"
                                  f"|(?P<national>{'|'.join(NATIONAL_BODIES)})")  # the lexicon's: self.national
        self.classes = trie_scan(classes)  # 有关部门, 县级以上人民政府: classes of bodies
        # 市场监管部门 without a place: the class of such departments
        self.departments = windowed(fast_start(department))
        self.department = compile_regex(department)
        self.body_heads = frozenset(heads["body"])
        # (市城投公司: a unit head a class lexicon lists too is each place's own after a place or level)
        self.own_heads = self.body_heads | frozenset(heads["unit"])
        # what a class of bodies may belong to, right before it: 中央有关部门, 区有关部门, 政务服务有关部门,
        # 下级人民政府信访工作机构, 上一级审计机关, 市属国有企业, 省级巡视机构, 市县巡察机构
        self.class_owner = compile_regex(f"(?:中央|国务院|[上下本]级人民政府|[省市县]级以上(?:地方)?(?:各级)?"
                                         f"|[上下]一级|[省市县区]属|[省市县区乡]级|省市县|省市|市县|县乡"
                                         f"|(?:(?<=[和及与、])|(?<![{HAN}]))"
                                         f"(?:人民)?政府|{stems_seq}|(?P<level>[省市县区乡镇村]))$")
        self.units = fast_start(f"(?:{segment})+")  # what a body's units add to its name (巡察办第一巡察组)
        # _parent's (behind: 税务局 before a unit)
        self.unit_cuts, self.whole = (SliceCache(p, behind=3) for p in (self.units, self.pattern))
        self.parents_known: dict[tuple[str, str, int], tuple[int, int, str | None, str | None] | None] = {}
        # 公安、市场监管等部门: domains listed before one head, each a class of its own (公安部门, 市场监管部门)
        self.elided = windowed(fast_start(
            f"(?:{stems_seq}、){{1,6}}{stems_seq}(?:[和及]{stems_seq})?等?(?P<head>(?:行政主管|主管)?(?:{CLASS_HEAD}))"))
        self.place_only = compile_regex(f"^{party}?{TERM}?(?:(?:{place})+|中央|国家|全国)$")
        self.level_only = compile_regex(f"^{TERM}?{level}$")
        self.named = fast_start(named)
        self.group = fast_start(alternation(heads["group"]))
        self.organs = InstitutionOrgans(named, heads["named"], segment)  # 兰州大学党委, 校党委

    def __call__(self, doc: Doc) -> Doc:
        add_found(doc, self.find(doc_text(doc), places=doc_places(doc), own=own_account(doc)))
        return doc

    def find(self, text: str, *, places: list[tuple[int, int]] | None = None, own: bool | None = None) -> list[Found]:
        """All organisation candidates in ``text`` (character offsets); ``places``: known place-name spans;
        ``own``: whether the text is a body's account of its own work (None: as the text says)."""
        masked = mask_places(text, places)
        # classes first: where the grammar finds the same span (审计机关), it is the class
        classes = [self._with_owner(text, Found(m.start(), m.end(), "ORG", "class", True), masked)
                   for m in self.classes.finditer(text) if not field_of_reform(text, m)]
        # 市场监管部门: a place before it makes it that place's department (the grammar's), so no owner here
        # (检察机关和应急管理部门: two classes, no 机关和应急管理部门 of the 机关 ending the first)
        classes += [with_level(text, Found(m.start(), m.end(), "ORG", "class", True))
                    for m in self.departments.finditer(text) if not inside_word(text, m.start())]
        known = {(c.start, c.end) for c in classes}  # 县（区）物业管理主管部门: a domain no lexicon lists
        classes += [Found(m.start(), m.end(), "ORG", "class", True) for m in LEVEL_DEPARTMENTS.finditer(text)
                    if (m.start(), m.end()) not in known]
        classes += [Found(m.start(), m.end(), "ORG", "class", True) for m in NATIONWIDE_CLASSES.finditer(text)]
        found = [before_unit_list(text, without_alias_intro(text, f)) for m in self.pattern.finditer(masked)
                 if (f := self._grammar_match(text, m))]  # (国家铁路局机关设A司、B司: the bureau)
        found += [before_unit_list(text, f) for f in central_bodies(text, self.national, self.national_names)]
        found += regulator_offices(text, masked)  # 株洲监管分局: 国家金融监督管理总局株洲监管分局
        found += foreign_bodies(text)  # 日本经济产业省, 哈萨克斯坦共和国贸易和一体化部
        found += party_branches(text) + placed_centres(masked) + named_labs(text, masked) + field_platforms(text)
        levels = [Found(m.start(), m.end(), "ORG", "class", True) for m in LEVEL_GOVERNMENTS.finditer(text)]
        levels += [Found(m.start(), m.end(), "ORG", "class", True) for m in LEVEL_BODIES.finditer(masked)]
        # the bodies inside a class (县人民代表大会 in 区、县人民代表大会常务委员会) name no parent of their own
        found += self._parents(text, masked, [f for f in found if not any(c.start <= f.start and f.end <= c.end
                                                                          for c in levels)] if levels else found)
        found = [g for f in found for g in self._stationed(text, masked, f)]
        found += [self._with_owner(text, Found(m.start(), m.end(), "ORG", "class", True), masked)
                  for m in CLASS_NAMES.finditer(text)]
        classes += levels
        class_ends = {c.end for c in levels}  # (县市区党委、政府: the governments of a class of places, a class)
        found += [Found(m.start(), m.end(), "ORG", "government", m.start() - 1 in class_ends)
                  for m in PAIRED_GOVERNMENT.finditer(text)]
        # (a department by its domain, or a kind of body each place has one of (人民检察院), right after a place is
        # that place's: 北京市审计部门, 天水市人民检察院)
        classes = [cls for c in classes  # (…是深圳市人民政府工作部门: the government, no class)
                   if not said_to_be_one(text, cls := with_place(masked, c, bare=not self._one_per_place(text, c)))]
        owned = classes_of_bodies(text, found, classes)
        named = {(f.start, f.end) for f in owned if f.name}  # (A及其有关部门: the class named with A, not bare)
        found = [c for c in classes if (c.start, c.end) not in named] + found + owned
        named_freely = free_stem_names(text, self.named, limit=10, min_stem=2, masked=masked,
                                       class_heads=self.class_heads)
        schools = [f for f in named_freely if text.endswith("委党校", 0, f.end)]  # (市委党校: the committee's)
        found += named_freely + (self._parents(text, masked, schools) if schools else [])
        found += university_parents(text, named_freely)  # 华南农业大学资源与环境学院: the university's
        found += [f for f in free_stem_names(text, PUBLIC_UNITS, limit=16, min_stem=5, masked=masked, placed=True)
                  if not INSTITUTION_INSIDE.search(text, f.start, f.end - 2)]  # (北京大学…创新中心: the campus rule's)
        found += [Found(m.start(), m.end(), "ORG", subtype(m.group())) for m in LEVEL_UNITS.finditer(text)
                  if not any(f.start < m.end() and m.start() < f.end for f in found)]
        found += named_teams(text, self.group, found, masked)
        found += owned_units(text, found)  # 省水利厅所属的川中灌区建设管理中心
        found += free_stem_names(text, PARK_AUTHORITIES, limit=8, min_stem=2)
        found += shaped_bodies(text, masked)  # hotline offices, free-trade zones' authorities, owners' committees
        found += companies(text, masked, subtype) + soe_short_names(text)  # (中建八局, 国网江苏电力, 广东移动)
        found += branches(text, found) + brand_parents(text, found)  # …有限公司利川支行; 国网…供电公司
        found += bank_parents(text, found) + bureau_branches(text, masked, found)  # 四川银行宜宾分行, …山西局吕梁分局
        elided = elided_classes(text, self.elided, self.stems)
        listed_ends = {e.end + 1 for e in elided}  # 水行政、卫生健康等主管部门: the items, not their bare head
        found = [f for f in found if not (f.generic and f.start in listed_ends)] + elided
        found += bare_bodies(text, own=is_own_account(text) if own is None else own)
        found = [g for f in found for g in self.organs.with_organs(text, masked, f)]
        found = named_by_sibling(text, found)
        found += listed_siblings(text, found)  # 市公安局交警支队、治安支队: the bureau's
        found += stations(text, masked, found)  # 城关派出所, 白鹭司法所: named by the town they serve
        units = own_units(text, found)  # 监督司 after 水利部, 第三检察部 after 县人民检察院: that body's
        found = [f for f in found if (f.start, f.end) not in {(u.start, u.end) for u in units}] + units
        found = congress_delegations(text, found)  # 全国人代会西藏代表团
        found = with_set_up_bodies(found, set_up_bodies(text))
        found += standing_committees(text, found)
        found = counted_place_lists(text, found + places_sharing_head(text, found, places) + short_place_lists(text))
        found = named_after_short_forms(text, found)  # 学校机械工程学院: the university's
        organs = [o for o in named_after_institution(text, found, self.organs.of_short_forms(text, masked))
                  if o.name or text[o.start] not in "局厅"]  # (厅党组 of no department named, or of two: none)
        named_organs = {(o.start, o.end) for o in organs if o.name}  # (局办公室: the bureau's, not a bare office)
        found = [f for f in found if f.name or (f.start, f.end) not in named_organs] + organs
        found = [from_unnamed(masked, firm_name(text, f)) for f in found  # (施工单位某…公司, 财务顾问…公司)
                 if not has_count(text, f.start, f.end)
                 and not PHASE.match(text, f.end) and not NUMBER_PREFIX.match(text, f.end)
                 and not text.endswith(ROOMS, f.start, f.end) and not no_body_here(text, f)]
        found = [f._replace(generic=True) if counted_class(text, f) or owned_kind(text, f) else f for f in found]
        found = counted_teams(text, found)  # 省委5个巡视组: one body of the committee
        found = counted(text, team_offices(text, found)) + meeting_offices(text) + counted_groups(text)
        found = organs_of_classes(text, found)  # 同级党委政法委员会
        found += rule_actors(text, found)
        found += inspected_classes(text, found)
        placed = [with_place_before(masked, without_alias_intro(text, f)) for f in found]  # (any rule's: 以下简称)
        # (会同各派驻纪检监察组: each of them, a class, whichever rule found it)
        # (…各派驻纪检监察组; 省级人民政府, 县级中医院: the bodies of every place of a level)
        placed = [f._replace(generic=True) if not f.generic and (text[f.start - 1 : f.start] == "各"
                                                                 or LEVEL_CLASS.match(text, f.start)) else f
                  for f in placed]
        moved = [p for p, f in zip(placed, found, strict=True)  # (…上市公司管理一部: no unit of the grammar's)
                 if p is not f or OVERSEEING_FIRMS.search(text, p.start, p.end)]
        found = [named_without_session(text, p) for p in placed] + self._parents(text, masked, moved)
        found = [with_brand_aim(text, before_former_post(text, f)) for f in found]  # (数字广西建设…委员会)
        found += former_organs(text, found)
        found = placed_branches(masked, units_named(text, found))  # (市局指挥中心: the unit of 市局; 省分行)
        found = [f for f in found if not ranked_lab(text, f.start, f.end)
                 and not NEVER_IN_A_NAME.search(text, f.start, f.end) and not in_media_title(text, f.start, f.end)]
        return found + short_mentions(text, found) + anaphors(text, found) + alias_mentions(text, found)

    def _one_per_place(self, text: str, cls: Found) -> bool:
        """Whether a class is a kind of body each place has one of (a department by its domain, 人民检察院): right
        after a place or its level it is that place's body, the grammar's, not a class."""
        # (every department ends in 部门: the test first spares most classes the domains' alternation, 15 µs a call)
        department = text.endswith("部门", cls.start, cls.end) and self.department.fullmatch(text, cls.start, cls.end)
        return bool(department) or text[cls.start : cls.end] in self.own_heads

    def _with_owner(self, text: str, cls: Found, masked: str) -> Found:
        """A class with what it belongs to named right before it (中央有关部门, 政务服务有关部门)."""
        if text.endswith(RELATIVE_LEVELS, max(0, cls.start - 2), cls.start):
            return cls._replace(start=cls.start - 2)  # 同级纪检监察机关: the class at the level of the one named
        owner = self.class_owner.search(text, max(0, cls.start - 12), cls.start)
        if owner is None or text[owner.start() : cls.start] in BOUNDARY_WORDS:
            return cls  # 组织有关部门: a verb, not what the class belongs to
        if masked[cls.start - 1 : cls.start] == PLACE_CONT:
            return cls  # 浦东新区人民法院: the end of a place's name (新区), no owner: the grammar's body
        if owner.group("level") and self._one_per_place(text, cls):
            return cls  # 市水行政主管部门, 市人民检察院: the place's department or body (the grammar's), not a class
        if owner.group("level") and is_han(text[owner.start() - 1 : owner.start()] or "，") and not any(
                text[max(0, owner.start() - k) : owner.start()] in BOUNDARY_WORDS for k in (1, 2)):
            return cls  # a level character alone after a word (城区有关部门), but after a verb (组织区有关部门)
        return cls._replace(start=owner.start())

    def _grammar_match(self, text: str, m: re.Match[str]) -> Found | None:
        masked = m.string
        start, end = m.span()
        name = m.group()  # with places masked
        if not m.group("national") and (self.place_only.match(name) or self.level_only.match(name)):
            return None  # a place acting as a place, or a bare level character
        if m.group("free") and name[:2] in BOUNDARY_WORDS and (rest := self.pattern.match(masked, start + 2)):
            return self._grammar_match(text, rest) if rest.end() == end else None  # 接待审计署驻…办事处
        if name.endswith(KIND_ENDINGS) or NO_BODY_NAMED.search(name) or inside_word(text, start):
            return None  # 青禾市中小学校: the schools of a kind, no school's name; 全市第一部…条例: a count of works;
            # 检察机关和公安机关: no 机关和公安机关 of the first class's 机关; 局党组组织局财务审计科: 组织 a verb
        name, end = name_as_said(text, name, end)  # (…大队原副大队长, 社区居委会联合业主委员会, 街道人大代表联络站)
        if name.endswith("部门") and text.startswith(("中央", "国家"), start):
            return Found(start, end, "ORG", "class", True)  # 中央金融管理部门: the centre's departments of a field
        if m.group("free") and name.endswith("中心") and (HUB_BEFORE.search(text, max(0, start - 3), start) or (
                extend_left(text, start, limit=1) < start and not text.endswith(("简称", "统称"), 0, start))):
            return None  # 建设国际金融中心: a hub a place builds; 运营组织中心: inside a word (not 简称质监中心)
        return level_body(text, m, start, end, name)


INSTITUTION_INSIDE = re.compile("大学|学院|医院|公司|集团")
# a title's 关于 and a numbered meeting are no part of a name (省司法厅关于推进派出所…, …第十九次会议举行联组会议)
NEVER_IN_A_NAME = re.compile("关于|第[一二三四五六七八九十百\\d]+次会议|跻身|入选")  # (…实验室跻身…: a rank won)
HUB_BEFORE = re.compile("(?:国际|区域性?|全国性?|全球|世界级?|亚太|建设|打造|建成|培育|创建)$")
SESSION_BEFORE_CONGRESS = "(?:第?[一二三四五六七八九十]{1,3}届(?=人大|人民代表大会))"
PARTNER_VERBS = "联合|会同|协同|配合"  # (中国科学院联合…: no unit of the central body after them)
# 省级人民政府, 县级中医院, 省（区、市）人民政府: a class of every place of a level (市级机关工委: one body)
LEVEL_CLASS = re.compile("[省市县区乡镇](?:级(?!机关)|[（(][省市县区旗乡镇街道、]{1,8}[）)])")
# 兰州铁路运输检察院, 广州海事法院, 北京知识产权法院: the courts and procuratorates of a field, named by their place
SPECIAL_COURTS = ("(?:铁路运输|海事|知识产权|金融|互联网|林区|矿区|农垦|破产|环境资源)"
                  "(?=(?:中级|高级)?(?:人民)?(?:法院|检察院|检察分院)|法庭)")  # (上海破产法庭, 南京环境资源法庭)
NATIONAL_BODIES = ["党中央", "中共中央", "国务院"]  # bodies named by their level alone


@Language.factory(
    "kg_institutions",
    default_config={"heads": {"@misc": "kg.org_heads.v1"}, "stems": {"@misc": "kg.domain_stems.v1"},
                    "national": {"@misc": "kg.national_bodies.v1"}, "classes": {"@misc": "kg.class_bodies.v1"}},
    assigns=["doc.spans"],
)
def make_institutions(nlp: Language, name: str, *, heads: dict[str, list[str]], stems: list[str],
                      national: list[NationalBody], classes: list[str]) -> InstitutionFinder:
    """Factory of the ``kg_institutions`` component."""
    return InstitutionFinder(heads=heads, stems=stems, national=national, classes=classes)

