"""Set 15 page factory (reused by sets 16-34; set 34 draws related titles and most-read entries from heads14 and adds a second pool of other items at the end (SAPOS34, WRITERS34); set 33 adds the article-like blocks at the end: featured teasers, most-read boxes with dates and writers, previews of a second item; set 32 draws related titles from heads13, set 31 draws related titles from heads12, set 30 draws related titles from heads11, set 29 from heads10, set 28 from heads9, set 27 from heads8, set 26 from heads7) and small markup helpers shared by gen/p_01_pages.py and gen/p_02_more.py (as set 14's _page)."""
import random

from .common import T, dmy, esc, hexid, heads6, heads7, heads8, heads9, heads10, heads11, heads12, heads13, heads14, past, slug
from .kit import mk, std
from .shell import side_box


def page(seed, *, family, name, url, art, main_fn, exp, traps, notes, readme, kb, prefix, org, addr, phone,
         crumbs="", top=None, pub=None, title=None, side=None, shell_kw=None, **kw):
    rng = random.Random(seed)
    rl = heads14(rng, 6, avoid=[art.title])
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


# ------------------------------------------------------------------ set 33: article-like blocks of OTHER items (each with its own stamp and writer)
WRITERS33 = ["Ngọc Ánh", "Minh Khôi", "Thu Hương", "Đức Thắng", "Lan Phương", "Quốc Việt", "Hải Yến", "Trọng Nghĩa",
             "Bảo Ngọc", "Văn Tùng", "Mai Chi", "Gia Huy"]
SAPOS33 = [
    ("Tỉnh ủy ra mắt Trung tâm điều hành số phục vụ chỉ đạo, điều hành",
     "Trung tâm điều hành số của Tỉnh ủy chính thức đi vào hoạt động, kết nối dữ liệu từ 124 xã, phường, giúp Thường trực Tỉnh ủy theo dõi tiến độ thực hiện các nghị quyết theo thời gian thực."),
    ("Bế mạc lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 3",
     "Sau 10 ngày học tập, 86 học viên là cán bộ chủ chốt các xã, phường đã hoàn thành chương trình bồi dưỡng kiến thức quốc phòng và an ninh với 100% đạt yêu cầu, trong đó 41% đạt loại giỏi."),
    ("Trao 300 suất học bổng cho học sinh dân tộc thiểu số vượt khó",
     "Quỹ Khuyến học tỉnh phối hợp với các nhà tài trợ trao 300 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, đạt thành tích tốt trong học tập."),
    ("Hoàn thành giải phóng mặt bằng tuyến đường kết nối vùng trước thời hạn",
     "Nhờ làm tốt công tác dân vận, 412 hộ dân đã đồng thuận bàn giao mặt bằng, giúp dự án tuyến đường kết nối vùng hoàn thành giải phóng mặt bằng sớm hơn kế hoạch 45 ngày."),
    ("Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư kiểu mẫu",
     "Hàng trăm người dân khu dân cư số 3 đã tham gia Ngày hội Đại đoàn kết với các hoạt động văn hóa, thể thao, trao quà cho hộ khó khăn và biểu dương 15 gia đình văn hóa tiêu biểu."),
    ("Ra quân chiến dịch tình nguyện “Xuân tình nguyện” năm 2026",
     "Hơn 1.500 đoàn viên, thanh niên ra quân chiến dịch “Xuân tình nguyện”, tập trung chỉnh trang cảnh quan, thăm hỏi gia đình chính sách và hỗ trợ người dân sử dụng dịch vụ công trực tuyến."),
    ("Sơ kết mô hình “Chi bộ bốn tốt” ở khu dân cư",
     "Sau một năm triển khai, 96 chi bộ khu dân cư đăng ký mô hình “Chi bộ bốn tốt”; chất lượng sinh hoạt chi bộ được nâng lên rõ rệt, tỷ lệ đảng viên dự sinh hoạt đạt trên 95%."),
    ("Đối thoại với doanh nghiệp về thủ tục đất đai và đầu tư",
     "Lãnh đạo tỉnh đã trực tiếp trả lời 27 ý kiến, kiến nghị của doanh nghiệp liên quan đến thủ tục đất đai, cấp phép xây dựng và tiếp cận vốn, giao các sở, ngành giải quyết dứt điểm trong quý II."),
]


def other_items(rng, n, avoid=()):
    pool = [x for x in SAPOS33 if x[0] not in avoid]
    rng.shuffle(pool)
    return pool[:n]


def mostread(rng, pub, fmt, head="Đọc nhiều", cls="most-read", n=6, titles=None, writer_fmt="{w}", numbered=True, writers=None):
    """A 'most read' box: each entry a headline, a stamp in the page's own stamp shape and a writer."""
    ts = titles or heads14(rng, n)
    ds = past(pub, rng, len(ts), 0, 10)
    num = (lambda i: f'<span class="num">{i + 1}</span>') if numbered else (lambda i: "")
    li = "".join(f'<li>{num(i)}<a href="/tin-tuc/{slug(t)[:60]}-{rng.randint(10000, 99999)}.html">{esc(t)}</a>'
                 f'<div class="meta"><span class="date">{esc(fmt(d))}</span> <span class="author">{esc(writer_fmt.format(w=rng.choice(writers or WRITERS33)))}</span></div></li>'
                 for i, (t, d) in enumerate(zip(ts, ds)))
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ol class="{cls}-list">{li}</ol></div>'


def teaser(rng, title, sapo, d, fmt, writer, cls="featured", htag="h3", img=True, label=""):
    """Another item's teaser: headline, stamp, writer, sapo (a featured story, an embedded preview)."""
    href = f"/tin-tuc/{slug(title)[:60]}-{rng.randint(10000, 99999)}.html"
    pic = f'<a class="{cls}-thumb" href="{href}"><img src="/uploads/{hexid(rng, 12)}.jpg" alt="{esc(title, True)}" /></a>' if img else ""
    lab = f'<span class="{cls}-label">{esc(label)}</span>' if label else ""
    return (f'<div class="{cls}">{lab}{pic}<{htag} class="{cls}-title"><a href="{href}">{esc(title)}</a></{htag}>'
            f'<div class="{cls}-meta"><span class="{cls}-date">{esc(fmt(d))}</span> <span class="{cls}-author">{esc(writer)}</span></div>'
            f'<p class="{cls}-sapo">{esc(sapo)}</p></div>')


# ------------------------------------------------------------------ set 34: a second pool of other items (headline, sapo) for teasers, previews and cards, and writers for them
WRITERS34 = ["Thanh Huyền", "Đình Phúc", "Khánh Linh", "Hoàng Long", "Mỹ Duyên", "Trung Kiên", "Phương Thảo", "Việt Anh",
             "Hồng Nhung", "Quang Huy", "Thùy Dung", "Minh Đức"]
SAPOS34 = [
    ("Ban Thường vụ Tỉnh ủy giao ban công tác xây dựng Đảng",
     "Ban Thường vụ Tỉnh ủy đánh giá kết quả công tác xây dựng Đảng thời gian qua; yêu cầu các đảng bộ xã, phường tập trung kiện toàn tổ chức, nâng cao chất lượng sinh hoạt chi bộ."),
    ("Hơn 3.000 đoàn viên tham gia Ngày Chủ nhật xanh",
     "Ngày Chủ nhật xanh thu hút hơn 3.000 đoàn viên, thanh niên ra quân thu gom rác thải, trồng 12.000 cây xanh tại các tuyến đường liên xã."),
    ("Trao 150 suất quà cho người cao tuổi có hoàn cảnh khó khăn",
     "Hội Người cao tuổi tỉnh phối hợp với các nhà hảo tâm trao 150 suất quà, mỗi suất trị giá 800.000 đồng, cho người cao tuổi neo đơn."),
    ("Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
     "Lớp học có 96 học viên là đảng viên mới của các chi bộ trực thuộc; trong 10 ngày, học viên được nghiên cứu 7 chuyên đề về Đảng và nhiệm vụ của đảng viên."),
    ("Hoàn thành sáp nhập thôn, tổ dân phố trên địa bàn xã",
     "Sau sáp nhập, xã còn 28 thôn, tổ dân phố; các chi bộ được kiện toàn kịp thời, bảo đảm sinh hoạt đều đặn và không để gián đoạn công tác phục vụ Nhân dân."),
    ("Phát động đợt thi đua cao điểm trong công nhân, viên chức, lao động",
     "Các cấp công đoàn phát động đợt thi đua cao điểm, tập trung hoàn thành các công trình, phần việc chào mừng các ngày lễ lớn của đất nước và của tỉnh."),
    ("Đoàn công tác tỉnh bạn trao đổi kinh nghiệm xây dựng chính quyền số cấp xã",
     "Đoàn công tác gồm 25 đồng chí lãnh đạo các xã, phường đã tìm hiểu mô hình một cửa điện tử, hệ thống họp trực tuyến và ứng dụng phản ánh hiện trường."),
    ("Hội thảo về phát huy giá trị di sản văn hóa gắn với phát triển du lịch",
     "Hội thảo nhận 32 tham luận của các nhà khoa học, nhà quản lý, tập trung vào giải pháp bảo tồn di sản, phát triển sản phẩm du lịch cộng đồng và chuyển đổi số."),
]


def other34(rng, n, avoid=()):
    pool = [x for x in SAPOS34 if x[0] not in avoid]
    rng.shuffle(pool)
    return pool[:n]
