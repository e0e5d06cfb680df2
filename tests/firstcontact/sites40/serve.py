#!/usr/bin/env python3
"""Serve one set 40 replica site (stdlib only).

    python3 serve.py <module> <port> [--day N]     e.g.  python3 serve.py webforms11_vptu_kinhbac 8001

Set 40 serves ONE day (the modules' DAYS = 1; --day 1 only, the default): the first crawl of Wed 17/01/2029 08:50.  <module> is a file
of this directory (with or without '.py').  The site answers on 127.0.0.1:<port> through wsgiref (single-threaded); every absolute link
is built from the Host header, so browse http://127.0.0.1:<port>/.  No site names a second host.  No site keeps state between requests but
its flaky page (which fails every other request, the first one included) and none needs its cookies.  All answer GET, HEAD and POST (the
ASP.NET 1.1 site's search button, NukeViet's sendmail pop-up, the MVC site's newsletter form, the JSF site's forms and command links).
Each site has ONE slow page that really waits (1 s).
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
