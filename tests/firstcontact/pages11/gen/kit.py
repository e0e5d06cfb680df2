"""set 11 small helpers shared by the page modules."""
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


def std(rng, A, *, prefix, kb, main, crumbs="", org, addr, phone, top=None, side=None, pub=None, **kw):
    """Everyday portal shell with a default header and sidebar."""
    from .common import heads3, past, dmy
    from .shell import shell, side_box
    top = top if top is not None else f'<div class="{prefix}-top"><img src="/images/banner.png" alt="{esc(org, True)}" /><span class="slogan">{esc(org)}</span></div>'
    if side is None:
        side = side_box(rng, "Tin xem nhiều", heads3(rng, 6, avoid=[A.title]), past(pub, rng, 6, 0, 9), dmy, "xemnhieu")
    return shell(rng, title=kw.pop("title", A.title), org=org, prefix=prefix, kb=kb, top=top, crumbs=crumbs, main=main,
                 side=side, foot_org=org, addr=addr, phone=phone, **kw)
