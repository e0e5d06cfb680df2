"""Set 27 pages 1-9: a random, realistic sample on products and stacks sets 1-26 did not name (a Tỉnh ủy on Laravel 10 +
Inertia.js + Vue 3, a district Hội Khuyến học on Blogger, a Tỉnh đoàn on WordPress + Flatsome, an enterprise Party
committee on the company's Odoo 16 website, a Ban Tổ chức on Angular 17 SSR, a Ban Tuyên giáo và Dân vận Huyện ủy on an
in-house Zend Framework 1 portal, an Ủy ban Kiểm tra on JSF + PrimeFaces, a Văn phòng Tỉnh ủy on Orchard Core, a
Trường Chính trị on Moodle 4). Pages 2, 6 and 7 carry one TWIST each: '12:20 SA' on a 12-hour clock (= 00:20), captions
that begin with 'Ảnh:' followed by a description, and a breadcrumb whose last level is the headline cut short."""
import json
from datetime import timedelta, timezone

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads8, past, expected, slug, dump, hexid, alnum, b64blob, pad, menu, counter, ga, css, js
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og, mk
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV, side_box
from .base import page, side_std, vb_box, crumb

UTC = timezone.utc
WD_LOW = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]          # moment.js / dayjs / Carbon vi
GLIBC_MON = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
             "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai"]                    # glibc vi_VN %B


def llll(d):
    """moment.js / Carbon vi 'LLLL': 'dddd, D MMMM [năm] YYYY HH:mm' (weekday in lower case, month 'tháng N')."""
    return f"{WD_LOW[d.weekday()]}, {d.day} tháng {d.month} năm {d.year} {hm(d)}"


def h12(d, seconds=False):
    """12-hour clock with the Vietnamese SA / CH markers (12 SA = 00 h, 12 CH = 12 h)."""
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if seconds else ""
    return f"{h}:{d.minute:02d}{s} {'SA' if d.hour < 12 else 'CH'}"


def utc_ms(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads8(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


def ago(now, d):
    days = (now - d).days
    return f"{days} ngày trước" if days < 30 else f"{days // 30} tháng trước"


# ===================================================================== 1 Tỉnh ủy Hà Giang: Laravel 10 + Inertia.js + Vue 3 SSR; moment-style 'LLLL' stamp; 'Name · Unit' in the meta row
A1 = Art("Hội nghị lần thứ 29 Ban Chấp hành Đảng bộ tỉnh khóa XVII cho ý kiến về đề án sắp xếp đơn vị hành chính cấp xã",
         "Chiều 14/3, Ban Chấp hành Đảng bộ tỉnh Hà Giang tổ chức Hội nghị lần thứ 29 để cho ý kiến về dự thảo Đề án sắp xếp đơn vị hành chính cấp xã và xây dựng mô hình tổ chức chính quyền địa phương hai cấp. Đồng chí Nông Đức Thuyên, Bí thư Tỉnh ủy chủ trì hội nghị.",
         [("p", "Theo dự thảo đề án, sau sắp xếp, tỉnh Hà Giang sẽ giảm từ 193 đơn vị hành chính cấp xã xuống còn 61 xã, phường; không tổ chức cấp huyện. Việc sắp xếp căn cứ vào diện tích tự nhiên, quy mô dân số, yếu tố lịch sử, văn hóa, dân tộc và điều kiện giao thông của từng khu vực."),
          ("img", "/storage/articles/2025/03/hoi-nghi-lan-thu-29-bcd-tinh-uy.jpg", "Đồng chí Nông Đức Thuyên, Bí thư Tỉnh ủy phát biểu kết luận hội nghị"),
          ("p", "Thảo luận tại hội nghị, các đại biểu cơ bản nhất trí với phương án sắp xếp; đồng thời đề nghị làm rõ thêm phương án bố trí trụ sở, tên gọi của các xã mới, việc sử dụng tài sản công dôi dư và chính sách đối với cán bộ, công chức cấp xã nghỉ việc theo nguyện vọng."),
          ("p", "Nhiều ý kiến lưu ý các xã vùng cao núi đá phía Bắc có địa bàn rộng, chia cắt, giao thông khó khăn, cần tính toán bán kính phục vụ hợp lý, bảo đảm người dân đến làm thủ tục hành chính không quá xa; ưu tiên xây dựng các điểm tiếp nhận hồ sơ trực tuyến tại thôn, bản."),
          ("img", "/storage/articles/2025/03/dai-bieu-bieu-quyet-nghi-quyet.jpg", "Các đại biểu biểu quyết thông qua nghị quyết hội nghị"),
          ("p", "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị Ban cán sự đảng UBND tỉnh tiếp thu đầy đủ các ý kiến, hoàn thiện đề án để lấy ý kiến Nhân dân trước ngày 25/3/2025. Các cấp ủy, chính quyền phải làm tốt công tác tư tưởng, không để xảy ra tình trạng trì trệ, gián đoạn công việc, ảnh hưởng đến hoạt động của người dân và doanh nghiệp."),
          ("p", "Hội nghị đã biểu quyết thông qua nghị quyết về chủ trương sắp xếp đơn vị hành chính cấp xã của tỉnh với tỷ lệ đồng thuận 100%.")])


def page01():
    pub = T("2025-03-14 17:40")
    upd_machine = T("2025-03-15 09:03:11")
    now = pub + timedelta(days=5, hours=3)
    url = "https://tinhuy.hagiang.dcs.vn/tin-tuc/hoi-nghi-lan-thu-29-ban-chap-hanh-dang-bo-tinh-khoa-xvii-cho-y-kien-ve-de-an-sap-xep-don-vi-hanh-chinh-cap-xa"
    dv = "data-v-3f1a2b7c"

    def img(s, c, n):
        return (f'<div class="article-image my-6" {dv}><img src="{s}" alt="" loading="lazy" class="w-full rounded-lg" {dv}>'
                f'<div class="article-image__caption mt-2 text-sm text-gray-500 text-center" {dv}><span class="i-caption" {dv}>{esc(c)}</span></div></div>')

    body_html = A1.render(p=lambda t: f"<p>{esc(t)}</p>", img=img)

    def main(rng, rl, rd):
        cards = "".join(f'<a href="/tin-tuc/{slug(t)}" class="group block" {dv}><img src="/storage/thumbs/{hexid(rng, 16)}.jpg" alt="" class="aspect-video w-full rounded object-cover" loading="lazy" {dv}>'
                        f'<h3 class="mt-2 font-semibold group-hover:text-red-700" {dv}>{esc(t)}</h3><p class="text-xs text-gray-500" {dv}>{ago(now, d)}</p></a>' for t, d in zip(rl[:6], rd))
        return (f'<article class="bg-white rounded-xl shadow-sm p-6" {dv}>'
                f'<h1 class="text-2xl lg:text-3xl font-bold leading-tight text-red-800" {dv}>{esc(A1.title)}</h1>'
                f'<div class="flex flex-wrap items-center gap-x-2 text-sm text-gray-600 mt-3" {dv}><span class="font-medium text-gray-900" {dv}>Thu Hằng</span><span aria-hidden="true" {dv}>·</span>'
                f'<span {dv}>Văn phòng Tỉnh ủy</span><span aria-hidden="true" {dv}>·</span><time datetime="{iso(pub)}" {dv}>{llll(pub)}</time>'
                f'<span class="text-gray-400" {dv}>({ago(now, pub)})</span></div>'
                f'<div class="flex items-center gap-3 border-y my-4 py-2 text-sm" {dv}><button type="button" class="inline-flex items-center gap-1" {dv}><svg class="w-4 h-4" viewBox="0 0 24 24"><path d="M3 10v4h4l5 5V5L7 10H3z"/></svg>Nghe đọc bài</button>'
                f'<button type="button" {dv}>A-</button><button type="button" {dv}>A+</button><button type="button" {dv}>In bài</button><button type="button" {dv}>Chia sẻ</button></div>'
                f'<p class="mt-4 text-lg font-semibold text-gray-800" {dv}>{esc(A1.lead)}</p>'
                f'<div class="prose prose-lg max-w-none mt-4" {dv}>{body_html}</div>'
                f'<div class="mt-6 flex flex-wrap gap-2 text-sm" {dv}><span class="text-gray-500" {dv}>Từ khóa:</span><a href="/tag/sap-xep-don-vi-hanh-chinh" class="rounded bg-gray-100 px-2" {dv}>sắp xếp đơn vị hành chính</a><a href="/tag/chinh-quyen-hai-cap" class="rounded bg-gray-100 px-2" {dv}>chính quyền hai cấp</a></div></article>'
                f'<section class="mt-8" {dv}><h2 class="text-lg font-bold border-l-4 border-red-700 pl-2" {dv}>Tin cùng chuyên mục</h2><div class="grid grid-cols-2 md:grid-cols-3 gap-4 mt-4" {dv}>{cards}</div></section>')

    chev = '<svg class="w-4 h-4 mx-1 text-gray-400" fill="currentColor" viewBox="0 0 20 20" aria-hidden="true"><path fill-rule="evenodd" d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.9 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0z"/></svg>'
    crumbs = (f'<nav aria-label="Breadcrumb" class="mb-4 text-sm" {dv}><ol class="flex items-center text-gray-600" {dv}><li {dv}><a href="/" {dv}>Trang chủ</a></li>'
              f'<li class="flex items-center" {dv}>{chev}<a href="/tin-tuc" {dv}>Tin tức</a></li><li class="flex items-center" {dv}>{chev}<a href="/tin-tuc/hoat-dong-cua-tinh-uy" class="text-red-700" {dv}>Hoạt động của Tỉnh ủy</a></li></ol></nav>')

    def side(rng, pub_):
        return (schedule(rng, pub_ + timedelta(days=4), "Lịch công tác Thường trực Tỉnh ủy", "rounded-xl bg-white p-4 lich-ct")
                + side_std(rng, pub_, "Đọc nhiều", fmt=lambda d: d.strftime("%d/%m/%Y"), cls="rounded-xl bg-white p-4 most-read")
                + vb_box(["Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư", "Kế hoạch của Ban Thường vụ Tỉnh ủy về sắp xếp đơn vị hành chính cấp xã", "Hướng dẫn tổ chức lấy ý kiến Nhân dân về đề án sắp xếp"], "Văn bản mới", "rounded-xl bg-white p-4 vb-moi"))

    def top(rng, pub_):
        today = now
        return (f'<div class="container mx-auto px-4 flex items-center justify-between py-3"><a href="/" class="flex items-center gap-3"><img src="/images/logo-dang.svg" alt="Đảng bộ tỉnh Hà Giang" class="h-14">'
                f'<span><span class="block text-xs uppercase tracking-wide">Đảng Cộng sản Việt Nam</span><span class="block text-xl font-bold uppercase">Đảng bộ tỉnh Hà Giang</span></span></a>'
                f'<div class="text-sm">{esc(llll(today).capitalize())}</div><form action="/tim-kiem" class="hidden md:block"><input name="q" placeholder="Tìm kiếm..." class="rounded px-3 py-1 text-gray-900"></form></div>')

    rngx = __import__("random").Random("s27-01-page")
    related = [{"id": rngx.randint(4000, 5200), "title": t, "slug": slug(t)} for t in heads8(rngx, 8)]
    props = {"component": "Articles/Show", "props": {"errors": {}, "auth": {"user": None}, "flash": {"success": None},
             "article": {"id": 5213, "title": A1.title, "slug": slug(A1.title), "summary": A1.lead, "content": body_html,
                         "author": "Thu Hằng", "unit": "Văn phòng Tỉnh ủy", "category": {"id": 7, "name": "Hoạt động của Tỉnh ủy", "slug": "hoat-dong-cua-tinh-uy"},
                         "thumbnail": "/storage/articles/2025/03/hoi-nghi-lan-thu-29-bcd-tinh-uy.jpg", "views": 1287,
                         "published_at": utc_ms(pub), "created_at": utc_ms(pub - timedelta(hours=2, minutes=17)), "updated_at": utc_ms(upd_machine)},
             "related": related}, "url": "/tin-tuc/" + slug(A1.title), "version": "9f0c1d7e52a8b3c4d6e1f2a3b4c5d6e7"}
    ziggy = {"url": "https://tinhuy.hagiang.dcs.vn", "port": None, "defaults": {}, "routes": {
        "home": {"uri": "/", "methods": ["GET", "HEAD"]}, "articles.index": {"uri": "tin-tuc", "methods": ["GET", "HEAD"]},
        "articles.show": {"uri": "tin-tuc/{slug}", "methods": ["GET", "HEAD"], "parameters": ["slug"]},
        "categories.show": {"uri": "tin-tuc/{category}", "methods": ["GET", "HEAD"], "parameters": ["category"]},
        "documents.index": {"uri": "van-ban", "methods": ["GET", "HEAD"]}, "search": {"uri": "tim-kiem", "methods": ["GET", "HEAD"]}}}
    head = (og(A1.title, url, {"og:site_name": "Đảng bộ tỉnh Hà Giang", "og:description": A1.lead[:160], "article:published_time": iso(pub), "article:modified_time": iso(upd_machine)})
            + f'<meta name="csrf-token" content="{alnum(rngx, 40)}"><link rel="preload" as="style" href="/build/assets/app-4c1d9e2a.css"><link rel="modulepreload" href="/build/assets/app-8b2f0c71.js">'
            + f'<script type="text/javascript">const Ziggy = {dump(ziggy)};!function(t,r){{"object"==typeof exports&&"undefined"!=typeof module?module.exports=r():"function"==typeof define&&define.amd?define(r):(t||self).route=r()}}(this,function(){{return function(){{}}}});</script>'
            + '<script type="module" src="/build/assets/app-8b2f0c71.js"></script>')
    return page("s27-01", family="province_party_laravel_inertia_vue3_moment_llll_stamp_name_dot_unit_meta_row",
                name="hagiang-tinhuy-laravel10-inertia-vue3-ssr-data-page-props-svg-chevron-crumb-hoat-dong-cua-tinh-uy-h1-meta-row-name-middle-dot-unit-middle-dot-lowercase-weekday-d-thang-m-nam-yyyy-hh-mm-relative-ago-text-lg-semibold-lead-vue-caption-divs",
                url=url, art=A1, main_fn=main, pub=pub, prefix="hg", kb=190,
                org="Đảng bộ tỉnh Hà Giang", addr="Số 1 đường Nguyễn Trãi, TP Hà Giang, tỉnh Hà Giang", phone="0219.3866.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "inertia", "head_extra": head, "title": A1.title + " - Đảng bộ tỉnh Hà Giang", "app_attr": dump(props), "lang": "vi"},
                exp=expected(A1, iso(pub), author="Thu Hằng", unit="Văn phòng Tỉnh ủy", category="Hoạt động của Tỉnh ủy"),
                traps={"chrome": ["Nghe đọc bài", "Tin cùng chuyên mục", "Lịch công tác Thường trực Tỉnh ủy", "Từ khóa:", "chính quyền hai cấp", "(5 ngày trước)"],
                       "documents": ["Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư"], "related": lambda rl: rl[:5]},
                notes="A Tỉnh ủy portal built in-house on Laravel 10 + Inertia.js + Vue 3 with server-side rendering: the rendered HTML sits inside <div id='app' data-page='…'>, and that attribute carries the page props as JSON (the article's title, summary, full content HTML, author, unit, category, and Laravel's UTC serialisations 'published_at':'2025-03-14T10:40:00.000000Z', 'updated_at':'2025-03-15T02:03:11.000000Z'). The visible meta row under the h1 prints 'Thu Hằng · Văn phòng Tỉnh ủy · thứ sáu, 14 tháng 3 năm 2025 17:40 (5 ngày trước)' — author and unit as two spans joined by a middle dot (new separator; Vue drops the whitespace between the spans, the gap is CSS) → author 'Thu Hằng', unit 'Văn phòng Tỉnh ủy'; the stamp is moment.js / Carbon vi 'LLLL' (weekday in lower case, 'tháng 3 năm 2025', the time after the year) in a <time> that agrees → 2025-03-14T17:40; the relative '(5 ngày trước)' is the age at the crawl, not a stamp. The machine-only updated_at (data-page JSON, og article:modified_time) is never shown → updated null. Breadcrumb separated by SVG chevrons only (no text separator): 'Trang chủ', 'Tin tức' (generic), 'Hoạt động của Tỉnh ủy' → category. Lead: p.text-lg.font-semibold (bold by Tailwind class, no <strong>). Two Vue image components with div.article-image__caption captions. Related cards show relative ages only.",
                readme="Laravel 10 + Inertia.js + Vue 3 SSR Tỉnh ủy (page props as JSON in #app[data-page]): meta row 'Name · Unit · thứ sáu, 14 tháng 3 năm 2025 17:40 (5 ngày trước)' (middle-dot separators, moment-style vi LLLL with a lower-case weekday), SVG-chevron crumb 'Hoạt động của Tỉnh ủy', Tailwind semibold lead, Vue caption divs, machine-only updated_at")


# ===================================================================== 2 Hội Khuyến học huyện Ba Bể (Bắc Kạn): Blogger; date header above the title, '12:20 SA' in the post footer (TWIST)
A2 = Art("Trao 45 suất học bổng “Tiếp bước đến trường” cho học sinh vùng hồ Ba Bể",
         None,
         [("p", "Sáng 14/4, tại Trường Phổ thông Dân tộc bán trú THCS Nam Mẫu, Hội Khuyến học huyện Ba Bể phối hợp với Quỹ Học bổng “Tiếp bước đến trường” tổ chức trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt ở các xã vùng hồ Ba Bể."),
          ("p", "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt cùng bộ sách giáo khoa, đồ dùng học tập. Tổng giá trị chương trình hơn 80 triệu đồng, do các nhà hảo tâm, doanh nghiệp và con em quê hương Ba Bể đang công tác, làm ăn xa ủng hộ."),
          ("img", "https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh7Qm1/s1600/trao-hoc-bong-nam-mau.jpg", "Lãnh đạo Hội Khuyến học huyện trao học bổng cho các em học sinh xã Nam Mẫu"),
          ("p", "Phát biểu tại buổi lễ, ông Ma Văn Quyết, Chủ tịch Hội Khuyến học huyện ghi nhận những cố gắng của các em học sinh trong điều kiện đường xa, thời tiết khắc nghiệt; mong các em tiếp tục chăm ngoan, học giỏi, trở thành con ngoan, trò giỏi, công dân có ích cho quê hương."),
          ("img", "https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEj9Lk2/s1600/hoc-sinh-nhan-hoc-bong.jpg", "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu"),
          ("p", "Năm học 2024 - 2025, các cấp hội khuyến học trong huyện đã vận động được hơn 1,2 tỷ đồng cho quỹ khuyến học, khuyến tài; trao 612 suất học bổng, khen thưởng 1.340 lượt học sinh giỏi. Phong trào xây dựng “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” tiếp tục lan tỏa ở khắp các thôn, bản."),
          ("img", "https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEk3Pq7/s1600/van-nghe-chao-mung.jpg", "Tiết mục văn nghệ chào mừng của học sinh Trường PTDTBT THCS Nam Mẫu")])
BYLINE2 = "Người viết: Hoàng Thị Lụa, Ủy viên Ban Thường vụ Hội Khuyến học huyện Ba Bể"


def page02():
    pub = T("2025-04-15 00:20")
    rng = __import__("random").Random("s27-02")
    site = "https://www.khuyenhocbabe.vn"
    path = "/2025/04/trao-45-suat-hoc-bong-tiep-buoc-en-truong.html"
    url = site + path
    blog_id, post_id = "7" + "".join(rng.choice("0123456789") for _ in range(18)), "3" + "".join(rng.choice("0123456789") for _ in range(18))
    prof = "https://www.blogger.example/profile/0" + "".join(rng.choice("0123456789") for _ in range(19))
    date_header = f"{wd(pub)}, {pub.day} tháng {pub.month}, {pub.year}"

    def img(s, c, n):
        small = s.replace("/s1600/", "/w640-h360/")
        return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="{s}" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="900" data-original-width="1600" height="360" src="{small}" width="640" /></a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{esc(c)}</td></tr></tbody></table>')

    body = A2.render(p=lambda t: f'<div style="text-align: justify;">{esc(t)}</div><div style="text-align: justify;"><br /></div>', img=img, sep="\n")
    body += f'\n<div style="text-align: right;"><b>{esc(BYLINE2)}</b></div>'
    older = heads8(rng, 9, avoid=[A2.title])
    newer_t, older_t = "Hội Khuyến học xã Khang Ninh ra mắt mô hình “Cộng đồng học tập” thôn Nà Hàn", "Tổng kết phong trào khuyến học, khuyến tài năm 2024 ở xã Chu Hương"
    popular = [(t, "Năm học qua, phong trào khuyến học ở cơ sở tiếp tục có nhiều chuyển biến tích cực...") for t in older[:4]]
    pop_html = "".join(f'<li><div class="item-content"><div class="item-title"><a href="{site}/2025/0{rng.randint(1, 3)}/{slug(t)[:40]}.html">{esc(t)}</a></div><div class="item-snippet">{esc(sn)}</div></div><div style="clear: both;"></div></li>' for t, sn in popular)
    labels = [("Hoạt động khuyến học", 86), ("Gương sáng hiếu học", 41), ("Văn bản", 17), ("Xây dựng xã hội học tập", 29), ("Tin cơ sở", 64)]
    lab_html = "".join(f'<li><a dir="ltr" href="{site}/search/label/{slug(l)}">{esc(l)}</a><span dir="ltr">({n})</span></li>' for l, n in labels)
    apr_posts = [A2.title] + older[4:8]
    arch = (f'<ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="{site}/2025/">2025</a> <span class="post-count" dir="ltr">(31)</span>'
            f'<ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="{site}/2025/04/">tháng 4</a> <span class="post-count" dir="ltr">(5)</span>'
            f'<ul class="posts">' + "".join(f'<li><a href="{site}/2025/04/{slug(t)[:40]}.html">{esc(t)}</a></li>' for t in apr_posts[1:]) + '</ul></li>'
            + "".join(f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a><a class="post-count-link" href="{site}/2025/{m:02d}/">tháng {m}</a> <span class="post-count" dir="ltr">({c})</span></li>' for m, c in [(3, 9), (2, 7), (1, 10)])
            + '</ul></li>' + "".join(f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a><a class="post-count-link" href="{site}/{y}/">{y}</a> <span class="post-count" dir="ltr">({c})</span></li>' for y, c in [(2024, 112), (2023, 98), (2022, 74)]) + '</ul>')
    share_btns = "".join(f'<a class="goog-inline-block share-button sb-{k}" href="https://www.blogger.example/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target={k}" target="_blank" title="{t}"><span class="share-button-link-text">{t}</span></a>'
                         for k, t in [("email", "Gửi email bài đăng này"), ("blog", "BlogThis!"), ("twitter", "Chia sẻ lên X"), ("facebook", "Chia sẻ lên Facebook"), ("pinterest", "Chia sẻ lên Pinterest")])
    data_ctx = {"blog": {"blogId": blog_id, "title": "Hội Khuyến học huyện Ba Bể", "url": url, "canonicalUrl": url, "homepageUrl": site + "/", "searchUrl": site + "/search",
                         "canonicalHomepageUrl": site + "/", "blogspotFaviconUrl": site + "/favicon.ico", "bloggerUrl": "https://www.blogger.example", "hasCustomDomain": True,
                         "httpsEnabled": True, "enabledCommentProfileImages": True, "gPlusViewType": "FILTERED_POSTMOD", "adultContent": False, "analyticsAccountNumber": "",
                         "encoding": "UTF-8", "locale": "vi", "localeUnderscoreDelimited": "vi", "languageDirection": "ltr", "isPrivate": False, "isMobile": False,
                         "isMobileRequest": False, "mobileClass": "", "isPrivateBlog": False, "isDynamicViewsAvailable": True, "feedLinks": "",
                         "meTag": "", "adsenseHostId": "ca-host-pub-" + "".join(rng.choice("0123456789") for _ in range(16)), "adsenseHasAds": False, "adsenseAutoAds": False,
                         "boqCommentIframeForm": True, "loginRedirectParam": "", "view": "", "dynamicViewsCommentsSrc": "//www.blogblog.example/dynamicviews/4224c15c4e7c9321/js/comments.js",
                         "dynamicViewsScriptSrc": "//www.blogblog.example/dynamicviews/" + hexid(rng, 16), "plusOneApiSrc": "https://apis.google.example/js/platform.js",
                         "disableGComments": True, "interstitialAccepted": False, "sharing": {"platforms": [{"name": "Lấy đường liên kết", "key": "link", "shareMessage": "Lấy đường liên kết", "target": ""},
                         {"name": "Facebook", "key": "facebook", "shareMessage": "Chia sẻ lên Facebook", "target": "facebook"}, {"name": "BlogThis!", "key": "blogThis", "shareMessage": "BlogThis!", "target": "blog"},
                         {"name": "X", "key": "twitter", "shareMessage": "Chia sẻ lên X", "target": "twitter"}, {"name": "Email", "key": "email", "shareMessage": "Email", "target": "email"}],
                         "disableGooglePlus": True, "googlePlusShareButtonWidth": 0, "googlePlusBootstrap": "<script type=\"text/javascript\">window.___gcfg = {'lang': 'vi'};</script>"},
                         "hasCustomJumpLinkMessage": False, "jumpLinkMessage": "Đọc thêm", "pageType": "item", "postId": post_id, "pageName": A2.title, "pageTitle": "Hội Khuyến học huyện Ba Bể: " + A2.title},
                "features": {}, "messages": {"edit": "Sửa", "linkCopiedToClipboard": "Đã sao chép đường liên kết vào bảng nhớ tạm!", "ok": "Ok", "postLink": "Liên kết bài đăng"},
                "template": {"name": "custom", "localizedName": "Tùy chỉnh", "isResponsive": False, "isAlternateRendering": False, "isCustom": True},
                "view": {"classic": {"name": "classic", "url": "?view=classic"}, "flipcard": {"name": "flipcard", "url": "?view=flipcard"}, "magazine": {"name": "magazine", "url": "?view=magazine"},
                         "mosaic": {"name": "mosaic", "url": "?view=mosaic"}, "sidebar": {"name": "sidebar", "url": "?view=sidebar"}, "snapshot": {"name": "snapshot", "url": "?view=snapshot"},
                         "timeslide": {"name": "timeslide", "url": "?view=timeslide"}, "isMobile": False, "title": A2.title, "description": A2.blocks[0][1][:150], "url": url,
                         "type": "item", "isSingleItem": True, "isMultipleItems": False, "isError": False, "isPage": False, "isPost": True, "isHomepage": False, "isArchive": False,
                         "isLabelSearch": False, "postId": int(post_id)}}
    widgets = "".join(f"_WidgetManager._RegisterWidget('_{k}View', new _WidgetInfo('{w}', '{sec}', document.getElementById('{w}'), {{}}, 'displayModeFull'));"
                      for k, w, sec in [("Navbar", "Navbar1", "navbar"), ("Header", "Header1", "header"), ("PageList", "PageList1", "crosscol"), ("Blog", "Blog1", "main"),
                                        ("Profile", "Profile1", "sidebar-right-1"), ("PopularPosts", "PopularPosts1", "sidebar-right-1"), ("Label", "Label1", "sidebar-right-1"),
                                        ("BlogArchive", "BlogArchive1", "sidebar-right-1"), ("Attribution", "Attribution1", "footer-1")])
    ctx_js = dump([{'name': k, 'data': v} for k, v in data_ctx.items()]).replace('</', '<\\/')
    skin = css(rng, "post", 60) + css(rng, "sidebar", 40) + css(rng, "widget", 40)
    html = (f"<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>\n<head>\n"
            f"<meta content='width=1100' name='viewport'/>\n<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n<meta content='blogger' name='generator'/>\n"
            f"<link href='{site}/favicon.ico' rel='icon' type='image/x-icon'/>\n<link href='{url}' rel='canonical'/>\n"
            f"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Hội Khuyến học huyện Ba Bể - Atom\" href=\"{site}/feeds/posts/default\" />\n"
            f"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Hội Khuyến học huyện Ba Bể - RSS\" href=\"{site}/feeds/posts/default?alt=rss\" />\n"
            f"<link rel=\"me\" href=\"{prof}\" />\n<meta content='{esc(url, True)}' property='og:url'/>\n<meta content='{esc(A2.title, True)}' property='og:title'/>\n"
            f"<meta content='{esc(A2.blocks[0][1][:160], True)}' property='og:description'/>\n<meta content='{A2.blocks[2][1]}' property='og:image'/>\n"
            f"<title>Hội Khuyến học huyện Ba Bể: {esc(A2.title)}</title>\n"
            f"<style id='page-skin-1' type='text/css'><!--\n/*\n-----------------------------------------------\nBlogger Template Style\nName:     Simple\nDesigner: Blogger\n----------------------------------------------- */\n{skin}\n--></style>\n"
            f"<script type='text/javascript'>(function(){{var a=window,c=\"chrome\",d=\"csi\";a[c]=a[c]||{{}};a[c][d]=a[c][d]||function(){{return{{startE:Date.now(),onloadT:0}}}};}})();</script>\n<!--PAD-->\n</head>\n"
            f"<body class='loading variant-simplysimple'>\n<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type=\"text/javascript\">\n"
            f"function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} else {{ window.attachEvent('onload', function(){{ object[attribute] = val; }}); }} }}\n</script>\n"
            f"<div id=\"navbar-iframe-container\"></div>\n<script type=\"text/javascript\">gapi.load(\"gapi.iframes:gapi.iframes.style.bubble\", function() {{ if (gapi.iframes && gapi.iframes.getContext) {{ gapi.iframes.getContext().openChild({{ url: 'https://www.blogger.example/navbar/{blog_id}?po\\x3d{post_id}\\x26origin\\x3d{site}', where: document.getElementById(\"navbar-iframe-container\"), id: \"navbar-iframe\" }}); }} }});</script></div></div>\n"
            f"<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div></div><div class='fauxborder-left'><div class='fauxborder-right'></div><div class='fauxcolumn-inner'></div></div></div></div>\n"
            f"<div class='content'><div class='content-outer'><div class='content-cap-top cap-top'><div class='cap-left'></div><div class='cap-right'></div></div><div class='fauxborder-left content-fauxborder-left'><div class='content-inner'>\n"
            f"<header><div class='header-outer'><div class='header-cap-top cap-top'></div><div class='region-inner header-inner'><div class='header section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>"
            f"<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{site}/'>Hội Khuyến học huyện Ba Bể</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Trang thông tin của Hội Khuyến học huyện Ba Bể, tỉnh Bắc Kạn - Khuyến học, khuyến tài, xây dựng xã hội học tập</span></p></div></div></div></div></div></div></header>\n"
            f"<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Tất cả các cột'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul>"
            + "".join(f"<li><a href='{site}/{h}'>{t}</a></li>" for h, t in [("", "Trang chủ"), ("p/gioi-thieu.html", "Giới thiệu"), ("search/label/V%C4%83n%20b%E1%BA%A3n", "Văn bản"), ("p/quy-khuyen-hoc.html", "Quỹ khuyến học"), ("p/lien-he.html", "Liên hệ")])
            + "</ul><div class='clear'></div></div></div></div></div></div>\n"
            f"<div class='main-outer'><div class='main-cap-top cap-top'></div><div class='fauxborder-left main-fauxborder-left'><div class='region-inner main-inner'><div class='columns fauxcolumns'>\n"
            f"<div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Chính'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>\n"
            f"<div class=\"date-outer\">\n<h2 class='date-header'><span>{date_header}</span></h2>\n<div class=\"date-posts\">\n<div class='post-outer'>\n"
            f"<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
            f"<meta content='{A2.blocks[2][1]}' itemprop='image_url'/>\n<meta content='{blog_id}' itemprop='blogId'/>\n<meta content='{post_id}' itemprop='postId'/>\n<a name='{post_id}'></a>\n"
            f"<h3 class='post-title entry-title' itemprop='name'>\n{esc(A2.title)}\n</h3>\n<div class='post-header'>\n<div class='post-header-line-1'></div>\n</div>\n"
            f"<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>\n{body}\n<div style='clear: both;'></div>\n</div>\n"
            f"<div class='post-footer'>\n<div class='post-footer-line post-footer-line-1'>\n<span class='post-author vcard'>\nĐăng bởi\n<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>\n"
            f"<meta content='{prof}' itemprop='url'/>\n<a class='g-profile' href='{prof}' rel='author' title='author profile'>\n<span itemprop='name'>Khuyến học Ba Bể</span>\n</a>\n</span>\n</span>\n"
            f"<span class='post-timestamp'>\nlúc\n<meta content='{url}' itemprop='url'/>\n<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(pub)}'>{h12(pub)}</abbr></a>\n</span>\n"
            f"<span class='post-comment-link'>\n</span>\n<span class='post-icons'>\n<span class='item-control blog-admin pid-1{hexid(rng, 8)}'>\n<a href='https://www.blogger.example/post-edit.g?blogID={blog_id}&amp;postID={post_id}&amp;from=pencil' title='Sửa Bài đăng'>\n"
            f"<img alt='' class='icon-action' height='18' src='https://resources.blogblog.example/img/icon18_edit_allbkg.gif' width='18'/>\n</a>\n</span>\n</span>\n"
            f"<div class='post-share-buttons goog-inline-block'>\n{share_btns}\n</div>\n</div>\n"
            f"<div class='post-footer-line post-footer-line-2'>\n<span class='post-labels'>\nNhãn:\n<a href='{site}/search/label/Ho%E1%BA%A1t%20%C4%91%E1%BB%99ng%20khuy%E1%BA%BFn%20h%E1%BB%8Dc' rel='tag'>Hoạt động khuyến học</a>\n</span>\n</div>\n"
            f"<div class='post-footer-line post-footer-line-3'>\n<span class='post-location'>\n</span>\n</div>\n</div>\n</div>\n"
            f"<div class='comments' id='comments'>\n<a name='comments'></a>\n<h4>Không có nhận xét nào:</h4>\n<div id='Blog1_comments-block-wrapper'>\n<dl class='avatar-comment-indent' id='comments-block'>\n</dl>\n</div>\n"
            f"<p class='comment-footer'>\n<div class='comment-form'>\n<a name='comment-form'></a>\n<h4 id='comment-post-message'>Đăng nhận xét</h4>\n<p>\n</p>\n"
            f"<a href='https://www.blogger.example/comment/frame/{blog_id}?po={post_id}&amp;hl=vi&amp;saa=85391&amp;origin={site}' id='comment-editor-src'></a>\n"
            f"<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>\n"
            f"<script src='https://www.blogger.example/static/v1/jsbin/2830521187-comment_from_post_iframe.js' type='text/javascript'></script>\n<script type='text/javascript'>BLOG_CMT_createIframe('https://www.blogger.example/rpc_relay.html');</script>\n</div>\n</p>\n</div>\n"
            f"</div>\n</div>\n</div>\n</div>\n"
            f"<div class='blog-pager' id='blog-pager'>\n<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='{site}/2025/04/{slug(newer_t)[:40]}.html' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a>\n</span>\n"
            f"<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='{site}/2025/04/{slug(older_t)[:40]}.html' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a>\n</span>\n"
            f"<a class='home-link' href='{site}/'>Trang chủ</a>\n</div>\n<div class='clear'></div>\n<div class='post-feeds'>\n<div class='feed-links'>\nĐăng ký:\n"
            f"<a class='feed-link' href='{site}/feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>Đăng Nhận xét (Atom)</a>\n</div>\n</div>\n</div></div></div></div>\n"
            f"<div class='column-left-outer'><div class='column-left-inner'><aside></aside></div></div>\n"
            f"<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>\n"
            f"<div class='widget Profile' data-version='1' id='Profile1'><h2>Giới thiệu về tôi</h2><div class='widget-content'><a href='{prof}'><img alt='Ảnh của tôi' class='profile-img' height='80' src='//blogger.googleusercontent.example/img/b/R29vZ2xl/logo-khuyen-hoc/s113/logo.png' width='80'/></a>"
            f"<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='{prof}' rel='author' style='background-image: url(//www.blogger.example/img/logo-16.png);'>Khuyến học Ba Bể</a></dt>"
            f"<dd class='profile-textblock'>Hội Khuyến học huyện Ba Bể. Địa chỉ: Tiểu khu 2, thị trấn Chợ Rã, huyện Ba Bể, tỉnh Bắc Kạn. Điện thoại: 0209.3876.215.</dd></dl>"
            f"<a class='profile-link' href='{prof}' rel='author'>Xem hồ sơ hoàn chỉnh của tôi</a><div class='clear'></div></div></div>\n"
            f"<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>{pop_html}</ul><div class='clear'></div></div></div>\n"
            f"<div class='widget Label' data-version='1' id='Label1'><h2>Nhãn</h2><div class='widget-content list-label-widget-content'><ul>{lab_html}</ul><div class='clear'></div></div></div>\n"
            f"<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>{arch}</div></div><div class='clear'></div></div></div>\n"
            f"</div></aside></div></div>\n</div><div style='clear: both'></div></div></div></div></div>\n"
            f"<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>"
            f"Hội Khuyến học huyện Ba Bể. Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.example' target='_blank'>Blogger</a>.</div><div class='clear'></div></div></div></div></div></footer>\n"
            f"</div></div></div></div>\n<script type=\"text/javascript\" src=\"https://www.blogger.example/static/v1/widgets/2975350028-widgets.js\"></script>\n"
            f"<script type='text/javascript'>\nwindow['__wavt'] = '{alnum(rng, 60)}:{rng.randint(10**12, 10**13)}';_WidgetManager._Init('//www.blogger.example/rearrange?blogID\\x3d{blog_id}','//www.khuyenhocbabe.vn{path}','{blog_id}');\n"
            f"_WidgetManager._SetDataContext({ctx_js});\n{widgets}\n</script>\n</body>\n</html>\n")
    html = pad(html, rng, 135, prefix="bl")
    exp = expected(A2, iso(pub), author="Hoàng Thị Lụa", unit="Hội Khuyến học huyện Ba Bể", category="Hoạt động khuyến học", lead=None)
    return mk("study_promotion_association_blogger_date_header_and_twelve_sa_footer_time",
              "backan-babe-hoikhuyenhoc-blogger-custom-domain-date-header-weekday-d-thang-m-yyyy-above-h3-post-title-footer-dang-boi-profile-name-luc-12-20-sa-abbr-published-nhan-label-tr-caption-tables-no-lead-bold-right-nguoi-viet-name-post-unit",
              url, html, exp,
              {"accounts": ["Khuyến học Ba Bể"], "bylines": [BYLINE2], "wrong_time": ["12:20 SA"],
               "chrome": ["Không có nhận xét nào:", "Đăng nhận xét", "Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Đăng Nhận xét (Atom)", "Gửi email bài đăng này", "BlogThis!", "Giới thiệu về tôi", "Xem hồ sơ hoàn chỉnh của tôi", "Lưu trữ Blog", "Bài đăng phổ biến"],
               "popular": older[:4], "archive": apr_posts[1:]},
              "TWIST: a district Hội Khuyến học on Blogger (custom domain, a 'Simple'-derived template). Blogger splits the stamp: the DATE is the date header above the post ('Thứ Ba, 15 tháng 4, 2025', h2.date-header) and the TIME is in the post footer, 'Đăng bởi Khuyến học Ba Bể lúc 12:20 SA', in the blog's 12-hour vi format. 12:20 SA is twenty past MIDNIGHT ('SA' = sáng, a.m.; on a 12-hour clock 12 SA is 00 h): the post was scheduled to appear at 00:20 on the 15th, the night after the ceremony of the 14th (the text says 'Sáng 14/4'). The footer's <abbr class='published' title='2025-04-15T00:20:00+07:00'> agrees. → published 2025-04-15T00:20:00+07:00. An extractor that turns '12:20 SA' into 12:20 (noon) stores a publication twelve hours late with nothing empty. Title: h3.post-title under the blog's h1 (the blog name). No lead (the text opens with a dated paragraph; Blogger bodies are <div style='text-align: justify'> blocks with <br> spacer divs). Three Blogger caption tables (table.tr-caption-container, td.tr-caption) → captions. 'Đăng bởi Khuyến học Ba Bể' is the blog's profile name (an account, not a person) → not the author. The text ends with the bold right 'Người viết: Hoàng Thị Lụa, Ủy viên Ban Thường vụ Hội Khuyến học huyện Ba Bể' → author 'Hoàng Thị Lụa' (label 'Người viết:' dropped), unit 'Hội Khuyến học huyện Ba Bể' (the post 'Ủy viên Ban Thường vụ' dropped, as set 26 dropped 'Chính ủy'). Category: the post label 'Nhãn: Hoạt động khuyến học' (label word dropped). Sidebar: profile, popular posts, label cloud with counts, the archive (▼ 2025 (31), tháng 4 (5) …) are chrome; _WidgetManager data blobs are scripts.",
              "TWIST the time is '12:20 SA' (12-hour clock: twenty past MIDNIGHT, a scheduled post) in Blogger's post footer, the date in the date header above the title 'Thứ Ba, 15 tháng 4, 2025' → 2025-04-15T00:20; Blogger Hội Khuyến học huyện: h3 post title, 'Đăng bởi <profile name>' (account), 'Nhãn:' label = category, tr-caption tables, no lead, bold right 'Người viết: Name, <post> <unit>'")


# ===================================================================== 3 Tỉnh đoàn Phú Yên: WordPress + Flatsome; photo story with a [ux_gallery] (captions in box-text); photographers credited first
A3 = Art("Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025",
         "Sáng 1/6, Ban Thường vụ Tỉnh đoàn Phú Yên tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025 tại xã An Ninh Đông, huyện Tuy An. Hơn 600 đoàn viên, thanh niên tham gia lễ ra quân.",
         [("p", "Chiến dịch năm nay được tổ chức từ ngày 1/6 đến 31/8 với 4 chương trình trọng tâm: “Hành quân xanh”, “Mùa hè xanh”, “Tiếp sức mùa thi” và “Kỳ nghỉ hồng”. Các đội hình tình nguyện tập trung vào chuyển đổi số ở cơ sở, bảo vệ môi trường, xây dựng công trình thanh niên và chăm lo cho thiếu nhi dịp hè."),
          ("p", "Ngay sau lễ ra quân, các đội hình đã dọn vệ sinh 3 km bờ biển thôn Xuân Phú, trồng 500 cây phi lao chắn cát, sửa chữa 2 nhà nhân ái cho hộ nghèo, tặng 120 suất quà cho thiếu nhi có hoàn cảnh khó khăn và khám bệnh, cấp thuốc miễn phí cho 200 người cao tuổi."),
          ("img", "/wp-content/uploads/2025/06/trao-co-doi-hinh-tinh-nguyen.jpg", "Đồng chí Lê Minh Trung, Bí thư Tỉnh đoàn trao cờ cho các đội hình tình nguyện"),
          ("img", "/wp-content/uploads/2025/06/don-ve-sinh-bo-bien-xuan-phu.jpg", "Đoàn viên, thanh niên dọn vệ sinh bờ biển thôn Xuân Phú"),
          ("img", "/wp-content/uploads/2025/06/trong-cay-phi-lao.jpg", "Trồng cây phi lao chắn cát ven biển xã An Ninh Đông"),
          ("img", "/wp-content/uploads/2025/06/thay-thuoc-tre-kham-benh.jpg", "Đội hình thầy thuốc trẻ khám bệnh, cấp thuốc cho người cao tuổi"),
          ("img", "/wp-content/uploads/2025/06/trao-qua-thieu-nhi.jpg", "Trao quà cho thiếu nhi có hoàn cảnh khó khăn"),
          ("img", "/wp-content/uploads/2025/06/sua-nha-nhan-ai.jpg", "Thanh niên tình nguyện sửa chữa nhà nhân ái cho hộ nghèo"),
          ("p", "Dịp này, Tỉnh đoàn khánh thành công trình thanh niên “Thắp sáng đường quê” dài 1,5 km tại thôn Phú Thạnh, trị giá 85 triệu đồng, và phát động cuộc thi ảnh “Khoảnh khắc tình nguyện” trên trang fanpage của Tỉnh đoàn.")])
BYLINE3 = "Ảnh: Nguyễn Hữu Phát, Lê Thị Kim Ngân - Bài: Trần Quốc Huy"


def page03():
    pub = T("2025-06-01 16:45")
    url = "https://tinhdoanphuyen.org.vn/ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2025/"
    prev_t, next_t = "Tuyên dương 50 “Thanh niên tiêu biểu làm theo lời Bác” năm 2025", "Khai mạc Liên hoan “Thiếu nhi Phú Yên - Vui khỏe, sáng tạo” lần thứ IV"

    def main(rng, rl, rd):
        gal = []
        pars = []
        for b in A3.blocks:
            if b[0] == "img":
                s = b[1]
                gal.append(f'<div class="gallery-col col"><div class="col-inner"><a class="image-lightbox lightbox-gallery" title="{esc(b[2], True)}" href="{s}">'
                           f'<div class="box has-hover gallery-box box-overlay dark"><div class="box-image"><img width="600" height="400" src="{s[:-4]}-600x400.jpg" class="attachment-medium size-medium" alt="" decoding="async" loading="lazy" />'
                           f'<div class="overlay" style="background-color: rgba(0,0,0,.15)"></div></div><div class="box-text text-left"><p>{esc(b[2])}</p></div></div></a></div></div>')
            else:
                if gal:
                    pars.append('<div class="row large-columns-3 medium-columns-2 small-columns-2 row-small has-shadow row-box-shadow-1 row-box-shadow-2-hover" id="gallery-' + str(rng.randint(100, 999)) + '">' + "".join(gal) + "</div>")
                    gal = []
                pars.append(f"<p>{esc(b[1])}</p>")
        shares = "".join(f'<a href="#" data-label="{k}" class="icon button circle is-outline tooltip {k.lower()}" title="Chia sẻ lên {k}" aria-label="Chia sẻ lên {k}"><i class="icon-{k.lower()}"></i></a>' for k in ["Facebook", "Zalo", "Twitter", "Email"])
        return (f'<article id="post-1842" class="post-1842 post type-post status-publish format-standard has-post-thumbnail hentry category-thanh-nien-tinh-nguyen"><div class="article-inner ">'
                f'<header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">'
                f'<h6 class="entry-category is-xsmall"><a href="https://tinhdoanphuyen.org.vn/chuyen-muc/thanh-nien-tinh-nguyen/" rel="category tag">Thanh niên tình nguyện</a></h6>'
                f'<h1 class="entry-title">{esc(A3.title)}</h1><div class="entry-divider is-divider small"></div>'
                f'<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng vào <a href="{url}" rel="bookmark"><time class="entry-date published updated" datetime="{iso(pub)}">{dmy(pub)}</time></a></span> '
                f'<span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="https://tinhdoanphuyen.org.vn/author/tinhdoan_py/">tinhdoan_py</a></span></span></div></div>'
                f'<div class="entry-image relative"><a href="{url}"><img width="1020" height="680" src="/wp-content/uploads/2025/06/ra-quan-tnth-2025.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async" fetchpriority="high" /></a>'
                f'<div class="badge absolute top post-date badge-outline"><div class="badge-inner"><span class="post-date-day">{pub.day:02d}</span><br><span class="post-date-month is-small">Th{pub.month}</span></div></div></div></header>'
                f'<div class="entry-content single-page"><p><strong><em>{esc(A3.lead)}</em></strong></p>{"".join(pars)}{right_bold(BYLINE3)}'
                f'<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative">{shares}</div></div></div>'
                f'<div class="entry-author author-box"><div class="flex-row align-top"><div class="flex-col mr circle"><div class="blog-author-image"><img alt="" src="https://secure.gravatar.example/avatar/{hexid(rng, 32)}?s=90&amp;d=mm&amp;r=g" class="avatar avatar-90 photo" height="90" width="90" /></div></div>'
                f'<div class="flex-col flex-grow"><h5 class="author-name uppercase pt-half">tinhdoan_py</h5><p class="author-desc small"></p></div></div></div>'
                f'<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav bt bb"><div class="flex-col flex-grow nav-prev text-left"><div class="nav-previous"><a href="/{slug(prev_t)}/" rel="prev"><span class="hide-for-small"><i class="icon-angle-left"></i></span> {esc(prev_t)}</a></div></div>'
                f'<div class="flex-col flex-grow nav-next text-right"><div class="nav-next"><a href="/{slug(next_t)}/" rel="next">{esc(next_t)} <span class="hide-for-small"><i class="icon-angle-right"></i></span></a></div></div></div></nav></div></article>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>'
                f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu *</p>'
                f'<p class="comment-form-comment"><label for="comment">Bình luận *</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type="hidden" name="comment_post_ID" value="1842" id="comment_post_ID" /></p></form></div></div>')

    def side(rng, pub_):
        ds = past(pub_, rng, 5, 1, 20)
        items = "".join(f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half"><div class="flex-col mr-half"><div class="badge post-date badge-small badge-outline"><div class="badge-inner bg-fill">'
                        f'<span class="post-date-day">{d.day:02d}</span><br><span class="post-date-month is-xsmall">Th{d.month}</span></div></div></div><div class="flex-col flex-grow"><a href="/{slug(t)}/" title="{esc(t, True)}">{esc(t)}</a>'
                        f'<span class="post_comments op-7 block is-xsmall"><a href="/{slug(t)}/#respond"></a></span></div></div></li>' for t, d in zip(heads8(rng, 5), ds))
        cats = "".join(f'<li class="cat-item"><a href="/chuyen-muc/{slug(c)}/">{esc(c)}</a> ({n})</li>' for c, n in [("Tin hoạt động", 412), ("Thanh niên tình nguyện", 96), ("Thiếu nhi", 133), ("Gương sáng", 58), ("Văn bản", 71)])
        return (f'<aside id="flatsome_recent_posts-2" class="widget flatsome_recent_posts"><span class="widget-title "><span>Bài viết mới</span></span><div class="is-divider small"></div><ul>{items}</ul></aside>'
                f'<aside id="categories-3" class="widget widget_categories"><span class="widget-title "><span>Chuyên mục</span></span><div class="is-divider small"></div><ul>{cats}</ul></aside>'
                f'<aside id="custom_html-4" class="widget_text widget widget_custom_html"><span class="widget-title "><span>Fanpage Tỉnh đoàn</span></span><div class="textwidget custom-html-widget"><iframe src="https://www.facebook.example/plugins/page.php?href=tinhdoanphuyen" width="300" height="320" style="border:none;overflow:hidden"></iframe></div></aside>')

    def top(rng, pub_):
        return ('<div class="flex-row container"><div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small nav-divided"><li class="html custom html_topbar_left">Hotline: 0257.3823.456 | Email: tinhdoan@phuyen.example</li></ul></div>'
                '<div class="flex-col hide-for-medium flex-right"><ul class="nav top-bar-nav nav-right nav-small nav-divided"><li class="html header-social-icons ml-0"><div class="social-icons follow-icons"><a href="#" class="icon plain facebook tooltip" title="Theo dõi trên Facebook"><i class="icon-facebook"></i></a><a href="#" class="icon plain youtube tooltip" title="Theo dõi trên YouTube"><i class="icon-youtube"></i></a></div></li></ul></div></div>'
                '<div id="masthead" class="header-main "><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation"><div id="logo" class="flex-col logo"><a href="https://tinhdoanphuyen.org.vn/" title="Tỉnh đoàn Phú Yên - Tuổi trẻ Phú Yên" rel="home"><img width="380" height="90" src="/wp-content/uploads/2024/03/logo-tinh-doan.png" class="header_logo header-logo" alt="Tỉnh đoàn Phú Yên"/></a></div></div></div>')

    head = (og(A3.title, url, {"og:site_name": "Tỉnh đoàn Phú Yên", "article:published_time": iso(pub), "article:section": "Thanh niên tình nguyện"})
            + '<meta name="generator" content="WordPress 6.8.1" /><link rel="stylesheet" id="flatsome-main-css" href="/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.19.11" type="text/css" media="all" />'
            + '<script type="text/javascript" id="flatsome-js-js-extra">var flatsomeVars = {"theme":{"version":"3.19.11"},"ajaxurl":"https:\\/\\/tinhdoanphuyen.org.vn\\/wp-admin\\/admin-ajax.php","rtl":"","sticky_height":"70","stickyHeaderHeight":"0","scrollPaddingTop":"0","assets_url":"https:\\/\\/tinhdoanphuyen.org.vn\\/wp-content\\/themes\\/flatsome\\/assets\\/","lightbox":{"close_markup":"<button title=\\"%title%\\" type=\\"button\\" class=\\"mfp-close\\"><svg xmlns=\\"http:\\/\\/www.w3.org\\/2000\\/svg\\" width=\\"28\\" height=\\"28\\"><\\/svg><\\/button>","close_btn_inside":false},"user":{"can_edit_pages":false},"i18n":{"mainMenu":"Menu ch\\u00ednh","toggleButton":"Toggle"},"options":{"cookie_notice_version":"1","swatches_layout":false,"swatches_disable_deselect":false,"swatches_box_select_event":false,"swatches_box_behavior_selected":false,"swatches_box_update_urls":"1","swatches_box_reset":false,"swatches_box_reset_limited":false,"swatches_box_reset_extent":false,"swatches_box_reset_time":300,"search_result_latency":"0"}};</script>')
    return page("s27-03", family="youth_union_wp_flatsome_ux_gallery_box_text_captions_two_photographers_first",
                name="phuyen-tinhdoan-wp-flatsome-h6-entry-category-above-h1-entry-title-dang-vao-dd-mm-yyyy-time-agrees-boi-account-post-date-badge-bold-italic-lead-ux-gallery-six-box-text-captions-bold-right-anh-two-names-dash-bai-name",
                url=url, art=A3, main_fn=main, pub=pub, prefix="fl", kb=175,
                org="Tỉnh đoàn Phú Yên", addr="Số 03 Lê Thánh Tôn, phường 1, TP Tuy Hòa, tỉnh Phú Yên", phone="0257.3823.456",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "flatsome", "head_extra": head, "title": A3.title + " – Tỉnh đoàn Phú Yên", "items": MENU_MASS,
                          "body_cls": "post-template-default single single-post postid-1842 single-format-standard lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border"},
                exp=expected(A3, iso(pub), author="Trần Quốc Huy", photographer="Nguyễn Hữu Phát, Lê Thị Kim Ngân", category="Thanh niên tình nguyện"),
                traps={"bylines": [BYLINE3], "accounts": ["tinhdoan_py"], "post_nav": [prev_t, next_t],
                       "chrome": ["Bài viết mới", "Fanpage Tỉnh đoàn", "Email của bạn sẽ không được hiển thị công khai.", "Phản hồi", "Hotline: 0257.3823.456"],
                       "related": lambda rl: []},
                notes="A PHOTO STORY on the WordPress + Flatsome (UX Builder) site of a Tỉnh đoàn. Header: h6.entry-category 'Thanh niên tình nguyện' ABOVE the h1 (Flatsome's category line) → category; meta 'Đăng vào 01/06/2025 bởi tinhdoan_py' (printed upper case by CSS only) with <time datetime='2025-06-01T16:45:00+07:00'> agreeing → published 2025-06-01T16:45 (MAJORITY rule); the post-date badge on the featured image '01 / Th6' is the same day without a year (not a separate stamp); 'tinhdoan_py' is an account (also in the author box under the text). Lead: the bold italic first paragraph. The six photos are a [ux_gallery]: each is an <a class='image-lightbox' title='…'> whose box-text <p> prints the caption under the thumbnail → six captions in gallery order (the title attribute is the lightbox copy, not a caption of its own; set 24). The featured image has no caption. The credit line, bold right at the end, names the PHOTOGRAPHERS FIRST: 'Ảnh: Nguyễn Hữu Phát, Lê Thị Kim Ngân - Bài: Trần Quốc Huy' → photographer 'Nguyễn Hữu Phát, Lê Thị Kim Ngân' (two, joined with ', '), author 'Trần Quốc Huy'. A reader taking the first name after a credit label as the author stores a photographer. Post navigation titles, recent posts with day/month badges, the comment form and the category counts are chrome.",
                readme="WordPress + Flatsome Tỉnh đoàn PHOTO STORY: h6.entry-category above the h1, 'Đăng vào dd/mm/yyyy bởi <account>' (agreeing <time>), date badge without a year, bold italic lead, a [ux_gallery] of six box-text captions (lightbox title copies), photographers credited FIRST 'Ảnh: A, B - Bài: C' (two photographers)")


# ===================================================================== 4 Đảng bộ Công ty XSKT Bình Dương (Đảng ủy Khối Doanh nghiệp tỉnh): Odoo 16 website_blog; subtitle = lead; Babel 'd thg M, y' date only; author = the Odoo author (a person)
A4 = Art("Đảng bộ Công ty tổng kết công tác xây dựng Đảng năm 2024",
         "Năm 2024, Đảng bộ Công ty lãnh đạo hoàn thành vượt kế hoạch doanh thu, nộp ngân sách; 100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
         [("p", "Chiều 10/1, Đảng ủy Công ty TNHH MTV Xổ số kiến thiết Bình Dương tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lâm Văn Hiền, Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh."),
          ("p", "Năm 2024, Đảng ủy đã lãnh đạo Công ty hoàn thành toàn diện các chỉ tiêu kế hoạch sản xuất, kinh doanh:"),
          ("table", [["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
                     ["Doanh thu (tỷ đồng)", "4.650", "4.812", "103,5%"],
                     ["Nộp ngân sách (tỷ đồng)", "1.890", "1.957", "103,5%"],
                     ["Lợi nhuận trước thuế (tỷ đồng)", "1.020", "1.066", "104,5%"]]),
          ("img", "/web/image/2232-5d1e9a0f/trao-giay-khen-chi-bo-2024.jpg", "Đồng chí Võ Thị Kim Phượng, Bí thư Đảng ủy, Chủ tịch Công ty trao giấy khen cho các chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024"),
          ("p", "Công tác xây dựng Đảng được chú trọng; Đảng ủy kết nạp 6 đảng viên mới, tổ chức 12 chuyên đề sinh hoạt chi bộ gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Qua đánh giá, xếp loại, 5/5 chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 2 chi bộ hoàn thành xuất sắc nhiệm vụ."),
          ("p", "Năm 2025, Đảng ủy Công ty đề ra mục tiêu doanh thu 5.000 tỷ đồng; lãnh đạo thực hiện tốt việc sắp xếp tổ chức bộ máy theo chủ trương của Trung ương và của tỉnh, chuẩn bị chu đáo cho đại hội chi bộ, đại hội Đảng bộ Công ty nhiệm kỳ 2025 - 2030.")])
NEXT4 = ("Chi đoàn Công ty ra quân “Xuân tình nguyện” năm 2025", "Đoàn viên thanh niên Công ty tặng 150 phần quà Tết cho công nhân, người lao động khó khăn.")


def page04():
    pub = T("2025-01-10 17:12:44")
    rng = __import__("random").Random("s27-04")
    site = "https://xosobinhduong.com.vn"
    url = site + "/blog/hoat-dong-dang-doan-the-3/dang-bo-cong-ty-tong-ket-cong-tac-xay-dung-dang-nam-2024-128"
    babel = f"{pub.day} thg {pub.month}, {pub.year}"

    def img(s, c, n):
        return (f'<p style="text-align: center;"><img src="{s}" class="img img-fluid o_we_custom_image" alt="" loading="lazy" style="width: 100% !important;" data-original-id="2232" data-mimetype="image/jpeg"/></p>'
                f'<p style="text-align: center;"><font style="font-size: 14px;" class="text-600"><i>{esc(c)}</i></font></p>')

    def table(rows):
        return ('<table class="table table-bordered o_table"><tbody>' + "".join(
            "<tr>" + "".join((f"<td><strong>{esc(c)}</strong></td>" if i == 0 else f"<td>{esc(c)}</td>") for c in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")

    body = A4.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img, table=table)
    sess = {"is_admin": False, "is_system": False, "is_website_user": True, "user_id": False, "is_frontend": True, "profile_session": None, "profile_collectors": None,
            "profile_params": None, "show_effect": True, "bundle_params": {"lang": "vi_VN", "website_id": 1}, "translationURL": "/website/translations",
            "cache_hashes": {"translations": hexid(rng, 40)}, "geoip_country_code": "VN", "geoip_phone_code": 84, "lang_url_code": "vi",
            "user_context": {"lang": "vi_VN", "tz": "Asia/Ho_Chi_Minh", "uid": None}, "recaptcha_public_key": "6L" + alnum(rng, 38),
            "currencies": {"23": {"symbol": "₫", "position": "after", "digits": [69, 0]}}, "website_company_id": 1, "web.base.url": site}
    recent = heads8(rng, 5, avoid=[A4.title])
    rec_html = "".join(f'<div class="d-flex mb-3"><a href="{site}/blog/hoat-dong-dang-doan-the-3/{slug(t)}-{rng.randint(90, 127)}" class="text-reset"><h6 class="mb-0">{esc(t)}</h6></a></div>' for t in recent)
    results = "".join(f'<tr><td>{esc(g)}</td><td class="text-end fw-bold">{v}</td></tr>' for g, v in [("Giải đặc biệt", "482 915"), ("Giải nhất", "36 027"), ("Giải nhì", "91 540"), ("Giải ba", "05 318 - 77 462")])
    nav = "".join(f'<li class="nav-item"><a role="menuitem" href="{site}{h}" class="nav-link {"active" if h.startswith("/blog") else ""}"><span>{esc(t)}</span></a></li>'
                  for h, t in [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/ket-qua-xo-so", "Kết quả xổ số"), ("/blog/tin-tuc-1", "Tin tức"), ("/blog/hoat-dong-dang-doan-the-3", "Đảng - Đoàn thể"), ("/dai-ly", "Hệ thống đại lý"), ("/lien-he", "Liên hệ")])
    html = (f'<!DOCTYPE html>\n<html lang="vi-VN" data-website-id="1" data-main-object="blog.post(128,)" data-oe-company-name="Công ty TNHH MTV Xổ số kiến thiết Bình Dương">\n<head>\n'
            f'<meta charset="utf-8"/><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
            f'<meta name="generator" content="Odoo"/><meta property="og:type" content="article"/><meta property="og:title" content="{esc(A4.title, True)}"/><meta property="og:site_name" content="Xổ số kiến thiết Bình Dương"/>\n'
            f'<meta property="og:url" content="{url}"/><meta property="og:image" content="{site}/web/image/2231-7a0b3c11/tong-ket-2024.jpg"/><meta property="og:description" content="{esc(A4.lead, True)}"/>\n'
            f'<meta property="article:published_time" content="{pub.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")}"/><meta property="article:modified_time" content="2025-01-11 02:40:19"/><meta property="article:tag" content="xây dựng Đảng"/>\n'
            f'<link rel="canonical" href="{url}"/><link rel="preconnect" href="https://fonts.gstatic.example/" crossorigin=""/>\n<title>{esc(A4.title)} | Xổ số kiến thiết Bình Dương</title>\n'
            f'<link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=5b8d1f2"/>\n'
            f'<script id="web.layout.odooscript" type="text/javascript">\n            var odoo = {{\n                csrf_token: "{hexid(rng, 40)}o{rng.randint(1700000000, 1799999999)}",\n                debug: "",\n            }};\n        </script>\n'
            f'<script type="text/javascript">\n                odoo.__session_info__ = {dump(sess)};\n                if (!/(^|;\\s)tz=/.test(document.cookie)) {{\n                    const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone;\n                    document.cookie = `tz=${{userTZ}}; path=/`;\n                }}\n            </script>\n'
            f'<link type="text/css" rel="stylesheet" href="/web/assets/1/{hexid(rng, 7)}/web.assets_frontend.min.css" data-asset-bundle="web.assets_frontend" data-asset-version="{hexid(rng, 7)}"/>\n'
            f'<script type="text/javascript" src="/web/assets/1/{hexid(rng, 7)}/web.assets_frontend_lazy.min.js" data-asset-bundle="web.assets_frontend_lazy" defer="defer"></script>\n<!--PAD-->\n</head>\n'
            f'<body class=""><div id="wrapwrap" class="   ">\n<header id="top" data-anchor="true" data-name="Header" class="  o_header_standard"><nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">'
            f'<div id="o_main_nav" class="container"><a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of Xổ số kiến thiết Bình Dương" title="Xổ số kiến thiết Bình Dương"><img src="/web/image/website/1/logo/X%E1%BB%95%20s%E1%BB%91%20ki%E1%BA%BFn%20thi%E1%BA%BFt%20B%C3%ACnh%20D%C6%B0%C6%A1ng?unique=5b8d1f2" class="img img-fluid" width="95" height="40" alt="Xổ số kiến thiết Bình Dương" loading="lazy"/></span></a>'
            f'<ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">{nav}</ul>'
            f'<ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3"><li class="o_no_autohide_item"><a href="/web/login" class="btn btn-outline-secondary">Đăng nhập</a></li></ul></div></nav></header>\n'
            f'<main><div id="wrap" class="js_blog website_blog"><section id="o_wblog_post_top"><div id="title" class="blog_header">'
            f'<div data-name="Blog Post Cover" style="" data-use_size="True" data-use_filters="True" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_half_screen_height o_record_has_cover o_wblog_post_page_cover">'
            f'<div style="background-image: url(\'/web/image/2231-7a0b3c11/tong-ket-2024.jpg\');" class="o_record_cover_component o_record_cover_image "></div><div style="opacity: 0.2;" class="o_record_cover_component o_record_cover_filter oe_black"></div>'
            f'<div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_post_title  ">'
            f'<div id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Tiêu đề bài viết" data-blog-id="128">{esc(A4.title)}</div>'
            f'<div id="o_wblog_post_subtitle" class="o_editable_no_shadow" data-oe-expression="blog_post.subtitle" placeholder="Tiêu đề phụ">{esc(A4.lead)}</div></div>'
            f'<a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none"><i class="fa fa-angle-down fa-3x text-white" aria-label="Đến bài viết" title="Đến bài viết"></i></a>'
            f'<div class="text-white"><div class="d-inline-flex align-items-center justify-content-center"><img class="o_avatar o_wblog_author_avatar me-2" src="/web/image/res.partner/4521/avatar_128/50x50" alt="Avatar" loading="lazy"/>'
            f'<div class="d-flex small flex-wrap mb-1 w-100 lh-1"><span class="flex-grow-1 text-truncate" itemprop="author">Nguyễn Thanh Tâm</span><span class="text-nowrap ms-2">{babel}</span></div></div></div></div></div></div></section>\n'
            f'<section id="o_wblog_post_main" class="container pt-4 pb-5 "><div class="o_container_small"><nav aria-label="breadcrumb" class="mb-3"><ol class="breadcrumb bg-transparent p-0 mb-0">'
            f'<li class="breadcrumb-item"><a href="/blog">Tất cả các blog</a></li><li class="breadcrumb-item"><a href="/blog/hoat-dong-dang-doan-the-3">Hoạt động Đảng - Đoàn thể</a></li>'
            f'<li class="breadcrumb-item text-truncate active"><span>{esc(A4.title)}</span></li></ol></nav></div>'
            f'<div class="d-flex flex-column flex-lg-row"><div id="o_wblog_post_content" class="o_container_small w-100 flex-shrink-0">'
            f'<div data-editor-message="VIẾT VÀO ĐÂY HOẶC KÉO KHỐI XÂY DỰNG" class="o_wblog_post_content_field   o_wblog_read_text" data-oe-expression="blog_post.content">{body}</div>'
            f'<div class="css_editable_mode_hidden mt-4"><div class="o_wblog_post_tags small mb-3"><span class="me-1">Thẻ:</span><a class="badge border me-1 post_link" href="/blog/tag/xay-dung-dang-5">xây dựng Đảng</a><a class="badge border me-1 post_link" href="/blog/tag/tong-ket-9">tổng kết</a></div>'
            f'<div class="o_wblog_social_links d-flex flex-wrap mx-n1 o_not_editable">' + "".join(f'<a aria-label="{k}" class="o_wblog_social_link rounded-circle d-flex align-items-center justify-content-center text-decoration-none mx-1 mb-2" href="#"><i class="fa fa-{k.lower()}-square text-{k.lower()}"></i></a>' for k in ["Facebook", "Twitter", "Linkedin"])
            + '</div></div></div>'
            f'<div id="o_wblog_post_sidebar_col" class="ps-lg-5 "><div id="o_wblog_post_sidebar"><div class="oe_structure" id="oe_structure_blog_post_sidebar_1"></div>'
            f'<div class="mb-4 bg-100 py-2 px-3 border"><h6 class="text-uppercase small fw-bold">Bài viết gần đây</h6>{rec_html}</div>'
            f'<div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Lưu trữ</h6><select name="archive" class="form-select" oninput="location = this.value;"><option value="/blog/hoat-dong-dang-doan-the-3" selected="true">-- Tất cả --</option>'
            f'<optgroup label="2025"><option value="/blog/hoat-dong-dang-doan-the-3?date_begin=2025-01-01+00%3A00%3A00&amp;date_end=2025-02-01+00%3A00%3A00">tháng 1</option></optgroup>'
            f'<optgroup label="2024">' + "".join(f'<option value="?date_begin=2024-{m:02d}-01">tháng {m}</option>' for m in range(12, 0, -1)) + '</optgroup></select></div></div></div></div></section>\n'
            f'<section id="o_wblog_post_footer"><div class="mt-5"><div id="o_wblog_next_container" class="d-flex flex-column"><div class="w-100 h-100 o_wblog_next_loader o_wblog_next_fake_btn d-flex align-items-center justify-content-center"></div>'
            f'<div class="o_blog_cover_container o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 cover_mid"><div class="o_record_cover_component o_record_cover_image " style="background-image: url(\'/web/image/2240-aa01/xuan-tinh-nguyen.jpg\');"></div>'
            f'<div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_next_fake_btn d-flex flex-column align-items-center justify-content-center"><span class="h4 d-block">Đọc tiếp</span>'
            f'<i class="fa fa-angle-down fa-3x text-white" aria-label="Đọc tiếp" title="Đọc tiếp"></i></div><div class="o_wblog_toggle"><span class="h4 d-block mb-3">{esc(NEXT4[0])}</span><span class="d-block">{esc(NEXT4[1])}</span></div></div></div></div></div></section>\n'
            f'</div></main>\n<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc "><div id="footer" class="oe_structure oe_structure_solo"><section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row">'
            f'<div class="col-lg-5 pt24 pb24"><h5 class="mb-3">Công ty TNHH MTV Xổ số kiến thiết Bình Dương</h5><p>Địa chỉ: Số 309 đường Đại lộ Bình Dương, phường Chánh Nghĩa, TP Thủ Dầu Một, tỉnh Bình Dương</p><p>Điện thoại: 0274.3822.711 - Fax: 0274.3822.399</p></div>'
            f'<div class="col-lg-4 pt24 pb24"><h5 class="mb-3">Kết quả xổ số Bình Dương</h5><p class="small">Mở thưởng thứ Sáu, ngày 10/01/2025 - Ký hiệu 01K2</p><table class="table table-sm">{results}</table><a href="/ket-qua-xo-so">Xem kết quả các kỳ trước</a></div>'
            f'<div class="col-lg-3 pt24 pb24"><h5 class="mb-3">Liên kết</h5><ul class="list-unstyled"><li><a href="https://binhduong.example">Cổng thông tin điện tử tỉnh</a></li><li><a href="https://dukdn.binhduong.example">Đảng ủy Khối Doanh nghiệp tỉnh</a></li></ul></div></div></div></section></div>'
            f'<div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><div class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">Copyright &copy; Công ty TNHH MTV Xổ số kiến thiết Bình Dương</span></div>'
            f'<div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">Được hỗ trợ bởi <a target="_blank" class="badge text-bg-light" href="http://www.odoo.example?utm_source=db&amp;utm_medium=website"><img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/></a> - Trình tạo website miễn phí số 1</div></div></div></div></div></footer>\n'
            f'</div>\n</body>\n</html>\n')
    html = pad(html, rng, 150, prefix="o_wblog")
    exp = expected(A4, isod(pub), author="Nguyễn Thanh Tâm", category="Hoạt động Đảng - Đoàn thể")
    return mk("enterprise_party_committee_odoo16_blog_subtitle_babel_thg_date_author_person",
              "binhduong-xskt-dang-bo-cong-ty-odoo16-website-blog-cover-post-name-div-subtitle-lead-author-avatar-name-babel-d-thg-m-yyyy-date-only-breadcrumb-blog-name-font-italic-captions-table-bold-header-row-read-next-teaser-lottery-results-footer",
              url, html, exp,
              {"next_teaser": list(NEXT4), "lottery": ["Mở thưởng thứ Sáu, ngày 10/01/2025 - Ký hiệu 01K2", "482 915"],
               "chrome": ["Tất cả các blog", "Bài viết gần đây", "Lưu trữ", "Đọc tiếp", "Đến bài viết", "Được hỗ trợ bởi", "Trình tạo website miễn phí số 1", "Thẻ:"],
               "recent": recent[:4]},
              "The Party committee of a provincial state enterprise (Đảng bộ Công ty TNHH MTV Xổ số kiến thiết Bình Dương, under the Đảng ủy Khối Doanh nghiệp tỉnh, January 2025 — before the Khối committees were dissolved) publishes on the company's ODOO 16 website (website_blog). The headline is a <div id='o_wblog_post_name'> inside the cover section (no h-tag); the blog post's SUBTITLE, <div id='o_wblog_post_subtitle'>, is the sapo → lead. Under them Odoo prints the author's avatar and name 'Nguyễn Thanh Tâm' (the blog post's author, a person — not a handle or an office) → author; no unit. Date: Babel's vi medium date '10 thg 1, 2025' ('thg' = tháng) with no time and no machine time on it → published '2025-01-10' (og article:published_time '2025-01-10 10:12:44' is a naive UTC string and og-only → not used). Category: the breadcrumb 'Tất cả các blog' › 'Hoạt động Đảng - Đoàn thể' (the blog) › title → 'Hoạt động Đảng - Đoàn thể'. Body: paragraphs, a table with a bold header row (rows as paragraphs), one image whose caption the editor typed as a centred <font class='text-600'><i>…</i></font> paragraph → caption. The 'Đọc tiếp' teaser of the next post (its title and subtitle) at the foot, the tags, the archive select, the recent posts and the footer's lottery results 'Mở thưởng thứ Sáu, ngày 10/01/2025' (the same day: a decoy) are not the item.",
              "Odoo 16 website_blog of an enterprise Party committee: headline div in the cover, SUBTITLE div = lead, author avatar + name (a person) + Babel '10 thg 1, 2025' (date only), crumb 'Tất cả các blog › <blog>', <font><i> captions, table with bold header row, 'Đọc tiếp' next-post teaser, lottery results in the footer")


# ===================================================================== 5 Ban Tổ chức Tỉnh ủy Thái Bình: Angular 17 SSR (ng-state TransferState); Q&A 'Hỏi đáp nghiệp vụ'; 'Ngày gửi' / 'Ngày trả lời'
Q5 = ("Hỏi: Đồng chí Phạm Văn Chiến, Bí thư Chi bộ thôn Nam Cường, xã Thụy Hải, huyện Thái Thụy, hỏi: Chi bộ thôn tôi có một đảng viên đi làm ăn ở tỉnh khác từ tháng 8/2024, "
      "không báo cáo với chi bộ và không sinh hoạt đảng đến nay. Xin hỏi trường hợp này chi bộ xử lý như thế nào? Đảng viên đó có bị xóa tên không?")
A5 = Art("Đảng viên đi làm ăn xa, không sinh hoạt đảng có bị xóa tên?",
         None,
         [("p", Q5),
          ("p", "Trả lời: Theo khoản 2 Điều 8 Điều lệ Đảng, đảng viên bỏ sinh hoạt chi bộ hoặc không đóng đảng phí ba tháng trong năm mà không có lý do chính đáng; đảng viên giảm sút ý chí phấn đấu, không làm nhiệm vụ đảng viên, đã được chi bộ giáo dục nhưng không tiến bộ thì chi bộ xem xét, đề nghị lên cấp có thẩm quyền xóa tên trong danh sách đảng viên."),
          ("p", "Trước khi đề nghị xóa tên, chi bộ cần xác minh rõ lý do đảng viên không sinh hoạt: liên hệ với gia đình, với đảng viên qua điện thoại, mạng xã hội; hướng dẫn đảng viên làm thủ tục sinh hoạt đảng tạm thời nơi đang làm việc, cư trú nếu đủ điều kiện. Việc xác minh phải được ghi vào biên bản sinh hoạt chi bộ."),
          ("p", "Trường hợp đã liên hệ mà đảng viên vẫn không sinh hoạt, không đóng đảng phí đủ ba tháng trong năm và không có lý do chính đáng, chi bộ họp xem xét, biểu quyết đề nghị xóa tên, báo cáo đảng ủy cơ sở để đề nghị Ban Thường vụ Huyện ủy quyết định."),
          ("p", "Đối với đảng viên đi làm ăn xa nhưng có báo cáo với chi bộ, giữ liên lạc thường xuyên và đóng đảng phí đầy đủ, chi bộ tiếp tục quản lý, hướng dẫn đảng viên thực hiện việc sinh hoạt đảng tạm thời theo quy định; không áp dụng việc xóa tên.")])
SIGN5 = "Phòng Tổ chức đảng, đảng viên (Ban Tổ chức Tỉnh ủy)"


def page05():
    asked = T("2025-01-20 08:00")
    pub = T("2025-02-07 10:25")
    rng = __import__("random").Random("s27-05")
    site = "https://bantochuc.thaibinh.dcs.vn"
    url = site + "/hoi-dap/cong-tac-dang-vien/dang-vien-di-lam-an-xa-khong-sinh-hoat-dang-co-bi-xoa-ten-81234"
    c = "_ngcontent-ng-c3341857061"
    h = "_nghost-ng-c3341857061"
    pars = "".join(f'<p {c}>{"<strong " + c + ">Hỏi:</strong>" + esc(t[4:]) if t.startswith("Hỏi:") else ("<strong " + c + ">Trả lời:</strong>" + esc(t[8:]) if t.startswith("Trả lời:") else esc(t))}</p>' for _, t in A5.blocks)
    qhtml = pars.split("</p>", 1)[0] + "</p>"
    ahtml = pars.split("</p>", 1)[1]
    rel_q = ["Đảng viên được miễn sinh hoạt đảng trong trường hợp nào?", "Thủ tục chuyển sinh hoạt đảng tạm thời thực hiện như thế nào?",
             "Chi bộ có được kết nạp lại người đã bị xóa tên?", "Đảng viên nghỉ việc theo Nghị định 178 chuyển sinh hoạt đảng về đâu?", "Cách tính tuổi đảng đối với đảng viên kết nạp lại"]
    rdates = past(pub, rng, 5, 2, 40)
    rel_html = "".join(f'<li {c}><a {c} href="/hoi-dap/cong-tac-dang-vien/{slug(t)}-{rng.randint(80000, 81200)}">{esc(t)}</a> <span class="qa-list__date" {c}>(Ngày trả lời: {dmy(d)})</span></li>' for t, d in zip(rel_q, rdates))
    hot_q = heads8(rng, 5)
    hot_html = "".join(f'<li {c}><a {c} href="/tin-tuc/{slug(t)}">{esc(t)}</a></li>' for t in hot_q)
    ngh = [{"c": {"0": [{"i": "c2417594813", "r": 1}]}}, {"t": {"2": "t0"}, "c": {"2": []}}, {"c": {"5": [{"i": "t1", "r": 1, "x": 5}]}}]
    state = {"__nghData__": ngh,
             f"G.{site}/api/v1/hoi-dap/81234?": {"body": {"id": 81234, "tieuDe": A5.title, "linhVuc": {"id": 3, "ten": "Công tác đảng viên"}, "cauHoi": Q5,
                                                         "nguoiHoi": "Phạm Văn Chiến", "diaChi": "Chi bộ thôn Nam Cường, xã Thụy Hải, huyện Thái Thụy",
                                                         "traLoi": "".join(f"<p>{esc(t)}</p>" for _, t in A5.blocks[1:]), "donViTraLoi": SIGN5,
                                                         "ngayGui": asked.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "ngayTraLoi": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "luotXem": 2318},
                                                "headers": {}, "status": 200, "statusText": "OK", "url": f"{site}/api/v1/hoi-dap/81234", "responseType": "json"},
             f"G.{site}/api/v1/menu?": {"body": [{"ten": t, "duongDan": "/" + slug(t), "con": [{"ten": s, "duongDan": "/" + slug(s)} for s in subs]} for t, subs in MENU_GOV],
                                        "headers": {}, "status": 200, "statusText": "OK", "url": f"{site}/api/v1/menu", "responseType": "json"}}
    nav = "".join(f'<li class="main-nav__item" {c}><a class="main-nav__link" {c} href="/{slug(t)}">{esc(t)}</a></li>' for t in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Công tác tổ chức", "Công tác cán bộ", "Công tác đảng viên", "Bảo vệ chính trị nội bộ", "Hỏi đáp", "Văn bản"])
    crit = css(rng, "qa", 60)
    html = (f'<!DOCTYPE html><html lang="vi" data-critters-container><head>\n<meta charset="utf-8">\n<title>{esc(A5.title)} | Ban Tổ chức Tỉnh ủy Thái Bình</title>\n<base href="/">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="{esc(Q5[:150], True)}">\n'
            f'<meta property="og:title" content="{esc(A5.title, True)}"><meta property="og:type" content="article"><meta property="og:url" content="{url}">\n'
            f'<link rel="icon" type="image/x-icon" href="favicon.ico">\n<style>{crit}</style><link rel="stylesheet" href="styles.8c3f2a7d1e4b6a90.css" media="print" onload="this.media=\'all\'"><noscript><link rel="stylesheet" href="styles.8c3f2a7d1e4b6a90.css"></noscript>\n<!--PAD-->\n</head>\n'
            f'<body><app-root _nghost-ng-c2417594813 ng-version="17.3.6" ngh="0" ng-server-context="ssr">'
            f'<app-header _ngcontent-ng-c2417594813 _nghost-ng-c1180421563 ngh="1"><header _ngcontent-ng-c1180421563 class="site-header"><div _ngcontent-ng-c1180421563 class="site-header__brand"><img _ngcontent-ng-c1180421563 src="assets/img/logo-btc.png" alt="Ban Tổ chức Tỉnh ủy Thái Bình">'
            f'<div _ngcontent-ng-c1180421563><span _ngcontent-ng-c1180421563 class="site-header__sup">Đảng bộ tỉnh Thái Bình</span> <span _ngcontent-ng-c1180421563 class="site-header__name">Ban Tổ chức Tỉnh ủy</span></div></div>'
            f'<div _ngcontent-ng-c1180421563 class="site-header__today">{wd(pub + timedelta(days=12))}, {dmy(pub + timedelta(days=12))}</div></header>'
            f'<nav _ngcontent-ng-c1180421563 class="main-nav"><ul _ngcontent-ng-c1180421563 class="main-nav__list">{nav}</ul></nav></app-header>'
            f'<router-outlet _ngcontent-ng-c2417594813></router-outlet><app-qa-detail {h} ngh="2"><div {c} class="container qa-page">'
            f'<app-breadcrumb {c} _nghost-ng-c905511287><nav _ngcontent-ng-c905511287 class="bc" aria-label="breadcrumb"><ol _ngcontent-ng-c905511287 class="bc__list">'
            f'<li _ngcontent-ng-c905511287 class="bc__item"><a _ngcontent-ng-c905511287 href="/">Trang chủ</a></li><li _ngcontent-ng-c905511287 class="bc__item"><a _ngcontent-ng-c905511287 href="/hoi-dap">Hỏi đáp</a></li>'
            f'<li _ngcontent-ng-c905511287 class="bc__item bc__item--active"><a _ngcontent-ng-c905511287 href="/hoi-dap/cong-tac-dang-vien">Công tác đảng viên</a></li><!--container--></ol></nav></app-breadcrumb>'
            f'<div {c} class="row"><div {c} class="col-lg-8"><article {c} class="qa-detail"><h1 {c} class="qa-detail__title">{esc(A5.title)}</h1>'
            f'<div {c} class="qa-detail__meta"><div {c} class="qa-meta-item"><span {c} class="qa-meta-item__label">Ngày gửi:</span> <span {c}>{dmy(asked)}</span></div>'
            f'<div {c} class="qa-meta-item"><span {c} class="qa-meta-item__label">Ngày trả lời:</span> <span {c}>{dmy(pub)} {hm(pub)}</span></div>'
            f'<div {c} class="qa-meta-item"><span {c} class="qa-meta-item__label">Lượt xem:</span> <span {c}>2.318</span></div></div>'
            f'<section {c} class="qa-question">{qhtml}</section><section {c} class="qa-answer">{ahtml}'
            f'<p {c} class="qa-answer__sign" style="text-align:right"><strong {c}>{esc(SIGN5)}</strong></p></section>'
            f'<div {c} class="qa-detail__actions"><button {c} type="button" class="btn btn-light">In câu hỏi</button><button {c} type="button" class="btn btn-light">Chia sẻ</button></div></article>'
            f'<section {c} class="qa-related"><h2 {c}>Câu hỏi cùng lĩnh vực</h2><ul {c} class="qa-list">{rel_html}</ul></section></div>'
            f'<div {c} class="col-lg-4"><app-ask-form {c} _nghost-ng-c77120394><form _ngcontent-ng-c77120394 novalidate class="ask-form ng-untouched ng-pristine ng-invalid"><h3 _ngcontent-ng-c77120394>Gửi câu hỏi</h3>'
            f'<label _ngcontent-ng-c77120394>Họ và tên</label><input _ngcontent-ng-c77120394 formcontrolname="hoTen" class="form-control ng-untouched ng-pristine ng-invalid"><label _ngcontent-ng-c77120394>Địa chỉ</label><input _ngcontent-ng-c77120394 formcontrolname="diaChi" class="form-control">'
            f'<label _ngcontent-ng-c77120394>Lĩnh vực</label><select _ngcontent-ng-c77120394 formcontrolname="linhVuc" class="form-select"><option _ngcontent-ng-c77120394 value="1">Công tác tổ chức</option><option _ngcontent-ng-c77120394 value="3">Công tác đảng viên</option></select>'
            f'<label _ngcontent-ng-c77120394>Nội dung câu hỏi</label><textarea _ngcontent-ng-c77120394 formcontrolname="noiDung" rows="5" class="form-control"></textarea><button _ngcontent-ng-c77120394 type="submit" class="btn btn-danger">Gửi câu hỏi</button></form></app-ask-form>'
            f'<app-hot-news {c} _nghost-ng-c55190311><div _ngcontent-ng-c55190311 class="hot-news"><h3 _ngcontent-ng-c55190311>Tin nổi bật</h3><ul {c}>{hot_html}</ul></div></app-hot-news></div></div></div></app-qa-detail>'
            f'<app-footer _ngcontent-ng-c2417594813 _nghost-ng-c6120990 ngh="3"><footer _ngcontent-ng-c6120990 class="site-footer"><p _ngcontent-ng-c6120990><strong _ngcontent-ng-c6120990>BAN TỔ CHỨC TỈNH ỦY THÁI BÌNH</strong></p>'
            f'<p _ngcontent-ng-c6120990>Địa chỉ: Số 76 đường Lê Lợi, TP Thái Bình, tỉnh Thái Bình - Điện thoại: 0227.3831.245</p><p _ngcontent-ng-c6120990>Ghi rõ nguồn “Ban Tổ chức Tỉnh ủy Thái Bình” khi phát hành lại thông tin từ website này.</p></footer></app-footer></app-root>\n'
            f'<script src="runtime.3a6e01c5f2b8d9e4.js" type="module"></script><script src="polyfills.b91d3e6a0c7f2548.js" type="module"></script><script src="main.6f0e2c9b1a4d7385.js" type="module"></script>\n'
            f'<script id="ng-state" type="application/json">{dump(state)}</script></body></html>\n')
    html = pad(html, rng, 120, prefix="qa")
    exp = expected(A5, iso(pub), unit=SIGN5, category="Công tác đảng viên", lead=None, captions=[])
    return mk("organisation_board_angular17_ssr_qa_question_date_and_answer_date",
              "thaibinh-btctu-angular17-ssr-ng-state-css-separator-crumb-cong-tac-dang-vien-h1-qa-title-ngay-gui-dd-mm-yyyy-then-ngay-tra-loi-dd-mm-yyyy-hh-mm-hoi-asker-in-sentence-tra-loi-bold-right-phong-paren-ban-signature-no-lead-no-pictures",
              url, html, exp,
              {"asked_date": ["Ngày gửi:", dmy(asked)], "chrome": ["Lượt xem:", "In câu hỏi", "Câu hỏi cùng lĩnh vực", "Gửi câu hỏi", "Tin nổi bật", "Nội dung câu hỏi"],
               "related": rel_q[:4]},
              "A Q&A item ('Hỏi đáp nghiệp vụ') of a provincial Ban Tổ chức on an Angular 17 site rendered server-side (Angular Universal / SSR: _ngcontent attributes, <!--container--> comments, and the API responses replayed in <script id='ng-state' type='application/json'>, which carries the question, the asker, the answer HTML and UTC times). Meta: 'Ngày gửi: 20/01/2025' (when the READER SENT the question) then 'Ngày trả lời: 07/02/2025 10:25' (when the Ban answered and the item was published) → published 2025-02-07T10:25; the sending day is the question's, not the item's. Body: the question paragraph 'Hỏi: Đồng chí Phạm Văn Chiến, Bí thư Chi bộ thôn …, hỏi: …' (the asker is named inside the sentence — a source, not the author; his name is in the body, so it cannot be listed as a trap) and the answer paragraphs starting 'Trả lời: …' (the bold labels are part of the text). The answer is signed bold right by a department of the Ban: 'Phòng Tổ chức đảng, đảng viên (Ban Tổ chức Tỉnh ủy)' — a body, not a person → author null, unit the signature as printed (the department with its board in parentheses, one unit, as set 26 kept 'Hội LHPN xã … (huyện …)'). Category: the Angular breadcrumb (separators drawn by CSS, no text) 'Trang chủ' › 'Hỏi đáp' › 'Công tác đảng viên' → 'Công tác đảng viên'. No lead, no pictures. The ask form, the related questions with their answer dates and the hot-news box are chrome.",
              "Angular 17 SSR Ban Tổ chức Q&A (ng-state TransferState JSON): 'Ngày gửi:' (the question's day) before 'Ngày trả lời: dd/mm/yyyy HH:MM' (the item's), 'Hỏi:' paragraph naming the asker inside the sentence, 'Trả lời:' paragraphs, a department's signature 'Phòng … (Ban Tổ chức Tỉnh ủy)' → unit only, CSS-separator crumb, no lead, no pictures")


# ===================================================================== 6 Ban Tuyên giáo và Dân vận Huyện ủy Hải Hậu (Nam Định): Zend Framework 1; captions that BEGIN with 'Ảnh:' + a description (TWIST)
A6 = Art("Hải Hậu: Lan tỏa mô hình “Dân vận khéo” trong xây dựng nông thôn mới kiểu mẫu",
         "Những năm qua, phong trào thi đua “Dân vận khéo” được các cấp ủy, chính quyền, Mặt trận và đoàn thể huyện Hải Hậu triển khai gắn với xây dựng nông thôn mới kiểu mẫu, tạo sức lan tỏa rộng rãi trong Nhân dân.",
         [("p", "Theo Ban Tuyên giáo và Dân vận Huyện ủy, đến nay toàn huyện có 186 mô hình “Dân vận khéo” được công nhận ở các cấp, trong đó 42 mô hình trên lĩnh vực xây dựng nông thôn mới. Nhiều mô hình đã trở thành điểm sáng như “Xóm không rác thải nhựa”, “Tuyến đường hoa tự quản”, “Hiến đất mở rộng đường giao thông”."),
          ("img", "/public/uploads/images/2025/03/trao-giay-khen-dan-van-kheo.jpg", "Ảnh: Đồng chí Trần Văn Tuấn, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy trao giấy khen cho các tập thể có mô hình “Dân vận khéo” tiêu biểu"),
          ("p", "Tại xã Hải Minh, chỉ trong năm 2024, Nhân dân đã tự nguyện hiến hơn 3.200 m² đất, góp trên 4,6 tỷ đồng cùng hàng nghìn ngày công để mở rộng 7 km đường trục xóm. Bí thư Đảng ủy xã Nguyễn Văn Hòa cho biết, cái “khéo” là để người dân tự bàn, tự làm, tự giám sát, cán bộ chỉ làm trước để dân làm theo."),
          ("img", "/public/uploads/images/2025/03/duong-hoa-xom-5-hai-minh.jpg", "Ảnh: Tuyến đường hoa do Nhân dân xóm 5, xã Hải Minh góp công, góp đất xây dựng"),
          ("p", "Với sự đồng thuận của Nhân dân, đến nay Hải Hậu có 14 xã đạt chuẩn nông thôn mới kiểu mẫu, 76 xóm, tổ dân phố được công nhận khu dân cư kiểu mẫu. Thời gian tới, Ban Tuyên giáo và Dân vận Huyện ủy tiếp tục tham mưu sơ kết, nhân rộng các mô hình hiệu quả, gắn với việc thực hiện Quy chế dân chủ ở cơ sở.")])
BYLINE6 = "Bài: Phạm Thị Huế - Ban TG&DV Huyện ủy"


def page06():
    pub = T("2025-03-20 15:42")

    def img(s, c, n):
        return (f'<p align="center"><img src="{s}" width="500" border="0" alt="" /></p>'
                f'<p align="center"><em>{esc(c)}</em></p>')

    body = A6.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img)

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="/tin-tuc/chi-tiet/id/{rng.randint(2600, 2714)}/{slug(t)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        csrf = hexid(rng, 32)
        return (f'<div class="breadcrumb"><a href="/">Trang chủ</a> :: <a href="/tin-tuc/danh-muc/id/4/cong-tac-dan-van">Công tác dân vận</a> :: <a href="/tin-tuc/danh-muc/id/17/dan-van-kheo">Dân vận khéo</a></div>'
                f'<div class="news-detail"><div class="news-title"><h3>{esc(A6.title)}</h3></div>'
                f'<div class="news-date">{pub.hour} giờ {pub.minute} phút, ngày {pub.day}/{pub.month}/{pub.year} &nbsp;|&nbsp; Lượt xem: 356</div>'
                f'<h4 class="tomtat">{esc(A6.lead)}</h4><div class="news-content">{body}</div>{right_bold(BYLINE6)}'
                f'<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="/tin-tuc/gui-ban-be/id/2715">Gửi bạn bè</a> | <a href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="other-news"><h4>Các tin khác:</h4><ul>{others}</ul></div>'
                f'<form id="frmComment" enctype="application/x-www-form-urlencoded" action="/tin-tuc/binh-luan" method="post"><h4>Ý kiến bạn đọc</h4><dl class="zend_form">'
                f'<dt id="hoten-label"><label for="hoten" class="required">Họ và tên:</label></dt><dd id="hoten-element"><input type="text" name="hoten" id="hoten" value="" /></dd>'
                f'<dt id="email-label"><label for="email" class="optional">Email:</label></dt><dd id="email-element"><input type="text" name="email" id="email" value="" /></dd>'
                f'<dt id="noidung-label"><label for="noidung" class="required">Nội dung:</label></dt><dd id="noidung-element"><textarea name="noidung" id="noidung" rows="5" cols="60"></textarea></dd>'
                f'<dd id="csrf-element"><input type="hidden" name="csrf" value="{csrf}" id="csrf" /></dd><dt id="submit-label">&#160;</dt><dd id="submit-element"><input type="submit" name="submit" id="submit" value="Gửi ý kiến" /></dd></dl></form></div>')

    def left(rng, pub_):
        cats = "".join(f'<li><a href="/tin-tuc/danh-muc/id/{i}/{slug(t)}">{esc(t)}</a></li>' for i, t in enumerate(["Tin hoạt động", "Công tác tuyên giáo", "Công tác dân vận", "Dân vận khéo", "Học tập và làm theo Bác", "Bảo vệ nền tảng tư tưởng", "Văn bản - Tài liệu"], 1))
        return (f'<div class="box"><div class="box-title">Chuyên mục</div><ul class="left-menu">{cats}</ul></div>'
                f'<div class="box"><div class="box-title">Thư viện ảnh</div><div class="gallery-mini"><img src="/public/uploads/gallery/2025/02/dai-hoi-chi-bo-xom.jpg" width="200" alt="" /><p>Đại hội chi bộ xóm điểm nhiệm kỳ 2025 - 2027</p></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=lambda d: dmy(d), cls="box tin-moi")
                + poll("Bạn đánh giá thế nào về phong trào “Dân vận khéo” ở địa phương?", ["Rất hiệu quả", "Hiệu quả", "Chưa hiệu quả"], "box poll")
                + '<div class="box lienket"><h3>Liên kết</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
                + "".join(f'<option value="https://{h}.example">{esc(n)}</option>' for h, n in [("tinhuy-namdinh", "Tỉnh ủy Nam Định"), ("baonamdinh", "Báo Nam Định"), ("danvan-trunguong", "Ban Dân vận Trung ương"), ("huyenuy-haihau", "Huyện ủy Hải Hậu")]) + '</select></div>'
                + f'<div class="box"><div class="box-title">Thống kê truy cập</div><ul class="counter">{counter(rng)}</ul></div>')

    def top(rng, pub_):
        return ('<div class="logo"><a href="/"><img src="/public/images/banner-btgdv.jpg" alt="Ban Tuyên giáo và Dân vận Huyện ủy Hải Hậu" width="1000" height="150" /></a></div>'
                + f'<div class="topbar"><span class="today">{wd(pub_ + timedelta(days=2), lower=True)}, {dmy(pub_ + timedelta(days=2))}</span><form action="/tim-kiem" method="get"><input type="text" name="q" value="" /><input type="submit" value="Tìm" /></form></div>')

    url = "https://btgdv.haihau.namdinh.dcs.vn/tin-tuc/chi-tiet/id/2715/hai-hau-lan-toa-mo-hinh-dan-van-kheo-trong-xay-dung-nong-thon-moi-kieu-mau"
    head = ('<meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="keywords" content="dân vận khéo, nông thôn mới kiểu mẫu, Hải Hậu" />'
            '<link href="/public/css/style.css" media="screen" rel="stylesheet" type="text/css" /><script type="text/javascript" src="/public/js/jquery-1.4.2.min.js"></script>'
            '<script type="text/javascript" src="/public/js/jquery.cycle.all.min.js"></script><script type="text/javascript">//<![CDATA[\nvar baseUrl = "";\n$(document).ready(function(){ $(".gallery-mini").cycle({fx:"fade"}); });\n//]]></script>')
    return page("s27-06", family="btgdv_district_zend_framework1_captions_beginning_anh_colon_description",
                name="namdinh-haihau-btgdvhu-zend-framework1-xhtml-three-columns-double-colon-crumb-dan-van-kheo-h3-title-hh-gio-mm-phut-ngay-d-m-yyyy-h4-tomtat-lead-centred-em-captions-starting-anh-colon-description-bold-right-bai-name-dash-ban-tg-dv-huyen-uy",
                url=url, art=A6, main_fn=main, pub=pub, prefix="zf", kb=115,
                org="Ban Tuyên giáo và Dân vận Huyện ủy Hải Hậu", addr="Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định", phone="0228.3877.266",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "zf1", "head_extra": head, "title": "Ban Tuyên giáo và Dân vận Huyện ủy Hải Hậu :: " + A6.title, "left": left},
                exp=expected(A6, iso(pub), author="Phạm Thị Huế", unit="Ban TG&DV Huyện ủy", category="Dân vận khéo"),
                traps={"bylines": [BYLINE6], "chrome": ["Lượt xem: 356", "In trang", "Gửi bạn bè", "Các tin khác:", "Ý kiến bạn đọc", "Thư viện ảnh", "Thống kê truy cập"],
                       "gallery": ["Đại hội chi bộ xóm điểm nhiệm kỳ 2025 - 2027"], "related": lambda rl: rl[:5]},
                notes="TWIST: an in-house Zend Framework 1 portal (XHTML, three float columns, /controller/action/id/N URLs, a Zend_Form comment form with a hidden csrf field) of a Ban Tuyên giáo và Dân vận Huyện ủy. Its editors write every CAPTION as a centred italic paragraph under the photo that BEGINS with 'Ảnh:' followed by a DESCRIPTION: 'Ảnh: Đồng chí Trần Văn Tuấn, Trưởng Ban … trao giấy khen …', 'Ảnh: Tuyến đường hoa do Nhân dân xóm 5 …'. They are captions (they describe the pictures), kept whole with their 'Ảnh:' prefix as printed. They are NOT photo credits: 'Ảnh: <a sentence>' names no photographer → photographer null. An extractor that reads an 'Ảnh: …' line outside a caption element as the photographer stores a sentence (or 'Đồng chí Trần Văn Tuấn') as the photographer, with nothing empty. The article's only credit is the bold right 'Bài: Phạm Thị Huế - Ban TG&DV Huyện ủy' → author 'Phạm Thị Huế', unit 'Ban TG&DV Huyện ủy' (the board's abbreviation, kept as printed). Stamp '15 giờ 42 phút, ngày 20/3/2025' (hours and minutes in words) → 2025-03-20T15:42. Title h3 in div.news-title. Lead: h4.tomtat. Category: the text crumb 'Trang chủ :: Công tác dân vận :: Dân vận khéo' ('::' separators) → 'Dân vận khéo'. Chrome: tools, 'Các tin khác:' with dates, the comment form, the left menu and mini gallery, poll, links, counter.",
                readme="TWIST every caption is a centred italic line that BEGINS with 'Ảnh:' and goes on with a DESCRIPTION ('Ảnh: Đồng chí … trao giấy khen …') → captions kept whole, photographer null; Zend Framework 1 Ban TG&DV Huyện ủy: '::' crumb, h3 title, '15 giờ 42 phút, ngày d/m/yyyy', h4.tomtat lead, bold right 'Bài: Name - Ban TG&DV Huyện ủy'")


# ===================================================================== 7 Ủy ban Kiểm tra Tỉnh ủy Kon Tum: JSF 2.3 + PrimeFaces 12; breadcrumb whose last level is the headline CUT SHORT (TWIST)
A7 = Art("Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật Ban Thường vụ Đảng ủy xã và hai đảng viên vi phạm",
         "Từ ngày 13 đến 14/2/2025, Ủy ban Kiểm tra Tỉnh ủy Kon Tum tổ chức kỳ họp thứ 32, xem xét, quyết định một số nội dung quan trọng.",
         [("p", "Tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Đăk Pờ Lang (huyện Kon Rẫy) nhiệm kỳ 2020 - 2025 và các cá nhân có liên quan."),
          ("img", "/portal/javax.faces.resource/tintuc/2025/02/ky-hop-thu-32-ubkt.jpg.xhtml?ln=upload", "Quang cảnh kỳ họp thứ 32 Ủy ban Kiểm tra Tỉnh ủy"),
          ("p", "Qua kiểm tra, Ủy ban Kiểm tra Tỉnh ủy kết luận:"),
          ("ul", ["Ban Thường vụ Đảng ủy xã đã vi phạm nguyên tắc tập trung dân chủ, quy chế làm việc; buông lỏng lãnh đạo, chỉ đạo, thiếu kiểm tra, giám sát để xảy ra nhiều sai phạm trong quản lý, sử dụng đất đai và nguồn vốn hỗ trợ sản xuất.",
                  "Đồng chí A Nghĩa, Bí thư Đảng ủy, Chủ tịch HĐND xã chịu trách nhiệm chính đối với những vi phạm của Ban Thường vụ Đảng ủy xã.",
                  "Đồng chí Nguyễn Văn Lâm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã thiếu trách nhiệm trong quản lý, sử dụng nguồn vốn hỗ trợ sản xuất, cấp giấy chứng nhận quyền sử dụng đất không đúng quy định."]),
          ("p", "Những vi phạm nêu trên đã gây hậu quả nghiêm trọng, ảnh hưởng đến uy tín của tổ chức đảng và cá nhân đảng viên. Căn cứ Quy định số 69-QĐ/TW của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối với Ban Thường vụ Đảng ủy xã Đăk Pờ Lang nhiệm kỳ 2020 - 2025; cảnh cáo đồng chí A Nghĩa và khiển trách đồng chí Nguyễn Văn Lâm."),
          ("p", "Cũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét, giải quyết 2 đơn tố cáo đối với đảng viên, thông qua kết quả giám sát chuyên đề đối với Đảng ủy Công ty TNHH MTV Lâm nghiệp Kon Rẫy và quyết định một số nội dung khác theo thẩm quyền.")])
BYLINE7 = "Đặng Văn Khải (Phòng Nghiệp vụ II, UBKT Tỉnh ủy)"
CRUMB7 = A7.title[:57] + "..."


def page07():
    pub = T("2025-02-18 14:05")
    upd = T("2025-02-19 08:10")

    def main(rng, rl, rd):
        body = A7.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                         img=lambda s, c, n: f'<div class="anh-tin" style="text-align:center"><img id="j_idt61:anh{n}" src="{s}" alt="" width="560" /><br /><span class="chu-thich-anh">{esc(c)}</span></div>',
                         ul=lambda items: '<ul class="ket-luan">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        others = "".join(f'<li class="ui-datalist-item"><a href="/portal/tin-tuc/chi-tiet.xhtml?id={rng.randint(3200, 3380)}" class="ui-link ui-widget">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        chevron = '<li class="ui-breadcrumb-chevron pi pi-chevron-right"></li>'
        bc = (f'<nav id="j_idt48:bc" class="ui-breadcrumb ui-module ui-widget ui-widget-header ui-helper-clearfix ui-corner-all" aria-label="Breadcrumb"><ol class="ui-breadcrumb-items">'
              f'<li><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="/portal/trang-chu.xhtml"><span class="ui-menuitem-icon ui-icon pi pi-home"></span><span class="ui-menuitem-text">Trang chủ</span></a></li>{chevron}'
              f'<li><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="/portal/tin-tuc/danh-muc.xhtml?id=12"><span class="ui-menuitem-text">Hoạt động kiểm tra, giám sát</span></a></li>{chevron}'
              f'<li><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="#"><span class="ui-menuitem-text">{esc(CRUMB7)}</span></a></li></ol></nav>')
        return (f'{bc}<div id="j_idt48:pnlTin" class="ui-panel ui-widget ui-widget-content ui-corner-all tin-chi-tiet" data-widget="widget_j_idt48_pnlTin">'
                f'<div id="j_idt48:pnlTin_header" class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">{esc(A7.title)}</span></div>'
                f'<div id="j_idt48:pnlTin_content" class="ui-panel-content ui-widget-content">'
                f'<div class="thong-tin-tin"><span class="ngay-dang">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span class="ngay-sua">Ngày sửa: {dmy(upd)} {hm(upd)}</span> | <span class="luot-xem">Lượt xem: 412</span></div>'
                f'<div class="tom-tat"><b>{esc(A7.lead)}</b></div><div class="noi-dung">{body}</div>{right_em(BYLINE7)}'
                f'<div class="cong-cu"><button id="j_idt48:btnIn" name="j_idt48:btnIn" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left" onclick="window.print();return false;" type="button"><span class="ui-button-icon-left ui-icon ui-c pi pi-print"></span><span class="ui-button-text ui-c">In bài viết</span></button></div></div></div>'
                f'<script id="j_idt48:pnlTin_s" type="text/javascript">$(function(){{PrimeFaces.cw("Panel","widget_j_idt48_pnlTin",{{id:"j_idt48:pnlTin"}});}});</script>'
                f'<div id="j_idt48:dlKhac" class="ui-datalist ui-widget tin-khac"><div class="ui-datalist-header ui-widget-header ui-corner-top">Các tin khác</div><div class="ui-datalist-content ui-widget-content"><ul class="ui-datalist-data">{others}</ul></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới nhất", fmt=lambda d: f"{dmy(d)} {hm(d)}", cls="ui-widget tin-moi")
                + vb_box(["Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn thực hiện chương trình kiểm tra, giám sát năm 2025 của Ủy ban Kiểm tra Tỉnh ủy", "Thông báo kết quả kỳ họp thứ 31 Ủy ban Kiểm tra Tỉnh ủy"], "Văn bản - Tài liệu", "ui-widget vb"))

    def top(rng, pub_):
        return ('<a href="/portal/trang-chu.xhtml" class="layout-topbar-logo"><img src="/portal/javax.faces.resource/images/banner-ubkt.png.xhtml?ln=saga-layout" alt="Ủy ban Kiểm tra Tỉnh ủy Kon Tum" /></a>'
                f'<span class="layout-topbar-date">{wd(pub_ + timedelta(days=1))}, {dmy(pub_ + timedelta(days=1))}</span>')

    url = "https://ubkt.kontum.dcs.vn/portal/tin-tuc/chi-tiet.xhtml?id=3381"
    head = ('<link type="text/css" rel="stylesheet" href="/portal/javax.faces.resource/theme.css.xhtml?ln=primefaces-saga&amp;v=12.0.0" /><link type="text/css" rel="stylesheet" href="/portal/javax.faces.resource/primeicons/primeicons.css.xhtml?ln=primefaces&amp;v=12.0.0" />'
            '<link type="text/css" rel="stylesheet" href="/portal/javax.faces.resource/components.css.xhtml?ln=primefaces&amp;v=12.0.0" /><script type="text/javascript" src="/portal/javax.faces.resource/jquery/jquery.js.xhtml?ln=primefaces&amp;v=12.0.0"></script>'
            '<script type="text/javascript" src="/portal/javax.faces.resource/core.js.xhtml?ln=primefaces&amp;v=12.0.0"></script><script type="text/javascript" src="/portal/javax.faces.resource/components.js.xhtml?ln=primefaces&amp;v=12.0.0"></script>'
            '<script type="text/javascript">if(window.PrimeFaces){PrimeFaces.settings.locale=\'vi\';PrimeFaces.settings.viewId=\'/tin-tuc/chi-tiet.xhtml\';PrimeFaces.settings.contextPath=\'/portal\';PrimeFaces.settings.cookiesSecure=false;}</script>')
    return page("s27-07", family="inspection_commission_jsf_primefaces_breadcrumb_last_level_truncated_headline",
                name="kontum-ubkttu-jsf23-primefaces12-viewstate-crumb-hoat-dong-kiem-tra-giam-sat-then-headline-cut-at-57-chars-dots-panel-title-span-ngay-dang-dd-mm-yyyy-hh-mm-ngay-sua-bold-lead-ul-conclusions-chu-thich-anh-italic-right-name-paren-phong-ubkt",
                url=url, art=A7, main_fn=main, pub=pub, prefix="pf", kb=160,
                org="Ủy ban Kiểm tra Tỉnh ủy Kon Tum", addr="Số 172 đường Bà Triệu, TP Kon Tum, tỉnh Kon Tum", phone="0260.3862.347",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "primefaces", "head_extra": head, "title": "Ủy ban Kiểm tra Tỉnh ủy Kon Tum", "items": MENU_GOV, "action": "/portal/tin-tuc/chi-tiet.xhtml?id=3381"},
                exp=expected(A7, iso(pub), updated=iso(upd), author="Đặng Văn Khải", unit="Phòng Nghiệp vụ II, UBKT Tỉnh ủy", category="Hoạt động kiểm tra, giám sát"),
                traps={"truncated_crumb": [CRUMB7], "bylines": [BYLINE7], "chrome": ["Lượt xem: 412", "In bài viết", "Các tin khác", "Văn bản - Tài liệu"], "related": lambda rl: rl[:5]},
                notes="TWIST: a JSF 2.3 + PrimeFaces 12 portal (Saga theme; the page is one h:form with a long client-side javax.faces.ViewState; PrimeFaces.cw widget scripts) of a provincial Ủy ban Kiểm tra. Its p:breadCrumb prints 'Trang chủ › Hoạt động kiểm tra, giám sát › <the headline cut at 57 characters + \"...\">' (Apache StringUtils.abbreviate, which cuts inside a word: 'Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật Ban Thường vụ Đả...'). The last level is the item itself, shortened, so it does not equal the headline; a reader that skips a last level only when it matches the title stores the truncated headline as the category. → category 'Hoạt động kiểm tra, giám sát' (the deepest level that is a section). Title: the panel title span (ui-panel-title), the only printed headline (<title> is the site name). Stamps 'Ngày đăng: 18/02/2025 14:05 | Ngày sửa: 19/02/2025 08:10' → published 2025-02-18T14:05, updated 2025-02-19T08:10 ('Ngày sửa' = edited). Lead: the bold summary. The conclusions are a <ul> (one paragraph per item). One image with span.chu-thich-anh. Byline italic right 'Đặng Văn Khải (Phòng Nghiệp vụ II, UBKT Tỉnh ủy)' → author 'Đặng Văn Khải', unit 'Phòng Nghiệp vụ II, UBKT Tỉnh ủy' (one unit with a comma inside the parentheses: a department of the commission). People named in the conclusions are not authors.",
                readme="TWIST the breadcrumb's last level is the headline CUT SHORT ('… Ban Thường vụ Đả...', StringUtils.abbreviate cuts inside a word) → category = the section level before it, not the stub; JSF + PrimeFaces UBKT (ViewState): panel-title headline, 'Ngày đăng: … | Ngày sửa: …', bold lead, <ul> conclusions, span.chu-thich-anh, italic right 'Name (Phòng …, UBKT Tỉnh ủy)' (unit with a comma inside)")


# ===================================================================== 8 Văn phòng Tỉnh ủy Hà Nam: Orchard Core (theme derived from TheBlogTheme); press release; the masthead holds h1 + h2.subheading; 'Sửa đổi lần cuối:' after the text
A8 = Art("Thông cáo báo chí Hội nghị lần thứ 28 Ban Chấp hành Đảng bộ tỉnh khóa XX",
         "Ngày 22/01/2025, Ban Chấp hành Đảng bộ tỉnh khóa XX tổ chức Hội nghị lần thứ 28 để thảo luận, cho ý kiến vào các báo cáo tổng kết năm 2024 và quyết định nhiều nội dung quan trọng.",
         [("p", "Hội nghị lần thứ 28 Ban Chấp hành Đảng bộ tỉnh khóa XX diễn ra trong một ngày, dưới sự chủ trì của đồng chí Đinh Quang Vũ, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy."),
          ("h", "1. Về kết quả thực hiện nhiệm vụ năm 2024"),
          ("p", "Hội nghị đánh giá, năm 2024 kinh tế của tỉnh tiếp tục tăng trưởng khá; tổng sản phẩm trên địa bàn (GRDP) ước tăng 9,2%; thu ngân sách nhà nước đạt 21.860 tỷ đồng, vượt 18% dự toán; 100% xã đạt chuẩn nông thôn mới, 48 xã đạt chuẩn nông thôn mới nâng cao."),
          ("p", "Công tác xây dựng Đảng và hệ thống chính trị được quan tâm; toàn Đảng bộ kết nạp 1.512 đảng viên, đạt 108% kế hoạch; công tác kiểm tra, giám sát, phòng, chống tham nhũng, lãng phí, tiêu cực được thực hiện quyết liệt."),
          ("h", "2. Về nhiệm vụ trọng tâm năm 2025"),
          ("p", "Hội nghị thống nhất chủ đề năm 2025 là “Năm tăng tốc, bứt phá, về đích”, với các nhiệm vụ trọng tâm:"),
          ("ul", ["Khẩn trương hoàn thành việc sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số 18-NQ/TW, bảo đảm hoạt động hiệu lực, hiệu quả ngay sau khi sắp xếp.",
                  "Phấn đấu tăng trưởng GRDP từ 10% trở lên; đẩy nhanh tiến độ giải ngân vốn đầu tư công, hoàn thành các công trình trọng điểm.",
                  "Lãnh đạo tổ chức thành công đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030."]),
          ("h", "3. Về công tác cán bộ"),
          ("p", "Hội nghị đã tiến hành quy trình giới thiệu nhân sự bổ sung Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025 theo đúng quy định của Trung ương.")])


def page08():
    pub = T("2025-01-22 17:05")
    upd = T("2025-01-23 08:30")
    url = "https://vptu.hanam.dcs.vn/thong-cao-bao-chi/thong-cao-bao-chi-hoi-nghi-lan-thu-28-ban-chap-hanh-dang-bo-tinh-khoa-xx"

    def masthead(rng, pub_):
        return (f'<header class="masthead" style="background-image:url(\'/media/backgrounds/hoi-nghi-tinh-uy-lan-28.jpg\')"><div class="overlay"></div><div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto">'
                f'<div class="post-heading"><h1>{esc(A8.title)}</h1><h2 class="subheading">{esc(A8.lead)}</h2>'
                f'<span class="meta">Đăng bởi <a href="/vptu_admin">vptu_admin</a> lúc {hm(pub)} ngày {dmy(pub)}</span></div></div></div></div></header>')

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<h3>{esc(t)}</h3>")
        return (f'<article class="content-item blogpost"><div class="post-body">{body}</div>'
                f'<div class="download border rounded p-3 my-4"><a href="/media/thong-cao/tcbc-hoi-nghi-lan-thu-28.pdf"><i class="fa fa-file-pdf-o"></i> Tải về: Thông cáo báo chí (PDF, 312 KB)</a></div>'
                f'<div class="taxonomy-terms"><span class="terms-label">Danh mục:</span> <a class="badge bg-danger" href="/danh-muc/thong-cao-bao-chi">Thông cáo báo chí</a></div>'
                f'<p class="post-meta-updated text-muted"><em>Sửa đổi lần cuối: {dmy(upd)} {hm(upd)}</em></p><hr>'
                f'<div class="clearfix"><a class="btn btn-primary float-start" href="/thong-cao-bao-chi/{slug(rl[0])}">&larr; {esc(rl[0])}</a><a class="btn btn-primary float-end" href="/thong-cao-bao-chi/{slug(rl[1])}">{esc(rl[1])} &rarr;</a></div></article>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=lambda d: dmy(d), cls="card tin-moi")
                + f'<div class="card search"><form action="/search" method="get"><input name="Terms" placeholder="Tìm kiếm" /><input name="__RequestVerificationToken" type="hidden" value="CfDJ8{alnum(rng, 150)}" /></form></div>')

    def top(rng, pub_):
        return '<a class="navbar-brand" href="/">Văn phòng Tỉnh ủy Hà Nam</a><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbarResponsive">Menu <i class="fa fa-bars"></i></button>'

    head = ('<meta name="generator" content="Orchard" /><link type="text/css" rel="stylesheet" href="/TheBlogTheme/vendor/bootstrap/css/bootstrap.min.css" />'
            '<link type="text/css" rel="stylesheet" href="/TheBlogTheme/css/clean-blog.min.css?v=zJvGf5rXQ0bE1mMd8I4uT6lHqC3wYkNa2sPoR7xVtWc" />'
            + og(A8.title, url, {"og:site_name": "Văn phòng Tỉnh ủy Hà Nam", "og:description": A8.lead[:150]}))
    return page("s27-08", family="provincial_office_orchard_core_press_release_masthead_heading_subheading",
                name="hanam-vptu-orchard-core-liquid-clean-blog-masthead-h1-h2-subheading-lead-dang-boi-account-luc-hh-mm-ngay-dd-mm-yyyy-h3-numbered-heads-ul-tasks-pdf-download-danh-muc-badge-sua-doi-lan-cuoi-after-text-no-byline-no-pictures",
                url=url, art=A8, main_fn=main, pub=pub, prefix="oc", kb=105,
                org="Văn phòng Tỉnh ủy Hà Nam", addr="Số 2 đường Lê Hoàn, TP Phủ Lý, tỉnh Hà Nam", phone="0226.3852.612",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "orchard", "head_extra": head, "title": A8.title + " - Văn phòng Tỉnh ủy Hà Nam", "left": masthead, "items": MENU_GOV},
                exp=expected(A8, iso(pub), updated=iso(upd), category="Thông cáo báo chí", captions=[]),
                traps={"accounts": ["vptu_admin"], "download": ["Tải về: Thông cáo báo chí (PDF, 312 KB)"], "chrome": ["Tin mới"], "related": lambda rl: rl[:2]},
                notes="A PRESS RELEASE ('Thông cáo báo chí') on the Orchard Core site of a Văn phòng Tỉnh ủy (a Liquid theme derived from TheBlogTheme / Clean Blog). The headline and the sapo are in the MASTHEAD (a header with a background image, before the content column): h1 = title, h2.subheading = the item's subtitle → lead; 'Đăng bởi vptu_admin lúc 17:05 ngày 22/01/2025' → published 2025-01-22T17:05 ('vptu_admin' is an account). After the text: a PDF download block (not body), the taxonomy 'Danh mục: Thông cáo báo chí' (label dropped → category; there is no breadcrumb), and 'Sửa đổi lần cuối: 23/01/2025 08:30' (a visible update stamp, in italics under the text) → updated 2025-01-23T08:30. No byline, no unit, no photographer (a press release of the office itself; nothing signs it). h3 numbered heads and the <ul> of tasks are body (one paragraph per item). No pictures → captions []. The prev / next buttons carry other items' titles.",
                readme="Orchard Core Văn phòng Tỉnh ủy PRESS RELEASE: h1 + h2.subheading (lead) in the masthead before the content, 'Đăng bởi <account> lúc HH:MM ngày dd/mm/yyyy', h3 numbered heads, <ul> tasks, PDF download block, 'Danh mục:' badge after the text, 'Sửa đổi lần cuối:' update stamp after the text, no byline, no pictures")


# ===================================================================== 9 Trường Chính trị tỉnh Hòa Bình: Moodle 4.1 site-news forum; a NOTICE; glibc vi names 'Thứ tư, 16 Tháng tư 2025, 14:15'; office signature
A9 = Art("Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2025 - 2026",
         None,
         [("p", "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2025 của Trường Chính trị tỉnh Hòa Bình đã được Ban Thường vụ Tỉnh ủy phê duyệt, Nhà trường thông báo chiêu sinh các lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2025 - 2026 như sau:"),
          ("h", "1. Đối tượng, tiêu chuẩn"),
          ("p", "Cán bộ, công chức, viên chức trong hệ thống chính trị từ cấp xã trở lên; đảng viên là cán bộ quy hoạch các chức danh lãnh đạo, quản lý cấp phòng, cấp xã; có trình độ học vấn tốt nghiệp trung học phổ thông trở lên và được cấp ủy, cơ quan có thẩm quyền cử đi học."),
          ("h", "2. Số lớp, địa điểm và thời gian học"),
          ("table", [["Lớp", "Địa điểm học", "Số học viên dự kiến", "Dự kiến khai giảng"],
                     ["TC-K45A", "Trường Chính trị tỉnh", "70", "02/6/2025"],
                     ["TC-K45B", "Trung tâm Chính trị huyện Mai Châu", "60", "09/6/2025"],
                     ["TC-K45C", "Trung tâm Chính trị huyện Lạc Sơn", "65", "16/6/2025"]]),
          ("p", "Thời gian đào tạo 8 tháng, học theo hình thức không tập trung, mỗi tháng học 10 ngày."),
          ("h", "3. Hồ sơ và thời hạn nộp hồ sơ"),
          ("ul", ["Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;", "Bản sao bằng tốt nghiệp trung học phổ thông hoặc tương đương;", "Sơ yếu lý lịch có xác nhận của cơ quan quản lý, 02 ảnh cỡ 3x4."]),
          ("p", "Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học, Trường Chính trị tỉnh Hòa Bình trước ngày 15/5/2025."),
          ("p", "Mọi chi tiết xin liên hệ đồng chí Bùi Thị Thu Hường, Phó Trưởng phòng Quản lý đào tạo và Nghiên cứu khoa học, điện thoại 0218.3852.416.")])
SIGN9 = "PHÒNG QUẢN LÝ ĐÀO TẠO VÀ NGHIÊN CỨU KHOA HỌC"


def page09():
    pub = T("2025-04-16 14:15")
    rng = __import__("random").Random("s27-09")
    site = "https://truongchinhtri.hoabinh.gov.vn/elearning"
    url = site + "/mod/forum/discuss.php?d=214"
    stamp = f"{wd(pub, lower=True)}, {pub.day} {GLIBC_MON[pub.month - 1]} {pub.year}, {hm(pub)}"
    body = A9.render(p=lambda t: f'<p dir="ltr" style="text-align: justify;">{esc(t)}</p>', h=lambda t: f'<p dir="ltr"><strong>{esc(t)}</strong></p>',
                     table=lambda rows: '<table class="table table-bordered generaltable"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                     + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
    body += f'<p dir="ltr" style="text-align: right;"><strong>{esc(SIGN9)}</strong></p>'
    files = [("Thong-bao-chieu-sinh-TC-K45-2025.pdf", "Tài liệu PDF"), ("Mau-so-yeu-ly-lich-hoc-vien.docx", "Tài liệu Word 2007")]
    att = "".join(f'<div><a href="{site}/pluginfile.php/28/mod_forum/attachment/431/{f}?forcedownload=1" aria-label="{f}"><img class="icon icon" alt="{esc(k, True)}" title="{esc(k, True)}" src="{site}/theme/image.php/boost/core/1712038931/f/pdf" />{f}</a></div>' for f, k in files)
    news = heads8(rng, 4, avoid=[A9.title])
    nd = past(pub, rng, 4, 3, 40)
    latest = "".join(f'<li class="post"><div class="head clearfix"><div class="date">{wd(d, lower=True)}, {d.day} {GLIBC_MON[d.month - 1]} {d.year}, {hm(d)}</div><div class="name">Quản trị viên Trường</div></div>'
                     f'<div class="info"><a href="{site}/mod/forum/discuss.php?d={rng.randint(150, 213)}">{esc(t)}</a></div></li>' for t, d in zip(news, nd))
    cal_rows = []
    first_wd = T("2025-04-01 00:00").weekday()
    cells = [""] * first_wd + [str(i) for i in range(1, 31)]
    while len(cells) % 7:
        cells.append("")
    for i in range(0, len(cells), 7):
        cal_rows.append("<tr>" + "".join(f'<td class="day text-center{" today" if c == "16" else ""}"><span class="day-number">{c}</span></td>' for c in cells[i:i + 7]) + "</tr>")
    cal = (f'<table class="calendarmonth calendartable mb-0"><thead><tr>' + "".join(f'<th class="header text-xs-center"><abbr title="{w}">{w[:4]}</abbr></th>' for w in ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"])
           + "</tr></thead><tbody>" + "".join(cal_rows) + "</tbody></table>")
    prev_t, next_t = "Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K43", "Thông báo tuyển sinh lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2025"
    mcfg = {"wwwroot": site, "homeurl": {}, "sesskey": alnum(rng, 10), "sessiontimeout": "7200", "sessiontimeoutwarning": 1200, "themerev": "1712038931", "slasharguments": 1,
            "theme": "boost", "iconsystemmodule": "core/icon_system_fontawesome", "jsrev": "1712038931", "admin": "admin", "svgicons": True, "usertimezone": "Châu Á/Hồ Chí Minh",
            "language": "vi", "courseId": 1, "courseContextId": 2, "contextid": 431, "contextInstanceId": 28, "langrev": 1712038931, "templaterev": "1712038931", "siteId": 1, "userId": 1}
    yui = {"base": site + "/lib/yuilib/3.18.1/", "comboBase": site + "/theme/yui_combo.php?", "combine": True, "filter": None, "insertBefore": "firstthemesheet", "groups": {
        "yui2": {"base": site + "/lib/yuilib/2in3/2.9.0/build/", "comboBase": site + "/theme/yui_combo.php?", "combine": True, "ext": False, "root": "2in3/2.9.0/build/", "patterns": {"yui2-": {"group": "yui2", "configFn": "function(me){if(/-skin|reset|fonts|grids|base/.test(me.name)){me.type='css';me.path=me.path.replace(/\\.js/,'.css');me.path=me.path.replace(/\\/yui2-skin/,'/assets/skins/sam/yui2-skin')}}"}}},
        "moodle": {"name": "moodle", "base": site + "/theme/yui_combo.php?m/1712038931/", "combine": True, "comboBase": site + "/theme/yui_combo.php?", "ext": False, "root": "m/1712038931/",
                   "patterns": {"moodle-": {"group": "moodle", "configFn": "function(me){var parts=me.name.replace(/^moodle-/,'').split('-'),component=parts.shift(),module=parts[0],min='-min';if(/-(skin|core)$/.test(me.name)){parts.pop();me.type='css';min=''}if(module){var filename=parts.join('-');me.path=component+'/'+module+'/'+filename+min+'.'+me.type}else{me.path=component+'/'+component+'.'+me.type}}"}},
                   "filter": None, "modules": {f"moodle-core-{k}": {"requires": ["base", "node", "event", "io-base"]} for k in ["actionmenu", "blocks", "chooserdialogue", "dragdrop", "event", "formchangechecker", "handlebars", "languninstallconfirm", "lockscroll", "maintenancemodetimer", "notification", "notification-ajaxexception", "notification-alert", "notification-confirm", "notification-dialogue", "notification-exception", "popuphelp", "tooltip"]}}}}
    nav = "".join(f'<li data-key="{k}" class="nav-item" role="none" data-forceintomoremenu="false"><a role="menuitem" class="nav-link {"active" if k == "home" else ""}" href="{site}/{h}" tabindex="-1">{t}</a></li>'
                  for k, h, t in [("home", "", "Trang chủ"), ("myhome", "my/", "Trang tổng quan"), ("mycourses", "my/courses.php", "Khoá học của tôi"), ("news", "mod/forum/view.php?id=28", "Thông báo - Tin tức"), ("library", "mod/page/view.php?id=44", "Thư viện điện tử")])
    html = (f'<!DOCTYPE html>\n<html dir="ltr" lang="vi" xml:lang="vi">\n<head>\n<title>Trường Chính trị tỉnh Hòa Bình: {esc(A9.title)}</title>\n'
            f'<link rel="shortcut icon" href="{site}/theme/image.php/boost/theme/1712038931/favicon" />\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<meta name="keywords" content="moodle, Trường Chính trị tỉnh Hòa Bình: {esc(A9.title, True)}" />\n<link rel="stylesheet" type="text/css" href="{site}/theme/yui_combo.php?rollup/3.18.1/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script>'
            f'<link rel="stylesheet" type="text/css" href="{site}/theme/styles.php/boost/1712038931_1/all" />\n'
            f'<script>\n//<![CDATA[\nvar M = {{}}; M.yui = {{}};\nM.pageloadstarttime = new Date();\nM.cfg = {dump(mcfg)};var yui1ConfigFn = function(me) {{if(/-skin|reset|fonts|grids|base/.test(me.name)){{me.type=\'css\';me.path=me.path.replace(/\\.js/,\'.css\');}}}};\n'
            f'YUI_config = {dump(yui)};\nM.yui.loader = {{modules: {{}}}};\n//]]>\n</script>\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<!--PAD-->\n</head>\n'
            f'<body id="page-mod-forum-discuss" class="limitedwidth path-mod path-mod-forum chrome dir-ltr lang-vi yui-skin-sam yui3-skin-sam truongchinhtri-hoabinh-gov-vn--elearning pagelayout-incourse course-1 context-431 cmid-28 notloggedin uses-drawers">\n'
            f'<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>\n<div id="page-wrapper" class="d-print-block">\n'
            f'<div>\n<a class="sr-only sr-only-focusable" href="#maincontent">Chuyển tới nội dung chính</a>\n</div><script src="{site}/lib/javascript.php/1712038931/lib/polyfills/polyfill.js"></script>\n'
            f'<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Điều hướng trang"><div class="container-fluid"><a href="{site}/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">'
            f'<img src="{site}/pluginfile.php/1/core_admin/logocompact/300x300/1712038931/logo-truong.png" class="logo mr-1" alt="Trường Chính trị tỉnh Hòa Bình"></a>'
            f'<div class="primary-navigation"><nav class="moremenu navigation observed"><ul id="moremenu-{hexid(rng, 13)}-navbar-nav" role="menubar" class="nav more-nav navbar-nav">{nav}</ul></nav></div>'
            f'<div id="usernavigation" class="navbar-nav ml-auto"><div class="d-flex align-items-stretch usermenu-container" data-region="usermenu"><div class="usermenu"><span class="login pl-2">Bạn chưa đăng nhập. (<a href="{site}/login/index.php">Đăng nhập</a>)</span></div></div></div></div></nav>\n'
            f'<div id="page" data-region="mainpage" data-usertour="scroller" class="drawers drag-container"><div id="topofscroll" class="main-inner"><div class="drawer-toggles d-flex"></div>'
            f'<header id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap"><div id="page-navbar"><nav aria-label="Thanh điều hướng"><ol class="breadcrumb">'
            f'<li class="breadcrumb-item"><a href="{site}/" title="Trang chủ">Trang chủ</a></li><li class="breadcrumb-item"><a href="{site}/mod/forum/view.php?id=28" title="Diễn đàn">Thông báo - Tin tức</a></li>'
            f'<li class="breadcrumb-item"><span>{esc(A9.title)}</span></li></ol></nav></div></div>'
            f'<div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">Trường Chính trị tỉnh Hòa Bình</h1></div></div></div></div></div></header>\n'
            f'<div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Nội dung"><span class="notifications" id="user-notifications"></span>'
            f'<div role="main"><span id="maincontent"></span><div class="activity-header" data-for="page-activity-header"></div>'
            f'<div class="d-flex flex-column mb-3"><div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a aria-label="Chủ đề thảo luận trước: {esc(prev_t, True)}" class="btn btn-link" href="{site}/mod/forum/discuss.php?d=212">◄ {esc(prev_t)}</a></li>'
            f'<li class="next-discussion"><a aria-label="Chủ đề thảo luận tiếp theo: {esc(next_t, True)}" class="btn btn-link" href="{site}/mod/forum/discuss.php?d=217">{esc(next_t)} ►</a></li></ul></div></div>'
            f'<div id="discussion-container-{hexid(rng, 13)}" data-content="forum-discussion"><div class="discussionname sr-only">{esc(A9.title)}</div>'
            f'<article id="p431" class="forum-post-container mb-2" data-post-id="431" data-region="post" data-target="431-target" tabindex="0" aria-labelledby="post-header-431-{hexid(rng, 13)}" aria-describedby="post-content-431">'
            f'<div class="d-flex border p-2 mb-2 forumpost focus-target  firstpost starter" aria-label="{esc(A9.title, True)} bởi Quản trị viên Trường" data-post-id="431" data-content="forum-post">'
            f'<div class="d-flex flex-column w-100" data-region-content="forum-post-core"><header id="post-header-431" class="mb-2 header row no-gutters"><div class="mr-2" style="width: 45px;">'
            f'<img class="rounded-circle w-100" src="{site}/theme/image.php/boost/core/1712038931/u/f1" alt="Ảnh của Quản trị viên Trường" aria-hidden="true" title="Ảnh của Quản trị viên Trường"></div>'
            f'<div class="d-flex flex-column"><h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="Re: {esc(A9.title, True)}">{esc(A9.title)}</h3>'
            f'<div class="mb-3" tabindex="-1">bởi <a href="{site}/user/view.php?id=2&amp;course=1">Quản trị viên Trường</a> - <time datetime="{iso(pub)}">{stamp}</time></div></div></header>'
            f'<div class="d-flex body-content-container"><div class="mr-2 author-groups-container" style="width: 45px; flex-shrink: 0"></div><div class="no-overflow w-100 content-alignment-container">'
            f'<div id="post-content-431" class="post-content-container">{body}</div><div class="attachments">{att}</div></div></div>'
            f'<div class="d-flex flex-wrap"><div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto p-1" data-region="post-actions-container" role="menubar" aria-label="{esc(A9.title, True)}">'
            f'<a data-region="post-action" href="{site}/mod/forum/discuss.php?d=214#p431" class="btn btn-link" title="Liên kết cố định tới bài đăng này" aria-label="Liên kết cố định tới bài đăng này" role="menuitem">Liên kết cố định</a></div></div></div></div></article></div>'
            f'<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a class="btn btn-link" href="{site}/mod/forum/discuss.php?d=212">◄ {esc(prev_t)}</a></li><li class="next-discussion"><a class="btn btn-link" href="{site}/mod/forum/discuss.php?d=217">{esc(next_t)} ►</a></li></ul></div></div></section></div></div>\n'
            f'<div class="drawer drawer-right d-print-none not-initialized" data-region="fixed-drawer" id="theme_boost-drawers-blocks" data-preference="drawer-open-block" data-state="show-drawer-right" data-forceopen="1" data-close-on-resize="1">'
            f'<div class="drawercontent drag-container" data-usertour="scroller"><section class="d-print-none" aria-label="Khối"><aside id="block-region-side-pre" class="block-region" data-blockregion="side-pre" data-droptarget="1">'
            f'<section id="inst71" class="block_news_items block card mb-3" role="region" data-block="news_items"><div class="card-body p-3"><h5 class="card-title d-inline">Tin tức mới nhất</h5><div class="card-text content mt-3"><ul class="unlist">{latest}</ul>'
            f'<div class="footer"><div class="newlink"><a href="{site}/mod/forum/view.php?f=1">Các chủ đề cũ hơn ...</a></div></div></div></div></section>'
            f'<section id="inst72" class="block_calendar_month block card mb-3" role="region" data-block="calendar_month"><div class="card-body p-3"><h5 class="card-title d-inline">Lịch</h5><div class="card-text content mt-3">'
            f'<div class="calendarwrapper" data-courseid="1" data-context-id="2" data-month="4" data-year="2025" data-current-time="{int(pub.timestamp()) + 86400 * 3}"><div class="controls"><a class="arrow_link previous" href="#" title="Tháng trước">◄ Tháng ba</a>'
            f'<span class="current"><a href="{site}/calendar/view.php?view=month&amp;time={int(pub.timestamp())}">Tháng tư 2025</a></span><a class="arrow_link next" href="#" title="Tháng sau">Tháng năm ►</a></div>{cal}</div></div></div></section>'
            f'</aside></section></div></div></div>\n<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container" data-region="footer-content-popover">'
            f'<div class="footer-section p-3 border-bottom"><div class="logininfo">Bạn chưa đăng nhập. (<a href="{site}/login/index.php">Đăng nhập</a>)</div><div class="tool_usertours-resettourcontainer"></div>'
            f'<div class="tool_dataprivacy"><a href="{site}/admin/tool/dataprivacy/summary.php">Tóm tắt lưu giữ dữ liệu</a></div><div><a class="mobilelink" href="https://download.moodle.example/mobile?version=2022112815&amp;lang=vi&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Tải ứng dụng di động</a></div></div>'
            f'<div class="footer-section p-3"><div>Được hỗ trợ bởi <a href="https://moodle.example">Moodle</a></div></div></div>'
            f'<div class="footer-content-debugging footer-dark bg-dark text-light"><div class="container-fluid footer-dark-inner">Trường Chính trị tỉnh Hòa Bình - Số 396 đường Trần Hưng Đạo, TP Hòa Bình - ĐT: 0218.3852.416</div></div></footer></div>\n'
            f'<script>\n//<![CDATA[\nvar require = {{ baseUrl : \'{site}/lib/requirejs.php/1712038931/\', enforceDefine: true, skipDataMain: true, waitSeconds : 0, paths: {{ jquery: \'{site}/lib/javascript.php/1712038931/lib/jquery/jquery-3.6.1.min\', jqueryui: \'{site}/lib/javascript.php/1712038931/lib/jquery/ui-1.13.2/jquery-ui.min\', jqueryprivate: \'{site}/lib/javascript.php/1712038931/lib/requirejs/jquery-private\' }}, map: {{ \'*\': {{ jquery: \'jqueryprivate\' }}, jqueryprivate: {{ jquery: \'jquery\' }} }} }};\n//]]>\n</script>\n'
            f'<script src="{site}/lib/javascript.php/1712038931/lib/requirejs/require.min.js"></script>\n<script>\n//<![CDATA[\nM.util.js_pending("core/first");\nrequire([\'core/first\'], function() {{ require([\'core/prefetch\']).then(function(prefetch) {{ prefetch.prefetchTemplates([\'mod_forum/forum_discussion_post\']); }}); M.util.js_complete("core/first"); }});\n//]]>\n</script>\n</body>\n</html>\n')
    html = pad(html, rng, 170, prefix="mdl")
    exp = expected(A9, iso(pub), unit=SIGN9, category="Thông báo - Tin tức", lead=None, captions=[])
    return mk("political_school_moodle41_site_news_forum_notice_glibc_vi_stamp_office_signature",
              "hoabinh-truongchinhtri-moodle41-site-news-forum-crumb-thong-bao-tin-tuc-then-title-h1-site-name-h3-post-subject-boi-account-dash-thu-tu-d-thang-tu-yyyy-hh-mm-notice-table-thead-ul-contact-line-caps-office-signature-attachments",
              url, html, exp,
              {"accounts": ["Quản trị viên Trường"], "attachments": [f for f, _ in files], "discussion_nav": [prev_t, next_t], "latest_news": news[:3],
               "chrome": ["Liên kết cố định", "Tin tức mới nhất", "Các chủ đề cũ hơn ...", "Tóm tắt lưu giữ dữ liệu", "Tải ứng dụng di động", "Bạn chưa đăng nhập.", "Tháng tư 2025"]},
              "A NOTICE posted in the site-news forum of a Trường Chính trị's Moodle 4.1 (Boost theme): the page h1 is the SITE name ('Trường Chính trị tỉnh Hòa Bình'); the item's headline is the post subject h3 (the forum post's subject, the only headline of the item). Post header 'bởi Quản trị viên Trường - Thứ tư, 16 Tháng tư 2025, 14:15' (Moodle strftime with the glibc vi_VN names: 'Thứ tư', 'Tháng tư') in a <time> that agrees → published 2025-04-16T14:15. 'Quản trị viên Trường' ('school administrator') is the site account that posts announcements → not the author. Category: the Moodle breadcrumb 'Trang chủ › Thông báo - Tin tức (the forum) › <the discussion title>' → 'Thông báo - Tin tức'. No lead. Body: paragraphs, bold numbered heads, a table with a <thead> (rows as paragraphs), a <ul> of required documents, the deadline paragraph, and the contact line 'Mọi chi tiết xin liên hệ đồng chí Bùi Thị Thu Hường, …' (body, set 25). The notice is signed bold right by an OFFICE in capitals 'PHÒNG QUẢN LÝ ĐÀO TẠO VÀ NGHIÊN CỨU KHOA HỌC' → author null, unit as printed (office signature). The two attachments (a PDF and a form), 'Liên kết cố định', the discussion navigation (previous/next notices), the 'Tin tức mới nhất' block with its own stamps and the April 2025 calendar block are not the item. Dates in the text (15/5/2025, 02/6/2025 …) are deadlines.",
              "Moodle 4.1 Trường Chính trị NOTICE in the site-news forum: site-name h1, post subject h3 = headline, 'bởi <account> - Thứ tư, 16 Tháng tư 2025, 14:15' (glibc vi names, agreeing <time>), crumb forum name before the title, no lead, table with <thead>, <ul>, contact line (body), caps OFFICE signature → unit, attachments, calendar block")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
