"""``kg serve``: a read-only SPARQL 1.1 endpoint with a query UI, the Oxigraph server behind kg's guard.

The Oxigraph server (``oxigraph serve-read-only``) listens on a private loopback port; kg listens on the port the
user asked for and passes each request on, after the checks of :func:`kg.sparql.check_query` (no SERVICE unless
``allow_service``, no query nested too deep for the engine) and with kg's prefixes predeclared, as in ``kg query``.
A query that runs past ``timeout`` seconds is cut off, and the server stops evaluating it (within a second: its
own time limit is the next whole second). The Oxigraph process is
in its own process group and dies with kg, however kg ends.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "g.nt").write_text('<urn:a> <http://www.w3.org/2004/02/skos/core#prefLabel> "甲"@zh .\\n')
>>> endpoint = Endpoint(prepare_server_store(folder / "g.nt", folder / ".kg-store"), port=free_port())
>>> endpoint.start()
>>> ask(endpoint.url, "SELECT ?l WHERE { ?s skos:prefLabel ?l }")["results"]["bindings"][0]["l"]["value"]
'甲'
>>> endpoint.stop()
"""

from __future__ import annotations

import errno
import hashlib
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

from kg.about import __version__
from kg.errors import Errors, KgError
from kg.process import child_options, exit_reason, stop
from kg.sparql import MAX_QUERY_CHARS, check_query, with_prefixes

INFO_PATH = "/kg"  # what a kg server says about itself (how a second kg serve names the data on a busy port)
BUFFER_BYTES = 1 << 20  # an answer up to this size is sent whole once complete (so a timeout is a clean 503)


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server binary (from the ``oxigraph`` PyPI package)."""
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if found is None:
        raise KgError(Errors.E012)
    return found


def prepare_server_store(data: str | Path, location: str | Path, *,
                         on_load: Callable[[], None] | None = None) -> Path:
    """The Oxigraph store directory ``location`` for the server, loaded from ``data`` unless it already holds this
    very file (its SHA-256 and format, stamped beside the store): a big graph loads once, not at every start.
    ``on_load`` is called before a load (to say that it takes a while)."""
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
                          capture_output=True, text=True, **child_options())
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
    with data.open("rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    return f"{data.suffix} {digest} oxigraph {_server_version()}\n"


def _server_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("oxigraph")
    except metadata.PackageNotFoundError:
        return "unknown"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def wait_until_ready(host: str, port: int, *, timeout: float = 20.0,
                     alive: Callable[[], bool] = lambda: True) -> bool:
    """Poll the query endpoint until it answers (True), or ``timeout`` passes or ``alive()`` turns false (False)."""
    deadline = time.monotonic() + timeout
    url = f"http://{_url_host(host)}:{port}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline and alive():
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return bool(response.status == 200)
        except OSError:
            time.sleep(0.1)
    return False


def ask(url: str, sparql: str, *, timeout: float = 30) -> Any:
    """POST a query to a SPARQL endpoint; its JSON results."""
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": sparql}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class Endpoint:
    """The Oxigraph server on the store at ``location``, behind kg's guard on ``host:port``.

    :meth:`start` checks the port first (:class:`KgError` E027 if it is taken, naming the data when another kg
    server has it), :meth:`died` says whether the Oxigraph process has ended, :meth:`stop` stops everything.
    """

    def __init__(self, location: str | Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                 allow_service: bool = False, label: str = "") -> None:
        self.location, self.host, self.port = Path(location), host, port
        self.timeout, self.allow_service, self.label = timeout, allow_service, label
        self.process: subprocess.Popen[bytes] | None = None
        self._proxy: _Proxy | None = None
        self._stderr: IO[bytes] | None = None

    @property
    def url(self) -> str:
        """The endpoint's query URL."""
        return f"http://{_url_host(self.host)}:{self.port}/query"

    def start(self) -> None:
        """Take the port, start the Oxigraph server, wait until it answers, then serve."""
        self._proxy = _bind(self)
        try:
            self._start_oxigraph()
        except BaseException:
            self.stop()
            raise
        self._proxy.serving = True
        threading.Thread(target=self._proxy.serve_forever, name="kg-serve", daemon=True).start()

    def _start_oxigraph(self) -> None:
        backend = free_port()
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - open while the server runs; stop() closes it
        limit = ["--timeout-s", str(math.floor(self.timeout) + 1)] if self.timeout > 0 else []
        self.process = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "--location", str(self.location), "--bind", f"127.0.0.1:{backend}",
             "--union-default-graph", *limit],
            stdout=subprocess.DEVNULL, stderr=self._stderr, **child_options())
        assert self._proxy is not None
        self._proxy.backend = backend
        if not wait_until_ready("127.0.0.1", backend, alive=lambda: self.died() is None):
            reason = self.died() or "no answer within 20 s"
            raise KgError(Errors.E013.format(host=self.host, port=self.port, reason=reason))

    def died(self) -> str | None:
        """Why the Oxigraph process ended (its exit status and last message), or None while it runs."""
        if self.process is None or self.process.poll() is None:
            return None
        return exit_reason(self.process.returncode) + self._last_words()

    def _last_words(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0, 2)
        self._stderr.seek(max(self._stderr.tell() - 2000, 0))
        lines = [line for line in self._stderr.read().decode("utf-8", "replace").splitlines() if line.strip()]
        return f": {lines[-1].strip()[:300]}" if lines else ""

    def stop(self) -> None:
        """Stop serving and stop (and reap) the Oxigraph process."""
        if self._proxy is not None:
            if self._proxy.serving:
                self._proxy.shutdown()
            self._proxy.server_close()
            self._proxy = None
        if self.process is not None:
            stop(self.process)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None


def _bind(endpoint: Endpoint) -> _Proxy:
    try:
        family = socket.getaddrinfo(endpoint.host, endpoint.port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror as err:
        raise KgError(Errors.E013.format(host=endpoint.host, port=endpoint.port, reason=err.strerror)) from err
    try:
        return _Proxy((endpoint.host, endpoint.port), endpoint, family)
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            raise KgError(Errors.E027.format(host=endpoint.host, port=endpoint.port,
                                             by=_holder(endpoint.host, endpoint.port))) from err
        raise KgError(Errors.E013.format(host=endpoint.host, port=endpoint.port, reason=err.strerror)) from err


def _holder(host: str, port: int) -> str:
    """Who holds a busy port, as the end of E027: another kg server and its data, or another program."""
    probe = "127.0.0.1" if host in ("0.0.0.0", "") else "::1" if host == "::" else host
    try:
        with urllib.request.urlopen(f"http://{_url_host(probe)}:{port}{INFO_PATH}", timeout=2) as response:
            info = json.load(response)
        return f" by another kg serve (pid {info['pid']}) serving {info['data']}"
    except (OSError, ValueError, KeyError, TypeError):
        return " by another program"


class _Proxy(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], endpoint: Endpoint, family: int) -> None:
        self.endpoint = endpoint
        self.backend = 0
        self.serving = False
        self.address_family = family
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Proxy
    sent = False  # whether the head of an answer went out
    server_version = f"kg/{__version__}"
    protocol_version = "HTTP/1.1"  # big answers go chunked: one cut short by the timeout can't pass for complete

    def log_message(self, format: str, *args: Any) -> None:
        pass  # kg serve prints nothing per request

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == INFO_PATH:
            endpoint = self.server.endpoint
            self._reply(200, json.dumps({"kg": __version__, "pid": os.getpid(), "data": endpoint.label}),
                        "application/json")
        elif path == "/query":
            self._query(urllib.parse.parse_qsl(query, keep_blank_values=True))
        else:
            self._forward("GET", self.path, None, {})

    def do_POST(self) -> None:
        if self.path.partition("?")[0] != "/query":
            self._reply(403, "This endpoint is read-only: queries go to /query.\n")
            return
        length = int(self.headers.get("Content-Length") or -1)
        if not 0 <= length <= 4 * MAX_QUERY_CHARS:
            self._reply(413 if length > 0 else 411, "Send the query with a Content-Length of at most 4 MB.\n")
            return
        body = self.rfile.read(length)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            params = [("query", body.decode("utf-8", "replace"))]
            params += urllib.parse.parse_qsl(self.path.partition("?")[2], keep_blank_values=True)
        else:
            params = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        self._query(params)

    def _query(self, params: list[tuple[str, str]]) -> None:
        queries = [v for k, v in params if k == "query"]
        if len(queries) != 1:
            self._reply(400, "Give one query parameter: /query?query=SELECT...\n")
            return
        try:
            check_query(queries[0], allow_service=self.server.endpoint.allow_service)
        except KgError as err:
            self._reply(400, f"{err}\n")
            return
        params = [(k, with_prefixes(v) if k == "query" else v) for k, v in params]
        body = urllib.parse.urlencode(params).encode("utf-8")
        self._forward("POST", "/query", body, {"Content-Type": "application/x-www-form-urlencoded"})

    def _forward(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> None:
        import http.client

        timeout = self.server.endpoint.timeout or None
        deadline = time.monotonic() + timeout if timeout else float("inf")
        accept = self.headers.get("Accept")
        headers = headers | ({"Accept": accept} if accept else {})
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.backend, timeout=timeout)
        self.sent = False
        try:
            upstream.request(method, path, body=body, headers=headers)
            self._relay(upstream, upstream.getresponse(), deadline)
        except TimeoutError:  # socket.timeout too; once the answer has begun, the connection is just cut
            if not self.sent:
                self._reply(503, f"The query ran longer than {timeout:g} s and was stopped (kg serve --timeout).\n")
        except (ConnectionError, http.client.HTTPException) as err:
            if not self.sent:
                self._reply(502, f"The SPARQL server did not answer: {err}\n")
        finally:
            upstream.close()  # a query still running there is cancelled with its connection

    def _relay(self, upstream: Any, answer: Any, deadline: float) -> None:
        """Pass the answer on: whole once complete if small, else streamed."""
        held, started = b"", False
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            upstream.sock.settimeout(min(remaining, 3600))
            chunk = answer.read1(65536)
            if not chunk:
                break
            if started:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                continue
            held += chunk
            if len(held) > BUFFER_BYTES:  # a big answer: streamed from here on (a timeout then cuts it short)
                self._head(answer, None)
                self.wfile.write(b"%x\r\n%s\r\n" % (len(held), held))
                started = True
        if started:
            self.wfile.write(b"0\r\n\r\n")
        else:
            self._head(answer, len(held))
            self.wfile.write(held)

    def _head(self, answer: Any, length: int | None) -> None:
        self.sent = True
        self.send_response(answer.status)
        for name in ("Content-Type", "Content-Disposition", "Cache-Control", "Location"):
            if answer.getheader(name):
                self.send_header(name, answer.getheader(name))
        if length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()

    def _reply(self, status: int, text: str, kind: str = "text/plain; charset=utf-8") -> None:
        data = text.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.close_connection = True
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client is gone
