"""Compiled regexes kept on disk: the pipeline's big grammars compile in milliseconds instead of half a second.

``re`` turns a pattern into a list of integers (its parser and code generator, pure Python: about half a second
for the institution grammar's 64,000 characters) that ``_sre.compile`` makes into a pattern object.
:func:`compile_regex` keeps that list, per pattern and flags, in a file of the user's cache folder
(``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``), one file per Python build and regex engine version, so a later
process hands the stored list to ``_sre.compile`` directly: the same pattern object ``re.compile`` gives (``_sre``
validates the code it is given).

:func:`save` writes the file when a pattern was compiled anew, with the patterns compiled since its last call
only: :func:`kg.pipeline.load` calls it, so the file holds one pipeline's patterns. Anything that goes wrong
reading or writing it (no cache folder, a read-only home, a file cut short) falls back to ``re.compile``
silently. ``KG_REGEX_CACHE=0`` turns the cache off.

A pattern that ``re`` gives no search prefix (one that opens with a look-ahead, a look-behind, an optional word)
gets the characters its matches can start with as one (:func:`start_set_prefix`): ``_sre``'s search then skips
positions whose character is not among them in a tight C loop instead of entering the matcher at each one.

>>> pattern = compile_regex("(?P<body>[省市县]委)巡察办")
>>> pattern.pattern, pattern.groupindex["body"], bool(pattern.match("市委巡察办"))
('(?P<body>[省市县]委)巡察办', 1, True)
"""

from __future__ import annotations

import array
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

try:  # the engine and code generator behind re.compile (private: checked, with re.compile as the fallback)
    import _sre
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python implementation, or 3.10 (its parser's constants public)
    _sre = None
    import sre_constants as _constants
_CODE = "I"  # the array type of the code: 32-bit unsigned (_sre.CODESIZE, part of the file's name)

Key = tuple[str, int, str]  # the pattern (before any rewrite), its flags, the rewrite's name and code
# the pattern compiled, its flags, its code (as bytes of unsigned 32-bit integers: marshal reads those 30x faster
# than a list of ints), its number of groups, their names
Entry = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]

_ROOT = Path(__file__).resolve().parents[2]  # the folder holding kg
_re_compile = re.compile  # re's own, whatever serving_imports has put in its place
_stored: dict[Key, Any] | None = None  # the file's entries (an Entry, or what remember stored), read at first use
_used: dict[Key, Any] = {}  # the entries compiled or read since the last save
_missed = False  # whether a pattern was compiled anew since the file was read or written


def compile_regex(source: str, flags: int = 0, rewrite: Callable[[str, int], str] | None = None) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the stored code when this pattern was compiled before.

    ``rewrite``: a function of the source and flags that gives the pattern to compile instead (the look-ahead of
    :func:`~kg.pipeline.starts.fast_start`), called only when the pattern is not stored; its result is stored too.
    """
    global _missed
    rewritten = None
    if _enabled():
        key = (source, int(flags), _name(rewrite) if rewrite else "")
        entry = _entries().get(key)
        pattern = _pattern(entry) if entry is not None else None
        if pattern is not None and entry is not None:
            _used[key] = entry
            return pattern
        rewritten = rewrite(source, flags) if rewrite else source
        with start_set_prefix():
            entry = _code(rewritten, int(flags))
        pattern = _pattern(entry)
        if pattern is not None:
            _used[key] = entry
            _missed = True
            return pattern
    with start_set_prefix():
        return _re_compile(rewritten or (rewrite(source, flags) if rewrite else source), flags)


@contextlib.contextmanager
def start_set_prefix() -> Iterator[None]:
    """While the block runs, ``re``'s code generator gives a pattern that has no search prefix of its own the
    characters its matches can start with as one.

    ``re`` gives a pattern that starts with a word, a class or a character a prefix (the ``INFO`` block's literal or
    charset), so its search runs the matcher only where the prefix stands; a pattern that starts otherwise (with a
    look-ahead such as :func:`~kg.pipeline.starts.fast_start`'s ``(?=[市县第])…``, a look-behind, an optional word,
    a repeated class) gets none, and the matcher is entered at every position of the text, mostly to fail at once.
    The characters a match can start with (:func:`start_items`, from the parse) are a condition
    of every match, so as a prefix they skip only positions where no match starts: the same matches, and
    ``match``/``fullmatch`` never read the prefix. 95 of kg's 273 patterns get one: scanned whole over 60 documents
    of the benchmark corpus, 2.65 s → 0.93 s in all, most 2-20x faster, the grammar (whose first characters are
    half the text) as before. Case-blind patterns, and those that start with ``^`` or ``\\A`` (searched at the
    start only), are left as they are.

    >>> with start_set_prefix():
    ...     code = _compiler._code(_parser.parse("(?=[市县])(?:市委|县委)"), 0)
    >>> bool(code[2] & _constants.SRE_INFO_CHARSET), bool(_compiler._code(_parser.parse("(?=[市县])市委"), 0)[2])
    (True, False)
    """
    if _sre is None:  # pragma: no cover - another Python implementation
        yield
        return
    plain = _compiler._get_charset_prefix

    def charset_prefix(pattern: Any, flags: int) -> Any:
        found = plain(pattern, flags)
        if found is not None or (flags | pattern.state.flags) & re.IGNORECASE or _case_blind(pattern.data):
            return found
        if pattern.data and pattern.data[0] in _ANCHORED:
            return None  # (^ or \\A first: re's search tries the pattern once, at the start; a prefix would not)
        start = start_items(pattern.data)
        return start[0] if start is not None and start[0] and not start[1] else None  # (None: any character)

    _compiler._get_charset_prefix = charset_prefix
    try:
        yield
    finally:
        _compiler._get_charset_prefix = plain


def start_items(items: Any) -> tuple[list[tuple[Any, Any]], bool] | None:
    """What a parsed pattern's matches can start with, as the items of a character class (characters, narrow
    ranges, digits, spaces), and whether a match can be empty; None where a match may start with a character of a
    wide class (``[^\\W\\d]``, all Han: slower as a search prefix than none, 0.20 → 0.24 s on such a scan) or
    with anything else (``.``, a back reference…). As :func:`~kg.pipeline.starts.parsed_first`, with
    classes of digits and spaces."""
    return first_items(items, _class_items)


def _class_items(op: Any, av: Any) -> list[Any] | None:
    """A literal as a class item, a class's items if all are narrow (:func:`_rare`), else None."""
    if op is _constants.LITERAL:
        return [(op, av)]
    return [*av] if all(_rare(item) for item in av) else None


def first_items(items: Any, leaf: Callable[[Any, Any], list[Any] | None]) -> tuple[list[Any], bool] | None:
    """What a parsed pattern's matches can start with, as ``leaf`` gives each first literal or class (None: no
    bound), and whether a match can be empty; None where a match may start with anything else (``.``, a category,
    a back reference…). Look-arounds and anchors before the first character are passed over."""
    out: list[Any] = []
    for op, av in items:
        if op is _constants.LITERAL or op is _constants.IN:
            first = leaf(op, av)
            return None if first is None else ([*out, *first], False)
        if op is _constants.BRANCH or op is _constants.SUBPATTERN:
            nullable = False
            for alternative in (av[1] if op is _constants.BRANCH else [av[-1]]):
                sub = first_items(alternative.data, leaf)
                if sub is None:
                    return None
                out += sub[0]
                nullable |= sub[1]
            if not nullable:
                return out, False
        elif op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT:
            sub = first_items(av[2].data, leaf)
            if sub is None:
                return None
            out += sub[0]
            if av[0] > 0 and not sub[1]:
                return out, False
        elif op not in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            return None
    return out, True


_ANCHORED = ((_constants.AT, _constants.AT_BEGINNING), (_constants.AT, _constants.AT_BEGINNING_STRING))
_RARE_CATEGORIES = ("CATEGORY_SPACE", "CATEGORY_DIGIT", "CATEGORY_UNI_SPACE", "CATEGORY_UNI_DIGIT")


def _rare(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op is _constants.CATEGORY:
        return str(av) in _RARE_CATEGORIES
    return op is _constants.LITERAL or (op is _constants.RANGE and av[1] - av[0] < 256)


def _case_blind(items: Any) -> bool:
    """Whether a parsed pattern holds a case-blind group ``(?i:…)``."""
    for op, av in items:
        if op is _constants.SUBPATTERN and av[1] & re.IGNORECASE:
            return True
        for sub in av if isinstance(av, (tuple, list)) else ():
            if isinstance(sub, _parser.SubPattern) and _case_blind(sub.data):
                return True
            if isinstance(sub, list) and any(isinstance(x, _parser.SubPattern) and _case_blind(x.data) for x in sub):
                return True
    return False


@contextlib.contextmanager
def serving_imports(prefix: str = "kg.") -> Iterator[None]:
    """While the block runs (kg's modules being imported), ``re.compile`` called from a module whose name starts
    with ``prefix`` (or from a compiled module) is :func:`compile_regex`: the modules' own patterns (about 180,
    0.13 s of ``re``'s parser at every start) come from the stored code too. Other callers and patterns that are
    not strings get ``re.compile`` itself, which is put back after the block."""

    def compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        # (a compiled module, kg.native, has no frame of its own: the import system's is the caller's)
        if isinstance(pattern, str) and caller.startswith((prefix, "importlib.")):
            return compile_regex(pattern, flags)
        return _re_compile(pattern, flags)

    setattr(re, "compile", compile)  # noqa: B010  (re.compile itself, as the modules call it)
    try:
        yield
    finally:
        setattr(re, "compile", _re_compile)  # noqa: B010


def remember(source: str, flags: int, compute: Callable[[str, int], Any]) -> Any:
    """``compute(source, flags)``, kept in the same file as the compiled patterns: what a function of a pattern
    works out from ``re``'s parse of it (:mod:`~kg.pipeline.anchors`), a value ``marshal`` can store.

    The value is stored per pattern, flags, and the function's name and module source, as a rewrite's are.
    """
    global _missed
    if not _enabled():
        return compute(source, flags)
    key = (source, int(flags), _name(compute))
    if key in _entries():
        value = _used[key] = _entries()[key]
        return value
    value = _used[key] = compute(source, flags)
    _missed = True
    return value


@functools.lru_cache(maxsize=8)
def _name(rewrite: Callable[[str, int], Any]) -> str:
    """A rewrite's name and a hash of its module's source: its stored results hold for that code only."""
    module = sys.modules[rewrite.__module__]
    # its source, compiled or not (kg.native): the same stored results either way
    source = _ROOT.joinpath(*module.__name__.split(".")).with_suffix(".py")
    try:
        code = source.read_bytes()
    except OSError:
        code = repr(module).encode()
    return f"{rewrite.__module__}.{rewrite.__qualname__}|{hashlib.sha256(code).hexdigest()[:16]}"


def _pattern(entry: Entry) -> re.Pattern[str] | None:
    """The pattern object of a stored entry; None if ``_sre`` refuses its code (another engine's)."""
    try:
        source, flags, code, groups, names, index = entry
        return _sre.compile(source, flags, array.array(_CODE, code).tolist(), groups, names, index)
    except (RuntimeError, TypeError, ValueError, OverflowError):
        return None


def save() -> None:
    """Write the patterns compiled since the last call (a pipeline's), if one of them was compiled anew."""
    global _missed, _stored, _used
    used, missed, _used, _missed = _used, _missed, {}, False
    if not missed or not _enabled():
        return
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            marshal.dump(used, out)
        os.replace(tmp, path)  # whole or not at all, whatever another process writes at the same time
    except (OSError, ValueError, OverflowError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return
    _stored = used


def _enabled() -> bool:
    return _sre is not None and os.environ.get("KG_REGEX_CACHE", "1") != "0"


def _code(source: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``source`` (the same steps)."""
    parsed = _parser.parse(source, flags)
    code = array.array(_CODE, _compiler._code(parsed, flags)).tobytes()
    names = parsed.state.groupdict
    index: list[str | None] = [None] * parsed.state.groups
    for name, i in names.items():
        index[i] = name
    return source, flags | parsed.state.flags, code, parsed.state.groups - 1, dict(names), tuple(index)


def _entries() -> dict[Key, Any]:
    global _stored
    if _stored is None:
        try:
            with open(_path(), "rb") as f:
                data: Any = marshal.load(f)
            _stored = data if isinstance(data, dict) else {}
        except (OSError, EOFError, ValueError, TypeError):
            _stored = {}
    return _stored


def _path() -> Path:
    """The cache file of this Python build and regex engine."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    build = f"{sys.version}|{sys.implementation.cache_tag}|{_constants.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}"
    build += f"|{array.array(_CODE).itemsize}|start prefix"  # (code stored before lacks the prefix)
    return Path(root) / "kg" / f"regex-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal"
