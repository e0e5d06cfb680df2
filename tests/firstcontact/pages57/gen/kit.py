"""set 12/13/14/15 small helpers shared by the page modules: related lists, share bars, tickers, clocks, schedule boxes,
link boxes, polls, comments, JSON-LD, and the everyday portal shell with a default header and sidebar."""
from datetime import timedelta

from .common import esc, slug, dump, hexid, heads4, heads5, heads6, past, dmy, hm, wd

CT = "text/html; charset=utf-8"


def mk(family, name, url, html, exp, traps, notes, readme, ct=CT, **kw):
    return dict(family=family, name=name, url=url, content_type=ct, html=html, expected=exp, traps=traps,
                notes=notes, readme=readme, **kw)


def rel(rng, titles, dates, fmt, href="/tin-tuc/{s}-{n}.html", cls="other-news", head=None, tag="ul", htag="div"):
    items = "".join(
        f'<li><a href="{href.format(s=slug(t), n=rng.randint(1000, 99999))}">{esc(t)}</a>'
        + (f' <span class="date">{fmt(d)}</span>' if fmt else "") + "</li>" for t, d in zip(titles, dates))
    h = f'<{htag} class="{cls}-title">{esc(head)}</{htag}>' if head else ""
    return f'<div class="{cls}">{h}<{tag}>{items}</{tag}></div>'


def share(prefix="share", extra=""):
    return (f'<div class="{prefix}"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=">Chia sẻ</a> '
            f'<a class="zalo" href="#">Zalo</a> <a class="tw" href="#">Tweet</a> <a class="print" href="#">In bài</a> '
            f'<a class="mail" href="#">Gửi email</a>{extra}</div>')


def ticker(rng, titles, dates, fmt, label="Tin mới", cls="ticker"):
    items = "".join(f'<li><a href="/tin/{slug(t)}-{rng.randint(1000, 99999)}.html">{esc(t)}</a> <i>({fmt(d)})</i></li>'
                    for t, d in zip(titles, dates))
    return f'<div class="{cls}"><span class="{cls}-label">{esc(label)}</span><marquee scrollamount="3"><ul>{items}</ul></marquee></div>'


def clock(today, style="weekday", cls="today"):
    """Header 'today' clock (the crawl day, not the article day)."""
    if style == "weekday":
        txt = f"{wd(today)}, ngày {dmy(today)}"
    elif style == "hom_nay":
        txt = f"Hôm nay: {wd(today, lower=True)}, {dmy(today)}"
    else:
        txt = f"{dmy(today)} {hm(today)}"
    return f'<div class="{cls}">{esc(txt)}</div>'


def schedule(rng, start, head="Lịch công tác", cls="lich-ct"):
    """'Lịch công tác' box: upcoming meetings with dates and times (future decoys)."""
    jobs = ["Thường trực họp giao ban", "Làm việc với Ban Thường vụ Huyện ủy", "Dự hội nghị sơ kết công tác quý",
            "Tiếp công dân định kỳ", "Kiểm tra tiến độ công trình trọng điểm", "Dự lễ khai giảng lớp bồi dưỡng",
            "Họp Ban Chỉ đạo chuyển đổi số", "Đi cơ sở nắm tình hình"]
    rows = []
    for i in range(5):
        d = start.replace(hour=0, minute=0) + timedelta(days=i + 1, hours=rng.choice([7, 8, 14, 15]), minutes=rng.choice([0, 0, 30]))
        rows.append(f'<tr><td class="ngay">{wd(d)}<br />{dmy(d)}</td><td class="gio">{d.strftime("%Hh%M")}</td>'
                    f'<td>{esc(rng.choice(jobs))}</td></tr>')
    return f'<div class="{cls}"><h3>{esc(head)}</h3><table class="{cls}-tbl">{"".join(rows)}</table><a href="/lich-cong-tac">Xem tất cả</a></div>'


def links_box(names, head="Liên kết website", cls="lienket"):
    opts = "".join(f'<option value="https://{slug(n)[:18]}.gov.vn">{esc(n)}</option>' for n in names)
    return f'<div class="{cls}"><h3>{esc(head)}</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{opts}</select></div>'


def poll(q, answers, cls="poll"):
    opts = "".join(f'<li><label><input type="radio" name="poll" value="{i}" /> {esc(a)}</label></li>' for i, a in enumerate(answers))
    return f'<div class="{cls}"><h3>Thăm dò ý kiến</h3><p class="q">{esc(q)}</p><ul>{opts}</ul><button type="button">Biểu quyết</button> <a href="#">Xem kết quả</a></div>'


def comments(items, head="Ý kiến bạn đọc", cls="comments", form=True):
    """items: (name, stamp text, comment text)."""
    cs = "".join(f'<div class="{cls}-item"><div class="{cls}-head"><b>{esc(n)}</b> <span class="time">{esc(s)}</span></div>'
                 f'<div class="{cls}-text">{esc(t)}</div></div>' for n, s, t in items)
    f = (f'<div class="{cls}-form"><textarea placeholder="Nội dung ý kiến"></textarea><input placeholder="Họ tên" /> '
         f'<input placeholder="Email" /><button type="button">Gửi ý kiến</button></div>') if form else ""
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)} ({len(items)})</h3>{cs}{f}</div>'


def jsonld(obj):
    return f'<script type="application/ld+json">{dump(obj)}</script>'


def og(title, url, extra=None):
    tags = [("og:type", "article"), ("og:title", title), ("og:url", url)] + list((extra or {}).items())
    return "".join(f'<meta property="{k}" content="{esc(v, True)}" />' for k, v in tags)


def std(rng, A, *, prefix, kb, main, crumbs="", org, addr, phone, top=None, side=None, pub=None, **kw):
    """Everyday portal shell with a default header and sidebar."""
    from .shell import shell, side_box
    top = top if top is not None else f'<div class="{prefix}-top"><img src="/images/banner.png" alt="{esc(org, True)}" /><span class="slogan">{esc(org)}</span></div>'
    if side is None:
        side = side_box(rng, "Tin xem nhiều", heads6(rng, 6, avoid=[A.title]), past(pub, rng, 6, 0, 9), dmy, "xemnhieu")
    return shell(rng, title=kw.pop("title", A.title), org=org, prefix=prefix, kb=kb, top=top, crumbs=crumbs, main=main,
                 side=side, foot_org=org, addr=addr, phone=phone, **kw)
