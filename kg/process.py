"""Child processes that never outlive kg: the query process, the SPARQL server, extraction workers.

On Linux a child asks the kernel for a signal when its parent dies (``prctl(PR_SET_PDEATHSIG)``), so even a
``kill -9`` of kg takes its children with it; elsewhere the children check their parent's pid instead where
they can. Children that kg stops itself run in their own process group (a Ctrl-C at the terminal goes to kg,
which stops them and reaps them).

Examples
--------
>>> import sys, subprocess
>>> child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"], **child_options())
>>> stop(child)
-15
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import Any

_PR_SET_PDEATHSIG = 1


def _load_prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return None


_PRCTL = _load_prctl()  # looked up here, not in a forked child (no dlopen between fork and exec)


def die_with_parent(sig: int = signal.SIGKILL, parent: int | None = None) -> None:
    """Ask for ``sig`` when the parent process dies (Linux); exit at once if it is gone already.

    ``parent`` is the pid the caller expects as its parent (the race: it died before the request was made).
    """
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _new_group_dying_with(parent: int) -> None:  # runs in the child between fork and exec
    os.setpgid(0, 0)
    die_with_parent(signal.SIGKILL, parent)


def child_options() -> dict[str, Any]:
    """``subprocess.Popen`` keyword arguments for a child in its own process group that dies with kg."""
    if os.name != "posix":  # pragma: no cover - Windows: a new process group is the nearest thing
        return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
    parent = os.getpid()
    return {"preexec_fn": lambda: _new_group_dying_with(parent)}


def stop(process: subprocess.Popen[Any], *, grace: float = 5.0) -> int:
    """Stop a child started with :func:`child_options` (and anything in its group), then reap it.

    SIGTERM to its process group, SIGKILL after ``grace`` seconds; returns its exit status.
    """
    if process.poll() is None:
        _signal_group(process, signal.SIGTERM)
        try:
            return process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            _signal_group(process, signal.SIGKILL)
    return process.wait()


def kill(process: subprocess.Popen[Any]) -> int:
    """Kill a child at once (SIGKILL to its group) and reap it; returns its exit status."""
    if process.poll() is None:
        _signal_group(process, signal.SIGKILL)
    return process.wait()


def _signal_group(process: subprocess.Popen[Any], sig: int) -> None:
    try:
        if os.name == "posix":
            os.killpg(process.pid, sig)
        else:  # pragma: no cover
            process.send_signal(sig)
    except (ProcessLookupError, PermissionError):
        process.send_signal(sig)  # not (or no longer) a group leader: the process alone


def exit_reason(code: int) -> str:
    """A child's exit status in words.

    >>> exit_reason(-11), exit_reason(3)
    ('killed by signal SIGSEGV', 'exit code 3')
    """
    if code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
