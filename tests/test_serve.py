"""The SPARQL endpoint: a real Oxigraph server behind kg's guard on a free loopback port, read-only, stopped
afterwards; and the ``kg serve`` process, which takes the server with it however it ends."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.build import build
from kg.server import Endpoint, ask, free_port, prepare_server_store, wait_until_ready

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("served")
    build([], out)
    return out / "graph.ttl"


@pytest.fixture()
def endpoint(graph):
    served = Endpoint(prepare_server_store(graph, graph.parent / ".kg-store"), port=free_port(), timeout=2)
    served.start()
    yield served
    served.stop()


def _post(url: str, sparql: str) -> tuple[int, bytes]:
    try:
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": sparql}).encode(),
                                         headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_serve_select_over_http_with_kg_prefixes_update_refused(endpoint):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a org:Organization }"  # org: is predeclared, as in kg query
    rows = ask(endpoint.url, query)["results"]["bindings"]
    assert int(rows[0]["n"]["value"]) > 50
    url = endpoint.url + "?" + urllib.parse.urlencode({"query": query})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/csv"}), timeout=10) as response:
        assert response.read().split() == [b"n", rows[0]["n"]["value"].encode()]
    update = urllib.request.Request(endpoint.url.replace("/query", "/update"), method="POST",
                                    data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=10)
    assert refused.value.code in (403, 404, 405)


def test_serve_service_makes_no_connection(endpoint):
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        status, body = _post(endpoint.url, f"SELECT * {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
        assert status == 400 and b"[E018]" in body and b"--allow-service" in body
        with pytest.raises(TimeoutError):
            listener.accept()


def test_serve_refuses_deep_queries_and_keeps_serving(endpoint):
    for deep in ("SELECT * WHERE " + "{" * 2500 + "?s ?p ?o" + "}" * 2500,
                 "SELECT * WHERE " + "{ SELECT * WHERE " * 1000 + "{ ?s ?p ?o }" + "}" * 1000):
        status, body = _post(endpoint.url, deep)
        assert status == 400 and b"[E019] Refused query: it is nested" in body
    assert endpoint.died() is None
    assert ask(endpoint.url, "ASK { ?s ?p ?o }")["boolean"] is True


def test_serve_query_timeout_stops_the_query(endpoint):
    started = time.monotonic()
    status, body = _post(endpoint.url, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert status == 503 and b"longer than 2 s" in body and time.monotonic() - started < 6
    with pytest.raises(http_incomplete()):  # a big answer cut short is never taken for a whole one
        _post(endpoint.url, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    deadline = time.monotonic() + 15  # and the server stops working on both (the count within its own time limit)
    while _cpu_seconds(endpoint.process.pid, 0.5) > 0.1:
        assert time.monotonic() < deadline, "the server is still busy with abandoned queries"


def http_incomplete() -> type[Exception]:
    import http.client

    return http.client.IncompleteRead


def _cpu_seconds(pid: int, during: float) -> float:
    def used() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    before = used()
    time.sleep(during)
    return used() - before


def test_serve_store_loads_once_per_version_of_the_file(tmp_path):
    loads: list[str] = []
    data, location = tmp_path / "g.nt", tmp_path / ".kg-store"
    data.write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
    prepare_server_store(data, location, on_load=lambda: loads.append("b"))  # no store yet: loaded
    (location / "kept").write_text("the same store directory")
    prepare_server_store(data, location, on_load=lambda: loads.append("b again"))  # unchanged file: reused as is
    assert loads == ["b"] and (location / "kept").exists()
    data.write_text("<urn:a> <urn:p> <urn:c> .\n", encoding="utf-8")
    prepare_server_store(data, location, on_load=lambda: loads.append("c"))  # new content: loaded afresh
    assert loads == ["b", "c"] and not (location / "kept").exists()
    prepare_server_store(data, location, on_load=lambda: loads.append("c again"))
    assert loads == ["b", "c"]  # and that load is current in turn
    served = Endpoint(location, port=free_port())
    served.start()
    try:
        assert [b["o"]["value"] for b in ask(served.url, "SELECT ?o { ?s ?p ?o }")["results"]["bindings"]] == ["urn:c"]
    finally:
        served.stop()


# ``kg serve`` as a process: started for real, stopped by a signal


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _gone(pid: int, within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return True  # dead, waiting for init to reap it
        except (OSError, IndexError):
            return True
        time.sleep(0.05)
    return False


def _serve(graph: Path, *extra: str) -> tuple[subprocess.Popen[str], int, int]:
    """``kg serve`` on a free port: the process, the port and the pid of its Oxigraph server."""
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--data", str(graph), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.startswith(f"SPARQL endpoint: http://127.0.0.1:{port}/query"), proc.stderr.read()
    (server,) = _children(proc.pid)
    return proc, port, server


def _closed(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_serve_signal_stops_kg_serve_and_its_server(graph, sig):
    proc, port, server = _serve(graph)
    try:
        assert wait_until_ready("127.0.0.1", port, timeout=5)
        proc.send_signal(sig)
        assert proc.wait(timeout=15) == 0
        assert _gone(server) and _closed(port)
    finally:
        proc.kill()


def test_serve_killed_outright_takes_its_server_along(graph):
    proc, _, server = _serve(graph)
    proc.kill()
    proc.wait(timeout=10)
    assert _gone(server)


def test_serve_dead_server_is_reported_and_exits_non_zero(graph):
    proc, _, server = _serve(graph)
    try:
        os.kill(server, signal.SIGKILL)
        assert proc.wait(timeout=10) == 1
        assert proc.stderr.read().strip().splitlines()[-1].startswith(
            "kg: [E028] The SPARQL server process stopped unexpectedly (killed by signal SIGKILL")
    finally:
        proc.kill()


def test_serve_busy_port_says_by_whom(graph):
    proc, port, _ = _serve(graph)
    try:
        second = subprocess.run([sys.executable, "-m", "kg", "serve", "--data", str(graph), "--port", str(port)],
                                capture_output=True, text=True, timeout=30)
        assert second.returncode == 1 and second.stdout == ""
        assert second.stderr.strip().splitlines()[-1] == (
            f"kg: [E027] Port {port} on 127.0.0.1 is already in use by another kg serve (pid {proc.pid}) serving "
            f"{graph}. Stop that server, or choose another --port.")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    with socket.create_server(("127.0.0.1", 0)) as other:
        port = other.getsockname()[1]
        started = time.monotonic()
        third = subprocess.run([sys.executable, "-m", "kg", "serve", "--data", str(graph), "--port", str(port)],
                               capture_output=True, text=True, timeout=30)
        assert third.returncode == 1 and time.monotonic() - started < 10
        assert third.stderr.strip().splitlines()[-1] == (
            f"kg: [E027] Port {port} on 127.0.0.1 is already in use by another program. Stop that server, or "
            "choose another --port.")
