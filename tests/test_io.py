"""Reading inputs: encodings, HTML, folders, binary files."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.io import iter_inputs, read_text, sample_dir

TEXT = "天水市纪委监委印发《监督办法》，“双反馈”机制。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"])
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
    assert len(list(iter_inputs([sample_dir()]))) >= 9
