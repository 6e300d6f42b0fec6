"""The compiled-regex cache: a pattern read back from the file is the pattern re.compile gives."""

from __future__ import annotations

import contextlib
import re
from re import _compiler  # type: ignore[attr-defined]

import pytest

from kg.pipeline import compiled
from kg.pipeline.anchors import Anchored
from kg.pipeline.starts import fast_start, with_start_class
from tests.conftest import texts_of


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and a process that has read no file yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KG_REGEX_CACHE", raising=False)
    monkeypatch.setattr(compiled, "_stored", None)
    monkeypatch.setattr(compiled, "_used", {})
    monkeypatch.setattr(compiled, "_missed", False)
    return tmp_path


def _forget(monkeypatch) -> None:
    """As a new process: the file is read again."""
    monkeypatch.setattr(compiled, "_stored", None)
    monkeypatch.setattr(compiled, "_used", {})


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groupdict()) for m in a.finditer(text)] == [(m.span(), m.groupdict()) for m in b.finditer(text)]


def test_patterns_read_back_are_re_compiles(fresh, monkeypatch, nlp):
    institutions = nlp.get_pipe("kg_institutions")
    sources = [p.pattern for p in vars(institutions).values() if isinstance(p, re.Pattern)]
    sources += ["(?P<body>[省市县]委)巡察办", r"\s+", "(?i)abc|第[一二]组"]
    for source in sources:
        compiled.compile_regex(source)
    compiled.save()
    assert list(fresh.glob("kg/regex-*.marshal"))
    _forget(monkeypatch)
    text = "\n".join(texts_of("samples"))[:20000]
    for source in sources:
        cached = compiled.compile_regex(source)
        assert not compiled._missed  # read from the file
        _same(cached, re.compile(source), text)


def test_rewritten_patterns_are_stored_with_their_rewrite(fresh, monkeypatch):
    source = "(?:中共)?[省市]委|第[一二]组"
    first = fast_start(source)
    compiled.save()
    _forget(monkeypatch)
    again = fast_start(source)
    assert first.pattern == again.pattern == with_start_class(source)
    assert compiled.compile_regex(source).pattern == source  # the same source unrewritten is another entry


def test_a_broken_file_falls_back_to_re(fresh, monkeypatch):
    compiled.compile_regex("市委|县委")
    compiled.save()
    for path in fresh.glob("kg/regex-*.marshal"):
        path.write_bytes(b"\x00broken")
    _forget(monkeypatch)
    assert compiled.compile_regex("市委|县委").findall("市委和县委") == ["市委", "县委"]


def test_the_file_keeps_only_the_patterns_used(fresh, monkeypatch):
    compiled.compile_regex("市委")
    compiled.save()
    _forget(monkeypatch)
    compiled.compile_regex("县委")
    compiled.save()
    _forget(monkeypatch)
    assert [key[0] for key in compiled._entries()] == ["县委"]


def test_off_when_asked(fresh, monkeypatch):
    monkeypatch.setenv("KG_REGEX_CACHE", "0")
    assert compiled.compile_regex("市委").match("市委")
    compiled.save()
    assert not list(fresh.glob("kg/*"))


def test_imports_served_from_the_store_get_re_compiles_patterns(fresh, monkeypatch):
    """Within serving_imports, a kg module's re.compile is compile_regex; anyone else's is re's own, as after."""
    plain = re.compile
    kg_module = {"__name__": "kg.pipeline.example", "re": re}
    other = {"__name__": "spacy.example", "re": re}
    with compiled.serving_imports():
        served = eval("re.compile('(?P<body>[省市县]委)巡察办', re.I)", kg_module)
        theirs = eval("re.compile('[省市县]委')", other)
        assert compiled._missed  # compiled anew, to be stored
    assert re.compile is plain
    assert theirs is plain("[省市县]委")  # (re's own cache)
    _same(served, plain("(?P<body>[省市县]委)巡察办", re.I), "市委巡察办，县委巡察办")
    compiled.save()
    _forget(monkeypatch)
    with compiled.serving_imports():
        eval("re.compile('(?P<body>[省市县]委)巡察办', re.I)", kg_module)
    assert ("(?P<body>[省市县]委)巡察办", int(re.I), "") in compiled._entries()


def test_serving_imports_when_the_store_is_off(fresh, monkeypatch):
    monkeypatch.setenv("KG_REGEX_CACHE", "0")
    with compiled.serving_imports():  # compile_regex falls back to re's own: no loop through the stand-in
        assert eval("re.compile('市委')", {"__name__": "kg.x", "re": re}).match("市委")


def _kg_patterns(nlp) -> list[re.Pattern[str]]:
    """Every compiled pattern of kg's modules and of the pipeline's components."""
    import sys

    found = [v for name, module in sys.modules.items() if name.startswith("kg.") for v in vars(module).values()]
    found += [v for _, pipe in nlp.pipeline for v in vars(pipe).values()]
    patterns = [p.compiled if isinstance(p, Anchored) else p for p in found]
    return list({id(p): p for p in patterns if isinstance(p, re.Pattern) and isinstance(p.pattern, str)}.values())


def test_search_prefixes_find_what_re_finds(nlp):
    """The start characters given as a search prefix (start_set_prefix) skip no match: each kg pattern finds the
    same as re's own code of it, on each sample text; and most patterns that re gives no prefix get one."""
    texts = texts_of("samples")
    patterns = _kg_patterns(nlp)
    assert len(patterns) > 200
    prefixed = 0
    for pattern in patterns:
        plain = _compiler.compile(pattern.pattern, pattern.flags)  # (re.compile's cache may hold the prefixed one)
        with compiled.start_set_prefix():
            again = _compiler.compile(pattern.pattern, pattern.flags)
        prefixed += _code(pattern, prefix=False) != _code(pattern, prefix=True)
        for text in texts:
            assert [m.span() for m in again.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern.pattern
    assert prefixed > 50


def _code(pattern: re.Pattern[str], *, prefix: bool) -> list[int]:
    with compiled.start_set_prefix() if prefix else contextlib.nullcontext():
        return _compiler._code(_compiler._parser.parse(pattern.pattern, pattern.flags), pattern.flags)


def test_imports_of_compiled_modules_are_served_too(fresh):
    # a module compiled by mypyc (kg.native) runs with no frame of its own: re.compile's caller is the import system
    with compiled.serving_imports():
        eval("re.compile('岱川[市县]委')", {"__name__": "importlib._bootstrap", "re": re})
        eval("re.compile('澄溪[市县]委')", {"__name__": "another.package", "re": re})
    used = {key[0] for key in compiled._used}
    assert "岱川[市县]委" in used and "澄溪[市县]委" not in used
    assert re.compile is compiled._re_compile  # put back


def test_a_rewrite_is_keyed_by_its_modules_source_compiled_or_not():
    # the source's hash, not the loaded file's (a compiled build's .so, kg.native): one stored file serves both
    import hashlib
    from pathlib import Path

    import kg.pipeline.starts as starts

    source = Path(compiled.__file__).resolve().parents[2] / "kg" / "pipeline" / "starts.py"
    assert compiled._name(with_start_class) == (
        f"{starts.__name__}.with_start_class|{hashlib.sha256(source.read_bytes()).hexdigest()[:16]}")
