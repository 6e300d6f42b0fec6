"""The ``kg`` command line (typer). The only module that prints or exits.

Exit codes (docs/errors.md): 0 done; 1 an error in the input or options (bad path, format, query), one line saying
what and how to fix it; 2 a usage error found by the command-line parser (unknown command or option, missing
argument), click's convention; 3 done, but some input files were skipped (each named on stderr); 4 ``kg validate``:
the graph does not conform to the shapes; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from kg.about import __version__
from kg.errors import Errors, KgError, Warnings

if TYPE_CHECKING:
    from kg.extract import DocRecord

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="kg: knowledge graphs of organisations, documents and mechanisms from Chinese governance text.")
T = TypeVar("T")
EXIT_ERROR = 1
EXIT_SKIPPED = 3  # done, some inputs skipped (2 is click's usage error)
EXIT_INVALID = 4  # kg validate: the graph does not conform
EXTRACT_FORMATS = ("jsonl", "table")
QUERY_FORMATS = ("table", "csv", "json")
JOBS_HELP = "Worker processes for extraction (default 0: one per core, when the input is big enough to pay)."
LEXICON_HELP = "A TSV of your own bodies, documents, practices and verbs (repeatable); see docs/extending.md."


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    typer.echo(f"kg: {message}", err=True)
    raise typer.Exit(code)


def _run(func: Callable[[], T]) -> T:
    try:
        return func()
    except KgError as err:
        _fail(str(err))
        raise  # unreachable: _fail exits


def _choice(value: str, options: tuple[str, ...]) -> str:
    if value not in options:
        _fail(Errors.E002.format(fmt=value, options=", ".join(options)))
    return value


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """kg: knowledge graphs of organisations, documents and mechanisms from Chinese governance text."""


@app.command()
def build(
    inputs: list[Path] = typer.Argument(None, help="Files or folders (default: the bundled samples)."),
    output_dir: Path = typer.Option(Path("output"), "--output-dir", "-o", help="Where to write the graph files."),
    rdf_format: str = typer.Option("turtle", "--rdf-format", help="turtle, nt, nquads, json-ld or xml."),
    base_iri: str = typer.Option(None, "--base-iri", help="Base IRI of the entities (default: kg's own)."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help=JOBS_HELP),
    no_cache: bool = typer.Option(False, "--no-cache", help="Re-extract every file (ignore output/.kg-cache)."),
    executor: str = typer.Option("local", "--executor", help="local (processes on this machine) or dask."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr (the summary is still printed)."),
    lexicons: list[Path] = typer.Option([], "--lexicon", "-l", help=LEXICON_HELP),
) -> None:
    """Build the knowledge graph of INPUTS into graph.ttl, graph.jsonld, graph.graphml and graph.html.

    Example: kg build my_texts/ --output-dir output --jobs 2
    Example: kg build my_texts/ --lexicon my_field.tsv
    """
    from kg.build import build as run_build
    from kg.readwrite.rdf import DEFAULT_BASE_IRI

    reporter = None if quiet else ProgressPrinter(sys.stderr)
    report = _run(lambda: run_build(inputs or [], output_dir, rdf_format_name=rdf_format,
                                    base_iri=base_iri or DEFAULT_BASE_IRI, jobs=jobs, use_cache=not no_cache,
                                    report_progress=reporter, executor=executor, scheduler=scheduler,
                                    lexicons=lexicons))
    if reporter is not None:
        reporter.close()
    for skipped in report.skipped:
        _skipped(skipped.path, skipped.reason)
    for warning in report.warnings:
        typer.echo(f"kg: warning: {warning}", err=True)
    typer.echo(_summary_text(report.summary, report.outputs, len(report.skipped)))
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _skipped(path: Path, reason: str) -> None:
    from kg.io import source_name  # a name that is not UTF-8 can't be printed as it is

    typer.echo(f"kg: warning: {Warnings.W002.format(path=source_name(path), reason=reason)}", err=True)


class ProgressPrinter:
    """Progress on stderr: a live bar on a terminal, a plain line every few seconds otherwise."""

    def __init__(self, stream: Any, *, every: float = 5.0) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.every = every
        self.last = float("-inf")
        self.shown = False

    def __call__(self, progress: Any) -> None:
        import time

        now = time.monotonic()
        done = progress.files == progress.total_files
        if not self.tty and not done and now - self.last < self.every:
            return
        if self.tty and not done and now - self.last < 0.1:
            return
        self.last = now
        width = 24
        filled = int(width * progress.files / max(progress.total_files, 1))
        line = (f"[{'#' * filled}{'.' * (width - filled)}] {progress.files}/{progress.total_files} files, "
                f"{progress.chars_per_second:,.0f} chars/s, ETA {progress.eta_seconds:.0f} s")
        if self.tty:
            self.stream.write("\r" + line)
        elif progress.total_files > 1:
            self.stream.write(line + "\n")
        self.shown = True
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _summary_text(summary: dict[str, Any], outputs: list[Path], skipped: int = 0) -> str:
    ents = summary["entities"]
    rels = summary["relations"]
    lines = [f"documents: {summary['sources']}"]
    if skipped:
        lines.append(f"skipped:   {skipped} input file{'s' if skipped > 1 else ''} (named above)")
    lines += ["entities:  " + ", ".join(f"{t} {n}" for t, n in ents.items()) + f" (total {sum(ents.values())})",
              "relations: " + ", ".join(f"{t} {n}" for t, n in rels.items() if n) + f" (total {sum(rels.values())})"]
    lines += [f"wrote:     {p}" for p in outputs]
    html = [p for p in outputs if p.suffix == ".html"]
    if html:
        lines.append(f"open {html[0]} in a browser to explore the graph")
    return "\n".join(lines)


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Text or HTML files.", readable=False),  # unreadable: skipped
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one JSON object per file) or table."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help=JOBS_HELP),
    lexicons: list[Path] = typer.Option([], "--lexicon", "-l", help=LEXICON_HELP),
) -> None:
    """Extract entities and relations, one result per file, in order.

    Example: kg extract --format jsonl a.txt b.txt
    Example: kg extract --lexicon my_field.tsv a.txt
    """
    from kg.corpus import extract_files
    from kg.io import InputFile, source_name
    from kg.pipeline.user_lexicons import UserLexicon

    _choice(format, EXTRACT_FORMATS)
    for path in files:
        if not path.exists():
            _fail(Errors.E003.format(path=path))
    _run(lambda: UserLexicon.read(lexicons))  # a bad row is one error line before any extraction
    failed = 0
    encode = functools.partial(_encode_record, format=format)  # in the workers: they send back text
    inputs = [InputFile(path, source_name(path.name)) for path in files]  # sources named without their folders
    results = extract_files(inputs, jobs=jobs, encode=encode, on_warning=_warn, lexicons=lexicons)
    for (path, result), item in zip(results, inputs, strict=True):
        if isinstance(result, KgError):
            failed += 1
            _skipped(path, str(result))
            if format == "jsonl":
                typer.echo(json.dumps({"source": item.name, "error": str(result)}, ensure_ascii=False))
            continue
        text, empty = result
        if empty:
            typer.echo(f"kg: warning: {Warnings.W001.format(path=path)}", err=True)
        typer.echo(text)
    if failed:
        raise typer.Exit(EXIT_SKIPPED)


def _warn(message: str) -> None:
    typer.echo(f"kg: warning: {message}", err=True)


# a record is a tree: no check for cycles (the encoder's check keeps a dict of every list and dict it is inside,
# and a record has thousands of small ones; json.dumps 15-20 % faster, the same text)
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def _encode_record(record: DocRecord, *, format: str) -> tuple[str, bool]:
    """A record as ``kg extract`` prints it, and whether its text was empty."""
    from kg.extract import EMPTY_TEXT_HASH

    data = record.to_json()
    text = _JSON.encode(data) if format == "jsonl" else _record_table(data)
    return text, record.text_hash == EMPTY_TEXT_HASH


def _record_table(record: dict[str, Any]) -> str:
    lines = [f"== {record['source']}"]
    for e in record["entities"]:
        aliases = [m for m in e["mentions"] if m != e["name"]]
        lines.append(f"  {e['type']:<5} {e['name']}" + (f"  (= {'、'.join(aliases)})" if aliases else ""))
    for r in record["relations"]:
        lines.append(f"  {r['head']} -{r['type']}-> {r['tail']}   「{r['evidence'][:60]}」")
    return "\n".join(lines)


def _bundled_queries() -> str:
    """The names :func:`kg.sparql.bundled_queries` gives, listed here: importing kg.sparql (rdflib, through
    kg.vocab) for this help text cost every command, ``kg extract`` included, 0.13 s of start-up."""
    folder = resources.files("kg").joinpath("queries")
    return ", ".join(sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq")))


@app.command(epilog=f"Bundled queries (by name, with or without .rq): {_bundled_queries()}.")
def query(
    sparql: str = typer.Argument(..., help="A SPARQL query, a .rq file, or the name of a bundled query."),
    data: Path = typer.Option(Path("output/graph.ttl"), "--data", "-d", help="The RDF file to query."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    bindings: list[str] = typer.Option([], "--bind", "-b", help="NAME=VALUE: fix ?NAME to a name (repeatable)."),
    timeout: float = typer.Option(60.0, "--timeout", "-t", min=0,
                                  help="Stop the query after this many seconds (0 = no limit)."),
    allow_service: bool = typer.Option(False, "--allow-service",
                                       help="Allow SERVICE (federated queries that contact other servers)."),
) -> None:
    """Run a SPARQL SELECT/ASK query on the graph, in an embedded store (no server needed).

    Rows are printed as they come; Ctrl-C stops the query at once.

    Example: kg query --format csv "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    Example: kg query evidence --bind head=天水市委巡察办
    """
    from kg.sparql import read_query
    from kg.store import QueryProcess, format_batches

    _choice(format, QUERY_FORMATS)
    values = {}
    for item in bindings:
        name, sep, value = item.partition("=")
        if not sep:
            _fail(Errors.E017.format(item=item, reason="no '='"))
        values[name.lstrip("?$")] = value
    text = _run(lambda: read_query(sparql))
    width = _terminal_width() if format == "table" else None
    try:
        with _run(lambda: QueryProcess(data, text, values, timeout=timeout, allow_service=allow_service)) as running:
            blocks = format_batches(running.variables, running.batches(), format, width=width,
                                    boolean=running.boolean)
            _run(lambda: _echo_blocks(blocks))
    except KeyboardInterrupt:
        _fail("stopped", 130)
    except BrokenPipeError:  # the reader (say, head) has seen enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing may be flushed into the closed pipe at exit


def _echo_blocks(blocks: Iterable[str]) -> None:
    for block in blocks:
        typer.echo(block)


def _terminal_width() -> int | None:
    """Columns to fit a table in: $COLUMNS, else the terminal's width; None (no cutting) when piped."""
    import shutil

    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


@app.command()
def diff(
    old: Path = typer.Argument(..., help="The earlier build folder (or its graph.graphml / graph.ttl)."),
    new: Path = typer.Argument(..., help="The later build folder (or graph file)."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    html: Path = typer.Option(None, "--html", help="Also write a page listing the changes and drawing them."),
) -> None:
    """What changed from OLD to NEW: sources, entities and relations added or removed, and entities whose
    aliases, region or sources changed, each with the sentence and source of the fact.

    Example: kg diff last_week/ output/ --html changes.html
    """
    from kg.diff import changes_csv, changes_json, changes_table, diff_graphs, read_graph

    _choice(format, QUERY_FORMATS)
    before, after = _run(lambda: read_graph(old)), _run(lambda: read_graph(new))
    changes = diff_graphs(before, after)
    if html is not None:
        from kg.readwrite.diff_html import write_diff_html

        _run(lambda: write_diff_html(before, after, changes, html))
    if format == "table":
        out = changes_table(changes).to_table(width=_terminal_width()) if changes else "no changes"
    else:
        out = changes_csv(changes) if format == "csv" else changes_json(changes)
    typer.echo(out.rstrip("\n"))


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(None, help="Folder of NAME.txt + NAME.gold.json (default: bundled samples)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List misses and false positives per file."),
    as_json: bool = typer.Option(False, "--json", help="Print the totals as JSON."),
) -> None:
    """Score kg against gold annotations: per-type precision, recall, F1, and relations.

    Example: kg evaluate my_annotated_texts/ -v
    """
    from kg.corpus import extract_files
    from kg.evaluate import gold_pairs, score_document, totals
    from kg.io import sample_dir

    pairs = _run(lambda: gold_pairs(gold_dir or sample_dir()))
    scores = []
    for (path, gold), (_, result) in zip(pairs, extract_files([p for p, _ in pairs]), strict=False):
        pred = result.to_json() if not isinstance(result, KgError) else {"entities": [], "relations": []}
        score = score_document(pred, gold)
        scores.append(score)
        if verbose:
            typer.echo(_score_details(path, score))
    result_totals = totals(scores)
    if as_json:
        typer.echo(json.dumps(result_totals, ensure_ascii=False))
        return
    for key, values in result_totals.items():
        typer.echo(f"{key:<10} " + "  ".join(f"{m}={v}" for m, v in values.items()))


def _score_details(path: Path, score: Any) -> str:
    rows = [("missed", score.missed), ("wrong", score.wrong), ("missed relations", score.missed_relations),
            ("wrong relations", score.wrong_relations)]
    return f"== {path.name}\n" + "\n".join(f"  {label}: {'; '.join(items) or '-'}" for label, items in rows)


@app.command()
def validate(
    file: Path = typer.Argument(Path("output/graph.ttl"), help="An RDF file written by kg build."),
) -> None:
    """Check an RDF graph against kg's SHACL shapes: exit 0 if it conforms, 4 if not.

    Example: kg validate output/graph.ttl
    """
    from kg.readwrite.rdf import read_rdf
    from kg.validate import validate_graph

    report = validate_graph(_run(lambda: read_rdf(file)))
    typer.echo(report.to_text())
    if not report.conforms:
        raise typer.Exit(EXIT_INVALID)


@app.command()
def serve(
    data: Path = typer.Option(Path("output/graph.ttl"), "--data", "-d", help="The RDF file to serve."),
    port: int = typer.Option(7878, "--port", "-p", help="TCP port."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: loopback only)."),
    timeout: float = typer.Option(30.0, "--timeout", "-t", min=0,
                                  help="Stop each query after this many seconds (0 = no limit)."),
    allow_service: bool = typer.Option(False, "--allow-service",
                                       help="Allow SERVICE (federated queries that contact other servers)."),
) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint (/query) with a query UI (Oxigraph), until Ctrl-C.

    kg's prefixes are predeclared, as in kg query. SIGTERM and SIGHUP stop it as Ctrl-C does.

    Example: kg serve --data output/graph.ttl --port 7878
    """
    import signal

    from kg.server import Endpoint, prepare_server_store

    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"kg: warning: {Warnings.W003.format(host=host)}", err=True)
    store = data.parent / ".kg-store"
    loading = functools.partial(typer.echo, f"kg: loading {data} into {store} (once per version of the file)",
                                err=True)
    location = _run(lambda: prepare_server_store(data, store, on_load=loading))
    endpoint = Endpoint(location, host=host, port=port, timeout=timeout, allow_service=allow_service,
                        label=str(data))
    for sig in (signal.SIGTERM, signal.SIGHUP):  # a supervisor's stop, a closed terminal: as Ctrl-C
        signal.signal(sig, signal.default_int_handler)
    try:
        _run(endpoint.start)
        typer.echo(f"SPARQL endpoint: {endpoint.url}  (query UI: {endpoint.url.removesuffix('query')})  "
                   "Ctrl-C stops")
        while (died := endpoint.died()) is None:
            time.sleep(0.5)
        _fail(Errors.E028.format(reason=died))
    except KeyboardInterrupt:
        typer.echo("stopping", err=True)
    finally:
        endpoint.stop()


def run() -> None:
    """Entry point of the ``kg`` console script."""
    app(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    run()
