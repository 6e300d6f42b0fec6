"""督促其, 推动其: what a body is pressed to do after advice sent to it (向B制发建议书，督促其…) is that body's act, not
the sender's; on sentences written for these tests (fictional places)."""

from __future__ import annotations

import pytest

from tests.conftest import relations_of as relations


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("县纪委监委向县医保局制发纪检监察建议书，督促其修订《青禾县医保协议管理办法》，建立基金监管长效机制。",
         [("县纪委监委", "ISSUED", "纪检监察建议书"), ("县医保局", "ISSUED", "青禾县医保协议管理办法"),
          ("县医保局", "ESTABLISHED", "基金监管长效机制")],
         [("县纪委监委", "ISSUED", "青禾县医保协议管理办法"), ("县纪委监委", "ESTABLISHED", "基金监管长效机制")]),
        ("纪检监察组向市教育局党组提出监督建议，推动其印发《青禾市校园食堂管理十条措施》。",
         [("市教育局党组", "ISSUED", "青禾市校园食堂管理十条措施")],
         [("纪检监察组", "ISSUED", "青禾市校园食堂管理十条措施")]),
    ],
)
def test_the_body_pressed_after_advice_sent_to_it_acts(nlp, text, expected, not_expected):
    found = relations(nlp(text))
    assert all(r in found for r in expected), found
    assert not any(r in found for r in not_expected), found


def test_the_pressing_reaches_no_further_than_its_sentence(nlp):
    doc = nlp("县纪委监委向县医保局制发建议书，督促其整改。县纪委监委建立了联席会议制度。")
    assert ("县纪委监委", "ESTABLISHED", "联席会议制度") in relations(doc)
    assert ("县医保局", "ESTABLISHED", "联席会议制度") not in relations(doc)


def test_without_the_pronoun_the_subject_acts(nlp):
    doc = nlp("县纪委监委向县医保局制发建议书，并建立了整改销号制度。")
    assert ("县纪委监委", "ESTABLISHED", "整改销号制度") in relations(doc)


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        # the governments the report's government works under are not the one that reports
        ("各位代表！过去一年，在省委、省政府和市委的坚强领导下，市政府团结依靠全市人民，推动发展。\n"
         "我们出台《青禾市城市更新办法》，建立项目联审机制。", "市政府"),
        ("过去一年，市政府在中共青禾市委的坚强领导下，较好完成了任务。\n我们出台《青禾市城市更新办法》，建立项目联审机制。",
         "市政府"),
    ],
)
def test_a_report_speaks_for_the_government_that_works_under_the_others(nlp, text, reporter):
    found = relations(nlp(text))
    assert (reporter, "ISSUED", "青禾市城市更新办法") in found, found
    assert (reporter, "ESTABLISHED", "项目联审机制") in found, found
    assert ("省政府", "ISSUED", "青禾市城市更新办法") not in found


@pytest.mark.parametrize(
    "text",
    [
        "巡视组与省纪委监委驻集团纪检监察组建立“巡纪协作”机制。",  # 组建 across the team's last character
        "县委巡察组建立“巡前会商”机制。",
    ],
)
def test_a_verb_that_starts_inside_a_name_gives_way_to_the_verb_after_it(nlp, text):
    found = relations(nlp(text))
    assert any(r == "ESTABLISHED" and t.endswith("机制") for _, r, t in found), found


def test_a_partner_government_never_speaks_for_a_report(nlp):
    text = ("过去一年，在党中央、国务院和自治区党委的坚强领导下，我们坚持稳中求进。\n"
            "与青川省人民政府联合印发《两地协作实施方案》，建立黄河横向生态保护补偿机制。\n"
            "自治区政府党组要严格落实全面从严治党主体责任。")
    found = relations(nlp(text))
    assert not any(h == "青川省人民政府" and r == "ESTABLISHED" for h, r, _ in found), found
    assert not any(t == "青川省人民政府" and r == "LEADS" for _, r, t in found), found


def test_stacked_leading_phrases_each_lead_the_subject_after_them(nlp):
    found = relations(nlp("一年来，在党中央坚强领导下，在省委正确领导下，省政府团结带领全省人民，扎实推进各项工作。"))
    assert ("党中央", "LEADS", "省政府") in found and ("省委", "LEADS", "省政府") in found
    assert ("党中央", "LEADS", "省委") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those a body presses to act set it up, not the body (they are no body kg names here)
        ("纪检监察组推动各医院成立采购监督小组。", []),
        ("市纪委监委指导县纪委监委建立联审机制。", [("县纪委监委", "ESTABLISHED", "联审机制")]),
        ("县纪委监委推动建立联审机制。", [("县纪委监委", "ESTABLISHED", "联审机制")]),
    ],
)
def test_a_body_pressing_another_to_act_does_not_act_itself(nlp, text, expected):
    assert [r for r in relations(nlp(text)) if r[1] == "ESTABLISHED"] == expected


def test_each_campaign_of_a_list_is_set_up_even_after_the_verb_an_item_keeps(nlp):
    doc = nlp("青禾市人民政府工作报告\n今年我们在机关开展清廉机关创建行动和学习贯彻习近平新时代中国特色社会主义思想主题教育并抓好整改。")
    set_up = [t for h, r, t in relations(doc) if r == "ESTABLISHED"]
    assert set_up == ["清廉机关创建行动", "习近平新时代中国特色社会主义思想主题教育"]


def test_lists_drawn_up_after_a_short_field_are_each_set_up(nlp):
    doc = nlp("青禾县纪委监委紧盯关键环节，制定政商交往“正面清单”和“负面清单”，明确行为边界。")
    assert [t for h, r, t in relations(doc) if r == "ESTABLISHED"] == ["“正面清单”", "“负面清单”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 并 goes on with the body told in the clause before
        ("县纪委监委督促县农业农村局建立村级财务公开制度，并在全县推行村级小微权力清单。",
         [("县农业农村局", "ESTABLISHED", "村级财务公开制度"), ("县农业农村局", "ESTABLISHED", "村级小微权力清单")]),
        # no body told before: 并 goes on with the subject
        ("县纪委监委建立问题清单，并推行“一案一整改”。",
         [("县纪委监委", "ESTABLISHED", "问题清单"), ("县纪委监委", "ESTABLISHED", "“一案一整改”")]),
    ],
)
def test_a_clause_going_on_after_a_body_told_is_that_bodys(nlp, text, expected):
    assert relations(nlp(text)) == expected
