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
    E031 = ("{source}, line {line}: more than {width} tab-separated cells in '{row}'. Separate the columns with "
            "one tab each (see docs/extending.md).")
    E032 = "{source}: the verb {verb} has the unknown relation type '{value}'. Choose from: {options}."
    E040 = ("No graph in {path}: kg diff compares two build folders (holding one of {files}) or two such files. "
            "Build one first: kg build [INPUT...] --output-dir {path}")
    E041 = "Can't diff {path}: kg diff reads graph files kg build writes ({options})."
    E042 = "Can't write the page {path}: {reason}. Choose another --html file, or a folder you can write to."


class Warnings(metaclass=ErrorsWithCodes):
    W001 = "{path} is empty; nothing to extract."
    W002 = "{path} skipped: {reason}"  # reason: the E001, E011 or E014 that kept it out
    W003 = ("Serving on {host}, which other machines may reach. The endpoint is read-only but anyone who can "
            "reach it can read the whole graph; use the default 127.0.0.1 unless you mean it.")


class KgError(Exception):
    """An error caused by the user's input or options; the CLI prints its message without a traceback."""
