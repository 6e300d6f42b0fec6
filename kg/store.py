"""SPARQL over kg's RDF: an embedded pyoxigraph store (no server needed).

Examples
--------
>>> store = load_store_from_string('<urn:a> <urn:p> "市委巡察办"@zh .', format="nt")
>>> result = query(store, "SELECT ?o WHERE { ?s ?p ?o }")
>>> result.variables, result.rows
(['o'], [['市委巡察办']])
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from kg.errors import Errors, KgError
from kg.vocab import prefixes

# Predeclared in every query: kg's prefixes, and rdf: (the bundled queries read rdf:subject…; the writers leave rdf
# IRIs unabbreviated, as kg's Turtle always had them). From kg.vocab, not kg.readwrite.rdf: that module imports
# the whole pipeline, which would make every `kg query` start two seconds later.
PREFIXES = {"rdf": str(RDF)} | prefixes()
_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
            ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}


@dataclass
class QueryResult:
    """Rows of a SELECT (or a single boolean row of an ASK, with ``boolean`` set), as plain strings."""

    variables: list[str]
    rows: list[list[str]]
    boolean: bool | None = None  # the answer of an ASK

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(self.variables)
        writer.writerows(self.rows)
        return buf.getvalue()

    def to_json(self) -> str:
        """A JSON list of ``{variable: value}`` rows; an ASK's answer as a JSON boolean.

        >>> QueryResult(["ask"], [["true"]], boolean=True).to_json()
        'true'
        """
        if self.boolean is not None:
            return json.dumps(self.boolean)
        return json.dumps([dict(zip(self.variables, r, strict=False)) for r in self.rows], ensure_ascii=False, indent=1)

    def to_table(self, *, width: int | None = None) -> str:
        """Aligned columns for people; with ``width``, the widest columns are cut (``…``) until a row fits in it.

        >>> result = QueryResult(["name", "sentence"], [["青禾县委", "青禾县委印发《青禾县巡察工作规划》。"]])
        >>> print(result.to_table(width=30))
        name      sentence
        --------  --------------------
        青禾县委  青禾县委印发《青禾…
        """
        widths = [max([_width(v)] + [_width(r[i]) for r in self.rows]) for i, v in enumerate(self.variables)]
        if width is not None:
            widths = _fit(widths, [_width(v) for v in self.variables], width)
        lines = ["  ".join(_pad(_cut(v, w), w) for v, w in zip(self.variables, widths, strict=False))]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(_pad(_cut(c, w), w) for c, w in zip(r, widths, strict=False)) for r in self.rows]
        return "\n".join(line.rstrip() for line in lines)


MIN_COLUMN = 8  # a column is never cut narrower than this (or its header)


def _fit(widths: list[int], headers: list[int], total: int) -> list[int]:
    """Column widths that fit in ``total`` characters with two between columns, the widest narrowed first (never
    below ``MIN_COLUMN`` or its header: a table of many columns can stay wider than ``total``)."""
    widths = list(widths)
    floors = [max(MIN_COLUMN, h) for h in headers]
    while sum(widths) + 2 * (len(widths) - 1) > total:
        cuttable = [k for k, w in enumerate(widths) if w > floors[k]]
        if not cuttable:
            break
        widths[max(cuttable, key=widths.__getitem__)] -= 1
    return widths


def _cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` columns, ending in ``…`` where it was cut."""
    if _width(text) <= width:
        return text
    kept, used = [], 0
    for ch in text:
        if used + _width(ch) > width - 1:
            break
        kept.append(ch)
        used += _width(ch)
    return "".join(kept) + "…"


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def load_store(path: str | Path) -> ox.Store:
    """An in-memory store with the RDF file at ``path`` loaded (format from the suffix)."""
    path = Path(path)
    if not path.exists():
        raise KgError(Errors.E005.format(path=path, folder=path.parent))
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=_FORMATS.get(path.suffix, ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError, OSError) as err:
        raise KgError(Errors.E010.format(path=path, reason=err, fmt=path.suffix.lstrip(".") or "RDF")) from err
    return store


def load_store_from_string(data: str, *, format: str = "turtle") -> ox.Store:
    """A store from RDF text (``turtle`` or ``nt``), mainly for tests and notebooks."""
    store = ox.Store()
    fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}[format]
    store.load(data.encode("utf-8"), format=fmt)
    return store


def read_query(text_or_path: str) -> str:
    """A query given inline, as a path to a ``.rq`` file, or as the name of a bundled query."""
    if text_or_path.endswith(".rq"):
        path = Path(text_or_path)
        if not path.exists():
            bundled = resources.files("kg").joinpath("queries", path.name)
            if not bundled.is_file():
                raise KgError(Errors.E003.format(path=path))
            return bundled.read_text(encoding="utf-8")
        return path.read_text(encoding="utf-8")
    return text_or_path


def bind(sparql: str, bindings: dict[str, str]) -> str:
    """``sparql`` with each variable of ``bindings`` fixed to a name: ``?head`` = "天水市委", as the plain
    literal or the ``@zh`` one (a VALUES block at the start of the WHERE clause, so the store starts from it).

    >>> print(bind('SELECT ?t WHERE { ?d dcterms:title ?t }', {"t": '规划"一"'}))
    SELECT ?t WHERE { VALUES ?t { "规划\\"一\\""@zh "规划\\"一\\"" } ?d dcterms:title ?t }
    """
    where = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
    if where is None:
        raise KgError(Errors.E017.format(item=", ".join(bindings), reason="the query has no WHERE clause"))
    blocks = []
    for name, value in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise KgError(Errors.E017.format(item=f"{name}=…", reason=f"{name!r} is no SPARQL variable name"))
        literal = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        blocks.append(f"VALUES ?{name} {{ {literal}@zh {literal} }} ")
    return sparql[: where.end()] + " " + "".join(blocks) + sparql[where.end() :].lstrip()


def query(store: ox.Store, sparql: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a SELECT or ASK query; common prefixes (org, dcterms, skos, prov, kg, ...) are predeclared.

    ``bindings`` fix variables to names first (see :func:`bind`).
    """
    if bindings:
        sparql = bind(sparql, bindings)
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if f"PREFIX {p}:" not in sparql)
    if _UPDATE.match(_PROLOGUE.sub("", sparql)):
        raise KgError(Errors.E004.format(message="this is a SPARQL UPDATE; kg query only reads (SELECT or ASK), "
                                         "and the graph changes by kg build"))
    try:
        result = store.query(header + sparql, use_default_graph_as_union=True)  # N-Quads: one named graph
    except SyntaxError as err:
        raise KgError(Errors.E004.format(message=parser_message(str(err), sparql, header.count("\n")))) from err
    if isinstance(result, (bool, ox.QueryBoolean)):
        return QueryResult(["ask"], [[str(bool(result)).lower()]], boolean=bool(result))
    if not isinstance(result, ox.QuerySolutions):
        raise KgError(Errors.E004.format(message="only SELECT and ASK queries print rows"))
    variables = [v.value for v in result.variables]
    columns = range(len(variables))
    rows = [[_term(solution[i]) for i in columns] for solution in result]
    return QueryResult(variables, rows)


_PROLOGUE = re.compile(r"\A(?:\s+|#[^\n]*|(?:PREFIX\s+[\w.-]*:|BASE)\s*<[^>]*>)*", re.IGNORECASE)
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_POSITION = re.compile(r"error at (\d+):(\d+)")
_CHAR_CLASS = re.compile(r"(?:,\s*)?\[(?:'(?:\\.|[^'\\])*'|[^\]'])*\]")  # ['A' ..= 'Z' | '\u{00C0}'..] or [_]


def parser_message(message: str, sparql: str, header_lines: int = 0) -> str:
    r"""The SPARQL parser's ``message`` on one line, at the line and column of ``sparql`` (below the
    ``header_lines`` of predeclared prefixes), with its character classes said in words.

    >>> parser_message("error at 3:20: expected one of Prefix not found, ['%']", "x\nSELECT * { ?s foo:b ?o }", 1)
    'error at line 2, column 20: unknown prefix foo: (declare it: PREFIX foo: <IRI>)'
    >>> parser_message("error at 1:5: expected one of \"(\", ['A' ..= 'Z'\n| 'a' ..= 'z'], [_]", "ASK {")
    'error at line 1, column 5: expected one of "(" or a name'
    """
    position = _POSITION.match(message)
    if position is None:
        return " ".join(message.split())
    line, column = int(position.group(1)) - header_lines, int(position.group(2))
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


def _term(term: object) -> str:
    if term is None:
        return ""
    try:
        return str(term.value)  # type: ignore[attr-defined]
    except AttributeError:  # a quoted triple
        return str(term)


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server binary (from the ``oxigraph`` PyPI package)."""
    import shutil
    import sys

    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if found is None:
        raise KgError(Errors.E012)
    return found


def prepare_server_store(data: str | Path, location: str | Path, *,
                         on_load: Callable[[], None] | None = None) -> Path:
    """The Oxigraph store directory ``location`` for the server, loaded from ``data`` unless it already holds this
    very file (its SHA-256 and format, stamped beside the store): a big graph loads once, not at every start.
    ``on_load`` is called before a load (to say that it takes a while)."""
    import shutil

    data, location = Path(data), Path(location)
    if not data.exists():
        raise KgError(Errors.E005.format(path=data, folder=data.parent))
    stamp, current = _stamp_path(location), _stamp(data)  # the file is read once
    if _holds(location, current):
        return location
    if on_load is not None:
        on_load()
    stamp.unlink(missing_ok=True)
    shutil.rmtree(location, ignore_errors=True)
    location.mkdir(parents=True)
    done = subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", str(data)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise KgError(Errors.E010.format(path=data, reason=done.stderr.strip()[-300:], fmt="RDF"))
    stamp.write_text(current, encoding="utf-8")  # only once the load is complete
    return location


def _holds(location: Path, stamp: str) -> bool:
    """Whether the store at ``location`` was loaded from a file with this ``stamp`` (content SHA-256, format)."""
    path = _stamp_path(location)
    return location.is_dir() and path.is_file() and path.read_text(encoding="utf-8") == stamp


def _stamp_path(location: Path) -> Path:
    return location.with_name(location.name + ".source")


def _stamp(data: Path) -> str:
    import hashlib

    with data.open("rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    return f"{data.suffix} {digest} oxigraph {_server_version()}\n"


def _server_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("oxigraph")
    except metadata.PackageNotFoundError:
        return "unknown"


def start_server(location: str | Path, *, host: str = "127.0.0.1", port: int = 7878) -> subprocess.Popen[bytes]:
    """Start ``oxigraph serve-read-only`` on ``host:port``; returns the process (the caller stops it).

    Read-only: SPARQL UPDATE is refused by the server itself.
    """
    return subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(location),
                             "--bind", f"{host}:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_ready(host: str, port: int, *, timeout: float = 20.0) -> bool:
    """Poll the server's query endpoint until it answers (True) or ``timeout`` passes (False)."""
    import time
    import urllib.request

    deadline = time.monotonic() + timeout
    url = f"http://{host}:{port}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status == 200
        except OSError:
            time.sleep(0.2)
    return False
