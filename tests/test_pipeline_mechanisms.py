"""Mechanisms: quoted names with heads, quoted practices after verbs, headed descriptions, set phrases."""

from __future__ import annotations

import pytest

from kg.pipeline.mechanisms import is_generic
from tests.conftest import spans_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区纪委探索建立“双交办”机制。", ["“双交办”机制"]),
        ("推行“一码通查”模式。", ["“一码通查”模式"]),
        ("全面推行“马上办”“网上办”。", ["“马上办”", "“网上办”"]),
        ("坚持边巡边改，推动立行立改。", ["边巡边改", "立行立改"]),
        ("建立巡审联动工作制度。", ["巡审联动工作制度"]),
        ("落实意识形态工作责任制。", ["意识形态工作责任制"]),
        ("采取“看、听、查”的方法。", ["“看、听、查”"]),
        ("推行“一次告知、一表申请”。", ["“一次告知、一表申请”"]),  # parallel four-character phrases may be practices
        ("建立防止返贫动态监测和帮扶机制。", ["防止返贫动态监测和帮扶机制"]),  # 和 inside the object of 建立
        ("推行“马上就办”工作机制。", ["“马上就办”工作机制"]),  # a slogan named as a mechanism is one
        ("全面推行河湖长制，落实林长制。", ["河湖长制", "林长制"]),
        ("推动形成“大监督”格局。", ["“大监督”格局"]),  # quoted: a name though most of it is a generic word
        ("建立劳动争议诉调对接机制。", ["劳动争议诉调对接机制"]),  # 对 starts 对接 here, no boundary
        ("完善以案促改制度。", ["以案促改制度"]),
        ("完善矛盾纠纷排查和化解机制。", ["矛盾纠纷排查和化解机制"]),
        ("建立约谈提醒、督办通报、挂牌整改等工作机制。", ["约谈提醒", "督办通报", "挂牌整改"]),
    ],
)
def test_mechanisms_found(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize(
    "text",
    [
        "完善工作机制和管理制度。",  # bare generic words
        "建立协作配合机制。",  # only generic words before the head
        "切实扛起“第一责任人”责任。",  # a role in quotes
        "做好“后半篇文章”。",  # a metaphor after a verb that puts nothing to work
        "抓铁有痕，踏石留印。",  # a slogan
        "坚持“抓铁有痕、踏石留印”，推动整改落地。",  # nationwide slogans in quotes, after a practice verb
        "坚持“钉钉子”精神。",  # said to be a spirit
        "强化“一竿子插到底”的韧劲。",
    ],
)
def test_mechanisms_negatives(nlp, text):
    assert spans_of(nlp(text), "MECH") == []


def test_mechanisms_inside_a_title_belong_to_the_title(nlp):
    doc = nlp("印发《市审计局与市财政局协作机制》。")
    assert spans_of(doc, "MECH") == []


def test_mechanisms_title_that_sets_one_up_names_it(nlp):
    doc = nlp("印发《关于建立“双随机”抽查机制的通知》。")
    assert spans_of(doc, "MECH") == ["“双随机”抽查机制"]


@pytest.mark.parametrize(("stem", "generic"), [("工作联系", True), ("长效管理", True), ("河湖长", False)])
def test_mechanisms_generic_stems(stem, generic):
    assert is_generic(stem) is generic


@pytest.mark.parametrize("text", ["探索新的发展模式。", "健全党和国家治理体系。", "建立长效管理机制。"])
def test_mechanisms_descriptions_made_of_generic_words_are_not_names(nlp, text):
    assert spans_of(nlp(text), "MECH") == []


@pytest.mark.parametrize(("text", "expected"), [("建立健全工程项目管理制度。", ["工程项目管理制度"]),
                                                ("完善数据共享机制。", ["数据共享机制"])])
def test_mechanisms_descriptions_keep_words_with_function_characters(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委建立巡察成果运用协作机制。", ["巡察成果运用协作机制"]),
        ("县纪委建立信息通报会商机制。", ["信息通报会商机制"]),
        ("市政府建立重大事项研究部署机制。", ["重大事项研究部署机制"]),
        ("区委巡察办建立巡察与审计协作配合机制。", ["巡察与审计协作配合机制"]),
        ("区委巡察办与区审计局建立协作配合机制。", []),  # 与 joins the bodies; the rest is generic
        ("会议研究部署巡察整改机制。", ["巡察整改机制"]),  # nothing between the verbs: 研究部署 is the verb
    ],
)
def test_mechanisms_descriptions_run_across_verbs_used_as_nouns(nlp, text, expected):
    assert spans_of(nlp(text), "MECH") == expected


@pytest.mark.parametrize("text", ["推动信访工作法治化。", "坚持制度治党。", "完善工作法规。"])
def test_mechanisms_head_starting_another_word_is_no_head(nlp, text):
    assert spans_of(nlp(text), "MECH") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各单位坚持边查边改、立行立改。", ["边查边改", "立行立改"]),
        ("青禾县推行首问负责制和限时办结制。", ["首问负责制", "限时办结制"]),
        ("持续开展明察暗访。", ["明察暗访"]),
    ],
)
def test_mechanisms_nationwide_terms_from_the_lexicon(nlp, text, expected):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各地扎实开展群众身边不正之风集中整治。", ["群众身边不正之风集中整治"]),
        ("县政府实施稻米提质工程，", ["稻米提质工程"]),
        ("开展校园安全专项整治工作方案的编制。", ["专项整治"]),  # the plan is no campaign (only the lexicon's kind)
    ],
)
def test_mechanisms_named_campaigns_after_the_verb_that_starts_them(nlp, text, expected):
    assert [s.text for s in nlp(text).spans["kg"] if s.label_ == "MECH"] == expected
