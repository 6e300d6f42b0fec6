"""The SPARQL endpoint: a real Oxigraph server on a free loopback port, read-only, stopped afterwards."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.build import build
from kg.store import prepare_server_store, start_server, wait_until_ready

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    build([], tmp_path)
    location = prepare_server_store(tmp_path / "graph.ttl", tmp_path / ".kg-store")
    port = free_port()
    process = start_server(location, port=port)
    try:
        assert wait_until_ready("127.0.0.1", port)
        yield port, process
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_select_over_http_update_refused_and_stopped(server):
    port, process = server
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://www.w3.org/ns/org#Organization> }"
    request = urllib.request.Request(f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        rows = json.load(response)["results"]["bindings"]
    assert int(rows[0]["n"]["value"]) > 50
    update = urllib.request.Request(f"http://127.0.0.1:{port}/update", method="POST",
                                    data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=10)
    assert refused.value.code in (403, 404, 405)
    process.terminate()
    assert process.wait(timeout=10) is not None


def test_serve_cli_prints_url_and_ctrl_c_stops_the_server(tmp_path):
    import signal
    import subprocess
    import sys

    build([], tmp_path)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--data", str(tmp_path / "graph.ttl"),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith(f"SPARQL endpoint: http://127.0.0.1:{port}/query")
        assert wait_until_ready("127.0.0.1", port, timeout=5)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            pass  # nothing listens any more: the oxigraph child is gone too
    finally:
        if proc.poll() is None:
            proc.kill()


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
    port = free_port()
    process = start_server(location, port=port)
    try:
        assert wait_until_ready("127.0.0.1", port)
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": "SELECT ?o { ?s ?p ?o }"})
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert [b["o"]["value"] for b in json.load(response)["results"]["bindings"]] == ["urn:c"]
    finally:
        process.terminate()
        process.wait(timeout=10)
