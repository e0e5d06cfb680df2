"""Serve one offline replica site on 127.0.0.1 in the foreground, to browse it or to crawl it
with a sources file of your own (README, "Trying it on the replica by hand")."""

from __future__ import annotations

import argparse
import sys
import threading

from archiver.replica.families import FAMILIES, family_site
from archiver.replica.langson import langson_site
from archiver.replica.server import ReplicaServer
from archiver.replica.site import ReplicaSite


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m archiver.replica", description=__doc__)
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (0 = any free)")
    parser.add_argument("--site", choices=["langson", *FAMILIES], default="langson")
    parser.add_argument("--articles", type=int, default=None, help="number of articles")
    args = parser.parse_args(argv)
    site: ReplicaSite
    if args.site == "langson":
        site = langson_site(args.articles or 66)
    else:
        site = family_site(args.site, args.articles or 20)
    server = ReplicaServer(site, port=args.port).start()
    sys.stdout.write(f"{site.name} replica at {server.base_url}/  (Ctrl-C to stop)\n")
    for path in site.start_paths():
        sys.stdout.write(f"  {server.base_url}{path}\n")
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
