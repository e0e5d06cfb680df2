"""Set 15 page factory (reused by sets 16-32; set 32 draws related titles from heads13, set 31 draws related titles from heads12, set 30 draws related titles from heads11, set 29 from heads10, set 28 from heads9, set 27 from heads8, set 26 from heads7) and small markup helpers shared by gen/p_01_pages.py and gen/p_02_more.py (as set 14's _page)."""
import random

from .common import T, dmy, esc, heads6, heads7, heads8, heads9, heads10, heads11, heads12, heads13, past, slug
from .kit import mk, std
from .shell import side_box


def page(seed, *, family, name, url, art, main_fn, exp, traps, notes, readme, kb, prefix, org, addr, phone,
         crumbs="", top=None, pub=None, title=None, side=None, shell_kw=None, **kw):
    rng = random.Random(seed)
    rl = heads13(rng, 6, avoid=[art.title])
    pub = pub or T("2024-07-15 08:00")
    rd = past(pub, rng, 6, 1, 25)
    main = main_fn(rng, rl, rd)
    if callable(top):
        top = top(rng, pub)
    if callable(side):
        side = side(rng, pub)
    if callable(crumbs):
        crumbs = crumbs(rng)
    shell_kw = dict(shell_kw or {})
    for k in ("left", "below"):
        if callable(shell_kw.get(k)):
            shell_kw[k] = shell_kw[k](rng, pub)
    html = std(rng, art, prefix=prefix, kb=kb, main=main, crumbs=crumbs, pub=pub, org=org, addr=addr, phone=phone,
               top=top, side=side, **({"title": title} if title else {}), **shell_kw)
    for k in list(traps):
        if callable(traps[k]):
            traps[k] = traps[k](rl)
    return mk(family, name, url, html, exp, traps, notes, readme, **kw)


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}"><figcaption>{esc(c)}</figcaption></figure>'


def tcap(s, c, n):
    return (f'<table class="image" align="center"><tbody><tr><td><img src="{s}" width="600"></td></tr>'
            f'<tr><td class="image_desc"><em>{esc(c)}</em></td></tr></tbody></table>')


def pcap(s, c, n):
    return (f'<p style="text-align:center"><img src="{s}" alt="" style="width:100%" /></p>'
            f'<p style="text-align:center"><em>{esc(c)}</em></p>')


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def side_std(rng, pub, head="Tin xem nhiều", fmt=dmy, cls="xemnhieu", n=6, extra=""):
    return side_box(rng, head, heads13(rng, n), past(pub, rng, n, 0, 12), fmt, cls) + extra


def vb_box(items, head="Văn bản mới", cls="vbmoi"):
    li = "".join(f'<li><a href="/van-ban/{slug(t)[:40]}.pdf">{esc(t)}</a></li>' for t in items)
    return f'<div class="{cls}"><h3>{esc(head)}</h3><ul>{li}</ul><a class="more" href="/van-ban">Xem tất cả văn bản</a></div>'


def crumb(items, cls="breadcrumb", sep=""):
    """items: (text, href) pairs."""
    return f'<ol class="{cls}">' + sep.join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in items) + "</ol>"
