"""``make screenshots``: headless Chromium screenshots of the analysts' pages on the demo
archive.

Needs Debian's ``chromium`` (the Makefile target installs it with apt-get when missing) and
``data/demo.db`` (made by ``make demo``; made here when absent). The bundled replica is
served on its demo port meanwhile, so the articles' images (which live on the site, not in
the archive) load as they would from the real site. Writes into ``docs/screenshots/``:

* ``articles.png`` — the articles table as it opens: search box, facets, concise rows;
* ``search.png`` — a search typed with accents (``Đảng ủy Khối``): total, highlights;
* ``search-unaccented.png`` — the same typed without accents (``dang uy khoi``);
* ``article.png`` — an article page: lead, images with captions, links, captures;
* ``capture.png`` — the archived copy under its banner;
* ``table.png`` — Datasette's own table view, opening on concise columns.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
DB = ROOT / "data" / "demo.db"
OUT = ROOT / "docs" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=vi-VN"]
REPLICA_PORT = 8765   # where the demo archive's image URLs point


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


def _pages(base: str) -> dict[str, tuple[str, str]]:
    """name -> (URL, window size) of every screenshot."""
    conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    article_id, capture_id = conn.execute(
        "select id, capture_id from articles where capture_id is not null "
        "order by json_array_length(images) desc, length(related) desc, published_at desc "
        "limit 1").fetchone()
    conn.close()
    db = DB.stem
    return {
        "articles.png": (f"{base}/{db}/articles", "1400,1000"),
        "search.png": (f"{base}/{db}/articles?_search={quote('Đảng ủy Khối')}", "1400,1000"),
        "search-unaccented.png": (f"{base}/{db}/articles?_search=dang+uy+khoi", "1400,1000"),
        "article.png": (f"{base}/{db}/articles/{article_id}", "1400,1500"),
        "capture.png": (f"{base}/-/capture/{db}/{capture_id}", "1400,1000"),
        "table.png": (f"{base}/{db}/articles?_view=table", "1400,1000"),
    }


def _wait(url: str) -> None:
    for _ in range(150):
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


def main() -> int:
    browser = _chromium()
    if not DB.exists():
        subprocess.run([sys.executable, "-m", "archiver", "demo"], check=True)
    from archiver.replica import ReplicaServer, langson_site
    from archiver.serve import serve

    replica: ReplicaServer | None = None
    try:
        replica = ReplicaServer(langson_site(66), port=REPLICA_PORT).start()
    except OSError:
        print(f"port {REPLICA_PORT} is taken: the articles' images will not load")
    port = _free_port()
    proc = serve(DB, port=port)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + "/-/versions.json")
        OUT.mkdir(parents=True, exist_ok=True)
        for name, (url, size) in _pages(base).items():
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run([browser, *FLAGS, f"--window-size={size}",
                                f"--user-data-dir={profile}", f"--screenshot={OUT / name}", url],
                               check=True, capture_output=True, timeout=120)
            print(f"wrote {OUT / name}  ({url})")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if replica is not None:
            replica.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
