"""Helper processes die with the process that started them, even when it is killed with SIGKILL.

A killed ``rasad ingest --workers N`` must not leave its workers, the multiprocessing forkserver or the resource
tracker running. On Linux each helper asks the kernel for SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``);
everywhere a daemon thread also checks twice a second that the ingest process is still alive and exits if not.
Workers descend from the forkserver, not from the ingest process, so the forkserver gets the same lifeline when it
imports this module (it is preloaded there); the resource tracker exits by itself once they are all gone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

ENV = "RASAD_INGEST_PID"
_PR_SET_PDEATHSIG = 1


def _parent_death_signal() -> None:
    """Linux: SIGKILL this process when its parent dies."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl: the watchdog still runs
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - exists, owned by someone else
        return True
    return True


def _watch(pid: int, every: float) -> None:
    while _alive(pid):
        time.sleep(every)
    os._exit(1)


def hold(pid: int, every: float = 0.5) -> None:
    """Tie this process's life to ``pid`` (the ingest process): exit when it is gone."""
    _parent_death_signal()
    if not _alive(pid):  # it died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch, args=(pid, every), name="rasad-lifeline", daemon=True).start()


def mark_ingest_process() -> None:
    """Called by the ingest process before it starts helpers: they find its pid in their environment."""
    os.environ[ENV] = str(os.getpid())


def _hold_if_helper() -> None:
    """In a helper started after :func:`mark_ingest_process` (the forkserver, when it preloads this module)."""
    pid = int(os.environ.get(ENV, "0") or 0)
    if pid and pid != os.getpid():
        hold(pid)


_hold_if_helper()
