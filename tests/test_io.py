"""Reading inputs: encodings, HTML, folders, binary files."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.io import input_files, iter_inputs, read_text, sample_dir

TEXT = "天水市纪委监委印发《监督办法》，“双反馈”机制。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5"])
def test_io_encodings_give_the_same_text(tmp_path, encoding):
    text = TEXT if encoding != "big5" else "天水市紀委監委印發《監督辦法》。"
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path) == text


def test_io_html_keeps_article_text(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(f"<html><head><script>var x='<p>';</script></head><body><nav>首页</nav><p>{TEXT}</p>"
                    "<footer>版权</footer></body></html>", encoding="utf-8")
    assert read_text(path) == TEXT


def test_io_binary_file_is_a_clear_error(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes(b"\x00\x01\x02")
    with pytest.raises(KgError, match=r"E011.*b\.txt"):
        read_text(path)


def test_io_folders_walked_recursively_sorted(tmp_path):
    (tmp_path / "z").mkdir()
    for name in ("z/b.txt", "a.htm", "c.json", ".hidden.txt", "README.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])] == ["a.htm", "z/b.txt"]


def test_io_missing_path(tmp_path):
    with pytest.raises(KgError, match="E003"):
        list(iter_inputs([tmp_path / "nope"]))


def test_io_samples_are_bundled():
    assert len(list(iter_inputs([sample_dir()]))) == 7


def test_io_docx_paragraphs_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(TEXT)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "牵头单位"
    table.rows[0].cells[1].text = "县审计局"
    document.save(str(tmp_path / "a.docx"))
    assert read_text(tmp_path / "a.docx") == TEXT + "\n牵头单位\t县审计局"


def test_io_pdf_text_layer_made_by_chromium(tmp_path):
    import shutil
    import subprocess

    pytest.importorskip("pypdf")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium makes the test PDF")
    page = tmp_path / "p.html"
    page.write_text(f"<html><body><p>{TEXT}</p></body></html>", encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile'}",
                    "--no-pdf-header-footer", f"--print-to-pdf={tmp_path / 'p.pdf'}", page.as_uri()],
                   capture_output=True, timeout=60, check=True)
    assert read_text(tmp_path / "p.pdf") == TEXT


def test_io_broken_office_file_is_a_clear_error(tmp_path):
    pytest.importorskip("pypdf")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(KgError, match=r"E001.*x\.pdf"):
        read_text(tmp_path / "x.pdf")


def test_io_missing_extra_says_how_to_install(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_docx(name, *args, **kwargs):
        if name == "docx":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_docx)
    with pytest.raises(KgError, match=r"E014.*kg\[office\]"):
        read_text(tmp_path / "a.docx")


def test_io_saved_web_page_around_a_sample_gives_its_text(tmp_path):
    sample = (sample_dir() / "qinglanhe_xiezuo.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in sample.splitlines() if line.strip())
    page = (f"<!DOCTYPE html><html><head><title>t</title><style>p{{color:red}}</style></head><body>"
            f"<header><a href='/'>网站首页</a> <a href='/a'>政务公开</a></header><nav>首页 | 工作动态</nav>"
            f"<div class='content'><article>{paragraphs}</article></div>"
            f"<aside>热点推荐：其他文章标题一</aside><footer>主办单位：某县人民政府 版权所有</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="gb18030")
    text = read_text(path)
    assert "网站首页" not in text and "版权所有" not in text and "热点推荐" not in text
    assert [line for line in text.splitlines() if line] == [line for line in sample.splitlines() if line.strip()]


@pytest.mark.parametrize("text", ["ab", "plain ASCII text of even length!", "2024年市委"])
def test_io_ascii_and_utf8_are_never_taken_for_utf16(tmp_path, text):
    (tmp_path / "t.txt").write_bytes(text.encode("utf-8"))
    assert read_text(tmp_path / "t.txt") == text


def test_io_utf16_with_ascii_digits_is_not_binary(tmp_path):
    text = "2024年3月，市委巡察办印发《办法》。"
    (tmp_path / "t.txt").write_bytes(text.encode("utf-16-le"))
    assert read_text(tmp_path / "t.txt") == text


def test_io_utf8_with_a_cut_last_character_stays_utf8(tmp_path):
    data = (TEXT * 20).encode("utf-8")[:-1]
    (tmp_path / "t.txt").write_bytes(data)
    assert read_text(tmp_path / "t.txt").startswith(TEXT * 19)


@pytest.mark.parametrize("size", [64, 300, 4096, 100_000])
@pytest.mark.parametrize("nul", [True, False])
def test_io_random_bytes_are_a_binary_file(tmp_path, size, nul):
    import random

    data = random.Random(size).randbytes(size)
    path = tmp_path / "r.txt"
    path.write_bytes(data if nul else data.replace(b"\x00", b""))
    with pytest.raises(KgError, match=r"^\[E011\] .*r\.txt is a binary file, not text"):
        read_text(path)


def test_io_a_stray_control_character_is_still_text(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TEXT * 3 + "\x07\n\f" + TEXT, encoding="utf-8")
    assert read_text(path).startswith(TEXT)


def test_io_markdown_heading_marks_are_not_text(tmp_path):
    path = tmp_path / "n.md"
    path.write_text("# 青禾县巡察工作规划 #\n\n## 一、总体要求\n正文 # 不是标题\n\n附件\n---\n", encoding="utf-8")
    assert read_text(path) == "青禾县巡察工作规划\n\n一、总体要求\n正文 # 不是标题\n\n附件\n"
    (tmp_path / "n.txt").write_text("# 不是 Markdown", encoding="utf-8")
    assert read_text(tmp_path / "n.txt") == "# 不是 Markdown"


def test_io_input_files_are_named_below_the_folder_given(tmp_path):
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    assert [f.name for f in input_files([tmp_path, tmp_path / "z" / "b.txt"])] == ["a.md", "z/b.txt", "b.txt"]


@pytest.mark.parametrize("at", [0, 7, 30, -1])
def test_io_utf8_with_a_bad_byte_stays_utf8_and_says_where(tmp_path, at):
    data = ("天水市纪委监委印发监督办法" * 3).encode("utf-8")  # three bytes a character
    at = at if at >= 0 else len(data)
    damaged = data[:at] + b"\xff" + data[at:]
    (tmp_path / "t.txt").write_bytes(damaged)
    said = []
    text = read_text(tmp_path / "t.txt", on_warning=said.append)
    assert text == damaged.decode("utf-8", errors="replace") and text.count("\ufffd") <= 4
    first = at - (at % 3 if at < len(data) else 0)  # inside a character, its first byte is the first bad one
    assert said == [f"[W004] {tmp_path / 't.txt'}: {text.count(chr(0xFFFD))} bytes that are not valid UTF-8 (the "
                    f"first at byte {first}) were replaced by U+FFFD; the rest reads as UTF-8."]


@pytest.mark.parametrize(("text", "encoding"), [
    ("市委", "gbk"), ("县纪委监委", "gbk"), ("中共天水市委巡察办", "gb18030"), ("巡察组进驻", "gbk"),
    ("市委", "big5"), ("中共天水市委", "big5"), ("監督辦法", "big5"),
])
def test_io_short_chinese_texts_in_gbk_or_big5(tmp_path, text, encoding):
    (tmp_path / "t.txt").write_bytes(text.encode(encoding))
    assert read_text(tmp_path / "t.txt") == text


def test_io_utf16_with_a_broken_surrogate_is_read_with_a_warning(tmp_path):
    data = "\ufeff市委".encode("utf-16-le") + b"\x00\xd8" + "巡察办".encode("utf-16-le")  # a lone high surrogate
    (tmp_path / "t.txt").write_bytes(data)
    said = []
    assert read_text(tmp_path / "t.txt", on_warning=said.append) == "市委\ufffd巡察办"
    assert said and "not valid UTF-16 (the first at byte 6)" in said[0]


def test_io_random_bytes_are_not_text(tmp_path):
    import random

    rng = random.Random(5)
    (tmp_path / "r.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(2000)))
    with pytest.raises(KgError, match=r"E011.*r\.txt is a binary file, not text \(no text encoding"):
        read_text(tmp_path / "r.txt")
