"""The built-in cue vocabulary: how Vietnamese news pages label what is *not* the article,
and how their URLs and markup name things. Every heuristic of extraction (``extract``,
``auto``) and discovery (``discover``) reads its words here; a profile's ``[labels]`` add to
them for one CMS family.

Sections: page chrome (one definition, by element and by class/id name); control and
related-block labels; headings that are not headlines; dates and clocks; bylines and
accounts; captions and pictures; selector lists of the generic fields; URL shapes.
"""

from __future__ import annotations

import re

__all__ = [
    "ACCOUNT",
    "ACTIVE_SECTION",
    "ARTICLE_TYPES",
    "ARTICLE_URL",
    "ATTACHMENTS_LABEL",
    "AUTHOR_MORE",
    "BANNER",
    "BAR_NAMES",
    "BYLINE_ROLE",
    "BYLINE_SELECTOR",
    "BY_PREFIX",
    "CAPTION_CLASS",
    "CAPTION_CREDIT",
    "CATEGORY_LABEL",
    "CATEGORY_SELECTORS",
    "CHROME_BLOCK_TAGS",
    "CHROME_NAMES",
    "CHROME_TAGS",
    "CLOCK_DATE",
    "CLOCK_NUMERIC",
    "CLOCK_SELECTOR",
    "COMMENTS_HEADING",
    "CONTENT_LABEL",
    "CONTROL_LABEL",
    "COPYRIGHT_NOTE",
    "CREATED_LABEL",
    "CRUMB_SPLIT",
    "DATE_COLUMN",
    "DAY_ARCHIVE_TEXT",
    "DAY_MONTH_MENTION",
    "DAY_PERIODS",
    "DISCLAIMER",
    "DOCUMENTS_LABEL",
    "DOCUMENT_FRAME",
    "DOC_SIGNATURE",
    "EDITORIAL",
    "EDITOR_NOTE",
    "ENTRY_NOTE",
    "EXPIRED_TEXT",
    "FILE_HREF",
    "FRAME_ELEMENT",
    "FRAME_NAMES",
    "HEADERISH",
    "HEADING_SELECTOR",
    "HIDDEN_CLASSES",
    "HIDDEN_SELECTOR",
    "HIDDEN_STYLE",
    "HOME_CRUMBS",
    "ICON_SRC",
    "IMAGE_WRAPPER",
    "JSON_NEXT_KEY",
    "JSON_URL_KEY",
    "LAST_EDIT_LABEL",
    "LEAD_LABEL",
    "LEAD_SELECTOR",
    "LETTERHEAD",
    "LISTING_NOISE_KEY",
    "LOAD_MORE_CUE",
    "LOGIN_PATH",
    "LOGIN_QUERY",
    "MONTHS_VI",
    "NEGATED_NAME",
    "NEXT_FIELD",
    "NEXT_PART",
    "NEXT_TEXT",
    "NOT_ARTICLE_URL",
    "NOT_FOUND_TEXT",
    "NOT_SECTION_TEXT",
    "NOT_SECTION_URL",
    "NUMBERED_HEADING",
    "OLDER_TEXT",
    "OTHER_DATE_LABEL",
    "PAGER_CLASS_WORDS",
    "PAGER_TEXT",
    "PAGE_KEY",
    "PAGE_LABEL_CRUMB",
    "PAGE_SEGMENT",
    "PERSON_CARD_HEADING",
    "PERSON_FACT_LINE",
    "PHOTO_CREDIT",
    "PICTURE_BLOCK",
    "PORTLET_TITLES",
    "POSTISH",
    "PREV_NEXT",
    "PROGRAMME_BEFORE",
    "PUBLISHED_CUE",
    "PUBLISHED_LABEL",
    "QUESTION_META",
    "READER_CALL",
    "READER_LINE",
    "READ_MORE",
    "RELATED_LABELS",
    "RELATED_MARK",
    "RELATED_PREFIX",
    "SEE_ALL",
    "SHARE_WORDS",
    "SHORT_YEAR_LABEL",
    "SOCIAL_EMBED",
    "STAMP_START",
    "STAMP_WORDS",
    "TAG_LABEL",
    "TAKEN_DOWN_TEXT",
    "TAXONOMY_NAME",
    "TIME_AFTER",
    "TITLE_LIKE_SELECTOR",
    "TODAY",
    "TRAP_URL",
    "UNAVAILABLE_TEXT",
    "UNIT_SELECTOR",
    "UPDATED_LABEL",
    "UPDATED_SELECTORS",
    "US_CULTURE",
    "VIEW_KEY",
    "WEEKDAY_BEFORE",
    "WRITER_BOX",
]


def _words(names: tuple[str, ...], numbered: bool = False) -> str:
    """A class/id token alternation: ``name`` as a whole word of a class or id list, where
    words are split by spaces, ``-`` and ``_`` (``numbered``: a number may follow it, as
    table-era sites name their menus "menu1", "menu2")."""
    return r"(?:^|[\s_-])(?:" + "|".join(names) + r")" + (r"\d{0,2}" if numbered else "") \
        + r"(?:$|[\s_-])"


# -- page chrome: one definition --------------------------------------------------------------
#: Elements that are page chrome by their tag.
CHROME_TAGS = frozenset({"header", "footer", "nav", "aside"})
#: Class/id words of the page's frame: its header, navigation and footer. Links in the
#: frame are never articles (discovery); nothing in it is the article (extraction).
FRAME_WORD_LIST = ("header", "footer", "menu", "nav", "navbar")
FRAME_NAMES = re.compile(_words(FRAME_WORD_LIST, numbered=True), re.IGNORECASE)
#: A custom element (a web component, an Angular or Vue component's host) named for a part
#: of the frame: ``<app-header>``, ``<site-footer>``, ``<app-navbar>``.
FRAME_ELEMENT = re.compile(r"^[a-z][a-z0-9]*-(?:" + "|".join(FRAME_WORD_LIST) + r")$")
#: Class/id words of every block that is not the article: the frame, and what stands
#: around an article (sidebars, related lists, share bars, comments, ratings, ads). Not
#: "widget": Blogger and WordPress themes put the post itself in one (sidebar widgets sit in
#: a block named as a sidebar).
CHROME_WORD_LIST = (
    *FRAME_WORD_LIST, "sidebar", "side-bar", r"breadcrumbs?", "banner", r"comments?", "share",
    "advert", "ads", "ad", "adslot", "adsbygoogle", "quangcao", "quang-cao", "related",
    "other-news", "othernews",
    "other_news", "tinkhac", "tin-khac", "khung_tinkhac", "list-news-box", "frame-involve",
    "pagination", "pager", r"ratings?", "mostview", "most-view", "topnews", "hotnews", "weather",
    "copyright", "lfr-meta-actions", "toolbar", "block_share", "social-connect", "side",
    "ykien", "y-kien", "y_kien", "binhluan", "binh-luan", "binh_luan", "gopy", "cmt",
    "gop-y", "sharedaddy", "addtoany", "a2a_kit", "sharing", "box-side", "sidebox", "clock",
    "topbar", "top-bar", "ticker", "marquee", "chaychu", "chay-chu", "newsticker",
    # a countdown to an event: the event's day, not the page's
    "countdown", "count-down", "demnguoc", "dem-nguoc",
    # a poll or survey set in the page (or between the paragraphs of the text)
    "poll", "polls", "survey", "binhchon", "binh-chon", "thamdo", "tham-do", "khaosat",
    "khao-sat",
    # readers' replies and discussion under the text
    "thao-luan", "thaoluan", "replies",
    # a split article's table of contents (Joomla's pagebreak "article-index", a TOC
    # plugin's box): its headline and page titles, printed again where the text has them
    # ("toc" alone is no word of it: "category-dan-toc-ton-giao", dân tộc)
    "article-index", "ez-toc-container", "table-of-contents", "muc-luc", "mucluc",
    # a box of links beside the text (SharePoint's Summary Links web part, "Liên kết")
    "summarylinks", "summary-links", "lienket", "lien-ket",
    # a page builder's call to action: a hotline (a button, when short: dom.is_chrome_block)
    "hotline",
)
CHROME_NAMES = re.compile(_words(CHROME_WORD_LIST), re.IGNORECASE)
#: Those of the words that name a block around the article inside a camelCase name too
#: (Plone's "relatedItems", K2's "itemRatingBlock", "theiaStickySidebar", "ArticleComment");
#: not the frame's or a bar's: a camelCase "itemHeader", "portletHeader", "BlogFooter" or
#: "TopToolbar" is a block's own header, footer or tool row (its stamp and print link).
CAMEL_CHROME_NAMES = re.compile(_words((
    "sidebar", "side", "banner", r"comments?", "share", "sharing", "related", "rating",
    "pager", "pagination", "copyright", r"polls?", "survey", "ads", "advert", "replies",
    "mostview", "othernews", "ticker", "newsticker", "weather")), re.IGNORECASE)
#: A class naming the page's type or a taxonomy slug, not what the block is
#: ("page-template-ykien", "page-type-bai-viet", WordPress's "category-binh-luan",
#: "tag-quang-cao"): never read for chrome words.
TAXONOMY_NAME = re.compile(r"(?:^|(?<=\s))(?:page-template|page-type|page-id|template|"
                           r"type|format|category|tag|postid|term)[-_][\w-]*", re.IGNORECASE)
#: A class naming what a block does NOT have ("entry-content no-share"): not a chrome word.
NEGATED_NAME = re.compile(r"(?:^|(?<=\s))(?:no|non|without|has-no)[-_][\w-]+", re.IGNORECASE)
#: A header or footer that may be the article's own (headline, date, byline) …
HEADERISH = re.compile(_words(("header", "footer")), re.IGNORECASE)
#: … when its class says post/entry/article (or it sits in an <article>).
POSTISH = re.compile(r"post|entry|article|detail|news|item|node|content|blog", re.IGNORECASE)
#: Class/id words of a bar of tools or share buttons, or of the trail's row: chrome, though
#: the article's stamp often sits in it, by the headline ("dt-toolbar", "share-row").
BAR_NAMES = re.compile(_words(("toolbar", "tools", "share", "sharing", "social-share",
                               "social-connect", "block_share", "addtoany", "a2a_kit",
                               "sharedaddy", "lfr-meta-actions",
                               # the trail's row over the headline, the stamp at its end
                               # (a mobile page's "Thời sự › Chính trị  🕘 11:20 - 19/05")
                               r"breadcrumbs?")), re.IGNORECASE)
#: The words of a share bar's or tool bar's links, run together in one line.
SHARE_WORDS = frozenset({
    "facebook", "twitter", "x", "zalo", "linkedin", "messenger", "pinterest", "telegram",
    "youtube", "tiktok", "instagram", "email", "e-mail", "mail", "in", "print", "share",
    "tweet", "like", "chia", "sẻ", "gửi", "sao", "chép", "liên", "kết", "copy", "link",
    "lưu", "bản", "a-", "a+", "a",
    # a toolbar's "In trang", "Quay lại", "Về đầu trang", "Trở về"
    "trang", "quay", "lại", "trở", "về", "đầu",
})
#: The label printed before a section's name ("Chuyên mục: Thời sự", a "Chuyên mục:" cell).
CATEGORY_LABEL = re.compile(r"^(?:(?:(?:thuộc\s+|trong\s+|đăng\s+trong\s+)?(?:chuyên|danh)\s*mục"
                            r"|thuộc\s+mục|thể\s*loại|"
                            r"lĩnh\s*vực|nhãn|category)\s*[:：]|(?:đăng\s+trong|posted\s+in|filed\s+under)\s*[:：]?)\s*",
                            re.IGNORECASE)
#: A series' next part announced after the text: "Kỳ sau: …", "Bài cuối: …", "(Còn nữa)".
#: A note after the text about the piece: what it was written for ("(Bài dự thi Cuộc thi
#: viết chính luận …)", "Bài tham gia Giải báo chí …"), where it was printed ("Bài viết được
#: đăng trong Thông tin Khoa học số 02/2025 …"), the editors' ("Ghi chú của Ban biên tập:
#: …"): the editors', not the text.
ENTRY_NOTE = re.compile(r"^[(*)\s]*(?:(?:bài\s+)?(?:được\s+)?đăng\s+lại\s+(?:từ|theo)\s+[^.]{3,100}"
                        r"[.)]*$|"   # (a reprint's note: "(Bài đăng lại từ Báo … số ra ngày …)")
                        r"bài\s+(?:viết\s+)?(?:(?:dự\s+thi|tham\s+(?:gia|dự))\s+"
                        r"(?:cuộc\s+thi|giải)\b|(?:đã\s+|được\s+)*(?:đăng|in)\s+(?:trên|trong|"
                        r"tại)\s+[^.]{3,80}?\bsố\s+(?:ra\s+(?:ngày\s+)?)?[\d./-]+[^.]{0,60}[.)]*$)|ghi\s+chú\s+(?:của\s+)?"
                        r"(?:ban\s+biên\s+tập|bbt|tòa\s+soạn|toà\s+soạn)\b|"
                        # (the editors' note labelled by them: "BBT: Toàn văn trả lời … sẽ
                        # được đăng tải …")
                        r"(?:bbt|ban\s+biên\s+tập|tòa\s+soạn|toà\s+soạn)\s*[:：]\s*"
                        # (not an interview's questions the editors put: "BBT: Thưa …?")
                        r"(?!thưa|xin|kính|cảm\s+ơn)[^?!]{20,}$)",
                        re.IGNORECASE)
#: A question column's standing call to its readers closing the text ("Bạn đọc có thắc mắc
#: về pháp luật … xin gửi câu hỏi qua mục …", "Mời bạn đọc gửi câu hỏi về …", "Mọi thắc mắc
#: … xin gửi về …"): the site's words, not the piece's (never "Bạn đọc có thể gửi ý kiến góp
#: ý …", a consultation's own instructions).
READER_CALL = re.compile(r"^\W*(?:(?:quý\s+)?(?:bạn\s*đọc|độc\s*giả)\s+có\s+(?:thắc\s*mắc|"
                         r"câu\s*hỏi|vướng\s*mắc)[^.]{0,80}?\s+(?:xin|vui\s+lòng|hãy|đề\s+nghị)\s+gửi|"
                         r"mời\s+(?:quý\s+)?(?:bạn\s*đọc|độc\s*giả)\s+(?:tiếp\s+tục\s+)?gửi\s+"
                         r"(?:câu\s*hỏi|thắc\s*mắc)|mọi\s+(?:thắc\s*mắc|câu\s*hỏi)\s+[^.]{0,60}?"
                         r"xin\s+(?:vui\s+lòng\s+)?gửi)\b", re.IGNORECASE)
#: A column's standing disclaimer closing the text ("Thông tin trong chuyên mục chỉ mang
#: tính tham khảo, không thay thế …", "Nội dung tư vấn chỉ mang tính chất tham khảo"): the
#: site's words about its column, not the answer's (never "Thông tin về giá đất … chỉ mang
#: tính tham khảo khi tính thuế", the text's own).
DISCLAIMER = re.compile(r"^\W*(?:(?:các\s+|mọi\s+)?(?:thông\s*tin|nội\s*dung|ý\s*kiến)\s+(?:trong|"
                        r"tại|trên|của)\s+(?:chuyên\s*mục|mục|chương\s*trình|trang)|(?:nội\s*"
                        r"dung|thông\s*tin|ý\s*kiến)\s+tư\s*vấn|câu\s*trả\s*lời\s+(?:trên|này)|"
                        r"bài\s*viết\s+này)\b[^.]{0,60}?\bchỉ\s+(?:mang\s+)?tính\s+(?:chất\s+)?"
                        r"tham\s+khảo\b", re.IGNORECASE)
#: A line addressed to the readers ("Bạn đọc … gửi …", "Mời bạn đọc …", "Mọi thắc mắc …"):
#: the site's, once the writer's signature has closed the text (before it, only
#: :data:`READER_CALL`'s narrow wording is).
READER_LINE = re.compile(r"^\W*(?:(?:quý\s+)?(?:bạn\s*đọc|độc\s*giả)\b.{0,150}?\bgửi\b|"
                         r"mời\s+(?:quý\s+)?(?:bạn\s*đọc|độc\s*giả)\b|mọi\s+(?:thắc\s*mắc|"
                         r"câu\s*hỏi|ý\s*kiến)\b)", re.IGNORECASE | re.DOTALL)
#: A block's heading naming the piece's writer ("Tác giả bài viết", "Về tác giả", "Thông
#: tin tác giả"); not a widget's of writers ("Tác giả nổi bật", "Các tác giả").
WRITER_BOX = re.compile(r"^\W*(?:về\s+|thông\s+tin\s+)?(?:tác\s*giả|người\s+viết)(?:\s+(?:bài\s+"
                        r"viết|của\s+bài(?:\s+viết)?))?\W*$", re.IGNORECASE)
#: A reader's question's row over the text: who asked ("Người hỏi: Lê Văn Tâm (xã …)"), the
#: day it was sent, its field — the question's particulars, not the text.
QUESTION_META = re.compile(r"^\W*(?:người\s+(?:hỏi|gửi(?:\s+câu\s+hỏi)?)|họ\s+(?:và\s+)?tên"
                           r"\s+người\s+hỏi)\s*[:：][^?]{0,120}?"
                           # (a second field of the row, labelled: never a question's words)
                           r"(?:ngày\s+(?:gửi|hỏi)|gửi\s+(?:ngày|lúc)|lĩnh\s+vực)\s*[:：]",
                           re.IGNORECASE)
#: A copyright notice closing the text ("© Ban Tổ chức Tỉnh ủy. Ghi rõ nguồn khi phát hành
#: lại thông tin", "Bản quyền thuộc …"): the site's, not the text ("chưa ghi rõ nguồn gốc
#: tài sản" in a sentence is the text).
COPYRIGHT_NOTE = re.compile(r"^[\s(*]*(?:©|copyright\b|\(c\)\s*(?:\d{4}|bản\s+quyền)|"
                            r"bản\s+quyền\s+(?:thuộc|©)|ghi\s+rõ\s+nguồn\b)", re.IGNORECASE)
#: An inline related link set as a paragraph of its own (">> Hàm Thuận Nam cấp thêm …",
#: "» Xem thêm: …", "► …").
RELATED_MARK = re.compile(r"^(?:>>|»|►|▶|→)\s*\S")
NEXT_PART = re.compile(r"^\(?(?:kỳ\s*(?:sau|tới|cuối)|bài\s*(?:sau|tới|tiếp(?:\s*theo)?|cuối)|"
                       r"đón\s*đọc\s*(?:kỳ|bài)\s*(?:sau|tới|tiếp)|còn\s*nữa|còn\s*tiếp)"
                       r"\s*(?:[:：.)…]|$)", re.IGNORECASE)
#: A word processor's running header and footer, its notes and its review comments, as it
#: saves a document as a page (LibreOffice's ``div[title=header]`` and ``sdfootnote``s,
#: Word's ``mso-element``s and ``msocom`` marks, WordPress's footnotes block).
DOCUMENT_FRAME = ('div[title="header"], div[title="footer"], div[id^="sdfootnote"], '
                  'div[id^="sdendnote"], [style*="mso-element:header"], '
                  '[style*="mso-element:footer"], [style*="mso-element:footnote"], '
                  '[style*="mso-element:endnote"], ol.wp-block-footnotes, '
                  # Word's review comments pasted with the text: their marks ("[PVT1]") and
                  # the list of what the reviewer wrote
                  '[style*="mso-element:comment"], a.msocomanchor, .msocomtxt, '
                  '.MsoCommentText, .MsoCommentReference')
#: Third-party posts embedded in an article (their fallback text is the other site's post,
#: not the article): Facebook, X/Twitter, Instagram, TikTok.
SOCIAL_EMBED = (".fb-post, .fb-video, .fb-page, .fb-comments, .fb-xfbml-parse-ignore, "
                "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, "
                # a video's facade (a poster, its title and length until clicked)
                "lite-youtube, lite-vimeo, lite-youtube-embed, youtube-video")
#: What hides an element from readers: its inline style (``display:none``, hidden, moved
#: off-screen), the ``hidden`` attribute, screen-reader-only classes. Injected spam links
#: hide this way; so do the "Bài trước: …" labels of pager links.
HIDDEN_SELECTOR = "[style*=none], [style*=hidden], [style*=':-'], [style*=': -'], [hidden]"
#: Screen-reader-only classes: what they hold is never shown.
HIDDEN_CLASSES = ("visually-hidden", "sr-only", "screen-reader-text", "hide-accessible")
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent|margin-left)\s*:"
    r"\s*-\d{3,}(?:\.\d+)?(?:px|em|rem)", re.IGNORECASE)
#: Blocks inside an article container that may be chrome (share bar, comments…).
CHROME_BLOCK_TAGS = frozenset({"div", "section", "aside", "nav", "ul", "ol", "form", "header",
                               "footer"})

# -- labels: controls, related blocks, comments, tags -----------------------------------------
#: A control label or row: print/share/font-size/back controls, view counters.
CONTROL_LABEL = re.compile(
    r"^(?:in|in bài|in bài viết|in bài viết này|in ra|bản in|email|gửi email|gửi bài|"
    r"gửi bài viết|gửi cho bạn bè|giới thiệu bài viết cho bạn bè|chia sẻ|chia sẻ bài viết|"
    r"lưu|lưu bài|lưu bài viết|lưu bài viết này|lưu lại|đọc bài|đọc bài viết|nghe bài viết|"
    r"quay lại|trở về|trở lại|về đầu trang|lên đầu trang|đầu trang|bình luận|phản hồi|"
    r"ý kiến bạn đọc|gửi ý kiến|ý kiến của bạn|gửi bình luận|viết bình luận|"
    r"tweet|like|share|zalo|facebook|a-|a\+|a|a- a a\+|a- a\+|a\+ a-|cỡ chữ|"
    r"xem thêm|tải về|tải xuống|đính kèm|file đính kèm|tài liệu kèm theo|"
    r"đánh giá|bình chọn|gửi|in trang|print|send|back|top|"
    # a Q&A page's buttons and its "was it helpful" poll
    r"gửi câu hỏi|đặt câu hỏi|(?:câu trả lời|bài viết|thông tin)(?: này)? có hữu ích"
    r"(?: với bạn| cho bạn)?(?: không)?\??(?: có không)?|"
    # a lazy block's spinner ("Đang tải nội dung...")
    r"đang tải(?: nội dung| bài viết| dữ liệu)?(?:\.\.\.|…)?|loading(?:\.\.\.|…)?|"
    r"cuộn xuống(?: để đọc)?|kéo xuống(?: để đọc)?|scroll(?: down)?(?: to read)?|chi tiết|"
    r"tiếp theo|trang sau|trang trước|bài trước|bài sau|bài tiếp|trước|sau|next|previous|"
    # an ad slot's label
    r"quảng cáo|advertisement)$"
    # a category's label line in a meta block ("Chuyên mục: Xây dựng Đảng")
    r"|^(?:chuyên mục|danh mục|thể loại)\s*[:：]\s*[^.!?]{1,60}$"
    r"|^(?:lượt xem|số lượt xem|đã xem|lượt đọc|số lần xem|lượt truy cập|xem|phản hồi)"
    r"\s*[:：]?\s*[\d.,]+$"
    r"|^[\d.,]+\s*(?:lượt xem|lượt đọc|lần xem|lượt xem\.)$"
    r"|^(?:tổng số điểm|đánh giá\s*:|bình chọn\s*:|chia sẻ\s*:|cỡ chữ\s*:|xem với cỡ chữ)"
    r"|^(?:a-\s*|a\+\s*|a\s+){2,}$|^(?:in bài|in)\s*[|/]\s*(?:gửi email|email)",
    re.IGNORECASE,
)
#: Headings of related-news blocks (lower case).
RELATED_LABELS = (
    "tin liên quan", "tin khác", "các tin khác", "tin tức khác", "bài viết khác",
    "các bài viết khác", "các tin đã đưa", "những tin mới hơn", "những tin cũ hơn",
    "theo dòng sự kiện", "xem thêm", "tin liên quan khác", "bài liên quan",
    "các bài liên quan", "các tin, bài đã đưa", "các tin bài khác", "tin cùng chuyên mục",
    "các tin cùng chuyên mục", "tin bài liên quan", "các tin liên quan", "tin đã đưa",
    "các tin mới hơn", "các tin cũ hơn", "tin mới hơn", "tin cũ hơn", "bài đã đăng",
    "tin cùng loại", "đọc thêm", "xem tiếp", "bài viết liên quan",
    "tin tức liên quan", "tin bài khác", "các bài khác", "bài khác",
    "tham khảo thêm", "bài tham khảo", "tin tham khảo", "mời đọc thêm", "mời xem thêm",
    "mời bạn đọc thêm", "mời bạn xem thêm", "mời quý độc giả đọc thêm", "bạn đọc xem thêm",
    "có thể bạn quan tâm", "bạn có thể quan tâm",
    # a Q&A page's other questions
    "câu hỏi khác", "các câu hỏi khác", "câu hỏi liên quan", "các câu hỏi liên quan",
    # a box of other items of the page's own kind ("Phóng sự ảnh khác", "Video khác")
    *(f"{many}{kind} khác" for many in ("", "các ") for kind in (
        "phóng sự ảnh", "phóng sự", "ảnh", "tin ảnh", "video", "clip", "podcast",
        "infographic", "e-magazine", "emagazine", "văn bản", "thông báo", "sự kiện",
        "chuyên đề", "bản tin")),
)
#: How a previous/next-article link starts ("Bài trước", "Tin tiếp theo »", "« Bài viết
#: trước"): such a link is neither body nor a related item.
PREV_NEXT = re.compile(r"^[«‹<\s]*(?:bài|tin|bài\s*viết)\s+(?:trước|tiếp(?:\s*theo)?|sau|kế\s*tiếp)"
                       r"(?!\w)", re.IGNORECASE)
#: A related-block heading, possibly followed by a date or a colon.
RELATED_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(x) for x in sorted(RELATED_LABELS, key=len, reverse=True))
    + r")(?:\s*(?:ngày|:|\(|\.{3}|…).*)?$"
)
#: Reader comments / the comment form: where an article's text ends.
COMMENTS_HEADING = re.compile(r"^(?:ý kiến bạn đọc|bình luận|ý kiến|gửi ý kiến|gửi bình luận|"
                              r"viết bình luận|ý kiến của bạn|bình luận của bạn)\s*"
                              r"(?:\(\d+\))?$")
#: (WordPress in Vietnamese: "Thẻ:"; a blog: "Nhãn:")
TAG_LABEL = re.compile(r"^(?:(?:từ\s*khóa|từ\s*khoá|tags?|từ khóa liên quan)\s*:?|"
                       r"(?:thẻ|nhãn)\s*:)", re.IGNORECASE)

# -- headings that are not the headline -------------------------------------------------------
#: A banner's or an advert's box or picture (a campaign's, a logo, a link to another site):
#: never an article's, a section's name or a box's title.
BANNER = re.compile(r"banner|logo|quang-?cao|(?:^|[\s_/.-])adv?s?(?:$|[\s_/.-])", re.IGNORECASE)

#: Portlet / panel headings printed above the real headline.
PORTLET_TITLES = frozenset({
    "xuất bản thông tin", "chi tiết bài viết", "chi tiết bài viết tin tức", "chi tiết tin",
    "chi tiết", "tin tức", "tin tức - sự kiện", "nội dung chi tiết", "bài viết", "tin bài",
    "chi tiết tin tức", "tin chi tiết", "xem tin", "tin mới nhất", "tin mới", "tin nổi bật",
    # (a SharePoint blog's list of posts, "Bài đăng" / "Posts", named in its trail)
    "bài đăng", "posts",
})
#: A badge printed inside a headline, no word of it ("Mới", "Hot", "New").
BADGES = frozenset({"mới", "new", "hot", "nóng", "mới nhất", "tin mới", "hot!", "new!"})
#: Breadcrumb items that are the home page, not a category.
HOME_CRUMBS = frozenset({"trang chủ", "trang nhất", "home", "trang chu"})
#: A breadcrumb's last item naming the kind of page, not a section ("Chi tiết câu hỏi",
#: "Chi tiết tin", "Nội dung chi tiết", "Xem tin").
PAGE_LABEL_CRUMB = re.compile(r"^(?:chi\s*tiết|xem\s*chi\s*tiết|nội\s*dung(?:\s*chi\s*tiết)?|"
                              r"xem\s*tin|xem\s*bài(?:\s*viết)?|xem\s*mục|view\s*item|"
                              r"display\s*form)(?:\s+(?:tin(?:\s*tức)?|bài"
                              r"(?:\s*viết)?|câu\s*hỏi|văn\s*bản|sự\s*kiện))?$", re.IGNORECASE)
CRUMB_SPLIT = re.compile(r"\s+(?:>>|»|›|>|/|\|)\s+|\s*(?:>>|»|›)\s*")
#: schema.org types whose JSON-LD describes the article.
ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "WebPage")

# -- dates and clocks -------------------------------------------------------------------------
#: Words a stamp line may hold besides its dates and times: labels, weekdays, periods of the
#: day, the time zone ("Cập nhật lúc 15:20 ngày 10/10/2023", "Thứ Hai, 11/3/2024 (GMT+7)").
STAMP_WORDS = re.compile(
    r"(?:ngày\s*(?:đăng|cập\s*nhật|xuất\s*bản)|đăng(?:\s*(?:ngày|lúc|tải))?|"
    r"cập\s*nhật(?:\s*lần\s*cuối)?|sửa(?:\s*đổi)?\s*lần\s*cuối"
    r"|xuất\s*bản|thời\s*gian(?:\s*(?:đăng|xuất\s*bản))?|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|\d)|chủ\s*nhật|ngày|lúc|vào"
    r"|giờ|phút|sáng|trưa|chiều|tối|đêm|gmt\s*[+-]\s*\d{1,2}(?::?00)?|am|pm|sa|ch)(?!\w)",
    re.IGNORECASE)
#: A last edit's label ("Sửa lần cuối", "Hiệu chỉnh lần cuối", "Được cập nhật lần cuối").
#: A creation stamp's label opening its line ("Ngày tạo:", "Được tạo lúc …", "Created").
CREATED_LABEL = re.compile(r"^\W*(?:ngày\s*tạo|(?:được\s*)?tạo\s*(?:lúc|ngày|vào)|created)\b",
                           re.IGNORECASE)
LAST_EDIT_LABEL = r"(?:được\s*)?(?:sửa(?:\s*đổi)?|hiệu\s*chỉnh|chỉnh\s*sửa|cập\s*nhật)\s*lần\s*cuối"
UPDATED_LABEL = re.compile(r"cập\s*nhật|sửa\s*đổi|sửa\s*lần\s*cuối|lần\s*sửa\s*cuối|ngày\s*sửa|"
                           r"chỉnh\s*sửa|hiệu\s*chỉnh|(?<!\w)sửa\s*(?:lúc\s*|vào\s*)?[:：]|updated",
                           re.IGNORECASE)
PUBLISHED_LABEL = re.compile(r"đăng\s*ngày|ngày\s*đăng|xuất\s*bản|ngày|đăng\s*lúc",
                             re.IGNORECASE)
#: A label that says a date is when the article appeared (stronger than a bare "ngày").
PUBLISHED_CUE = re.compile(r"(?:đăng\s*ngày|ngày\s*đăng|ngày\s*xuất\s*bản|xuất\s*bản|đăng\s*lúc"
                           r"|đăng\s*tải|posted|published|(?:ngày\s*)?trả\s*lời)"
                           r"\s*(?:ngày|lúc|vào)?\s*[:：]?\s*$",
                           re.IGNORECASE)
#: Labels of dates that are neither the article's publication nor its update: when the page
#: was printed, when a journal received or reviewed the paper, today's date, when a picture
#: was taken.
OTHER_DATE_LABEL = re.compile(
    # data "as of" a day ("Cập nhật đến ngày 02/03/2025" under a box of figures)
    r"(?:cập\s*nhật\s*(?:đến|tới)(?:\s*(?:hết\s*)?ngày)?|số\s*liệu\s*(?:đến|tính\s*đến)(?:\s*ngày)?|"
    r"in\s*(?:ngày|lúc|bài\s*ngày)|ngày\s*in|thời\s*gian\s*in|(?:ngày\s*)?nhận\s*bài"
    r"|(?:ngày\s*)?phản\s*biện|(?:ngày\s*)?duyệt\s*(?:bài)?|hôm\s*nay|truy\s*cập"
    # a reader's question: when it was sent (the answer's date is the page's); a piece's
    # submission to the editors ("Ngày gửi bài: …" before "Ngày duyệt" and "Ngày đăng")
    r"|ngày\s*gửi(?:\s*bài)?|gửi\s*(?:bài\s*)?(?:ngày|lúc)|ngày\s*hỏi|ngày\s*tạo"
    # a programme's air time on a radio or TV station's page (its posting time is the stamp)
    r"|phát\s*sóng|lên\s*sóng|giờ\s*phát"
    # a document's own days in a box of attached files ("Ngày ban hành: 15/01/2026")
    r"|(?:ngày\s*)?ban\s*hành|ngày\s*ký|(?:ngày\s*)?(?:có\s*)?hiệu\s*lực"
    # when a picture was taken (a photo plugin's EXIF box: "Ngày chụp: 02/10/2027 07:42")
    r"|(?:ngày|thời\s*gian|thời\s*điểm)\s*chụp|chụp\s*(?:ngày|lúc|vào)|date\s*taken|taken"
    r"|printed(?:\s*on)?)\s*(?:ngày|lúc|on)?\s*[:：]?\s*$", re.IGNORECASE)
#: "Chiều 11/3", "ngày 10/3": the day and month an article's opening names (Vietnamese order).
DAY_MONTH_MENTION = re.compile(
    r"(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+(?:nay\s*)?\(?(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/-])",
    re.IGNORECASE)
#: The label of a box of files attached to an article ("Tài liệu đính kèm", "Tệp đính
#: kèm", "File đính kèm", "Văn bản kèm theo").
ATTACHMENTS_LABEL = re.compile(r"^\W*(?:tài\s*liệu|tệp|tập\s*tin|file|văn\s*bản)\s*"
                               r"(?:đính\s*kèm|kèm\s*theo)", re.IGNORECASE)
#: A label of a person's card opening a profile ("Họ và tên:", "Năm sinh:", "Quê quán:"):
#: the facts of the person the piece is about, no words of its text.
_PERSON_FACT = (r"(?:họ\s*(?:và\s*)?tên|năm\s*sinh|ngày\s*sinh|sinh\s*năm|"
                r"quê\s*quán|nguyên\s*quán|dân\s*tộc|tôn\s*giáo|giới\s*tính|"
                r"nghề\s*nghiệp|chức\s*vụ|trình\s*độ(?:\s*\w+)?|danh\s*hiệu|"
                r"nơi\s*(?:ở|sinh|công\s*tác)|địa\s*chỉ|tuổi\s*đảng|"
                r"ngày\s*vào\s*đảng)")
#: A line of a person's card: a fact's label, alone in its cell or before its value, the
#: colon optional ("Họ và tên" | "Vừ A Chá", "Sinh năm: 1947", "Sinh năm 1964 - dân tộc …").
PERSON_FACT_LINE = re.compile(rf"^{_PERSON_FACT}(?:\s*[:：]|\s|$)", re.IGNORECASE)
#: The heading a profile's card of its subject carries ("Nhân vật", "Thông tin nhân vật",
#: "Chân dung"): a card of the person the piece portrays, not a notice's particulars ("Tiểu
#: sử", "Đặc điểm nhận dạng" are a text's own).
PERSON_CARD_HEADING = re.compile(r"^\W*(?:thông\s+tin\s+(?:về\s+)?|hồ\s+sơ\s+|vài\s+nét\s+"
                                 r"(?:về\s+)?|đôi\s+nét\s+(?:về\s+)?)?nhân\s+vật\W*$|"
                                 r"^\W*chân\s+dung\W*$", re.IGNORECASE)
#: The label of a box of documents the article relates to, in its text ("Văn bản liên quan",
#: "Các văn bản có liên quan", "Tài liệu liên quan"): their numbers, abstracts and issue days
#: are no words of the article.
DOCUMENTS_LABEL = re.compile(r"^\W*(?:các\s+)?(?:văn\s*bản|tài\s*liệu)\s+(?:có\s+)?liên\s+quan"
                             r"\W*$", re.IGNORECASE)
#: A link to a file to download (a document, a spreadsheet, an archive), not a page.
FILE_HREF = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|odt|ods)(?:[?#]|$)|"
                       r"[?&](?:file|download)=", re.IGNORECASE)
#: A page that says its server writes dates the en-US way (SharePoint's context, .NET
#: culture settings): its numeric dates may be month first.
US_CULTURE = re.compile(r"(?:CultureName|[Cc]ulture|[Ll]ocale)[\"']?\s*[:=]\s*[\"']en-US[\"']")
#: How a timestamp line starts (long text starting otherwise is prose, not a stamp).
STAMP_START = re.compile(
    r"\W*(?:ngày|đăng|xuất\s*bản|cập\s*nhật|sửa|thời\s*gian|thứ|chủ\s*nhật|posted|published|"
    r"\d)",
    re.IGNORECASE)
#: "ngày 5 tháng 12 năm 2026" in a header clock.
CLOCK_DATE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
WEEKDAY_BEFORE = re.compile(r"(?:thứ\s+\w+|chủ\s+nhật|hôm\s+nay)\s*[,:-]?\s*$", re.IGNORECASE)
#: "Thứ Hai, 18/11/2024" in a banner.
CLOCK_NUMERIC = re.compile(
    r"(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})",
    re.IGNORECASE)
#: "Hôm nay: 18/11/2024". No re.IGNORECASE: a case-folding scan of the whole page text costs
#: more than the rest of clock detection together; the few spellings are listed instead.
TODAY = re.compile(
    r"[Hh][ôÔ][mM]\s+[Nn][Aa][Yy]\s*[:,]?\s*(?:(?:[Tt][hH][ứỨ]\s+\w+|[Cc][hH][ủỦ]\s+"
    r"[Nn][hH][ậẬ][tT])\s*,?\s*)?(?:[Nn][Gg][àÀ][Yy]\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
TIME_AFTER = re.compile(r"\s*[,|-]?\s*(?:lúc\s*)?\d{1,2}\s*[:hg]\s*\d{2}", re.IGNORECASE)
#: Month names in words ("12 Tháng Ba 2024", "tháng Mười Một", "tháng Chạp"), lower case.
MONTHS_VI = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
    "chạp": 12,
}
#: Periods of the day written after a 12-hour time ("3:30 chiều", "8 giờ tối"), with the
#: hours they move by twelve (none for the morning).
DAY_PERIODS: dict[str, range] = {
    "sáng": range(0), "trưa": range(1, 4), "chiều": range(1, 12), "tối": range(1, 12),
    "đêm": range(6, 12),
}
#: A broadcast programme's name, whose clock is its slot ("Thời sự 19h30", "Bản tin trưa
#: 11h"), right before that clock: no time of a stamp beside it.
PROGRAMME_BEFORE = re.compile(r"(?:thời\s*sự|bản\s*tin|chương\s*trình)(?:\s+(?:thời\s*sự|sáng|"
                              r"trưa|chiều|tối|đêm))?\s*(?:lúc\s*)?$", re.IGNORECASE)
#: What stands before a two-digit-year date that is a stamp ("Cập nhật ngày 12/03/24").
SHORT_YEAR_LABEL = re.compile(r"(?:(?:ngày|cập\s*nhật|đăng|lúc|xuất\s*bản)\s*:?|(?:thứ\s+"
                              r"(?:hai|ba|tư|năm|sáu|bảy|bẩy|\d)|chủ\s*nhật)\s*[,\-–]?)\s*$",
                              re.IGNORECASE)

# -- bylines and accounts ---------------------------------------------------------------------
#: "Posted by": what a CMS prints before the account that posted the article, which is not
#: its byline ("Đăng bởi admin", "Viết bởi: Super User", "Người đăng: Quản trị").
BY_PREFIX = re.compile(r"^(?:(?:được\s*)?(?:đăng|viết|gửi)\s*bởi|bởi|by|posted\s*by|"
                       r"submitted\s*by|"
                       r"người\s*đăng(?:\s*tin)?"
                       r"|người\s*cập\s*nhật)\s*[:：]?(?:\s+|$)", re.IGNORECASE)
#: CMS accounts: never an author ("Quản trị hệ thống", "Super User", "admin", DNN's "host").
ACCOUNT = re.compile(
    r"^(?:quản\s*trị(?:\s*(?:viên|hệ\s*thống|website|web|trang|cổng))?"
    # (an administrator's display name: "Quản trị Đảng ủy phường")
    r"|(?-i:Quản\s+trị|QUẢN\s+TRỊ)\s+(?:(?:đảng\s*ủy|ban|hội|văn\s*phòng|ubnd|phường|xã|"
    r"huyện|tỉnh|cổng|trang|đơn\s*vị)\b.{0,60})|admin(?:istrator)?\d*|"
    r"webmaster|super\s*user|superuser|root|biên\s*tập\s*viên|editor|người\s*đăng(?:\s*tin)?"
    # the editors' account of a body ("Biên tập viên Hội", "Biên tập viên Cổng"), not a
    # person titled so
    r"|(?-i:Biên\s+tập\s+viên|BTV)\s+(?:hội|ban|cổng|trang|website|tòa\s*soạn|văn\s*phòng)"
    r"|tài\s*khoản|user\d*|guest|khách|host"
    # a role numbered as the CMS's users are ("Biên tập viên 02", "BTV 01", "CTV 3")
    r"|(?:biên\s*tập\s*viên|btv|phóng\s*viên|cộng\s*tác\s*viên|ctv|quản\s*trị\s*viên|"
    r"editor|tác\s*giả)\s*[-_]?\s*\d{1,3}"
    # a login name: one lower-case token with a digit, "_" or "." ("admin_hnd", "btv01"), or
    # a long one of plain letters ("dangbophuongsaigon": no name is written so)
    r"|(?-i:[a-z][a-z0-9]*[._][a-z0-9._]+|[a-z]+\d+|[a-z]{8,}))$", re.IGNORECASE)
#: The editorial board: a byline as printed ("BBT"), which a person's byline printed in the
#: article outranks (WordPress sites post under a "Ban Biên tập" account).
EDITORIAL = re.compile(r"^(?:ban\s*biên\s*tập(?:\s*(?:website|cổng|trang).*)?|bbt)$",
                       re.IGNORECASE)
#: A role written after a byline's name: "Hoài Thu (thực hiện)", "Minh Anh (tổng hợp)".
BYLINE_ROLE = re.compile(
    r"\s*[(\[]\s*(?:thực\s*hiện|tổng\s*hợp|lược\s*dịch|biên\s*dịch|người\s*dịch|dịch|ghi|ghi\s*chép"
    r"|lược\s*ghi|ghi\s*lại|lược\s*thuật|tường\s*thuật|biên\s*tập|chuyển\s*ngữ"
    r"|trình\s*bày|thể\s*hiện|phỏng\s*vấn|sưu\s*tầm|st|biên\s*soạn|giới\s*thiệu"
    # a contributor's mark, not a unit: "Hoàng Minh (CTV)", "(cộng tác viên)", "(*)" sending
    # the reader to a footnote
    r"|\*{1,3}"
    # a count of the writer's posts beside the name ("(126 bài viết)")
    r"|\d{1,6}\s*(?:bài(?:\s*viết)?|tin(?:\s*bài)?|posts?|articles?)"
    # a reporter's post, where stationed ("(Phóng viên thường trú tại Yên Bái)", "(PV)")
    r"|(?:phóng\s*viên|pv|ctv|cộng\s*tác\s*viên)(?:\s+thường\s*trú(?:\s+tại\s+[^()\[\]]{2,40})?)?)"
    r"\s*[)\]]\.?$",
    re.IGNORECASE)
#: A photo credit at the end of a caption: "… ven biển. Ảnh: Đình Nhất", "… (Ảnh: T.H)",
#: "… đầu nguồn Ảnh: Lù Văn Sáng" (a capital "Ảnh:" glued on by a figure shortcode).
CAPTION_CREDIT = re.compile(
    r"(?:[.;,]\s*|\s+[-–—]\s*|\s*(?=\()|\s+(?=(?-i:Ảnh|ẢNH|Photo)\s*[:：]))"
    r"\(?(?P<label>ảnh(?:\s*(?:và|,)\s*bài)?|hình\s*ảnh|photos?)\s*[:：]\s*"
    r"(?P<who>[^:()]{2,50}?)"
    r"\s*\)?\.?$", re.IGNORECASE)
#: "Ảnh: Minh Đức" (an English page's "Photo: Minh Duc") under a picture.
PHOTO_CREDIT = re.compile(
    r"^\(?(?:ảnh|hình\s*ảnh|photos?)\s*[:：]\s*(?P<who>[^:()]{2,50})\)?\.?$", re.IGNORECASE)

# -- captions and pictures --------------------------------------------------------------------
CAPTION_CLASS = re.compile(
    r"caption|chu[_-]?thich|(?:image|img|photo|pic|fig)[_-]?(?:desc|note)|"
    r"desc[_-]?(?:image|img|photo|anh)|note[_-]?(?:image|img|photo)|"
    r"(?:^|[\s_-])(?:cap|ps-cap|img-cap|pic-cap)(?:$|[\s_-])", re.IGNORECASE)
#: A div that only frames a picture: <div class="img-box"><img><div>caption</div></div>.
IMAGE_WRAPPER = re.compile(
    r"(?:^|[\s_-])(?:img|image|images|photo|pic|picture|hinh|hinhanh|anh|figure|thumb|"
    r"portrait|slide|gal|gallery)(?:$|[\s_-])|imgbox|imagebox|photobox|picbox", re.IGNORECASE)
ICON_SRC = re.compile(r"(?:icon|logo|spacer|blank|button|loading|pixel|banner|arrow|bullet|"
                      r"share|facebook|zalo|twitter|print|email|rss)[^/]*$", re.IGNORECASE)
PICTURE_BLOCK = re.compile(r"im(?:a)?g|photo|pic|figure|media|thumb|anh", re.IGNORECASE)

# -- selector lists of the generic fields -----------------------------------------------------
LEAD_SELECTOR = (
    ".hometext, #hometext, .sapo, .brief, .assetdesc, .assetdesc-text, .itemIntroText, "
    ".lead, .summary, .description, .news-des, #news-des, .story_teaser, .short_content, "
    # (SPIP's "chapo")
    ".chapo, "
    ".article-summary, .entry-summary, .news-sapo, .chapeau, .tomtat, .mota, .quote-sapo, "
    "[class*=tom-tat], [class*=sapo], [class*=tom_tat], [class*=tomtat], [class*=teaser], "
    "[class*=excerpt], [class*=summary], [class*=-lead], [class*=lead-], [class*=_lead], "
    "[class*=intro], .desc, .news-desc, .detail-desc, [class*=__desc], [class*=-desc], "
    "[class*=_desc], [class*=Summary], [class*=Sapo], [class*=subtitle], [class*=Subtitle], "
    "[class*=abstract], "
    "[class*=sub-title], [class*=sub_title], "
    "[class*=standfirst], [id*=subtitle], [class*=brief], "
    # (a vendor theme's NukeViet hometext: "nv-hometext", "news-hometext")
    ".nv-hometext, .news-hometext, "
    # (DNN Engage Publish's "Publish_ArticleDescription": class values match as written)
    "[class*=ArticleDescription], "
    # (a WebForms label named for the summary: "ctl00_…_ucChiTiet_lblTomTat", "…_lblSapo")
    "[id$=lblTomTat], [id$=lblSapo], [id$=lblSummary], [id$=lblMoTa], [id$=_TomTat], "
    "[id$=_Sapo]"
)
#: A Party or state document pasted into an article: its letterhead (the issuing body in
#: capitals, "*", the national motto) and its signature block ("K/T TRƯỞNG BAN", "T/M BAN
#: THƯỜNG VỤ", "(Đã ký)"): the document's frame, not its text.
LETTERHEAD = re.compile(r"^(?:ĐẢNG\s*(?:BỘ|ỦY|UỶ|CỘNG\s*SẢN)|BAN\s|TỈNH\s*[UỦ]Y|HUYỆN\s*[UỦ]Y|"
                        r"THÀNH\s*[UỦ]Y|THỊ\s*[UỦ]Y|[UỦ]Y\s*BAN|UBND|HĐND|HỘI\s*ĐỒNG\s*NHÂN\s*DÂN|"
                        r"SỞ\s|CỘNG\s*HÒA|CỘNG\s*HOÀ|"
                        r"ĐỘC\s*LẬP|\*+$)")
DOC_SIGNATURE = re.compile(r"^(?:K/?T\.?|T/?M\.?|T/?L\.?|Q\.|TUQ\.?)\s+\S|\((?:đã\s*ký|đã\s*kí)\)"
                           r"|^nơi\s*nhận\s*:", re.IGNORECASE)
#: Where the next labelled field of a one-line row begins ("… Ban Tổ chức Tỉnh ủy · Ngày trả
#: lời: …", "Người viết: A Người duyệt: B"): a day's, a count's, a field's, who approved or
#: posted it.
NEXT_FIELD = re.compile(r"\s*[|·•]?\s+(?=(?:ngày|lượt|thời\s*gian|lĩnh\s*vực|người\s*duyệt|"
                        r"duyệt\s*bài|người\s*đăng)[^:：]{0,20}[:：])", re.IGNORECASE)
#: A label over the text it introduces ("Nội dung bản tin" over a video's transcript): a
#: box's title, not a line of the article.
CONTENT_LABEL = re.compile(r"^(?:nội\s*dung(?:\s*(?:bản\s*tin|chi\s*tiết|video|clip|"
                           r"chương\s*trình))?|toàn\s*văn(?:\s*bản\s*tin)?|lời\s*bình|"
                           r"transcript)\s*[:：]?$",
                           re.IGNORECASE)
#: The editors' note opening an article, its lead ("LTS: Báo nhận được thư của bạn đọc…").
EDITOR_NOTE = re.compile(r"^(?:LTS|lời\s*to[àa]\s*soạn|lời\s*ban\s*biên\s*tập)\s*[:：.]",
                         re.IGNORECASE)
#: A label printed before a lead ("Tóm tắt:" over a journal paper's abstract).
LEAD_LABEL = re.compile(r"^(?:tóm\s*tắt|tóm\s*lược|sapo|abstract|summary)\s*[:：.\-–]\s*",
                        re.IGNORECASE)
#: A numbered sub-heading ("1. Vai trò của chi bộ…", "II. Giải pháp"): never a lead.
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}|[IVXivx]{1,4}|[a-đ])[.)]\s")
UPDATED_SELECTORS = ("[class*=modified]", "[id*=Modified]", "[itemprop=dateModified]")
BYLINE_SELECTOR = (
    "[class*=author], [class*=Author], [id*=Author], [id*=author], [class*=tacgia], "
    "[class*=tac-gia], [class*=TacGia], "
    "[id*=TacGia], [class*=byline], [class*=by-line], [class*=ByLine], [id*=ByLine], "
    "[id*=Byline], [class*=source], [class*=nguon], [id*=Nguon], "
    "[id*=Source], [rel=author], [itemprop~=author], article address, header address, "
    # a portal's link to its writer's user page (Liferay's blog entry: "a.username")
    "a[class~=username]"
)
#: An element a CMS names for the writer's unit, printed apart from the name ("div.donvi"
#: under "Người viết: …").
UNIT_SELECTOR = ('[class*=donvi], [class*=don-vi], [class*=DonVi], [id*=DonVi], [id*=donvi], '
                 '[class*=coquan], [class*=co-quan], [class*=author-dept], [class*=author-unit], '
                 # (a plain "unit" only after its label, "Đơn vị: <span class=unit>": a
                 # document list's issuing offices are named so too)
                 '[class~=unit]')
#: An author card's link to the writer's other articles: no part of the byline.
AUTHOR_MORE = re.compile(r"^(?:xem\s+(?:tất\s+cả\s+|các\s+|thêm\s+)?(?:bài|tin)(?:\s+viết)?(?:\s+"
                         r"(?:khác\s+)?(?:của|cùng)\s+tác\s+giả)?|tất\s+cả\s+bài\s+viết|"
                         r"các\s+bài\s+(?:viết\s+)?khác|more\s+(?:posts|articles)|view\s+all\s+posts)",
                         re.IGNORECASE)
#: Breadcrumbs and category labels, tried in order after a profile's own selectors.
CATEGORY_SELECTORS = (
    # first: a CMS's category field on the article itself (Drupal's
    # "field--name-field-chuyen-muc"), narrower than a trail's "Tin tức"
    '[class*="field-chuyen-muc"] a', '[class*="field-category"] a', '[class*="field-danh-muc"] a',
    # (the same field named for the topic or the field of work: "Chủ đề", "Lĩnh vực"; the
    # node's field, "field--name-…", not a sidebar view's "views-field-field-…")
    '[class*="name-field-chu-de"] a', '[class*="name-field-linh-vuc"] a',

    ".breadcrumbs li", ".breadcrumb li", "ol.breadcrumb li", ".breadcrumb a", "#breadcrumbs a",
    "[id*=breadcrumb] a", "[class*=crumb] a", "div.nav a", "[class*=cat-title]",
    "[id*=Category]", "[class*=category-name]", ".breadcrumbs a", "[class*=breadcrumb] a",
    "[class*=path] a", ".pathway a", "#path a", "[class*=duongdan] a", "[class*=duong-dan] a",
    "[class*=chuyenmuc]", "[class*=chuyen-muc]", "[class*=itemTopic] a", "[class*=cate-top] a",
    "[class*=cat-path] a",
    "[class*=cat-name] a",
    # a labelled line of the category's levels ("Chuyên mục: Kinh tế / Du lịch"), and a
    # folder icon marking the category in a meta row ("<i class="fa fa-folder-open"></i>
    # <a>Nông nghiệp</a>"): after any trail (a sidebar's widget may have both)
    "div[class*=cat-label]", "[class*=meta] .fa-folder-open + a", "[class*=meta] .fa-folder + a",
    # a Sở portal's field of work over a generic trail ("Lĩnh vực: <a>Thủy lợi</a>")
    "[class*=linhvuc] a", "[class*=linh-vuc] > a",
    # a trail printed as plain text in a label named for it (SharePoint's "lblBreadCrum":
    # "Trang chủ > Tin tức - Sự kiện > Y tế dự phòng")
    "[id*=readCrum]", "[id*=readcrum]",
    # the trail as ARIA names it, and WordPress's category link (its microformat)
    '[aria-label="breadcrumb"] li', '[aria-label="Breadcrumb"] li', 'a[rel~="category"]',
    # a theme's category links in the post's header ("span.category-links", Kadence's;
    # "cat-links", "entry-categories", "post-categories")
    "[class*=category-links] a", "[class*=cat-links] a", "[class*=entry-categories] a",
    "[class*=post-categories] a",
    # a block theme's post-terms block of the categories (WordPress's "taxonomy-category
    # wp-block-post-terms", its links marked rel=tag; the tags' block is "taxonomy-post_tag")
    "[class*=taxonomy-category] a",
    # a page builder's post-info terms when they are categories (Elementor's
    # "elementor-post-info__terms-list" linking "/category/…")
    '[class*=terms-list] a[href*="/category/"]', '[class*=terms-list] a[href*="/chuyen-muc/"]',
    # a news module's category in the headline's own meta row (TYPO3's "news-list-category")
    "[class*=news-list-category]", "[class*=news-category]", "[class*=post-category]",
    # schema.org microdata in the post's own meta row (Hexo's NexT: "Trong <span
    # itemprop=about><a><span itemprop=name>…"; not a sidebar card's, nor a person's)
    '[class*=post-meta] [itemprop~="articleSection"]',
    '[class*=post-meta] [itemprop~="about"] [itemprop~="name"]',
    # a section's name in a cell or box of its own ("td.vs-cat", EasyDNN's "edn_categories")
    '[class$="-cat"]', '[class$="_cat"]', "[class*=categories] a",
    # the post's category linked in the headline's own meta row, by its address alone
    # (Dotclear's "post-info": "Viết bởi … vào ngày … - <a href=…?category/Hoat-dong-Hoi>")
    '[class*=post-info] a[href*="category/"]', '[class*=post-info] a[href*="chuyen-muc/"]',
)
#: The last resort, after the trails and labelled rows: the current section marked in a row
#: of tabs or the menu ("li.active").
ACTIVE_SECTION = ("li[aria-current=page] > a", "a[aria-current=page]", "li.active > a",
                  "a.active", "span.cur", "[class*=nav-tabs] > li.selected > a")
HEADING_SELECTOR = ("h1, h2, h3, h4, h5, [class*=title], [class*=Title], [id*=Title], "
                    "[id*=title], td[class*=heading]")   # Mambo's td.contentheading
#: Headings, and the styled spans/divs table-era and custom CMSs use for the headline.
TITLE_LIKE_SELECTOR = ("h1, h2, h3, h4, h5, [class*=tieude], [class*=tieu-de], "
                       "[class*=tieu_de], [class*=TieuDe], [class*=title], [class*=Title], "
                       "[id*=TieuDe], [id*=Title]")
CLOCK_SELECTOR = ("header, [class*=header], [id*=header], [class*=clock], [id*=clock], "
                  "[class*=date-time], [class*=today], [id*=today], [class*=topbar], "
                  "[class*=top-bar]")

# -- URL shapes (discovery) -------------------------------------------------------------------
#: Link text of a pager: numbers, arrows, "Trang sau"…
PAGER_TEXT = re.compile(
    r"^(?:\d{1,4}|»|›|>|>>|»»|trang sau|trang tiếp|tiếp|tiếp theo|sau|next|next »|"
    r"xem tiếp|trang kế|kế tiếp|trang trước|trước|trang đầu|đầu|trang cuối|cuối|sau cùng|"
    r"prev|previous|first|last|\.\.\.)$", re.IGNORECASE)
#: Class/id fragments of a pager's wrapper.
PAGER_CLASS_WORDS = ("pag", "pager", "phantrang", "page-iterator")
#: A control that loads a listing's next items in place ("Xem thêm", "Tải thêm", load more).
LOAD_MORE_CUE = re.compile(r"xem\s*thêm|tải\s*thêm|xem\s*tiếp|load[\s_-]*more|loadmore|"
                           r"xem[_-]?them|tai[_-]?them|show[\s_-]*more|\bmore\b|"
                           r"\bnext\b", re.IGNORECASE)
#: Fields of a JSON listing fragment: an item's address, and the next page's.
JSON_URL_KEY = re.compile(r"^(?:url|link|href|permalink|path|uri|slug|canonical|"
                          # (SharePoint's REST rows: "FileRef")
                          r"fileref|"
                          r"(?:item|post|news|article)_?(?:url|link|href|path))$", re.IGNORECASE)
JSON_NEXT_KEY = re.compile(r"^(?:next|next_?url|next_?page(?:_?url)?|next_?api|"
                           # (SharePoint's client-side list data: "NextHref"; its REST
                           # answer's "__next", OData's "odata.nextLink")
                           r"next_?link|more_?url|next_?href|__next|odata\.nextlink)$",
                           re.IGNORECASE)
#: Link text that opens a whole section ("Xem tất cả", "Xem thêm" under a home page box).
SEE_ALL = re.compile(r"^(?:xem\s+tất\s+cả|tất\s+cả|xem\s+toàn\s+bộ|xem\s+thêm|xem\s+tiếp|"
                     r"view\s+all|see\s+all|more)\b", re.IGNORECASE)
#: Link text of a teaser's "read on" link: it names an article, however short.
READ_MORE = re.compile(r"^(?:xem chi tiết|chi tiết|xem tiếp|đọc tiếp|đọc thêm|xem bài viết|"
                       r"read more|more|detail|details|chi tiet|xem chi tiet|\.\.\.|…)$",
                       re.IGNORECASE)
#: A site's own "not found" text, served with 200 where an article was (a soft 404): "Không
#: tìm thấy bài viết", "Bài viết không tồn tại", "Tin này không tồn tại", "Nội dung được yêu
#: cầu không tồn tại", "Trang không tồn tại", "Page not found".
NOT_FOUND_TEXT = re.compile(r"không\s+tìm\s+thấy\s+(?:bài\s*viết|tin(?:\s*bài)?|trang|nội\s*dung)|"
                            r"(?:bài\s*viết|tin(?:\s*bài)?|trang|nội\s*dung)"
                            r"(?:(?:\s+bạn|\s+được)+\s+(?:yêu\s+cầu|tìm(?:\s+kiếm)?|truy\s+cập))?"
                            r"\s+không\s+(?:tồn\s+tại|còn\s+tồn\s+tại)|"
                            # (an item's own notice, "Tin này không tồn tại", never "thông tin
                            # này" or "trang này" in a sentence)
                            r"(?<!thông\s)(?<![\w])(?:bài\s*viết|tin(?:\s*bài)?|nội\s*dung)\s+"
                            r"này\s+không\s+(?:còn\s+)?tồn\s+tại|page\s+not\s+found",
                            re.IGNORECASE)
#: A site's notice that an item was taken down, served where it was: "Tin bài này đã được
#: thu hồi", "Bài viết đã bị gỡ bỏ", "Nội dung này đã bị xóa".
TAKEN_DOWN_TEXT = re.compile(r"(?:bài\s*viết|tin(?:\s*bài)?|nội\s*dung|bài)\s+(?:này\s+)?đã\s+"
                             r"(?:được\s+|bị\s+)?(?:thu\s*hồi|gỡ(?:\s*bỏ)?|xóa|xoá|hủy|huỷ)"
                             r"(?:\s*bỏ)?\b", re.IGNORECASE)
#: A site's notice that an item's time is over ("Nội dung đã hết hạn hoặc không còn hiệu
#: lực.", "Xin lỗi, bài viết này đã hết thời hạn đăng tải.": a notice past its display end),
#: opening a sentence of a short undated page — never "thông tin đã hết hạn" inside one.
EXPIRED_TEXT = re.compile(r"(?:^|[.!?,:]\s*)\W*(?:bài\s*viết|tin(?:\s*bài)?|nội\s*dung)(?:\s+này)?"
                          r"\s+đã\s+hết\s+(?:thời\s+)?hạn\b", re.IGNORECASE)
#: A site saying a page is away for now: maintenance, an upgrade, "come back later" ("Chuyên
#: mục … đang được bảo trì, nâng cấp dữ liệu …", "Hệ thống đang bảo trì, vui lòng quay lại
#: sau", "Trang đang được cập nhật").
UNAVAILABLE_TEXT = re.compile(r"đang\s+(?:được\s+)?(?:bảo\s*trì|nâng\s*cấp|cập\s*nhật\s+dữ\s*liệu)|"
                              r"quay\s+lại\s+sau|tạm\s+(?:ngừng|dừng)\s+(?:truy\s*cập|hoạt\s*động)|"
                              r"under\s+maintenance|temporarily\s+unavailable",
                              re.IGNORECASE)
#: Link text of a link to a listing's older items at an address of their own ("Tin cũ hơn
#: »" under a home page's newest, Blogger's "Bài đăng Cũ hơn", "Older posts").
OLDER_TEXT = re.compile(r"^(?:xem\s+)?(?:các\s+)?(?:(?:tin|bài)(?:\s+(?:tức|viết|đăng))?\s+)?"
                        r"(?:cũ\s*hơn|trước\s+đó)$|^older(?:\s+(?:posts|entries|news|articles))?$",
                        re.IGNORECASE)
#: Link text of a date archive's entry ("Tin theo ngày", "Xem tin theo ngày", "Tin đã đưa
#: theo ngày", "Lưu trữ theo ngày"): its day pages are walked back, one day at a time.
DAY_ARCHIVE_TEXT = re.compile(r"^(?:xem\s+)?(?:(?:tin(?:\s*tức)?|bài(?:\s*viết)?)\s+)?(?:đã\s+"
                              r"đưa\s+)?theo\s+ngày$|^lưu\s*trữ(?:\s+tin)?(?:\s+theo\s+ngày)?$",
                              re.IGNORECASE)
#: Link text of a "next page" link.
NEXT_TEXT = re.compile(r"^(?:»|›|>|>>|trang sau|trang tiếp|tiếp|tiếp theo|sau|next|next »|"
                       r"xem tiếp|trang kế|kế tiếp|xem thêm|tải thêm)$", re.IGNORECASE)
#: A query parameter that numbers a listing's pages: ``page``, ``pageIndex``, ``PageNo``,
#: ``trang``, ``start``, ``offset``, SharePoint's ``PageFirstRow``, and portlet-prefixed ones
#: (``…_cur``, ``…_page``).
PAGE_KEY = re.compile(
    r"^(?:.*[_-])?(?:page(?:index|no|num|number)?|pageindex|pageno|pagenum|pagenumber|"
    r"paged|cur|curpage|currentpage|trang|sotrang|start|offset|pg|pn|p|"
    # SharePoint's list view: the first row of the page ("PageFirstRow=11")
    r"pagefirstrow|firstrow|"
    # (a portal's pager keyed by its portlet's id after a dot: WebSphere WCM's
    # "WCM_Page.a3f91c07e2"; the id holds a digit, "page.size" is no page)
    r"page\.(?=[0-9a-z]*\d)[0-9a-z]{4,40})$", re.IGNORECASE)
#: A path segment that numbers a listing's pages: ``/page/3``, ``/page-3``, ``/trang-2.html``,
#: ``/trang/2``, ``thoi-su-p3.html``, ``/PhanTrang/4``, CakePHP's named ``/page:3``, DNN's
#: ``/currentpage/2``, and EasyDNNnews' ``/PgrID/449/PageID/2/Default.aspx`` (DNN's friendly
#: addresses end in a page's ``/Default.aspx``).
PAGE_SEGMENT = re.compile(
    r"(?:/(?:page|trang|phantrang|currentpage|pageindex|pagenumber|pageno|pageid)[-/:]?"
    r"(\d{1,6})|"
    r"/p/(\d{1,6})|"
    r"(?<=[a-z0-9])[-_](?:p|page|trang)-?(\d{1,6}))"
    r"(?=(?:\.(?:html?|aspx?|php))?/?$|/default\.aspx$)", re.IGNORECASE)
#: Parameters that do not choose which listing a page shows: page sizes, a portal's portlet
#: state, and the address to go back to.
#: A sortable table's column of publication dates, by its header: "Ngày đăng", "Ngày ban
#: hành", "Thời gian", "Date".
DATE_COLUMN = re.compile(r"^(?:ngày(?:\s*(?:đăng|đưa\s*tin|xuất\s*bản|ban\s*hành|cập\s*nhật))?|"
                         r"thời\s*gian(?:\s*đăng)?|date|published)\s*[↓↑▼▲⇩⇧]?$", re.IGNORECASE)
#: A year parameter: a trap unless it is an archive's year alone (YEAR_ARCHIVE).
YEAR_PARAM = re.compile(r"[?&](?:year|nam)=([^&#]*)", re.IGNORECASE)
#: A calendar's other parts beside a year ("&tuan=1&nam=1990", "&week=", "&quy="): with one,
#: the year is a calendar's.
CALENDAR_PART = re.compile(r"[?&](?:[\w-]*(?:tuan|week|quy|quarter)[\w-]*|ky)=", re.IGNORECASE)
#: A parameter that shows a listing another way, not another listing: its year or month, its
#: page size, its order ("namDang=2023", "soDong=16", "sort=title"). A link adding one to
#: the page's own address is a view of this listing, not a section of its own.
VIEW_KEY = re.compile(r"^(?:.*[_-])?(?:nam(?:_?dang|_?xuat_?ban)?|year|thang|month|so_?dong|"
                      r"sodong|so_?ban_?ghi|page_?size|per_?page|rows(?:_?per_?page)?|"
                      r"items_?per_?page|sort(?:_?by)?|order(?:_?by)?|dir|direction|view|"
                      # (Vietnamese: "sap-xep", "sapxep", "thu-tu": an order)
                      r"sap[_-]?xep|thu[_-]?tu)$",
                      re.IGNORECASE)
LISTING_NOISE_KEY = re.compile(
    r"^(?:.*_delta|delta|pagesize|page_size|size|limit|p_p_.*|.*_redirect|redirect|"
    r"inherit_?redirect|"
    r"returnurl|return_url|back|backurl|source|_|"
    # a position in an infinite scroll's stream: the same listing at another point
    r"(?:next_?)?cursor|after|before|continuation|page_?token|next_?token)$", re.IGNORECASE)
#: A path segment naming a list (categories, tags, topics, people), not an item's kind.
_LIST_WORDS = (r"(?:issues?|categor(?:y|ies)|cat|cate|sections?|archives?|lists?|tags?|topics?|"
               r"menus?|chuyen-?mucs?|danh-?mucs?|linh-?vuc|nhom|loai(?:-?tin)?|users?|members?|"
               r"profiles?|accounts?|can-?bo|nhan-?su)")
#: A path segment naming what is no item of its own before a number: a page, an offset, a
#: writer's page, a day's or a month's archive, an issue, a topic, an album.
_NOT_ITEM_KINDS = (r"(?:page|pages|trang|p|start|offset|tac-?gia|author|authors|nguoi-?viet|"
                   r"ngay|thang|nam|day|month|year|so-?bao|chu-?de|chuyen-?de|thu-?vien(?:-anh)?|"
                   r"albums?|gallery|su-?kien)")
ARTICLE_URL = re.compile(
    r"(?:[?&](?:id|ID|Id|ArticleId|articleid|NewsId|newsid|ItemID|itemid|p|nid|uuid|"
    r"newsID|postid|tinid)=[0-9a-fA-F]{2,})|(?:[-_/]\d{3,}\.(?:html?|aspx|php)$)|"
    r"(?:/node/\d+/?$)|(?:/-/asset_publisher/[^/]+/content/)|(?:/content/id/\d+)|"
    r"(?:/DetailView/\d+)|(?:/\d{4}/\d{2}/[^/]+/?$)|(?:/item/\d+)|"
    # Open Journal Systems' article and announcement pages ("…/article/view/552"), an MVC
    # framework's item page ("/tin-tuc/view/3161", CakePHP's default route, a slug after it
    # or not; "/bai-viet/detail/125")
    r"(?:/(?:article|announcement)/view/\d+/?$)|"
    rf"(?:/(?!{_LIST_WORDS}/)[a-z][a-z-]{{1,30}}/(?:view|detail|details|chi-tiet|chitiet)/"
    # (after the id, a slug or nothing: not another number, OJS's "view/552/1657" galley)
    r"\d{2,}(?:/[^/?#]*[a-z][^/?#]*)?/?$)|"
    # a resource route's item ("/van-ban/1572", Rails, Hanami, Laravel): a word of the site
    # and an id of four to seven digits, not a category's, a topic's, a writer's, a day's
    # or a page's, nor a year's or a month's archive ("/tin-tuc/2024", "/thang/202405")
    # (the kind the path's first segment, after a language's at most)
    rf"(?://[^/?#]+/(?:[a-z]{{2}}/)?(?!{_LIST_WORDS}/|{_NOT_ITEM_KINDS}/)"
    r"[a-z][a-z-]{1,30}/(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])?/?$)\d{4,7}/?$)|"
    # a headline's slug of five words and more, in any script ("/đảng-ủy-khối-…/" as
    # WordPress writes Vietnamese permalinks; matched on the decoded path); after an id's
    # folder, a headline's " - " written "--" or "---" too ("/ChuyenDe/16043/…-Thuong-Binh---
    # Liet-Si.html": never a section's "Van-hoa---Xa-hoi---Du-lich" with no id)
    r"(?:/[^\W_]+(?:-[^\W_]+){4,}(?:\.(?:html?|aspx))?/?$)|(?:/-/[a-z0-9-]{12,}/?$)|"
    r"(?:/\d{3,}/[^\W_]+(?:-{1,3}[^\W_]+){4,}(?:\.(?:html?|aspx))?/?$)|"
    r"(?:[a-z]-\d{2,}\.html?$)|(?:a=detail)|(?:xem-tin\.cpx)|"
    # a Lotus/HCL Domino document: its UNID under any view ("/tintuc.nsf/0/0F37…A8"), or
    # a document opened by name ("…/vwTin/tin-so-12?OpenDocument")
    r"(?:\.nsf/(?:[^/?#]+/)+[0-9a-f]{32}(?:[?#]|$))|(?:\.nsf/[^?#]+\?opendocument(?:&|$))|"
    # a static site's numbered page: a short word and the number ("2024/bai30125.htm",
    # "tin12345.html")
    r"(?:/(?!(?:chuyenmuc|danhmuc|chuyen|danh|muc|cat|cate|category|trang|page|cm)\d)"
    r"[a-z]{1,12}\d{3,}\.(?:html?|aspx|php|asp)$)", re.IGNORECASE)
NOT_ARTICLE_URL = re.compile(
    # Joomla's lists without SEF addresses ("index.php?option=com_content&view=category")
    r"(?:[?&]view=(?:featured|frontpage|category|categories|section|archive|itemlist|tag|"
    r"search|latest)(?:&|$))|"
    r"(?:/(?:tag|tags|category|chuyen-muc|danh-muc|search|tim-kiem|login|dang-nhap|"
    r"print|rss|feed|admin|lien-he|sitemap)(?:[/?.]|$))|(?:[?&](?:a=list|a=print|print=)|"
    r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|gif|mp3|mp4)$)", re.IGNORECASE)
#: Links of a start page that are not sections with articles to list: accounts, searches,
#: print and feed views, contact and site-map pages, tags, authors, calendars and date
#: archives (their articles are in the sections too: a dated month or day, as a folder or a
#: page, ``/2024-06/``, ``/bao-in/2024-11-16.html`` — an e-paper's day whose ‹ › walk the
#: days forever), files.
#: Menu entries that are no listing of articles, by their words: a work calendar, the
#: search page, contact and login pages. (A site map, "Sơ đồ trang", is read as a section:
#: the sections it lists may be in no menu.)
#: A box's heading naming a schedule of events: its days are the events', not a stamp.
SCHEDULE_HEADING = re.compile(r"^lịch\s*(?:công\s*tác|làm\s*việc|tiếp\s*(?:công\s*)?dân|trực)"
                              r"\b", re.IGNORECASE)
NOT_SECTION_TEXT = re.compile(
    r"^(?:lịch\s*(?:công\s*tác|làm\s*việc|tiếp\s*(?:công\s*)?dân|trực)(?:\s.*)?|tìm\s*kiếm|"
    r"liên\s*hệ|đăng\s*nhập|đăng\s*ký|english)$",
    re.IGNORECASE)
NOT_SECTION_URL = re.compile(
    r"(?:/(?:tag|tags|the|search|tim-kiem|timkiem|login|dang-nhap|dangnhap|dang-ky|register|"
    r"print|in-bai|rss|feed|admin|quan-tri|lien-he|contact|"
    r"wp-admin|wp-login\.php|user|account|tai-khoan|english|en|lich|lich-cong-tac|calendar|"
    r"lich-lam-viec|lich-tiep-dan|lich-truc|lichcongtac|lichlamviec|"
    r"tin-theo-ngay|theo-ngay|author|tac-gia)(?:[/?.#]|$))|"
    r"(?:[?&](?:s|q|k|keyword|keywords|tu-khoa|tukhoa|search|query)=)|"
    r"(?:/\d{4}(?:/\d{1,2}){0,2}/?$)|"
    r"(?:/(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}-\d{1,2}-\d{4})(?:/|\.(?:html?|aspx?|php))?$)|"
    r"(?:^mailto:|^tel:|^javascript:)|(?:\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|gif|"
    r"mp3|mp4|xml|rss)(?:$|\?))", re.IGNORECASE)
#: A page asking to sign in: an article made private redirects there. Its path (Django/
#: Wagtail ``/accounts/login/?next=…``, WordPress ``wp-login.php``, ASP.NET ``Login.aspx``,
#: DNN ``/ctl/Login``, Plone's ``require_login``, SharePoint's ``Authenticate.aspx``,
#: "dang-nhap"), by a segment of its own, not a word inside a slug (an article
#: "huong-dan-dang-nhap-he-thong" is an article) …
LOGIN_PATH = re.compile(
    r"/(?:log-?in|sign-?in|dang-?nhap|require_login|wp-login\.php|authenticate\.aspx|"
    r"(?:log-?in|dang-?nhap)\.(?:aspx?|php|html?|jsp|do))(?:/|$)|"
    r"/_windows/default\.aspx$", re.IGNORECASE)
#: … or its query: Joomla's ``option=com_users&view=login``, NukeViet's ``nv=users&op=
#: login``, Liferay's login portlet (``p_p_id=…LoginPortlet``, 6.x ``struts_action=/login``).
LOGIN_QUERY = re.compile(
    r"(?:^|&)(?:view=login|op=login|(?:_\w+?_)?struts_action=(?:%2f|/)login\b|"
    r"p_p_id=[a-z0-9_]*login[a-z0-9_]*portlet)(?:&|$|%2f|/)", re.IGNORECASE)
#: Calendars, date archives, sort orders, a path segment repeated three times.
TRAP_URL = re.compile(
    # (a year alone, "?year=2024" / "?nam=2024", is an archive's year: YEAR_ONLY below)
    r"(?:[?&](?:date|ngay|day|month|thang|calendar|from|to|sort|order)=)|"
    # the same as CakePHP's named parameters ("/sort:created/direction:asc")
    r"(?:/(?:sort|direction|order):[^/?#]*)|"
    # a calendar's view ("view=month"); not Joomla's "view=article" (an article's non-SEF
    # address: a site without SEF URLs has no other)
    r"(?:[?&](?:view|layout)=(?:days?|weekly|week|monthly|month|yearly|year|calendar|"
    r"lich(?:-?cong-?tac|-?tuan|-?thang|-?lam-?viec)?|(?:agenda|basic|list)(?:day|week|month|"
    r"year)|(?:day|time)grid(?:day|week|month|year))(?:&|$))|"
    r"(?:/(?:calendar|lich)/)|(/[^/?#]+)\1\1|"
    # a newspaper's daily lottery results: a page a day, forever, no news
    r"(?:/(?:xo-?so|ket-qua-xo-so|xskt)(?:/|$))", re.IGNORECASE)

#: National papers, agencies and stations named without "Báo" ("Theo Thanh Niên", "Theo
#: TTXVN"): an outlet, never a writer, however much the name looks like a person's.
OUTLET_NAME = re.compile(
    r"^(?:ttxvn|vna|vov|vtv|vtc|qđnd|sggp|nhân\s*dân|quân\s*đội\s*nhân\s*dân|"
    r"công\s*an\s*nhân\s*dân|thanh\s*niên|tuổi\s*trẻ|người\s*lao\s*động|lao\s*động|"
    r"tiền\s*phong|dân\s*trí|vietnamplus|vnexpress|tin\s*tức|pháp\s*luật|"
    r"sài\s*gòn\s*giải\s*phóng|hà\s*nội\s*mới|đại\s*đoàn\s*kết|đại\s*biểu\s*nhân\s*dân|"
    r"kinh\s*tế\s*(?:&|và)\s*đô\s*thị|chính\s*phủ|nông\s*thôn\s*ngày\s*nay|"
    r"văn\s*hóa|giáo\s*dục\s*(?:&|và)\s*thời\s*đại|phụ\s*nữ(?:\s*việt\s*nam)?|"
    r"xây\s*dựng\s*đảng|cộng\s*sản|tạp\s*chí\s*cộng\s*sản|"
    # agencies and papers abroad whose pieces are translated ("Tân Hoa Xã", "Vientiane Times")
    r"tân\s*hoa\s*xã|xinhua|reuters|afp|ap|kpl|pasaxon|vientiane\s*times|sputnik|tass|"
    r"ria\s*novosti|yonhap|kyodo|bernama|prensa\s*latina)"
    r"(?:\s*(?:online|điện\s*tử|số))?$",
    re.IGNORECASE)
