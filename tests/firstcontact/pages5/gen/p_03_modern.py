"""Modern stacks: Orchard Core newspaper (translated article), SvelteKit SSR newspaper ('Dòng sự kiện' timeline +
preloaded next article), Wix blog (year-less date), Sapo Web (Bizweb) shop blog."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, past, esc, slug, dump, hexid, alnum, expected, css, js,
                     menu, nlist, footer, counter, ga, cookie_banner, pad, heads2, epoch_ms)

PRESS_MENU = [
    ("Thời sự", ["Chính trị", "Xây dựng Đảng", "Quốc phòng - An ninh", "Tin trong tỉnh"]),
    ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Du lịch", "Doanh nghiệp", "Thị trường"]),
    ("Xã hội", ["Dân sinh", "Giáo dục", "Y tế", "Lao động - Việc làm", "Môi trường"]),
    ("Thế giới", ["Tin thế giới", "Kinh tế thế giới", "Hồ sơ - Tư liệu", "Người Việt bốn phương"]),
    ("Văn hóa", ["Văn học - Nghệ thuật", "Di sản", "Giải trí"]),
    ("Thể thao", ["Bóng đá", "Thể thao trong tỉnh", "Thể thao quốc tế"]),
    ("Pháp luật", ["An ninh trật tự", "Bạn đọc", "Tư vấn pháp luật"]),
    ("Multimedia", ["Video", "Ảnh", "E-magazine", "Podcast"]),
]
WORLD = ["Nhật Bản nâng mức lương tối thiểu lên cao kỷ lục", "Giá gạo châu Á tiếp tục tăng do nhu cầu nhập khẩu",
         "EU thông qua quy định mới về truy xuất nguồn gốc nông sản", "Thái Lan thúc đẩy xuất khẩu sầu riêng sang Trung Quốc",
         "Ấn Độ dự báo mùa mưa năm nay cao hơn trung bình", "Úc mở thêm chương trình thị thực lao động nông nghiệp",
         "Indonesia khởi công thủ đô mới giai đoạn hai", "Giá cà phê thế giới lập đỉnh mới trong 13 năm",
         "Philippines đối mặt nắng nóng kỷ lục, nhiều trường học tạm nghỉ", "Singapore thử nghiệm xe buýt tự lái trên tuyến công cộng",
         "Hàn Quốc khánh thành nhà máy điện gió ngoài khơi lớn nhất", "Liên hợp quốc cảnh báo nguy cơ thiếu lương thực tại châu Phi"]

# =====================================================================
A9 = Art(
    "Hàn Quốc mở rộng chương trình lao động thời vụ cho nông dân nước ngoài",
    "Chính phủ Hàn Quốc vừa quyết định nâng hạn ngạch lao động thời vụ trong lĩnh vực nông nghiệp năm 2024 lên hơn 50.000 người, đồng thời cho phép thêm nhiều địa phương ký kết trực tiếp với các tỉnh, thành của các nước phái cử, trong đó có Việt Nam.",
    [
        ("p", "Theo Bộ Tư pháp Hàn Quốc, hạn ngạch lao động thời vụ năm nay tăng khoảng 40% so với năm 2023, phản ánh tình trạng thiếu hụt nhân lực nghiêm trọng ở các vùng nông thôn, nơi dân số già hóa nhanh và lớp trẻ chuyển dần lên thành phố."),
        ("p", "Người lao động thời vụ được làm việc tối đa 8 tháng, chủ yếu trong các vụ trồng và thu hoạch rau, củ, quả. Điểm mới của chương trình là người lao động hoàn thành tốt hợp đồng có thể được mời quay lại làm việc ở năm tiếp theo mà không phải qua vòng tuyển chọn."),
        ("img", "/media/2024/05/lao-dong-thoi-vu-gangwon.jpg", "Lao động thời vụ nước ngoài thu hoạch cải thảo tại tỉnh Gangwon, Hàn Quốc. (Ảnh: The Asia Ledger)"),
        ("p", "Tuy nhiên, giới chuyên gia cũng lưu ý tình trạng lao động bỏ trốn, làm việc bất hợp pháp vẫn là thách thức lớn. Năm 2023, hàng trăm lao động thời vụ đã rời nơi làm việc trước khi hết hạn hợp đồng, khiến nhiều địa phương phải tạm dừng tiếp nhận."),
        ("p", "Để hạn chế tình trạng này, phía Hàn Quốc sẽ tăng cường kiểm tra điều kiện ăn ở, trả lương qua tài khoản ngân hàng và cho phép người lao động chuyển đổi nơi làm việc trong trường hợp chủ sử dụng vi phạm hợp đồng."),
        ("p", "Tại Việt Nam, nhiều địa phương đã ký thỏa thuận đưa lao động thời vụ sang Hàn Quốc. Các chuyên gia khuyến nghị người lao động tìm hiểu kỹ thông tin, chỉ tham gia qua kênh chính thức của chính quyền địa phương để tránh bị lừa đảo."),
    ])
EN_TITLE = "South Korea expands seasonal worker scheme as farm labour shortage bites"


def page9():
    rng = random.Random("orchard-qnđn-09")
    pub, upd = T("2024-05-22 08:30"), T("2024-05-22 14:05")
    host = "https://baoquangnamdanang.vn"
    url = f"{host}/the-gioi/kinh-te-the-gioi/han-quoc-mo-rong-chuong-trinh-lao-dong-thoi-vu-cho-nong-dan-nuoc-ngoai"
    ws = WORLD[:]
    rng.shuffle(ws)
    ds = past(pub, rng, 12, 0, 6)
    body = A9.render(img=lambda s, c, n: f'<figure class="figure"><img class="figure-img img-fluid" src="{s}?width=800&amp;rmode=max" alt="{esc(c, True)}" loading="lazy"><figcaption class="figure-caption">{esc(c)}</figcaption></figure>')
    token = "CfDJ8" + alnum(rng, 150)
    most = "".join(f'<li class="list-group-item"><span class="rank">{i + 1}</span> <a href="/the-gioi/{slug(t)}">{esc(t)}</a></li>' for i, t in enumerate(ws[6:12]))
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>{esc(A9.title)} | Báo Quảng Nam - Đà Nẵng</title>
<meta name="generator" content="Orchard" />
<meta name="description" content="{esc(A9.lead, True)}" />
<meta property="og:title" content="{esc(A9.title, True)}" /><meta property="og:type" content="article" /><meta property="og:locale" content="vi_VN" />
<meta property="article:published_time" content="2024-05-22T01:30:00Z" />
<meta property="article:modified_time" content="2024-05-22T07:05:00Z" />
<meta property="article:section" content="Thế giới" />
<link rel="canonical" href="{url}" />
<link type="text/css" rel="stylesheet" href="/OrchardCore.Resources/Styles/bootstrap.min.css?v=cLbn9pcGfFXR1vQ8Ga4B9Y1Ab7Hh" />
<link type="text/css" rel="stylesheet" href="/QNDN.Theme/css/site.min.css?v={alnum(rng, 28)}" />
<style>{css(rng, "oc", 240)}</style><!--PAD-->
</head>
<body dir="ltr" class="content-type-article">
<div class="topbar"><div class="container d-flex"><span class="topbar-date">Thứ Sáu, 24/05/2024</span><span class="topbar-weather">Đà Nẵng 29°C</span><a class="ml-auto" href="/bao-in">Báo in</a> <a href="/rss">RSS</a> <a href="/Login?returnUrl=%2F">Đăng nhập</a></div></div>
<header class="masthead"><div class="container"><a class="navbar-brand" href="/"><img src="/media/logo/logo-qndn.svg" alt="Báo Quảng Nam - Đà Nẵng" /></a><div class="masthead-ad"><img src="/media/qc/banner-728x90-{hexid(rng, 6)}.jpg" alt="Quảng cáo" /></div></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">{menu(rng, "", "navbar-nav mr-auto", "", items=PRESS_MENU)}<form class="form-inline" action="/search" method="get"><input class="form-control" name="q" type="search" placeholder="Tìm kiếm" /><input name="__RequestVerificationToken" type="hidden" value="{token}" /></form></div></nav>
<div class="breaking"><div class="container"><strong>Nóng:</strong> <a href="/xa-hoi/{slug(ws[0])}">{esc(ws[0])}</a></div></div>
<main class="container main"><div class="row"><div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/the-gioi">Thế giới</a></li><li class="breadcrumb-item active" aria-current="page"><a href="/the-gioi/kinh-te-the-gioi">Kinh tế thế giới</a></li></ol></nav>
<article class="content-item article" data-content-item-id="4{alnum(rng, 25).lower()}">
<header><h1 class="article-title">{esc(A9.title)}</h1>
<div class="article-meta"><span class="meta-published">Đăng lúc 8 giờ 30 phút, thứ Tư, 22/5/2024</span> <span class="meta-sep">·</span> <span class="meta-updated">Cập nhật lần cuối: 14 giờ 5 phút, 22/5/2024</span></div></header>
<div class="article-summary lead">{esc(A9.lead)}</div>
<div class="widget-container"><div class="widget widget-html-body-part">
{body}
<p style="text-align:right">Lược dịch: <strong>Minh Châu</strong></p>
<p style="text-align:right"><em>Theo The Asia Ledger</em></p>
</div></div>
<aside class="original-article card"><div class="card-body"><span class="badge badge-secondary">Bài gốc (tiếng Anh)</span> <a href="https://www.asialedger.com/economy/2024/05/19/south-korea-seasonal-worker-scheme" rel="nofollow noopener" target="_blank" hreflang="en">{esc(EN_TITLE)}</a> <small class="text-muted">The Asia Ledger, May 19, 2024</small></div></aside>
<div class="article-tags"><span>Từ khóa:</span> <a href="/tag/lao-dong-thoi-vu">lao động thời vụ</a> <a href="/tag/han-quoc">Hàn Quốc</a> <a href="/tag/xuat-khau-lao-dong">xuất khẩu lao động</a></div>
<div class="article-share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://zalo.me/share?u={url}">Zalo</a> <a href="javascript:window.print()">In bài</a></div>
</article>
<section class="related"><h3 class="section-title">Cùng chuyên mục</h3><div class="row">{"".join(f'<div class="col-md-6 related-item"><a href="/the-gioi/kinh-te-the-gioi/{slug(t)}"><img src="/media/2024/05/{hexid(rng, 10)}.jpg?width=360" alt="" loading="lazy" /><h4>{esc(t)}</h4></a><span class="time">{hm(d)} {dmy(d)}</span></div>' for t, d in zip(ws[:6], ds[:6]))}</div></section>
<section class="comments"><h3 class="section-title">Bình luận</h3><form action="/Comments/Post" method="post"><textarea name="Content" placeholder="Ý kiến của bạn"></textarea><input name="Name" placeholder="Họ tên" /><input name="Email" placeholder="Email" /><button type="submit" class="btn btn-primary">Gửi bình luận</button><input name="__RequestVerificationToken" type="hidden" value="{token}" /></form><p class="text-muted">Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này.</p></section>
</div><div class="col-lg-4 sidebar">
<div class="widget widget-most-read"><h3 class="section-title">Đọc nhiều</h3><ul class="list-group">{most}</ul></div>
<div class="widget widget-html"><h3 class="section-title">Tỷ giá</h3><table class="table table-sm"><tr><td>USD</td><td>25.255</td><td>25.455</td></tr><tr><td>KRW</td><td>16,21</td><td>19,25</td></tr><tr><td>JPY</td><td>158,07</td><td>167,63</td></tr></table><small>Nguồn: Vietcombank, 8:00 24/05/2024</small></div>
<div class="widget widget-html"><img src="/media/qc/sidebar-300x600-{hexid(rng, 6)}.jpg" alt="Quảng cáo" /></div>
</div></div></main>
<footer class="footer"><div class="container">{footer("Báo Quảng Nam - Đà Nẵng", "Số 2 Trần Phú, quận Hải Châu, TP Đà Nẵng", "0236.3822.185", "<p>Giấy phép số 341/GP-BTTTT. Tổng Biên tập: Nguyễn Văn Thành</p>")}</div></footer>
{cookie_banner("oc-cookie")}
<script src="/OrchardCore.Resources/Scripts/jquery.min.js?v=oQVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQ"></script>
<script src="/OrchardCore.Resources/Scripts/bootstrap.bundle.min.js?v=gKmjNEzvXE2Bcwv8wmmYvgB3w7bkjmWQ+jb1RjMOmM0"></script>
<script>{js(rng, 40, "oc")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 118, "oc-x")
    return dict(family="orchard_core", name="qndn-translated-luoc-dich-gio-phut-stamps-en-original", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A9, iso(pub), iso(upd), author="Minh Châu", category="Kinh tế thế giới"),
                traps={"bylines": ["Lược dịch: Minh Châu", "Theo The Asia Ledger"],
                       "original": [EN_TITLE, "The Asia Ledger, May 19, 2024", "Bài gốc (tiếng Anh)"],
                       "related": ws[:12],
                       "chrome": ["Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này.", "Nguồn: Vietcombank, 8:00 24/05/2024"],
                       "dates": ["Thứ Sáu, 24/05/2024"]},
                notes="Orchard Core CMS (ASP.NET Core) provincial newspaper, 'Kinh tế thế giới' section. Translated article: foot "
                      "'Lược dịch: Minh Châu' (the only named person → author = translator) and 'Theo The Asia Ledger' (source, not a "
                      "unit); an aside links the English original with its English title and 'May 19, 2024' (not body, not a "
                      "date of this page). Stamps in words: 'Đăng lúc 8 giờ 30 phút, thứ Tư, 22/5/2024' → 08:30 and 'Cập nhật "
                      "lần cuối: 14 giờ 5 phút, 22/5/2024' → updated 14:05 (og UTC times agree). Caption keeps its '(Ảnh: The "
                      "Asia Ledger)' credit; photographer null. Category = last crumb.",
                readme="Orchard Core newspaper; translated article with 'Lược dịch: X' + 'Theo <foreign outlet>' and an English-original aside, 'Đăng lúc 8 giờ 30 phút …' + 'Cập nhật lần cuối: 14 giờ 5 phút …' word stamps, caption credit")


# =====================================================================
A10 = Art(
    "A Lưới hoàn thành dựng lại 40 căn nhà cho các hộ mất nhà do lũ quét",
    "Sau gần một tháng khẩn trương thi công, 40 căn nhà kiên cố cho các hộ dân bị mất nhà do trận lũ quét đêm 25/4 ở xã Hồng Thủy, huyện A Lưới đã hoàn thành, kịp bàn giao trước mùa mưa bão.",
    [
        ("p", "Sáng 23/5, UBND huyện A Lưới tổ chức bàn giao 40 căn nhà cho các hộ dân thôn A Ka, A Ngo thuộc xã Hồng Thủy. Mỗi căn nhà có diện tích 45 m2, được xây dựng trên khu đất tái định cư an toàn cách khu dân cư cũ khoảng 2 km."),
        ("p", "Tổng kinh phí xây dựng hơn 4,8 tỷ đồng, từ nguồn Quỹ Cứu trợ của tỉnh, sự đóng góp của các doanh nghiệp, nhà hảo tâm và hàng nghìn ngày công của lực lượng quân đội, đoàn viên thanh niên."),
        ("img", "https://cdn.baobinhtrithien.vn/2024/05/23/ban-giao-nha-hong-thuy.jpg", "Lực lượng quân đội giúp người dân chuyển đồ đạc vào nhà mới tại khu tái định cư xã Hồng Thủy"),
        ("p", "Nhận chìa khóa nhà mới, bà Hồ Thị Blúp xúc động: “Lũ cuốn mất nhà, cả nhà tôi phải ở nhờ nhà văn hóa thôn. Giờ có nhà mới chắc chắn, mùa mưa tới không còn lo nữa”."),
        ("p", "Ông Lê Văn Hòa, Chủ tịch UBND huyện A Lưới cho biết, cùng với bàn giao nhà, huyện đang hoàn thiện hệ thống điện, nước sinh hoạt tại khu tái định cư, dự kiến hoàn thành trước ngày 30/6. Huyện cũng hỗ trợ mỗi hộ 5 triệu đồng mua sắm vật dụng thiết yếu và giống cây trồng để sớm ổn định sản xuất."),
        ("img", "https://cdn.baobinhtrithien.vn/2024/05/23/khu-tai-dinh-cu-flycam.jpg", "Khu tái định cư mới của 40 hộ dân xã Hồng Thủy nhìn từ trên cao"),
        ("p", "Trận lũ quét đêm 25/4 đã làm 3 người chết, 40 căn nhà bị cuốn trôi hoàn toàn, hơn 120 ha hoa màu bị vùi lấp. Tổng thiệt hại ước tính trên 35 tỷ đồng."),
    ])
NEXT10 = Art(
    "Hương Trà: Nông dân thu hoạch lúa đông xuân đạt năng suất cao",
    "Những ngày này, nông dân thị xã Hương Trà đang tất bật thu hoạch lúa vụ đông xuân 2023 - 2024 với năng suất bình quân ước đạt 68 tạ/ha, cao nhất từ trước đến nay.",
    [
        ("p", "Toàn thị xã gieo cấy hơn 3.600 ha lúa vụ đông xuân, trong đó diện tích sản xuất theo mô hình cánh đồng lớn chiếm gần 40%. Nhờ thời tiết thuận lợi, sâu bệnh ít, lúa sinh trưởng tốt."),
        ("p", "Để bảo đảm tiến độ, các hợp tác xã đã huy động hơn 80 máy gặt đập liên hợp, phấn đấu thu hoạch dứt điểm trước ngày 5/6."),
    ])
TIMELINE = [("22/05/2024 16:30", "Huyện A Lưới chuẩn bị bàn giao nhà tái định cư cho người dân"),
            ("10/05/2024 08:15", "Tỉnh hỗ trợ 2 tỷ đồng khắc phục hậu quả lũ quét tại A Lưới"),
            ("28/04/2024 19:40", "Lực lượng quân đội giúp dân A Lưới dọn dẹp sau lũ"),
            ("26/04/2024 07:10", "Lũ quét trong đêm ở A Lưới, 3 người chết")]


def page10():
    rng = random.Random("sveltekit-btt-10")
    pub = T("2024-05-23 10:05")
    host = "https://baobinhtrithien.vn"
    url = f"{host}/xa-hoi/dan-sinh/a-luoi-hoan-thanh-dung-lai-40-can-nha-cho-cac-ho-mat-nha-do-lu-quet-a{rng.randint(100000, 199999)}.html"
    hs = heads2(rng, 30)
    ds = past(pub, rng, 30, 0, 10)
    c = "svelte-" + alnum(rng, 7).lower()
    c2 = "svelte-" + alnum(rng, 7).lower()

    def render(art, byline, stamp, rel, first):
        body = art.render(p=lambda t: f'<p class="{c}">{esc(t)}</p>',
                          img=lambda s, cap, n: f'<figure class="fig {c}"><picture><source type="image/webp" srcset="{s}?w=480&amp;fm=webp 480w, {s}?w=960&amp;fm=webp 960w"><img src="{s}?w=960" alt="{esc(cap, True)}" loading="lazy" decoding="async" width="960" height="640" class="{c}"></picture><figcaption class="{c}">{esc(cap)}</figcaption></figure>')
        tl = ""
        if first:
            tl = (f'<aside class="event-stream {c2}"><div class="event-stream__head {c2}">Dòng sự kiện: <a href="/su-kien/khac-phuc-hau-qua-lu-quet-a-luoi" class="{c2}">Khắc phục hậu quả lũ quét tại A Lưới</a></div><ol class="{c2}">'
                  f'<li class="current {c2}"><span class="t {c2}">Đang xem</span> {esc(art.title)}</li>'
                  + "".join(f'<li class="{c2}"><span class="t {c2}">{d}</span> <a href="/xa-hoi/dan-sinh/{slug(t)}.html" class="{c2}">{esc(t)}</a></li>' for d, t in TIMELINE)
                  + f'</ol><a class="more {c2}" href="/su-kien/khac-phuc-hau-qua-lu-quet-a-luoi">Xem toàn bộ dòng sự kiện (12 bài)</a></aside>')
        tag = "h1" if first else "h2"
        return (f'<article class="article {c}" data-article-id="{rng.randint(100000, 199999)}"><div class="article__kicker {c}"><a href="/xa-hoi" class="{c}">Xã hội</a></div>'
                f'<{tag} class="article__title {c}">{esc(art.title)}</{tag}><div class="article__byline {c}">{byline}</div><div class="article__time {c}">{stamp}{rel}</div>'
                f'<div class="article__sapo {c}">{esc(art.lead)}</div>{tl}<div class="article__body {c}">{body}</div></article>')
    by1 = (f'Bài: <a href="/tac-gia/hoang-lan" class="author {c}" rel="author">Hoàng Lan</a> và <a href="/tac-gia/quoc-viet" class="author {c}" rel="author">Quốc Việt</a>'
           f' - Ảnh: <a href="/tac-gia/the-anh" class="author {c}">Thế Anh</a>')
    st1 = f'<time datetime="2024-05-23T10:05:00" class="{c}">{hm(pub)} | {dmy(pub)}</time>'
    a1 = render(A10, by1, st1, f' <span class="rel {c}">(cách đây 2 giờ)</span>', True)
    nxt = T("2024-05-23 09:20")
    a2 = render(NEXT10, f'<a href="/tac-gia/ngoc-minh" class="author {c}" rel="author">Ngọc Minh</a>', f'<time datetime="2024-05-23T09:20:00" class="{c}">{hm(nxt)} | {dmy(nxt)}</time>', f' <span class="rel {c}">(cách đây 3 giờ)</span>', False)
    kit = {"type": "data", "nodes": [{"type": "data", "data": {"menu": [m[0] for m in PRESS_MENU]}}, {"type": "data", "data": {
        "article": {"id": 148213, "title": A10.title, "sapo": A10.lead, "publishedAt": "2024-05-23T03:05:00.000Z", "createdAt": "2024-05-22T15:41:09.000Z",
                    "authors": [{"name": "Hoàng Lan", "slug": "hoang-lan"}, {"name": "Quốc Việt", "slug": "quoc-viet"}], "photographers": [{"name": "Thế Anh"}],
                    "category": {"name": "Dân sinh", "parent": "Xã hội"}, "event": {"name": "Khắc phục hậu quả lũ quét tại A Lưới", "count": 12},
                    "content": "".join(f"<p>{b[1]}</p>" for b in A10.blocks if b[0] == "p")},
        "next": {"id": 148190, "title": NEXT10.title, "publishedAt": "2024-05-23T02:20:00.000Z"}}}]}
    html = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<link rel="icon" href="/favicon.png" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/_app/immutable/assets/0.{hexid(rng, 8)}.css" rel="stylesheet">
<link href="/_app/immutable/assets/7.{hexid(rng, 8)}.css" rel="stylesheet">
<link rel="modulepreload" href="/_app/immutable/entry/start.{hexid(rng, 8)}.js">
<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.{hexid(rng, 8)}.js">
<link rel="modulepreload" href="/_app/immutable/entry/app.{hexid(rng, 8)}.js">
<link rel="modulepreload" href="/_app/immutable/nodes/7.{hexid(rng, 8)}.js">
<title>{esc(A10.title)} - Báo Bình Trị Thiên điện tử</title><!-- HEAD_svelte-{alnum(rng, 6).lower()}_START --><meta name="description" content="{esc(A10.lead, True)}"><meta property="og:title" content="{esc(A10.title, True)}"><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-23T03:05:00.000Z"><meta property="article:section" content="Dân sinh"><link rel="canonical" href="{url}"><!-- HEAD_svelte_END -->
<style>{css(rng, "sv", 240)}</style><!--PAD-->
</head>
<body data-sveltekit-preload-data="hover">
<div style="display: contents">
<header class="site-header {c}"><div class="topline {c}"><span class="{c}">Thứ Năm, 23/5/2024</span> <a href="/bao-in" class="{c}">Báo in</a> <a href="/podcast" class="{c}">Podcast</a> <a href="/dang-nhap" class="{c}">Đăng nhập</a></div>
<a href="/" class="logo {c}"><img src="/logo-btt.svg" alt="Báo Bình Trị Thiên" class="{c}"></a>
<nav class="{c}">{menu(rng, "", "mainnav " + c, "", items=PRESS_MENU)}</nav>
<div class="hot-tags {c}"><a href="/su-kien/khac-phuc-hau-qua-lu-quet-a-luoi" class="{c}">#Lũ quét A Lưới</a> <a href="/su-kien/ky-thi-tot-nghiep-thpt-2024" class="{c}">#Thi tốt nghiệp THPT 2024</a> <a href="/su-kien/festival-hue-2024" class="{c}">#Festival 2024</a></div></header>
<main class="{c}"><div class="layout {c}"><div class="main-col {c}">
<nav class="crumbs {c}" aria-label="breadcrumb"><a href="/" class="{c}">Trang chủ</a> / <a href="/xa-hoi" class="{c}">Xã hội</a> / <a href="/xa-hoi/dan-sinh" class="{c}">Dân sinh</a></nav>
{a1}
<div class="tags {c}"><a href="/tag/lu-quet" class="{c}">lũ quét</a> <a href="/tag/a-luoi" class="{c}">A Lưới</a> <a href="/tag/tai-dinh-cu" class="{c}">tái định cư</a></div>
<section class="same-cat {c}"><h3 class="{c}">Tin cùng chuyên mục</h3>{nlist(rng, hs[:6], "/xa-hoi/dan-sinh", ds[:6], lambda d: hm(d) + " | " + dmy(d), "list " + c)}</section>
<div class="next-article-label {c}">Bài tiếp theo</div>
{a2}
<div class="infinite-loader {c}" aria-busy="true">Đang tải bài tiếp theo…</div>
</div><aside class="side-col {c}"><section class="{c}"><h3 class="{c}">Mới nhất</h3>{nlist(rng, hs[6:16], "/tin-moi", ds[6:16], lambda d: hm(d), "list " + c, img=False)}</section><section class="{c}"><h3 class="{c}">Đọc nhiều</h3>{nlist(rng, hs[16:24], "/doc-nhieu", ds[16:24], None, "list " + c)}</section></aside></div></main>
<footer class="{c}">{footer("Báo Bình Trị Thiên", "Số 10 Hoàng Hoa Thám, TP Huế", "0234.3822.054", "<p>Giấy phép số 112/GP-BTTTT. Tổng Biên tập: Trần Hữu Phúc</p>")}</footer>
<script type="application/json" data-sveltekit-fetched data-url="/api/articles/148213/next">{dump({"status": 200, "statusText": "", "headers": {}, "body": dump(kit["nodes"][1]["data"]["next"])})}</script>
<script>{{__sveltekit_{alnum(rng, 6).lower()}={{base:new URL(".",location).pathname.slice(0,-1),env:{{"PUBLIC_API":"https://api.baobinhtrithien.vn"}}}};const element=document.currentScript.parentElement;const data={dump(kit["nodes"])};Promise.all([import("/_app/immutable/entry/start.js"),import("/_app/immutable/entry/app.js")]).then(([kit,app])=>{{kit.start(app,element,{{node_ids:[0,7],data,form:null,error:null}});}});}}</script>
</div>
<script>{js(rng, 30, "svx")}</script>{ga(rng)}
</body>
</html>"""
    html = pad(html, rng, 126, "sv-x")
    return dict(family="sveltekit_ssr", name="binhtrithien-dong-su-kien-relative-time-next-article", url=url,
                content_type="text/html", html=html,
                expected=expected(A10, iso(pub), author="Hoàng Lan, Quốc Việt", photographer="Thế Anh", category="Dân sinh"),
                traps={"timeline": [t for _, t in TIMELINE] + ["Dòng sự kiện:", "Xem toàn bộ dòng sự kiện (12 bài)"],
                       "next_article": [NEXT10.title, NEXT10.lead] + [b[1] for b in NEXT10.blocks],
                       "related": hs[:24], "chrome": ["Đang tải bài tiếp theo…", "#Thi tốt nghiệp THPT 2024"],
                       "dates": ["(cách đây 2 giờ)", "26/04/2024 07:10", "09:20 | 23/05/2024"]},
                notes="SvelteKit SSR newspaper (svelte-xxxx classes, data-sveltekit-* attributes, kit.start data island that repeats "
                      "the article). Header 'Bài: Hoàng Lan và Quốc Việt - Ảnh: Thế Anh' with author links to profile pages → "
                      "authors 'Hoàng Lan, Quốc Việt', photographer 'Thế Anh'. Stamp '10:05 | 23/05/2024' + '(cách đây 2 giờ)' "
                      "relative label; <time datetime> is naive but agrees; og time is the same instant in UTC. A 'Dòng sự kiện' "
                      "timeline box (earlier items of the same event, with dates) sits between the sapo and the text → not body. "
                      "A preloaded next article ('Bài tiếp theo') with identical classes (its title in an h2, own byline, time, "
                      "body) follows the same page → not part of this article. Kicker 'Xã hội', last crumb 'Dân sinh' = category. "
                      "content_type has no charset (the page's <meta charset> is the only declaration).",
                readme="SvelteKit SSR newspaper; 'Dòng sự kiện' timeline box between sapo and text, '10:05 | 23/05/2024 (cách đây 2 giờ)', author links 'A và B - Ảnh: C', preloaded next article with identical markup, kit data island")


# =====================================================================
A11 = Art(
    "Tuổi trẻ Yên Đổ ra quân làm đường hoa “Con đường thanh niên”",
    None,
    [
        ("p", "Hưởng ứng Tháng Thanh niên năm 2024, sáng Chủ nhật 12/5, Đoàn Thanh niên xã Yên Đổ phối hợp với Hội Phụ nữ và Hội Cựu chiến binh xã tổ chức ra quân trồng hoa, cải tạo cảnh quan tuyến đường liên thôn Khuôn Lân - Làng Mai."),
        ("p", "Hơn 120 đoàn viên, thanh niên cùng người dân hai thôn đã phát quang bụi rậm, san gạt lề đường và trồng mới gần 2.000 gốc hoa mười giờ, hoa cúc dọc tuyến đường dài 1,5 km. Kinh phí mua giống hoa, phân bón do các chi đoàn vận động từ con em quê hương đang làm ăn xa."),
        ("img", "https://static.wixstatic.com/media/9a4e21_3f0c8d2b1e7a4c55b1f2e0d9c8a7b6e5~mv2.jpg", "Đoàn viên thanh niên xã Yên Đổ trồng hoa dọc tuyến đường liên thôn Khuôn Lân - Làng Mai"),
        ("p", "Anh Hoàng Văn Duy, Bí thư Đoàn xã cho biết: “Sau khi trồng, mỗi chi đoàn sẽ nhận chăm sóc một đoạn đường, phấn đấu đến cuối năm 2024 toàn xã có 5 km đường hoa thanh niên”."),
        ("img", "https://static.wixstatic.com/media/9a4e21_7d1e5a9c0b2f4e83a6c1d7e4f2b9a0c3~mv2.jpg", "Các em thiếu nhi thôn Làng Mai cùng tham gia tưới hoa"),
        ("p", "Cũng trong Tháng Thanh niên, Đoàn xã còn tổ chức nhiều hoạt động như hiến máu tình nguyện, tập huấn kỹ năng chuyển đổi số cho đoàn viên, trao quà cho thiếu nhi có hoàn cảnh khó khăn."),
    ])


def page11():
    rng = random.Random("wix-yendo-11")
    pub, upd = T("2024-05-17 09:11"), T("2024-05-18 08:02")
    host = "https://doanxayendo.wixsite.com/tuoitreyendo"
    url = f"{host}/post/tuoi-tre-yen-do-ra-quan-lam-duong-hoa-con-duong-thanh-nien"
    recent = ["Đại hội Chi đoàn thôn Khuôn Lân nhiệm kỳ 2024 - 2027", "Tập huấn kỹ năng số cho đoàn viên thanh niên",
              "Ngày hội hiến máu “Giọt hồng Yên Đổ” lần thứ 3"]

    def cls():
        return " ".join(alnum(rng, 5) for _ in range(rng.randint(2, 4)))
    pieces = []
    for b in A11.blocks:
        if b[0] == "p":
            pieces.append(f'<p class="{cls()}" dir="auto"><span class="{cls()}" style="font-size:18px">{esc(b[1])}</span></p>')
        else:
            pieces.append(f'<div class="{cls()}" data-hook="rcv-block{len(pieces)}"><figure class="{cls()}" data-hook="figure-IMAGE"><div class="{cls()}"><wow-image class="{cls()}" data-image-info="{esc(dump({"containerId": alnum(rng, 8), "imageData": {"width": 1600, "height": 1067, "uri": b[1].split("/")[-1]}}), True)}"><img src="{b[1]}/v1/fill/w_740,h_493,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/anh.jpg" alt="" style="width:740px;height:493px;object-fit:cover" fetchpriority="high"></wow-image></div><figcaption class="{cls()}" data-hook="imageViewerCaption" dir="auto">{esc(b[2])}</figcaption></figure></div>')
    pieces.append(f'<p class="{cls()}" dir="auto" style="text-align:right"><em><span class="{cls()}">Hằng Nga - Đoàn xã Yên Đổ</span></em></p>')
    warm = {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": {"postPageSSR": {"post": {"id": hexid(rng, 24), "title": A11.title, "slug": "tuoi-tre-yen-do-ra-quan-lam-duong-hoa-con-duong-thanh-nien",
        "firstPublishedDate": "2024-05-17T02:11:33.000Z", "lastPublishedDate": "2024-05-18T01:02:00.000Z", "createdDate": "2024-05-16T14:55:02.000Z",
        "owner": {"name": "Đoàn TN xã Yên Đổ", "slug": "doantnyendo"}, "timeToRead": 2, "categoryIds": [hexid(rng, 24)],
        "richContent": {"nodes": [{"type": "PARAGRAPH", "id": alnum(rng, 5), "nodes": [{"type": "TEXT", "textData": {"text": b[1] if b[0] == "p" else b[2]}}]} for b in A11.blocks]}}}}},
        "siteAssets": {"pagesJson": {p: alnum(rng, 5) for p in ["home", "blog", "about", "contact", "gallery"]}, "modulesParams": {"tpaComps": [alnum(rng, 40) for _ in range(40)]}}}
    rp = "".join(f'<li class="{cls()}" data-hook="recent-post-list-item"><a href="{host}/post/{slug(t)}"><div class="{cls()}"><img src="https://static.wixstatic.com/media/9a4e21_{hexid(rng, 32)}~mv2.jpg/v1/fill/w_292,h_219/anh.jpg" alt="{esc(t, True)}"></div><p class="{cls()}" data-hook="post-title">{esc(t)}</p></a><div class="{cls()}" data-hook="post-footer"><span>{rng.randint(5, 80)} lượt xem</span><span>0 bình luận</span><span data-hook="like-button">{rng.randint(0, 12)}</span></div></li>' for t in recent)
    html = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://www.wix.com/favicon.ico" type="image/x-icon"/>
<script>var bi={{}};window.fedops={{}};window.viewerModel={dump({"site": {"metaSiteId": hexid(rng, 8) + "-" + hexid(rng, 4), "isPremiumDomain": False, "siteId": hexid(rng, 8), "externalBaseUrl": host}, "language": {"userLanguage": "vi", "siteLanguage": "vi"}, "requestUrl": url, "experiments": {"specs.thunderbolt.%s" % alnum(rng, 12): True for _ in range(60)}})};</script>
<title>Tuổi trẻ Yên Đổ ra quân làm đường hoa “Con đường thanh niên”</title>
<meta name="description" content="{esc(A11.blocks[0][1][:150], True)}"/>
<link rel="canonical" href="{url}"/>
<meta property="og:title" content="{esc(A11.title, True)}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="Tuổi trẻ Yên Đổ"/>
<meta property="article:author" content="Đoàn TN xã Yên Đổ"/>
<meta property="article:published_time" content="2024-05-17T02:11:33.000Z"/>
<meta property="article:modified_time" content="2024-05-18T01:02:00.000Z"/>
<script type="application/ld+json">{dump({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A11.title, "datePublished": "2024-05-17T02:11:33.000Z", "dateModified": "2024-05-18T01:02:00.000Z", "author": {"@type": "Person", "name": "Đoàn TN xã Yên Đổ"}, "publisher": {"@type": "Organization", "name": "Tuổi trẻ Yên Đổ"}})}</script>
<style>{css(rng, "wx", 260)}</style><!--PAD-->
</head>
<body>
<div id="WIX_ADS" class="{cls()}"><a href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" class="{cls()}"><span>Trang web này được thiết kế bằng công cụ tạo trang web Wix. Tạo trang web của bạn ngay hôm nay.</span> <span class="{cls()}">Bắt đầu</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP" class="{cls()}"></div>
<header id="SITE_HEADER" class="{cls()}"><div class="{cls()}"><div id="comp-{alnum(rng, 8).lower()}" class="{cls()}"><h2 class="font_2 wixui-rich-text__text" style="font-size:32px">Tuổi trẻ Yên Đổ</h2><p class="font_8">Đoàn TNCS Hồ Chí Minh xã Yên Đổ</p></div>
<nav id="comp-{alnum(rng, 8).lower()}" aria-label="Trang web" class="{cls()}"><ul class="{cls()}"><li><a href="{host}">Trang chủ</a></li><li><a href="{host}/gioi-thieu">Giới thiệu</a></li><li><a href="{host}/blog" aria-current="page">Tin tức</a></li><li><a href="{host}/thu-vien-anh">Thư viện ảnh</a></li><li><a href="{host}/lien-he">Liên hệ</a></li></ul></nav>
<div class="{cls()}" data-hook="login-button"><span>Đăng nhập</span></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="{cls()}"><section class="{cls()}">
<div data-hook="blog-desktop-header-container" class="{cls()}"><nav class="{cls()}" data-hook="category-menu"><a href="{host}/blog" data-hook="category-menu-item">Tất cả bài viết</a> <a href="{host}/blog/categories/tin-hoat-dong" data-hook="category-menu-item">Tin hoạt động</a> <a href="{host}/blog/categories/guong-sang" data-hook="category-menu-item">Gương sáng</a> <a href="{host}/blog/categories/thong-bao" data-hook="category-menu-item">Thông báo</a></nav><div class="{cls()}" data-hook="search-input"><input placeholder="Tìm kiếm" aria-label="Tìm kiếm"></div></div>
<article class="{cls()}" data-hook="post"><div class="{cls()}" data-hook="post-header">
<div class="{cls()}" data-hook="post-metadata"><div class="{cls()}" data-hook="avatar-image"><img src="https://static.wixstatic.com/media/9a4e21_avatar~mv2.png/v1/fill/w_32,h_32/avatar.png" alt="Ảnh của tác giả: Đoàn TN xã Yên Đổ"></div>
<span class="{cls()}" data-hook="user-name"><a href="{host}/profile/doantnyendo/profile">Đoàn TN xã Yên Đổ</a></span> <span class="{cls()}" data-hook="badge">Quản trị viên</span>
<ul class="{cls()}"><li data-hook="time-ago"><span title="17 thg 5">17 thg 5</span></li><li data-hook="time-to-read">2 phút đọc</li></ul>
<span class="{cls()}" data-hook="post-updated-date">Đã cập nhật: 18 thg 5</span></div>
<button class="{cls()}" aria-label="Thêm hành động" data-hook="more-button">···</button></div>
<div class="{cls()}" data-hook="post-title"><h1 class="{cls()}" data-hook="post-title"><span class="{cls()}">{esc(A11.title)}</span></h1></div>
<div class="{cls()}" data-hook="post-description"><div class="{cls()}" data-id="rich-content-viewer" dir="ltr">
{"".join(pieces)}
</div></div>
<div class="{cls()}" data-hook="post-footer"><div class="{cls()}"><div data-hook="share-buttons"><button aria-label="Chia sẻ qua Facebook">f</button><button aria-label="Chia sẻ qua X (Twitter)">x</button><button aria-label="Chia sẻ qua LinkedIn">in</button><button aria-label="Sao chép liên kết">⧉</button></div></div>
<div class="{cls()}" data-hook="post-categories"><a href="{host}/blog/categories/tin-hoat-dong" data-hook="category-label">Tin hoạt động</a></div>
<nav class="{cls()}" data-hook="post-tags"><ul><li><a href="{host}/blog/tags/tháng-thanh-niên">Tháng Thanh niên</a></li><li><a href="{host}/blog/tags/đường-hoa">đường hoa</a></li></ul></nav>
<div class="{cls()}" data-hook="post-main-actions"><span data-hook="views-counter">48 lượt xem</span><span data-hook="comments-counter">0 bình luận</span><button data-hook="like-button" aria-label="Bài đăng chưa được đánh dấu là đã thích">♡ 7</button></div></div>
</article>
<section class="{cls()}" data-hook="recent-posts"><div class="{cls()}"><h2 class="{cls()}">Bài đăng gần đây</h2><a href="{host}/blog" class="{cls()}">Xem tất cả</a></div><ul class="{cls()}">{rp}</ul></section>
<section class="{cls()}" data-hook="comments"><h2>Bình luận</h2><div data-hook="comment-box"><textarea placeholder="Viết bình luận..."></textarea></div><p>Chia sẻ suy nghĩ của bạn. Hãy là người đầu tiên viết bình luận.</p></section>
</section></div></div></main>
<footer id="SITE_FOOTER" class="{cls()}"><div class="{cls()}"><p>Đoàn TNCS Hồ Chí Minh xã Yên Đổ, huyện Phú Lương, tỉnh Bắc Thái</p><p>Email: doanxayendo@gmail.com · Fanpage: Tuổi trẻ Yên Đổ</p><p>© 2024 bởi Đoàn xã Yên Đổ. Được tạo bằng Wix.com</p></div></footer>
</div></div>
<script type="application/json" id="wix-warmup-data">{dump(warm)}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.{hexid(rng, 8)}.bundle.min.js" async></script>
</body>
</html>"""
    html = pad(html, rng, 236, "wx-x")
    return dict(family="wix_blog", name="yendo-doan-xa-thg-no-year-jsonld-z-updated", url=url,
                content_type="text/html;charset=utf-8", html=html,
                expected=expected(A11, iso(pub), iso(upd), author="Hằng Nga", unit="Đoàn xã Yên Đổ", category="Tin hoạt động", lead=None),
                traps={"bylines": ["Hằng Nga - Đoàn xã Yên Đổ", "Đoàn TN xã Yên Đổ", "Quản trị viên"],
                       "related": recent,
                       "chrome": ["Trang web này được thiết kế bằng công cụ tạo trang web Wix.", "2 phút đọc", "48 lượt xem",
                                  "Chia sẻ suy nghĩ của bạn. Hãy là người đầu tiên viết bình luận.", "Bài đăng gần đây"],
                       "dates": ["Đã cập nhật: 18 thg 5", "2024-05-16T14:55:02.000Z"]},
                notes="Wix blog post (free wixsite.com site, obfuscated classes, data-hook attributes, huge viewerModel/warmup JSON). "
                      "Visible date '17 thg 5' has no year (Wix drops the current year) and no time; og/JSON-LD "
                      "'2024-05-17T02:11:33.000Z' agrees (= 09:11 +07 on 17 May 2024) → published_at 2024-05-17T09:11+07:00. "
                      "'Đã cập nhật: 18 thg 5' + dateModified '2024-05-18T01:02:00.000Z' → updated_at 2024-05-18T08:02+07:00. "
                      "The writer shown in the metadata ('Đoàn TN xã Yên Đổ', badge 'Quản trị viên'; also og/JSON-LD author) is "
                      "the site account; the italic last line 'Hằng Nga - Đoàn xã Yên Đổ' → author 'Hằng Nga', unit 'Đoàn xã "
                      "Yên Đổ'. No sapo → lead null. Category = the post's category label 'Tin hoạt động' in the post footer "
                      "(the blog category menu at the top lists all categories). Wix free-site banner at the top.",
                readme="Wix blog post; year-less '17 thg 5' + UTC JSON-LD time, 'Đã cập nhật: 18 thg 5' + dateModified, site-account writer vs italic 'Name - Unit' last line, post-footer category label, Wix ad banner, obfuscated classes")


# =====================================================================
A12 = Art(
    "HTX Bưởi Năm Roi Mỹ Hòa đón đoàn doanh nghiệp Hà Lan khảo sát vùng trồng đạt chuẩn GlobalGAP",
    None,
    [
        ("p", "Ngày 16/5, Hợp tác xã Bưởi Năm Roi Mỹ Hòa (huyện Bình Minh, tỉnh Cửu Long) đã đón tiếp đoàn công tác của Công ty Fresh Fruit Import B.V. (Hà Lan) đến khảo sát vùng trồng và quy trình sơ chế, đóng gói bưởi phục vụ xuất khẩu."),
        ("p", "Đoàn đã tham quan vườn bưởi của các thành viên HTX tại ấp Mỹ Thuận, nơi có 85 ha bưởi Năm Roi được chứng nhận GlobalGAP từ năm 2021. Đại diện doanh nghiệp đánh giá cao việc ghi chép nhật ký sản xuất, truy xuất nguồn gốc bằng mã QR tới từng lô hàng."),
        ("img", "//bizweb.dktcdn.net/100/481/226/files/doan-ha-lan-tham-vuon-buoi.jpg?v=1716012345678", "Đại diện doanh nghiệp Hà Lan tham quan vườn bưởi đạt chuẩn GlobalGAP của thành viên HTX"),
        ("p", "Theo ông Trần Văn Bé Tư, Giám đốc HTX, nếu hai bên thống nhất các điều kiện, từ vụ thu hoạch tháng 8 tới, HTX có thể xuất khẩu thử nghiệm 3 container bưởi sang thị trường châu Âu, với giá thu mua cao hơn thị trường nội địa khoảng 15 - 20%."),
        ("img", "//bizweb.dktcdn.net/100/481/226/files/dong-goi-buoi-xuong-so-che.jpg?v=1716012398765", "Công nhân HTX phân loại, đóng gói bưởi tại xưởng sơ chế"),
        ("p", "Hiện HTX có 62 thành viên với tổng diện tích 210 ha, sản lượng bình quân 4.000 tấn quả mỗi năm. Sản phẩm bưởi Năm Roi Mỹ Hòa đã đạt chứng nhận OCOP 4 sao và được tiêu thụ ổn định tại các hệ thống siêu thị lớn trong nước."),
    ])
SAPO_MENU = [
    ("Giới thiệu", ["Về Hợp tác xã", "Vùng trồng", "Chứng nhận"]),
    ("Sản phẩm", ["Bưởi Năm Roi", "Bưởi da xanh", "Mứt vỏ bưởi", "Tinh dầu bưởi", "Quà tặng"]),
    ("Tin tức", ["Hoạt động HTX", "Kỹ thuật canh tác", "Thị trường"]),
    ("Liên hệ", ["Hệ thống đại lý", "Tuyển dụng"]),
]


def page12():
    rng = random.Random("sapo-cuulong-12")
    pub = T("2024-05-18")
    host = "https://buoinamroimyhoa.vn"
    url = f"{host}/htx-buoi-nam-roi-my-hoa-don-doan-doanh-nghiep-ha-lan-khao-sat-vung-trong"
    others = ["Kỹ thuật bao trái bưởi hạn chế sâu bệnh", "HTX tham gia Hội chợ OCOP khu vực Đồng bằng sông Cửu Long",
              "Bưởi Năm Roi Mỹ Hòa lên kệ siêu thị tại TP Hồ Chí Minh", "Tập huấn ghi chép nhật ký sản xuất theo GlobalGAP",
              "Mùa bưởi trĩu quả ở Bình Minh", "Xuất khẩu lô bưởi đầu tiên sang Hàn Quốc"]
    odates = ["10/05/2024", "28/04/2024", "15/04/2024", "02/04/2024", "20/03/2024", "05/03/2024"]
    body = A12.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                      img=lambda s, c, n: f'<p style="text-align: center;"><img data-thumb="original" original-height="800" original-width="1200" src="{s}" style="width: 100%;" /><br /><em>{esc(c)}</em></p>')
    prods = "".join(f'<div class="product-mini-item clearfix"><a class="product-img" href="/{slug(n)}"><img src="//bizweb.dktcdn.net/thumb/small/100/481/226/products/{hexid(rng, 10)}.jpg" alt="{esc(n, True)}"></a><div class="product-info"><h3><a href="/{slug(n)}">{esc(n)}</a></h3><div class="price-box"><span class="price">{p}</span>{f" <span class=compare-price>{o}</span>" if o else ""}</div></div></div>' for n, p, o in [
        ("Bưởi Năm Roi loại 1 (hộp 4 trái)", "189.000₫", "220.000₫"), ("Bưởi Năm Roi loại 2 (kg)", "35.000₫", ""), ("Mứt vỏ bưởi 200g", "65.000₫", ""),
        ("Tinh dầu bưởi nguyên chất 50ml", "120.000₫", "150.000₫"), ("Hộp quà Bưởi Năm Roi OCOP 4 sao", "350.000₫", "")])
    cmts = "".join(f'<div class="comment-item"><div class="comment-author"><strong>{n}</strong> <span class="comment-date">{d}</span></div><p>{esc(c)}</p></div>' for n, d, c in [
        ("Lê Thị Ngọc Hân", "19/05/2024", "Chúc HTX sớm xuất khẩu được sang châu Âu. Bưởi ở đây ngon thật sự!"),
        ("Phan Minh Quang", "20/05/2024", "Cho hỏi HTX có nhận giao bưởi ra Hà Nội không ạ?")])
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="theme-color" content="#2f8f3a" />
<link rel="canonical" href="{url}"/>
<meta name='revisit-after' content='2 days' />
<meta name="robots" content="noodp,index,follow" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="description" content="{esc(A12.blocks[0][1][:160], True)}">
<title>HTX Bưởi Năm Roi Mỹ Hòa đón đoàn doanh nghiệp Hà Lan khảo sát vùng trồng đạt chuẩn GlobalGAP | Bưởi Năm Roi Mỹ Hòa</title>
<meta name="keywords" content="bưởi năm roi, GlobalGAP, xuất khẩu, Bưởi Năm Roi Mỹ Hòa"/>
<meta property="og:type" content="article"><meta property="og:title" content="{esc(A12.title, True)}"><meta property="og:url" content="{url}"><meta property="og:site_name" content="Bưởi Năm Roi Mỹ Hòa">
<link rel="icon" href="//bizweb.dktcdn.net/100/481/226/themes/905412/assets/favicon.png?1716000000000" type="image/x-icon" />
<link href="//bizweb.dktcdn.net/100/481/226/themes/905412/assets/bootstrap.scss.css?1716000000000" rel="stylesheet" type="text/css" />
<link href="//bizweb.dktcdn.net/100/481/226/themes/905412/assets/base.scss.css?1716000000000" rel="stylesheet" type="text/css" />
<style>{css(rng, "bw", 260)}</style><!--PAD-->
<script>var Bizweb = Bizweb || {{}};Bizweb.store = 'buoinamroimyhoa.mysapo.net';Bizweb.id = 481226;Bizweb.theme = {{"id":905412,"name":"Dola Organic","role":"main"}};Bizweb.template = 'article';if(!Bizweb.fbEventId) Bizweb.fbEventId = '{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}';</script>
<script>(function(){{function asyncLoad(){{var urls=["https://google-shopping.sapoapps.vn/conversion-tracker/global-tag/4815.js?store=buoinamroimyhoa.mysapo.net","https://google-shopping.sapoapps.vn/conversion-tracker/event-tag/4815.js?store=buoinamroimyhoa.mysapo.net","//productreviews.sapoapps.vn/assets/js/productreviews.min.js?store=buoinamroimyhoa.mysapo.net"];for(var i=0;i<urls.length;i++){{var s=document.createElement('script');s.type='text/javascript';s.async=true;s.src=urls[i];var x=document.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);}}}};window.attachEvent?window.attachEvent('onload',asyncLoad):window.addEventListener('load',asyncLoad,false);}})();</script>
</head>
<body>
<div class="topbar-promo">Miễn phí vận chuyển cho đơn hàng từ 500.000₫ · Giao nhanh 2h nội thành Cửu Long</div>
<header class="header"><div class="container"><div class="row"><div class="col-lg-3 header-logo"><a href="/" class="logo-wrapper"><img src="//bizweb.dktcdn.net/100/481/226/themes/905412/assets/logo.png?1716000000000" alt="Bưởi Năm Roi Mỹ Hòa"></a></div>
<div class="col-lg-6 header-search"><form action="/search" method="get"><input type="text" name="query" placeholder="Tìm sản phẩm..." class="form-control"><button class="btn" type="submit">Tìm</button></form></div>
<div class="col-lg-3 header-control"><a href="tel:0909123456" class="hotline">Hotline: 0909 123 456</a> <a href="/account/login">Đăng nhập</a> <a href="/cart" class="mini-cart">Giỏ hàng (<span class="count_item_pr">0</span>)</a></div></div></div>
<nav class="header-nav"><div class="container">{menu(rng, "", "item_big", "", items=SAPO_MENU)}</div></nav></header>
<section class="bread-crumb"><div class="container"><ul class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li class="home" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><span class="mr_lr">&nbsp;/&nbsp;</span><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc"><span itemprop="name">Tin tức</span></a><span class="mr_lr">&nbsp;/&nbsp;</span><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><strong itemprop="name">{esc(A12.title)}</strong><meta itemprop="position" content="3" /></li></ul></div></section>
<section class="blogpage clearfix"><div class="container article-wraper"><div class="row">
<section class="right-content col-lg-9 col-12"><article class="article-main" itemscope itemtype="https://schema.org/Article">
<meta itemprop="mainEntityOfPage" content="{url}"><meta itemprop="datePublished" content="2024-05-18"><meta itemprop="dateModified" content="2024-05-18">
<div class="row"><div class="col-lg-12 col-12">
<h1 class="title-head">{esc(A12.title)}</h1>
<div class="postby"><span>Người viết: <b>Nguyễn Văn Hậu</b></span> <span class="post-time">Ngày đăng: {dmy(pub)}</span></div>
<div class="article-details"><div class="article-content"><div class="rte">
{body}
</div></div></div>
<div class="tag-share"><div class="tags"><span>Tags:</span> <a href="/blogs/all/tagged/globalgap">GlobalGAP</a>, <a href="/blogs/all/tagged/xuat-khau">xuất khẩu</a></div><div class="social-sharing"><a href="https://www.facebook.com/sharer.php?u={url}">Chia sẻ Facebook</a> <a href="https://zalo.me/share?u={url}">Zalo</a></div></div>
<div class="blog_related"><h2>Bài viết liên quan</h2><ul>{"".join(f'<li><a href="/{slug(t)}">{esc(t)}</a> <span>{d}</span></li>' for t, d in zip(others, odates))}</ul></div>
<div class="article-comments"><h5 class="title-form-coment">Bình luận (2)</h5>{cmts}</div>
<form method="post" action="/posts/{slug(A12.title)}/comments" id="article_comments" accept-charset="UTF-8"><input name="FormType" type="hidden" value="article_comments"/><input name="utf8" type="hidden" value="true"/><div class="form-coment"><h5 class="title-form-coment">Viết bình luận của bạn</h5><input placeholder="Họ và tên" type="text" name="Author"><input placeholder="Email" type="email" name="Email"><textarea placeholder="Nội dung" name="Body" rows="6"></textarea><button type="submit" class="btn btn-primary">Gửi thông tin</button></div></form>
</div></div></article></section>
<aside class="dqdt-sidebar sidebar left left-content col-lg-3 col-12">
<div class="aside-item aside-mini-list-product"><div class="aside-title"><h2 class="title-head"><span>Sản phẩm nổi bật</span></h2></div>{prods}</div>
<div class="aside-item"><div class="aside-title"><h2 class="title-head"><span>Danh mục tin tức</span></h2></div><ul><li><a href="/hoat-dong-htx">Hoạt động HTX</a></li><li><a href="/ky-thuat-canh-tac">Kỹ thuật canh tác</a></li><li><a href="/thi-truong">Thị trường</a></li></ul></div>
<div class="aside-item"><div class="aside-title"><h2 class="title-head"><span>Tin nổi bật</span></h2></div><ul>{"".join(f'<li><a href="/{slug(t)}">{esc(t)}</a></li>' for t in others[2:6])}</ul></div>
</aside></div></div></section>
<section class="newsletter"><div class="container"><h3>Đăng ký nhận tin</h3><p>Nhận thông tin khuyến mãi và mùa vụ mới nhất từ HTX.</p><form action="/account/contact" method="post"><input type="email" name="contact[email]" placeholder="Nhập email của bạn"><button>Đăng ký</button></form></div></section>
<footer class="footer"><div class="container">{footer("Hợp tác xã Bưởi Năm Roi Mỹ Hòa", "Ấp Mỹ Thuận, xã Mỹ Hòa, huyện Bình Minh, tỉnh Cửu Long", "0909 123 456", "<p>Giấy chứng nhận ĐKKD số 5707000123 do UBND huyện Bình Minh cấp</p><p>Cung cấp bởi Sapo</p>")}</div></footer>
<a class="zalo-chat" href="https://zalo.me/0909123456" target="_blank">Chat với chúng tôi qua Zalo</a>
<script src="//bizweb.dktcdn.net/100/481/226/themes/905412/assets/jquery.js?1716000000000" type="text/javascript"></script>
<script>{js(rng, 45, "bw")}</script>{ga(rng)}
</body>
</html>"""
    html = pad(html, rng, 104, "bw-x")
    return dict(family="sapo_web_blog", name="cuulong-htx-nguoi-viet-date-only-br-em-caption", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A12, isod(pub), author="Nguyễn Văn Hậu", category="Tin tức", lead=None),
                traps={"bylines": ["Người viết: Nguyễn Văn Hậu"], "related": others,
                       "comments": ["Chúc HTX sớm xuất khẩu được sang châu Âu.", "Lê Thị Ngọc Hân", "19/05/2024"],
                       "shop": ["Bưởi Năm Roi loại 1 (hộp 4 trái)", "189.000₫", "Miễn phí vận chuyển cho đơn hàng từ 500.000₫",
                                "Giỏ hàng (", "Chat với chúng tôi qua Zalo", "Nhận thông tin khuyến mãi và mùa vụ mới nhất từ HTX."],
                       "dates": ["10/05/2024"]},
                notes="Sapo Web (Bizweb) shop theme used by a cooperative for its news blog. 'Người viết: Nguyễn Văn Hậu' + 'Ngày "
                      "đăng: 18/05/2024' above the text (date only; itemprop dates are date-only too). Captions are the <em> after "
                      "a <br /> inside the same centred <p> as the image. No sapo → lead null. Crumb = Trang chủ / Tin tức / "
                      "<title> → category 'Tin tức' (the blog). Product sidebar with prices, cart, promo bar, reader comments "
                      "with names and dates, Zalo chat.",
                readme="Sapo Web (Bizweb) shop blog; 'Người viết: X' + date-only 'Ngày đăng', img<br><em>caption</em> in one <p>, crumb ending in title, product sidebar with prices, comments, Zalo widget")


PAGES = [page9, page10, page11, page12]
