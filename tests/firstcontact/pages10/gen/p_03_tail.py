"""Set 10 (3): five more — broken markup, a press release, a commune page with two h1s, a trade union page, radio."""
from .common import Art, T, iso, isod, dmy, hm, esc, expected, hexid
from .kit import rel, share
from .p_01_pages import _page, fig, pic
from .p_02_more import CRUMB


def openp(t):
    return f"<p>{esc(t)}\n"


def capcredit(s, c, n):
    return f'<div class="cd-img"><img src="{s}" /><span class="cd-cap">{esc(c)}</span></div>'


# ===================================================================== 14
A14 = Art("Hà Sơn Bình: Xuất khẩu lao động gắn với đào tạo nghề cho thanh niên vùng cao",
          "Năm 2024, tỉnh Hà Sơn Bình có 1.420 lao động đi làm việc ở nước ngoài theo hợp đồng, trong đó gần một nửa là thanh niên dân tộc thiểu số.",
          [("p", "Các huyện Mai Châu, Đà Bắc, Kim Bôi phối hợp với doanh nghiệp mở lớp đào tạo tiếng Nhật, tiếng Hàn ngay tại trung tâm giáo dục nghề nghiệp huyện."),
           ("p", "Người lao động thuộc hộ nghèo được vay vốn ưu đãi tối đa 100 triệu đồng từ Ngân hàng Chính sách xã hội."),
           ("h", "Kiểm soát chặt doanh nghiệp tuyển dụng"),
           ("p", "Sở Lao động - Thương binh và Xã hội đã công khai danh sách doanh nghiệp được cấp phép, khuyến cáo người dân không nộp tiền qua trung gian.")])


def page14():
    pub = T("2024-11-13 07:15")

    def main(rng, rl, rd):
        body = A14.render(p=openp, h=lambda t: f"<p><b>{esc(t)}</b>\n")
        return (f'<div class="detail-news"><div class="cate-name"><a href="/xa-hoi">Xã hội</a></div><h1>{esc(A14.title)}</h1>'
                f'<div class="time-post">13/11/2024 | 07:15 GMT+7</div><div class="sapo"><p><strong>{esc(A14.lead)}</strong></div>'
                f'<div class="news-body"><div>{body}<p align="right"><strong>Lê Minh</strong>\n<p align="right"><em>(Theo Nhân Dân)</em></div>'
                f'<div class="fb-comments" data-href="https://baohasonbinh.vn/xa-hoi/x.html" data-numposts="5"></div>'
                f'{rel(rng, rl, rd, None, cls="lienquan", head="Tin liên quan")}</td></tr></div>')
    return _page("s10-14", family="baotinh_broken_p_republished_theo", name="hasonbinh-bao-unclosed-p-stray-td-gmt7-pipe-name-then-theo-nhan-dan",
                 url="https://baohasonbinh.vn/xa-hoi/xuat-khau-lao-dong-gan-voi-dao-tao-nghe-201411.htm", art=A14, main_fn=main, pub=pub, prefix="bhsb", kb=150,
                 org="Báo Hà Sơn Bình", addr="Số 6 Trần Hưng Đạo, TP Hòa Bình", phone="0218.3852.337",
                 exp=expected(A14, iso(pub), author="Lê Minh", category="Xã hội"),
                 traps={"bylines": ["(Theo Nhân Dân)"], "related": lambda rl: rl[:3], "chrome": ["Tin liên quan"]},
                 notes="Republished article: every <p> unclosed, sapo's <p> unclosed inside a closed div, stray </td></tr> at the end. Byline 'Lê Minh' (right bold) followed by '(Theo Nhân Dân)' → author 'Lê Minh'; the source is not a unit. Stamp 'dd/mm/yyyy | HH:MM GMT+7'. Bold paragraph sub-head is body.",
                 readme="unclosed <p>s everywhere, stray </td></tr>, 'dd/mm/yyyy | HH:MM GMT+7', name + '(Theo Nhân Dân)'")


# ===================================================================== 15
A15 = Art("Thông cáo báo chí kỳ họp thứ 28 của Ủy ban Kiểm tra Tỉnh ủy Bình Trị Thiên",
          "",
          [("p", "Từ ngày 18 đến ngày 19/11/2024, Ủy ban Kiểm tra Tỉnh ủy Bình Trị Thiên đã họp kỳ thứ 28 dưới sự chủ trì của đồng chí Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."),
           ("p", "1. Xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Phong Hòa nhiệm kỳ 2020-2025."),
           ("p", "Ban Thường vụ Đảng ủy xã đã buông lỏng lãnh đạo, thiếu kiểm tra, giám sát trong quản lý đất đai, để xảy ra lấn chiếm đất công kéo dài."),
           ("p", "2. Thi hành kỷ luật bằng hình thức khiển trách đối với 2 đảng viên có liên quan."),
           ("p", "3. Yêu cầu các tổ chức đảng có liên quan khắc phục hạn chế, báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy trước ngày 31/12/2024.")])


def page15():
    pub = isod(T("2024-11-20 00:00"))

    def main(rng, rl, rd):
        return (f'<div class="ubkt-news"><div class="ubkt-cat">THÔNG CÁO BÁO CHÍ</div><h1>{esc(A15.title)}</h1><p class="ubkt-date">Ngày 20/11/2024</p>'
                f'<div class="ubkt-body">{A15.render()}<p style="text-align:center"><b>T/M ỦY BAN KIỂM TRA TỈNH ỦY</b></p></div>'
                f'<div class="ubkt-files"><a href="/files/tcbc-28.pdf">Tải về (PDF)</a></div>{rel(rng, rl, rd, dmy, cls="ubkt-rel", head="Thông cáo khác")}</div>')
    return _page("s10-15", family="party_inspection_press_release", name="binhtrithien-ubkt-thong-cao-numbered-no-lead-ngay-date-only-org-signature",
                 url="https://ubkt.binhtrithien.dcs.vn/thong-cao-bao-chi/ky-hop-thu-28-4410", art=A15, main_fn=main, pub=T("2024-11-20 09:00"), prefix="ubkt", kb=110,
                 org="Ủy ban Kiểm tra Tỉnh ủy Bình Trị Thiên", addr="Số 8 Lê Lợi, TP Huế", phone="0234.3823.009",
                 exp=expected(A15, pub, category="THÔNG CÁO BÁO CHÍ", lead=None),
                 traps={"bylines": ["T/M ỦY BAN KIỂM TRA TỈNH ỦY"], "chrome": ["Tải về (PDF)", "Thông cáo khác"], "related": lambda rl: rl[:3]},
                 notes="Party inspection committee press release: no sapo (lead null), numbered paragraphs, 'Ngày 20/11/2024' date only (the 18–19/11 meeting days and the 31/12 deadline in the text are not stamps); centred org signature 'T/M ỦY BAN KIỂM TRA TỈNH ỦY' → not an author. Category upper-case label as printed.",
                 readme="press release with no lead, numbered paragraphs, date-only 'Ngày dd/mm/yyyy', org signature")


# ===================================================================== 16
A16 = Art("Xã Tân Lập tổ chức Ngày hội văn hóa các dân tộc lần thứ V",
          "",
          [("p", "Ngày 14/8, UBND xã Tân Lập tổ chức Ngày hội văn hóa các dân tộc lần thứ V với sự tham gia của 12 đội văn nghệ thôn, bản."),
           ("p", "Ngày hội gồm các hoạt động thi hát then, đàn tính, thi nấu ăn truyền thống, kéo co, đẩy gậy và ném còn."),
           ("img", "/Uploads/tanlap/2024/8/ngay-hoi-van-hoa.jpg", "Đội văn nghệ thôn Nà Khương biểu diễn hát then"),
           ("p", "Kết thúc ngày hội, Ban Tổ chức trao giải nhất toàn đoàn cho thôn Bản Chang.")])


def page16():
    pub = isod(T("2024-08-14 00:00"))

    def main(rng, rl, rd):
        return (f'<div class="xa-main"><div class="xa-cat">Văn hóa - Xã hội</div><h1 class="xa-title">{esc(A16.title)}</h1>'
                f'<div class="xa-body"><p><i>Ngày 14-8-2024</i></p>{A16.render(img=pic)}<p><b>Công chức Văn hóa - Xã hội: Lê Văn Tám</b></p></div>'
                f'{rel(rng, rl, rd, dmy, cls="xa-rel", head="Tin mới hơn")}</div>')
    return _page("s10-16", family="commune_ubnd_two_h1_post_prefixed_name", name="backan-chodon-tanlap-xa-logo-h1-plus-article-h1-dashed-date-italic-in-body-post-colon-name",
                 url="https://tanlap.chodon.backan.gov.vn/van-hoa-xa-hoi/ngay-hoi-van-hoa-cac-dan-toc-lan-thu-v-118.html", art=A16, main_fn=main, pub=T("2024-08-14 16:00"), prefix="xa", kb=90,
                 org="UBND xã Tân Lập - huyện Chợ Đồn", addr="Thôn Bản Chang, xã Tân Lập, huyện Chợ Đồn, tỉnh Bắc Kạn", phone="0209.3882.150",
                 top='<div class="xa-top"><h1 class="logo-text">ỦY BAN NHÂN DÂN XÃ TÂN LẬP</h1><div class="sub">Huyện Chợ Đồn - Tỉnh Bắc Kạn</div></div>',
                 exp=expected(A16, pub, author="Lê Văn Tám", category="Văn hóa - Xã hội", lead=None),
                 traps={"bylines": ["Công chức Văn hóa - Xã hội: Lê Văn Tám"], "dates": ["Ngày 14-8-2024"], "chrome": ["ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Tin mới hơn"], "related": lambda rl: rl[:3]},
                 notes="Commune page with two h1s (the header logo text 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP' and the article h1). Only date is an italic first paragraph inside the body 'Ngày 14-8-2024' (unpadded, dashed) → date only, and that line is not body. No lead. 'Công chức Văn hóa - Xã hội: Lê Văn Tám' → author 'Lê Văn Tám' (post dropped; not a unit).",
                 readme="two h1s (logo + article), date only as an italic 'Ngày d-m-yyyy' line inside the body, post-prefixed byline, no lead")


# ===================================================================== 17
A17 = Art("Công đoàn các Khu công nghiệp tỉnh Sông Bé tổ chức “Chuyến xe Công đoàn” đưa công nhân về quê đón Tết",
          "Ngày 3/12, Công đoàn các Khu công nghiệp tỉnh Sông Bé mở đăng ký “Chuyến xe Công đoàn” miễn phí đưa 1.800 công nhân có hoàn cảnh khó khăn về quê đón Tết Ất Tỵ 2025.",
          [("p", "Đối tượng ưu tiên là đoàn viên có thu nhập thấp, đoàn viên là người dân tộc thiểu số, công nhân có thời gian làm việc trên 3 năm chưa về quê ăn Tết."),
           ("img", "/upload/cdkcn/2024/12/chuyen-xe-cong-doan.jpg", "Công nhân đăng ký vé xe tại nhà văn hóa công nhân (Ảnh: Quốc Huy)"),
           ("p", "Các chuyến xe sẽ khởi hành từ ngày 22 đến 25/1/2025 (tức 23 đến 26 tháng Chạp), đi các tỉnh Bắc Trung Bộ và Tây Nguyên."),
           ("p", "Đoàn viên đăng ký qua ban chấp hành công đoàn cơ sở trước ngày 20/12/2024.")])


def page17():
    pub = T("2024-12-03 16:40")

    def main(rng, rl, rd):
        return (f'<div class="cd-post"><ol class="cd-crumb"><li><a href="/">Trang chủ</a></li><li><a href="/cham-lo-doi-song">Chăm lo đời sống</a></li></ol>'
                f'<h1>{esc(A17.title)}</h1><div class="cd-meta">Đăng ngày 03/12/2024 lúc 16:40 &middot; <span class="cd-author">Nguyễn Thị Hạnh (Công đoàn các KCN tỉnh)</span></div>'
                f'<div class="cd-sapo"><p>{esc(A17.lead)}</p></div><div class="cd-content">{A17.render(img=capcredit)}</div>'
                f'<div class="cd-like"><span>Bài viết hữu ích?</span> <button>Có</button> <button>Không</button></div>'
                f'<div class="fb-comments" data-href="https://congdoankcn.songbe.vn/x" data-width="100%"></div>'
                f'{rel(rng, rl, rd, dmy, cls="cd-rel", head="Tin cùng chuyên mục")}</div>')
    return _page("s10-17", family="trade_union_meta_luc_middot_author_unit", name="songbe-cdkcn-dang-ngay-luc-middot-name-paren-unit-caption-credit-lunar-in-text",
                 url="https://congdoankcn.songbe.vn/cham-lo-doi-song/chuyen-xe-cong-doan-tet-at-ty-2025-3321.html", art=A17, main_fn=main, pub=pub, prefix="cdk", kb=115,
                 org="Công đoàn các Khu công nghiệp tỉnh Sông Bé", addr="Đường số 1, KCN Sóng Thần, tỉnh Sông Bé", phone="0274.3790.018",
                 exp=expected(A17, iso(pub), author="Nguyễn Thị Hạnh", unit="Công đoàn các KCN tỉnh", category="Chăm lo đời sống"),
                 traps={"bylines": ["Nguyễn Thị Hạnh (Công đoàn các KCN tỉnh)"], "chrome": ["Bài viết hữu ích?"], "related": lambda rl: rl[:3]},
                 notes="Meta line 'Đăng ngày 03/12/2024 lúc 16:40 · Nguyễn Thị Hạnh (Công đoàn các KCN tỉnh)' → date, author + unit. Caption carries '(Ảnh: Quốc Huy)' — stays in the caption, photographer not set (as earlier sets). Lunar dates in the text are not stamps. Category = last crumb.",
                 readme="'Đăng ngày … lúc HH:MM · Name (unit)' meta line, caption with '(Ảnh: …)', lunar dates in text")


# ===================================================================== 18
A18 = Art("Huyện Tam Nông ra quân tổng vệ sinh môi trường đón Tết",
          "Sáng 19/12, hơn 2.000 cán bộ, đoàn viên, hội viên và người dân huyện Tam Nông đồng loạt ra quân tổng vệ sinh môi trường tại 12 xã, thị trấn.",
          [("p", "Các lực lượng đã phát quang bụi rậm, khơi thông cống rãnh, thu gom khoảng 40 tấn rác thải tại các tuyến đường liên xã, khu dân cư."),
           ("p", "Huyện phát động phong trào “Ngày Chủ nhật xanh” duy trì đến hết tháng 1/2025."),
           ("p", "Đài Truyền thanh huyện sẽ phát chuyên mục về môi trường vào 18 giờ thứ Tư hằng tuần.")])


def page18():
    pub = T("2024-12-19 20:45")

    def main(rng, rl, rd):
        return (f'<div class="tt-article"><div class="tt-chuyenmuc">Chuyên mục: <a href="/thoi-su-dia-phuong">Thời sự địa phương</a></div><h1>{esc(A18.title)}</h1>'
                f'<div class="tt-audio"><span>Nghe bản tin:</span><audio controls src="/audio/2024/12/19/tong-ve-sinh.mp3"></audio> <span class="tt-dur">05:12</span></div>'
                f'<div class="tt-stamp">Phát sóng: 18:00 ngày 19/12/2024 – Đăng: 20:45 19/12/2024</div>'
                f'<p class="tt-lead"><b>{esc(A18.lead)}</b></p>{A18.render()}'
                f'<p><i>Phóng viên: Hồng Nhung; Biên tập: Quang Vinh</i></p>{rel(rng, rl, rd, dmy, cls="tt-rel", head="Bản tin khác")}</div>')
    return _page("s10-18", family="district_radio_audio_broadcast_time", name="vinhphu-tamnong-truyen-thanh-phat-song-vs-dang-audio-duration-phong-vien-bien-tap",
                 url="https://truyenthanh.tamnong.vinhphu.gov.vn/thoi-su-dia-phuong/tong-ve-sinh-moi-truong-2212.html", art=A18, main_fn=main, pub=pub, prefix="ttt", kb=95,
                 org="Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Tam Nông", addr="Khu 3, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Vĩnh Phú", phone="0210.3879.011",
                 exp=expected(A18, iso(pub), author="Hồng Nhung", category="Thời sự địa phương"),
                 traps={"bylines": ["Phóng viên: Hồng Nhung; Biên tập: Quang Vinh"], "dates": ["Phát sóng: 18:00 ngày 19/12/2024", "05:12"], "related": lambda rl: rl[:3], "chrome": ["Nghe bản tin:", "Bản tin khác"]},
                 notes="District radio centre: 'Phát sóng: 18:00 ngày 19/12/2024 – Đăng: 20:45 19/12/2024' — the broadcast time comes first; published_at is the posting time 20:45. Audio duration 05:12 is a decoy. 'Phóng viên: Hồng Nhung; Biên tập: Quang Vinh' → author 'Hồng Nhung' (the editor is not an author). Category after 'Chuyên mục:'.",
                 readme="broadcast time before posting time in one line, audio duration, 'Phóng viên: …; Biên tập: …'")


PAGES = [page14, page15, page16, page17, page18]
