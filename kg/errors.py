"""Coded error and warning messages (spaCy's ``Errors.E###`` pattern).

Each message says what happened, the likely cause and the fix, with the offending value.

Examples
--------
>>> Errors.E002.format(fmt="xml", options="jsonl, table")
"[E002] Unknown output format 'xml'. Choose one of: jsonl, table."
"""

from __future__ import annotations


class ErrorsWithCodes(type):
    """Prefix every message attribute with its code, e.g. ``[E001] ...``."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__") or not isinstance(msg, str):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    E001 = ("Can't read {path}: {reason}. Pass a UTF-8/GB18030/UTF-16/Big5 text or HTML file, or a folder of "
            "them.")
    E002 = "Unknown output format '{fmt}'. Choose one of: {options}."
    E003 = "No such file or folder: {path}. Check the path; a relative path starts from the folder kg runs in."
    E004 = "Bad SPARQL query: {message}."
    E005 = "No graph at {path}. Build one first: kg build [INPUT...] --output-dir {folder}"
    E006 = "Can't write to {path}: {reason}. Choose another --output-dir or fix its permissions."
    E007 = "Unknown RDF format '{fmt}'. Choose one of: {options}."
    E008 = ("No input files found in {path}. In folders kg reads .txt, .md, .html and .htm files (.docx and .pdf "
            "with kg[office]); name any other text file on its own.")
    E009 = "No gold files (NAME.gold.json beside NAME.txt) in {path}. docs/annotation.md describes the format."
    E010 = "Can't parse {path}: {reason}. Check that it is a valid {fmt} file."
    E011 = "{path} is a binary file, not text ({reason}). Convert it to text (UTF-8) or leave it out."
    E014 = "Reading {path} needs {package}: pip install 'kg[office]' (or pip install {package})."
    E015 = "The Dask executor needs dask.distributed: pip install 'kg[dask]'."
    E016 = "Unknown executor '{name}'. Choose one of: local, dask."
    E017 = "Bad --bind {item}: {reason}. Write it as NAME=VALUE, e.g. --bind head=天水市委巡察办."
    E012 = "The oxigraph server binary was not found. Install it with: pip install oxigraph"
    E013 = "The server did not start on {host}:{port}: {reason}. Try another --port."
    E018 = ("Refused query: it uses SERVICE, which would make kg send requests to other servers. kg queries the "
            "local graph; pass --allow-service if you mean to query remote endpoints.")
    E019 = ("Refused query: it is {what} (the limit is {limit}), more than the query engine can take safely. "
            "Split it into smaller queries.")
    E020 = ("The query is empty. Give a SPARQL SELECT or ASK query, a .rq file, or the name of a bundled query: "
            "{names}.")
    E021 = "Can't read the query file {path}: {reason}. Save it as UTF-8 text."
    E022 = ("The query ran longer than {seconds} s and was stopped. Narrow it (a LIMIT, more specific patterns), or "
            "pass --timeout with more seconds (0 = no limit).")
    E023 = ("The query process stopped unexpectedly ({reason}). The graph is unchanged; simplify the query, and "
            "report it if it is an ordinary one.")
    E024 = ("Another kg build (pid {pid}) is writing into {path}. Wait for it to finish, or choose another "
            "--output-dir.")
    E025 = ("No space left on the device while writing {path}. The previous outputs are untouched; free some "
            "space or choose another --output-dir.")
    E026 = ("Bad base IRI '{iri}': {reason}. Give an absolute IRI that ends in / or #, e.g. "
            "--base-iri https://example.org/id/ (or leave it out for kg's own).")
    E027 = "Port {port} on {host} is already in use{by}. Stop that server, or choose another --port."
    E028 = "The SPARQL server process stopped unexpectedly ({reason}). kg serve stops too; start it again."
    E029 = "No bundled query named '{name}'. Choose one of: {names}; or give a SPARQL query or a .rq file."
    E031 = ("{source}, line {line}: more than {width} tab-separated cells in '{row}'. Separate the columns with "
            "one tab each (see docs/extending.md).")
    E032 = "{source}: the verb {verb} has the unknown relation type '{value}'. Choose from: {options}."
    E033 = ("{source}, line {line}: unknown type '{value}' in the first column. Choose one of: {options} "
            "(see docs/extending.md).")
    E034 = "{source}, line {line}: no term in the second column. Write type, term, role and canonical, tab-separated."
    E035 = ("{source}, line {line}: a user lexicon's verb can't state {value} yet ({verb}): kg finds it by phrases "
            "built from kg/data/verbs.tsv, so add the verb there. A user verb may state: {options}.")
    E040 = ("No graph in {path}: kg diff compares two build folders (holding one of {files}) or two such files. "
            "Build one first: kg build [INPUT...] --output-dir {path}")
    E041 = "Can't diff {path}: kg diff reads graph files kg build writes ({options})."
    E042 = "Can't write the page {path}: {reason}. Choose another --html file, or a folder you can write to."


class Warnings(metaclass=ErrorsWithCodes):
    W001 = "{path} is empty; nothing to extract."
    W002 = "{path} skipped: {reason}"  # reason: the E001, E011 or E014 that kept it out
    W004 = ("{path}: {count} bytes that are not valid {encoding} (the first at byte {offset}) were replaced by "
            "U+FFFD; the rest reads as {encoding}.")
    W005 = ("{count} lone surrogate code point(s) in the text (the first at character {offset}) were replaced by "
            "U+FFFD. Decode bytes with errors='replace' rather than 'surrogateescape'.")
    W003 = ("Serving on {host}, which other machines may reach. The endpoint is read-only but anyone who can "
            "reach it can read the whole graph; use the default 127.0.0.1 unless you mean it.")


class KgError(Exception):
    """An error caused by the user's input or options; the CLI prints its message without a traceback."""
