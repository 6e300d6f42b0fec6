"""SPARQL query text: the bundled queries, kg's predeclared prefixes, ``--bind``, and the checks every query passes
before it reaches a query engine (``kg query``, ``kg.query`` and ``kg serve`` alike).

The checks refuse what can hurt the machine rather than answer a question about the graph: ``SERVICE`` (the engine
would send requests to other servers; allowed only when asked for), a query nested deeper or chained longer than
the engine's stack survives (3,000 nested braces crash it), and very large query texts.

Examples
--------
>>> check_query("SELECT ?s WHERE { ?s ?p ?o }")
>>> try:
...     check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
... except KgError as err:
...     print(str(err)[:40])
[E018] Refused query: it uses SERVICE, w
>>> print(with_prefixes("SELECT ?l WHERE { ?s skos:prefLabel ?l }", {"skos": "http://www.w3.org/2004/02/skos/core#"}))
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { ?s skos:prefLabel ?l }
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from kg.errors import Errors, KgError
from kg.vocab import prefixes

# Predeclared in every query: kg's prefixes (one source: kg.vocab, which imports no pipeline, so `kg query` starts
# fast), and rdf: (the bundled queries read rdf:subject…; the writers leave rdf IRIs unabbreviated)
PREFIXES = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"} | prefixes()
MAX_QUERY_CHARS = 1_000_000
MAX_NESTING = 100  # brackets inside brackets; the engine's stack gives out in the thousands (less in the server)
MAX_OPERATORS = 2_000  # operators and UNION/OPTIONAL/MINUS; long chains of them recurse as deep as nesting

# strings (long ones first), IRIs and comments: what the checks must not look into
_LEXEMES = re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\""
                      r"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\"|<[^<>\"{}|^`\\\x00-\x20]*>|#[^\n\r]*", re.S)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)
_OPERATORS = re.compile(r"[!+*/|^=<>&-]|\b(?:UNION|OPTIONAL|MINUS)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*I+\s*)*", re.IGNORECASE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def skeleton(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked out (by ``SSS``, ``III``, spaces) where they stand: what
    is left is keywords, names, variables and punctuation, at the same positions.

    >>> skeleton('SELECT * { ?s <urn:x#y> "a { b" } # SERVICE')
    'SELECT * { ?s  IIIIIII   SSSSS  }          '
    """
    def blank(m: re.Match[str]) -> str:
        text = m.group()
        if text[0] == "#":
            return " " * len(text)
        mark = "I" if text[0] == "<" else "S"
        return f" {mark * (len(text) - 2)} " if len(text) > 2 else mark + " "

    return _LEXEMES.sub(blank, sparql)


def check_query(sparql: str, *, allow_service: bool = False) -> None:
    """Raise :class:`KgError` for a query kg won't run: empty, too large, nested or chained too deep, or
    using ``SERVICE`` unless ``allow_service``."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise KgError(Errors.E019.format(what=f"{len(sparql):,} characters long", limit=f"{MAX_QUERY_CHARS:,}"))
    bare = skeleton(sparql)
    if not _PROLOGUE.sub("", bare, count=1).strip():
        raise KgError(Errors.E020.format(names=", ".join(bundled_queries())))
    depth = nesting(bare)
    if depth > MAX_NESTING:
        raise KgError(Errors.E019.format(what=f"nested {depth} brackets deep", limit=MAX_NESTING))
    operators = len(_OPERATORS.findall(bare))
    if operators > MAX_OPERATORS:
        raise KgError(Errors.E019.format(what=f"a chain of {operators:,} operators", limit=f"{MAX_OPERATORS:,}"))
    if not allow_service and uses_service(sparql, bare):
        raise KgError(Errors.E018)


def uses_service(sparql: str, bare: str | None = None) -> bool:
    """Whether the query has the SERVICE keyword (read plainly, and with ``\\u`` escapes undone: when in doubt,
    yes).

    >>> uses_service("ASK { ?s <urn:SERVICE> ?service }"), uses_service("ASK { service SILENT <urn:x> {} }")
    (False, True)
    """
    if _SERVICE.search(skeleton(sparql) if bare is None else bare):
        return True
    unescaped = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    return unescaped != sparql and _SERVICE.search(skeleton(unescaped)) is not None


def nesting(bare: str) -> int:
    """The deepest nesting of ``{ ( [`` in a :func:`skeleton`.

    >>> nesting("SELECT * { { ?s ?p ?o FILTER((1)) } }")
    4
    """
    depth = deepest = 0
    for ch in bare:
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth = max(depth - 1, 0)
    return deepest


def with_prefixes(sparql: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """The query with a ``PREFIX`` line for each of ``prefixes`` it does not declare itself, all on its first line
    (so the line numbers of error messages stay the user's)."""
    return prefix_header(sparql, prefixes) + sparql


def prefix_header(sparql: str, prefixes: dict[str, str] = PREFIXES) -> str:
    """The ``PREFIX p: <iri> `` declarations :func:`with_prefixes` puts before ``sparql``."""
    declared = {m.lower() for m in re.findall(r"\bPREFIX\s+([\w.-]*):", skeleton(sparql), re.IGNORECASE)}
    return "".join(f"PREFIX {p}: <{iri}> " for p, iri in prefixes.items() if p.lower() not in declared)


def bundled_queries() -> list[str]:
    """Names of the queries that come with kg (``kg query NAME``).

    >>> "issued" in bundled_queries()
    True
    """
    folder = resources.files("kg").joinpath("queries")
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def read_query(text_or_path: str) -> str:
    """A query given inline, as a path to a ``.rq`` file, or by the name of a bundled query (``issued`` or
    ``issued.rq``)."""
    if text_or_path.endswith(".rq"):
        path = Path(text_or_path)
        if path.exists():
            return _read_file(path)
        if _bundled(path.name) is None:
            raise KgError(Errors.E003.format(path=path))
        return _bundled_text(path.name)
    if re.fullmatch(r"[\w.-]+", text_or_path):  # one bare word is never a query: a file, or a bundled query
        if Path(text_or_path).is_file():
            return _read_file(Path(text_or_path))
        if _bundled(text_or_path + ".rq") is None:
            raise KgError(Errors.E029.format(name=text_or_path, names=", ".join(bundled_queries())))
        return _bundled_text(text_or_path + ".rq")
    return text_or_path


def _bundled(name: str) -> Path | None:
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    found = resources.files("kg").joinpath("queries", name)
    return Path(str(found)) if found.is_file() else None


def _bundled_text(name: str) -> str:
    return resources.files("kg").joinpath("queries", name).read_text(encoding="utf-8")


def _read_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise KgError(Errors.E021.format(path=path, reason=err.strerror or err)) from err
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        reason = f"byte {err.start} is not UTF-8 (0x{data[err.start]:02X})"
        raise KgError(Errors.E021.format(path=path, reason=reason)) from err


def bind(sparql: str, bindings: dict[str, str]) -> str:
    """``sparql`` with each variable of ``bindings`` fixed to a name: ``?head`` = "天水市委", as the plain
    literal or the ``@zh`` one (a VALUES block at the start of the WHERE clause, so the store starts from it).

    >>> print(bind('SELECT ?t WHERE { ?d dcterms:title ?t }', {"t": '规划"一"'}))
    SELECT ?t WHERE { VALUES ?t { "规划\\"一\\""@zh "规划\\"一\\"" } ?d dcterms:title ?t }
    """
    bare = skeleton(sparql)
    where = re.search(r"\bWHERE\s*\{", bare, re.IGNORECASE)
    if where is None:
        raise KgError(Errors.E017.format(item=", ".join(bindings), reason="the query has no WHERE clause"))
    blocks = []
    for name, value in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise KgError(Errors.E017.format(item=f"{name}=…", reason=f"{name!r} is no SPARQL variable name"))
        if not re.search(rf"[?$]{name}(?!\w)", bare):
            raise KgError(Errors.E017.format(item=f"{name}={value}", reason=f"the query has no variable ?{name}"))
        literal = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'
        blocks.append(f"VALUES ?{name} {{ {literal}@zh {literal} }} ")
    return sparql[: where.end()] + " " + "".join(blocks) + sparql[where.end() :].lstrip()


_POSITION = re.compile(r"error at (\d+):(\d+)")
_CHAR_CLASS = re.compile(r"(?:,\s*)?\[(?:'(?:\\.|[^'\\])*'|[^\]'])*\]")  # ['A' ..= 'Z' | '\u{00C0}'..] or [_]


def parser_message(message: str, sparql: str, header_chars: int = 0) -> str:
    r"""The SPARQL parser's ``message`` on one line, at the line and column of ``sparql`` (which ran behind
    ``header_chars`` characters of predeclared prefixes on its first line), with its character classes said in
    words.

    >>> parser_message("error at 2:20: expected one of Prefix not found, ['%']", "x\nSELECT * { ?s foo:b ?o }")
    'error at line 2, column 20: unknown prefix foo: (declare it: PREFIX foo: <IRI>)'
    >>> parser_message("error at 1:15: expected one of \"(\", ['A' ..= 'Z'\n| 'a' ..= 'z'], [_]", "ASK {", 10)
    'error at line 1, column 5: expected one of "(" or a name'
    """
    position = _POSITION.match(message)
    if position is None:
        return " ".join(message.split())
    line, column = int(position.group(1)), int(position.group(2))
    if line == 1:
        column = max(column - header_chars, 1)
    detail = message[position.end() :].lstrip(": ")
    if "Prefix not found" in detail:
        lines = sparql.splitlines()
        before = lines[line - 1][: column - 1] if 0 < line <= len(lines) else ""
        name = re.search(r"([A-Za-z][\w.-]*)?:[\w.%-]*$", before)
        prefix = (name.group(1) or "") if name else ""
        detail = f"unknown prefix {prefix}: (declare it: PREFIX {prefix}: <IRI>)"
    else:
        words, classes = _CHAR_CLASS.subn("", detail)
        detail = " ".join(words.split()) + (" or a name" if classes else "")
    return f"error at line {line}, column {column}: {detail}"


_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL UPDATE (its first keyword after the prologue).

    >>> is_update("PREFIX ex: <urn:x>\\nINSERT DATA { ex:a ex:b ex:c }"), is_update("SELECT * {}")
    (True, False)
    """
    return _UPDATE.match(_PROLOGUE.sub("", skeleton(sparql), count=1)) is not None
