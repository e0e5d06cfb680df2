#!/usr/bin/env python3
"""Serve one set 21 replica site (stdlib only).

    python3 serve.py <module> <port> [--day N]     e.g.  python3 serve.py umbraco_btgdv_hanamninh 8001 --day 3

--day N (1..5, the module's DAYS) calls the module's set_day(N) before serving: the site as the daily timer's run of that
day finds it (the wall time of each day is the module's SUMMARY["clock"]); default day 1.  The modules have no clock: run
the archiver's clock at those times.  To crawl five days into one archive, serve day 1, crawl, stop, serve day 2 on the
SAME port, crawl, ... (a site's second host name is localhost:<the same port>, so the port must not change).

<module> is a file of this directory (with or without '.py').  The site answers on 127.0.0.1:<port> through wsgiref
(single-threaded); every absolute link is built from the Host header, so browse http://127.0.0.1:<port>/.  The same
server answers http://localhost:<port>/ (a client that tries ::1 first falls back to 127.0.0.1): set 21 B treats that
name as the site's NEW host (day 1: IIS's default page; day 2: the site; days 3-5 the old name 301s to it); A and C
serve the same site under it.  No site keeps state between requests; no site needs POST; no answer is delayed.
"""
import importlib.util
import os
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

HERE = os.path.dirname(os.path.abspath(__file__))


class Handler(WSGIRequestHandler):
    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.command, fmt % args))


def main(argv):
    day = 1
    if "--day" in argv:
        i = argv.index("--day")
        if i + 1 >= len(argv) or not argv[i + 1].isdigit():
            print(__doc__)
            return 2
        day = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if len(argv) != 3 or not argv[2].isdigit():
        print(__doc__)
        return 2
    name = os.path.basename(argv[1])
    name = name[:-3] if name.endswith(".py") else name
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.set_day(day)
    port = int(argv[2])
    httpd = make_server("127.0.0.1", port, module.app, handler_class=Handler)
    print("Serving %s (day %d) on http://127.0.0.1:%d/  (%s)\nstart URLs: %s" % (
        name, day, port, module.MANIFEST["family"], ", ".join(module.MANIFEST["start_urls"])), flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
