"""JavaScript / .NET component stacks: Angular Universal, Blazor Server (prerendered), Astro islands, Gatsby."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, dump, hexid, alnum, expected, css, js, menu, nlist,
                     footer, counter, ga, cookie_banner, heads3, pad, utcz, past, MENU)

# =====================================================================
A1 = Art(
    "Tuổi trẻ Võ Nhai ra quân Chiến dịch Thanh niên tình nguyện hè 2024",
    "Sáng 2/6, Huyện đoàn Võ Nhai tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với chủ đề “Tuổi trẻ Võ Nhai xung kích chuyển đổi số, xây dựng nông thôn mới”.",
    [
        ("p", "Tham gia lễ ra quân có gần 400 đoàn viên, thanh niên đến từ 15 cơ sở Đoàn trực thuộc, lực lượng sinh viên tình nguyện Trường Đại học Nông Lâm và đại diện Ban Thường vụ Tỉnh đoàn."),
        ("p", "Theo kế hoạch, trong 3 tháng hè, các cơ sở Đoàn trong huyện sẽ tập trung thực hiện 12 công trình, phần việc thanh niên, trong đó có 4 tuyến đường điện chiếu sáng với tổng chiều dài 6,5 km, 2 sân chơi cho thiếu nhi và 1 nhà nhân ái cho đoàn viên có hoàn cảnh khó khăn tại xã Thần Sa."),
        ("img", "https://cdn.tinhdoan.bacthai.gov.vn/media/2024/06/ra-quan-chien-dich-1.jpg", "Đoàn viên thanh niên huyện Võ Nhai tại Lễ ra quân chiến dịch"),
        ("p", "Điểm mới của chiến dịch năm nay là các đội hình “Thanh niên tình nguyện hỗ trợ chuyển đổi số” sẽ về từng thôn, bản hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2, sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Lường Thị Kim Oanh, Phó Bí thư Tỉnh đoàn đề nghị các đội hình tình nguyện bám sát nhu cầu thực tế của địa phương, lựa chọn phần việc vừa sức, hiệu quả, bảo đảm an toàn cho tình nguyện viên trong suốt thời gian tham gia chiến dịch."),
        ("img", "https://cdn.tinhdoan.bacthai.gov.vn/media/2024/06/ra-quan-chien-dich-2.jpg", "Đội hình tình nguyện hỗ trợ người dân cài đặt ứng dụng VNeID"),
        ("p", "Ngay sau lễ ra quân, các đội hình đã tỏa về xã Thần Sa, La Hiên và Phú Thượng tổ chức vệ sinh môi trường, phát quang đường giao thông, hỗ trợ 126 người dân kích hoạt tài khoản định danh điện tử."),
        ("p", "Dịp này, Huyện đoàn trao 20 suất quà cho thiếu nhi có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng do các doanh nghiệp trên địa bàn tài trợ."),
    ])


def page01():
    rng = random.Random("ng-bacthai-01")
    pub = T("2024-06-03 14:25")
    created = T("2024-05-31 17:02")
    base = "https://tinhdoan.bacthai.gov.vn"
    path = "/tin-tuc/phong-trao-thanh-nien/tuoi-tre-vo-nhai-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2024-a18342"
    url = base + path
    c = {k: f"_ngcontent-ng-c{rng.randint(1000000000, 3999999999)}" for k in ["app", "hdr", "art", "side", "poll", "ftr", "share"]}
    h = {k: f"_nghost-ng-c{rng.randint(1000000000, 3999999999)}" for k in ["hdr", "art", "side", "poll"]}
    rel = heads3(rng, 8, avoid=[A1.title])
    most = heads3(rng, 10, avoid=[A1.title] + rel)
    rd = past(pub, rng, 8)
    md = past(pub, rng, 10, 2, 60)
    poll = ("<app-poll " + h["poll"] + f' {c["art"]}><div {c["poll"]} class="poll-box"><div {c["poll"]} class="poll-ttl">Bình chọn</div>'
            f'<p {c["poll"]} class="poll-q">Bạn đã tham gia hoạt động tình nguyện hè nào?</p><ul {c["poll"]}>'
            + "".join(f'<li {c["poll"]}><label {c["poll"]}><input {c["poll"]} type="radio" name="poll-318"> {o}</label> <span {c["poll"]} class="pct">{p}% ({n} phiếu)</span></li>'
                      for o, p, n in [("Chiến dịch Mùa hè xanh", 46, 412), ("Hỗ trợ chuyển đổi số", 31, 277), ("Tiếp sức mùa thi", 15, 134), ("Chưa tham gia", 8, 71)])
            + f'</ul><button {c["poll"]} type="button" class="btn-vote">Bình chọn</button> <a {c["poll"]} href="#">Xem kết quả</a></div></app-poll>')

    def img(s, cap, n):
        return (f'<figure {c["art"]} class="expNoEdit"><img {c["art"]} src="{s}" alt="{esc(cap, True)}" width="800" height="533">'
                f'<figcaption {c["art"]}><em {c["art"]}>{esc(cap)}</em></figcaption></figure>')
    blocks = list(A1.blocks)
    blocks.insert(5, ("raw", poll))
    art = Art(A1.title, A1.lead, blocks)
    body_html = art.render(p=lambda t: f'<p {c["art"]} style="text-align:justify">{esc(t)}</p>', img=img)
    state = {"G.article-18342": {"body": {"id": 18342, "title": A1.title, "slug": slug(A1.title), "sapo": A1.lead,
                                          "createdAt": utcz(created), "publishedAt": utcz(pub), "status": "published",
                                          "createdBy": "bbt.tinhdoan", "category": {"id": 12, "name": "Phong trào thanh niên"},
                                          "authors": [{"name": "Hoàng Mai"}, {"name": "Đức Toàn"}], "views": 1287},
                                 "headers": {}, "status": 200, "statusText": "OK", "url": f"{base}/api/v2/articles/18342"},
             "G.menu": {"body": [{"name": t, "children": s} for t, s in MENU], "status": 200}}
    st = dump(state).replace('"', "&q;").replace("&", "&a;").replace("&a;q;", "&q;")
    html = f"""<!DOCTYPE html><html lang="vi"><head>
  <meta charset="utf-8">
  <title>Tuổi trẻ Võ Nhai ra quân Chiến dịch Thanh niên tình nguyện hè 2024 | Tỉnh đoàn Bắc Thái</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.8f2c1d09a7b3e4f5.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.8f2c1d09a7b3e4f5.css"></noscript><style ng-app-id="ng">{css(rng, "ng", 60)}</style><meta property="og:title" content="{esc(A1.title, True)}"><meta property="og:description" content="{esc(A1.lead, True)}"><meta property="og:type" content="article"><meta property="og:url" content="{url}"><meta property="article:published_time" content="{iso(created).replace(':00+07:00', ':11+07:00')}"><meta name="description" content="{esc(A1.lead, True)}"><link rel="canonical" href="{url}"><!--PAD-->{ga(rng)}</head>
<body><app-root ng-version="16.2.12" ng-server-context="ssr"><router-outlet></router-outlet><app-layout {c["app"]}><app-header {h["hdr"]} {c["app"]}><div {c["hdr"]} class="topbar"><span {c["hdr"]} class="today">Thứ Năm, 06/06/2024</span><a {c["hdr"]} href="/dang-nhap">Đăng nhập</a></div><div {c["hdr"]} class="brand"><a {c["hdr"]} href="/"><img {c["hdr"]} src="assets/logo-tinhdoan.png" alt="Tỉnh đoàn Bắc Thái"><span {c["hdr"]}>ĐOÀN TNCS HỒ CHÍ MINH TỈNH BẮC THÁI</span></a></div><nav {c["hdr"]} class="mainnav">{menu(rng, cls="nav", ext="", a_cls="nav-link")}</nav></app-header>
<main {c["app"]} class="container"><div {c["app"]} class="row"><div {c["app"]} class="col-lg-8"><app-article-detail {h["art"]} {c["app"]}><ol {c["art"]} class="breadcrumb"><li {c["art"]}><a {c["art"]} href="/">Trang chủ</a></li><li {c["art"]}><a {c["art"]} href="/tin-tuc">Tin tức</a></li><li {c["art"]}><a {c["art"]} href="/tin-tuc/phong-trao-thanh-nien">Phong trào thanh niên</a></li></ol>
<article {c["art"]} class="art-detail"><h1 {c["art"]} class="art-title">{esc(A1.title)}</h1><div {c["art"]} class="art-meta"><span {c["art"]} class="art-date"><i {c["art"]} class="icon-clock"></i> T2, {dmy(pub)} | {hm(pub)}</span><span {c["art"]} class="art-view"><i {c["art"]} class="icon-eye"></i> 1.287</span></div>
<div {c["art"]} class="art-author"><a {c["art"]} href="/tac-gia/hoang-mai">Hoàng Mai</a> - <a {c["art"]} href="/tac-gia/duc-toan">Đức Toàn</a> <span {c["art"]}>(Huyện đoàn Võ Nhai)</span></div>
<app-share-bar {c["art"]}><div {c["share"]} class="share"><a {c["share"]} class="fb" href="#">Chia sẻ <b {c["share"]}>128</b></a><a {c["share"]} class="zalo" href="#">Zalo <b {c["share"]}>41</b></a><a {c["share"]} href="#" class="copy">Sao chép liên kết</a><a {c["share"]} href="#" class="print">In bài</a></div></app-share-bar>
<h2 {c["art"]} class="art-sapo">{esc(A1.lead)}</h2><div {c["art"]} class="art-content">{body_html}</div>
<div {c["art"]} class="art-tags"><span {c["art"]}>Từ khóa:</span> <a {c["art"]} href="/tag/tinh-nguyen-he">tình nguyện hè</a> <a {c["art"]} href="/tag/chuyen-doi-so">chuyển đổi số</a> <a {c["art"]} href="/tag/vo-nhai">Võ Nhai</a></div>
<app-share-bar {c["art"]}><div {c["share"]} class="share share-bottom"><a {c["share"]} class="fb" href="#">Chia sẻ <b {c["share"]}>128</b></a><a {c["share"]} class="zalo" href="#">Zalo <b {c["share"]}>41</b></a></div></app-share-bar></article>
<section {c["art"]} class="related"><h3 {c["art"]}>Tin cùng chuyên mục</h3>{nlist(rng, rel, "", rd, fmt=lambda d: dmy(d), cls="rel-list", ext="")}</section>
<section {c["art"]} class="comments"><h3 {c["art"]}>Ý kiến bạn đọc (0)</h3><form {c["art"]}><textarea {c["art"]} placeholder="Nhập ý kiến của bạn"></textarea><input {c["art"]} placeholder="Họ và tên"><button {c["art"]}>Gửi ý kiến</button></form></section></app-article-detail></div>
<aside {c["app"]} class="col-lg-4"><app-sidebar {h["side"]} {c["app"]}><div {c["side"]} class="box"><h3 {c["side"]}>Đọc nhiều</h3>{nlist(rng, most, "", md, fmt=None, cls="most", ext="")}</div><div {c["side"]} class="box"><h3 {c["side"]}>Thống kê truy cập</h3><ul {c["side"]}>{counter(rng)}</ul></div></app-sidebar></aside></div></main>
<app-footer {c["app"]}><footer {c["ftr"]}>{footer("Tỉnh đoàn Bắc Thái", "Số 8, đường Hoàng Văn Thụ, TP Thái Nguyên", "0208.3855.123")}<p {c["ftr"]}>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p></footer></app-footer></app-layout></app-root>
<script src="runtime.6c2b8e0f4a1d9c33.js" type="module"></script><script src="polyfills.d4a3e1b29f0c7a55.js" type="module"></script><script src="main.91e0ab7c3d5f2e18.js" type="module"></script>
<script id="serverApp-state" type="application/json">{st}</script></body></html>"""
    html = pad(html, rng, 150, "ng")
    return dict(family="angular_universal", name="bacthai-tinhdoan-t2-abbrev-weekday-transferstate-two-authors-poll", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A1, iso(pub), author="Hoàng Mai, Đức Toàn", unit="Huyện đoàn Võ Nhai", category="Phong trào thanh niên"),
                traps={"poll": ["Bạn đã tham gia hoạt động tình nguyện hè nào?", "Chiến dịch Mùa hè xanh", "Bình chọn"],
                       "chrome": ["Chia sẻ 128", "Sao chép liên kết", "Từ khóa:", "Ý kiến bạn đọc (0)", "Tin cùng chuyên mục"],
                       "bylines": ["(Huyện đoàn Võ Nhai)"], "related": rel[:3],
                       "dates": ["Thứ Năm, 06/06/2024", iso(created).replace(':00+07:00', ':11+07:00'), utcz(created)]},
                notes="Angular Universal (SSR) youth-union portal: _ngcontent/_nghost attributes everywhere, TransferState island "
                      "(script#serverApp-state, &q;-escaped JSON) with the draft createdAt (31/5, also in og article:published_time) "
                      "and publishedAt 2024-06-03T07:25:00Z. Visible stamp 'T2, 03/06/2024 | 14:25' (abbreviated weekday 'T2' = "
                      "Thứ Hai) → 2024-06-03T14:25+07:00 (agrees with publishedAt). Header date 'Thứ Năm, 06/06/2024' = save day. "
                      "Byline 'Hoàng Mai - Đức Toàn (Huyện đoàn Võ Nhai)' as two author links + one unit → author 'Hoàng Mai, Đức "
                      "Toàn', unit 'Huyện đoàn Võ Nhai'. An <app-poll> voting widget sits between body paragraphs (not body). "
                      "Share bars with counts above and below. Sapo in h2.art-sapo = lead. Category = last crumb.",
                readme="Angular Universal SSR; 'T2, dd/mm/yyyy | HH:MM' abbreviated weekday stamp, TransferState JSON with draft createdAt (= og time), two author links + one '(unit)', poll widget between paragraphs, share bars with counts")


# =====================================================================
A2 = Art(
    "Thông báo tạm ngừng cung cấp dịch vụ công trực tuyến để nâng cấp hệ thống",
    None,
    [
        ("p", "Thực hiện Kế hoạch số 86/KH-UBND ngày 15/4/2024 của Ủy ban nhân dân tỉnh về nâng cấp, chuyển đổi Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hoàng Liên Sơn, Sở Thông tin và Truyền thông thông báo như sau:"),
        ("p", "1. Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (dichvucong.hoanglienson.gov.vn) tạm ngừng cung cấp dịch vụ công trực tuyến từ 17 giờ 30 phút ngày 07/6/2024 (thứ Sáu) đến 07 giờ 30 phút ngày 10/6/2024 (thứ Hai) để chuyển đổi dữ liệu sang nền tảng mới."),
        ("p", "2. Trong thời gian tạm ngừng, tổ chức, cá nhân có nhu cầu giải quyết thủ tục hành chính vui lòng nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh, Bộ phận Một cửa cấp huyện, cấp xã hoặc qua dịch vụ bưu chính công ích."),
        ("p", "3. Hồ sơ đã nộp trực tuyến trước thời điểm tạm ngừng được giữ nguyên, tiếp tục xử lý theo quy định; thời hạn giải quyết không tính thời gian hệ thống tạm ngừng hoạt động."),
        ("p", "4. Từ ngày 10/6/2024, tài khoản của tổ chức, cá nhân trên hệ thống cũ được chuyển sang hệ thống mới; người dùng đăng nhập bằng tài khoản định danh điện tử VNeID hoặc tài khoản Cổng Dịch vụ công quốc gia."),
        ("p", "Mọi vướng mắc trong quá trình thực hiện, đề nghị liên hệ Trung tâm Công nghệ thông tin và Truyền thông, số điện thoại 0216.3852.666 hoặc thư điện tử hotro.dvc@hoanglienson.gov.vn để được hướng dẫn."),
        ("p", "Sở Thông tin và Truyền thông trân trọng thông báo để các cơ quan, tổ chức, cá nhân biết, phối hợp thực hiện./."),
    ])


def page02():
    rng = random.Random("blazor-hls-02")
    pub = T("2024-06-04 16:05")
    base = "https://stttt.hoanglienson.gov.vn"
    url = base + "/tin-tuc/thong-bao/18-thong-bao-tam-ngung-cung-cap-dich-vu-cong-truc-tuyen-de-nang-cap-he-thong"
    b = {k: "b-" + alnum(rng, 10).lower() for k in ["lay", "nav", "det", "side"]}
    def marker(i, seq):
        return "<!--Blazor:" + dump({"type": "server", "prerenderId": hexid(rng, 32), "key": {"locationHash": hexid(rng, 64).upper() + f":{i}", "formattedComponentKey": ""},
                                     "sequence": seq, "descriptor": "CfDJ8" + alnum(rng, 420)}) + "-->"
    rel = heads3(rng, 7, avoid=[A2.title])
    rd = past(pub, rng, 7)
    letter = (f'<table {b["det"]} class="tb-header" width="100%"><tr><td {b["det"]} style="text-align:center;width:40%">UBND TỈNH HOÀNG LIÊN SƠN<br><b>SỞ THÔNG TIN VÀ TRUYỀN THÔNG</b><br>Số: 125/TB-STTTT</td>'
              f'<td {b["det"]} style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Hoàng Liên Sơn, ngày 03 tháng 6 năm 2024</i></td></tr></table>'
              f'<p {b["det"]} style="text-align:center"><b>THÔNG BÁO</b><br><b>Về việc tạm ngừng cung cấp dịch vụ công trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh</b></p>')
    sign = (f'<table {b["det"]} class="tb-sign" width="100%"><tr><td {b["det"]} style="vertical-align:top;width:50%"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh (b/c);<br>- Các sở, ban, ngành;<br>- UBND các huyện, thị xã, thành phố;<br>- Cổng TTĐT tỉnh;<br>- Lưu: VT, TTCNTT.</td>'
            f'<td {b["det"]} style="text-align:center;vertical-align:top"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b><br><br><i>(Đã ký)</i><br><br><b>Trần Minh Khoa</b></td></tr></table>')
    body_html = letter + A2.render(p=lambda t: f'<p {b["det"]} style="text-indent:36px;text-align:justify">{esc(t)}</p>') + sign
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <base href="/" />
    <link rel="stylesheet" href="css/bootstrap/bootstrap.min.css" />
    <link href="StttPortal.Web.styles.css?v=Kq9{alnum(rng, 40)}" rel="stylesheet" />
    <title>Thông báo tạm ngừng cung cấp dịch vụ công trực tuyến để nâng cấp hệ thống - Sở Thông tin và Truyền thông tỉnh Hoàng Liên Sơn</title><meta name="description" content="Sở TT&amp;TT thông báo tạm ngừng dịch vụ công trực tuyến từ 17h30 ngày 07/6/2024" /><meta property="og:title" content="{esc(A2.title, True)}" /><!--PAD-->
    <style>{css(rng, "bz", 40)}</style>
</head>
<body>
    {marker(0, 0)}<div {b["lay"]} class="page"><div {b["lay"]} class="top-row"><span {b["lay"]} class="clock">Thứ Sáu, 07/06/2024 09:14</span> <a {b["lay"]} href="/lien-he">Liên hệ</a> <a {b["lay"]} href="/so-do-trang">Sơ đồ trang</a></div>
<header {b["lay"]}><img {b["lay"]} src="/images/quoc-huy.png" alt="Quốc huy"><div {b["lay"]} class="site-name">SỞ THÔNG TIN VÀ TRUYỀN THÔNG<br>TỈNH HOÀNG LIÊN SƠN</div></header>
{marker(1, 1)}<nav {b["nav"]} class="navbar">{menu(rng, cls="nav-menu", ext="")}</nav><!--Blazor:{{"prerenderId":"{hexid(rng, 32)}"}}-->
<main {b["lay"]}><div {b["lay"]} class="content px-4"><div {b["det"]} class="row"><div {b["det"]} class="col-md-9">
<nav {b["det"]} aria-label="breadcrumb"><ol {b["det"]} class="breadcrumb"><li {b["det"]} class="breadcrumb-item"><a {b["det"]} href="/">Trang chủ</a></li><li {b["det"]} class="breadcrumb-item"><a {b["det"]} href="/tin-tuc">Tin tức</a></li><li {b["det"]} class="breadcrumb-item active">Thông báo</li></ol></nav>
<div {b["det"]} class="news-detail"><h1 {b["det"]} class="news-title">{esc(A2.title)}</h1>
<div {b["det"]} class="news-info"><span {b["det"]}>{wd(pub)}, {pub.day} tháng {pub.month}, {pub.year}</span> - <span {b["det"]}>{hm(pub)}</span> | <span {b["det"]}>Lượt xem: 356</span></div>
<div {b["det"]} class="news-body">{body_html}</div>
<div {b["det"]} class="attach"><b {b["det"]}>Tệp đính kèm:</b> <a {b["det"]} href="/uploads/2024/06/TB-125-STTTT.pdf">TB-125-STTTT.pdf</a> (286 KB)</div>
<div {b["det"]} class="tools"><button {b["det"]} class="btn btn-link">In trang</button><button {b["det"]} class="btn btn-link">Gửi email</button><button {b["det"]} class="btn btn-link">Quay lại</button></div></div>
<div {b["det"]} class="other-news"><h4 {b["det"]}>Các tin khác</h4>{nlist(rng, rel, "", rd, fmt=lambda d: "(" + dmy(d) + ")", cls="other", img=False, ext="")}</div></div>
<div {b["side"]} class="col-md-3"><div {b["side"]} class="box"><h4 {b["side"]}>Liên kết</h4><ul {b["side"]}><li {b["side"]}><a {b["side"]} href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li {b["side"]}><a {b["side"]} href="#">Hệ thống quản lý văn bản</a></li><li {b["side"]}><a {b["side"]} href="#">Thư điện tử công vụ</a></li></ul></div><div {b["side"]} class="box"><h4 {b["side"]}>Thống kê truy cập</h4><ul {b["side"]}>{counter(rng)}</ul></div></div></div></div></main>
<footer {b["lay"]}>{footer("Sở Thông tin và Truyền thông tỉnh Hoàng Liên Sơn", "Số 2 đường Hoàng Liên, TP Yên Bái", "0216.3852.666")}</footer></div><!--Blazor:{{"prerenderId":"{hexid(rng, 32)}"}}-->
    <div id="blazor-error-ui">Đã xảy ra lỗi. <a href="" class="reload">Tải lại</a> <a class="dismiss">🗙</a></div>
    <script src="_framework/blazor.server.js"></script>
    <input name="__RequestVerificationToken" type="hidden" value="CfDJ8{alnum(rng, 150)}" />
</body>
</html>"""
    html = pad(html, rng, 120, "bz")
    return dict(family="blazor_server", name="hoanglienson-stttt-thong-bao-signatory-dotnet-long-date", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A2, iso(pub), category="Thông báo", lead=None),
                traps={"letterhead": ["UBND TỈNH HOÀNG LIÊN SƠN", "Số: 125/TB-STTTT", "Độc lập - Tự do - Hạnh phúc", "Hoàng Liên Sơn, ngày 03 tháng 6 năm 2024"],
                       "signature": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trần Minh Khoa", "Nơi nhận:", "Lưu: VT, TTCNTT."],
                       "chrome": ["Tệp đính kèm:", "TB-125-STTTT.pdf", "Lượt xem: 356", "Các tin khác", "Đã xảy ra lỗi."],
                       "dates": ["Thứ Sáu, 07/06/2024 09:14"], "related": rel[:3]},
                notes="Blazor Server page (prerendered): <!--Blazor:{…}--> component markers with long descriptors, scoped-CSS b-xxxxxxxxxx "
                      "attributes, blazor-error-ui. An official 'Thông báo' posted as news: the letterhead table (issuer, 'Số: 125/TB-"
                      "STTTT', motto, dateline 'Hoàng Liên Sơn, ngày 03 tháng 6 năm 2024' = issue date) and the doc-title paragraph "
                      "sit at the top of the body div; the signatory table (Nơi nhận / KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Trần "
                      "Minh Khoa) closes it — neither is body (as in sets 3–4), the signer is not the author → author/unit null. "
                      "Posting stamp in .NET ICU vi-VN long date 'Thứ Ba, 4 tháng 6, 2024 - 16:05' → 2024-06-04T16:05+07:00; the "
                      "header clock (7/6) is the save time. No sapo. Category = last crumb 'Thông báo'.",
                readme="Blazor Server prerendered page; official notice with letterhead table + dateline (issue date) above and signatory/Nơi nhận table below the text (not body, signer ≠ author), .NET vi-VN long date 'Thứ Ba, 4 tháng 6, 2024 - 16:05', Blazor comment markers")


# =====================================================================
A3 = Art(
    "Nông dân Tri Tôn chuyển đổi 300 ha lúa kém hiệu quả sang trồng màu",
    "Sau hai năm thực hiện chủ trương chuyển đổi cơ cấu cây trồng, nông dân huyện Tri Tôn đã chuyển hơn 300 ha đất lúa kém hiệu quả sang trồng màu, lợi nhuận tăng gấp 2 - 3 lần so với trồng lúa.",
    [
        ("p", "Những năm trước, nhiều diện tích ruộng gò ở các xã Lương Phi, Ô Lâm, Châu Lăng thường xuyên thiếu nước vào vụ hè thu, năng suất lúa chỉ đạt 3 - 4 tấn/ha, có vụ người dân bị lỗ."),
        ("p", "Từ năm 2022, Hội Nông dân huyện phối hợp với Trạm Khuyến nông vận động hội viên chuyển sang trồng đậu phộng, mè, dưa hấu và bắp nếp; đồng thời hỗ trợ giống, kỹ thuật tưới nhỏ giọt và liên kết với doanh nghiệp bao tiêu sản phẩm."),
        ("img", "/_astro/dau-phong-tri-ton.B7kQ2xZp_1x9Ab.webp", "Nông dân xã Lương Phi thu hoạch đậu phộng trên đất ruộng gò"),
        ("p", "Hiệu quả kinh tế của một số cây trồng chuyển đổi được Hội Nông dân huyện tổng hợp như sau:"),
        ("table", [["Cây trồng", "Diện tích (ha)", "Lợi nhuận (triệu đồng/ha/vụ)"], ["Đậu phộng", "142", "45 - 50"],
                   ["Mè đen", "86", "30 - 35"], ["Dưa hấu", "48", "60 - 70"], ["Bắp nếp", "31", "35 - 40"]]),
        ("p", "Ông Chau Sóc Kha, hội viên ấp Phước Lợi, xã Lương Phi cho biết, 1,2 ha đậu phộng của gia đình vụ này cho lợi nhuận hơn 55 triệu đồng, cao gấp ba lần trồng lúa, lại ít tốn nước tưới."),
        ("p", "Thời gian tới, Hội Nông dân huyện tiếp tục nhân rộng mô hình, thành lập thêm 3 tổ hợp tác sản xuất màu và đề nghị cấp mã số vùng trồng cho diện tích đậu phộng tập trung."),
    ])


def page03():
    rng = random.Random("astro-lch-03")
    pub = T("2024-06-05 06:10")
    upd = T("2024-06-05 16:45")
    base = "https://hoinongdan.longchauha.org.vn"
    url = base + "/tin-tuc/kinh-te-nong-nghiep/nong-dan-tri-ton-chuyen-doi-300-ha-lua-kem-hieu-qua-sang-trong-mau/"
    a = "astro-" + alnum(rng, 8)
    rel = heads3(rng, 6, avoid=[A3.title])
    rd = past(pub, rng, 6)

    def img(s, cap, n):
        return (f'<figure class="{a}"><picture><source srcset="{s.replace("1x9Ab", "2x9Ab")} 2x" type="image/webp"><img src="{s}" alt="{esc(cap, True)}" loading="lazy" decoding="async" width="960" height="640" class="{a}"></picture>'
                f'<figcaption class="{a}">{esc(cap)}</figcaption></figure>')
    def table(rows):
        return (f'<div class="table-wrap {a}"><table><thead><tr>' + "".join(f"<th>{esc(x)}</th>" for x in rows[0]) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows[1:]) + "</tbody></table></div>")
    body_html = A3.render(img=img, table=table)
    props = {"url": [0, url], "title": [0, A3.title], "counts": [0, {"facebook": [0, 212], "zalo": [0, 57]}]}
    island = (f'<astro-island uid="Z1{alnum(rng, 5)}" prefix="r3" component-url="/_astro/ShareBar.{alnum(rng, 8)}.js" component-export="default" '
              f'renderer-url="/_astro/client.{alnum(rng, 8)}.js" props="{esc(dump(props), True)}" ssr client="visible" opts="{esc(dump({"name": "ShareBar", "value": True}), True)}">'
              f'<div class="share"><button>Facebook <span>212</span></button><button>Zalo <span>57</span></button><button>Sao chép</button></div></astro-island>')
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="Astro v4.9.3"><title>{esc(A3.title)} – Hội Nông dân tỉnh Long Châu Hà</title><link rel="canonical" href="{url}"><meta name="description" content="{esc(A3.lead, True)}"><meta property="og:title" content="{esc(A3.title, True)}"><meta property="og:type" content="article"><link rel="stylesheet" href="/_astro/_slug_.{alnum(rng, 8)}.css"><style>{css(rng, "as", 30)}</style><!--PAD--><script type="module" src="/_astro/hoisted.{alnum(rng, 8)}.js"></script></head>
<body class="{a}"><a href="#main" class="skip {a}">Bỏ qua đến nội dung</a><header class="site-header {a}"><div class="logo {a}"><img src="/logo-hnd.svg" alt="Hội Nông dân Việt Nam"><div><strong>HỘI NÔNG DÂN TỈNH LONG CHÂU HÀ</strong><span>Trang thông tin điện tử</span></div></div><nav class="{a}">{menu(rng, cls="mn", ext="/", items=MENU[:6])}</nav></header>
<main id="main" class="{a}"><nav class="crumbs {a}" aria-label="Breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc/">Tin tức</a> / <a href="/tin-tuc/kinh-te-nong-nghiep/">Kinh tế nông nghiệp</a></nav>
<article class="post {a}"><header class="post-head {a}"><h1 class="{a}">{esc(A3.title)}</h1><p class="post-meta {a}">Ngày <time datetime="{utcz(pub).replace('Z', '.000Z')}">{dmy(pub)}</time> · 4 phút đọc · <span>Cập nhật <time datetime="{utcz(upd).replace('Z', '.000Z')}">{dmy(upd)}</time></span></p>{island}</header>
<p class="sapo {a}"><strong>{esc(A3.lead)}</strong></p><div class="prose {a}">{body_html}</div>
<p class="byline {a}" style="text-align:right"><strong>Thạch Sô Phanh</strong> – Hội Nông dân huyện Tri Tôn</p>
<ul class="tags {a}"><li><a href="/tag/chuyen-doi-cay-trong/">#chuyển đổi cây trồng</a></li><li><a href="/tag/tri-ton/">#Tri Tôn</a></li></ul></article>
<aside class="more {a}"><h2 class="{a}">Bài viết liên quan</h2>{nlist(rng, rel, "", rd, fmt=dmy, cls="cards", ext="/")}</aside></main>
<footer class="{a}">{footer("Hội Nông dân tỉnh Long Châu Hà", "Số 12 Tôn Đức Thắng, TP Long Xuyên", "0296.3841.207")}</footer>
<script>(()=>{{var e=async t=>{{await(await t())()}};(self.Astro||(self.Astro={{}})).visible=e;window.dispatchEvent(new Event("astro:visible"));}})();</script>
<script>{js(rng, 30, "hnd")}</script></body></html>"""
    html = pad(html, rng, 110, "as")
    return dict(family="astro_static", name="longchauha-hnd-utc-time-previous-day-island-share-khmer-byline", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A3, iso(pub), iso(upd), author="Thạch Sô Phanh", unit="Hội Nông dân huyện Tri Tôn", category="Kinh tế nông nghiệp"),
                traps={"chrome": ["4 phút đọc", "Bài viết liên quan", "#chuyển đổi cây trồng", "Sao chép", "Bỏ qua đến nội dung"],
                       "bylines": ["Thạch Sô Phanh"], "dates": [utcz(pub).replace('Z', '.000Z'), "2024-06-04"], "related": rel[:3]},
                notes="Astro 4 static build: hashed astro-xxxx scoped classes, an <astro-island> share bar (props JSON, SSR fallback with "
                      "counts). Visible 'Ngày 05/06/2024' in <time datetime='2024-06-04T23:10:00.000Z'> — the UTC instant falls on the "
                      "PREVIOUS calendar day; converted it is 2024-06-05T06:10+07:00 and agrees with the visible day → published "
                      "06:10 (a reader keeping date only would write 2024-06-05; 2024-06-04 is wrong). 'Cập nhật 05/06/2024' with "
                      "09:45Z → updated 16:45. Table in the text (rows → ' | ' paragraphs). Right-aligned 'Thạch Sô Phanh – Hội Nông "
                      "dân huyện Tri Tôn' (Khmer name) → author + unit. Bold sapo = lead. Crumb 'Kinh tế nông nghiệp'.",
                readme="Astro static build; UTC <time> on the previous calendar day (05/06 06:10 local = 04/06 23:10Z) for both pub and update, astro-island share bar with counts, table in text, Khmer name 'Name – Unit' foot byline")


# =====================================================================
A4 = Art(
    "Chủ tịch Hội Cựu chiến binh tỉnh: “Không để hội viên nào bị bỏ lại phía sau”",
    "Nhân dịp Hội Cựu chiến binh tỉnh Hà Sơn Bình tổng kết 5 năm phong trào “Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi”, phóng viên đã có cuộc trao đổi với ông Bùi Văn Thành, Chủ tịch Hội Cựu chiến binh tỉnh.",
    [
        ("h", "Thưa ông, sau 5 năm thực hiện phong trào, đời sống hội viên cựu chiến binh trong tỉnh có những chuyển biến như thế nào?"),
        ("p", "Ông Bùi Văn Thành: Điều tôi vui nhất là đến nay toàn tỉnh chỉ còn 86 hộ hội viên nghèo, giảm hơn 1.100 hộ so với năm 2019. Có 2.340 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, nhiều người trở thành chủ trang trại, giám đốc doanh nghiệp, tạo việc làm cho hàng nghìn lao động ở địa phương."),
        ("p", "Các cấp hội đã vận động hội viên giúp nhau hơn 8.600 ngày công, cho vay không lãi gần 12 tỷ đồng, hỗ trợ giống cây, con giống và xây, sửa 214 nhà “Nghĩa tình đồng đội”."),
        ("img", "/static/9f3c1a2b7e/ong-bui-van-thanh.jpg", "Ông Bùi Văn Thành, Chủ tịch Hội Cựu chiến binh tỉnh Hà Sơn Bình"),
        ("h", "Cách làm nào đã giúp phong trào đi vào chiều sâu, thưa ông?"),
        ("p", "Ông Bùi Văn Thành: Chúng tôi giao chỉ tiêu cụ thể đến từng chi hội, mỗi hộ khá giúp một hộ khó khăn, theo dõi đến khi thoát nghèo bền vững. Hội còn phối hợp với Ngân hàng Chính sách xã hội quản lý 312 tổ tiết kiệm và vay vốn với dư nợ trên 480 tỷ đồng, tỷ lệ nợ quá hạn chỉ 0,12%."),
        ("p", "Cùng với đó, Hội tổ chức các buổi tham quan mô hình giỏi, để chính các cựu chiến binh làm giàu truyền nghề cho đồng đội, vì anh em tin nhau, học nhau nhanh hơn."),
        ("h", "Thời gian tới, Hội Cựu chiến binh tỉnh đặt ra mục tiêu gì?"),
        ("p", "Ông Bùi Văn Thành: Mục tiêu đến năm 2025 không còn hộ hội viên nghèo, mỗi huyện có ít nhất một hợp tác xã hoặc doanh nghiệp của cựu chiến binh ứng dụng công nghệ cao. Chúng tôi quyết tâm không để hội viên nào bị bỏ lại phía sau."),
        ("p", "- Xin cảm ơn ông!"),
    ])


def page04():
    rng = random.Random("gatsby-hsb-04")
    pub = T("2024-06-06")
    base = "https://cuuchienbinh.hasonbinh.vn"
    path = "/phong-van/chu-tich-hoi-cuu-chien-binh-tinh-khong-de-hoi-vien-nao-bi-bo-lai-phia-sau/"
    url = base + path
    rel = heads3(rng, 6, avoid=[A4.title])
    rd = past(pub, rng, 6)
    ph = "data:image/jpeg;base64,/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/" + alnum(rng, 600)

    def img(s, cap, n):
        return (f'<figure class="gatsby-resp-image-figure"><span class="gatsby-resp-image-wrapper" style="position:relative;display:block;margin-left:auto;margin-right:auto;max-width:800px">'
                f'<span class="gatsby-resp-image-background-image" style="padding-bottom:66.5%;position:relative;bottom:0;left:0;background-image:url(\'{ph}\');background-size:cover;display:block"></span>'
                f'<img class="gatsby-resp-image-image" alt="{esc(cap, True)}" title="" src="{s}" srcset="{s}?w=200 200w,{s}?w=400 400w,{s}?w=800 800w" sizes="(max-width: 800px) 100vw, 800px" style="width:100%;height:100%;margin:0;vertical-align:middle;position:absolute;top:0;left:0" loading="lazy" decoding="async"></span>'
                f'<figcaption class="gatsby-resp-image-figcaption">{esc(cap)}</figcaption></figure>')
    body_html = A4.render(h=lambda t: f"<h3>{esc(t)}</h3>", img=img)
    chunk = dump({f"component---src-templates-{n}-js": [f"/component---src-templates-{n}-js-{hexid(rng, 20)}.js"] for n in ["post", "category", "index", "tag", "page", "author", "search"]})
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/><title data-gatsby-head="true">{esc(A4.title)} | Hội CCB tỉnh Hà Sơn Bình</title><meta data-gatsby-head="true" name="description" content="{esc(A4.lead, True)}"/><meta data-gatsby-head="true" property="og:title" content="{esc(A4.title, True)}"/><meta data-gatsby-head="true" property="og:type" content="article"/><style>.gatsby-image-wrapper{{position:relative;overflow:hidden}}.gatsby-resp-image-figcaption{{font-style:italic;text-align:center;font-size:14px}}{css(rng, "gb", 40)}</style><link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><!--PAD--><link as="script" rel="preload" href="/webpack-runtime-{hexid(rng, 20)}.js"/><link as="script" rel="preload" href="/framework-{hexid(rng, 20)}.js"/><link as="fetch" rel="preload" href="/page-data{path}page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout"><header class="hdr"><div class="hdr-top"><a href="/" class="brand"><img src="/static/logo-ccb.png" alt="Logo"/><span>HỘI CỰU CHIẾN BINH TỈNH HÀ SƠN BÌNH</span></a><form class="search"><input type="search" placeholder="Tìm kiếm..."/></form></div><nav>{menu(rng, cls="menu", ext="/", items=MENU[:5] + MENU[6:])}</nav></header>
<main class="main"><article class="post" itemScope="" itemType="http://schema.org/Article"><header class="post-header"><a class="post-cat" href="/phong-van/">Phỏng vấn</a><h1 itemProp="headline">{esc(A4.title)}</h1><div class="post-meta"><span>{wd(pub)}, {dmy(pub)}</span><span class="dot">•</span><span>5 phút đọc</span></div></header>
<section class="post-body" itemProp="articleBody"><p class="lead"><em>{esc(A4.lead)}</em></p>{body_html}<p style="text-align:right"><strong>Ngọc Ánh - Minh Đức</strong> (thực hiện)</p></section>
<footer class="post-footer"><div class="share"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a></div><nav class="post-nav"><a href="/tin-tuc/hoi-thi-tim-hieu-lich-su-dang-bo-huyen/" rel="prev">← Hội thi tìm hiểu lịch sử Đảng bộ huyện</a><a href="/tin-tuc/trao-tang-30-bon-chua-nuoc-cho-ho-ngheo/" rel="next">Trao tặng 30 bồn chứa nước cho hộ nghèo →</a></nav></footer></article>
<section class="related"><h2>Bài viết cùng chuyên mục</h2>{nlist(rng, rel, "", rd, fmt=dmy, cls="rel", ext="/")}</section></main>
<footer class="ftr">{footer("Hội Cựu chiến binh tỉnh Hà Sơn Bình", "Số 5 đường Cù Chính Lan, TP Hòa Bình", "0218.3852.440")}<p>© 2024 Hội CCB tỉnh. Xây dựng bằng Gatsby.</p></footer></div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";window.___webpackCompilationHash="{hexid(rng, 20)}";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={dump(chunk)};/*]]>*/</script><script src="/app-{hexid(rng, 20)}.js" async=""></script><script src="/framework-{hexid(rng, 20)}.js" async=""></script><script src="/webpack-runtime-{hexid(rng, 20)}.js" async=""></script></body></html>"""
    html = pad(html, rng, 100, "gb")
    return dict(family="gatsby_static", name="hasonbinh-ccb-phong-van-h3-questions-thuc-hien-two", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A4, isod(pub), author="Ngọc Ánh, Minh Đức", category="Phỏng vấn"),
                traps={"bylines": ["Ngọc Ánh - Minh Đức", "(thực hiện)"], "chrome": ["5 phút đọc", "Chia sẻ:", "Bài viết cùng chuyên mục", "Xây dựng bằng Gatsby."],
                       "prevnext": ["← Hội thi tìm hiểu lịch sử Đảng bộ huyện", "Trao tặng 30 bồn chứa nước cho hộ nghèo →"], "related": rel[:3]},
                notes="Gatsby 5 static page (___gatsby/gatsby-focus-wrapper, gatsby-resp-image wrappers with base64 blur placeholders, "
                      "chunk-mapping script). Interview: italic intro = lead; the questions are <h3> headings without a 'PV:' label "
                      "(sub-headings in the text → body paragraphs, in order), answers open with 'Ông Bùi Văn Thành:' (kept as "
                      "printed), closing '- Xin cảm ơn ông!' is body. Title contains curly quotes. Date only 'Thứ Năm, 06/06/2024' "
                      "(no time anywhere) → 2024-06-06. Foot 'Ngọc Ánh - Minh Đức (thực hiện)' → 'Ngọc Ánh, Minh Đức'. No "
                      "crumb: the category link above the h1 'Phỏng vấn'. Prev/next titles in the post footer.",
                readme="Gatsby static interview; questions as h3 headings (no label) = body, answers with speaker label, italic intro lead, date only with weekday, 'A - B (thực hiện)' foot byline, category chip over h1, prev/next titles")


PAGES = [page01, page02, page03, page04]
