#!/usr/bin/env python3
"""Serve one replica site for manual checks.

    python serve.py <module> <port>          e.g.  python serve.py nukeviet_nghetinh 8002

The module is loaded from this directory by file name (with or without ".py"); the site is served on
127.0.0.1:<port> with wsgiref.  Links are built from the Host header, so browse it as http://127.0.0.1:<port>/.
"""
import importlib.util
import os
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

HERE = os.path.dirname(os.path.abspath(__file__))


class QuietHandler(WSGIRequestHandler):
    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.command, fmt % args))


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    name = argv[1][:-3] if argv[1].endswith(".py") else argv[1]
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, os.path.basename(name) + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    port = int(argv[2])
    httpd = make_server("127.0.0.1", port, mod.app, handler_class=QuietHandler)
    print("Serving %s (%s) on http://127.0.0.1:%d/  start URLs: %s"
          % (name, mod.MANIFEST["family"], port, ", ".join(mod.MANIFEST["start_urls"])))
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
