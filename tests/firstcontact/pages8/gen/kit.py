"""Set 8 small helpers shared by the page modules."""
from .common import esc, slug

CT = "text/html; charset=utf-8"


def mk(family, name, url, html, exp, traps, notes, readme, ct=CT, **kw):
    return dict(family=family, name=name, url=url, content_type=ct, html=html, expected=exp, traps=traps,
                notes=notes, readme=readme, **kw)


def rel(rng, titles, dates, fmt, href="/tin-tuc/{s}-{n}.html", cls="other-news", head=None, tag="ul"):
    items = "".join(
        f'<li><a href="{href.format(s=slug(t), n=rng.randint(1000, 99999))}">{esc(t)}</a>'
        + (f' <span class="date">{fmt(d)}</span>' if fmt else "") + "</li>" for t, d in zip(titles, dates))
    h = f'<div class="{cls}-title">{esc(head)}</div>' if head else ""
    return f'<div class="{cls}">{h}<{tag}>{items}</{tag}></div>'


def share(prefix="share"):
    return (f'<div class="{prefix}"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=">Chia sẻ</a> '
            f'<a class="zalo" href="#">Zalo</a> <a class="tw" href="#">Tweet</a> <a class="print" href="#">In bài</a> '
            f'<a class="mail" href="#">Gửi email</a></div>')
