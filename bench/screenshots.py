"""``make screenshots``: headless Chromium screenshots of Datasette on the demo archive.

Needs Debian's ``chromium`` (the Makefile target installs it with apt-get when missing) and
``data/demo.db`` (created by ``make demo``; built here when absent). Writes
``docs/screenshots/articles.png`` and ``docs/screenshots/search.png``.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DB = ROOT / "data" / "demo.db"
OUT = ROOT / "docs" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1400,2600"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium not found: apt-get install chromium (make screenshots does)")


def main() -> int:
    browser = _chromium()
    if not DB.exists():
        subprocess.run([sys.executable, "-m", "archiver", "demo"], check=True)
    from archiver.serve import serve

    port = _free_port()
    proc = serve(DB, port=port)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/-/versions.json", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        OUT.mkdir(parents=True, exist_ok=True)
        pages = {
            "articles.png": f"{base}/demo/articles?_facet=category&_facet=author_unit",
            "search.png": f"{base}/demo/articles?_search=dang+uy+khoi",
        }
        for name, url in pages.items():
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}",
                                f"--screenshot={OUT / name}", url], check=True,
                               capture_output=True, timeout=120)
            print(f"wrote {OUT / name}  ({url})")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
