#!/usr/bin/env python3
"""Serve one set 20 replica site (stdlib only).

    python3 serve.py <module> <port> [--day 2]     e.g.  python3 serve.py phalcon_ubkt_hasonbinh 8001 --day 2

--day 2 calls the module's set_day(2) before serving (the site as it is on Thursday 15/05/2025 09:40, Asia/Ho_Chi_Minh);
default day 1 (Wednesday 14/05/2025 09:40).  The modules have no clock: run the archiver's clock at those times.

<module> is a file of this directory (with or without '.py').  The site answers on 127.0.0.1:<port> through
wsgiref (single-threaded); every absolute link is built from the Host header, so browse http://127.0.0.1:<port>/.
No site keeps state between requests; no site needs POST; no answer is delayed (no sleep anywhere: a 504 is answered at once).
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
        if i + 1 >= len(argv) or argv[i + 1] not in ("1", "2"):
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
