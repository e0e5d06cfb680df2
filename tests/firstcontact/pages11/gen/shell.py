"""set 11 page shell: the chrome common to provincial Party / agency / newspaper portals, varied per page."""
from .common import esc, slug, hexid, alnum, css, js, menu, nlist, footer, counter, ga, pad, MENU, b64blob


def viewstate(rng, n=6000):
    return ('<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{b64blob(rng, n)}" /></div>'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{hexid(rng, 8).upper()}" />'
            f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{b64blob(rng, 400)}" /></div>')


def shell(rng, *, title, org, prefix, kb, top, crumbs, main, side, foot_org, addr, phone, items=None,
          form=False, lang="vi", charset_meta=True, head_extra="", body_cls="", table_layout=False, scripts=""):
    nav = menu(rng, cls=f"{prefix}-menu", items=items)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' if charset_meta else ""
    vs = viewstate(rng) if form else ""
    open_form = f'<form method="post" action="./{alnum(rng, 8)}.aspx" id="form1">{vs}' if form else ""
    close_form = "</form>" if form else ""
    if table_layout:
        layout = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="{prefix}-main">'
                  f'<tr><td colspan="2">{top}</td></tr><tr><td colspan="2" class="{prefix}-nav">{nav}</td></tr>'
                  f'<tr><td valign="top" width="700">{crumbs}{main}</td><td valign="top" width="300" class="{prefix}-right">{side}</td></tr>'
                  f'<tr><td colspan="2" class="{prefix}-footer">{footer(foot_org, addr, phone)}<ul class="counter">{counter(rng)}</ul></td></tr></table>')
    else:
        layout = (f'<div class="{prefix}-wrapper"><header class="{prefix}-header">{top}</header>'
                  f'<nav class="{prefix}-navbar">{nav}</nav><div class="{prefix}-container"><div class="{prefix}-content">{crumbs}{main}</div>'
                  f'<aside class="{prefix}-sidebar">{side}</aside></div>'
                  f'<footer class="{prefix}-footer">{footer(foot_org, addr, phone)}<ul class="counter">{counter(rng)}</ul></footer></div>')
    html = f"""<!DOCTYPE html>
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">
<head>{meta}<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/Content/{prefix}/style.css?v={rng.randint(100, 999)}" rel="stylesheet" type="text/css" />
{head_extra}<style>{css(rng, prefix, 50)}</style><!--PAD-->
<script src="/Scripts/jquery-1.{rng.randint(7, 12)}.{rng.randint(0, 3)}.min.js"></script>{ga(rng)}
</head>
<body class="{body_cls}">{open_form}
{layout}
{close_form}<script>{js(rng, 25, prefix)}</script>{scripts}
</body>
</html>
"""
    return pad(html, rng, kb, prefix)


def side_box(rng, head, titles, dates, fmt, cls="box-news", base=""):
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3>{nlist(rng, titles, base, dates, fmt=fmt, cls=cls + "-list", img=False)}</div>'
