"""SPARQL over kg's RDF: an embedded pyoxigraph store (no server needed).

:func:`query` runs a query in this process and returns its rows; :class:`QueryProcess` (what ``kg query`` uses)
runs it in a child process that streams the rows back as they come, so a runaway query can be stopped at once
(on Ctrl-C or after a time limit) and a crash of the engine is reported instead of taking kg down. Every query
passes :func:`kg.sparql.check_query` first (no SERVICE unless allowed, no query nested too deep).

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
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import Errors, KgError
from kg.process import child_options, exit_reason, kill
from kg.sparql import PREFIXES, bind, check_query, is_update, parser_message, prefix_header, read_query

__all__ = ["PREFIXES", "QueryProcess", "QueryResult", "bind", "load_store", "load_store_from_string", "query",
           "read_query"]

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
        widths = column_widths(self.variables, self.rows, width=width)
        cut = width is not None
        return "\n".join([table_header(self.variables, widths, cut=cut),
                          *(table_row(r, widths, cut=cut) for r in self.rows)])


def column_widths(variables: list[str], rows: list[list[str]], *, width: int | None = None) -> list[int]:
    """Display widths of a table's columns (CJK characters count two); with ``width``, narrowed to fit in it (see
    :func:`_fit`)."""
    widths = [max([_width(v)] + [_width(r[i]) for r in rows]) for i, v in enumerate(variables)]
    return widths if width is None else _fit(widths, [_width(v) for v in variables], width)


def table_header(variables: list[str], widths: list[int], *, cut: bool = False) -> str:
    """The head of a table: the names and a rule under them."""
    return table_row(variables, widths, cut=cut) + "\n" + "  ".join("-" * w for w in widths)


def table_row(row: list[str], widths: list[int], *, cut: bool = False) -> str:
    """One row of a table, padded to ``widths``; a longer cell overflows, or with ``cut`` is cut to its width
    (ending in ``…``)."""
    cells = (_cut(c, w) if cut else c for c, w in zip(row, widths, strict=False))
    return "  ".join(_pad(c, w) for c, w in zip(cells, widths, strict=False)).rstrip()


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


def query(store: ox.Store, sparql: str, bindings: dict[str, str] | None = None, *,
          allow_service: bool = False) -> QueryResult:
    """Run a SELECT or ASK query; common prefixes (org, dcterms, skos, prov, kg, ...) are predeclared.

    ``bindings`` fix variables to names first (see :func:`kg.sparql.bind`). A query using SERVICE is refused
    unless ``allow_service``; so is one nested too deep for the engine (see :func:`kg.sparql.check_query`).
    """
    variables, rows, boolean = _solutions(store, prepare_query(sparql, bindings, allow_service=allow_service))
    return QueryResult(variables, list(rows), boolean)


def prepare_query(sparql: str, bindings: dict[str, str] | None = None, *, allow_service: bool = False) -> str:
    """The query as it will run (``bindings`` applied), after the checks every query passes."""
    check_query(sparql, allow_service=allow_service)
    if bindings:
        sparql = bind(sparql, bindings)
    if is_update(sparql):
        raise KgError(Errors.E004.format(message="this is a SPARQL UPDATE; kg query only reads (SELECT or ASK), "
                                         "and the graph changes by kg build"))
    return sparql


def _solutions(store: ox.Store, sparql: str) -> tuple[list[str], Iterator[list[str]], bool | None]:
    """The variables, a lazy iterator over the rows of a checked query, and an ASK's answer (None for a SELECT)."""
    header = prefix_header(sparql)
    try:
        result = store.query(header + sparql, use_default_graph_as_union=True)  # N-Quads: one named graph
    except SyntaxError as err:
        raise KgError(Errors.E004.format(message=parser_message(str(err), sparql, len(header)))) from err
    except OSError as err:  # what the engine reports while evaluating (e.g. SERVICE when allowed)
        raise KgError(Errors.E004.format(message=" ".join(str(err).split()))) from err
    if isinstance(result, (bool, ox.QueryBoolean)):
        return ["ask"], iter([[str(bool(result)).lower()]]), bool(result)
    if not isinstance(result, ox.QuerySolutions):
        raise KgError(Errors.E004.format(message="only SELECT and ASK queries print rows"))
    variables = [v.value for v in result.variables]
    columns = range(len(variables))
    return variables, ([_term(solution[i]) for i in columns] for solution in result), None


def _term(term: object) -> str:
    if term is None:
        return ""
    try:
        return str(term.value)  # type: ignore[attr-defined]
    except AttributeError:  # a quoted triple
        return str(term)


class QueryProcess:
    """A query run in a child process on the RDF file ``data``: :attr:`variables` (and an ASK's answer,
    :attr:`boolean`), then :meth:`rows` as they come. The child stops when the query ends, on :meth:`close` (a
    Ctrl-C, say), after ``timeout`` seconds (counted once the file is loaded; 0 = no limit), or when kg itself dies.

    >>> import tempfile, pathlib
    >>> data = pathlib.Path(tempfile.mkdtemp()) / "g.nt"
    >>> _ = data.write_text('<urn:a> <urn:p> "甲"@zh .\\n', encoding="utf-8")
    >>> with QueryProcess(data, "SELECT ?o WHERE { ?s ?p ?o }") as running:
    ...     running.variables, list(running.rows())
    (['o'], [['甲']])
    """

    def __init__(self, data: str | Path, sparql: str, bindings: dict[str, str] | None = None, *,
                 timeout: float = 0, allow_service: bool = False) -> None:
        data = Path(data)
        if not data.exists():
            raise KgError(Errors.E005.format(path=data, folder=data.parent))
        sparql = prepare_query(sparql, bindings, allow_service=allow_service)
        self.timeout = timeout
        self.deadline = float("inf")
        self._buffer = b""
        self._process = subprocess.Popen(
            [sys.executable, "-c", "from kg.store import _child_main; _child_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, **child_options())
        assert self._process.stdin is not None
        try:
            with self._process.stdin as request:
                request.write(json.dumps({"data": str(data), "sparql": sparql}).encode("utf-8"))
        except BrokenPipeError:
            pass  # the child is gone already: reading its answer says why
        try:
            head = self._next("vars")
            self.variables: list[str] = head["vars"]
            self.boolean: bool | None = head.get("boolean")  # an ASK's answer; None for a SELECT
        except BaseException:  # an error, a Ctrl-C: the child goes too
            self.close()
            raise

    def batches(self) -> Iterator[list[list[str]]]:
        """The rows, in batches as the child sends them (at least every tenth of a second while rows come)."""
        while True:
            message = self._message()
            if "done" in message:
                return
            yield self._expect(message, "rows")

    def rows(self) -> Iterator[list[str]]:
        """The rows, one by one."""
        for batch in self.batches():
            yield from batch

    def close(self) -> None:
        """Stop the child (at once) and reap it."""
        kill(self._process)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def __enter__(self) -> QueryProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _next(self, key: str) -> dict[str, Any]:
        """The next message but a "loaded" one (which starts the clock), which must hold ``key``."""
        message = self._message()
        if "loaded" in message:
            self.deadline = time.monotonic() + self.timeout if self.timeout > 0 else float("inf")
            message = self._message()
        self._expect(message, key)
        return message

    def _expect(self, message: dict[str, Any], key: str) -> Any:
        if "error" in message:
            self.close()
            raise KgError(message["error"])
        return message[key]

    def _message(self) -> dict[str, Any]:
        while b"\n" not in self._buffer:
            self._buffer += self._read()
        line, _, self._buffer = self._buffer.partition(b"\n")
        return dict(json.loads(line))

    def _read(self) -> bytes:
        stdout = self._process.stdout
        assert stdout is not None
        remaining = self.deadline - time.monotonic()
        if remaining <= 0 or not select.select([stdout], [], [], min(remaining, 3600))[0]:
            if time.monotonic() < self.deadline:
                return b""
            self.close()
            raise KgError(Errors.E022.format(seconds=f"{self.timeout:g}"))
        chunk = os.read(stdout.fileno(), 1 << 16)
        if not chunk:
            code = kill(self._process)
            raise KgError(Errors.E023.format(reason=exit_reason(code)))
        return chunk


def _child_main() -> None:
    """The query process: read the request on stdin, answer with JSON lines on stdout (see QueryProcess)."""
    out = sys.stdout.buffer
    request = json.loads(sys.stdin.buffer.read())

    def send(message: dict[str, Any]) -> None:
        out.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()

    try:
        store = load_store(request["data"])
        send({"loaded": True})
        variables, rows, boolean = _solutions(store, request["sparql"])
        send({"vars": variables, "boolean": boolean})
        batch: list[list[str]] = []
        sent = time.monotonic()
        for row in rows:
            batch.append(row)
            if len(batch) >= 1000 or time.monotonic() - sent > 0.1:
                send({"rows": batch})
                batch, sent = [], time.monotonic()
        send({"rows": batch})
        send({"done": True})
    except KgError as err:
        send({"error": str(err)})
    except BrokenPipeError:  # kg stopped reading: nothing left to do
        os._exit(0)
    except (OSError, RuntimeError, ValueError) as err:  # raised by the engine while it evaluates
        send({"error": Errors.E004.format(message=" ".join(str(err).split()))})


def format_batches(variables: list[str], batches: Iterable[list[list[str]]], fmt: str, *,
                   page: int = 1000, width: int | None = None, boolean: bool | None = None) -> Iterator[str]:
    """The result in ``fmt`` (csv, json or table) as blocks of lines, made as the batches of rows come; joined with
    newlines they are the text of :class:`QueryResult`'s ``to_csv``/``to_json``/``to_table``. A table takes its
    column widths from the first ``page`` rows, fitted to ``width`` if given; an ASK's answer (``boolean``) is a
    JSON boolean in json.

    >>> list(format_batches(["a"], [[["1"]], [["2"]]], "csv"))
    ['a', '1', '2']
    >>> "\\n".join(format_batches(["a"], [[["1"]], [["2"]]], "json")) == QueryResult(["a"], [["1"], ["2"]]).to_json()
    True
    >>> list(format_batches(["ask"], [[["true"]]], "json", boolean=True))
    ['true']
    """
    if fmt == "csv":
        yield from _csv_blocks(variables, batches)
    elif fmt == "json" and boolean is not None:
        yield json.dumps(boolean)
    elif fmt == "json":
        yield from _json_blocks(variables, batches)
    else:
        yield from _table_blocks(variables, batches, page, width)


def _csv_blocks(variables: list[str], batches: Iterable[list[list[str]]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for rows in _with_first([variables], batches):
        if rows:
            writer.writerows(rows)
            yield buf.getvalue().removesuffix("\n")
            buf.seek(0)
            buf.truncate()


def _with_first(first: list[list[str]], batches: Iterable[list[list[str]]]) -> Iterator[list[list[str]]]:
    yield first
    yield from batches


def _json_blocks(variables: list[str], batches: Iterable[list[list[str]]]) -> Iterator[str]:
    held: str | None = None  # the last object: whether a comma follows it is known only with the next one
    for rows in batches:
        objects = [" " + json.dumps(dict(zip(variables, r, strict=False)), ensure_ascii=False, indent=1)
                   .replace("\n", "\n ") for r in rows]
        if not objects:
            continue
        block = ([held + ","] if held is not None else ["["]) + [o + "," for o in objects[:-1]]
        held = objects[-1]
        yield "\n".join(block)
    yield "[]" if held is None else held + "\n]"


def _table_blocks(variables: list[str], batches: Iterable[list[list[str]]], page: int,
                  width: int | None) -> Iterator[str]:
    first: list[list[str]] = []
    rest = iter(batches)
    for rows in rest:
        first += rows
        if len(first) >= page:
            break
    widths = column_widths(variables, first, width=width)
    cut = width is not None
    yield "\n".join([table_header(variables, widths, cut=cut), *(table_row(r, widths, cut=cut) for r in first)])
    for rows in rest:
        if rows:
            yield "\n".join(table_row(r, widths, cut=cut) for r in rows)
