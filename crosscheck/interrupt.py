"""Ctrl-C stops a run wherever it lands.

Python raises KeyboardInterrupt in whatever frame the main thread runs when the signal is
handled. When that frame is a finaliser (a ``__del__`` method, a weakref callback run by the
garbage collector), the interpreter prints "Exception ignored in ..." and carries on: the
interrupt is lost and the run ends as if nothing had happened. So the handler also records
that an interrupt came, and the run looks at that record at every step it reports (each
progress stage and advance) and once more before a report is written: an interrupt swallowed
anywhere still stops the run there.

The CLI installs the handler (``catching``); library callers who do not are unaffected:
``checkpoint`` then never raises.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

_hit = threading.Event()


def _handler(signum, frame) -> None:
    _hit.set()
    raise KeyboardInterrupt


@contextmanager
def catching():
    """Within the block, SIGINT raises KeyboardInterrupt and is remembered until the block
    ends (main thread only; elsewhere the block changes nothing)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _hit.clear()
    previous = signal.signal(signal.SIGINT, _handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        _hit.clear()


def interrupted() -> bool:
    return _hit.is_set()


def checkpoint() -> None:
    """Raise KeyboardInterrupt if an interrupt came, even one a finaliser swallowed."""
    if _hit.is_set():
        raise KeyboardInterrupt


def worker_ignores_interrupts() -> None:
    """For forked worker processes: Ctrl-C in a terminal signals the whole process group;
    the parent stops the workers, which must not each print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
