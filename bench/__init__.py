"""Benchmarks (not part of the library)."""

from __future__ import annotations

import resource
from pathlib import Path

__all__ = ["peak_rss_mb"]


def peak_rss_mb() -> float:
    """Peak resident memory of this process, MB.

    Linux keeps ``ru_maxrss`` across fork and exec: a crawler started by the benchmark
    process reported the benchmark's own peak (~100 MB after the extraction comparison)
    whenever its real peak was lower. ``VmHWM`` belongs to the process's current address
    space, so it starts afresh at exec; ``ru_maxrss`` is the fallback where /proc is absent.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
