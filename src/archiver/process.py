"""Whether an archiver process is alive on this machine (a crawl's run row names its pid)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["process_alive"]


def process_alive(pid: int) -> bool:
    """An archiver process with this pid runs on this machine now (this one included)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass   # alive, another user's
    try:
        return b"archiver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True   # no /proc: trust the signal
