"""Boilerplate lines of scraped pages and sentence boundaries."""

from __future__ import annotations

from kg.pipeline.noise import noise_ranges
from kg.pipeline.sentences import sentence_bounds


def test_noise_repeated_captions_furniture_and_source_lines():
    text = "定西 巡察 图片说明(1)\n正文提到市委巡察办。\n定西 巡察 图片说明(2)\n分享\n来源：某某网\n免责声明：与本站无关。"
    kept = [line for line in text.split("\n") if not any(text.index(line) == s for s, _ in noise_ranges(text))]
    assert kept == ["正文提到市委巡察办。"]


def test_noise_no_entity_from_boilerplate(nlp):
    doc = nlp("编辑：市委宣传部 张三\n正文。\n发布时间：2025-03-01　浏览次数：12")
    assert [s.text for s in doc.spans["kg"]] == []


def test_the_body_a_page_names_as_its_source_is_a_mention(nlp):
    doc = nlp("青禾县召开推进会\n来源：青禾县纪委监委　　发布时间：2025-03-01　　作者：县委巡察办\n正文。")
    assert [s.text for s in doc.spans["kg"]] == ["青禾县纪委监委"]  # (not the author's office)


def test_sentences_do_not_split_inside_titles_or_quotes():
    text = "印发《规划；二》。他说“好！”然后；\n下一行"
    assert [text[s:e] for s, e in sentence_bounds(text)] == ["印发《规划；二》。", "他说“好！”然后；", "下一行"]


def test_sentences_set_on_doc(nlp):
    assert [s.text for s in nlp("一。二。").sents] == ["一。", "二。"]


def test_noise_page_header_and_footer_lines(nlp):
    text = ("首页 > 新闻中心 > 工作动态\n发布时间：2024-05-20 来源：中共天水市委办公室 浏览次数：1024\n"
            "市纪委监委召开会议。\n版权所有：天水市人民政府办公室\n陇ICP备12345678号\n当前位置：县政府网站")
    doc = nlp(text)
    # the body the page names as its source is a mention, wherever 来源 stands in the line; the rest is furniture
    assert [s.text for s in doc.spans["kg"]] == ["中共天水市委", "中共天水市委办公室", "市纪委监委"]
