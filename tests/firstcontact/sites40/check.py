#!/usr/bin/env python3
"""Self-test for the blind replica sites, set 40 (no network: every request goes straight into the WSGI app).
Set 40 uses set 39's check with SITES changed and four more switchable mechanisms (item 39): HOW AN ITEM IS LINKED FROM
ITS LIST -- the click a list item answers when it is no plain <a href> (a pop-up window a Dreamweaver behaviour opens, a
function of the site's own script file, a card whose address a jQuery handler builds from its data-* attributes, a JSF
command link that posts a form and is redirected to the item), each of which, left unclicked by a crawler taking a
shortcut, makes it miss about 20 articles.  Set 40 is a ONE-DAY set (item 20: DAYS = 1, set_day(1) only, no
MANIFEST_DAY<n>, no SUMMARY["clock"]); its day falls on Wednesday 17/01/2029, 08:50.  Set 38's RECORDS check (item 37)
runs on every set 40 site too (each names SUMMARY["set38_pages"], empty, and SUMMARY["dup_via"], empty).

  39. (set 40) HOW AN ITEM IS LINKED FROM ITS LIST, FIRST CONTACT: four more switchable mechanisms, each with an only_via code,
     each the plain doing of the click a list item answers, as a browser does it, where the item's link is no <a href> --
     which a crawler taking a shortcut over script it does not run leaves undone.  A page's "code" is the text of every
     javascript: link (after 'javascript:') and of every onclick attribute; a "literal call" in it is a call `F(<arguments>)`
     whose every argument is a JavaScript literal; an expression is "evaluable" when it joins, with +, string or number
     literals, the known variables (those inline scripts declare with literal values, as set 30's `js-concat` reads them) and
     the names the mechanism binds (a function's parameters, an element's data values), as set 30's js_eval evaluates it.
     `open-window` (a pop-up: the first argument of `window.open(<url>, …)` (also self. / top.open) -- written in a page's
     code as an evaluable expression, or inside an inline function `function F(p, …) {… window.open(<url>, …) …}` whose <url>
     is evaluable with F's parameters bound to the arguments of a literal call of F in the page's code, as Dreamweaver's
     behaviour `MM_openBrWindow(theURL, winName, features) { window.open(theURL, winName, features); }` called from
     `onclick="MM_openBrWindow('XemThongBao.aspx?ID=812', 'ThongBao', 'scrollbars=yes,width=760')"` -- is requested as a
     page, resolved against the document base URL (an empty address, about:, javascript: and '#' skipped); off = never: a
     crawler that takes pop-ups for print and share windows and never opens them (set 22's `onclick-url` still follows, as
     before, literals starting with '/', 'http(s)://' or '?…=', which a document-relative address is not; set 4's
     `js-function` reads only functions assigning location));
     `external-function` (set 4's `js-function` for the functions of the site's own script FILES: a same-site `<script src>`
     that is no trap and that robots.txt allows is requested (once a walk, when a page's code holds a literal call), and
     every declaration `function F(p, …) {…}` in it whose body navigates -- `(window. | document. | self. |
     top.)location[.href] = <expr>` or `location.assign / .replace(<expr>)` -- with an <expr> evaluable once F's parameters
     are bound to the arguments of a literal call of F in a page's code (the known variables: those of the page's inline
     scripts and of the file itself) gives, for each such call of the page, an address followed like a link (NukeViet's
     module scripts: `onclick="nv_gs_chitiet(1234)"` + `/themes/<theme>/js/guongsang.js`: `function nv_gs_chitiet(id) {
     window.location.href = nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + nv_name_variable +
     '=guong-sang&' + nv_fc_variable + '=detail&id=' + id; }`, the globals printed inline in the page's head); off = only
     inline functions are read (set 4), and set 39's `script-menu` follows only literals that are whole addresses);
     `data-concat` (a card whose address a jQuery handler builds from the card's data: in an inline script, a navigation
     `(window. | document. | self. | top.)location[.href] = <expr>` (or location.assign / .replace(<expr>)) whose <expr>
     reads the clicked element's data -- `$(this).data('<key>')`, `$(this).attr('data-<name>')`, `this.dataset.<key>`,
     `this.getAttribute('data-<name>')`, jQuery's and the DOM's camelCase keys standing for data-<hyphen-name> -- and is
     evaluable once those reads are bound, is evaluated for every element of the page carrying every data attribute it reads,
     and the address followed like a link (an MVC view's `$('.ls-grid').on('click', '.js-xem', function () {
     window.location.href = rootUrl + 'tin-tuc/' + $(this).data('chuyenmuc') + '/' + $(this).data('alias') + '-' +
     $(this).data('id') + '.html'; })` over `<div class="js-xem" data-id data-alias data-chuyenmuc>` cards whose headline and
     picture are no links); off = never: set 4's `script-data-attr` reads only a literal ending in '?<key>=' (or '&<key>=')
     followed by ONE data read);
     `jsf-commandlink` (JSF's h:commandLink, as Mojarra 2.x renders it: an onclick `mojarra.jsfcljs(document.getElementById(
     '<form id>'), {'<name>': '<value>', …}, '<target>')` is done as jsf.js does it: the page's form with that id POSTed
     (application/x-www-form-urlencoded) to its action with its fields as they stand (the form's own marker field and
     javax.faces.ViewState included) plus the object's name/value pairs; the answer read as a page -- a redirect (JSF's
     faces-redirect: the detail view at its GET address) followed, a page answered in place (a list's next page, whose
     ViewState carries the new position) walked, its own command links done in turn; off = never: set 3's postbacks read only
     __doPostBack(...), set 31's WebForm_DoPostBackWithOptions(...), and the plain POST of a form needs a submit button).
     check_set40: every page SUMMARY["set40_pages"] names for a mechanism answers 200 and really carries it (a call, a
     handler or a command link whose address -- for `jsf-commandlink` the POST's answer, after its redirects -- is a
     same-site page that answers 200 and that no <a href> of the page links), and every set 40 mechanism an only_via claim
     names was used by the full walk.

  38. (set 39) HOW A SITE'S SECTIONS ARE REACHED, FIRST CONTACT: four more switchable mechanisms, each with an only_via code,
     each the plain following of a door a site shows a browser user into one of its sections, which a crawler taking a
     shortcut about where a site's sections are -- or which links may lead to them -- leaves shut.
     `home-scope` (off = a crawler that takes the directory its start page LANDS in -- the path, up to and including its
     last '/', of the address a start URL answers 200 at after its redirects (Liferay's '/' 302 to /web/guest/trang-chu
     gives /web/guest/) -- for the site's scope, and queues no address outside it, case-insensitively (the start URLs
     themselves and robots.txt aside; a sitemap named by robots.txt outside it is not read); on = the scope is what the
     start URL says ('/': the host): a sub-site of the same portal (a Liferay site /web/<other site>/ with a theme of its
     own, a chuyên trang) is part of the site.  Set 6's scope_prefix names a site's directory on a shared host; this
     scope is only inferred from a redirect);
     `banner-click` (off = a crawler that drops advertising and click-tracking links, as ad-block lists do: an address
     whose origin-relative form, percent-decoded and lower-cased, split at '/', '?', '&', '=', '.', '-' and '_', has a
     token among banner, banners, bannerclick, ads, adv, advs, advert, adverts, advertising, advertisement, adclick,
     adserver, quangcao and qc is not queued; on = queued like any address: a portal's banners module counts the click
     and sends the browser on -- NukeViet's /banners/click/?id=N&s=… answers 200 with a script redirect and a <noscript>
     meta refresh -- and a campaign banner in the side column may be the only door to a chuyên đề);
     `script-menu` (a same-site <script src> that is no trap and that robots.txt allows is requested once, and every
     string literal in it (JavaScript escapes undone) whose whole text is an address -- starting with '/', './', '../',
     'http://' or 'https://', or a bare file name ending in .htm, .html, .asp, .aspx, .php or .jsp before an optional
     query -- is followed, resolved against the document base URL of each page that includes the script: the data file
     of a DHTML menu (Tigra Menu's menu_items.js, `var MENU_ITEMS = [['Tin tức', '/TinTuc.asp?MaCM=1', null, ['Tin hoạt
     động', …]], …];`) that builds a site's only menu when the page loads; off = never: set 25's `docwrite-script`
     reads only the literals of document.write() calls);
     `tree-populate` (ASP.NET's TreeView with PopulateOnDemand and PopulateNodesFromClient: a link `javascript:
     TreeView_PopulateNode(<data>, <index>, <node>, <select node>, <select image>, '<lineType>', '<text>', '<value
     path>', '<databound>', '<data path>', '<parentIsLast>')` -- the expand icon and, for a node whose SelectAction is
     Expand, its text -- is done as TreeView.js does it: the page's WebForms form (the one holding __VIEWSTATE) POSTed to
     its action with every field as it stands (__EVENTVALIDATION moved to the end) plus __CALLBACKID = the tree's
     `<data>.treeViewID = '…';` and __CALLBACKPARAM = <index>|<lastIndex>|<databound>f<parentIsLast>|<text length>|<text>
     <data path length>|<data path><value path> (lastIndex: the page's `<data>.lastIndex = N;`, then the last answer's);
     the answer unframed as set 32's callbacks do ('s<result>', or '<n>|<n characters><result>' with event validation),
     the result '<lastIndex>|<expand states>|<the child nodes' markup>' read as markup of the page and its own
     TreeView_PopulateNode links done in turn; each node once a page (its expand icon and its text carry the same call),
     each distinct (tree, parameter) requested once for the whole walk, at most 200 a page; off = never: set 32's `webform-callback` reads only inline functions calling WebForm_DoCallback with a literal
     target, and a populate link is no __doPostBack).  check_set39: every page SUMMARY["set39_pages"] names for a
     mechanism answers 200 and really carries it (`home-scope`: a start URL that redirects into a directory other than
     '/', whose landing page links a same-site page outside that directory that answers 200; `banner-click`: a link to
     an advertising address that leads -- by a redirect, a meta refresh or an HTTP Refresh -- to a same-site page that is
     no advertising address and answers 200; `script-menu`: a same-site script whose address literals name a same-site
     page that answers 200 and that no <a href> of the page links; `tree-populate`: a TreeView_PopulateNode link whose
     callback answers markup linking a same-site page that answers 200 and that no <a href> of the page links), and every
     set 39 mechanism an only_via claim names was used by the full walk.  (Set 39 also runs item 4's pattern for onclick /
     javascript: calls only where a linear pre-check of the same characters matches: the same matches, without the minutes
     of backtracking a call holding a nested call -- TreeView_PopulateNode(…, document.getElementById('…'), …) -- cost.)

  37. (set 38) ONE SITE, MANY ADDRESSES, FIRST CONTACT: four more switchable mechanisms -- two rules of the walk's address
     canonicaliser, two of how a page's <link rel="canonical"> is read -- and a RECORDS model that says under which key a
     crawler stores each page showing an article.  A mechanism that, switched off, HIDES articles is claimed as before in
     MANIFEST["only_via"]; one that, switched off, makes the crawler store articles TWICE is claimed in the new
     SUMMARY["dup_via"] = {code: [manifest canonicals]} (the MANIFEST keeps its shape; SUMMARY["alias_kinds"] describes the
     alias that doubles them).
     RECORDS.  After the full walk every GET page that answered 200 and showed a manifest article's text (its fingerprint,
     item 2) gets an IDENTITY: (i) the address the walk requested (a redirect is no page: its target is requested in turn);
     (ii) replaced, when the page's first <link rel="canonical" href> names an address of the site, by that address --
     resolved against the document's base URL (its <base href> when it has one, as HTML resolves every URL of a document:
     `canonical-base`) and trusted only when that address answers 200 (after redirects) showing the SAME article's text
     (`canonical-check`); (iii) normalised: scheme and host as to_rel gives them (http and https one origin), no fragment,
     %XX in upper case, the tracking parameters utm_*, fbclid, gclid and zarsrc dropped, the query's parameters sorted
     (as written, not decoded), and an all-digit query value's leading zeros dropped (`zero-id`: ID=000123 is ID=123).
     A site whose SUMMARY names "set38_pages" must, with every mechanism on, give each manifest article's pages exactly ONE
     identity, and no identity may belong to two articles: the careful crawler stores each article once.  A dup_via[code]
     claim holds when, with that one rule off (every other on), EXACTLY the listed articles get more identities than with it
     on (each listed one is then reached under two addresses that the rule alone makes one).
     `trailing-slash` (off = a canonicaliser that strips the trailing '/' from the path of every address it queues, '/'
     itself aside, and requests the stripped address: a directory's index (a static bundle copied under the site, Apache's
     DirectorySlash) answers 301 back to the slash form, which the crawler strips again and takes for an address it has
     seen -- the pages behind it are never fetched; on = the path kept as linked);
     `canonical-check` (off = a crawler that takes a page's canonical link on trust: a GET page whose canonical names
     another address of the site is taken for that address -- nothing is recorded for what it shows, and the walk queues
     the canonical address instead; on = a canonical is believed only when its page shows the same article: a head block
     cached once for all pages of a kind (ASP.NET MVC's [OutputCache(VaryByParam = "none")] on a child action) names one
     article for twenty);
     `zero-id` (off = query values compared as the strings they are: a list that prints ids zero-padded ('000123', an
     XSLT format-number) under a canonical link that echoes the id as asked gives every such article a second key; on =
     an all-digit value is a number);
     `canonical-base` (off = a canonical href resolved against the page's own address, its <base href> ignored -- as code
     that joins a page's URL and its canonical does: a relative canonical ('tin-hoat-dong/12-slug.html') under a root
     <base href> then names a path that answers 404 and is not believed, so an article reached under two paths is two
     records; on = resolved against the base).  check_set38: SUMMARY["article_pattern"] is not needed; every page
     SUMMARY["set38_pages"] names answers 200 and really carries its mechanism (a link to a manifest article whose path ends
     in '/' and whose slash-less path redirects to it; an article page whose canonical names a page showing ANOTHER
     manifest article; a link to a manifest article with a zero-padded all-digit query value whose page's canonical echoes
     it; a <base href> other than the page's address under which its relative canonical names the page's manifest
     canonical while the page's own address makes it another); the records check above; every dup_via claim; and every set
     38 mechanism an only_via or dup_via claim names was used by the full walk.

  36. (set 37) HOW A LIST SHOWS ITS ITEMS, FIRST CONTACT: four more switchable mechanisms, each with an only_via code, each the
     plain reading of a list as a browser shows it (or would show it, a click away) that a crawler taking a shortcut over the
     list's markup would not do.  A link's "text" is the text inside its <a> (child elements included, an <img>'s alt not
     counted; set 36's anchor_texts), and a link "on the page" is every <a> of the page carrying that same href.
     `json-fragment` (off = a crawler that reads links only from HTML (and feed / sitemap XML) answers: a JSON answer
     (Content-Type containing "json") to a GET the walk queued as a plain link -- an <a href> of a page or of a fragment, a
     redirect, an address member of a JSON answer -- is not read at all, neither its address members nor the markup its
     "html" / "content" members hold; on = walked as every JSON answer is walked (set 4: url / href / link / next members
     followed, html members read as markup of the page).  What it models: a list whose 'Xem thêm' is an ordinary <a href>
     to a load-more endpoint answering JSON {"html": "<next rows>", "next": "<next endpoint>"} -- the page's script appends
     the rows; a browser with scripting off, or a crawler, gets the JSON.  The answers a page's SCRIPT requests (data-url,
     fetch, $.ajax …, items 4 and 21-34) are not plain links and are not affected);
     `picture-link` (off = a crawler that takes a link's text for its identity and drops links with none: a link whose every
     <a> on the page has no text at all and at least one of them holds an <img> -- an item whose ONLY link is its picture,
     the headline printed as plain text (Joomla's 'Linked Titles: No' under a template that links the intro image, an
     infographic grid) -- is not followed, whatever its address; on = followed like any link.  Set 36's `short-anchor`
     needed an article-shaped address and counted words; this one needs no address shape: a crawler that learnt to follow
     short titles may still drop text-less links as a thumbnail duplicating a headline link);
     `hidden-pane` (off = a crawler that follows only the links a browser shows at load time -- a headless browser's
     visible anchors, a honeypot filter: a link whose every <a> on the page sits inside an element hidden by its markup --
     the `hidden` attribute, or an inline style with display:none or visibility:hidden, on the <a> itself or on any
     enclosing element -- is not followed; on = followed like any link: an inactive tab panel (ASP.NET AJAX Control
     Toolkit's TabContainer prints `style="display:none;visibility:hidden;"` on every panel but the active one, an
     accordion's closed pane) is a click away.  Set 24's `template` and `noscript` concern markup outside the document
     tree; this markup is in it);
     `date-anchor` (off = a crawler that avoids calendars by link text: a link whose every <a> on the page has as its whole
     text a date -- d/m/yyyy with '/', '.' or '-', optionally after 'Ngày' and / or a weekday ('Thứ Hai' … 'Chủ Nhật',
     'Thứ 2' … 'Thứ 7', a comma allowed), optionally followed by a time 'HH:MM' or 'HHhMM', brackets and parentheses
     around it ignored -- is not followed; on = followed: a daily bulletin's table ('Ngày | Nội dung chính') whose only
     link is the date cell, a timeline whose entries are linked by their day).  check_set37: every page
     SUMMARY["set37_pages"] names for a mechanism answers 200 and really carries it (a plain link whose target answers
     JSON holding markup that links a manifest article; a link to a manifest article that is text-less with a picture;
     a link to a manifest article whose every <a> is hidden; a link to a manifest article whose every <a> text is a
     date), and every set 37 mechanism an only_via claim names was used by the full walk.

  35. (set 36) ADDRESSES AND LAYOUTS, FIRST CONTACT: four more switchable mechanisms, each with an only_via code, each the
     plain following of links that a crawler taking shortcuts by address shape or by link text would not do.  Two of them read
     SUMMARY["article_pattern"] (a regular expression, searched in an origin-relative address -- path and query -- that
     matches every manifest canonical of the site: the shape of the site's article addresses, as a crawler that has profiled
     the site, or learnt the shape from its first listings, knows it).  The words of a link are the text inside its <a>
     (child elements included, an <img>'s alt not counted), whitespace-split.
     `short-anchor` (off = a crawler that takes a link to an article-shaped address for an article link only when its text
     is headline-long: a link whose address matches article_pattern and whose every <a> on the page has fewer than 7 words
     -- a card's picture and its 3-6-word short title, a 'Gương sáng' tile -- is not followed; on = followed like any link);
     `article-shaped-list` (off = a crawler that takes every page whose own address matches article_pattern for an article,
     a leaf: when such a page shows no article's text -- a sub-category, a section with a long name and an id, an archive
     at an article's address -- no link on it is followed, its pager included; on = read as the listing it is; set 10's
     `article-links` concerns pages that DO show an article's text); `detail-link` (off = a crawler that keeps each list
     item's headline link and drops its 'read more' link: a link whose every <a> on the page has only a generic label as its
     text -- 'Chi tiết', 'Xem chi tiết', 'Xem tiếp', 'Đọc tiếp', 'Đọc thêm', 'Xem thêm', 'Xem toàn văn', 'Xem nội dung',
     with or without '»', '>>', '...' -- is not followed; on = followed: a document table whose headline links the PDF
     file reaches its detail pages only through 'Chi tiết'); `case-path` (off = a crawler whose URL canonicaliser lower-cases
     the PATH of every address it queues (taking paths as case-insensitive, as IIS serves them), the query left as it is; on =
     the path kept byte for byte: a case-sensitive server's mixed-case id -- a portlet instance id, a short code -- is another
     address, or none, in lower case).  check_set36: SUMMARY["article_pattern"] (when given; required by the first two)
     matches every manifest canonical; every page SUMMARY["set36_pages"] names for a mechanism answers 200 and really carries
     it (a short-text link to an article-shaped manifest article; an article-shaped address showing no article text whose
     links reach manifest articles; a generic-label link to a manifest article; a link to a manifest article whose path has
     an upper-case letter and whose lower-cased path does not answer 200); and every set 36 mechanism an only_via claim names
     was used by the full walk.

  34. (set 35) THE PAGER AND THE ADDRESS, FIRST CONTACT: four more switchable mechanisms, each with an only_via code, none
     of them a script request, each what a common product prints in plain markup: `goto-page` (a 'go to page' GET <form>
     with exactly one text or number input that carries no max, no <select>, and whose own text prints the page count
     beside the input -- '/ N', 'của N', 'trên N', 'tổng số N trang', 'N trang', 'of N' -- is submitted once per page 1..N
     (at most 500), that input set to the number, hidden fields as they are; off = never: set 10's `search-form` sends it
     once, empty, and set 4's `get-form` needs an <input type=number> with min AND max); `date-range` (a GET <form> with
     two or more <input type="date"> carrying min and max and no text input -- a 'from date / to date' archive -- is
     submitted once, its FIRST date input set to its min and its LAST to its max (the widest range it allows; any date
     input between left at its value), hidden fields as they are, every combination of its <select>s' options (at most
     200); off = never: date inputs are no field any earlier mechanism fills, and set 25's `month-input` reads only
     type=month); `submit-postback` (a named submit <input> / <button> inside an ASP.NET WebForms form -- the one holding
     __VIEWSTATE: an asp:Button, a DataPager NumericPagerField / NextPreviousPagerField with ButtonType="Button" -- is
     pressed as a browser presses it: the form POSTed to its action with every field as it stands, __EVENTTARGET and
     __EVENTARGUMENT empty, and of the submit buttons only the pressed one's name=value (a disabled button is never
     pressed; at most 200 a page); off = never: the walk posts a WebForms form only through __doPostBack (set 3) and
     WebForm_DoPostBackWithOptions (set 31), and its plain form POST skips forms holding __VIEWSTATE); `hidden-form` (a
     GET <form> whose only fields are hidden inputs and that has a submit button -- an offset pager's 'Xem tiếp', the next
     StartRow of a search service carried in hidden fields -- is submitted as it stands: its hidden fields plus the
     button's name=value when the button is named; off = never: every earlier GET-form mechanism needs a text / number /
     select / radio / month input, a numbered button, an image, a formaction or a script). check_set35: every page
     SUMMARY["set35_pages"] names for a mechanism answers 200 and really carries it, and every set 35 mechanism an
     only_via claim names was used by the full walk.

  33. (set 34) ORDINARY SITES ON OTHER SHELLS, FIRST CONTACT: four more switchable mechanisms, each with an only_via code,
     each what a common product really prints: `jq-serialize` (jQuery's form serialisation, as NukeViet blocks write it: an
     inline `$.post(<url>, $('#<form id>').serialize(), …)` -- or `$.get`, or `$.ajax({url, type, data: $('#…').serialize()})`
     -- whose <url> js_eval can evaluate (literals, variables declared with literals, cache-busters, as set 30's
     `js-concat`) is made as jQuery makes it: the data the urlencoded successful fields of the page's form with that id
     (hidden / text inputs as the Page parser collects them), a POST's as the body, a GET's as the query, with
     X-Requested-With; the answer read as a page; off = never; set 30's `js-concat` reads only literal or object data);
     `elementor-loadmore` (Elementor Pro's Posts / Loop Grid 'Load More' pagination: an element `<div class="e-load-more-anchor"
     data-page="P" data-max-page="M" data-next-page="<url>">` with P < M -- its button an href="#" -- is followed as a GET
     of data-next-page, the answer a page whose own anchor names the next one; off = never; data-next-page is none of
     set 22's data-url / data-href / data-next attributes); `drupal-use-ajax` (Drupal's ajax.js on `<a class="use-ajax"
     href="…/nojs/…">`: the href with its `/nojs` path segment turned into `/ajax` and `_wrapper_format=drupal_ajax` added to
     the query is POSTed with `_drupal_ajax=1` (application/x-www-form-urlencoded, X-Requested-With); the answer a JSON
     array of AJAX commands whose string `data` members are read as markup, their own .use-ajax links made in turn (at most
     200); off = never -- the nojs address itself is only a plain link; set 29's `big-pipe` reads only BigPipe's inline
     replacement scripts); `fetch-post-json` (an inline `fetch(<url>, {method: 'POST', headers: {…}, body:
     JSON.stringify({…})})` whose <url> js_eval can evaluate and whose object's values are literals or literal variables is
     made as the browser makes it: a POST of that JSON as application/json with the literal headers (Content-Type aside);
     the JSON answer walked, every string holding markup read as markup of the page; off = never; set 4's `fetch-json` GETs
     only the bare literal).  check_set34: every page SUMMARY["set34_pages"] names for a mechanism answers 200 and really
     carries it, and every set 34 mechanism an only_via claim names was used by the full walk.

  32. (set 33) ORDINARY SITES, FIRST CONTACT ONCE MORE: four more switchable mechanisms, each with an only_via code, each
     what a common product really prints: `xhr-send` (a hand-written XMLHttpRequest, as vendors' Joomla modules write it:
     an inline `var V = new XMLHttpRequest();` followed by `V.open('<method>', <url>[, true])`, any `V.setRequestHeader('<name>',
     '<value>')` and `V.send(<body>)`, where <url> and <body> join, with +, literals, variables declared with literals and the
     page's Joomla script options (`Joomla.getOptions('<key>')` for a scalar such as 'csrf.token', `Joomla.getOptions('<key>').
     <prop>`) -- is made as the browser makes it: that method, those request headers, the body as it is (a GET's body
     dropped); the answer read as a page or JSON; off = never; set 32's `joomla-request` reads only Joomla.request({…}) and
     set 30's `js-concat` only jQuery calls); `dnn-getvar` (DNN's ClientAPI variables: a jQuery request -- $.ajax({url, type,
     data}) / $.get / $.post / $(sel).load -- whose address is `dnn.getVar('<key>')` (joined, with +, to literals or not),
     the key's value read from the page's hidden `__dnnVariable` (the backtick JSON ClientAPI.RegisterClientVariable fills),
     is made as jQuery makes it: the literal data object as the query (GET) or a form (POST), with X-Requested-With; the
     answer read as a page; off = never; set 29's `dnn-services` reads only sf_siteRoot / sf_tabId for $.ServicesFramework);
     `listdata-svc` (SharePoint 2010's REST interface: an inline `$.getJSON(<url>, …)` or `$.ajax({url: <url>, …})` whose
     address contains `/_vti_bin/ListData.svc/` and is an expression of literals and variables inline scripts declare with
     literals -- SharePoint 2010 prints `var L_Menu_BaseUrl="<web>";` on every page -- is requested (GET, Accept:
     application/json); every entry of the OData answer's d.results (or d) whose `Path` and `Name` are strings is followed
     as Path + '/' + Name (the item's server-relative address; the entries' __metadata URIs are not followed), and d.__next
     requested in turn (at most 200 pages); off = never; set 30's `sp-rest` reads only _spPageContextInfo + '/_api/' and
     FileRef); `asmx-proxy` (an ASP.NET AJAX ScriptManager ServiceReference: a same-site `<script src="…asmx/js">` (or
     /jsdebug) -- the JavaScript proxy the ScriptManager names -- is requested once, and its `X.prototype = {Method:
     function(a, b, succeededCallback, failedCallback, userContext) {return this._invoke(this._get_path(), 'Method', false,
     {a:a,b:b}, …);}}` and `X.set_path("<path>")` read; every call `X.Method(<literal arguments>, …)` in an onclick or a
     javascript: link is made: POST <path>/Method of the JSON object of its arguments as application/json (GET with
     JSON-encoded query values when the proxy says true), the answer {"d": …}: a string holding markup, or a member holding
     markup, read as markup of the page and its own calls of the proxy made in turn (at most 200), other JSON walked; off =
     never; set 29's `page-methods` reads only the proxy printed inline).  check_set33: every page SUMMARY["set33_pages"]
     names for a mechanism answers 200 and really carries it, and every set 33 mechanism an only_via claim names was used by
     the full walk.

  31. (set 32) ORDINARY SITES, FIRST CONTACT AGAIN: four more switchable mechanisms, each with an only_via code, each what a
     common product really prints: `joomla-request` (Joomla 4/5's core.js: an inline script's `Joomla.request({url: U, method:
     M, data: D, onSuccess: …})` whose U and D join, with +, literals, variables declared with literals and values of the
     page's script options -- `Joomla.getOptions('<key>').<prop>`, `Joomla.getOptions('<key>')['<prop>']`, or `<v>.<prop>`
     after `var <v> = Joomla.getOptions('<key>')`, read from the JSON of `<script type="application/json"
     class="joomla-script-options new">` -- is made as Joomla.request makes it: method M (default GET; GET carries D as the
     query), a POST's D sent as application/x-www-form-urlencoded, with X-Requested-With: XMLHttpRequest and X-CSRF-Token =
     the options' `csrf.token`; the answer read as JSON (com_ajax's JsonResponse {success, data: {html …}} walked like any
     JSON) or as a page; off = never; the options island itself is walked like any JSON island (keys url / href / link …)
     as before, but a key such as ajaxUrl is no address there); `sxc-webapi` (2sxc, DNN's app engine: an inline
     `$2sxc(<moduleId>).webApi.fetchJson('<path>')` (or .fetchRaw / .get) is made as 2sxc's JS makes it, the context read
     from 2sxc's `<meta name="_jsApi" content='{"page": <tabId>, "api": …, "appApi": "/api/2sxc/", "rvtHeader": …, "rvt":
     …}'>`: GET of <appApi><path> (a path starting with / or http as it is) with the request headers ModuleId and
     ContentBlockId = <moduleId>, TabId and PageId = page, and <rvtHeader> = rvt; the JSON answer walked; off = never; set
     29's `dnn-services` reads only $.ServicesFramework); `spservices` (jQuery SPServices, the SOAP library classic SharePoint
     sites script with: an inline `$().SPServices({operation: "GetListItems", webURL, listName, CAMLQuery, CAMLViewFields,
     CAMLRowLimit, CAMLQueryOptions, completefunc})` whose options are literals (or literal variables joined with +) is made as
     SPServices makes it: POST <webURL, else _spPageContextInfo.webServerRelativeUrl, else />/_vti_bin/Lists.asmx of the SOAP
     1.1 envelope <GetListItems><listName/><viewName/><query/><viewFields/><rowLimit/><queryOptions/><webID/></GetListItems>
     as text/xml with the SOAPAction header http://schemas.microsoft.com/sharepoint/soap/GetListItems; every <z:row>'s
     ows_FileRef ('<id>;#<server-relative path>') is followed, and while the answer's rs:data carries
     ListItemCollectionPositionNext the call is repeated with <QueryOptions><Paging ListItemCollectionPositionNext="…"
     /></QueryOptions> (at most 200 pages); off = never; set 30's `sp-rest` reads only /_api/ addresses); `webform-callback`
     (ASP.NET client callbacks, ICallbackEventHandler: an inline function that calls `WebForm_DoCallback('<UniqueID>',
     <parameter>, ReceiveServerData, context, null, false)` -- what ClientScript.GetCallbackEventReference prints inside
     `function CallServer(arg, context) {…}` -- called with literal arguments from an onclick or a javascript: link is done
     as WebForms.js does it: the page's WebForms form (the one holding __VIEWSTATE) POSTed to its action with every field
     (__EVENTVALIDATION moved to the end) plus __CALLBACKID = UniqueID and __CALLBACKPARAM = the argument; the answer
     'e…' is an error, 's<result>' (or, with event validation, '<n>|<n characters of __EVENTVALIDATION><result>') a
     success whose result is read as markup of the page, its own calls of the same functions done in turn (at most 200);
     off = never; set 3's postbacks,
     set 28's `page-methods` and set 31's `postback-options` read other calls).  check_set32: every page
     SUMMARY["set32_pages"] names for a mechanism answers 200 and really carries it, and every set 32 mechanism an only_via
     claim names was used by the full walk.

  30. (set 31) ORDINARY SITES, THREE DAILY RUNS: four more switchable mechanisms, each with an only_via code, each what a
     common product really prints: `liferay-ns` (Liferay 7.x's client fetch: an inline script's `Liferay.Util.fetch(<url>,
     {method: 'POST', body: Liferay.Util.objectToFormData(Liferay.Util.ns('<namespace>', {payload}))})` -- <url> a string
     literal or a variable an inline script declares with one (a portlet's resource URL), payload values literals or
     `themeDisplay.getX()` calls the page's Liferay.ThemeDisplay answers with a literal -- is made as the browser makes it: every
     payload key prefixed with the namespace (Liferay.Util.ns), the fields sent as multipart/form-data (objectToFormData; a
     `new URLSearchParams(...)` body as a urlencoded form; method GET: the fields as the query) with the `x-csrf-token` header =
     the page's Liferay.authToken, the answer read as a page or JSON; off = never; set 4's `fetch-json` GETs the bare literal,
     set 30's `liferay-service` reads only Liferay.Service); `postback-options` (ASP.NET WebForms' validating postbacks: a link
     `javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("<target>", "<argument>", <validation>, "<group>",
     "<actionUrl>", <trackFocus>, <clientSubmit>))` -- what every LinkButton with CausesValidation prints on a page that holds a
     validator, and a button with PostBackUrl -- is done as WebForm_DoPostBackWithOptions does it: the enclosing form POSTed to
     actionUrl when given (cross-page posting), else to its action, with __EVENTTARGET = target and __EVENTARGUMENT = argument
     when clientSubmit is true (a submit button with clientSubmit false sends its own name=value instead), every other field as
     it is (client-side validation of an empty group passes); off = never: set 3's postbacks read only __doPostBack(...));
     `urldecode-ajax` (NukeViet's ajax pagers: an onclick / javascript: call of nv_urldecode_ajax('<percent-encoded address>',
     '<container>') -- nv_generate_page() with $onclick = true, the address rawurlencode()d -- or of an inline function that
     percent-decodes its first parameter (rawurldecode / decodeURIComponent / unescape) and loads it ($(sel).load, $.get, $.post,
     $.ajax, fetch) is requested as jQuery's .load() requests it: GET of the decoded address with X-Requested-With, the answer
     read as a page (its own pager calls included); off = never; set 22's `onclick-url` reads only literals that start with /,
     http or ?); `jetpack-scroll` (Jetpack's Infinite Scroll: the JSON object of an inline `var infiniteScroll = {...};` is read
     and its settings.ajaxurl (`/?infinity=scrolling`) POSTed as infinity.js does: action=infinite_scroll, page = settings.offset
     + 1, + 2, ..., currentday, order, query_args (jQuery's param() form: query_args[key]=value, query_args[key][]=value),
     query_before and last_post_date, with X-Requested-With, until the JSON answer's `type` is not 'success' or it says
     `lastbatch` (at most 200 pages); each answer's `html` is read as markup of the page; off = never: the archives print no pager
     links).  check_set31: every page SUMMARY["set31_pages"] names for a mechanism answers 200 and really carries it (not
     checked on an outage day, item 19a), and every set 31 mechanism an only_via claim names was used by the full walk.  On days
     2 and 3 the walk and every check run on that day's site (`--day N`, `--all-days`), each day's MANIFEST_DAY<n> carrying its
     own only_via, flaky and slow pages; item 18c's rule that no module calls sleep() now exempts the kernel block's cham(), the
     one wait of a MANIFEST["slow"] page (set 27), which the check's own requests skip (environ["replica.nosleep"]).

  29. (set 30) ORDINARY SITES, FIRST CONTACT, A FOURTH TIME (after the 2025 merger): four more switchable mechanisms,
     each with an only_via code, each what a common product really prints: `liferay-service` (Liferay's JSON web
     services: an inline script's `Liferay.Service('/<context>.<entity>/<method>', {payload}, callback)` -- or the
     object form `Liferay.Service({'/<path>': {payload}}, callback)` -- whose payload values are literals or
     `themeDisplay.getX()` calls the page's themeDisplay object answers with a literal, is made as Liferay's
     service.js makes it: POST <themeDisplay.getPathContext()>/api/jsonws/invoke of the form fields
     cmd = the JSON {"/<path>": {payload}} and p_auth = the page's `Liferay.authToken`, the JSON answer walked like
     any JSON; off = never; set 27's `ajax-data` reads only A.io.request / $.ajax / $.get calls with a literal url
     and data); `sp-rest` (SharePoint's REST API as vendor scripts call it: in an inline script, an address written
     `_spPageContextInfo.<webServerRelativeUrl | webAbsoluteUrl | siteServerRelativeUrl | siteAbsoluteUrl> +
     '/_api/...'` -- the context object read from the page's `var _spPageContextInfo = {...};` (JSON with \u002f
     escapes) -- is requested (GET) with the script's literal Accept header (else `application/json;odata=verbose`)
     and X-Requested-With; in the OData answer every row's FileRef (or ServerRelativeUrl / File.ServerRelativeUrl),
     under d.results or value, is followed, and d.__next (or odata.nextLink) requested in turn (at most 200
     pages); __metadata URIs are not followed; off = never; set 28's `csr-listdata` reads only `var
     WPQ<n>ListData`); `js-concat` (jQuery requests whose address is an EXPRESSION, as NukeViet's scripts write
     them: `$.post(nv_base_siteurl + 'index.php?' + nv_lang_variable + '=' + nv_lang_data + '&' + ... +
     '&nocache=' + new Date().getTime(), 'catid=' + catid + '&num=8', callback)` -- a $.post / $.get / $.ajax({url,
     type, data}) / $(sel).load(url, data) call whose address or data joins, with +, string or number literals,
     variables an inline script declares with literal values (`var nv_base_siteurl = "/", nv_lang_data = "vi",
     ...;`), the parameters of the named inline function it sits in (the values of that function's calls with
     literal arguments, in an onclick or in an inline script), encodeURIComponent() of those, and the cache-busters
     new Date().getTime() / Date.now() / Math.random() (any number will do) -- is evaluated and made, with
     X-Requested-With: POST of the data as a form ($.post; $.ajax type POST; .load with an object), else GET with
     the data as the query; the answer read as a page or JSON; a call whose address and data are all literals is
     left to set 27's / 28's mechanisms; off = never); `jw-playlist` (JW Player: the `playlist` of an inline
     `jwplayer("<id>").setup({...})` call, when it is a string literal (a JSON or RSS playlist address, as a
     merged radio-TV station's media module prints), is requested and read -- JSON walked (each item's `link`,
     `links.next`), RSS as a feed; off = never).  check_set30: every page SUMMARY["set30_pages"] names for a
     mechanism answers 200 and really carries it, and every set 30 mechanism an only_via claim names was used by
     the full walk.  Since set 30 a one-day set's day may fall after 01/07/2025 (the two-level local government):
     set 30's sites are crawled on 24/07/2025.

  28. (set 29) ORDINARY SITES, FIRST CONTACT, A THIRD TIME: four more switchable mechanisms, each with an only_via
     code, each what a common product really prints: `dnn-services` (DNN's Services Framework: an inline script's `var
     sf = $.ServicesFramework(<moduleId>)` and a `$.ajax({… url: sf.getServiceRoot('<Module>') + '<path>', data:
     {…literal…}, beforeSend: sf.setModuleHeaders})` call are made as dnn.servicesframework.js makes them: GET
     <sf_siteRoot>DesktopModules/<Module>/API/<path>?<data> (POST of the data as a form when the call says type /
     method 'POST') with the request headers ModuleId: <moduleId> and TabId: <sf_tabId> -- sf_siteRoot and sf_tabId
     read from the page's hidden `__dnnVariable` (a leading backtick, then JSON with backticks for quotes) -- and
     X-Requested-With, the answer read as JSON or a page; off = never; set 27's `ajax-data` reads only a literal
     `url`); `big-pipe` (Drupal's BigPipe: the JSON array of AJAX commands inside a `<script
     type="application/vnd.drupal-ajax" data-big-pipe-replacement-for-placeholder-with-id="…">` is decoded (Drupal's
     \\u003C, \\u0022 and \\/ escapes included) and every command's `data` HTML -- the rendered block that replaces
     its placeholder -- is parsed as markup of the page and its links followed; off = never: the placeholder <span
     data-big-pipe-placeholder-id> is empty and the script is no JSON island); `td-ajax-block` (tagDiv's Newspaper
     theme: for every `var X = new tdBlock();` whose properties an inline script sets (X.id, X.atts,
     X.td_column_number, X.block_type, X.max_num_pages) and whose own next-page control the page prints (an element of
     class td-ajax-next-page or td_ajax_load_more with data-td_block_id = X.id), the block's further pages are fetched
     as td_ajax.js fetches them: POST to the `td_ajax_url` the head script gives (admin-ajax.php) of
     action=td_ajax_block, td_atts, td_block_id, td_column_number, td_current_page=2..max_num_pages (at most 200),
     block_type, td_filter_value and td_user_action empty and td_magic_token = tdBlockNonce, the JSON answer's
     `td_data` read as markup; off = never; `ajax-data` needs a literal url and data object); `page-methods` (ASP.NET
     AJAX page methods: the proxy a ScriptManager with EnablePageMethods prints -- `PageMethods.prototype =
     {Name:function(a,succeededCallback, …) {return this._invoke(this._get_path(), 'Name',false,{a:a},…);}}` and
     `PageMethods.set_path("/Page.aspx")` -- is called for every call with literal arguments, written in an inline
     script (`PageMethods.Name(2024, cb)`), in an onclick, or reached through an onclick call of an inline function
     that passes its parameters on (`onclick="taiVanBan(2024)"` + `function taiVanBan(nam) {… PageMethods.Name(nam,
     cb);}`): POST <path>/<Name> with the JSON object {a: 2024} as application/json (GET with JSON-encoded query
     values when the proxy says useGet true), the ASP.NET answer {"d": …} walked like any JSON; off = never; set 9's
     `asmx-json` reads only $.ajax + JSON.stringify over a config object).  check_set29: every page
     SUMMARY["set29_pages"] names for a mechanism answers 200 and really carries it, and every set 29 mechanism an
     only_via claim names was used by the full walk.  (In the walk's queue a method written "GET+<headers as a query>"
     / "POST+<…>" is that method sent with those request headers.)

  27. (set 28) ORDINARY SITES, FIRST CONTACT, AGAIN: four more switchable mechanisms, each with an only_via code, each
     what a common product really prints: `jquery-load` (an inline script's jQuery `$(sel).load('<literal>')` -- a tab
     or box filled after the page loads, as NukeViet 3-era themes do -- is made as jQuery makes it: GET of the literal
     (JavaScript escapes undone; jQuery's ' selector' suffix after the first space dropped) with `X-Requested-With:
     XMLHttpRequest`, the answer read as a page; off = never; set 4's `script-data-attr` reads only a literal
     CONCATENATED with $(this).data(…), `fetch-json` only fetch / $.getJSON / $.get); `csr-listdata` (SharePoint 2013's
     client-side rendered list view: the JSON object of an inline `var WPQ<n>ListData = {…};` is decoded (\u002f escapes
     included) -- every Row's FileRef (the item's server-relative address) is followed and its NextHref / PrevHref (a
     query relative to the page: ?Paged=TRUE&p_ID=…&PageFirstRow=…) requested for the next rows; off = never; set 5's
     `js-state` reads only window.X = {…}); `post-select-form` (a POST <form> with <select>s and a submit button and no
     __VIEWSTATE -- a Joomla component's filter form, method="post" name="adminForm" -- is sent with every combination of
     its selects' options (at most 200), text inputs empty, hidden fields as they are; off = only the one plain POST of
     its input fields as they are, the selects left out, as before; set 22's `select-form` and set 25's
     `submit-onchange` send GET forms only); `script-template` (the markup inside a <script type="text/template"> /
     "text/x-template" / "text/html" / "text/x-jquery-tmpl" / "text/x-handlebars-template" -- a tab a client-side
     template renders on click, as press CMSs print -- is parsed as HTML (its {{…}} / <%…%> placeholders left as they
     are) and its links followed; off = script bodies are never read as markup; set 24's `template` reads only
     <template> elements).  check_set28: every page SUMMARY["set28_pages"] names for a mechanism answers 200 and really
     carries it, and every set 28 mechanism an only_via claim names was used by the full walk.

  26. (set 27) ORDINARY SITES, FIRST CONTACT: four more switchable mechanisms, each with an only_via code, each what a
     common product really prints: `image-submit` (an <input type="image"> inside a form is that form's submit button: a
     form whose only button is one is sent with the image's name.x=0 & name.y=0 (x / y when unnamed), text inputs empty,
     hidden fields as they are and every combination of its <select>s' options (at most 200), by the form's method; off =
     a parser that knows only type=submit buttons, so the form has none and is never sent); `ajax-data` (an inline script
     call of Liferay.Portlet.addHTML / A.io.request / $.ajax / jQuery.ajax / $.get / jQuery.get whose argument object holds
     a literal `url` and a literal `data: {…}` object (string, number and boolean values, JavaScript escapes such as \\x2f
     undone) is made: GET url?data (POST with the data as a form when the object says type / method 'POST'), the answer read
     as a page; off = never; set 4's `fetch-json` reads only fetch('<literal>') and set 9's `asmx-json` only JSON POST bodies);
     `unobtrusive-ajax` (a form carrying data-ajax="true" -- ASP.NET MVC's Ajax.BeginForm, jquery.unobtrusive-ajax -- is sent
     as that script sends it: by its data-ajax-method (else its method) to its data-ajax-url (else its action), with
     `X-Requested-With: XMLHttpRequest` and the pair X-Requested-With=XMLHttpRequest added to the data, text inputs empty,
     hidden fields as they are and every combination of its selects' options (at most 200); off = the form is what its
     method attribute says -- Ajax.BeginForm always prints method="post" -- so only the plain POST of a form with a
     submit button is made, as before); `script-change` (a GET form with <select>s and no submit button whose select an
     inline script binds by id -- document.getElementById("cat").onchange = …, addEventListener('change', …), jQuery's
     $('#cat').on('change' / .change( -- to a handler that submits the form (.submit() / requestSubmit()), as WordPress's
     Categories dropdown widget does: sent once per combination of its selects' options, hidden fields as they are; off =
     only onchange ATTRIBUTES are read (set 25's `submit-onchange`)).  check_set27: every page SUMMARY["set27_pages"] names
     for a mechanism answers 200 and really carries it, and every set 27 mechanism an only_via claim names was used by the
     full walk.

  25. (set 26) DISCOVERY ON FIRST CONTACT, a fifth time: eight more switchable mechanisms, each with an only_via code:
     `frame` (the src of a <frame> of a <frameset> page is requested as a page; off = never; set 23's `iframe` reads only
     <iframe>); `object-data` (the data address of an <object> of type text/html (or of no type) and the src of an <embed
     type="text/html"> are requested as pages -- an embedded HTML box; off = never); `hreflang` (a <link rel="alternate"
     hreflang="…" href> -- a language edition announced in the head -- is followed; off = only feed alternates are read, as
     before); `formaction` (a submit <button> / <input> INSIDE a form carrying formaction="…" is pressed: that form sent to the
     formaction address (its method; for GET the address's own query is replaced by the form data, as browsers do) with its
     fields (text empty, hidden as they are) plus the button's name=value; off = buttons send their form to its action only);
     `astro-island` (the props attribute of an Astro <astro-island> -- a client:only component that renders nothing on the
     server -- is decoded (JSON, Astro's [type, value] pairs undone) and every same-site path string in it followed; off =
     never read); `radio-form` (a GET <form> with <input type="radio"> groups, a submit button and no text input is sent with
     every combination of its radio values, hidden fields as they are; off = never; set 22's `select-form` reads only
     <select>s); `turbo-frame` (the src of a Hotwire <turbo-frame> -- lazy or eager -- is requested (GET) and its answer read
     as a page, the next frames it holds included; off = never); `select-visit` (the <option value>s of a <select> whose
     onchange navigates by a router call on this.value -- Turbo.visit(this.value), window.open(this.value),
     router.push(this.value), navigate(this.value) -- are followed; off = only set 4's `select-nav` (an onchange naming
     location) is read).  check_set26: every page SUMMARY["set26_pages"] names for a mechanism answers 200 and really
     carries it, and every set 26 mechanism an only_via claim names was used by the full walk.

  24. (set 25) DISCOVERY ON FIRST CONTACT, a fourth time: eight more switchable mechanisms, each with an only_via code:
     `json-feed` (a <link rel="alternate" type="application/feed+json"> -- a JSON Feed 1.1 -- is requested and read like any
     JSON answer: its items' `url` and its `next_url` followed; off = never requested; until set 25 only RSS / Atom
     alternates were read); `text-sitemap` (a robots.txt Sitemap: naming a sitemap in the TEXT format sitemaps.org allows --
     one absolute URL a line, text/plain -- is read line by line; off = only <loc> elements are read, as before);
     `link-sitemap` (a sitemap named only by a page's <link rel="sitemap" href> is requested and its <loc>s followed; off =
     sitemaps only from robots.txt); `inertia` (the JSON page object an Inertia.js app prints in its root element's
     data-page attribute is read: every same-site string value whose key ends in url / href / link / path (nextPageUrl,
     lastPageUrl, url, …) is followed; off = never read); `month-input` (a GET <form> with an <input type="month" min max>
     and no text input is submitted once per month from min to max, hidden fields as they are; off = never);
     `submit-onchange` (a GET <form> with no submit button whose <select> carries onchange="this.form.submit()" (or
     form.submit() / requestSubmit()) is submitted with every combination of its selects' options, hidden fields as they
     are; off = never; set 22's `select-form` needs a submit button); `form-attr` (a submit <button> / <input> OUTSIDE any
     form, joined to one by its HTML5 form="<id>" attribute, is pressed: that form sent (its method) with its fields (text
     empty, hidden as they are) plus the button's name=value; off = a parser that joins buttons only to an enclosing form);
     `docwrite-script` (a same-site <script src> is requested once and the string literals of its document.write() /
     document.writeln() calls, joined and unescaped, are read as HTML of the page that includes it -- links resolved against
     that page; off = script bodies never read).  check_set25: every page SUMMARY["set25_pages"] names for a mechanism answers
     200 and really carries it (a JSON Feed link, a data-page object, a month input, an auto-submitting select in a form
     with no button, a button with form=, a <link rel=sitemap>; for `docwrite-script` the script itself writes links; for
     `text-sitemap` the sitemap is text/plain with absolute URLs), and every set 25 mechanism an only_via claim names was used
     by the full walk.

  23. (set 24) DISCOVERY ON FIRST CONTACT, a third time: six more switchable mechanisms, each with an only_via code:
     `svg-link` (an <a xlink:href="…"> inside an inline <svg> -- a clickable district map -- is followed like <a href>;
     off = a crawler that reads only href attributes); `noscript` (<a href> inside <noscript> are followed; off = a crawler
     that drops <noscript> before reading links, or parses it as raw text the way an HTML parser with scripting enabled
     does; until set 24 the check always followed them); `template` (<a href> inside a <template> element -- inert markup
     an Alpine.js x-if or a web component clones at run time -- are followed; off = a crawler whose parser keeps template
     contents out of the document tree, as html5 parsers do; until set 24 always followed); `hx-get` (an element's htmx
     hx-get / data-hx-get address is requested as htmx does: GET with `HX-Request: true`, the JSON object of its hx-vals /
     data-hx-vals appended to the query; the fragment that answers is read like a page, its own hx-get elements included;
     off = never); `nofollow` (off = a crawler that honours nofollow: <a rel~="nofollow"> is not followed and a page whose
     <meta name="robots"> (or X-Robots-Tag) says nofollow yields no link at all, as GNU Wget does for the meta; on =
     followed, since robots.txt allows them and nofollow speaks of endorsement, not access); `xml-cdata` (a sitemap's or
     feed's CDATA sections are read as text, so <link><![CDATA[http://…]]></link> and <loc><![CDATA[…]]></loc> give their
     address; off = a regex reader that sees no address there).  check_set24: every page SUMMARY["set24_pages"] names for
     a mechanism answers 200 and really carries that mechanism (an xlink:href, a link in <noscript> / <template>, an
     hx-get, a nofollow, a CDATA-wrapped address), and every set 24 mechanism an only_via claim names was used by the
     full walk.

  22. (set 23) DISCOVERY ON FIRST CONTACT, again: five more switchable mechanisms, each with an only_via code:
     `iframe` (an <iframe src> of the site is requested as a page; off = never; until set 22 it was always on, mixed with
     <link rel=next>); `button-page` (a GET <form> whose submit <button>s carry data-page="N" while the page number travels in
     a hidden field -- the one an onclick sets (getElementById('x').value / this.form.x.value = this.dataset.page), else a
     hidden field named page / trang / p / pageindex -- is sent once per button with that field = N, the other hidden fields
     as they are; a named submit button with a number value is sent with that pair; off = never); `past-empty` (off = a
     crawler that stops a listing at an empty page: the links of SUMMARY["empty_pages"] are not followed); `html-sitemap`
     (off = a crawler that walks menus, boxes and pagers but not the site's HTML site map: SUMMARY["html_sitemap"] pages
     are never requested); `year-links` (off = a crawler that never follows a listing's archive-by-year links: <a href> links
     whose query carries SUMMARY["year_param"] are not followed; a form the page submits may still carry it).  check_set23: every empty page answers 200 and lists no article
     in its list area (SUMMARY["empty_marker"] shown), every html_sitemap page answers 200, every year-links page of
     SUMMARY["year_pages"] answers 200; set 22's checks (item 21) run as they were.

  21. (set 22) DISCOVERY ON FIRST CONTACT: four new switchable mechanisms, each with an only_via code:
     `onclick-url` (a string literal inside an onclick / javascript: call that is a same-site address once its JavaScript
     escapes (backslash-u, backslash-x, backslash-slash) are undone -- SharePoint's RefreshPageTo(event, "…?Paged=TRUE…") -- is
     requested; off = ignored); `form-field-js` (an onclick / javascript: call of an inline function that sets a form field
     from its parameter and submits the form -- goPage(3) { getElementById('…pageindex').value = p; …submit(); } -- is
     done: the form sent (its method) with that field set to the call's argument and its other fields as they are; off =
     never); `select-form` (a GET <form> with <select>s, a submit button and NO text input is submitted with every
     combination of its options, hidden fields as they are; off = never; set 22 also stops counting a <select> as a text
     input, so set 10's `search-form` needs a real text box); `script-pager` (a jQuery twbsPagination({totalPages: N,
     href: '…{{number}}…'}) call in an inline script: pages 1..N requested; off = never).
     check_set22: SUMMARY["discovery"] names each site's twists; every only_via code used is one of the known mechanisms.

  20. (set 22) ONE DAY: DAYS = 1 and set_day(1) only (0 and 2 refused); no MANIFEST_DAY<n> / SUMMARY["day<n>"] for n >= 2
     and no SUMMARY["clock"] (the scorer crawls a one-day set once, as sets 12-16); every manifest article carries
     `published` ('YYYY-MM-DD HH:MM', the minute its page prints) and SUMMARY["published"] maps every canonical to it.

  19. (set 21) WEEKS, NOT ONE DAY: the module constant DAYS (5) and set_day(1..DAYS) (0 and DAYS+1 refused);
     SUMMARY["clock"] = {tz, recheck_recent_days, day1 .. day<DAYS>} in increasing order; for every n >= 2 MANIFEST_DAY<n>,
     SELFTEST_DAY<n>, SUMMARY["not_articles_day<n>"] and SUMMARY["day<n>"].  `python3 check.py --day N` runs the whole
     check on day N's site (MANIFEST_DAY<N>, SELFTEST_DAY<N>); `--all-days` runs days 1..DAYS.
     a. An OUTAGE day (MANIFEST_DAY<n>["outage"]: the whole site answers a notice) lists no article; its robots and traps
        may be empty.
     b. A SECOND HOST NAME: an origin-relative URL written //localhost/<path> is http://localhost:<port>/<path> on the same
        server (HOST2 here); the walk follows links to it and reads its own robots.txt; robots.txt redirects are followed;
        SUMMARY["hosts"] must describe it when any manifest uses it; asked under other ports, no answer may name
        localhost with another port than the one asked (the module derives the port from the Host header).
     c. Identities: an article is known by its FIRST canonical (the day it was first listed); a later manifest whose
        canonical differs names it with info["first"]; info["due"] false (with "why") marks an article the documented run
        need not reach that day.  Every article listed on an earlier day is accounted for on every later day (a canonical
        of that day, or an entry), and every article first listed on day n has an entry of day n.
     d. SUMMARY["day<n>"] entries are keyed by the first canonical and carry set 20's fields (day2_url = the address
        that shows the article ON THAT DAY, day2_answer = what the server answers for it that day) plus first_day, first
        (the first state; = day1 for day-1 articles), due_by and, as needed, changed_on / shown_on / held_since /
        judgement / due_with_hosts.  due_by:
          new      first listed that day, same_record_as null, due (due false only with due_with_hosts);
          guard    guard: true, due, expect = the first state (title, minute, not withdrawn);
          window   due; published at least 48 h inside the re-check window of changed_on's run;
          rolling  not due; published at least 48 h outside that window;
          headline due and noticeable; a noticed_on probe shows the new title;
          held     due; the entries of days held_since .. changed_on-1 are guards with a notice answer (day2_answer),
                   and the article was at least 48 h inside day held_since's window (so that run met the notice);
          kept     yesterday's entry was a change with the same expect and due (a change is kept by an entry every
                   later day).
        On the day under check: the first state shows on the first-day page; day2_url answers 200 with the expected
        title / body_contains and without body_lacks, or else the page of day shown_on (default first_day) shows them;
        checks and day2_answer probes hold and the answer shows neither the first nor the expected text; noticed_on
        probes hold and do not all hold on day changed_on - 1.  The report counts entries by kind, due, due_by,
        noticeable and judgement call.

  18. (set 20) THE DAY THE SERVER MISBEHAVES (set 21: a and c are checked for every day by item 19; b, robots_day2, is not
     used by set 21 and no longer checked):
     a. an entry may carry `day2_answer` (a SELFTEST-shaped probe: what the misbehaving server answers on day 2 for that
        article: a 5xx, a maintenance page, a cut-off page, an empty 200 to a conditional request); on day 2 the probe must
        hold and its answer must NOT show the entry's day1.body_contains (so the answer can never pass for the article);
        only guard entries (the truth: the day-1 record kept) carry one;
     b. SUMMARY["robots_day2"] = {"added": [path prefixes robots.txt disallows from day 2 on], "archived": [day-1
        canonicals under them], "not_to_fetch": [{"path", "title"}: day-2 articles under them]}: every added prefix is
        disallowed on day 2 and allowed on day 1; every archived canonical is disallowed on day 2, is a guard entry and
        is not a MANIFEST_DAY2 URL; every not_to_fetch path is disallowed on day 2, leads (after redirects) to a page that
        shows its title, is not a MANIFEST_DAY2 URL nor a SUMMARY["day2"] key, and the day-2 walk never requested it;
     c. every Retry-After header met (walk and probes) is delta-seconds <= 10 (the scorer's run stays short) and no
        module calls sleep (no wall time is spent anywhere).

  17. (set 19; set 21 generalises it to every day, item 19) the ORDINARY DAILY RUN: SUMMARY["clock"] = {day1, day2 ('YYYY-MM-DD HH:MM', local), tz, recheck_recent_days};
     every SUMMARY["day2"] entry carries `due` (bool: the archiver's documented ordinary run must get it right) and
     `noticeable` (bool: the pages an ordinary run walks anyway show the change), `noticed_on` (probes, required exactly
     when noticeable) and, for a day-1 article, `day1` = {title, published, body_contains, withdrawn} (the record a
     correct day-1 crawl holds) and optionally `guard: true` (an unchanged article that must merely not be corrupted).
     Verified: a new article (same_record_as null) is due; a guard entry is due and its expect equals its day1 state;
     for every other day-1 entry due == (day1.published >= day2 - recheck_recent_days), with at least 48 h between
     day1.published and that boundary (so the choice of clock, of rounding or a window one day shorter or longer cannot flip
     an entry); day1.title and
     day1.body_contains are on the day-1 page (fetched with set_day(1)); on day 2 every noticed_on probe holds and
     the probes of an entry do NOT all hold on day 1 (they really show something new).  The report counts entries
     by due / noticeable.

  16. (set 18) SELFTEST / SELFTEST_DAY2 / `checks` probes may carry `headers` (request headers sent with the GET, e.g.
     If-Modified-Since / If-None-Match) and `expect_headers` (response header -> exact value, None = must be absent);
     a SUMMARY["day2"] entry with `url_reused: true` may be withdrawn while its key is still a day-2 article URL (the URL
     now serves a DIFFERENT article), and the new article at that URL is keyed '<url>#<marker>' (the fragment is dropped
     when the key is compared with day-2 URLs).

Set 17's addition, the second day:

  15. (set 17; set 21: any day, item 19) `python3 check.py --day 2 [module ...]`: the module's set_day(2) is called and the whole check runs on the
     day-2 site against MANIFEST_DAY2, SELFTEST_DAY2 and SUMMARY["not_articles_day2"]; then check_day2 verifies
     SUMMARY["day2"]: every entry's shape (kind, expect{title, published, withdrawn, same_record_as, body_contains,
     body_lacks}, why, day2_url, checks); keys are day-1 canonicals or day-2 article URLs (canonical or alias); same_record_as is a day-1 canonical or null;
     every day-1 article is accounted for on day 2 (a day-2 canonical / alias, an entry, or some entry's same_record_as);
     a withdrawn entry's key is no day-2 article URL; day2_url is a day-2 canonical or alias that answers 200 with the
     expected title and body_contains and without body_lacks; an entry without day2_url shows body_contains on its day-1
     page (set_day(1) for that request); and each entry's `checks` probes (SELFTEST-shaped: status, location, contains,
     not_contains) hold on day 2.  Without --day, the day-1 run checks the same data shape (no day-2 requests).
Adapted from set 9's check (itself grown from sets 4-8); set 10 additions are item 13 below.

For each site module it verifies that

  1. every start URL answers 200 (possibly after redirects);
  2. every manifest article answers 200 on its canonical path and shows its title; a per-article
     "fingerprint" (its longest body paragraph that no other article shares) is taken from that page;
  3. every alias either answers 200 with the same article text (fingerprint present) or redirects
     (301/302/307/308, possibly chained) to the canonical path or another alias;
  4. every article is reachable from the start URLs by doing what a browser user can do:
     following <a href>, submitting ASP.NET __doPostBack links through their <form> (hidden fields
     round-tripped), pressing "Xem thêm" buttons whose URL sits in data-url / data-href / data-next or in an
     inline-script variable ending in "page=" (page counter incremented until the endpoint runs dry), and
     reading JSON load-more answers (url/href/link/next fields, "html" fragments).  Set 4 adds: <area href>
     of image maps; <option>s of <select onchange="…location…">; onclick="location.href='…'"; onclick /
     javascript: calls of an inline function(p) { location.href = '…' + p + '…'; }; <button data-href>;
     the WordPress REST API (<link rel="https://api.w.org/"> + a script using wp/v2/posts + data-category,
     paged until 400 / X-WP-TotalPages); data-url + data-offset (+ data-limit) GET load-more; GET forms with
     an <input type=number min max> submitted for every value; JSONP <script src="…callback=…">; a script
     literal URL + $(this).data('x') / this.dataset.x over elements carrying data-x; fetch('<literal>') JSON;
     a byte order mark overriding the declared charset; redirects inside a trap.  The walk obeys
     robots.txt (directive names case-insensitive) and never requests a URL matching MANIFEST["trap_prefixes"];
  5. every page that shows an article's text is reached under a URL listed in the manifest (no
     unlisted variants), and the walk terminates well under a request cap (no unlisted infinite space);
  6. every robots_disallowed prefix is really disallowed by robots.txt; every trap pattern is linked from
     the site and really keeps producing new URLs;
  7. the module's SELFTEST expectations (end-of-listing behaviour etc.) hold;
  9. (set 5) new mechanisms: window.__X__ = {…} JS state objects (`\u002F` escapes) (js-state); keyset JSON API
     announced by a config object with cursorParam (keyset-api); Angular TransferState islands with &q; escaping
     (ng-state); HTTP `Link: <…>; rel="next"` headers (link-header); Next.js RSC flight data
     self.__next_f.push([1,"…"]) (rsc-flight); <base href> (base-href: switching it off resolves against the
     document URL).  GET answers 500/503/429 are retried (up to 3 times; Retry-After is recorded, not slept);
     MANIFEST["flaky"] paths must fail once and then succeed; MANIFEST["slow"] paths must take 0.5–2 s
     (environ["replica.nosleep"] skips the wait everywhere else).
  10. (set 6) MANIFEST["scope_prefix"] (a site on a sub-path of a shared domain) covers every start URL, article
     and alias (case-insensitively); every MANIFEST["out_of_scope_prefixes"] entry is a real same-host page
     showing no article text and no article URL lies under it.  Set 6 itself needs no new browser mechanism:
     its only_via codes are set 4's `select-nav` and `sitemap`.
  12. (set 9) new browser mechanisms, each with an only_via code: `feed` (RSS 2.0 / Atom documents are read for their
     item links and paged through RFC 5005 <atom:link rel="next"> or Atom <link rel="next">; switched off, feed
     bodies are ignored); `xhr-header` (when a page's script sends X-Requested-With, its data-url buttons are also
     requested WITH `X-Requested-With: XMLHttpRequest`, and so are the buttons inside the fragments that answer;
     switched off, only the plain GET remains); `asmx-json` (a jQuery $.ajax POST whose url and JSON.stringify body
     come from a JavaScript object literal `var cfg = {key: '…', n: 12};`: the free variable of the body is the page
     number, the answer may be ASP.NET's {"d": "<JSON text>"}, pages run to the total-pages key); `table-sort` (off =
     never follow links carrying SUMMARY["sort_params"]).  check_set9: SUMMARY["orderings"] (listing pages of one
     table ordering; complete ones must link every article, the others must miss some), SUMMARY["xhr_selftest"]
     (requests sent with X-Requested-With) and SUMMARY["json_selftest"] (JSON POSTs to SUMMARY["service"]).
  13. (set 10) four new mechanisms, each with an only_via code: `search-form` (a GET <form> with a text / search input
     and no number input is submitted with every text input EMPTY, hidden fields as they are and every combination of
     its <select>s' <option> values; switched off, no such form is submitted); `near-dup` (switched off = a naive
     crawler: a listing page whose article links are >= 60% links already seen on an earlier page of the SAME path
     (query ignored) is taken for a repeat / looping pager and its links are not followed); `tag-pages` (off = never
     follow links under SUMMARY["tag_prefix"]); `article-links` (off = links found on pages that show an article's
     text are not followed: articles treated as leaves).  check_set10: SUMMARY["search_forms"] pages must carry a
     submittable search form; the report adds forms submitted, pages judged repeats, article-page link harvests.
  14. (set 11) four new switchable mechanisms, each with an only_via code: `robots-merge-groups` (every
     `User-agent: *` group of robots.txt is read, RFC 9309 2.2.1; off = only the first one, as urllib.robotparser
     does), `robots-longest-match` (the longest matching pattern wins, Allow wins a tie; off = the first matching
     rule in file order wins, as urllib.robotparser does), `whatwg-url` (hrefs resolved like a browser: a backslash
     in the path is a slash, tab / CR / LF inside the value are removed; off = plain urljoin, those characters kept
     and percent-encoded), `refresh-header` (a 200 answer carrying an HTTP `Refresh: 0; url=…` header is followed;
     off = ignored; a <meta http-equiv=refresh> is read in every mode), `mime-sniff` (pages served as
     application/xhtml+xml, or with no Content-Type whose body sniffs as HTML, are parsed; off = only text/html
     pages are parsed).  XHTML is no longer mistaken for a feed.  SELFTEST entries may carry `ctype` (the exact
     Content-Type header, None = absent) and `refresh` (the target of the Refresh header); check_set11 evaluates
     SUMMARY["robots_selftest"] under the three robots readings.
  8. (set 4) every MANIFEST["only_via"] claim holds: with that one browser mechanism switched off, the listed
     articles are no longer reached; MANIFEST["offsite_redirects"] leave the host, MANIFEST["redirect_loops"]
     really loop; MANIFEST["mobile_host"] pages answer on the m. host with a canonical back to the main host.

Trap patterns: an entry starting with "/" is a prefix of the origin-relative URL (path + "?" + query);
any other entry is a substring of it.

Usage: python check.py [--day N | --all-days] [module ...]      (default: all sites listed in SITES, day 1)
"""
import codecs
import collections
import gzip
import importlib.util
import io
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, unquote, unquote_to_bytes, urlencode, urljoin, urlsplit, urlunsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = ["webforms11_vptu_kinhbac", "nukeviet40_tinhuy_sonnam", "mvc3_tinhuy_lamvien", "jsf22_bnc_hunghoa"]
HOST = "replica.test:8080"
HOST2 = "localhost:8080"      # set 21: the SECOND host name of a site (the same server and port, Host: localhost:<port>)
H2 = "//localhost"            # set 21: an origin-relative URL on the second host is written //localhost/<path>
REQUEST_CAP = 25000
STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".svg", ".webp", ".pdf", ".doc",
              ".docx", ".xls", ".xlsx", ".zip", ".mp4", ".mp3", ".woff", ".woff2")   # feeds/sitemaps: decided by content type
SAFE_PATH = "/;=:@!$&'()*+,~-._"
SAFE_QUERY = "=&;/?:@!$'()*+,~-._%"


# ---------------------------------------------------------------- helpers
def ntext(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def pct_encode(s, enc="utf-8"):
    """Percent-encode what a browser would (controls, space, '"<>`', non-ASCII), keeping existing %XX escapes
    byte-exact.  Non-ASCII characters are encoded in `enc`; characters `enc` cannot represent become the
    percent-encoded numeric character reference '&#N;' (WHATWG URL parser, query of a non-UTF-8 document)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o < 0x7f and ch not in '"<>`':
            out.append(ch)
            continue
        try:
            b = ch.encode(enc)
        except (UnicodeEncodeError, LookupError):
            b = ("&#%d;" % o).encode("ascii")
        out.append("".join("%%%02X" % x for x in b))
    return "".join(out)


URL_MODE = {"query_enc": None, "requote": False, "naive_href": False}
ROBOTS_MODE = {"first_match": False, "first_group_only": False}   # degraded modes used only for the encoding report walks


def on_h2(rel):
    """Set 21: is this origin-relative URL on the second host (//localhost/...)?"""
    return rel.lower().startswith(H2 + "/") or rel.lower() == H2


def host_path(rel):
    """Set 21: (Host header, path + query) of an origin-relative URL of either host."""
    if on_h2(rel):
        return HOST2, rel[len(H2):] or "/"
    return HOST, rel


def absu(rel):
    """Set 21: the absolute URL of an origin-relative URL of either host."""
    host, path = host_path(rel)
    return "http://" + host + path


def norm_rel(rel):
    """Normalise an origin-relative URL without decoding it: percent-encode raw characters (UTF-8), upper-case %xx,
    drop the fragment.  Escapes are kept byte-exact (a windows-1258 %E2 stays %E2).  Set 21: //localhost/... stays on
    the second host."""
    if on_h2(rel):
        return H2 + norm_rel(rel[len(H2):] or "/")
    sp = urlsplit(rel)
    path, query = sp.path or "/", sp.query
    if URL_MODE["requote"]:      # the classic crawler bug: unquote as UTF-8, quote again
        path, query = quote(unquote(path), safe=SAFE_PATH), quote(unquote(query), safe=SAFE_QUERY.replace("%", ""))
    out = pct_encode(path) + ("?" + pct_encode(query) if query else "")
    return re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), out)


def resolve(base, href, enc="utf-8"):
    """urljoin + the AJAX-crawling scheme ('#!' fragment -> ?_escaped_fragment_=, escaping only %, #, &, +, controls
    and non-ASCII) + WHATWG encoding: the path in UTF-8, the query in the document's encoding."""
    if URL_MODE.get("naive_href"):      # set 11: plain urljoin, no WHATWG clean-up (backslashes, tab / newline kept)
        href = href.strip(" ")
    else:
        href = re.sub(r"[\t\n\r]", "", href).strip(" \x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f")
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href) or re.match(r"^https?:", href, re.I):
            # WHATWG URL parser, special schemes: a backslash in the path (not in the query / fragment) is a slash
            cut = min([i for i in (href.find("?"), href.find("#")) if i >= 0] or [len(href)])
            href = href[:cut].replace("\\", "/") + href[cut:]
    u = urljoin(base, href)
    if "#!" in u:
        pre, frag = u.split("#!", 1)
        pre = pre.split("#")[0]
        esc = quote(frag, safe="".join(chr(c) for c in range(0x21, 0x7f) if chr(c) not in "%#&+"))
        u = pre + ("&" if "?" in pre else "?") + "_escaped_fragment_=" + esc
    sp = urlsplit(u)
    qenc = URL_MODE["query_enc"] or enc
    return urlunsplit((sp.scheme, sp.netloc, pct_encode(sp.path, "utf-8"), pct_encode(sp.query, qenc), ""))


def to_rel(absolute):
    """Same-origin absolute URL -> origin-relative, else None.  http and https count as the same origin."""
    sp = urlsplit(absolute)
    if sp.scheme not in ("http", "https") or sp.netloc.lower() not in (HOST, HOST2):
        return None
    rel = norm_rel(sp.path + ("?" + sp.query if sp.query else ""))
    return H2 + rel if sp.netloc.lower() == HOST2 else rel


class Resp:
    def __init__(self, status, headers, body):
        self.status = status
        self.raw_headers = list(headers)
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body

    @property
    def ctype(self):
        return self.headers.get("content-type", "")

    @property
    def encoding(self):
        if self.body[:3] == b"\xef\xbb\xbf":      # WHATWG: a byte order mark beats the HTTP header and <meta>
            return "utf-8-sig"
        m = re.search(r"charset=([\w-]+)", self.ctype, re.I)
        enc = m.group(1) if m else None
        if not enc:
            head = self.body[:4096].decode("ascii", "replace")
            m = re.search(r"""<meta[^>]+charset=["']?([\w-]+)""", head, re.I)
            enc = m.group(1) if m else "utf-8"
        try:
            codecs.lookup(enc)
        except LookupError:
            enc = "utf-8"
        return enc

    def text(self):
        return self.body.decode(self.encoding, "replace")


def call(app, method, rel, body=b"", ctype=None, host=None, sleep=False, cookies=None, headers=None):
    h, rel = host_path(rel)
    host = host or h
    sp = urlsplit(rel)
    env = {
        "REQUEST_METHOD": method, "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_bytes(sp.path).decode("latin-1"), "QUERY_STRING": sp.query,
        "SERVER_NAME": host.split(":")[0], "SERVER_PORT": host.split(":")[1], "HTTP_HOST": host,
        "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_USER_AGENT": "replica-check/1.0",
        "wsgi.version": (1, 0), "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr, "wsgi.multithread": False, "wsgi.multiprocess": False,
        "wsgi.run_once": False, "CONTENT_LENGTH": str(len(body)),
    }
    for k, v in (headers or {}).items():
        env["HTTP_" + k.upper().replace("-", "_")] = v
    if cookies:
        env["HTTP_COOKIE"] = "; ".join("%s=%s" % kv for kv in cookies.items())
    if not sleep:
        env["replica.nosleep"] = True
    if ctype:
        env["CONTENT_TYPE"] = ctype
    cap = {}

    def start_response(status, headers, exc_info=None):
        cap["status"] = int(status.split()[0])
        cap["headers"] = headers

    it = app(env, start_response)
    try:
        data = b"".join(it)
    finally:
        if hasattr(it, "close"):
            it.close()
    return Resp(cap["status"], cap["headers"], data)


class Page(HTMLParser):
    DATA_ATTRS = ("data-url", "data-href", "data-next", "data-more-url", "data-load-url")

    def __init__(self, base, ignore_base=False):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.ignore_base = ignore_base
        self.links, self.forms, self.postbacks, self.data_urls, self.scripts = [], [], [], [], []
        self.paras, self.texts = [], []
        self._pstack, self._form, self._in, self._buf = [], None, None, []
        self._select_nav = False
        self.islands = []          # (attrs, text) of <script type=application/json> state islands
        self._script_attrs = {}
        self.max_href = 0
        self.select_postbacks = []  # (form, select name, event target, [option values])
        self._sel = None
        self.data_pages, self.data_sort = [], None
        self.head_links = []       # <link rel=next|prev|alternate feed>, <iframe src>
        self.fragment_meta = False
        # set 4
        self.area_links = []       # <area href> of image maps
        self.select_links = []     # <option value> of a <select onchange="…location…">
        self.api_root = None       # <link rel="https://api.w.org/" href>
        self.rest_buttons = []     # attrs of elements with data-category (WordPress REST 'Tải thêm')
        self.offset_buttons = []   # (data-url, data-offset, data-limit)
        self.onclick_links = []    # onclick="location.href='…'"
        self.js_calls = []         # (function name, [literal args]) from onclick / javascript: hrefs
        self.script_srcs = []      # <script src>
        self.data_elems = []       # attrs of every element carrying data-* attributes
        self.js_urls = []          # set 22: URL string literals inside onclick / javascript: code (onclick-url)
        self.iframe_srcs = []      # set 23: <iframe src> (iframe)
        self.use_ajax = []         # set 34: <a class="use-ajax" href> (drupal-use-ajax)
        # set 24
        self.svg_links = []        # <a xlink:href> of an inline SVG (svg-link)
        self.noscript_links = []   # <a href> inside <noscript> (noscript)
        self.template_links = []   # <a href> inside <template> (template)
        self.hx_gets = []          # (hx-get address, hx-vals JSON or "") (hx-get)
        self.nofollow_hrefs = set()   # hrefs of <a rel~=nofollow> (nofollow)
        self.meta_nofollow = False    # <meta name=robots content=…nofollow…> (nofollow)
        self._noscript = self._template = 0
        # set 25
        self.json_feeds = []       # <link rel=alternate type=application/feed+json> (json-feed)
        self.sitemap_links = []    # <link rel=sitemap href> (link-sitemap)
        self.inertia = []          # data-page JSON objects of an Inertia.js root element (inertia)
        self.outside_buttons = []  # submit buttons outside any form, joined by form="id" (form-attr)
        # set 26
        self.frame_srcs = []       # <frame src> of a <frameset> (frame)
        self.object_srcs = []      # <object data> / <embed src> of HTML (object-data)
        self.hreflang_links = []   # <link rel=alternate hreflang href> (hreflang)
        self.astro_props = []      # props JSON of <astro-island> (astro-island)
        self.turbo_frames = []     # (src, id) of <turbo-frame src> (turbo-frame)
        self.visit_links = []      # <option value> of a <select onchange="Turbo.visit(this.value)"> (select-visit)
        self._select_visit = False
        # set 28
        self.tpl_scripts = []      # markup inside <script type="text/template"> and the like (script-template)
        # set 29
        self.bigpipe = []          # bodies of <script type="application/vnd.drupal-ajax" data-big-pipe-replacement-…> (big-pipe)
        self.dnn_var = None        # value of DNN's hidden __dnnVariable (dnn-services)
        # set 31
        self.pb_options = []       # (form, target, argument, actionUrl, clientSubmit, element) of WebForm_DoPostBackWithOptions (postback-options)
        # set 32
        self.sxc_api = None        # content of 2sxc's <meta name="_jsApi"> (sxc-webapi)
        # set 36
        self.anchor_texts = collections.defaultdict(list)   # href -> the texts of its <a> elements (short-anchor, detail-link)
        self._anchors = []
        # set 37
        self.anchor_img = collections.defaultdict(list)     # href -> does each of its <a> elements hold an <img>? (picture-link)
        self.anchor_hidden = collections.defaultdict(list)  # href -> is each of its <a> elements inside hidden markup? (hidden-pane)
        self._open, self._hidden = [], 0                     # open elements (tag, hides?) and how many of them hide
        # set 38
        self.canonical = None      # the href of the first <link rel="canonical"> (as written, entities decoded)
        self.base_href = None      # the href of the first <base href> (as written)
        # set 39
        self.js_hrefs = []         # the code of every javascript: link (tree-populate reads TreeView_PopulateNode calls)
        # set 40
        self.js_codes = []         # the code of every javascript: link and of every onclick attribute (item 39)

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
    HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

    TPL_TYPES = ("text/template", "text/x-template", "text/html", "text/x-jquery-tmpl", "text/x-handlebars-template",
                 "text/x-underscore-template", "text/ng-template")
    JS_NAV = re.compile(r"""(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*=\s*(['"])([^'"]+)\1|location\.(?:assign|replace)\(\s*(['"])([^'"]+)\3""")
    JS_CALL = re.compile(r"""^\s*(?:return\s+)?([A-Za-z_$][\w$.]*)\(\s*((?:(['"]?)[\w./%-]*\3\s*,?\s*)*)\)""")
    # set 39: JS_CALL can only match where this linear pattern does; checked first, since JS_CALL backtracks for minutes on a
    # call whose arguments hold a nested call (ASP.NET's TreeView_PopulateNode(…, document.getElementById('…'), …))
    JS_CALL_PRE = re.compile(r"""^\s*(?:return\s+)?[A-Za-z_$][\w$.]*\(\s*[\w./%'"\s,-]*\)""")

    JS_STR = re.compile(r"""(["'])((?:\\.|(?!\1).)*)\1""")

    def _js(self, code):
        code = code or ""
        for m in self.JS_STR.finditer(code):       # set 22: onclick-url
            u = js_unescape(m.group(2))
            if u.startswith(("/", "http://", "https://")) or (u.startswith("?") and "=" in u):
                self.js_urls.append(u)
        for m in self.JS_NAV.finditer(code):
            self.onclick_links.append(m.group(2) or m.group(4))
        m = self.JS_CALL.match(code) if self.JS_CALL_PRE.match(code) else None
        if m and "location" not in m.group(1) and not m.group(1).startswith("__doPostBack"):
            args = [x.strip().strip("'\"") for x in m.group(2).split(",") if x.strip()]
            self.js_calls.append((m.group(1), args))

    PB_OPTIONS = re.compile(r"WebForm_DoPostBackWithOptions\(\s*new\s+WebForm_PostBackOptions\(")

    def _postback(self, s, el=None):
        m = self.PB_OPTIONS.search(s or "")         # set 31: postback-options
        if m:
            args = SiteCheck.js_block(s, m.end() - 1)
            vals = [SiteCheck.js_literal(p_) for p_ in SiteCheck.js_split(args or "", ",")]
            if args is not None and len(vals) >= 7 and all(ok for ok, _ in vals):
                v = [x_ for _, x_ in vals]
                self.pb_options.append((self._form, str(v[0] or ""), str(v[1] or ""), str(v[4] or ""), bool(v[6]), el))
            return True
        for m in re.finditer(r"__doPostBack\(\s*['\"]([^'\"]*)['\"]\s*,\s*['\"]([^'\"]*)['\"]\s*\)", s or ""):
            self.postbacks.append((self._form, m.group(1), m.group(2)))
            return True
        return False

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag not in self.VOID:                 # set 37: hidden-pane (the hidden attribute, an inline display:none)
            hides = "hidden" in a or bool(self.HIDES.search(a.get("style", "")))
            self._open.append((tag, hides))
            self._hidden += hides
        if tag == "img" and self._anchors:
            self._anchors[-1][2]["img"] = True   # set 37: picture-link
        if tag == "base" and a.get("href") and self.base_href is None:
            self.base_href = a["href"]           # set 38: canonical-base
        if tag == "base" and a.get("href") and not self.ignore_base:
            self.base = urljoin(self.base, a["href"])
        if tag == "noscript":
            self._noscript += 1
        if tag == "template":
            self._template += 1
        if tag == "a" and a.get("xlink:href") and not a.get("href"):       # set 24: svg-link
            self.svg_links.append(a["xlink:href"].strip())
        if tag in ("a", "area") and a.get("href"):
            href = a["href"].strip()
            self.max_href = max(self.max_href, len(href))
            if href.lower().startswith("javascript:"):
                self.js_hrefs.append(href[11:])                            # set 39: tree-populate
                self.js_codes.append(href[11:])                            # set 40
                if not self._postback(href):
                    self._js(href[11:])
            elif href.startswith("#!") or not href.startswith(("#", "mailto:", "tel:")):
                if tag == "a" and "nofollow" in a.get("rel", "").lower().split():
                    self.nofollow_hrefs.add(href)                          # set 24: nofollow
                if tag == "area":
                    self.area_links.append(href)
                elif self._template:
                    self.template_links.append(href)                       # set 24: template
                elif self._noscript:
                    self.noscript_links.append(href)                       # set 24: noscript
                else:
                    self.links.append(href)
                    if tag == "a":
                        self._anchors.append((href, [], {"img": False, "hidden": self._hidden > 0}))   # set 36 / 37
        for hx in ("hx-get", "data-hx-get"):                               # set 24: hx-get
            if a.get(hx):
                self.hx_gets.append((a[hx].strip(), a.get("hx-vals") or a.get("data-hx-vals") or ""))
        if tag == "meta" and a.get("name") == "_jsApi" and a.get("content"):
            self.sxc_api = a["content"]            # set 32: sxc-webapi
        if tag == "meta" and a.get("name", "").lower() == "robots" and "nofollow" in a.get("content", "").lower():
            self.meta_nofollow = True
        if "onclick" in a:
            self.js_codes.append(a["onclick"])                             # set 40
            if not self._postback(a["onclick"], a):
                self._js(a["onclick"])
        for attr in self.DATA_ATTRS:
            if a.get(attr):
                self.data_urls.append((attr, a[attr]))
        if any(k.startswith("data-") for k in a):
            self.data_elems.append(a)
        if a.get("data-url") and a.get("data-offset", "").isdigit():
            self.offset_buttons.append((a["data-url"], a["data-offset"], a.get("data-limit", "")))
        if a.get("data-category"):
            self.rest_buttons.append(a)
        if tag == "script" and a.get("src"):
            self.script_srcs.append(a["src"])
        if tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(),
                          "fields": [], "id": a.get("id", ""), "name": a.get("name", ""), "ids": {}}
            if a.get("data-ajax", "").lower() == "true":       # set 27: unobtrusive-ajax
                self._form["ajax"] = {"method": a.get("data-ajax-method", ""), "url": a.get("data-ajax-url", "")}
            self.forms.append(self._form)
        if tag == "input" and self._form is not None and (a.get("type") or "").lower() == "image":
            self._form.setdefault("images", []).append(a)      # set 27: image-submit
        if tag in ("input", "select", "textarea") and self._form is not None and a.get("name") and a.get("id"):
            self._form["ids"][a["id"]] = a["name"]        # set 22: form-field-js finds a field by its id
        if tag == "input" and self._form is not None and a.get("name"):
            typ35 = (a.get("type") or "text").lower()
            if typ35 in ("text", "search", "number", ""):       # set 35: goto-page
                self._form.setdefault("free_inputs", []).append((a["name"], typ35, a.get("max", "")))
            if typ35 == "date":                                  # set 35: date-range
                self._form.setdefault("dates", []).append((a["name"], a.get("min", ""), a.get("max", ""), a.get("value", "")))
            if typ35 not in ("hidden", "submit", "button", "reset", "image"):
                self._form["visible_inputs"] = self._form.get("visible_inputs", 0) + 1
        if tag in ("select", "textarea") and self._form is not None:
            self._form["visible_inputs"] = self._form.get("visible_inputs", 0) + 1
        if tag in ("input", "textarea") and self._form is not None and a.get("name"):
            typ = (a.get("type") or "text").lower()
            if typ in ("hidden", "text", "search", "number", ""):
                self._form["fields"].append((a["name"], a.get("value", "")))
            if typ in ("text", "search", ""):
                self._form["text_inputs"] = self._form.get("text_inputs", 0) + 1
            if typ == "hidden":
                self._form.setdefault("hidden_names", set()).add(a["name"])
            if typ == "number" and a.get("min", "").isdigit() and a.get("max", "").isdigit():
                self._form.setdefault("numbers", []).append((a["name"], int(a["min"]), int(a["max"])))
        if tag == "select" and self._form is not None and a.get("name"):
            self._form.setdefault("selects", []).append((a["name"], []))    # set 10: search-form options
            self._fsel = self._form["selects"][-1]
        if tag == "option" and getattr(self, "_fsel", None) is not None:
            self._fsel[1].append(a.get("value", ""))
        if tag == "select":
            self._select_nav = "location" in a.get("onchange", "")
            m = re.search(r"__doPostBack\(\\?['\"]([^'\"\\]*)\\?['\"]", a.get("onchange", ""))
            self._sel = None
            if m and self._form is not None and a.get("name"):
                self._sel = (self._form, a["name"], m.group(1), [])
                self.select_postbacks.append(self._sel)
        if tag == "option" and self._sel is not None and a.get("value"):
            self._sel[3].append(a["value"])
        if "data-page" in a and a["data-page"].isdigit():
            self.data_pages.append(int(a["data-page"]))
        if "data-sort" in a:
            self.data_sort = a["data-sort"]
        if tag == "a" and a.get("href") and "use-ajax" in (a.get("class") or "").split():
            self.use_ajax.append(a["href"])            # set 34: drupal-use-ajax
        if tag == "iframe" and a.get("src"):
            self.iframe_srcs.append(a["src"])          # set 23: its own mechanism (`iframe`)
        if tag == "link" and a.get("href"):
            rel = a.get("rel", "").lower()
            if rel in ("next", "prev", "previous") or (rel == "alternate" and ("rss" in a.get("type", "") or "atom" in a.get("type", ""))):
                self.head_links.append(a["href"])
            if rel == "https://api.w.org/":
                self.api_root = a["href"]
            if "canonical" in rel.split() and self.canonical is None:
                self.canonical = a["href"].strip()                          # set 38: canonical-check, canonical-base
            if rel == "alternate" and "json" in a.get("type", "").lower():
                self.json_feeds.append(a["href"])                          # set 25: json-feed
            if rel == "sitemap":
                self.sitemap_links.append(a["href"])                       # set 25: link-sitemap
        if a.get("data-page", "").lstrip().startswith("{"):
            self.inertia.append(a["data-page"])                            # set 25: inertia
        if tag == "select" and self._form is not None and \
                re.search(r"(?:form\.(?:submit|requestSubmit)|\.submit)\(\)", a.get("onchange", "")):
            self._form["autosubmit"] = True                                # set 25: submit-onchange
        if tag == "input" and self._form is not None and a.get("name") and (a.get("type") or "").lower() == "month" \
                and re.fullmatch(r"\d{4}-\d{2}", a.get("min", "")) and re.fullmatch(r"\d{4}-\d{2}", a.get("max", "")):
            self._form.setdefault("months", []).append((a["name"], a["min"], a["max"]))     # set 25: month-input
        if tag == "frame" and a.get("src"):
            self.frame_srcs.append(a["src"])                               # set 26: frame
        if tag == "object" and a.get("data") and (not a.get("type") or "html" in a.get("type", "").lower()):
            self.object_srcs.append(a["data"])                             # set 26: object-data
        if tag == "embed" and a.get("src") and "html" in a.get("type", "").lower():
            self.object_srcs.append(a["src"])                              # set 26: object-data
        if tag == "link" and a.get("href") and a.get("hreflang") and a.get("rel", "").lower() == "alternate" \
                and not re.search(r"rss|atom|json", a.get("type", ""), re.I):
            self.hreflang_links.append(a["href"])                          # set 26: hreflang
        if tag == "astro-island" and a.get("props"):
            self.astro_props.append(a["props"])                            # set 26: astro-island
        if tag == "turbo-frame" and a.get("src"):
            self.turbo_frames.append((a["src"], a.get("id", "")))          # set 26: turbo-frame
        if tag == "select":
            oc = a.get("onchange", "")
            self._select_visit = "location" not in oc and bool(re.search(
                r"(?:Turbo\.visit|window\.open|router\.push|\bnavigate|\bvisit)\(\s*this\.value", oc))   # set 26: select-visit
        if tag == "option" and self._select_visit and a.get("value"):
            self.visit_links.append(a["value"])
        if tag == "input" and self._form is not None and a.get("name") and (a.get("type") or "").lower() == "radio":
            self._form.setdefault("radios", {}).setdefault(a["name"], []).append(a.get("value", "on"))   # set 26: radio-form
        if tag == "input" and a.get("name") == "__dnnVariable":
            self.dnn_var = a.get("value", "")                              # set 29: dnn-services
        if tag == "meta" and a.get("name", "").lower() == "fragment" and a.get("content") == "!":
            self.fragment_meta = True
        if tag == "option" and self._select_nav and a.get("value"):
            self.select_links.append(a["value"])
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\">]+)", a.get("content", ""), re.I)
            if m:
                self.links.append(m.group(1).strip())
        if tag in ("button", "input") and a.get("form") and \
                (tag == "button" and a.get("type", "submit") == "submit" or a.get("type") == "submit"):
            self.outside_buttons.append(a)                                 # set 25: form-attr
        elif tag in ("button", "input") and self._form is not None and \
                (tag == "button" and a.get("type", "submit") == "submit" or a.get("type") == "submit"):
            self._form["submit"] = True
            self._form.setdefault("buttons", []).append(a)      # set 23: button-page
            if a.get("formaction"):
                self._form.setdefault("formactions", []).append(a)     # set 26: formaction
            if a.get("name"):
                self._form["fields"].append((a["name"], a.get("value", "")))
        if tag in ("script", "style"):
            self._in, self._buf = tag, []
            self._script_attrs = a
        if tag == "p":
            self._pstack.append([])

    def handle_endtag(self, tag):
        if tag == "a" and self._anchors:
            href, buf, flags = self._anchors.pop()
            self.anchor_texts[href].append(ntext("".join(buf)))
            self.anchor_img[href].append(flags["img"])
            self.anchor_hidden[href].append(flags["hidden"])
        if tag not in self.VOID:                 # set 37: close the element (and any left open inside it)
            for i_ in range(len(self._open) - 1, -1, -1):
                if self._open[i_][0] == tag:
                    self._hidden -= sum(1 for _, h_ in self._open[i_:] if h_)
                    del self._open[i_:]
                    break
        if tag == "noscript" and self._noscript:
            self._noscript -= 1
        if tag == "template" and self._template:
            self._template -= 1
        if tag == "form":
            self._form = None
        if tag == "select":
            self._select_nav = False
            self._select_visit = False
            self._sel = None
            self._fsel = None
        if tag in ("script", "style") and self._in == tag:
            if tag == "script":
                if "json" in self._script_attrs.get("type", ""):
                    self.islands.append((self._script_attrs, "".join(self._buf)))
                elif self._script_attrs.get("type", "").strip().lower() in self.TPL_TYPES:
                    self.tpl_scripts.append("".join(self._buf))        # set 28: script-template
                elif self._script_attrs.get("type", "").strip().lower() == "application/vnd.drupal-ajax":
                    if "data-big-pipe-replacement-for-placeholder-with-id" in self._script_attrs:
                        self.bigpipe.append("".join(self._buf))        # set 29: big-pipe
                else:
                    self.scripts.append("".join(self._buf))
            self._in = None
        if tag == "p" and self._pstack:
            t = ntext("".join(self._pstack.pop()))
            if t:
                self.paras.append(t)

    def handle_data(self, data):
        if self._in == "script":
            self._buf.append(data)
        elif self._in is None:
            if self._form is not None:                           # set 35: goto-page reads the form's own text
                self._form.setdefault("text", []).append(data)
            self.texts.append(data)
            for b in self._pstack:
                b.append(data)
            for _, b, _f in self._anchors:
                b.append(data)

    @property
    def text(self):
        return ntext(" ".join(self.texts))


def is_get(method):
    """A GET of the walk: plain, with X-Requested-With (XHR), htmx's headers (HTMX) or set 29's own headers (GET+…)."""
    return method in ("GET", "XHR", "HTMX") or method.startswith("GET+")


def js_unescape(s):
    """Undo a JavaScript string literal's escapes (\\uXXXX, \\xXX, \\/ and the like)."""
    s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    s = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), s)
    return re.sub(r"\\(.)", r"\1", s)


def parse_html(base, text, ignore_base=False, enc="utf-8"):
    p = Page(base, ignore_base)
    p.enc = enc
    try:
        p.feed(text)
        p.close()
    except Exception:  # malformed fragments
        pass
    return p


def robots_rules(text):
    """Rules of every `User-agent: *` group, merged in file order (RFC 9309 2.2.1).  With ROBOTS_MODE["first_group_only"]
    (set 11, urllib.robotparser-like) only the first such group is read."""
    rules, active, any_agent, star_groups = [], False, False, 0
    for line in text.lstrip("\ufeff").splitlines():
        line = line.split("#")[0].strip()
        if ":" not in line:
            if not line:
                any_agent = False
            continue
        k, v = [x.strip() for x in line.split(":", 1)]
        k = k.lower()
        if k == "user-agent":
            if not any_agent:
                active = False
            any_agent = True
            if v == "*" and not active:
                star_groups += 1
            active = active or v == "*"
        elif k in ("allow", "disallow") and active and not (ROBOTS_MODE["first_group_only"] and star_groups > 1):
            any_agent = False
            if v:
                rules.append((k == "allow", v))
    return rules


def robots_ok(rules, rel):
    """RFC 9309: the longest matching pattern wins, Allow wins a tie; '*' and a final '$' are wildcards.  With
    ROBOTS_MODE["first_match"] (set 11, urllib.robotparser-like) the first matching rule in file order wins."""
    best_len, allow = -1, True
    for is_allow, pat in rules:
        rx = "^" + re.escape(pat).replace(r"\*", ".*")
        if rx.endswith(r"\$"):
            rx = rx[:-2] + "$"
        if re.match(rx, rel) or re.match(rx, unquote(rel)):
            if ROBOTS_MODE["first_match"]:
                return is_allow
            if len(pat) > best_len or (len(pat) == best_len and is_allow):
                best_len, allow = len(pat), is_allow
    return allow


def sniff_html(body):
    """WHATWG MIME sniffing (rules for an unknown type): does the body start with an HTML tag?"""
    head = body.lstrip(b"\t\n\x0c\r ")[:16].lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return any(head.startswith(t) and (len(head) == len(t) or head[len(t):len(t) + 1] in b" >")
               for t in (b"<!doctype html", b"<html", b"<head", b"<script", b"<iframe", b"<h1", b"<div", b"<font",
                         b"<table", b"<a", b"<style", b"<title", b"<b", b"<body", b"<br", b"<p")) or head.startswith(b"<!--")


def trap_matches(patterns, rel):
    if rel and on_h2(rel):
        rel = rel[len(H2):] or "/"
    out = []
    for p in patterns:
        if (p.startswith("/") and (rel.startswith(p) or unquote(rel).startswith(p))) or \
                (not p.startswith("/") and (p in rel or p in unquote(rel))):
            out.append(p)
    return out


def is_trap(patterns, rel):
    m = trap_matches(patterns, rel)
    return m[0] if m else None


def _html_unescape(s):
    import html
    return html.unescape(s)


def devalue_unflatten(arr):
    """Nuxt 3 payload (devalue 'flatten' format): a flat array whose containers hold indexes into it."""
    if not isinstance(arr, list) or not arr:
        return arr
    cache = {}

    def h(i):
        if isinstance(i, int) and i < 0:
            return None
        if i in cache:
            return cache[i]
        v = arr[i]
        if isinstance(v, list):
            if v and isinstance(v[0], str) and v[0] in ("ShallowReactive", "Reactive", "Ref", "ShallowRef"):
                out = h(v[1]) if len(v) > 1 else None
            elif v and isinstance(v[0], str) and v[0] in ("Set", "Map", "Date", "RegExp", "BigInt", "null"):
                out = v[1] if v[0] == "Date" else v[1:]
            else:
                out = []
                cache[i] = out
                out.extend(h(x) for x in v)
        elif isinstance(v, dict):
            out = {}
            cache[i] = out
            for k, x in v.items():
                out[k] = h(x)
        else:
            out = v
        cache[i] = out
        return out
    return h(0)


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---------------------------------------------------------------- per-site check
class _DayView:
    """The day-n face of a site module (n >= 2): MANIFEST_DAY<n>, SELFTEST_DAY<n>, SUMMARY with not_articles_day<n>."""

    def __init__(self, mod, n):
        self.real = mod
        self.app = mod.app
        self.MANIFEST = getattr(mod, "MANIFEST_DAY%d" % n)
        self.SELFTEST = getattr(mod, "SELFTEST_DAY%d" % n, [])
        self.SUMMARY = dict(mod.SUMMARY, not_articles=mod.SUMMARY.get("not_articles_day%d" % n, []))


class SiteCheck:
    def __init__(self, name, day=1):
        self.name = name
        self.day = day
        self.real = load(name)
        self.real.set_day(day)
        self.mod = self.real if day == 1 else _DayView(self.real, day)
        self.app = self.mod.app
        self.man = self.mod.MANIFEST
        self.errors, self.warnings = [], []
        self.requests = 0
        self.retries, self.retry_after = {}, set()
        self.base = "http://" + HOST
        self.jar = {}                # cookies (Set-Cookie headers and JS document.cookie challenges)
        self.challenges = 0
        self.degraded = False        # True during the encoding-report walks (no errors recorded)
        self.fetched = set()
        self.owner = {}

    def raw(self, method, rel, body=b"", ctype=None, host=None, sleep=False):
        headers = None
        if method == "XHR":          # set 9: a fetch() / jQuery request carrying X-Requested-With
            method, headers = "GET", {"X-Requested-With": "XMLHttpRequest", "Accept": "text/html"}
        elif method == "HTMX":       # set 24: htmx's request headers
            method, headers = "GET", {"HX-Request": "true", "Accept": "text/html, */*"}
        elif method.startswith(("GET+", "POST+")):      # set 29: a request carrying the headers its script sets
            method, _, hq = method.partition("+")
            headers = dict(parse_qsl(hq))
        r = call(self.app, method, rel, body, ctype, host, sleep, cookies=self.jar, headers=headers)
        for k, v in r.raw_headers:
            if k.lower() == "set-cookie" and "=" in v:
                name, val = v.split(";", 1)[0].split("=", 1)
                self.jar[name.strip()] = val.strip()
        return r

    CHALLENGE = re.compile(r"""document\.cookie\s*=\s*(['"])\s*([^'";=\s]+)=([^'";]*)""")

    def solve_challenge(self, r):
        """A WAF page (403/503) whose inline script sets document.cookie = "name=value; …" and reloads."""
        if r.status not in (403, 503) or "html" not in r.ctype:
            return False
        m = self.CHALLENGE.search(r.text())
        if not m or self.jar.get(m.group(2)) == m.group(3):
            return False
        self.jar[m.group(2)] = m.group(3)
        self.challenges += 1
        return True

    def err(self, msg):
        self.errors.append(msg)

    def robots_allow(self, rel):
        """Set 21: each host's own robots.txt (the second host's read when the walk first meets it)."""
        if not on_h2(rel):
            return robots_ok(self.robots, rel)
        if getattr(self, "_robots2", None) is None:
            r, _, _ = self.follow(H2 + "/robots.txt")
            self._robots2 = robots_rules(r.text()) if r.status == 200 else []
        return robots_ok(self._robots2, rel[len(H2):] or "/")

    def get(self, rel, method="GET", body=b"", ctype=None, host=None, sleep=False):
        for attempt in range(5):
            self.requests += 1
            r = self.raw(method, rel, body, ctype, host, sleep)
            if self.solve_challenge(r):
                continue
            if not is_get(method) or r.status not in (429, 500, 502, 503):
                return r
            self.retries[r.status] = self.retries.get(r.status, 0) + 1
            if r.headers.get("retry-after"):      # set 20: recorded for 503 too
                self.retry_after.add(r.headers["retry-after"])
        return r

    def follow(self, rel, limit=6):
        chain = []
        for _ in range(limit):
            r = self.get(rel)
            chain.append((rel, r.status))
            if r.status in (301, 302, 303, 307, 308) and "location" in r.headers:
                nxt = to_rel(urljoin(absu(rel), r.headers["location"]))
                if nxt is None:
                    return r, rel, chain
                rel = nxt
                continue
            return r, rel, chain
        return r, rel, chain

    # ------------------------------------------------------------ manifest shape
    def check_shape(self):
        m = self.man
        for key in ("family", "start_urls", "articles", "robots_disallowed", "trap_prefixes", "notes"):
            if key not in m:
                self.err("MANIFEST lacks %r" % key)
        n = len(m["articles"])
        if m.get("outage"):          # set 21: a day the whole site answers a notice: nothing can be archived
            if n:
                self.err("an outage day lists %d articles" % n)
        elif not 60 <= n <= 200:
            self.err("article count %d outside 60..200" % n)
        allp = {}
        for canon, info in m["articles"].items():
            for p in [canon] + list(info["aliases"]):
                if not p.startswith("/"):
                    self.err("path not origin-relative: %r" % p)
                k = norm_rel(p)
                if k in allp and allp[k] != canon:
                    self.err("path %s listed for two articles" % p)
                allp[k] = canon
        self.owner = allp

    # ------------------------------------------------------------ articles + aliases
    def check_articles(self):
        self.fp = {}
        paras_of = {}
        freq = collections.Counter()
        for canon, info in self.man["articles"].items():
            r = self.get(canon)
            if r.status != 200:
                self.err("canonical %s -> %d" % (canon, r.status))
                continue
            pg = parse_html(absu(canon), r.text(), enc=r.encoding)
            if ntext(info["title"]) not in pg.text:
                self.err("title not on page %s" % canon)
            ps = [p for p in pg.paras if len(p) > 80]
            paras_of[canon] = ps
            freq.update(set(ps))
        for canon, ps in paras_of.items():
            cands = sorted((p for p in ps if freq[p] == 1), key=len, reverse=True)
            if not cands:
                self.err("no unique paragraph on %s" % canon)
                continue
            self.fp[cands[0]] = canon
        self.fp_of = {c: p for p, c in self.fp.items()}
        self.alias_status = collections.Counter()
        for canon, info in self.man["articles"].items():
            fp = self.fp_of.get(canon)
            ok_targets = {norm_rel(canon)} | {norm_rel(a) for a in info["aliases"]}
            for alias in info["aliases"]:
                first = self.get(alias)
                self.alias_status[first.status] += 1
                if first.status == 200:
                    pg = parse_html(absu(alias), first.text(), enc=first.encoding)
                    refresh = [l for l in pg.links if "refresh" in first.text()[:2000]]
                    if fp and fp not in pg.paras and refresh:
                        target = to_rel(urljoin(absu(alias), refresh[0]))
                        if target not in ok_targets:
                            self.err("alias %s (meta refresh) points to %s, not to %s" % (alias, target, canon))
                    elif fp and fp not in pg.paras:
                        self.err("alias %s (200) does not show the text of %s" % (alias, canon))
                elif first.status in (301, 302, 307, 308):
                    r, final, chain = self.follow(alias)
                    if r.status != 200 or norm_rel(final) not in ok_targets:
                        self.err("alias %s redirects to %s (%d), not to its article %s" % (alias, final, r.status, canon))
                else:
                    self.err("alias %s -> %d" % (alias, first.status))

    # ------------------------------------------------------------ browser-like walk
    def crawl(self, full=True, disabled=()):
        URL_MODE["naive_href"] = "whatwg-url" in set(disabled)
        ROBOTS_MODE["first_match"] = "robots-longest-match" in set(disabled)
        ROBOTS_MODE["first_group_only"] = "robots-merge-groups" in set(disabled)
        try:
            return self._crawl(full, disabled)
        finally:
            URL_MODE["naive_href"] = ROBOTS_MODE["first_match"] = ROBOTS_MODE["first_group_only"] = False

    def _crawl(self, full=True, disabled=()):
        self.full = full
        self.disabled = set(disabled)
        self.refresh_hops, self.sniffed_pages, self.whatwg_hrefs = 0, 0, 0
        start_requests = self.requests
        rr, _, _ = self.follow("/robots.txt")
        self.robots = robots_rules(rr.text()) if rr.status == 200 else []
        self._robots2 = None
        traps = self.man["trap_prefixes"]
        self.trap_hits = collections.Counter()
        self.trap_examples = {}
        self.robots_skipped = set()
        served = collections.defaultdict(set)   # canonical -> URLs that served its text
        self.fetched = set()
        self.encodings = collections.Counter()
        self.served = served
        self.reached = set()
        self.max_href = 0
        self.postbacks_done = 0
        self.loadmore_done = 0
        self._views_seen, self._cursor_seen = set(), set()
        self._rest_seen, self._jsonp_seen = set(), set()
        self._asmx_seen = set()
        self.xhr_done, self.feeds_read, self.asmx_done = 0, 0, 0
        self.sort_params = getattr(self.mod, "SUMMARY", {}).get("sort_params") or []
        self.tag_prefix = getattr(self.mod, "SUMMARY", {}).get("tag_prefix")
        self.forms_done, self.repeats_skipped, self.article_harvests = 0, 0, 0
        self.set22_counts = collections.Counter()
        summ23 = getattr(self.mod, "SUMMARY", {})
        self.html_sitemap = {norm_rel(u) for u in summ23.get("html_sitemap") or []}
        self.empty_pages = {norm_rel(u) for u in summ23.get("empty_pages") or []}
        self.year_param = summ23.get("year_param")
        self._path_linksets = collections.defaultdict(list)
        self._docwrite_seen = set()
        self._asmx_js = {}
        self._dua_seen = set()
        self._lds_seen = set()
        self._sp_seen = set()
        self.article_re = re.compile(getattr(self.mod, "SUMMARY", {}).get("article_pattern") or r"(?!x)x")
        self.page_canon = {}     # set 38: GET page -> (canonical href, document base URL, page URL, encoding)
        self._menu_js, self._tree_cache = {}, {}      # set 39: script-menu, tree-populate
        self._ext_js = {}                             # set 40: external-function (script file -> its functions and globals)
        self.scope39, self._start39 = None, {norm_rel(s_) for s_ in self.man["start_urls"]}
        if full:                 # set 39: home-scope -- the directory the start page lands in after its redirects
            for s_ in self.man["start_urls"]:
                r0, final0, chain0 = self.follow(s_)
                d0 = urlsplit(final0).path.rsplit("/", 1)[0] + "/"
                if r0.status == 200 and len(chain0) > 1 and not on_h2(final0) and d0 != "/":
                    self.scope39 = d0
                    break
        seen = set()
        queue = collections.deque()

        def enqueue(absolute, method="GET", body=b"", ctype=None, kind="link"):
            rel = to_rel(absolute)
            if rel is None:
                return
            if self.full and re.search(r"[A-Z]", re.sub(r"%[0-9A-F]{2}", "", urlsplit(rel).path)):
                self.set22_counts["case-path"] += 1
                if "case-path" in self.disabled:       # set 36: a canonicaliser that lower-cases paths
                    sp_ = urlsplit(rel)
                    rel = re.sub(r"%[0-9a-f]{2}", lambda m_: m_.group(0).upper(), sp_.path.lower()) + ("?" + sp_.query if sp_.query else "")
            if self.full and not on_h2(rel):
                sp_ = urlsplit(rel)
                if sp_.path.endswith("/") and sp_.path != "/":
                    self.set22_counts["trailing-slash"] += 1
                    if "trailing-slash" in self.disabled:     # set 38: a canonicaliser that strips the trailing slash
                        rel = (sp_.path.rstrip("/") or "/") + ("?" + sp_.query if sp_.query else "")
            if self.full and self.scope39 and not on_h2(rel) and norm_rel(rel) not in self._start39 and \
                    not rel.lower().startswith(self.scope39.lower()):
                if is_get(method):
                    self.set22_counts["home-scope"] += 1
                if "home-scope" in self.disabled:
                    return      # set 39: a crawler whose scope is the directory its start page landed in
            if is_get(method):
                if urlsplit(rel).path.lower().endswith(STATIC_EXT):
                    return
                if self.full and self.is_ad(rel):
                    self.set22_counts["banner-click"] += 1
                    if "banner-click" in self.disabled:
                        return      # set 39: a crawler that drops advertising / click-tracking links
                if "table-sort" in self.disabled and any(sp in rel for sp in self.sort_params):
                    return      # set 9: a crawler that never follows sort links of a table
                if "tag-pages" in self.disabled and self.tag_prefix and \
                        (urlsplit(rel).path.startswith(self.tag_prefix) or unquote(urlsplit(rel).path).startswith(self.tag_prefix)):
                    return      # set 10: a crawler that never follows tag / topic pages
                if "html-sitemap" in self.disabled and re.sub(r"(?i);jsessionid=[^?#]*", "", rel) in self.html_sitemap:
                    return      # set 23: a crawler that never reads the HTML site map
                if "year-links" in self.disabled and self.year_param and kind == "link" and \
                        any(k == self.year_param for k, _ in parse_qsl(urlsplit(rel).query, keep_blank_values=True)):
                    return      # set 23: a crawler that never follows archive-by-year links
                ts = trap_matches(traps, rel)
                if ts:
                    for t in ts:
                        self.trap_hits[t] += 1
                        self.trap_examples.setdefault(t, rel)
                    return
                if not self.robots_allow(rel):
                    self.robots_skipped.add(rel)
                    return
            key = (method, rel, body)
            if key in seen:
                return
            seen.add(key)
            queue.append((method, rel, body, ctype, kind))

        for s in self.man["start_urls"]:
            enqueue(absu(s))
        if full and "sitemap" not in self.disabled:
            self._sitemaps(rr.text() if rr.status == 200 else "", enqueue)
        while queue:
            if self.requests - start_requests > REQUEST_CAP:
                if full and not self.degraded:
                    self.err("walk exceeded %d requests: unlisted infinite URL space?" % REQUEST_CAP)
                break
            method, rel, body, ctype, kind = queue.popleft()
            r = self.get(rel, method, body, ctype)
            if is_get(method):
                self.fetched.add(rel)
            if method == "XHR":
                self.xhr_done += 1
            if kind == "postback":
                self.postbacks_done += 1
            if kind in ("loadmore", "formpost"):
                self.loadmore_done += 1
            if r.status in (301, 302, 303, 307, 308):
                loc = r.headers.get("location")
                if loc:
                    enqueue(urljoin(absu(rel), loc))
                continue
            if r.status != 200:
                continue
            was_reached = self.owner.get(norm_rel(rel)) in self.reached
            if norm_rel(rel) in self.owner:
                self.reached.add(self.owner[norm_rel(rel)])
            if self.full and r.headers.get("refresh"):      # set 11: HTTP `Refresh: 0; url=…` header (not <meta>)
                m = re.search(r"url\s*=\s*['\"]?([^'\"\s;]+)", r.headers["refresh"], re.I)
                if m and "refresh-header" not in self.disabled:
                    self.refresh_hops += 1
                    enqueue(resolve(absu(rel), m.group(1)))
            if self.full and "link-header" not in self.disabled and r.headers.get("link"):
                for m in re.finditer(r"<([^>]+)>\s*;[^,]*?rel=\"?next\"?", r.headers["link"]):
                    enqueue(urljoin(absu(rel), m.group(1)), kind="loadmore")
            ct = r.ctype
            if "json" in ct and self.full and method == "GET" and kind == "link":
                self.set22_counts["json-fragment"] += 1             # set 37: a plain link answered with JSON
                if "json-fragment" in self.disabled:
                    continue
            if "json" in ct:
                try:
                    data = json.loads(r.text())
                except ValueError:
                    continue
                self._walk_json(data, rel, enqueue)
                continue
            if ("xml" in ct and "xhtml" not in ct) or "gzip" in ct:
                body = r.body
                if body[:2] == b"\x1f\x8b":
                    body = gzip.decompress(body)
                body = self._cdata(body.decode("utf-8", "replace"))       # set 24: xml-cdata
                is_feed = bool(re.search(r"<(?:rss|feed)\b", body[:2000]))
                if is_feed:
                    self.feeds_read += 1
                    if "feed" in self.disabled:
                        continue
                # set 9: RFC 5005 paging inside RSS 2.0 (<atom:link rel="next" href=…/>) besides Atom's <link rel="next">
                for u in [] if not self.full else re.findall(r"<(?:loc|link|guid)[^>]*>\s*([^<\s]+)\s*</", body) + \
                        re.findall(r"<(?:atom:)?link\b[^>]*\bhref=[\"']([^\"']+)", body):
                    enqueue(resolve(absu(rel), _html_unescape(u)), kind="loadmore" if is_feed else "link")
                continue
            if ct.split(";")[0].strip().lower() != "text/html":
                # set 11: application/xhtml+xml, or no Content-Type at all (WHATWG MIME sniffing finds HTML)
                if "mime-sniff" in self.disabled:
                    continue
                if not ("xhtml" in ct or (not ct.strip() and sniff_html(r.body))):
                    continue
                self.sniffed_pages += 1
            text = r.text()
            self.encodings[r.encoding] += 1
            pg = parse_html(absu(rel), text, ignore_base="base-href" in self.disabled, enc=r.encoding)
            if "nofollow" in r.headers.get("x-robots-tag", "").lower():
                pg.meta_nofollow = True         # set 24: X-Robots-Tag: nofollow is the header form of the meta
            record = True
            if self.full and method == "GET" and pg.canonical:
                self.page_canon[rel] = (pg.canonical, pg.base, absu(rel), pg.enc)
                if "canonical-check" in self.disabled:      # set 38: the canonical taken on trust
                    c_ = to_rel(resolve(pg.base, pg.canonical, pg.enc))
                    if c_ is not None and c_ != norm_rel(rel):
                        record = False
                        if not was_reached and norm_rel(rel) in self.owner:
                            self.reached.discard(self.owner[norm_rel(rel)])
                        enqueue(absu(c_))
            self._handle_page(pg, rel, method, enqueue, record=record)

    def _handle_page(self, pg, rel, method, enqueue, record=True):
        self.max_href = max(self.max_href, pg.max_href)
        self.whatwg_hrefs += sum(1 for h_ in pg.links if "\\" in h_.split("?")[0] or re.search(r"[\t\n\r]", h_.strip()))
        for p in pg.paras:
            canon = self.fp.get(p)
            if canon:
                if record:          # set 38: a page taken for its canonical records nothing (canonical-check off)
                    self.served[canon].add(rel)
                if not self.full:
                    continue
                if self.degraded:
                    continue
                if method == "GET" and norm_rel(rel) not in self.owner:
                    self.err("unlisted URL variant %s shows article %s" % (rel, canon))
                elif method == "GET" and self.owner.get(norm_rel(rel)) != canon:
                    self.err("URL %s is listed for another article but shows %s" % (rel, canon))
        on = lambda mech: mech not in self.disabled
        if self.full and not on("past-empty") and norm_rel(rel) in self.empty_pages:
            self.set22_counts["stopped at an empty page"] += 1
            return              # set 23: the crawler takes an empty listing page for the end of the listing
        if self.full and pg.meta_nofollow:
            self.set22_counts["nofollow pages"] += 1
            if not on("nofollow"):
                return          # set 24: a crawler that honours <meta name=robots content=nofollow>
        if self.full and method in ("GET", "XHR") and any(self.fp.get(p) for p in pg.paras):
            if not on("article-links"):
                return          # set 10: articles treated as leaves
            self.article_harvests += 1
        elif self.full and self.article_re.search(rel) and not any(self.fp.get(p) for p in pg.paras):
            self.set22_counts["article-shaped-list"] += 1
            if not on("article-shaped-list"):
                return          # set 36: a page at an article's address taken for an article, a leaf
        if self.full and method == "GET":
            arts = set()
            for href in pg.links:
                t = to_rel(resolve(pg.base, href, pg.enc))
                if t in self.owner:
                    arts.add(self.owner[t])
            path = urlsplit(rel).path
            earlier = self._path_linksets[path]
            if arts and any(len(arts & t) >= 0.6 * len(arts) for t in earlier):
                self.repeats_skipped += 1
                if not on("near-dup"):
                    return      # set 10: the naive crawler takes the page for a repeat of an earlier page
            earlier.append(arts)
        links = list(pg.links)
        if self.full:                             # set 36: short-anchor, detail-link
            drop = set()
            for h_, texts in pg.anchor_texts.items():
                if not texts:
                    continue
                t_ = to_rel(resolve(pg.base, h_, pg.enc))
                if t_ and self.article_re.search(t_) and all(len(x_.split()) < 7 for x_ in texts):
                    self.set22_counts["short-anchor"] += 1
                    if not on("short-anchor"):
                        drop.add(h_)
                if all(self.generic_label(x_) for x_ in texts):
                    self.set22_counts["detail-link"] += 1
                    if not on("detail-link"):
                        drop.add(h_)
                if all(not x_ for x_ in texts) and any(pg.anchor_img.get(h_) or ()):
                    self.set22_counts["picture-link"] += 1          # set 37: the item's only link is its picture
                    if not on("picture-link"):
                        drop.add(h_)
                if all(self.date_label(x_) for x_ in texts):
                    self.set22_counts["date-anchor"] += 1           # set 37: the item is linked by its date
                    if not on("date-anchor"):
                        drop.add(h_)
                hid_ = pg.anchor_hidden.get(h_) or []
                if hid_ and all(hid_):
                    self.set22_counts["hidden-pane"] += 1           # set 37: every <a> of it in hidden markup
                    if not on("hidden-pane"):
                        drop.add(h_)
            if drop:
                links = [h_ for h_ in links if h_ not in drop]
        if on("image-map") and self.full:         # plain mode = <a href> (and meta refresh) only
            links += pg.area_links
        if on("select-nav") and self.full:
            links += pg.select_links
        if self.full:                             # set 24: svg-link, noscript, template, nofollow
            for mech, extra in (("svg-link", pg.svg_links), ("noscript", pg.noscript_links), ("template", pg.template_links)):
                self.set22_counts[mech] += len(extra)
                if on(mech):
                    links += extra
            self.set22_counts["nofollow"] += sum(1 for h_ in links if h_ in pg.nofollow_hrefs)
            if not on("nofollow"):
                links = [h_ for h_ in links if h_ not in pg.nofollow_hrefs]
        else:
            links += pg.noscript_links + pg.template_links
        for href in links:
            # plain mode: what a link-following crawler without the AJAX-crawling scheme sees ('#!…' = same page)
            enqueue(resolve(pg.base, href, pg.enc) if self.full else resolve(pg.base, href.split("#")[0], pg.enc))
        if not self.full:
            return
        self._set4(pg, rel, enqueue, on)
        self._set5(pg, rel, enqueue, on)
        for href in pg.head_links:
            enqueue(resolve(pg.base, href, pg.enc))
        self._set9(pg, rel, method, enqueue, on)
        self._set22(pg, rel, enqueue, on)
        self._set23(pg, rel, enqueue, on)
        self._set24(pg, rel, enqueue, on)
        self._set25(pg, rel, enqueue, on)
        self._set26(pg, rel, enqueue, on)
        self._set27(pg, rel, enqueue, on)
        self._set28(pg, rel, enqueue, on)
        self._set29(pg, rel, enqueue, on)
        self._set30(pg, rel, enqueue, on)
        self._set31(pg, rel, enqueue, on)
        self._set32(pg, rel, enqueue, on)
        self._set33(pg, rel, enqueue, on)
        self._set34(pg, rel, enqueue, on)
        self._set35(pg, rel, enqueue, on)
        self._set39(pg, rel, enqueue, on)
        self._set40(pg, rel, enqueue, on)
        if pg.fragment_meta and "_escaped_fragment_" not in rel:
            enqueue(resolve(pg.base, "?_escaped_fragment_="))
        for form, name, target, values in pg.select_postbacks:
            base_fields = [(k, v) for k, v in form["fields"] if k not in ("__EVENTTARGET", "__EVENTARGUMENT", name)]
            action = urljoin(pg.base, form["action"] or rel)
            for v in values:
                fields = [("__EVENTTARGET", target), ("__EVENTARGUMENT", "")] + base_fields + [(name, v)]
                enqueue(action, "POST", urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded", kind="postback")
        if pg.data_pages and any(re.search(r"""['"]\??page=['"]""", sc) for sc in pg.scripts):
            # script-driven pager: location.pathname + '?page=' + data-page (+ '&sort=' + data-sort)
            path = urlsplit(urljoin(pg.base, rel)).path
            for n in sorted(set(pg.data_pages)):
                enqueue(absu(path) + "?page=%d" % n + ("&sort=" + pg.data_sort if pg.data_sort else ""))
        for script in pg.scripts:
            self._graphql(script, pg.base, enqueue)
        for attr, u in pg.data_urls:
            if u.startswith(("/", "http", "?", ".")) and on(attr):
                enqueue(urljoin(pg.base, u), kind="loadmore")
        for form, target, arg in pg.postbacks:
            if form is None:
                self.warnings.append("postback outside a form on %s" % rel)
                continue
            fields = [(k, v) for k, v in form["fields"] if k not in ("__EVENTTARGET", "__EVENTARGUMENT")]
            fields = [("__EVENTTARGET", target), ("__EVENTARGUMENT", arg)] + fields
            action = urljoin(pg.base, form["action"] or rel)
            enqueue(action, "POST", urlencode(fields).encode("utf-8"),
                    "application/x-www-form-urlencoded", kind="postback")
        for script in pg.scripts:
            self._script_loadmore(script, pg.base, enqueue)
            self._script_cursor(script, pg.base, enqueue)
        for form in pg.forms:
            # a plain (non-postback) POST form with a submit button, e.g. a "Xem thêm" form with hidden fields
            if form["method"] == "post" and form.get("submit") and not any(k == "__VIEWSTATE" for k, _ in form["fields"]):
                action = urljoin(pg.base, form["action"] or rel)
                enqueue(action, "POST", urlencode(form["fields"]).encode("utf-8"),
                        "application/x-www-form-urlencoded", kind="formpost")
        for attrs, raw in pg.islands:
            self._island(attrs, raw, pg, rel, enqueue)

    # ------------------------------------------------------------ set 4 browser mechanisms
    def _set4(self, pg, rel, enqueue, on):
        # onclick="location.href='…'" (and javascript: hrefs doing the same)
        if on("onclick-location"):
            for u in pg.onclick_links:
                enqueue(urljoin(pg.base, u))
        # <li onclick="goPage(3)"> + an inline function goPage(p) { location.href = '…' + p + '…'; }
        if on("js-function") and pg.js_calls:
            funcs = {}
            for sc in pg.scripts:
                for m in re.finditer(r"function\s+([\w$]+)\s*\(([^)]*)\)\s*\{(.*?)\n?\s*\}", sc, re.S):
                    params = [x.strip() for x in m.group(2).split(",") if x.strip()]
                    nav = re.search(r"location(?:\.href)?\s*=\s*([^;\n]+)", m.group(3))
                    if nav:
                        funcs[m.group(1)] = (params, nav.group(1))
            for name, args in pg.js_calls:
                if name not in funcs:
                    continue
                params, expr = funcs[name]
                env = dict(zip(params, args))
                out = []
                for tok in re.findall(r"""'[^']*'|"[^"]*"|[\w$.]+""", expr):
                    if tok[0] in "'\"":
                        out.append(tok[1:-1])
                    elif tok in env:
                        out.append(env[tok])
                    else:
                        out = None
                        break
                if out is not None:
                    enqueue(urljoin(pg.base, "".join(out)))
        # WordPress REST: <link rel="https://api.w.org/"> + a script using wp/v2/posts + a button with data-category
        if on("rest-api") and pg.api_root and pg.rest_buttons:
            script = "\n".join(x for x in pg.scripts if "wp/v2/posts" in x)
            if script:
                fields = re.search(r"_fields=([\w,]+)", script)
                root = urljoin(pg.base, pg.api_root)
                for attrs in pg.rest_buttons:
                    per = attrs.get("data-per-page") or "10"
                    start = int(attrs.get("data-paged") or 1)
                    for n in range(start, start + 300):
                        q = [("categories", attrs["data-category"]), ("page", n), ("per_page", per)]
                        if fields:
                            q.append(("_fields", fields.group(1)))
                        rel2 = to_rel(root + "wp/v2/posts?" + urlencode(q))
                        if rel2 is None or rel2 in self._rest_seen or not robots_ok(self.robots, rel2):
                            break
                        self._rest_seen.add(rel2)
                        r = self.get(rel2)
                        self.loadmore_done += 1
                        if r.status != 200:
                            break
                        data = json.loads(r.text())
                        if not data:
                            break
                        self._walk_json(data, rel2, enqueue)
                        total = r.headers.get("x-wp-totalpages")
                        if total and n >= int(total):
                            break
        # GET load-more: <button data-url="/ajax/more?cat=3" data-offset="12" data-limit="12"> -> url&offset=12&limit=12
        if on("data-offset"):
            for url, off, limit in pg.offset_buttons:
                u = urljoin(pg.base, url)
                u += ("&" if "?" in u else "?") + "offset=" + off + ("&limit=" + limit if limit else "")
                enqueue(u, kind="loadmore")
        # 'Đi đến trang' GET form with <input type=number min max>: submit every value
        if on("get-form"):
            for form in pg.forms:
                if form["method"] != "get" or not form.get("numbers"):
                    continue
                action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
                for name, lo, hi in form["numbers"]:
                    for v in range(lo, min(hi, lo + 500) + 1):
                        fields = [(k, str(v) if k == name else x) for k, x in form["fields"]]
                        enqueue(action + "?" + urlencode(fields), kind="loadmore")
        # JSONP widget: <script src="…?callback=fn"> -> fn({...})
        if on("jsonp"):
            for src in pg.script_srcs:
                if "callback=" not in src:
                    continue
                rel2 = to_rel(urljoin(pg.base, src))
                if rel2 is None or rel2 in self._jsonp_seen or not robots_ok(self.robots, rel2):
                    continue
                self._jsonp_seen.add(rel2)
                r = self.get(rel2)
                self.loadmore_done += 1
                m = re.match(r"^\s*(?:/\*\*/\s*)?[\w$.]+\s*\((.*)\)\s*;?\s*$", r.text(), re.S)
                if r.status == 200 and m:
                    try:
                        self._walk_json(json.loads(m.group(1)), rel2, enqueue)
                    except ValueError:
                        pass
        # jQuery .load('/Ajax/Tab?id=' + $(this).data('id')) over elements carrying that data attribute
        if on("script-data-attr"):
            for sc in pg.scripts:
                for m in re.finditer(r"""(['"])([^'"\s]+[?&][\w-]+=)\1\s*\+\s*(?:\$\(\s*this\s*\)\.data\(\s*['"]([\w-]+)['"]\s*\)|this\.dataset\.(\w+)|this\.getAttribute\(\s*['"]data-([\w-]+)['"]\s*\))""", sc):
                    attr = m.group(3) or m.group(5) or re.sub(r"([A-Z])", lambda x: "-" + x.group(1).lower(), m.group(4))
                    for el in pg.data_elems:
                        v = el.get("data-" + attr)
                        if v:
                            enqueue(urljoin(pg.base, m.group(2) + quote(v, safe="")), kind="loadmore")
        # fetch('/Ajax/TinMoiNhat?top=20') / $.getJSON('…') with a literal URL
        if on("fetch-json"):
            for sc in pg.scripts:
                for m in re.finditer(r"""(?:\bfetch|\$\.getJSON|\$\.get)\(\s*(['"])([^'"]+)\1\s*[,)]""", sc):
                    enqueue(urljoin(pg.base, m.group(2)), kind="loadmore")

    # ------------------------------------------------------------ set 9 browser mechanisms
    def _set9(self, pg, rel, method, enqueue, on):
        # 'Xem thêm' whose script fetches data-url with X-Requested-With: XMLHttpRequest (a fragment fetched that way
        # carries the next button, which the same script handles)
        if on("xhr-header") and (method == "XHR" or any("X-Requested-With" in sc for sc in pg.scripts)):
            for attr, u in pg.data_urls:
                if u.startswith(("/", "http", "?", ".")):
                    enqueue(urljoin(pg.base, u), method="XHR", kind="loadmore")
        if on("asmx-json"):
            for sc in pg.scripts:
                self._asmx(sc, pg.base, enqueue)
        # set 10: GET search forms submitted with empty text inputs and every <select> option combination
        if on("search-form"):
            import itertools
            for form in pg.forms:
                if form["method"] != "get" or not form.get("text_inputs") or form.get("numbers"):
                    continue
                action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
                sels = form.get("selects", [])
                for combo in itertools.islice(itertools.product(*[vals or [""] for _, vals in sels]), 200):
                    fields = self._form_fields(form, sels, combo)
                    self.forms_done += 1
                    enqueue(action + "?" + urlencode(fields), kind="loadmore")

    # ------------------------------------------------------------ set 22 browser mechanisms
    FIELD_SET = re.compile(r"""(?:getElementById\(\s*['"]([\w:$.-]+)['"]\s*\)|document\.(?:forms\[\s*['"][\w$-]+['"]\s*\]|[\w$]+)\.([\w$]+))\.value\s*=\s*([\w$]+)\s*;""")
    FORM_SUBMIT = re.compile(r"""(?:getElementById\(\s*['"]([\w:$.-]+)['"]\s*\)|document\.forms\[\s*['"]([\w$-]+)['"]\s*\]|document\.([\w$]+))\.submit\(\)""")

    def _set22(self, pg, rel, enqueue, on):
        if on("onclick-url"):
            for u in pg.js_urls:
                self.set22_counts["onclick-url"] += 1
                enqueue(resolve(pg.base, u, pg.enc), kind="loadmore")
        if on("form-field-js") and pg.js_calls and pg.forms:
            funcs = {}
            for sc in pg.scripts:
                for m in re.finditer(r"function\s+([\w$]+)\s*\(([^)]*)\)\s*\{(.*?)\n?\s*\}", sc, re.S):
                    params = [x.strip() for x in m.group(2).split(",") if x.strip()]
                    fs, sub = self.FIELD_SET.search(m.group(3)), self.FORM_SUBMIT.search(m.group(3))
                    if fs and sub and fs.group(3) in params:
                        funcs[m.group(1)] = (params.index(fs.group(3)), fs.group(1), fs.group(2), sub.group(1) or sub.group(2) or sub.group(3))
            for name, args in pg.js_calls:
                if name not in funcs:
                    continue
                pos, fid, fname, form_key = funcs[name]
                if pos >= len(args):
                    continue
                form = next((f for f in pg.forms if form_key in (f.get("id"), f.get("name"))), None)
                if form is None:
                    continue
                field = form["ids"].get(fid) if fid else fname
                if not field:
                    continue
                fields = [(k, args[pos] if k == field else v) for k, v in form["fields"]]
                action = urljoin(pg.base, form["action"] or rel)
                self.set22_counts["form-field-js"] += 1
                if form["method"] == "post":
                    enqueue(action, "POST", urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded", kind="formpost")
                else:
                    enqueue(action.split("?")[0].split("#")[0] + "?" + urlencode(fields), kind="loadmore")
        if on("select-form"):
            import itertools
            for form in pg.forms:
                if form["method"] != "get" or form.get("text_inputs") or form.get("numbers") or not form.get("selects") \
                        or not form.get("submit"):
                    continue
                action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
                sels = form["selects"]
                for combo in itertools.islice(itertools.product(*[vals or [""] for _, vals in sels]), 200):
                    self.set22_counts["select-form"] += 1
                    enqueue(action + "?" + urlencode(self._form_fields(form, sels, combo)), kind="loadmore")
        if on("script-pager"):
            for sc in pg.scripts:
                for m in re.finditer(r"\.twbsPagination\(\s*\{(.*?)\}\s*\)", sc, re.S):
                    tot = re.search(r"totalPages\s*:\s*(\d+)", m.group(1))
                    href = re.search(r"""href\s*:\s*(['"])([^'"]*\{\{number\}\}[^'"]*)\1""", m.group(1))
                    if not tot or not href:
                        continue
                    for n in range(1, min(int(tot.group(1)), 500) + 1):
                        self.set22_counts["script-pager"] += 1
                        enqueue(resolve(pg.base, href.group(2).replace("{{number}}", str(n)), pg.enc), kind="loadmore")

    # ------------------------------------------------------------ set 23 browser mechanisms
    BUTTON_FIELD = re.compile(r"""(?:getElementById\(\s*['"]([\w:$.-]+)['"]\s*\)|\.form\.([\w$]+)|\.form\.elements\[\s*['"]([\w$-]+)['"]\s*\])\.value\s*=""")

    def _set23(self, pg, rel, enqueue, on):
        if on("iframe"):
            for src in pg.iframe_srcs:
                self.set22_counts["iframe"] += 1
                enqueue(resolve(pg.base, src, pg.enc))
        if on("button-page"):
            for form in pg.forms:
                if form["method"] != "get" or not form.get("buttons"):
                    continue
                hidden = form.get("hidden_names") or set()
                pairs = {(b.get("name"), b.get("value", "")) for b in form["buttons"] if b.get("name")}
                base = [(k, v if k in hidden else "") for k, v in form["fields"] if (k, v) not in pairs]
                action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
                for b in form["buttons"]:
                    if b.get("data-page", "").isdigit():
                        m = self.BUTTON_FIELD.search(b.get("onclick", ""))
                        field = None
                        if m:
                            field = form["ids"].get(m.group(1)) if m.group(1) else (m.group(2) or m.group(3))
                        if not field:
                            field = next((k for k in ("page", "trang", "p", "pageindex") if k in hidden), None)
                        if not field:
                            continue
                        fields = [(k, b["data-page"] if k == field else v) for k, v in base]
                    elif b.get("name") and b.get("value", "").isdigit():
                        fields = base + [(b["name"], b["value"])]
                    else:
                        continue
                    self.set22_counts["button-page"] += 1
                    enqueue(action + "?" + urlencode(fields), kind="loadmore")

    # ------------------------------------------------------------ set 24 browser mechanisms
    def _set24(self, pg, rel, enqueue, on):
        if on("hx-get"):
            for u, vals in pg.hx_gets:
                target = resolve(pg.base, u, pg.enc)
                extra = []
                if vals.strip().startswith("{"):           # a 'js:' / 'javascript:' hx-vals is code: not read
                    try:
                        obj = json.loads(vals)
                    except ValueError:
                        obj = {}
                    for k, v in (obj.items() if isinstance(obj, dict) else ()):
                        extra.append((k, ("true" if v else "false") if isinstance(v, bool) else "" if v is None else str(v)))
                if extra:
                    sp = urlsplit(target)
                    q = (sp.query + "&" if sp.query else "") + urlencode(extra)
                    target = urlunsplit((sp.scheme, sp.netloc, sp.path, pct_encode(q), ""))
                self.set22_counts["hx-get"] += 1
                enqueue(target, method="HTMX", kind="loadmore")

    # ------------------------------------------------------------ set 25 browser mechanisms
    DOCWRITE = re.compile(r"""document\.write(?:ln)?\(\s*((?:(?:(['"])(?:\\.|(?!\2).)*\2)\s*\+?\s*)+)\)""", re.S)

    def _set25(self, pg, rel, enqueue, on):
        import itertools
        if on("json-feed"):
            for h_ in pg.json_feeds:
                self.set22_counts["json-feed"] += 1
                enqueue(resolve(pg.base, h_, pg.enc), kind="loadmore")
        if on("link-sitemap"):
            for h_ in pg.sitemap_links:
                self.set22_counts["link-sitemap"] += 1
                enqueue(resolve(pg.base, h_, pg.enc))
        if on("inertia"):
            for raw in pg.inertia:
                try:
                    obj = json.loads(raw)
                except ValueError:
                    continue
                self.set22_counts["inertia"] += 1

                def walk(v, key=""):
                    if isinstance(v, dict):
                        for k, w in v.items():
                            walk(w, k)
                    elif isinstance(v, list):
                        for w in v:
                            walk(w, key)
                    elif isinstance(v, str) and key.lower().endswith(("url", "href", "link", "path")) and \
                            v.startswith(("/", "http://", "https://")):
                        enqueue(resolve(pg.base, v, pg.enc), kind="loadmore")
                walk(obj)
        for form in pg.forms:
            action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
            hidden = form.get("hidden_names") or set()
            base = [(k, v if k in hidden else "") for k, v in form["fields"]]
            if on("month-input") and form["method"] == "get" and form.get("months") and not form.get("text_inputs"):
                sels = [(n, (vals or [""])[0]) for n, vals in form.get("selects", [])]
                for name, lo, hi in form["months"]:
                    y, m = int(lo[:4]), int(lo[5:])
                    while (y, m) <= (int(hi[:4]), int(hi[5:])) and self.set22_counts["month-input"] < 5000:
                        self.set22_counts["month-input"] += 1
                        enqueue(action + "?" + urlencode(base + sels + [(name, "%04d-%02d" % (y, m))]), kind="loadmore")
                        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            if on("submit-onchange") and form["method"] == "get" and form.get("autosubmit") and not form.get("submit") \
                    and form.get("selects"):
                sels = form["selects"]
                for combo in itertools.islice(itertools.product(*[vals or [""] for _, vals in sels]), 200):
                    self.set22_counts["submit-onchange"] += 1
                    enqueue(action + "?" + urlencode(self._form_fields(form, sels, combo)), kind="loadmore")
        if on("form-attr"):
            for b in pg.outside_buttons:
                form = next((f for f in pg.forms if f.get("id") and f["id"] == b.get("form")), None)
                if form is None:
                    continue
                hidden = form.get("hidden_names") or set()
                fields = [(k, v if k in hidden else "") for k, v in form["fields"]]
                if b.get("name"):
                    fields.append((b["name"], b.get("value", "")))
                action = urljoin(pg.base, b.get("formaction") or form["action"] or rel)
                self.set22_counts["form-attr"] += 1
                if form["method"] == "post":
                    enqueue(action, "POST", urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded", kind="formpost")
                else:
                    enqueue(action.split("?")[0].split("#")[0] + "?" + urlencode(fields), kind="loadmore")
        if on("docwrite-script"):
            for src in pg.script_srcs:
                rel2 = to_rel(resolve(pg.base, src, pg.enc))
                if rel2 is None or rel2 in self._docwrite_seen or not self.robots_allow(rel2) or \
                        trap_matches(self.man["trap_prefixes"], rel2):
                    continue
                self._docwrite_seen.add(rel2)
                r = self.get(rel2)
                self.loadmore_done += 1
                if r.status != 200:
                    continue
                html_ = "".join(js_unescape(m.group(2)) for call_ in self.DOCWRITE.finditer(r.text())
                                for m in self.JS_STR.finditer(call_.group(1)))
                if "<" in html_:
                    self.set22_counts["docwrite-script"] += 1
                    self._handle_page(parse_html(pg.base, html_, enc=pg.enc), rel, "FRAGMENT", enqueue)

    JS_STR = Page.JS_STR

    # ------------------------------------------------------------ set 26 browser mechanisms
    @staticmethod
    def astro_decode(v):
        """Astro's island props serialisation: every value is [type, value]; 0 = plain value / object, 1 = array."""
        if isinstance(v, list) and len(v) == 2 and isinstance(v[0], int):
            t, val = v
            if t == 0 and isinstance(val, dict):
                return {k: SiteCheck.astro_decode(w) for k, w in val.items()}
            if t == 1 and isinstance(val, list):
                return [SiteCheck.astro_decode(w) for w in val]
            return val
        if isinstance(v, dict):
            return {k: SiteCheck.astro_decode(w) for k, w in v.items()}
        return v

    def _set26(self, pg, rel, enqueue, on):
        import itertools
        for mech, srcs in (("frame", pg.frame_srcs), ("object-data", pg.object_srcs), ("hreflang", pg.hreflang_links),
                           ("turbo-frame", [s for s, _ in pg.turbo_frames]), ("select-visit", pg.visit_links)):
            self.set22_counts[mech] += len(srcs)
            if on(mech):
                for s in srcs:
                    enqueue(resolve(pg.base, s, pg.enc), kind="loadmore" if mech == "turbo-frame" else "link")
        for raw in pg.astro_props:
            try:
                obj = self.astro_decode(json.loads(raw))
            except ValueError:
                continue
            self.set22_counts["astro-island"] += 1
            if not on("astro-island"):
                continue

            def walk(v):
                if isinstance(v, dict):
                    for w in v.values():
                        walk(w)
                elif isinstance(v, list):
                    for w in v:
                        walk(w)
                elif isinstance(v, str) and (v.startswith("/") and not v.startswith("//") or v.startswith(("http://", "https://"))) \
                        and not urlsplit(v).path.lower().endswith(STATIC_EXT):
                    enqueue(resolve(pg.base, v, pg.enc), kind="loadmore")
            walk(obj)
        for form in pg.forms:
            hidden = form.get("hidden_names") or set()
            base = [(k, v if k in hidden else "") for k, v in form["fields"]]
            if form.get("formactions"):
                self.set22_counts["formaction"] += len(form["formactions"])
            for b in (form.get("formactions") or []) if on("formaction") else []:
                fields = base + ([(b["name"], b.get("value", ""))] if b.get("name") else [])
                action = urljoin(pg.base, b["formaction"])
                if form["method"] == "post":
                    enqueue(action, "POST", urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded", kind="formpost")
                else:
                    enqueue(action.split("?")[0].split("#")[0] + ("?" + urlencode(fields) if fields else ""), kind="loadmore")
            if on("radio-form") and form["method"] == "get" and form.get("radios") and form.get("submit") \
                    and not form.get("text_inputs"):
                action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
                groups = list(form["radios"].items())
                sels = [(n, (vals or [""])[0]) for n, vals in form.get("selects", [])]
                for combo in itertools.islice(itertools.product(*[vals for _, vals in groups]), 200):
                    self.set22_counts["radio-form"] += 1
                    enqueue(action + "?" + urlencode(base + sels + [(n, v) for (n, _), v in zip(groups, combo)]), kind="loadmore")

    # ------------------------------------------------------------ set 27 browser mechanisms
    AJAX_CALL = re.compile(r"(?:Liferay\.Portlet\.addHTML|A\.io\.request|\$\.ajax|jQuery\.ajax|\$\.get|jQuery\.get)\s*\(")
    JS_PAIR = re.compile(r"""([\w$]+|'[^']*'|"[^"]*")\s*:\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|(-?\d+(?:\.\d+)?)|(true|false))""")

    @classmethod
    def ajax_calls(cls, script):
        """Set 27 (ajax-data): (method, url, [(key, value)]) of every call in `script` with a literal url and data object."""
        out = []
        starts = [m.end() for m in cls.AJAX_CALL.finditer(script)]
        for i, st in enumerate(starts):
            seg = script[st:starts[i + 1] if i + 1 < len(starts) else st + 4000]
            first = re.match(r"""\s*(['"])((?:\\.|(?!\1).)*)\1""", seg)
            um = re.search(r"""\burl\s*:\s*(['"])((?:\\.|(?!\1).)*)\1""", seg)
            dm = re.search(r"\bdata\s*:\s*\{([^{}]*)\}", seg) or (re.match(r"""\s*(['"])(?:\\.|(?!\1).)*\1\s*,\s*\{([^{}]*)\}""", seg) if first else None)
            url = js_unescape((first or um).group(2)) if (first or um) else None
            if not url or not dm:
                continue
            body = dm.group(dm.lastindex)
            pairs = []
            for pm in cls.JS_PAIR.finditer(body):
                k = pm.group(1).strip("'\"")
                v = pm.group(2) if pm.group(2) is not None else pm.group(3) if pm.group(3) is not None else pm.group(4) or pm.group(5)
                pairs.append((k, js_unescape(v)))
            mm = re.search(r"""\b(?:type|method)\s*:\s*['"](\w+)['"]""", seg)
            out.append(((mm.group(1).upper() if mm else "GET"), url, pairs))
        return out

    @staticmethod
    def script_bound(pg, form):
        """Set 27 (script-change): does an inline script bind one of this GET form's selects (by id) to a handler that
        submits the form?"""
        if form["method"] != "get" or form.get("submit") or not form.get("selects"):
            return False
        names = {n for n, _ in form["selects"]}
        ids = [i for i, n in form["ids"].items() if n in names]
        for sc in pg.scripts:
            if not re.search(r"\.(?:submit|requestSubmit)\(\s*\)", sc):
                continue
            if not re.search(r"""\.onchange\s*=|addEventListener\(\s*['"]change['"]|\.on\(\s*['"]change['"]|\.change\(""", sc):
                continue
            for i in ids:
                if re.search(r"""getElementById\(\s*['"]%s['"]\s*\)|['"]#%s['"]""" % (re.escape(i), re.escape(i)), sc):
                    return True
        return False

    def _set27(self, pg, rel, enqueue, on):
        import itertools
        for form in pg.forms:
            sels = form.get("selects") or []
            combos = list(itertools.islice(itertools.product(*[vals or [""] for _, vals in sels]), 200)) if sels else [()]
            action = urljoin(pg.base, form["action"] or rel)
            if form.get("images") and not form.get("submit") and not form.get("ajax"):
                b = form["images"][0]
                pair = [(b["name"] + ".x", "0"), (b["name"] + ".y", "0")] if b.get("name") else [("x", "0"), ("y", "0")]
                for combo in combos:
                    self.set22_counts["image-submit"] += 1
                    if not on("image-submit"):
                        continue
                    fields = self._form_fields(form, sels, combo) + pair
                    if form["method"] == "post":
                        enqueue(action, "POST", urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded", kind="formpost")
                    else:
                        enqueue(action.split("?")[0].split("#")[0] + "?" + urlencode(fields), kind="loadmore")
            if form.get("ajax"):
                aj = form["ajax"]
                meth = (aj.get("method") or form["method"] or "get").upper()
                target = urljoin(pg.base, aj.get("url") or form["action"] or rel)
                for combo in combos:
                    self.set22_counts["unobtrusive-ajax"] += 1
                    if not on("unobtrusive-ajax"):
                        continue
                    fields = self._form_fields(form, sels, combo) + [("X-Requested-With", "XMLHttpRequest")]
                    if meth == "GET":
                        enqueue(target.split("?")[0].split("#")[0] + "?" + urlencode(fields), "XHR", kind="loadmore")
                    else:
                        enqueue(target, "POST", urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded", kind="formpost")
            if self.script_bound(pg, form) and not form.get("autosubmit"):
                for combo in combos:
                    self.set22_counts["script-change"] += 1
                    if on("script-change"):
                        enqueue(action.split("?")[0].split("#")[0] + "?" + urlencode(self._form_fields(form, sels, combo)), kind="loadmore")
        for sc in pg.scripts:
            for meth, u, pairs in self.ajax_calls(sc):
                self.set22_counts["ajax-data"] += 1
                if not on("ajax-data"):
                    continue
                target = resolve(pg.base, u, pg.enc)
                if meth == "POST":
                    enqueue(target, "POST", urlencode(pairs).encode("utf-8"), "application/x-www-form-urlencoded", kind="formpost")
                else:
                    enqueue(target.split("#")[0] + ("&" if "?" in target else "?") + urlencode(pairs), kind="loadmore")

    # ------------------------------------------------------------ set 28 browser mechanisms
    JQ_LOAD = re.compile(r"""(?:\$|jQuery)\(\s*(['"])[^'"]*\1\s*\)\s*\.load\(\s*(['"])((?:\\.|(?!\2).)*)\2""")
    LISTDATA = re.compile(r"\bvar\s+([\w$]*ListData)\s*=\s*(?=\{)")

    @classmethod
    def jq_loads(cls, script):
        """Set 28 (jquery-load): the literal addresses of $(sel).load('…') calls (the ' selector' suffix dropped)."""
        return [js_unescape(m.group(3)).strip().split(" ")[0] for m in cls.JQ_LOAD.finditer(script) if m.group(3).strip()]

    @classmethod
    def list_data(cls, script):
        """Set 28 (csr-listdata): the decoded objects of `var WPQ<n>ListData = {…}` in a script."""
        out, dec = [], json.JSONDecoder()
        for m in cls.LISTDATA.finditer(script):
            try:
                obj, _ = dec.raw_decode(script, m.end())
            except ValueError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("Row"), list):
                out.append(obj)
        return out

    @staticmethod
    def post_select(form):
        """Set 28 (post-select-form): a plain POST form (no __VIEWSTATE, not an Ajax.BeginForm) with selects and a submit button."""
        return form["method"] == "post" and bool(form.get("submit")) and bool(form.get("selects")) and not form.get("ajax") \
            and not any(k == "__VIEWSTATE" for k, _ in form["fields"])

    def _set28(self, pg, rel, enqueue, on):
        import itertools
        for sc in pg.scripts:
            for u in self.jq_loads(sc):
                self.set22_counts["jquery-load"] += 1
                if on("jquery-load"):
                    enqueue(resolve(pg.base, u, pg.enc), "XHR", kind="loadmore")
            for obj in self.list_data(sc):
                self.set22_counts["csr-listdata"] += 1
                if not on("csr-listdata"):
                    continue
                for row in obj["Row"]:
                    if isinstance(row, dict) and isinstance(row.get("FileRef"), str) and row["FileRef"].startswith("/"):
                        enqueue(resolve(pg.base, row["FileRef"], pg.enc))
                for k in ("NextHref", "PrevHref"):
                    if isinstance(obj.get(k), str) and obj[k]:
                        enqueue(resolve(pg.base, obj[k], pg.enc), kind="loadmore")
        for form in pg.forms:
            if not self.post_select(form):
                continue
            sels = form["selects"]
            action = urljoin(pg.base, form["action"] or rel)
            for combo in itertools.islice(itertools.product(*[vals or [""] for _, vals in sels]), 200):
                self.set22_counts["post-select-form"] += 1
                if on("post-select-form"):
                    enqueue(action, "POST", urlencode(self._form_fields(form, sels, combo)).encode("utf-8"),
                            "application/x-www-form-urlencoded", kind="formpost")
        for html_ in pg.tpl_scripts:
            if "<" not in html_:
                continue
            self.set22_counts["script-template"] += 1
            if on("script-template"):
                self._handle_page(parse_html(pg.base, html_, enc=pg.enc), rel, "FRAGMENT", enqueue)

    # ------------------------------------------------------------ set 29 browser mechanisms
    SF_VAR = re.compile(r"""(?:var|let|const)\s+([\w$]+)\s*=\s*(?:\$|jQuery)\.ServicesFramework\(\s*(\d+)\s*\)""")
    SF_URL = re.compile(r"""\burl\s*:\s*([\w$]+)\.getServiceRoot\(\s*(['"])([\w.$-]+)\2\s*\)\s*\+\s*(['"])((?:\\.|(?!\4).)*)\4""")
    LIT_PAIR = re.compile(r"""([\w$]+|'[^']*'|"[^"]*")\s*:\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|(-?\d+(?:\.\d+)?)|(true|false))""")
    TD_URL = re.compile(r"""\btd_ajax_url\s*=\s*(['"])((?:\\.|(?!\1).)*)\1""")
    TD_NONCE = re.compile(r"""\btdBlockNonce\s*=\s*(['"])((?:\\.|(?!\1).)*)\1""")
    TD_BLOCK = re.compile(r"""\bvar\s+([\w$]+)\s*=\s*new\s+tdBlock\(\s*\)\s*;""")
    PM_PROTO = re.compile(r"""([\w$.]+)\.prototype\s*=\s*\{""")
    PM_METHOD = re.compile(r"""([\w$]+)\s*:\s*function\s*\(([^)]*)\)\s*\{\s*return\s+this\._invoke\(\s*this\._get_path\(\)\s*,\s*(['"])([\w$]+)\3\s*,"""
                           r"""\s*(true|false)\s*,\s*\{([^{}]*)\}""")
    JS_ARG = r"""(?:-?\d+(?:\.\d+)?|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|true|false|null|[A-Za-z_$][\w$]*)"""

    @classmethod
    def _lit_pairs(cls, body):
        out = []
        for pm in cls.LIT_PAIR.finditer(body):
            v = pm.group(2) if pm.group(2) is not None else pm.group(3) if pm.group(3) is not None else pm.group(4) or pm.group(5)
            out.append((pm.group(1).strip("'\""), js_unescape(v)))
        return out

    @staticmethod
    def dnn_vars(raw):
        """DNN's __dnnVariable: a leading backtick, then a JSON object whose quotes are backticks
        (`{`sf_siteRoot`:`/`,`sf_tabId`:`60`} -- dnn.js strips the first backtick and turns the others into quotes)."""
        raw = _html_unescape(raw or "")
        try:
            obj = json.loads((raw[1:] if raw.startswith("`") else raw).replace("`", '"'))
        except ValueError:
            return {}
        return obj if isinstance(obj, dict) else {}

    @classmethod
    def sf_requests(cls, pg):
        """Set 29 (dnn-services): (method with headers, absolute URL, form body) of every $.ajax call built on a
        $.ServicesFramework(<moduleId>) instance of the page's inline scripts."""
        dv = cls.dnn_vars(pg.dnn_var)
        root, tab = str(dv.get("sf_siteRoot") or "/"), str(dv.get("sf_tabId") or "-1")
        out = []
        for sc in pg.scripts:
            sfs = {m.group(1): m.group(2) for m in cls.SF_VAR.finditer(sc)}
            if not sfs:
                continue
            starts = [m.end() for m in cls.AJAX_CALL.finditer(sc)]
            for i, st in enumerate(starts):
                seg = sc[st:starts[i + 1] if i + 1 < len(starts) else st + 4000]
                um = cls.SF_URL.search(seg)
                if not um or um.group(1) not in sfs or "setModuleHeaders" not in seg:
                    continue
                dm = re.search(r"\bdata\s*:\s*\{([^{}]*)\}", seg)
                pairs = cls._lit_pairs(dm.group(1)) if dm else []
                mm = re.search(r"""\b(?:type|method)\s*:\s*['"](\w+)['"]""", seg)
                meth = mm.group(1).upper() if mm else "GET"
                hdrs = urlencode([("ModuleId", sfs[um.group(1)]), ("TabId", tab), ("X-Requested-With", "XMLHttpRequest"),
                                  ("Accept", "application/json, text/javascript, */*; q=0.01")])
                target = resolve(pg.base, root + "DesktopModules/" + um.group(3) + "/API/" + js_unescape(um.group(5)), pg.enc)
                if meth == "POST":
                    out.append(("POST+" + hdrs, target, urlencode(pairs).encode("utf-8")))
                else:
                    out.append(("GET+" + hdrs, target.split("#")[0] + (("&" if "?" in target else "?") + urlencode(pairs) if pairs else ""), b""))
        return out

    @staticmethod
    def bigpipe_html(pg):
        """Set 29 (big-pipe): the HTML of every command of the page's BigPipe replacement scripts."""
        out = []
        for raw_ in pg.bigpipe:
            try:
                cmds = json.loads(raw_)
            except ValueError:
                continue
            for c in cmds if isinstance(cmds, list) else []:
                if isinstance(c, dict) and isinstance(c.get("data"), str) and "<" in c["data"]:
                    out.append(c["data"])
        return out

    @classmethod
    def td_requests(cls, pg):
        """Set 29 (td-ajax-block): the admin-ajax.php POSTs of tagDiv's td_ajax.js for pages 2..max_num_pages of every
        tdBlock the page's scripts configure."""
        joined = "\n".join(pg.scripts)
        um = cls.TD_URL.search(joined)
        if not um:
            return []
        nm = cls.TD_NONCE.search(joined)
        target = resolve(pg.base, js_unescape(um.group(2)), pg.enc)
        paged = {e.get("data-td_block_id") for e in pg.data_elems
                 if re.search(r"\btd-ajax-next-page\b|\btd_ajax_load_more\b", e.get("class", ""))}   # the block's own next / load-more control
        out = []
        for m in cls.TD_BLOCK.finditer(joined):
            props = {}
            for pm in re.finditer(r"""\b%s\.([\w$]+)\s*=\s*(['"])((?:\\.|(?!\2).)*)\2\s*;""" % re.escape(m.group(1)), joined):
                props[pm.group(1)] = js_unescape(pm.group(3))
            if not props.get("id") or "atts" not in props or not props.get("max_num_pages", "").isdigit() or props["id"] not in paged:
                continue
            for n in range(2, min(int(props["max_num_pages"]), 200) + 1):
                fields = [("action", "td_ajax_block"), ("td_atts", props["atts"]), ("td_block_id", props["id"]),
                          ("td_column_number", props.get("td_column_number", "")), ("td_current_page", str(n)),
                          ("block_type", props.get("block_type", "")), ("td_filter_value", ""), ("td_user_action", ""),
                          ("td_magic_token", js_unescape(nm.group(2)) if nm else "")]
                out.append(("POST", target, urlencode(fields).encode("utf-8")))
        return out

    @classmethod
    def _js_lit(cls, tok):
        """A JavaScript literal argument -> Python value; an identifier -> None."""
        tok = tok.strip()
        if re.fullmatch(r"-?\d+", tok):
            return int(tok)
        if re.fullmatch(r"-?\d+\.\d+", tok):
            return float(tok)
        if tok[:1] in "'\"" and tok[-1:] == tok[:1] and len(tok) >= 2:
            return js_unescape(tok[1:-1])
        return {"true": True, "false": False, "null": None}.get(tok, cls)   # cls = "not a literal"

    @classmethod
    def pm_requests(cls, pg):
        """Set 29 (page-methods): (method, absolute URL, JSON body) of every call of an ASP.NET AJAX page-method proxy
        with literal arguments (in a script, an onclick, or through an inline function called by an onclick)."""
        joined = "\n".join(pg.scripts)
        proxies = {}
        for pm in cls.PM_PROTO.finditer(joined):
            c = pm.group(1)
            end = joined.find(c + ".registerClass(", pm.end())
            seg = joined[pm.end():end if end > 0 else pm.end() + 20000]
            path = re.search(re.escape(c) + r"""\.set_path\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*\)""", joined)
            if not path:
                continue
            for mm in cls.PM_METHOD.finditer(seg):
                params = [x.strip() for x in mm.group(2).split(",") if x.strip()]
                params = [x for x in params if x not in ("succeededCallback", "failedCallback", "userContext")]
                obj = [(k.strip().strip("'\""), v.strip()) for k, v in (kv.split(":", 1) for kv in mm.group(6).split(",") if ":" in kv)]
                proxies[c + "." + mm.group(1)] = (js_unescape(path.group(2)), mm.group(4), params, obj, mm.group(5) == "true")
        if not proxies:
            return []
        calls = []                  # (proxy name, [python values of its parameters])
        call_rx = lambda name: re.compile(r"(?<![\w$.])%s\s*\(\s*(%s(?:\s*,\s*%s)*)?\s*\)" % (re.escape(name), cls.JS_ARG, cls.JS_ARG))
        wrappers = {}               # inline function -> (its params, proxy name, [arg tokens])
        for sc in pg.scripts:
            for fm in re.finditer(r"function\s+([\w$]+)\s*\(([^)]*)\)\s*\{(.*?)\n\s*\}", sc, re.S):
                fparams = [x.strip() for x in fm.group(2).split(",") if x.strip()]
                for name in proxies:
                    for cm in call_rx(name).finditer(fm.group(3)):
                        wrappers[fm.group(1)] = (fparams, name, re.findall(cls.JS_ARG, cm.group(1) or ""))
            for name in proxies:
                for cm in call_rx(name).finditer(sc):
                    vals = [cls._js_lit(t) for t in re.findall(cls.JS_ARG, cm.group(1) or "")]
                    calls.append((name, vals))
        arg = lambda a: int(a) if re.fullmatch(r"-?\d+", a) else {"true": True, "false": False, "null": None}.get(a, a)
        for fname, args in pg.js_calls:         # onclick calls (their string arguments come without quotes)
            if fname in proxies:
                calls.append((fname, [arg(a) for a in args]))
            elif fname in wrappers:
                fparams, name, toks = wrappers[fname]
                env = dict(zip(fparams, args))
                calls.append((name, [arg(env[t]) if t in env else cls._js_lit(t) for t in toks]))
        out = []
        for name, vals in calls:
            path, meth_name, params, obj, use_get = proxies[name]
            if len(vals) < len(params) or any(v is cls for v in vals[:len(params)]):
                continue            # an argument that is no literal: not a call a crawler can make
            env = dict(zip(params, vals))
            data = [(k, env.get(v)) for k, v in obj]
            target = resolve(pg.base, path + "/" + meth_name, pg.enc)
            if use_get:
                out.append(("GET", target + "?" + urlencode([(k, json.dumps(v, ensure_ascii=False)) for k, v in data]), b""))
            else:
                out.append(("POST", target, json.dumps(dict(data), ensure_ascii=False).encode("utf-8")))
        return out

    def _set29(self, pg, rel, enqueue, on):
        for meth, target, body in self.sf_requests(pg):
            self.set22_counts["dnn-services"] += 1
            if on("dnn-services"):
                enqueue(target, meth, body, "application/x-www-form-urlencoded" if body else None, kind="loadmore")
        for html_ in self.bigpipe_html(pg):
            self.set22_counts["big-pipe"] += 1
            if on("big-pipe"):
                self._handle_page(parse_html(pg.base, html_, enc=pg.enc), rel, "FRAGMENT", enqueue)
        for meth, target, body in self.td_requests(pg):
            self.set22_counts["td-ajax-block"] += 1
            if on("td-ajax-block"):
                enqueue(target, meth, body, "application/x-www-form-urlencoded; charset=UTF-8", kind="loadmore")
        for meth, target, body in self.pm_requests(pg):
            self.set22_counts["page-methods"] += 1
            if on("page-methods"):
                enqueue(target, meth, body, "application/json; charset=utf-8" if body else None, kind="loadmore")

    # ------------------------------------------------------------ set 30 browser mechanisms
    @staticmethod
    def js_block(s, start):
        """The text inside the bracket at s[start] and its match (string literals skipped), or None."""
        close = {"(": ")", "{": "}", "[": "]"}.get(s[start:start + 1])
        if not close:
            return None
        depth, i, q = 0, start, None
        while i < len(s):
            c = s[i]
            if q:
                if c == "\\":
                    i += 2
                    continue
                if c == q:
                    q = None
            elif c in "'\"`":
                q = c
            elif c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
                if depth == 0:
                    return s[start + 1:i] if c == close else None
            i += 1
        return None

    @staticmethod
    def js_split(s, sep):
        """Split a JavaScript expression at the top-level `sep` (outside strings and brackets)."""
        out, cur, depth, i, q = [], [], 0, 0, None
        while i < len(s):
            c = s[i]
            if q:
                cur.append(c)
                if c == "\\" and i + 1 < len(s):
                    cur.append(s[i + 1])
                    i += 2
                    continue
                if c == q:
                    q = None
            elif c in "'\"`":
                q = c
                cur.append(c)
            elif c in "([{":
                depth += 1
                cur.append(c)
            elif c in ")]}":
                depth -= 1
                cur.append(c)
            elif c == sep and depth == 0:
                out.append("".join(cur))
                cur = []
            else:
                cur.append(c)
            i += 1
        out.append("".join(cur))
        return out

    @classmethod
    def js_object(cls, body):
        """The top-level `key: value` pairs of a JavaScript object literal's body, values left as source text."""
        out = []
        for part in cls.js_split(body, ","):
            kv = cls.js_split(part, ":")
            if len(kv) < 2 or not kv[0].strip():
                continue
            out.append((kv[0].strip().strip("'\""), ":".join(kv[1:]).strip()))
        return out

    JS_LITERAL = re.compile(r"""^(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|(-?\d+(?:\.\d+)?)|(true|false|null))$""", re.S)

    @classmethod
    def js_literal(cls, tok):
        """A JavaScript literal -> (True, Python value); anything else -> (False, None)."""
        m = cls.JS_LITERAL.match(tok.strip())
        if not m:
            return False, None
        if m.group(1) is not None or m.group(2) is not None:
            return True, js_unescape(m.group(1) if m.group(1) is not None else m.group(2))
        if m.group(3) is not None:
            return True, float(m.group(3)) if "." in m.group(3) else int(m.group(3))
        return True, {"true": True, "false": False, "null": None}[m.group(4)]

    # liferay-service
    LR_SERVICE = re.compile(r"""Liferay\.Service\(\s*""")
    LR_TOKEN = re.compile(r"""Liferay\.authToken\s*=\s*(['"])([\w-]*)\1""")
    LR_GETTER = re.compile(r"""\b(get\w+)\s*:\s*function\s*\(\s*\)\s*\{\s*return\s*(['"])((?:\\.|(?!\2).)*)\2\s*;?\s*\}""")

    @classmethod
    def lr_requests(cls, pg):
        """Set 30 (liferay-service): (absolute URL, form body) of every Liferay.Service call with a literal payload."""
        joined = "\n".join(pg.scripts)
        tm = cls.LR_TOKEN.search(joined)
        getters = {m.group(1): js_unescape(m.group(3)) for m in cls.LR_GETTER.finditer(joined)}
        out = []
        for m in cls.LR_SERVICE.finditer(joined):
            args = cls.js_block(joined, joined.index("(", m.start()))
            if args is None:
                continue
            parts = [p_.strip() for p_ in cls.js_split(args, ",")]
            ok, path = cls.js_literal(parts[0]) if parts else (False, None)
            if ok and isinstance(path, str) and len(parts) > 1 and parts[1].startswith("{"):
                body = cls.js_block(parts[1], 0)
            elif parts and parts[0].startswith("{"):
                pairs = cls.js_object(cls.js_block(parts[0], 0) or "")
                if len(pairs) != 1 or not pairs[0][1].startswith("{"):
                    continue
                path, body = pairs[0][0], cls.js_block(pairs[0][1], 0)
            else:
                continue
            if body is None or not str(path).startswith("/"):
                continue
            payload, good = {}, True
            for k, v in cls.js_object(body):
                okv, val = cls.js_literal(v)
                gm = re.fullmatch(r"(?:Liferay\.ThemeDisplay|themeDisplay)\.(get\w+)\(\s*\)", v)
                if okv:
                    payload[k] = val
                elif gm and gm.group(1) in getters:
                    payload[k] = getters[gm.group(1)]
                else:
                    good = False
            if not good:
                continue                # a value no crawler can know: not a call it can make
            cmd = json.dumps({path: payload}, ensure_ascii=False, separators=(",", ":"))
            target = resolve(pg.base, getters.get("getPathContext", "") + "/api/jsonws/invoke", pg.enc)
            out.append((target, urlencode([("cmd", cmd), ("p_auth", tm.group(2) if tm else "")]).encode("utf-8")))
        return out

    # sp-rest
    SP_CTX = re.compile(r"""\b_spPageContextInfo\s*=\s*(?=\{)""")
    SP_URL = re.compile(r"""_spPageContextInfo\.(webServerRelativeUrl|webAbsoluteUrl|siteServerRelativeUrl|siteAbsoluteUrl)\s*\+\s*(['"])((?:\\.|(?!\2).)*)\2""")
    SP_ACCEPT = re.compile(r"""(['"]?)Accept\1\s*:\s*(['"])([^'"]+)\2""")

    @classmethod
    def sp_rest_urls(cls, pg):
        """Set 30 (sp-rest): (absolute URL, Accept) of every _spPageContextInfo.<prop> + '/_api/…' address of the page's scripts."""
        ctx, dec = {}, json.JSONDecoder()
        for sc in pg.scripts:
            for m in cls.SP_CTX.finditer(sc):
                try:
                    obj, _ = dec.raw_decode(sc, m.end())
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    ctx = obj
        out = []
        for sc in pg.scripts:
            acc = cls.SP_ACCEPT.search(sc)
            for m in cls.SP_URL.finditer(sc):
                lit = js_unescape(m.group(3))
                if not lit.startswith("/_api/") or not isinstance(ctx.get(m.group(1)), str):
                    continue
                root = ctx[m.group(1)].rstrip("/")
                out.append((resolve(pg.base, root + lit, pg.enc), acc.group(3) if acc else "application/json;odata=verbose"))
        return out

    def _sp_rest(self, pg, enqueue):
        for target, acc in self.sp_rest_urls(pg):
            self.set22_counts["sp-rest"] += 1
            if "sp-rest" in self.disabled:
                continue
            hdrs = "GET+" + urlencode([("Accept", acc), ("X-Requested-With", "XMLHttpRequest")])
            rel2 = to_rel(target)
            for _ in range(200):
                if rel2 is None or rel2 in self._sp_seen or not self.robots_allow(rel2) or trap_matches(self.man["trap_prefixes"], rel2):
                    break
                self._sp_seen.add(rel2)
                r = self.get(rel2, hdrs)
                self.loadmore_done += 1
                if r.status != 200 or "json" not in r.ctype:
                    break
                try:
                    data = json.loads(r.text())
                except ValueError:
                    break
                d = data.get("d", data) if isinstance(data, dict) else {}
                rows = d.get("results") if isinstance(d, dict) and isinstance(d.get("results"), list) else \
                    (data.get("value") if isinstance(data, dict) and isinstance(data.get("value"), list) else [])
                for row in rows:
                    if not isinstance(row, dict):
                        continue
                    fr = row.get("FileRef") or row.get("ServerRelativeUrl") or (row.get("File") or {}).get("ServerRelativeUrl")
                    if isinstance(fr, str) and fr.startswith(("/", "http://", "https://")):
                        enqueue(resolve(absu(rel2), fr, pg.enc))
                nxt = (d.get("__next") if isinstance(d, dict) else None) or \
                    (data.get("odata.nextLink") or data.get("@odata.nextLink") if isinstance(data, dict) else None)
                if not isinstance(nxt, str) or not nxt:
                    break
                rel2 = to_rel(resolve(absu(rel2), nxt, pg.enc))

    # js-concat
    REQ_CALL = re.compile(r"""(?:\$|jQuery)\.(post|get|ajax)\s*\(|(?:\$|jQuery)\(\s*(['"])[^'"]*\2\s*\)\s*\.(load)\s*\(""")
    JS_VAR = re.compile(r"""\b(?:var|let|const)\s+""")
    JS_FUNC = re.compile(r"""\bfunction\s+([\w$]+)\s*\(([^)]*)\)\s*\{""")
    BUSTER = re.compile(r"""^(?:\(\s*new\s+Date\(\s*\)\s*\)|new\s+Date\(\s*\))\.getTime\(\s*\)$|^Date\.now\(\s*\)$|^Math\.random\(\s*\)$""")

    @classmethod
    def js_globals(cls, scripts):
        """Variables inline scripts declare with literal values (var a = "x", b = 1;)."""
        env = {}
        for sc in scripts:
            for m in cls.JS_VAR.finditer(sc):
                end = m.end()
                depth, i, q = 0, end, None
                while i < len(sc):
                    c = sc[i]
                    if q:
                        if c == "\\":
                            i += 2
                            continue
                        if c == q:
                            q = None
                    elif c in "'\"`":
                        q = c
                    elif c in "([{":
                        depth += 1
                    elif c in ")]}":
                        depth -= 1
                    elif (c == ";" or c == "\n") and depth <= 0:
                        break
                    i += 1
                for decl in cls.js_split(sc[end:i], ","):
                    nm = re.match(r"\s*([A-Za-z_$][\w$]*)\s*=(?!=)\s*(.*)$", decl, re.S)
                    if nm:
                        ok, val = cls.js_literal(nm.group(2))
                        if ok and val is not None and not isinstance(val, bool):
                            env.setdefault(nm.group(1), val)
        return env

    @classmethod
    def js_eval(cls, expr, env):
        """A string expression of literals, known variables, encodeURIComponent() and cache-busters -> (value, all literal)."""
        out, literal = [], True
        for term in cls.js_split(expr, "+"):
            t = term.strip()
            while t.startswith("(") and cls.js_block(t, 0) == t[1:-1]:
                t = t[1:-1].strip()
            ok, val = cls.js_literal(t)
            if ok and val is not None and not isinstance(val, bool):
                out.append(val if isinstance(val, str) else str(val))
                continue
            literal = False
            em = re.fullmatch(r"encodeURIComponent\((.*)\)", t, re.S)
            if cls.BUSTER.match(t):
                out.append("1753325400000")
            elif em:
                inner, _ = cls.js_eval(em.group(1), env)
                if inner is None:
                    return None, False
                out.append(quote(inner, safe="-_.!~*'()"))
            elif re.fullmatch(r"[A-Za-z_$][\w$]*", t) and t in env and env[t] is not None:
                out.append(str(env[t]))
            else:
                return None, False
        return "".join(out), literal

    @classmethod
    def concat_requests(cls, pg):
        """Set 30 (js-concat): (method, absolute URL, body) of every jQuery request whose address or data is an expression
        this page lets a crawler evaluate (globals, the parameters of an inline function given by its calls, busters)."""
        glob = cls.js_globals(pg.scripts)
        funcs, spans = {}, []
        for sc_i, sc in enumerate(pg.scripts):
            for fm in cls.JS_FUNC.finditer(sc):
                body = cls.js_block(sc, fm.end() - 1)
                if body is None:
                    continue
                params = [p_.strip() for p_ in fm.group(2).split(",") if p_.strip()]
                funcs[fm.group(1)] = (params, body)
                spans.append((sc_i, fm.end(), fm.end() + len(body)))
        calls = collections.defaultdict(list)        # function -> [argument lists]
        for fname, args in pg.js_calls:
            if fname in funcs:
                calls[fname].append(args)
        for sc in pg.scripts:
            for fname in funcs:
                for cm in re.finditer(r"(?<![\w$.])%s\s*\(" % re.escape(fname), sc):
                    if re.search(r"function\s+$", sc[max(0, cm.start() - 12):cm.start()]):
                        continue
                    inner = cls.js_block(sc, cm.end() - 1)
                    if inner is None:
                        continue
                    vals = []
                    for a in (cls.js_split(inner, ",") if inner.strip() else []):
                        ok, v = cls.js_literal(a)
                        vals.append(v if ok else None)
                    calls[fname].append(["" if v is None else (("true" if v else "false") if isinstance(v, bool) else str(v)) for v in vals])

        def requests_in(code, env):
            out = []
            for m in cls.REQ_CALL.finditer(code):
                kind = m.group(1) or m.group(3)
                args = cls.js_block(code, m.end() - 1)
                if args is None:
                    continue
                parts = [p_.strip() for p_ in cls.js_split(args, ",")]
                meth, url_x, data_x = None, None, None
                if kind == "ajax":
                    if not parts or not parts[0].startswith("{"):
                        continue
                    obj = dict(cls.js_object(cls.js_block(parts[0], 0) or ""))
                    url_x, data_x = obj.get("url"), obj.get("data")
                    ok, t = cls.js_literal(obj.get("type") or obj.get("method") or "'GET'")
                    meth = str(t).upper() if ok else "GET"
                else:
                    url_x = parts[0] if parts else None
                    data_x = parts[1] if len(parts) > 1 and not parts[1].startswith("function") else None
                    meth = "POST" if kind == "post" or (kind == "load" and data_x and data_x.startswith("{")) else "GET"
                if not url_x:
                    continue
                url, lit = cls.js_eval(url_x, env)
                if url is None:
                    continue
                body = ""
                if data_x and re.fullmatch(r"[A-Za-z_$][\w$.]*", data_x) and data_x not in env:
                    data_x = None       # a named callback (or a value no crawler can know): no data
                if data_x and data_x.startswith("{"):
                    pairs = []
                    for k, v in cls.js_object(cls.js_block(data_x, 0) or ""):
                        val, l2 = cls.js_eval(v, env)
                        if val is None:
                            pairs = None
                            break
                        lit = lit and l2
                        pairs.append((k, val))
                    if pairs is None:
                        continue
                    body = urlencode(pairs)
                elif data_x:
                    body, l2 = cls.js_eval(data_x, env)
                    if body is None:
                        continue        # data a crawler cannot evaluate: not a call it can make
                    lit = lit and l2
                if lit:
                    continue            # all literals: set 27's ajax-data / set 28's jquery-load territory
                target = resolve(pg.base, url, pg.enc)
                if meth == "POST":
                    out.append(("POST", target, body.encode("utf-8")))
                else:
                    out.append(("GET", target.split("#")[0] + (("&" if "?" in target else "?") + body if body else ""), b""))
            return out

        out = []
        for fname, (params, body) in funcs.items():
            for args in calls.get(fname, []):
                env = dict(glob)
                for i, p_ in enumerate(params):
                    env[p_] = args[i] if i < len(args) and args[i] != "" else None
                out += requests_in(body, env)
        for sc_i, sc in enumerate(pg.scripts):       # calls outside any named function: the globals only
            inside = [(a, b) for i, a, b in spans if i == sc_i]
            for m in cls.REQ_CALL.finditer(sc):
                if any(a <= m.start() < b for a, b in inside):
                    continue
                blk = cls.js_block(sc, m.end() - 1)
                if blk is not None:
                    out += requests_in(sc[m.start():m.end() + len(blk) + 1], glob)
        seen, uniq = set(), []
        for r_ in out:
            if r_ not in seen:
                seen.add(r_)
                uniq.append(r_)
        return uniq

    # jw-playlist
    JW_SETUP = re.compile(r"""jwplayer\(\s*(?:(['"])[^'"]*\1)?\s*\)\s*\.setup\(\s*(?=\{)""")

    @classmethod
    def jw_playlists(cls, pg):
        """Set 30 (jw-playlist): the string `playlist` addresses of the page's jwplayer(…).setup({…}) calls."""
        out = []
        for sc in pg.scripts:
            for m in cls.JW_SETUP.finditer(sc):
                cfg = cls.js_block(sc, m.end())
                for k, v in cls.js_object(cfg or ""):
                    ok, val = cls.js_literal(v)
                    if k == "playlist" and ok and isinstance(val, str) and val:
                        out.append(resolve(pg.base, val, pg.enc))
        return out

    def _set30(self, pg, rel, enqueue, on):
        for target, body in self.lr_requests(pg):
            self.set22_counts["liferay-service"] += 1
            if on("liferay-service"):
                enqueue(target, "POST+X-Requested-With=XMLHttpRequest", body, "application/x-www-form-urlencoded; charset=UTF-8", kind="loadmore")
        self._sp_rest(pg, enqueue)
        for meth, target, body in self.concat_requests(pg):
            self.set22_counts["js-concat"] += 1
            if on("js-concat"):
                if meth == "POST":
                    enqueue(target, "POST+X-Requested-With=XMLHttpRequest", body, "application/x-www-form-urlencoded; charset=UTF-8", kind="loadmore")
                else:
                    enqueue(target, "GET+X-Requested-With=XMLHttpRequest", kind="loadmore")
        for target in self.jw_playlists(pg):
            self.set22_counts["jw-playlist"] += 1
            if on("jw-playlist"):
                enqueue(target, kind="loadmore")

    # ------------------------------------------------------------ set 31 browser mechanisms
    # liferay-ns
    LR_FETCH = re.compile(r"""Liferay\.Util\.fetch\s*\(""")
    LR_NS = re.compile(r"""Liferay\.Util\.ns\s*\(""")
    MP_BOUNDARY = "----WebKitFormBoundaryLfr31Ns7xQ2mZ"

    @classmethod
    def lrns_requests(cls, pg):
        """Set 31 (liferay-ns): (method with headers, absolute URL, body, content type) of every Liferay.Util.fetch call whose
        body or query is Liferay.Util.ns('<namespace>', {payload}) with values a crawler can know."""
        joined = "\n".join(pg.scripts)
        glob = cls.js_globals(pg.scripts)
        tm = cls.LR_TOKEN.search(joined)
        getters = {m.group(1): js_unescape(m.group(3)) for m in cls.LR_GETTER.finditer(joined)}
        out = []
        for m in cls.LR_FETCH.finditer(joined):
            args = cls.js_block(joined, m.end() - 1)
            if args is None:
                continue
            parts = [p_.strip() for p_ in cls.js_split(args, ",")]
            url, _ = cls.js_eval(parts[0], glob) if parts and parts[0] else (None, False)
            if not url or len(parts) < 2 or not parts[1].startswith("{"):
                continue
            opts = dict(cls.js_object(cls.js_block(parts[1], 0) or ""))
            okm, meth = cls.js_literal(opts.get("method") or "'GET'")
            meth = str(meth).upper() if okm else "GET"
            body_x = opts.get("body") or ""
            nm = cls.LR_NS.search(body_x)
            if not nm:
                continue
            ns_args = [p_.strip() for p_ in cls.js_split(cls.js_block(body_x, nm.end() - 1) or "", ",")]
            okn, ns = cls.js_literal(ns_args[0]) if ns_args else (False, None)
            if not okn or not isinstance(ns, str) or len(ns_args) < 2 or not ns_args[1].startswith("{"):
                continue
            fields, good = [], True
            for k, v in cls.js_object(cls.js_block(ns_args[1], 0) or ""):
                okv, val = cls.js_literal(v)
                gm = re.fullmatch(r"(?:Liferay\.ThemeDisplay|themeDisplay)\.(get\w+)\(\s*\)", v)
                if okv and val is not None:
                    fields.append((ns + k, ("true" if val else "false") if isinstance(val, bool) else str(val)))
                elif gm and gm.group(1) in getters:
                    fields.append((ns + k, getters[gm.group(1)]))
                else:
                    good = False
            if not good:
                continue
            target = resolve(pg.base, url, pg.enc)
            hdrs = urlencode([("x-csrf-token", tm.group(2) if tm else "")])
            if meth == "GET":
                out.append(("GET+" + hdrs, target.split("#")[0] + (("&" if "?" in target else "?") + urlencode(fields) if fields else ""), b"", None))
            elif "objectToFormData" in body_x:
                b = "".join('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (cls.MP_BOUNDARY, k, v) for k, v in fields)
                out.append(("POST+" + hdrs, target, (b + "--%s--\r\n" % cls.MP_BOUNDARY).encode("utf-8"),
                            "multipart/form-data; boundary=" + cls.MP_BOUNDARY))
            else:
                out.append(("POST+" + hdrs, target, urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded;charset=UTF-8"))
        return out

    # urldecode-ajax
    DECODE_LOAD = re.compile(r"""\.load\(|\$\.(?:get|post|ajax)\(|jQuery\.(?:get|post|ajax)\(|\bfetch\(""")

    @classmethod
    def urldecode_calls(cls, pg):
        """Set 31 (urldecode-ajax): the decoded addresses of nv_urldecode_ajax('<%-encoded>', …) calls and of calls of inline
        functions that percent-decode their first parameter and load it."""
        funcs = {"nv_urldecode_ajax"}
        for sc in pg.scripts:
            for fm in cls.JS_FUNC.finditer(sc):
                body = cls.js_block(sc, fm.end() - 1) or ""
                params = [p_.strip() for p_ in fm.group(2).split(",") if p_.strip()]
                if params and re.search(r"(?:rawurldecode|decodeURIComponent|unescape)\(\s*%s\s*\)" % re.escape(params[0]), body) \
                        and cls.DECODE_LOAD.search(body):
                    funcs.add(fm.group(1))
        out = []
        for name, args in pg.js_calls:
            if name in funcs and args and "%" in args[0]:
                u = unquote(args[0])
                if u.startswith(("/", "http://", "https://")):
                    out.append(resolve(pg.base, u, pg.enc))
        return out

    # jetpack-scroll
    IS_VAR = re.compile(r"""\bvar\s+infiniteScroll\s*=\s*(?=\{)""")

    @classmethod
    def jetpack_settings(cls, pg):
        """Set 31 (jetpack-scroll): the settings objects of the page's `var infiniteScroll = {...};`."""
        out, dec = [], json.JSONDecoder()
        for sc in pg.scripts:
            for m in cls.IS_VAR.finditer(sc):
                try:
                    obj, _ = dec.raw_decode(sc, m.end())
                except ValueError:
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("settings"), dict) and obj["settings"].get("ajaxurl"):
                    out.append(obj["settings"])
        return out

    @staticmethod
    def jq_param(prefix, v):
        """jQuery.param()'s form of a nested value: prefix[key]=value, prefix[key][]=value."""
        if isinstance(v, dict):
            return [kv for k, w in v.items() for kv in SiteCheck.jq_param("%s[%s]" % (prefix, k), w)]
        if isinstance(v, list):
            return [kv for w in v for kv in SiteCheck.jq_param(prefix + "[]", w)]
        return [(prefix, "" if v is None else ("true" if v else "false") if isinstance(v, bool) else str(v))]

    def _jetpack(self, pg, enqueue):
        for s in self.jetpack_settings(pg):
            self.set22_counts["jetpack-scroll"] += 1
            if "jetpack-scroll" in self.disabled:
                continue
            rel2 = to_rel(resolve(pg.base, str(s["ajaxurl"]), pg.enc))
            if rel2 is None or not self.robots_allow(rel2) or trap_matches(self.man["trap_prefixes"], rel2):
                continue
            try:
                offset = int(s.get("offset") or 1)
            except (TypeError, ValueError):
                offset = 1
            currentday = s.get("currentday", "")
            for k in range(1, 201):
                fields = [("action", "infinite_scroll"), ("page", str(offset + k)), ("currentday", currentday), ("order", s.get("order") or "DESC")]
                fields += self.jq_param("query_args", s.get("query_args") or {})
                fields += [("query_before", s.get("query_before") or ""), ("last_post_date", s.get("last_post_date") or "")]
                body = urlencode(fields).encode("utf-8")
                if (rel2, body) in self._sp_seen:
                    break
                self._sp_seen.add((rel2, body))
                r = self.get(rel2, "POST+X-Requested-With=XMLHttpRequest", body, "application/x-www-form-urlencoded; charset=UTF-8")
                self.loadmore_done += 1
                if r.status != 200 or "json" not in r.ctype:
                    break
                try:
                    data = json.loads(r.text())
                except ValueError:
                    break
                if not isinstance(data, dict) or data.get("type") != "success":
                    break
                if isinstance(data.get("html"), str) and "<" in data["html"]:
                    self._handle_page(parse_html(pg.base, data["html"], enc=pg.enc), rel2, "FRAGMENT", enqueue)
                if data.get("lastbatch"):
                    break
                currentday = data.get("currentday") or currentday

    def _set31(self, pg, rel, enqueue, on):
        for meth, target, body, ctype in self.lrns_requests(pg):
            self.set22_counts["liferay-ns"] += 1
            if on("liferay-ns"):
                enqueue(target, meth, body, ctype, kind="loadmore")
        for form, target, arg, action_url, client_submit, el in pg.pb_options:
            self.set22_counts["postback-options"] += 1
            if not on("postback-options") or form is None:
                continue
            others = {(b.get("name"), b.get("value", "")) for b in form.get("buttons") or [] if b is not el}
            fields = [(k, v) for k, v in form["fields"] if k not in ("__EVENTTARGET", "__EVENTARGUMENT") and (k, v) not in others]
            if client_submit:
                fields = [("__EVENTTARGET", target), ("__EVENTARGUMENT", arg)] + fields
            else:
                fields = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")] + fields
            action = urljoin(pg.base, action_url or form["action"] or rel)
            enqueue(action, "POST", urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded", kind="postback")
        for target in self.urldecode_calls(pg):
            self.set22_counts["urldecode-ajax"] += 1
            if on("urldecode-ajax"):
                enqueue(target, "XHR", kind="loadmore")
        self._jetpack(pg, enqueue)

    # ------------------------------------------------------------ set 32 browser mechanisms
    # joomla-request
    JR_CALL = re.compile(r"""Joomla\.request\s*\(""")
    JR_ALIAS = re.compile(r"""(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*Joomla\.getOptions\(\s*(['"])([^'"]+)\2\s*\)""")

    @classmethod
    def joomla_options(cls, pg):
        opts = {}
        for attrs, raw in pg.islands:
            if "joomla-script-options" in (attrs.get("class") or ""):
                try:
                    data = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(data, dict):
                    opts.update(data)
        return opts

    @classmethod
    def joomla_requests(cls, pg):
        """Set 32 (joomla-request): (method with headers, absolute URL, body) of every inline Joomla.request({url, method, data})
        whose url and data are expressions of literals, literal variables and Joomla.getOptions('<key>').<prop> values."""
        opts = cls.joomla_options(pg)
        joined = "\n".join(pg.scripts)
        env = cls.js_globals(pg.scripts)
        aliases = {m.group(1): m.group(3) for m in cls.JR_ALIAS.finditer(joined)}

        def value(key, prop):
            o = opts.get(key)
            v = o.get(prop) if isinstance(o, dict) else None
            return json.dumps(v) if isinstance(v, (str, int, float)) and not isinstance(v, bool) else None

        def sub(expr):
            expr = re.sub(r"""Joomla\.getOptions\(\s*(['"])([^'"]+)\1\s*\)(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"]+)\4\s*\])""",
                          lambda m: value(m.group(2), m.group(3) or m.group(5)) or m.group(0), expr)
            for a, key in aliases.items():
                expr = re.sub(r"""(?<![\w$.])%s(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"]+)\2\s*\])""" % re.escape(a),
                              lambda m: value(key, m.group(1) or m.group(3)) or m.group(0), expr)
            return expr
        out = []
        for m in cls.JR_CALL.finditer(joined):
            args = cls.js_block(joined, m.end() - 1)
            if args is None or not args.strip().startswith("{"):
                continue
            o = dict(cls.js_object(cls.js_block(args.strip(), 0) or ""))
            if "url" not in o:
                continue
            url, _ = cls.js_eval(sub(o["url"]), env)
            if not url:
                continue
            okm, meth = cls.js_literal(o.get("method") or "'GET'")
            meth = str(meth).upper() if okm and meth else "GET"
            data = ""
            if o.get("data"):
                data, _ = cls.js_eval(sub(o["data"]), env)
                if data is None:
                    continue
            hdrs = urlencode([("X-Requested-With", "XMLHttpRequest"), ("X-CSRF-Token", str(opts.get("csrf.token") or ""))])
            target = resolve(pg.base, url, pg.enc)
            if meth == "POST":
                out.append(("POST+" + hdrs, target, data.encode("utf-8")))
            else:
                out.append(("GET+" + hdrs, target + (("&" if "?" in target else "?") + data if data else ""), b""))
        return out

    # sxc-webapi
    SXC_CALL = re.compile(r"""\$2sxc\(\s*(\d+)\s*\)\.webApi\.(fetchJson|fetchRaw|get)\(\s*(['"])((?:\\.|(?!\3).)*)\3""")

    @classmethod
    def sxc_requests(cls, pg):
        """Set 32 (sxc-webapi): (method with headers, absolute URL) of every $2sxc(<moduleId>).webApi.fetchJson('<path>') call of
        the page's inline scripts, the context read from 2sxc's <meta name="_jsApi" content='{…}'>."""
        if not pg.sxc_api:
            return []
        try:
            api = json.loads(pg.sxc_api)
        except ValueError:
            return []
        if not isinstance(api, dict):
            return []
        app_api = api.get("appApi") or (str(api.get("api") or "/api/").rstrip("/") + "/2sxc/")
        out = []
        for sc in pg.scripts:
            for m in cls.SXC_CALL.finditer(sc):
                path = js_unescape(m.group(4))
                if not path.startswith(("/", "http://", "https://")):
                    path = app_api.rstrip("/") + "/" + path.lstrip("/")
                hdrs = [("ModuleId", m.group(1)), ("ContentBlockId", m.group(1)), ("TabId", str(api.get("page", ""))),
                        ("PageId", str(api.get("page", "")))]
                if api.get("rvt"):
                    hdrs.append((api.get("rvtHeader") or "RequestVerificationToken", str(api["rvt"])))
                out.append(("GET+" + urlencode(hdrs), resolve(pg.base, path, pg.enc)))
        return out

    # spservices
    SPS_CALL = re.compile(r"""\.SPServices\(\s*(?=\{)""")
    SOAP_ENV = ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
                '<GetListItems xmlns="http://schemas.microsoft.com/sharepoint/soap/">%s</GetListItems></soap:Body></soap:Envelope>')

    @classmethod
    def spservices_calls(cls, pg):
        """Set 32 (spservices): (Lists.asmx URL, {listName, viewName, query, viewFields, rowLimit, queryOptions}) of every
        $().SPServices({operation: 'GetListItems', …}) call whose options are literals (or literal variables joined with +)."""
        env = cls.js_globals(pg.scripts)
        ctx = {}
        dec = json.JSONDecoder()
        for sc in pg.scripts:
            for m in cls.SP_CTX.finditer(sc):
                try:
                    obj, _ = dec.raw_decode(sc, m.end())
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    ctx = obj
        out = []
        for sc in pg.scripts:
            for m in cls.SPS_CALL.finditer(sc):
                o = {}
                for k, v in cls.js_object(cls.js_block(sc, m.end()) or ""):
                    val, _ = cls.js_eval(v, env) if not v.startswith(("function", "{", "[")) else (None, False)
                    if val is not None:
                        o[k] = val
                if o.get("operation") != "GetListItems" or not o.get("listName"):
                    continue
                web = o.get("webURL") or ctx.get("webServerRelativeUrl") or "/"
                target = resolve(pg.base, web.rstrip("/") + "/_vti_bin/Lists.asmx", pg.enc)
                out.append((target, {"listName": o["listName"], "viewName": o.get("viewName", ""),
                                     "query": o.get("CAMLQuery", ""), "viewFields": o.get("CAMLViewFields", ""),
                                     "rowLimit": str(o.get("CAMLRowLimit", "")),
                                     "queryOptions": o.get("CAMLQueryOptions") or "<QueryOptions></QueryOptions>"}))
        return out

    def _spservices(self, pg, enqueue):
        import html as _h
        for target, p in self.spservices_calls(pg):
            self.set22_counts["spservices"] += 1
            if "spservices" in self.disabled:
                continue
            rel2 = to_rel(target)
            if rel2 is None or not self.robots_allow(rel2):
                continue
            qo = p["queryOptions"]
            for _ in range(200):
                inner = "".join("<%s>%s</%s>" % (k, p[k] if k in ("query", "viewFields") else _h.escape(p[k]), k)
                                for k in ("listName", "viewName", "query", "viewFields", "rowLimit"))
                body = (self.SOAP_ENV % (inner + "<queryOptions>%s</queryOptions><webID></webID>" % qo)).encode("utf-8")
                if (rel2, body) in self._sp_seen:
                    break
                self._sp_seen.add((rel2, body))
                hdrs = urlencode([("SOAPAction", "http://schemas.microsoft.com/sharepoint/soap/GetListItems")])
                r = self.get(rel2, "POST+" + hdrs, body, 'text/xml;charset="utf-8"')
                self.loadmore_done += 1
                if r.status != 200:
                    break
                xml = r.text()
                for fm in re.finditer(r"""\bows_FileRef=(["'])([^"']*)\1""", xml):
                    ref = _h.unescape(fm.group(2))
                    ref = ref.split(";#", 1)[1] if ";#" in ref else ref
                    enqueue(resolve(pg.base, "/" + ref.lstrip("/"), pg.enc))
                nm = re.search(r"""\bListItemCollectionPositionNext=(["'])([^"']+)\1""", xml)
                if not nm:
                    break
                qo = '<QueryOptions><Paging ListItemCollectionPositionNext="%s" /></QueryOptions>' % nm.group(2)

    # webform-callback
    CB_CALL = re.compile(r"""\bWebForm_DoCallback\s*\(""")

    @classmethod
    def callback_wrappers(cls, pg):
        """Set 32 (webform-callback): {function name: (event target, index of the parameter passed as the callback argument)}
        for inline functions calling WebForm_DoCallback('<target>', <parameter>, …) -- what GetCallbackEventReference prints."""
        out = {}
        for sc in pg.scripts:
            for fm in cls.JS_FUNC.finditer(sc):
                body = cls.js_block(sc, fm.end() - 1) or ""
                cm = cls.CB_CALL.search(body)
                if not cm:
                    continue
                args = [a_.strip() for a_ in cls.js_split(cls.js_block(body, cm.end() - 1) or "", ",")]
                params = [p_.strip() for p_ in fm.group(2).split(",")]
                okt, tgt = cls.js_literal(args[0]) if args else (False, None)
                if okt and isinstance(tgt, str) and len(args) > 1 and args[1] in params:
                    out[fm.group(1)] = (tgt, params.index(args[1]))
        return out

    @classmethod
    def callback_calls(cls, pg, wrappers=None):
        wrappers = cls.callback_wrappers(pg) if wrappers is None else wrappers
        return [(wrappers[n][0], args[wrappers[n][1]]) for n, args in pg.js_calls if n in wrappers and len(args) > wrappers[n][1]]

    def _callbacks(self, pg, rel, enqueue):
        wrappers = self.callback_wrappers(pg)
        calls = self.callback_calls(pg, wrappers)
        form = next((f for f in pg.forms if any(k == "__VIEWSTATE" for k, _ in f["fields"])), None)
        if not calls or form is None:
            return
        action = urljoin(pg.base, form["action"] or rel)
        rel2 = to_rel(action)
        base_fields = [(k, v) for k, v in form["fields"] if k != "__EVENTVALIDATION"]
        ev = [(k, v) for k, v in form["fields"] if k == "__EVENTVALIDATION"]
        todo, done = list(calls), set()
        while todo and len(done) < 200:
            tgt, arg = todo.pop(0)
            self.set22_counts["webform-callback"] += 1
            if "webform-callback" in self.disabled or (tgt, arg) in done or rel2 is None:
                continue
            done.add((tgt, arg))
            body = urlencode(base_fields + [("__CALLBACKID", tgt), ("__CALLBACKPARAM", arg)] + ev).encode("utf-8")
            r = self.get(rel2, "POST", body, "application/x-www-form-urlencoded; charset=utf-8")
            self.loadmore_done += 1
            if r.status != 200:
                continue
            txt = r.text()
            m = re.match(r"(\d+)\|", txt)
            if m:               # event validation on: '<n>|<n characters>' and then the result itself
                txt = txt[m.end() + int(m.group(1)):]
            elif txt.startswith("s"):
                txt = txt[1:]
            else:               # 'e<message>': the errorCallback
                continue
            frag = parse_html(pg.base, txt, enc=pg.enc)
            self._handle_page(frag, rel2, "FRAGMENT", enqueue)
            todo.extend(self.callback_calls(frag, wrappers))

    def _set32(self, pg, rel, enqueue, on):
        for meth, target, body in self.joomla_requests(pg):
            self.set22_counts["joomla-request"] += 1
            if on("joomla-request"):
                enqueue(target, meth, body, "application/x-www-form-urlencoded" if body else None, kind="loadmore")
        for meth, target in self.sxc_requests(pg):
            self.set22_counts["sxc-webapi"] += 1
            if on("sxc-webapi"):
                enqueue(target, meth, kind="loadmore")
        self._spservices(pg, enqueue)
        self._callbacks(pg, rel, enqueue)


    # ------------------------------------------------------------ set 33 browser mechanisms
    # xhr-send
    XHR_NEW = re.compile(r"""\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*new\s+XMLHttpRequest\(\s*\)""")

    @classmethod
    def xhr_requests(cls, pg):
        """Set 33 (xhr-send): (method with headers, absolute URL, body) of every hand-written XMLHttpRequest of the page's inline
        scripts whose open() address and send() body are expressions of literals, literal variables and Joomla script options."""
        opts = cls.joomla_options(pg)
        env = cls.js_globals(pg.scripts)

        def value(key, prop=None):
            o = opts.get(key)
            if prop is not None:
                o = o.get(prop) if isinstance(o, dict) else None
            return json.dumps(o) if isinstance(o, (str, int, float)) and not isinstance(o, bool) else None

        def sub(expr):
            return re.sub(r"""Joomla\.getOptions\(\s*(['"])([^'"]+)\1\s*\)(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"]+)\4\s*\])?""",
                          lambda m: value(m.group(2), m.group(3) or m.group(5)) or m.group(0), expr)
        out = []
        for sc in pg.scripts:
            for m in cls.XHR_NEW.finditer(sc):
                v = re.escape(m.group(1))
                seg = sc[m.end():m.end() + 6000]
                om = re.search(r"(?<![\w$.])%s\.open\s*\(" % v, seg)
                sm = re.search(r"(?<![\w$.])%s\.send\s*\(" % v, seg)
                if not om or not sm:
                    continue
                oargs = [a_.strip() for a_ in cls.js_split(cls.js_block(seg, om.end() - 1) or "", ",")]
                okm, meth = cls.js_literal(oargs[0]) if oargs else (False, None)
                if not okm or not isinstance(meth, str) or len(oargs) < 2:
                    continue
                url, _ = cls.js_eval(sub(oargs[1]), env)
                if not url:
                    continue
                hdrs = []
                for hm in re.finditer(r"""(?<![\w$.])%s\.setRequestHeader\s*\(\s*(['"])([^'"]+)\1\s*,\s*(['"])((?:\\.|(?!\3).)*)\3\s*\)""" % v, seg):
                    if hm.group(2).lower() != "content-type":
                        hdrs.append((hm.group(2), js_unescape(hm.group(4))))
                body = (cls.js_block(seg, sm.end() - 1) or "").strip()
                data = ""
                if body and body not in ("null", "undefined"):
                    data, _ = cls.js_eval(sub(body), env)
                    if data is None:
                        continue
                target = resolve(pg.base, url, pg.enc)
                meth = meth.upper()
                h = ("+" + urlencode(hdrs)) if hdrs else ""
                if meth == "POST":
                    out.append(("POST" + h, target, data.encode("utf-8")))
                else:
                    out.append(("GET" + h, target, b""))
        return out

    # dnn-getvar
    GETVAR = re.compile(r"""dnn\.getVar\(\s*(['"])([^'"]+)\1\s*\)""")

    @classmethod
    def getvar_requests(cls, pg):
        """Set 33 (dnn-getvar): (method with headers, absolute URL, form body) of every jQuery request whose address holds
        dnn.getVar('<key>'), the value read from the page's __dnnVariable."""
        dv = cls.dnn_vars(pg.dnn_var)
        env = cls.js_globals(pg.scripts)
        hdrs = urlencode([("X-Requested-With", "XMLHttpRequest")])
        out = []

        def sub(expr):
            return cls.GETVAR.sub(lambda m: json.dumps(str(dv[m.group(2)])) if m.group(2) in dv else m.group(0), expr)
        for sc in pg.scripts:
            for m in cls.REQ_CALL.finditer(sc):
                args = cls.js_block(sc, m.end() - 1)
                if args is None or "dnn.getVar" not in args:
                    continue
                parts = [a_.strip() for a_ in cls.js_split(args, ",")]
                kind = m.group(1) or m.group(3)
                meth, data = ("POST" if kind == "post" else "GET"), []
                if kind == "ajax" and parts and parts[0].startswith("{"):
                    o = dict(cls.js_object(cls.js_block(parts[0], 0) or ""))
                    url_expr = o.get("url", "")
                    okm, mv = cls.js_literal(o.get("type") or o.get("method") or "'GET'")
                    meth = str(mv).upper() if okm and mv else "GET"
                    if o.get("data", "").startswith("{"):
                        data = cls._lit_pairs(cls.js_block(o["data"], 0) or "")
                else:
                    url_expr = parts[0] if parts else ""
                    if len(parts) > 1 and parts[1].startswith("{"):
                        data = cls._lit_pairs(cls.js_block(parts[1], 0) or "")
                        if kind == "load":
                            meth = "POST"          # jQuery's .load sends an object as a POST
                if "dnn.getVar" not in url_expr:
                    continue
                url, _ = cls.js_eval(sub(url_expr), env)
                if not url:
                    continue
                target = resolve(pg.base, url, pg.enc)
                if meth == "POST":
                    out.append(("POST+" + hdrs, target, urlencode(data).encode("utf-8")))
                else:
                    out.append(("GET+" + hdrs, target.split("#")[0] + (("&" if "?" in target else "?") + urlencode(data) if data else ""), b""))
        return out

    # listdata-svc
    LDS_CALL = re.compile(r"""(?:\$|jQuery)\.(getJSON|ajax)\s*\(""")

    @classmethod
    def listdata_urls(cls, pg):
        """Set 33 (listdata-svc): absolute URLs of the SharePoint 2010 ListData.svc requests of the page's inline scripts."""
        env = cls.js_globals(pg.scripts)
        out = []
        for sc in pg.scripts:
            for m in cls.LDS_CALL.finditer(sc):
                args = cls.js_block(sc, m.end() - 1)
                if args is None:
                    continue
                parts = [a_.strip() for a_ in cls.js_split(args, ",")]
                if not parts:
                    continue
                expr = parts[0]
                if m.group(1) == "ajax":
                    if not expr.startswith("{"):
                        continue
                    expr = dict(cls.js_object(cls.js_block(expr, 0) or "")).get("url", "")
                url, _ = cls.js_eval(expr, env)
                if url and "/_vti_bin/listdata.svc/" in url.lower():
                    out.append(resolve(pg.base, url, pg.enc))
        return out

    def _listdata(self, pg, enqueue):
        for target in self.listdata_urls(pg):
            self.set22_counts["listdata-svc"] += 1
            if "listdata-svc" in self.disabled:
                continue
            for _ in range(200):
                rel2 = to_rel(target)
                if rel2 is None or rel2 in self._lds_seen or not self.robots_allow(rel2):
                    break
                self._lds_seen.add(rel2)
                r = self.get(rel2, "GET+" + urlencode([("Accept", "application/json")]))
                self.loadmore_done += 1
                if r.status != 200:
                    break
                try:
                    d = json.loads(r.text()).get("d")
                except (ValueError, AttributeError):
                    break
                rows = d.get("results") if isinstance(d, dict) else d
                for row in rows if isinstance(rows, list) else []:
                    if isinstance(row, dict) and isinstance(row.get("Path"), str) and isinstance(row.get("Name"), str):
                        enqueue(resolve(pg.base, row["Path"].rstrip("/") + "/" + row["Name"], pg.enc))
                nxt = d.get("__next") if isinstance(d, dict) else None
                if not isinstance(nxt, str):
                    break
                target = resolve(absu(rel2), nxt, pg.enc)

    # asmx-proxy
    def asmx_proxies(self, pg):
        """Set 33 (asmx-proxy): the text of the ScriptManager service proxies (<script src="….asmx/js">) the page names."""
        out = []
        for src in pg.script_srcs:
            u = resolve(pg.base, src, pg.enc)
            rel2 = to_rel(u)
            if rel2 is None or not re.search(r"\.asmx/(?:js|jsdebug)$", urlsplit(rel2).path, re.I):
                continue
            if rel2 not in self._asmx_js:
                r = self.get(rel2) if self.robots_allow(rel2) else None
                self._asmx_js[rel2] = r.text() if r is not None and r.status == 200 else ""
            if self._asmx_js[rel2]:
                out.append(self._asmx_js[rel2])
        return out

    class _ProxyView:
        def __init__(self, pg, scripts, js_calls):
            self.scripts, self.js_calls, self.base, self.enc = scripts, js_calls, pg.base, pg.enc

    def _asmx_proxy(self, pg, enqueue):
        proxies = self.asmx_proxies(pg)
        if not proxies:
            return
        todo = self.pm_requests(self._ProxyView(pg, proxies, pg.js_calls))
        done = set()
        while todo and len(done) < 200:
            meth, target, body = todo.pop(0)
            self.set22_counts["asmx-proxy"] += 1
            rel2 = to_rel(target)
            if "asmx-proxy" in self.disabled or (meth, target, body) in done or rel2 is None or not self.robots_allow(urlsplit(rel2).path):
                continue
            done.add((meth, target, body))
            r = self.get(rel2, meth, body, "application/json; charset=utf-8" if body else None)
            self.loadmore_done += 1
            if r.status != 200:
                continue
            try:
                d = json.loads(r.text()).get("d")
            except (ValueError, AttributeError):
                continue
            htmls = [d] if isinstance(d, str) else [v for v in d.values() if isinstance(v, str)] if isinstance(d, dict) else []
            for h in htmls:
                if "<" not in h:
                    continue
                frag = parse_html(pg.base, h, enc=pg.enc)
                self._handle_page(frag, rel2, "FRAGMENT", enqueue)
                todo.extend(self.pm_requests(self._ProxyView(pg, proxies, frag.js_calls)))
            if not isinstance(d, str):
                self._walk_json(d, rel2, enqueue)

    def _set33(self, pg, rel, enqueue, on):
        for meth, target, body in self.xhr_requests(pg):
            self.set22_counts["xhr-send"] += 1
            if on("xhr-send"):
                enqueue(target, meth, body, "application/x-www-form-urlencoded; charset=UTF-8" if body else None, kind="loadmore")
        for meth, target, body in self.getvar_requests(pg):
            self.set22_counts["dnn-getvar"] += 1
            if on("dnn-getvar"):
                enqueue(target, meth, body, "application/x-www-form-urlencoded; charset=UTF-8" if body else None, kind="loadmore")
        self._listdata(pg, enqueue)
        self._asmx_proxy(pg, enqueue)


    # ------------------------------------------------------------ set 34 browser mechanisms
    # jq-serialize
    SER_CALL = re.compile(r"""(?:\$|jQuery)\.(post|get|ajax)\s*\(""")
    SER_FORM = re.compile(r"""(?:\$|jQuery)\(\s*(['"])#([\w-]+)\1\s*\)\.serialize\(\s*\)""")

    @classmethod
    def serialize_requests(cls, pg):
        """Set 34 (jq-serialize): (method with headers, absolute URL, body) of every jQuery request of the page's inline scripts
        whose data is $('#<form id>').serialize() of a form of the page and whose address js_eval can evaluate."""
        env = cls.js_globals(pg.scripts)
        forms = {f["id"]: f for f in pg.forms if f.get("id")}
        hdrs = urlencode([("X-Requested-With", "XMLHttpRequest")])
        out = []
        for sc in pg.scripts:
            for m in cls.SER_CALL.finditer(sc):
                args = cls.js_block(sc, m.end() - 1)
                if args is None or ".serialize(" not in args:
                    continue
                parts = [a_.strip() for a_ in cls.js_split(args, ",")]
                if m.group(1) == "ajax":
                    if not parts or not parts[0].startswith("{"):
                        continue
                    o = dict(cls.js_object(cls.js_block(parts[0], 0) or ""))
                    url_x, data_x = o.get("url", ""), o.get("data", "")
                    okm, mv = cls.js_literal(o.get("type") or o.get("method") or "'GET'")
                    meth = str(mv).upper() if okm and mv else "GET"
                else:
                    url_x, data_x = (parts[0] if parts else ""), (parts[1] if len(parts) > 1 else "")
                    meth = "POST" if m.group(1) == "post" else "GET"
                fm = cls.SER_FORM.fullmatch(data_x or "")
                if not fm or fm.group(2) not in forms or not url_x:
                    continue
                url, _ = cls.js_eval(url_x, env)
                if not url:
                    continue
                data = urlencode(forms[fm.group(2)]["fields"])
                target = resolve(pg.base, url, pg.enc)
                if meth == "POST":
                    out.append(("POST+" + hdrs, target, data.encode("utf-8")))
                else:
                    out.append(("GET+" + hdrs, target.split("#")[0] + (("&" if "?" in target else "?") + data if data else ""), b""))
        return out

    # elementor-loadmore
    @staticmethod
    def elementor_next(pg):
        """Set 34 (elementor-loadmore): data-next-page of Elementor Pro's load-more anchors while data-page < data-max-page."""
        out = []
        for a in pg.data_elems:
            if "e-load-more-anchor" in (a.get("class") or "").split() and a.get("data-next-page"):
                try:
                    if int(a.get("data-page", "0")) >= int(a.get("data-max-page", "0")):
                        continue
                except ValueError:
                    continue
                out.append(resolve(pg.base, a["data-next-page"], pg.enc))
        return out

    # drupal-use-ajax
    @staticmethod
    def use_ajax_requests(pg):
        """Set 34 (drupal-use-ajax): (method, absolute URL, body) of Drupal's .use-ajax links: /nojs/ -> /ajax/, the wrapper
        format added, POSTed as Drupal.ajax does."""
        out = []
        for h in pg.use_ajax:
            u = resolve(pg.base, h, pg.enc).split("#")[0]
            u = re.sub(r"/nojs(/|$|\?)", r"/ajax\1", u)
            u += ("&" if "?" in u else "?") + "_wrapper_format=drupal_ajax"
            out.append(("POST+" + urlencode([("X-Requested-With", "XMLHttpRequest"), ("Accept", "application/json, text/javascript, */*; q=0.01")]),
                        u, b"_drupal_ajax=1"))
        return out

    def _use_ajax(self, pg, enqueue):
        todo = self.use_ajax_requests(pg)
        while todo:
            meth, target, body = todo.pop(0)
            self.set22_counts["drupal-use-ajax"] += 1
            rel2 = to_rel(target)
            if "drupal-use-ajax" in self.disabled or rel2 is None or rel2 in self._dua_seen or len(self._dua_seen) >= 200 \
                    or not self.robots_allow(urlsplit(rel2).path):
                continue
            self._dua_seen.add(rel2)
            r = self.get(rel2, meth, body, "application/x-www-form-urlencoded; charset=UTF-8")
            self.loadmore_done += 1
            if r.status != 200:
                continue
            try:
                cmds = json.loads(r.text())
            except ValueError:
                continue
            for c in cmds if isinstance(cmds, list) else []:
                if isinstance(c, dict) and isinstance(c.get("data"), str) and "<" in c["data"]:
                    frag = parse_html(pg.base, c["data"], enc=pg.enc)
                    self._handle_page(frag, rel2, "FRAGMENT", enqueue)
                    todo.extend(self.use_ajax_requests(frag))

    # fetch-post-json
    FETCH_CALL = re.compile(r"""(?<![\w$.])fetch\s*\(""")

    @classmethod
    def fetch_json_posts(cls, pg):
        """Set 34 (fetch-post-json): (method with headers, absolute URL, JSON body) of every inline fetch(<url>, {method: 'POST',
        headers: {…}, body: JSON.stringify({…})}) whose address and object are literals / literal variables."""
        env = cls.js_globals(pg.scripts)
        out = []
        for sc in pg.scripts:
            for m in cls.FETCH_CALL.finditer(sc):
                args = cls.js_block(sc, m.end() - 1)
                if args is None:
                    continue
                parts = [a_.strip() for a_ in cls.js_split(args, ",")]
                if len(parts) < 2 or not parts[1].startswith("{"):
                    continue
                o = dict(cls.js_object(cls.js_block(parts[1], 0) or ""))
                okm, mv = cls.js_literal(o.get("method") or "'GET'")
                bm = re.fullmatch(r"JSON\.stringify\(\s*(\{.*\})\s*\)", o.get("body", ""), re.S)
                if not okm or str(mv).upper() != "POST" or not bm:
                    continue
                url, _ = cls.js_eval(parts[0], env)
                if not url:
                    continue
                data, good = {}, True
                for k, v in cls.js_object(cls.js_block(bm.group(1), 0) or ""):
                    ok, val = cls.js_literal(v)
                    if not ok:
                        if re.fullmatch(r"[A-Za-z_$][\w$]*", v.strip()) and v.strip() in env:
                            val = env[v.strip()]
                        else:
                            good = False
                            break
                    data[k] = val
                if not good:
                    continue
                hdrs = []
                if o.get("headers", "").startswith("{"):
                    for k, v in cls.js_object(cls.js_block(o["headers"], 0) or ""):
                        ok, val = cls.js_literal(v)
                        if ok and isinstance(val, str) and k.lower() != "content-type":
                            hdrs.append((k, val))
                out.append(("POST" + ("+" + urlencode(hdrs) if hdrs else ""), resolve(pg.base, url, pg.enc),
                            json.dumps(data, ensure_ascii=False).encode("utf-8")))
        return out

    def _fetch_json(self, pg, enqueue):
        for meth, target, body in self.fetch_json_posts(pg):
            self.set22_counts["fetch-post-json"] += 1
            rel2 = to_rel(target)
            if "fetch-post-json" in self.disabled or rel2 is None or not self.robots_allow(urlsplit(rel2).path):
                continue
            r = self.get(rel2, meth, body, "application/json")
            self.loadmore_done += 1
            if r.status != 200:
                continue
            try:
                d = json.loads(r.text())
            except ValueError:
                continue
            stack = [d]
            while stack:
                v = stack.pop()
                if isinstance(v, dict):
                    stack.extend(v.values())
                elif isinstance(v, list):
                    stack.extend(v)
                elif isinstance(v, str) and "<" in v:
                    self._handle_page(parse_html(pg.base, v, enc=pg.enc), rel2, "FRAGMENT", enqueue)
            self._walk_json(d, rel2, enqueue)

    def _set34(self, pg, rel, enqueue, on):
        for meth, target, body in self.serialize_requests(pg):
            self.set22_counts["jq-serialize"] += 1
            if on("jq-serialize"):
                enqueue(target, meth, body, "application/x-www-form-urlencoded; charset=UTF-8" if body else None, kind="loadmore")
        for target in self.elementor_next(pg):
            self.set22_counts["elementor-loadmore"] += 1
            if on("elementor-loadmore"):
                enqueue(target, kind="loadmore")
        self._use_ajax(pg, enqueue)
        self._fetch_json(pg, enqueue)


    # ------------------------------------------------------------ set 35 mechanisms (plain markup: forms submitted as they stand)
    PAGE_COUNT = re.compile(r"(?:/|\bcủa|\btrên|\btổng số|\bof)\s*(\d{1,4})\b|\b(\d{1,4})\s*trang\b", re.I)

    @classmethod
    def goto_forms(cls, pg, rel):
        """Set 35 (goto-page): (action, field name, N, form) of every 'go to page' GET form with its page count printed beside it."""
        out = []
        for form in pg.forms:
            ins = form.get("free_inputs") or []
            if form["method"] != "get" or len(ins) != 1 or ins[0][2] or form.get("selects") or form.get("dates"):
                continue
            nums = [int(a or b) for a, b in cls.PAGE_COUNT.findall(ntext(unicodedata.normalize("NFC", " ".join(form.get("text") or []))))]
            nums = [n for n in nums if n >= 2]
            if nums:
                out.append((urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0], ins[0][0], min(max(nums), 500), form))
        return out

    @staticmethod
    def date_forms(pg):
        """Set 35 (date-range): GET forms with two or more date inputs carrying min and max and no text input."""
        return [f for f in pg.forms if f["method"] == "get" and not f.get("text_inputs") and len(f.get("dates") or []) >= 2
                and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d[1]) and re.fullmatch(r"\d{4}-\d\d-\d\d", d[2]) for d in f["dates"])]

    @staticmethod
    def submit_buttons(pg):
        """Set 35 (submit-postback): (form, button attrs) of every named submit button inside a WebForms form (one with __VIEWSTATE)."""
        out = []
        for form in pg.forms:
            if form["method"] != "post" or not any(k == "__VIEWSTATE" for k, _ in form["fields"]):
                continue
            for b in form.get("buttons") or []:
                if b.get("name") and "disabled" not in b and not b.get("formaction") and not re.search(r"WebForm_DoPostBackWithOptions|__doPostBack", b.get("onclick", "")):
                    out.append((form, b))
        return out[:200]

    @staticmethod
    def hidden_forms(pg):
        """Set 35 (hidden-form): GET forms whose only fields are hidden inputs, with a submit button (no image, no formaction)."""
        return [f for f in pg.forms if f["method"] == "get" and f.get("submit") and not f.get("visible_inputs") and f.get("hidden_names")
                and not f.get("formactions") and not f.get("images") and not f.get("ajax")]

    def _set35(self, pg, rel, enqueue, on):
        import itertools
        for action, name, n, form in self.goto_forms(pg, rel):
            hidden = form.get("hidden_names") or set()
            for v in range(1, n + 1):
                self.set22_counts["goto-page"] += 1
                if on("goto-page"):
                    fields = [(k, str(v) if k == name else (x if k in hidden else "")) for k, x in form["fields"]]
                    enqueue(action + "?" + urlencode(fields), kind="loadmore")
        for form in self.date_forms(pg):
            action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
            dates = form["dates"]
            vals = {dates[0][0]: dates[0][1], dates[-1][0]: dates[-1][2]}
            sels = form.get("selects") or []
            for combo in itertools.islice(itertools.product(*[vs or [""] for _, vs in sels]), 200):
                self.set22_counts["date-range"] += 1
                if not on("date-range"):
                    continue
                fields = self._form_fields(form, sels, combo)
                # date inputs in document order after the hidden / text fields (a browser sends them in tree order; the server reads names)
                fields += [(d[0], vals.get(d[0], d[3])) for d in dates]
                enqueue(action + "?" + urlencode(fields), kind="loadmore")
        for form, b in self.submit_buttons(pg):
            self.set22_counts["submit-postback"] += 1
            if not on("submit-postback"):
                continue
            pairs = {(x_.get("name"), x_.get("value", "")) for x_ in form.get("buttons") or [] if x_.get("name")}
            fields = [(k, v) for k, v in form["fields"] if (k, v) not in pairs and k not in ("__EVENTTARGET", "__EVENTARGUMENT")]
            fields = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")] + fields + [(b["name"], b.get("value", ""))]
            enqueue(urljoin(pg.base, form["action"] or rel), "POST", urlencode(fields).encode("utf-8"),
                    "application/x-www-form-urlencoded", kind="postback")
        for form in self.hidden_forms(pg):
            action = urljoin(pg.base, form["action"] or rel).split("?")[0].split("#")[0]
            self.set22_counts["hidden-form"] += 1
            if on("hidden-form"):
                enqueue(action + "?" + urlencode(form["fields"]), kind="loadmore")   # the parser adds a named button's pair to the fields

    def _cdata(self, body):
        """Set 24 (xml-cdata): CDATA sections of a sitemap or feed read as text (escaped, so the regex readers see it)."""
        if "<![CDATA[" not in body:
            return body
        n = body.count("<![CDATA[")
        self.set22_counts["xml-cdata"] += n
        if "xml-cdata" in self.disabled:
            return body
        import html as _h
        return re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: _h.escape(m.group(1), quote=False), body, flags=re.S)

    @staticmethod
    def _form_fields(form, sels, combo):
        """Form fields in document order as a browser submits them: text inputs empty, hidden fields kept, each
        select set to its value in `combo`."""
        choice = dict((n, v) for (n, _), v in zip(sels, combo))
        out, seen_sel = [], set()
        for k, v in form["fields"]:
            out.append((k, v if form.get("hidden_names") and k in form["hidden_names"] else ""))
        for n, _ in sels:
            if n not in seen_sel:
                out.append((n, choice[n]))
                seen_sel.add(n)
        return out

    JS_PAIR = re.compile(r"""([A-Za-z_$][\w$]*)\s*:\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))""")

    def _asmx(self, script, base, enqueue):
        """jQuery $.ajax({type: 'POST', url: cfg.key, data: JSON.stringify({k: cfg.x, page: page, …}),
        contentType: 'application/json…'}) where cfg is a JavaScript object literal (var cfg = {key: '…', …};).
        The answer may be ASP.NET's {"d": "<JSON text>"}; pages run 1..<total pages key> (or until no rows)."""
        if "JSON.stringify" not in script or "application/json" not in script or not re.search(r"type\s*:\s*['\"]POST", script, re.I):
            return
        cfgs = {}
        for m in re.finditer(r"(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*\{(.*?)\};", script, re.S):
            cfgs[m.group(1)] = {p.group(1): (p.group(2) if p.group(2) is not None else p.group(3) if p.group(3) is not None
                                             else (float(p.group(4)) if "." in p.group(4) else int(p.group(4))))
                                for p in self.JS_PAIR.finditer(m.group(2))}

        def value(expr):
            expr = expr.strip()
            if re.fullmatch(r"-?\d+", expr):
                return int(expr)
            if re.fullmatch(r"'[^']*'|\"[^\"]*\"", expr):
                return expr[1:-1]
            if "." in expr:
                obj, _, key = expr.partition(".")
                if obj in cfgs and key in cfgs[obj]:
                    return cfgs[obj][key]
            return None

        for call in re.finditer(r"\$\.ajax\(\s*\{(.*?)\}\s*\)\s*;", script, re.S):
            body = call.group(1)
            um = re.search(r"\burl\s*:\s*([\w$.]+|'[^']*'|\"[^\"]*\")", body)
            dm = re.search(r"JSON\.stringify\(\s*\{(.*?)\}\s*\)", body, re.S)
            if not um or not dm:
                continue
            url = value(um.group(1))
            if not isinstance(url, str):
                continue
            fields, page_key = [], None
            for k, expr in re.findall(r"([A-Za-z_$][\w$]*)\s*:\s*([^,}]+)", dm.group(1)):
                v = value(expr)
                if v is None:
                    page_key = k            # the free variable: the page number argument
                fields.append((k, v))
            if page_key is None:
                continue
            rel = to_rel(urljoin(base, url))
            if rel is None or not robots_ok(self.robots, rel):
                continue
            total = None
            for n in range(1, 500):
                payload = json.dumps(dict((k, n if k == page_key else v) for k, v in fields), ensure_ascii=False).encode("utf-8")
                if (rel, payload) in self._asmx_seen:
                    break
                self._asmx_seen.add((rel, payload))
                r = self.get(rel, "POST", payload, "application/json; charset=utf-8")
                self.asmx_done += 1
                self.loadmore_done += 1
                if r.status != 200 or "json" not in r.ctype:
                    break
                data = json.loads(r.text())
                if isinstance(data, dict) and isinstance(data.get("d"), str):
                    try:
                        data = json.loads(data["d"])
                    except ValueError:
                        pass
                rows = []

                def walk(x):
                    nonlocal total
                    if isinstance(x, dict):
                        for k, v in x.items():
                            if isinstance(v, int) and re.search(r"tong.?so.?trang|total.?pages|page.?count|so.?trang", k, re.I):
                                total = v
                            walk(v)
                    elif isinstance(x, list):
                        for v in x:
                            walk(v)
                    elif isinstance(x, str) and x.startswith("/") and not x.startswith("/Date(") and \
                            not urlsplit(x).path.lower().endswith(STATIC_EXT):
                        rows.append(x)
                walk(data)
                for u in rows:
                    enqueue(urljoin(base, u))
                if not rows or (total is not None and n >= total):
                    break

    # ------------------------------------------------------------ set 5 browser mechanisms
    def _js_objects(self, pg):
        """window.__X__ = {…}; assignments in inline scripts, decoded as JSON (\\u002F escapes included)."""
        out = []
        dec = json.JSONDecoder()
        for sc in pg.scripts:
            for m in re.finditer(r"window\.([\w$]+)\s*=\s*(?=[\[{])", sc):
                try:
                    obj, _ = dec.raw_decode(sc, m.end())
                except ValueError:
                    continue
                out.append((m.group(1), obj))
        return out

    def _set5(self, pg, rel, enqueue, on):
        objs = self._js_objects(pg)
        if on("js-state"):
            for name, obj in objs:
                self._walk_json(obj, rel, enqueue)
        if on("keyset-api"):
            cfgs = [o for _, o in objs if isinstance(o, dict) and o.get("cursorParam") and o.get("newsEndpoint")]
            lists = []

            def walk(x):
                if isinstance(x, dict):
                    if isinstance(x.get("items"), list) and x.get("hasMore") and x.get("categoryId") is not None:
                        lists.append(x)
                    for v in x.values():
                        walk(v)
                elif isinstance(x, list):
                    for v in x:
                        walk(v)
            for _, o in objs:
                walk(o)
            for cfg in cfgs:
                for lst in lists:
                    items, more = lst["items"], True
                    for _ in range(200):
                        if not items or not more:
                            break
                        q = urlencode([("category", lst["categoryId"]), (cfg["cursorParam"], items[-1]["id"]),
                                       ("limit", cfg.get("pageSize", len(items)))])
                        rel2 = to_rel(urljoin(pg.base, cfg["newsEndpoint"] + "?" + q))
                        if rel2 is None or rel2 in self._cursor_seen or not robots_ok(self.robots, rel2):
                            break
                        self._cursor_seen.add(rel2)
                        r = self.get(rel2)
                        self.loadmore_done += 1
                        if r.status != 200:
                            break
                        data = json.loads(r.text())
                        self._walk_json(data, rel2, enqueue)
                        items, more = data.get("items") or [], data.get("hasMore")
        if on("rsc-flight"):
            for sc in pg.scripts:
                for m in re.finditer(r"self\.__next_f\.push\(\[1,\s*(\"(?:\\.|[^\"\\])*\")\]\)", sc):
                    try:
                        chunk = json.loads(m.group(1))
                    except ValueError:
                        continue
                    for u in re.findall(r'"(?:href|url)":"(/[^"]*)"', chunk):
                        enqueue(urljoin(pg.base, u))

    def _walk_json(self, data, rel, enqueue):
        def walk(x):
            if isinstance(x, dict):
                for k, v in x.items():
                    if isinstance(v, str) and k.lower() in ("url", "href", "link", "path", "next", "nexturl",
                                                            "next_url", "more", "moreurl", "uri"):
                        if v.startswith(("/", "http")):
                            enqueue(urljoin(absu(rel), v), kind="loadmore" if "next" in k.lower() else "link")
                    elif isinstance(v, str) and k.lower() in ("html", "content", "items_html", "td_data") and "<" in v:   # set 29: tagDiv's td_data
                        pg = parse_html(absu(rel), v)
                        self._handle_page(pg, rel, "FRAGMENT", enqueue)
                    else:
                        walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
        walk(data)

    def _script_loadmore(self, script, base, enqueue):
        """var loadMoreUrl = '/api/...&page=';  + a page counter -> fetch page N, N+1, ... until dry."""
        for m in re.finditer(r"""(?:var|let|const)\s+(\w+)\s*=\s*(['"])((?:\\.|(?!\2).)*)\2""", script):
            url = m.group(3).replace("\\/", "/")
            if not url.startswith(("/", "http")) or not re.search(r"[?&][\w.-]*(page|trang|p)\w*=$", url, re.I):
                continue
            start = 2
            pm = re.search(r"(?:var|let|const)?\s*\w*[Pp]age\w*\s*[=:]\s*(\d+)", script[m.end():] + script[:m.start()])
            if pm:
                start = int(pm.group(1))
            for n in range(start, start + 300):
                rel = to_rel(urljoin(base, url + str(n)))
                if rel is None or not robots_ok(self.robots, rel):
                    break
                r = self.get(rel)
                self.loadmore_done += 1
                if r.status != 200 or not r.body.strip():
                    break
                if "json" in r.ctype:
                    try:
                        data = json.loads(r.text())
                    except ValueError:
                        break
                    before = self.requests
                    self._walk_json(data, rel, enqueue)
                    empty = not data or (isinstance(data, dict) and (
                        data.get("has_more") is False or data.get("hasMore") is False))
                    if isinstance(data, dict) and not any(data.get(k) for k in ("items", "html", "data", "posts")):
                        break
                    if empty:
                        break
                else:
                    pg = parse_html(base, r.text())
                    if not pg.links:
                        break
                    self._handle_page(pg, rel, "FRAGMENT", enqueue)

    # ------------------------------------------------------------ sitemaps, state islands, JS emulation
    def _sitemaps(self, robots_text, enqueue):
        """Sitemap: lines of robots.txt -> sitemap index / urlset (regex, so truncated XML still yields its <loc>s)."""
        todo = [l.split(":", 1)[1].strip() for l in robots_text.splitlines() if l.lower().startswith("sitemap:")]
        done = set()
        self.sitemap_locs = 0
        while todo and len(done) < 50:
            u = todo.pop(0)
            rel = to_rel(u)
            if rel is None or rel in done:
                continue
            done.add(rel)
            r = self.get(rel)
            if r.status != 200:
                continue
            raw = r.body
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            body = self._cdata(raw.decode("utf-8", "replace"))            # set 24: xml-cdata
            if "<" not in body[:300] and re.match(r"\s*https?://", body):         # set 25: a sitemap in the text format
                self.set22_counts["text-sitemap"] += 1
                if "text-sitemap" not in self.disabled:
                    for l in body.split():
                        if re.match(r"https?://", l):
                            self.sitemap_locs += 1
                            enqueue(l)
                continue
            locs = [_html_unescape(x.strip()) for x in re.findall(r"<loc>\s*([^<\s]+)", body)]
            if "<sitemapindex" in body:
                todo.extend(locs)
            else:
                for l in locs:
                    self.sitemap_locs += 1
                    enqueue(l)

    def _island(self, attrs, raw, pg, rel, enqueue):
        if "&q;" in raw:             # Angular (<= 15) TransferState: JSON with &q; &s; &l; &g; &a; escapes
            if "ng-state" in self.disabled:
                return
            for k, v in (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&")):
                raw = raw.replace(k, v)
        try:
            data = json.loads(raw)
        except ValueError:
            return
        if attrs.get("id") == "__NUXT_DATA__":
            data = devalue_unflatten(data)
        if attrs.get("data-drupal-selector") == "drupal-settings-json":
            self._drupal_views(data, pg, rel, enqueue)
            return
        self._walk_json(data, rel, enqueue)
        self._offset_client(data, rel, enqueue)

    def _offset_client(self, state, rel, enqueue):
        """Emulates the Nuxt site's client bundle: GET {config.public.apiBase}/articles?category=&offset=&limit=
        for every list query {category, offset, limit, total} in the decoded payload."""
        base = None
        queries = []

        def walk(x):
            nonlocal base
            if isinstance(x, dict):
                if isinstance(x.get("apiBase"), str):
                    base = x["apiBase"]
                if all(k in x for k in ("category", "offset", "limit", "total")):
                    queries.append(x)
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
        walk(state)
        if not base:
            return
        for q in queries:
            off = int(q["offset"]) + int(q["limit"])
            while off < int(q["total"]) + int(q["limit"]):
                enqueue(self.base + "%s/articles?%s" % (base, urlencode({"category": q["category"], "offset": off, "limit": q["limit"]})),
                        kind="loadmore")
                off += int(q["limit"])

    def _drupal_views(self, settings, pg, rel, enqueue):
        """Drupal AJAX views (settings.views.ajaxViews) -> POST /views/ajax page=1,2,... (page=0,N for pager element 1)
        until the returned 'insert' command carries no rows."""
        views = (settings.get("views") or {}).get("ajaxViews") or {}
        path = (settings.get("views") or {}).get("ajax_path", "/views/ajax")
        for key, v in views.items():
            for n in range(1, 200):
                fields = dict((k, str(x)) for k, x in v.items())
                pe = int(v.get("pager_element") or 0)
                fields["page"] = ",".join(["0"] * pe + [str(n)])
                fields["_drupal_ajax"] = "1"
                body = urlencode(fields).encode()
                if ("POST", path, body) in self._views_seen:
                    break
                self._views_seen.add(("POST", path, body))
                r = self.get(path + "?_wrapper_format=drupal_ajax", "POST", body, "application/x-www-form-urlencoded")
                self.loadmore_done += 1
                if r.status != 200:
                    break
                try:
                    cmds = json.loads(r.text())
                except ValueError:
                    break
                rows = 0
                for c in cmds:
                    if c.get("command") == "insert" and "<" in (c.get("data") or ""):
                        frag = parse_html(absu(rel), c["data"])
                        rows += len(frag.links)
                        self._handle_page(frag, rel, "FRAGMENT", enqueue)
                if not rows:
                    break

    def _graphql(self, script, base, enqueue):
        """window.X = {endpoint, query, variables{..., after}} + fetch(cfg.endpoint, POST JSON): replay with
        variables.after = pageInfo.endCursor until hasNextPage is false."""
        for m in re.finditer(r"window\.\w+\s*=\s*(\{.*?\});\s*\n", script, re.S):
            try:
                cfg = json.loads(m.group(1))
            except ValueError:
                continue
            if not isinstance(cfg, dict) or "query" not in cfg or "endpoint" not in cfg:
                continue
            variables = dict(cfg.get("variables") or {})
            for _ in range(200):
                payload = {"query": cfg["query"], "variables": variables}
                if cfg.get("operationName"):
                    payload["operationName"] = cfg["operationName"]
                body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                key = (cfg["endpoint"], body)
                if key in self._cursor_seen:
                    break
                self._cursor_seen.add(key)
                rel = to_rel(urljoin(base, cfg["endpoint"]))
                if rel is None:
                    break
                r = self.get(rel, "POST", body, "application/json")
                self.loadmore_done += 1
                if r.status != 200:
                    break
                data = json.loads(r.text())
                self._walk_json(data, rel, enqueue)
                info = []

                def walk(x):
                    if isinstance(x, dict):
                        if "pageInfo" in x:
                            info.append(x["pageInfo"])
                        for v in x.values():
                            walk(v)
                    elif isinstance(x, list):
                        for v in x:
                            walk(v)
                walk(data)
                if not info or not info[0].get("hasNextPage") or not info[0].get("endCursor"):
                    break
                variables["after"] = info[0]["endCursor"]

    def _script_cursor(self, script, base, enqueue):
        """fetch('/api/...?cursor=' + encodeURIComponent(nextCursor)) with an initial cursor variable; each JSON answer
        carries the next cursor (any key containing 'cursor'); stop when it is null/empty."""
        um = re.search(r"""['"]([^'"]*[?&]cursor=)['"]""", script)
        cm = re.search(r"""(?:var|let|const)\s+\w*[Cc]ursor\w*\s*=\s*['"]([^'"]+)['"]""", script)
        if not um or not cm:
            return
        url, cur = um.group(1), cm.group(1)
        seen = self._cursor_seen
        while cur and (url, cur) not in seen and len(seen) < 2000:
            seen.add((url, cur))
            rel = to_rel(urljoin(base, url + quote(cur, safe="")))
            if rel is None or not robots_ok(self.robots, rel):
                break
            r = self.get(rel)
            self.loadmore_done += 1
            if r.status != 200 or "json" not in r.ctype:
                break
            data = json.loads(r.text())
            self._walk_json(data, rel, enqueue)
            cur = None
            if isinstance(data, dict):
                for k, v in data.items():
                    if "cursor" in k.lower() and isinstance(v, str):
                        cur = v

    # ------------------------------------------------------------ robots / traps / selftest
    def check_robots_traps(self):
        for pre in self.man["robots_disallowed"]:
            if robots_ok(self.robots, pre):
                self.err("robots.txt does not disallow %s" % pre)
        pats = self.man["trap_prefixes"]
        reached_pats = set(p for p in pats if self.trap_hits.get(p))
        for pat in pats:
            if pat not in self.trap_hits:
                continue
            # walk the trap: it must keep producing new URLs (links matching any trap pattern are followed)
            todo, fetched, found = collections.deque([self.trap_examples[pat]]), 0, {self.trap_examples[pat]}
            via_redirect = set()
            while todo and fetched < 40:
                rel = todo.popleft()
                r = self.get(rel)
                fetched += 1
                if r.status in (301, 302, 303, 307, 308):       # set 4: a trap may grow through redirects
                    t = to_rel(urljoin(absu(rel), r.headers.get("location", "")))
                    hit = trap_matches(pats, t) if t else []
                    if hit and t not in found:
                        reached_pats.update(hit)
                        found.add(t)
                        todo.append(t)
                        via_redirect.add(t)
                    continue
                if r.status != 200 and rel in via_redirect:
                    continue            # a redirect trap may end in an error (e.g. IIS 404.15 'query string too long')
                if r.status != 200:
                    self.err("trap URL %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                for h in pg.links:
                    t = to_rel(resolve(pg.base, h, pg.enc))
                    hit = trap_matches(pats, t) if t else []
                    if hit and t not in found:
                        reached_pats.update(hit)
                        found.add(t)
                        todo.append(t)
            if len(found) < 12 and pat not in self.man.get("out_of_scope", []):
                self.err("trap %s did not keep producing new URLs (%d seen)" % (pat, len(found)))
        for pat in pats:
            if pat not in reached_pats:
                self.err("trap pattern %s is never linked from the site (nor from another trap)" % pat)

    def check_selftest(self):
        for t in getattr(self.mod, "SELFTEST", []):
            self.probe(t)

    def probe(self, t):
        if True:
            body = t.get("body", b"")
            if t.get("headers"):      # set 18: conditional requests and other request headers
                r = call(self.app, t.get("method", "GET"), t["path"], body, None, headers=t["headers"])
                self.requests += 1
            else:
                r = self.get(t["path"], t.get("method", "GET"), body,
                             "application/x-www-form-urlencoded" if body else None)
            if r.headers.get("retry-after"):      # set 20
                self.retry_after.add(r.headers["retry-after"])
            self.last_probe = r
            if r.status != t["status"]:
                self.err("SELFTEST %s %s -> %d, expected %d" % (t.get("method", "GET"), t["path"][:120], r.status, t["status"]))
                return
            if "location" in t:
                loc = to_rel(urljoin(absu(t["path"]), r.headers.get("location", "")))
                if loc != norm_rel(t["location"]):
                    self.err("SELFTEST %s redirects to %s, expected %s" % (t["path"], loc, t["location"]))
            if "contains" in t and ntext(t["contains"]) not in ntext(r.text()):
                self.err("SELFTEST %s lacks %r" % (t["path"][:120], t["contains"]))
            if "not_contains" in t and ntext(t["not_contains"]) in ntext(r.text()):
                self.err("SELFTEST %s unexpectedly contains %r" % (t["path"][:120], t["not_contains"]))
            for hk, hv in (t.get("expect_headers") or {}).items():      # set 18
                if r.headers.get(hk.lower()) != hv:
                    self.err("SELFTEST %s header %s = %r, expected %r" % (t["path"][:120], hk, r.headers.get(hk.lower()), hv))
            if t.get("empty") and r.body.strip():
                self.err("SELFTEST %s should be empty" % t["path"])
            if "ctype" in t and (r.headers.get("content-type") or None) != t["ctype"]:
                self.err("SELFTEST %s Content-Type %r, expected %r" % (t["path"], r.headers.get("content-type"), t["ctype"]))
            if "refresh" in t:
                m = re.search(r"url\s*=\s*([^;\s]+)", r.headers.get("refresh", ""), re.I)
                if not m or to_rel(urljoin(absu(t["path"]), m.group(1))) != norm_rel(t["refresh"]):
                    self.err("SELFTEST %s Refresh header %r, expected a hop to %s" % (t["path"], r.headers.get("refresh"), t["refresh"]))
            if "same_as" in t:
                other = self.get(t["same_as"])
                a = [p for p in parse_html(self.base, r.text()).links if p not in ("/",)]
                b = [p for p in parse_html(self.base, other.text()).links if p not in ("/",)]
                if a != b:
                    self.err("SELFTEST %s should render the same page as %s" % (t["path"][:80], t["same_as"][:80]))

    def check_other_host(self):
        """The app must build absolute links from the Host header: nothing may leak the test host, and (set 21) every
        second-host address it prints (localhost:<port>) carries the port of the request."""
        sample = list(self.man["start_urls"]) + list(self.man["articles"])[:3] + ["/robots.txt", H2 + "/"]
        for rel in sample:
            other = "localhost:5099" if on_h2(rel) else "127.0.0.1:5099"
            r = self.get(rel, host=other)
            seen = r.body + r.headers.get("location", "").encode("utf-8")
            if b"replica.test" in seen:
                self.err("response for %s under another Host still mentions the check host" % rel)
            ports = set(re.findall(rb"localhost:(\d+)", seen))
            if ports - {b"5099"}:
                self.err("response for %s under Host %s names localhost with another port %s" % (rel, other, sorted(ports)))
            if r.status >= 400 and rel != H2 + "/":
                self.err("%s -> %d under Host %s" % (rel, r.status, other))

    def check_set4(self):
        """only_via claims, off-site redirects, redirect loops, mobile host."""
        for mech, keys in (self.man.get("only_via") or {}).items():
            for k in keys:
                if k not in self.man["articles"]:
                    self.err("only_via[%s] lists %s, which is not a manifest article" % (mech, k))
            self.crawl(full=True, disabled={mech})
            still = [k for k in keys if k in self.reached or self.served.get(k)]
            others = [c for c in self.man["articles"] if c not in keys and c not in self.reached and not self.served.get(c)
                      and not any(c in v for m2, v in self.man["only_via"].items() if m2 != mech)]
            self.only_via_stats[mech] = (len(keys), len(still))
            for k in still[:5]:
                self.err("only_via[%s]: %s is still reached with that mechanism switched off" % (mech, k))
            for k in others[:5]:
                self.warnings.append("switching off %s also loses %s (not listed under it)" % (mech, k))
        for path in self.man.get("offsite_redirects", []):
            r = self.get(path)
            loc = r.headers.get("location", "")
            if r.status not in (301, 302, 303, 307, 308) or to_rel(urljoin(absu(path), loc)) is not None:
                self.err("offsite redirect %s -> %d %s (expected a redirect to another host)" % (path, r.status, loc))
        loops = self.man.get("redirect_loops", [])
        for path in loops:
            r, final, chain = self.follow(path, 8)
            if r.status not in (301, 302, 303, 307, 308):
                self.err("redirect loop %s ends in %d at %s" % (path, r.status, final))
        for path, status in (self.man.get("flaky") or {}).items():
            codes = [self.raw("GET", path).status for _ in range(2)]
            self.requests += 2
            if sorted(codes) != sorted([status, 200]):
                self.err("flaky %s answered %s, expected %d once and 200 on the retry" % (path, codes, status))
        import time as _t
        for path in (self.man.get("slow") or [])[:2]:
            t0 = _t.time()
            r = self.raw("GET", path, sleep=True)
            dt = _t.time() - t0
            if not 0.5 <= dt <= 2.2 or r.status not in (200, 429, 500):
                self.err("slow %s took %.2f s (status %d); expected 0.5-2 s" % (path, dt, r.status))
        mob = self.man.get("mobile_host")
        if mob:
            mhost = mob["prefix"] + HOST
            for path in mob["sample"]:
                r = self.get(path, host=mhost)
                txt = r.text() if r.status == 200 else ""
                m = re.search(r"""<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)""", txt)
                if r.status != 200 or not m or to_rel(_html_unescape(m.group(1))) != norm_rel(path):
                    self.err("mobile host %s%s: status %d, canonical %s" % (mhost, path, r.status, m and m.group(1)))

    def check_set6(self):
        """set 6: out-of-scope sibling sections on the same host and a declared scope prefix."""
        scope = self.man.get("scope_prefix")
        if scope:
            for s in self.man["start_urls"]:
                if not s.lower().startswith(scope.lower()):
                    self.err("start URL %s outside scope_prefix %s" % (s, scope))
            for canon, info in self.man["articles"].items():
                for p in [canon] + list(info["aliases"]):
                    if not p.lower().startswith(scope.lower()):
                        self.err("article URL %s outside scope_prefix %s" % (p, scope))
        for pre in self.man.get("out_of_scope_prefixes", []):
            if not pre.startswith("/"):
                continue
            for canon, info in self.man["articles"].items():
                if any(p.startswith(pre) for p in [canon] + list(info["aliases"])):
                    self.err("article URL of %s lies under out-of-scope prefix %s" % (canon, pre))
            r, final, chain = self.follow(pre)
            if r.status != 200:
                self.err("out-of-scope prefix %s -> %s (expected a real page)" % (pre, chain))
                continue
            if any(self.fp.get(p) for p in parse_html(absu(final), r.text()).paras):
                self.err("out-of-scope page %s shows article text" % final)

    def degraded_walk(self, **mode):
        """Walk again like a crawler with a URL-handling shortcut; returns the number of articles reached."""
        old = dict(URL_MODE)
        URL_MODE.update(mode)
        self.degraded = True
        try:
            self.crawl(full=True)
            return len([c for c in self.man["articles"] if c in self.reached or self.served.get(c)])
        finally:
            URL_MODE.clear()
            URL_MODE.update(old)
            self.degraded = False

    def check_set8(self):
        """set 8: URLs that look like articles but are not (SUMMARY['not_articles']: soft-404 / withdrawn pages);
        how many spellings served article text; walks with the classic URL-encoding shortcuts; first visit without
        cookies (WAF challenge)."""
        summ = getattr(self.mod, "SUMMARY", {})
        na = summ.get("not_articles") or []
        self.not_art_stats = None
        if na:
            linked = 0
            for rel in na:
                if norm_rel(rel) in self.owner:
                    self.err("not-article %s is listed as an article" % rel)
                r, final, chain = self.follow(rel)
                if r.status == 200:
                    pg = parse_html(absu(final), r.text(), enc=r.encoding)
                    if any(self.fp.get(p) for p in pg.paras):
                        self.err("not-article %s shows article text" % rel)
                elif r.status not in (404, 410):
                    self.err("not-article %s ends in %d (%s)" % (rel, r.status, chain))
                if norm_rel(rel) in self.fetched_full:
                    linked += 1
            self.not_art_stats = (len(na), linked)
        self.spellings = (sum(len(v) for v in self.served.values()), len(self.served))
        self.enc_walks = {}
        if any(not e.lower().replace("_", "-").startswith("utf-8") for e in self.encodings_full):
            self.enc_walks["queries encoded in UTF-8 (document charset ignored)"] = self.degraded_walk(query_enc="utf-8")
            self.enc_walks["%XX re-quoted as UTF-8 (unquote/quote)"] = self.degraded_walk(query_enc="utf-8", requote=True)
        self.cookieless = {}
        for st in self.man["start_urls"]:
            r = call(self.app, "GET", st)
            self.requests += 1
            self.cookieless[st] = r.status

    def check_set9(self):
        """set 9: table orderings (which ones reach every row), requests with X-Requested-With, JSON POST service."""
        summ = getattr(self.mod, "SUMMARY", {})
        self.ordering_stats = []
        allarts = set(self.man["articles"])
        for o in summ.get("orderings") or []:
            got = set()
            for rel in o["pages"]:
                r = self.get(rel)
                if r.status != 200:
                    self.err("ordering page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                for h in pg.links:
                    t = to_rel(resolve(pg.base, h, pg.enc))
                    if t in self.owner:
                        got.add(self.owner[t])
            self.ordering_stats.append((o["name"], len(o["pages"]), len(got & allarts), len(allarts)))
            if o.get("complete") and got & allarts != allarts:
                self.err("ordering %r should reach every article, misses %d" % (o["name"], len(allarts - got)))
            if not o.get("complete") and got & allarts == allarts:
                self.err("ordering %r should miss some articles but reaches all" % o["name"])
        for t in summ.get("xhr_selftest") or []:
            r = self.get(t["path"], "XHR")
            if r.status != t.get("status", 200):
                self.err("XHR %s -> %d" % (t["path"], r.status))
                continue
            txt = ntext(r.text())
            if "contains" in t and ntext(t["contains"]) not in txt:
                self.err("XHR %s lacks %r" % (t["path"], t["contains"]))
            if "not_contains" in t and ntext(t["not_contains"]) in txt:
                self.err("XHR %s unexpectedly contains %r" % (t["path"], t["not_contains"]))
            for hk, hv in (t.get("expect_headers") or {}).items():      # set 18
                if r.headers.get(hk.lower()) != hv:
                    self.err("SELFTEST %s header %s = %r, expected %r" % (t["path"][:120], hk, r.headers.get(hk.lower()), hv))
            if t.get("empty") and r.body.strip():
                self.err("XHR %s should be empty" % t["path"])
        for t in summ.get("json_selftest") or []:
            payload = json.dumps(t["body"]).encode("utf-8")
            r = self.get(summ["service"], "POST", payload, "application/json; charset=utf-8")
            if r.status != 200 or "json" not in r.ctype:
                self.err("POST %s %s -> %d %s" % (summ["service"], t["body"], r.status, r.ctype))
                continue
            data = json.loads(r.text())
            inner = json.loads(data["d"]) if isinstance(data.get("d"), str) else data
            if "contains" in t and t["contains"] not in r.text():
                self.err("POST %s %s lacks %r" % (summ["service"], t["body"], t["contains"]))
            if "items" in t:
                lists = [v for v in inner.values() if isinstance(v, list)]
                if not lists or len(lists[0]) != t["items"]:
                    self.err("POST %s %s: %s items, expected %d" % (summ["service"], t["body"], lists and len(lists[0]), t["items"]))

    def check_set10(self):
        """set 10: pages that must carry a submittable GET search form (SUMMARY['search_forms'])."""
        for rel in getattr(self.mod, "SUMMARY", {}).get("search_forms") or []:
            r = self.get(rel)
            pg = parse_html(absu(rel), r.text(), enc=r.encoding)
            if not any(f["method"] == "get" and f.get("text_inputs") and f.get("selects") for f in pg.forms):
                self.err("page %s lacks a GET search form with a <select>" % rel)

    def check_set11(self):
        """set 11: SUMMARY['robots_selftest'] = [(path, allowed by RFC 9309, by first-group-only, by first-match)]."""
        rr = self.get("/robots.txt")
        self.robots_table = []
        for path, full, first_group, first_match in getattr(self.mod, "SUMMARY", {}).get("robots_selftest") or []:
            got = []
            for fm, fg in ((False, False), (False, True), (True, False)):
                ROBOTS_MODE["first_match"], ROBOTS_MODE["first_group_only"] = fm, fg
                try:
                    got.append(robots_ok(robots_rules(rr.text()), norm_rel(path)))
                finally:
                    ROBOTS_MODE["first_match"] = ROBOTS_MODE["first_group_only"] = False
            self.robots_table.append((path, got))
            if got != [full, first_group, first_match]:
                self.err("robots %s: allowed (RFC 9309, first group only, first match) = %s, expected %s" % (
                    path, got, [full, first_group, first_match]))

    # ------------------------------------------------------------ set 17: the second day
    DAY2_KEYS = ("title", "published", "withdrawn", "same_record_as", "body_contains", "body_lacks")

    def _quiet_probe(self, t):
        """Run a probe without recording errors; return its failures."""
        saved, self.errors = self.errors, []
        try:
            self.probe(t)
            return self.errors
        finally:
            self.errors = saved

    # ------------------------------------------------------------ set 21: five days
    DUE_BYS = ("new", "guard", "window", "rolling", "headline", "held", "kept")

    def manifest_of(self, n):
        return self.real.MANIFEST if n == 1 else getattr(self.real, "MANIFEST_DAY%d" % n, None)

    def at_day(self, n, fn, *args):
        """Run fn(*args) with the site switched to day n, then back to the day under check."""
        self.real.set_day(n)
        try:
            return fn(*args)
        finally:
            self.real.set_day(self.day)

    def page_text(self, rel):
        r, final, chain = self.follow(rel)
        return (ntext(parse_html(absu(final), r.text(), enc=r.encoding).text) if r.status == 200 else ""), r, chain

    def check_days(self):
        """Docstring item 19: DAYS, the clock, MANIFEST_DAY<n> identities, SUMMARY["day<n>"] entries and their due rules;
        on the day under check, every entry's HTTP claims."""
        import datetime as dt
        real = self.real
        self.day_stats = {}
        self.judgements = collections.Counter()
        ndays = getattr(real, "DAYS", None)
        if ndays == 1:                      # set 22: one day (item 20)
            self._check_one_day()
            return
        if not isinstance(ndays, int) or not 2 <= ndays <= 9:
            self.err("module constant DAYS missing or not 2..9")
            return
        for bad in (0, ndays + 1):
            try:
                real.set_day(bad)
            except (ValueError, KeyError):
                pass
            else:
                self.err("set_day(%d) accepted (DAYS = %d)" % (bad, ndays))
            finally:
                real.set_day(self.day)
        clock = real.SUMMARY.get("clock") or {}
        fmt = "%Y-%m-%d %H:%M"
        try:
            when = {n: dt.datetime.strptime(clock["day%d" % n], fmt) for n in range(1, ndays + 1)}
            rdays = clock["recheck_recent_days"]
            clock["tz"]
        except (KeyError, ValueError, TypeError):
            self.err('SUMMARY["clock"] must give tz, recheck_recent_days and day1..day%d as YYYY-MM-DD HH:MM' % ndays)
            return
        if any(when[n] <= when[n - 1] for n in range(2, ndays + 1)):
            self.err('SUMMARY["clock"]: the days must follow one another')
        window = {n: when[n] - dt.timedelta(days=rdays) for n in when}
        margin = dt.timedelta(hours=48)
        # identities: an article is known by its FIRST canonical; a later canonical names it with info["first"]
        first_seen, canon_of, own, arts_of = {}, {}, {}, {}
        for n in range(1, ndays + 1):
            man = self.manifest_of(n)
            if man is None:
                self.err("module lacks MANIFEST_DAY%d" % n)
                return
            canon_of[n], own[n], arts_of[n] = {}, {}, man["articles"]
            for c, info in man["articles"].items():
                ident = info.get("first", c)
                if ident == c and c not in first_seen:
                    first_seen[c] = n
                elif ident not in first_seen:
                    self.err("MANIFEST_DAY%d: %s names its first address %s, which no earlier day lists" % (n, c, ident))
                    continue
                if ident in canon_of[n]:
                    self.err("MANIFEST_DAY%d: two canonicals for the article first listed as %s" % (n, ident))
                canon_of[n][ident] = c
                for u in [c] + list(info["aliases"]):
                    own[n][norm_rel(u)] = ident
                if info.get("due") is False and not info.get("why"):
                    self.err("MANIFEST_DAY%d: %s is not due but says no why" % (n, c))
        if any(on_h2(u) for n in own for u in own[n]) and not real.SUMMARY.get("hosts"):
            self.err('a manifest lists second-host addresses but SUMMARY["hosts"] is missing')
        entries = {}
        for n in range(2, ndays + 1):
            d = real.SUMMARY.get("day%d" % n)
            if not isinstance(d, dict):
                self.err('SUMMARY["day%d"] missing' % n)
                return
            entries[n] = d
        for n in range(2, ndays + 1):
            self._check_day_entries(n, entries, first_seen, canon_of, own, window, margin)
        # an article that ever differed from its first state keeps an entry on every later day
        for n in range(2, ndays):
            for key, e in entries[n].items():
                if e.get("due_by") not in ("new", "guard") and key not in entries[n + 1]:
                    self.err("day%d %s: a changed article must keep an entry on day %d" % (n, key, n + 1))
        if self.day >= 2:
            self._check_day_http(self.day, entries, first_seen)

    def _check_one_day(self):
        """Docstring item 20: a one-day set."""
        real = self.real
        for bad in (0, 2):
            try:
                real.set_day(bad)
            except (ValueError, KeyError):
                pass
            else:
                self.err("set_day(%d) accepted (DAYS = 1)" % bad)
            finally:
                real.set_day(1)
        for n in range(2, 10):
            if hasattr(real, "MANIFEST_DAY%d" % n) or "day%d" % n in real.SUMMARY:
                self.err("a one-day set has MANIFEST_DAY%d / SUMMARY['day%d']" % (n, n))
        if "clock" in real.SUMMARY:
            self.err("a one-day set gives no SUMMARY['clock'] (the scorer would crawl it as a daily timer)")
        pub = real.SUMMARY.get("published") or {}
        for c, info in self.man["articles"].items():
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", str(info.get("published"))):
                self.err("article %s: published %r is not 'YYYY-MM-DD HH:MM'" % (c, info.get("published")))
            elif pub.get(c) != info["published"]:
                self.err("SUMMARY['published'][%s] differs from the manifest's" % c)
        if set(pub) != set(self.man["articles"]):
            self.err("SUMMARY['published'] must name exactly the manifest's articles")

    def check_set22(self):
        """Docstring item 21: the twists are named; every only_via code is a known mechanism; the article pages show the
        minute SUMMARY['published'] gives (dd/mm/yyyy and HH:MM somewhere on the page)."""
        known = {"onclick-url", "form-field-js", "select-form", "script-pager", "sitemap", "feed", "select-nav", "data-url",
                 "xhr-header", "onclick-location", "js-function", "search-form", "link-header",
                 "iframe", "button-page", "past-empty", "html-sitemap", "year-links",      # set 23
                 "svg-link", "noscript", "template", "hx-get", "nofollow", "xml-cdata",      # set 24
                 "json-feed", "text-sitemap", "link-sitemap", "inertia", "month-input", "submit-onchange", "form-attr",
                 "docwrite-script",                                                          # set 25
                 "frame", "object-data", "hreflang", "formaction", "astro-island", "radio-form", "turbo-frame",
                 "select-visit",                                                             # set 26
                 "image-submit", "ajax-data", "unobtrusive-ajax", "script-change",           # set 27
                 "jquery-load", "csr-listdata", "post-select-form", "script-template",       # set 28
                 "dnn-services", "big-pipe", "td-ajax-block", "page-methods",                # set 29
                 "liferay-service", "sp-rest", "js-concat", "jw-playlist",                   # set 30
                 "liferay-ns", "postback-options", "urldecode-ajax", "jetpack-scroll",       # set 31
                 "joomla-request", "sxc-webapi", "spservices", "webform-callback",           # set 32
                 "xhr-send", "dnn-getvar", "listdata-svc", "asmx-proxy",                     # set 33
                 "jq-serialize", "elementor-loadmore", "drupal-use-ajax", "fetch-post-json",  # set 34
                 "goto-page", "date-range", "submit-postback", "hidden-form",                 # set 35
                 "short-anchor", "article-shaped-list", "detail-link", "case-path",           # set 36
                 "json-fragment", "picture-link", "hidden-pane", "date-anchor",               # set 37
                 "trailing-slash", "canonical-check", "zero-id", "canonical-base",             # set 38
                 "home-scope", "banner-click", "script-menu", "tree-populate",                # set 39
                 "open-window", "external-function", "data-concat", "jsf-commandlink"}       # set 40
        for mech in (self.man.get("only_via") or {}):
            if mech not in known:
                self.err("only_via code %r is not a mechanism of this check" % mech)
        disc = getattr(self.mod, "SUMMARY", {}).get("discovery") or []
        if not 2 <= len(disc) <= 3:
            self.err("SUMMARY['discovery'] must name the site's 2-3 discovery twists")
        self.page_sizes = []
        for c, info in list(self.man["articles"].items())[::7]:
            r = self.get(c)
            d = info.get("published", "")
            if len(d) == 16:
                txt = ntext(parse_html(absu(c), r.text()).text)
                day = "%s/%s/%s" % (d[8:10], d[5:7], d[:4])
                if day not in txt or d[11:] not in txt:
                    self.err("article %s does not print %s %s" % (c, day, d[11:]))
            self.page_sizes.append(len(r.body))

    def check_set23(self):
        """Docstring item 22: the pages the set 23 mechanisms name are real."""
        summ = getattr(self.mod, "SUMMARY", {})
        marker = summ.get("empty_marker")
        if summ.get("empty_pages") and not marker:
            self.err("SUMMARY['empty_pages'] needs SUMMARY['empty_marker'] (the text an empty listing shows)")
        for rel in summ.get("empty_pages") or []:
            r = self.get(rel)
            if r.status != 200:
                self.err("empty page %s -> %d" % (rel, r.status))
            elif marker and ntext(marker) not in ntext(parse_html(absu(rel), r.text()).text):
                self.err("empty page %s does not show %r" % (rel, marker))
            if norm_rel(rel) not in self.fetched_full:
                self.warnings.append("empty page %s is never requested by the walk" % rel)
        for rel in (summ.get("html_sitemap") or []) + (summ.get("year_pages") or []):
            r = self.get(rel)
            if r.status != 200:
                self.err("set 23 page %s -> %d" % (rel, r.status))
        if summ.get("year_pages") and not summ.get("year_param"):
            self.err("SUMMARY['year_pages'] needs SUMMARY['year_param']")

    SET24 = ("svg-link", "noscript", "template", "hx-get", "nofollow", "xml-cdata")

    def check_set24(self):
        """Docstring item 23: the pages SUMMARY['set24_pages'] names carry their mechanism; every set 24 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set24_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET24:
                self.err("SUMMARY['set24_pages'] names %r, not a set 24 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 24 page %s -> %d" % (rel, r.status))
                    continue
                txt = r.text()
                if mech == "xml-cdata":
                    ok = bool(re.search(r"<(?:loc|link)>\s*<!\[CDATA\[\s*https?://", txt))
                else:
                    pg = parse_html(absu(rel), txt, enc=r.encoding)
                    ok = {"svg-link": bool(pg.svg_links), "noscript": bool(pg.noscript_links), "template": bool(pg.template_links),
                          "hx-get": bool(pg.hx_gets), "nofollow": bool(pg.meta_nofollow or pg.nofollow_hrefs)}[mech]
                if not ok:
                    self.err("set 24 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET24 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET25 = ("json-feed", "text-sitemap", "link-sitemap", "inertia", "month-input", "submit-onchange", "form-attr", "docwrite-script")

    def check_set25(self):
        """Docstring item 24: the pages SUMMARY['set25_pages'] names carry their mechanism; every set 25 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set25_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET25:
                self.err("SUMMARY['set25_pages'] names %r, not a set 25 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 25 page %s -> %d" % (rel, r.status))
                    continue
                txt = r.text()
                if mech == "text-sitemap":
                    ok = r.ctype.startswith("text/plain") and bool(re.match(r"\s*https?://\S+\s*\n", txt)) and "<" not in txt
                elif mech == "docwrite-script":
                    ok = bool(re.search(r"document\.write(?:ln)?\(\s*['\"][^'\"]*<a ", txt))
                else:
                    pg = parse_html(absu(rel), txt, enc=r.encoding)
                    ok = {"json-feed": bool(pg.json_feeds), "link-sitemap": bool(pg.sitemap_links), "inertia": bool(pg.inertia),
                          "month-input": any(f.get("months") for f in pg.forms),
                          "submit-onchange": any(f.get("autosubmit") and not f.get("submit") for f in pg.forms),
                          "form-attr": bool(pg.outside_buttons)}[mech]
                if not ok:
                    self.err("set 25 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET25 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET26 = ("frame", "object-data", "hreflang", "formaction", "astro-island", "radio-form", "turbo-frame", "select-visit")

    def check_set26(self):
        """Docstring item 25: the pages SUMMARY['set26_pages'] names carry their mechanism; every set 26 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set26_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET26:
                self.err("SUMMARY['set26_pages'] names %r, not a set 26 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 26 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"frame": bool(pg.frame_srcs), "object-data": bool(pg.object_srcs), "hreflang": bool(pg.hreflang_links),
                      "formaction": any(f.get("formactions") for f in pg.forms), "astro-island": bool(pg.astro_props),
                      "radio-form": any(f.get("radios") and f.get("submit") and not f.get("text_inputs") for f in pg.forms),
                      "turbo-frame": bool(pg.turbo_frames), "select-visit": bool(pg.visit_links)}[mech]
                if not ok:
                    self.err("set 26 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET26 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET27 = ("image-submit", "ajax-data", "unobtrusive-ajax", "script-change")

    def check_set27(self):
        """Docstring item 26: the pages SUMMARY['set27_pages'] names carry their mechanism; every set 27 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set27_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET27:
                self.err("SUMMARY['set27_pages'] names %r, not a set 27 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 27 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"image-submit": any(f.get("images") and not f.get("submit") for f in pg.forms),
                      "ajax-data": any(self.ajax_calls(sc) for sc in pg.scripts),
                      "unobtrusive-ajax": any(f.get("ajax") for f in pg.forms),
                      "script-change": any(self.script_bound(pg, f) and not f.get("autosubmit") for f in pg.forms)}[mech]
                if not ok:
                    self.err("set 27 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET27 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET28 = ("jquery-load", "csr-listdata", "post-select-form", "script-template")

    def check_set28(self):
        """Docstring item 27: the pages SUMMARY['set28_pages'] names carry their mechanism; every set 28 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set28_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET28:
                self.err("SUMMARY['set28_pages'] names %r, not a set 28 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 28 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"jquery-load": any(self.jq_loads(sc) for sc in pg.scripts),
                      "csr-listdata": any(self.list_data(sc) for sc in pg.scripts),
                      "post-select-form": any(self.post_select(f) for f in pg.forms),
                      "script-template": any("<a " in t for t in pg.tpl_scripts)}[mech]
                if not ok:
                    self.err("set 28 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET28 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET29 = ("dnn-services", "big-pipe", "td-ajax-block", "page-methods")

    def check_set29(self):
        """Docstring item 28: the pages SUMMARY['set29_pages'] names carry their mechanism; every set 29 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set29_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET29:
                self.err("SUMMARY['set29_pages'] names %r, not a set 29 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 29 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"dnn-services": bool(self.sf_requests(pg)) and bool(self.dnn_vars(pg.dnn_var)),
                      "big-pipe": any("<a " in h_ for h_ in self.bigpipe_html(pg)),
                      "td-ajax-block": bool(self.td_requests(pg)),
                      "page-methods": bool(self.pm_requests(pg))}[mech]
                if not ok:
                    self.err("set 29 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET29 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET30 = ("liferay-service", "sp-rest", "js-concat", "jw-playlist")

    def check_set30(self):
        """Docstring item 29: the pages SUMMARY['set30_pages'] names carry their mechanism; every set 30 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set30_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET30:
                self.err("SUMMARY['set30_pages'] names %r, not a set 30 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 30 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"liferay-service": bool(self.lr_requests(pg)),
                      "sp-rest": bool(self.sp_rest_urls(pg)),
                      "js-concat": bool(self.concat_requests(pg)),
                      "jw-playlist": bool(self.jw_playlists(pg))}[mech]
                if not ok:
                    self.err("set 30 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET30 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET31 = ("liferay-ns", "postback-options", "urldecode-ajax", "jetpack-scroll")

    def check_set31(self):
        """Docstring item 30: the pages SUMMARY['set31_pages'] names carry their mechanism; every set 31 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set31_pages") or {}
        if self.man.get("outage"):
            pages = {}          # an outage day (item 19a): every address answers the notice
        for mech, rels in pages.items():
            if mech not in self.SET31:
                self.err("SUMMARY['set31_pages'] names %r, not a set 31 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 31 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"liferay-ns": bool(self.lrns_requests(pg)),
                      "postback-options": any(f is not None for f, *_ in pg.pb_options),
                      "urldecode-ajax": bool(self.urldecode_calls(pg)),
                      "jetpack-scroll": bool(self.jetpack_settings(pg))}[mech]
                if not ok:
                    self.err("set 31 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET31 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET32 = ("joomla-request", "sxc-webapi", "spservices", "webform-callback")

    def check_set32(self):
        """Docstring item 31: the pages SUMMARY['set32_pages'] names carry their mechanism; every set 32 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set32_pages") or {}
        if self.man.get("outage"):
            pages = {}          # an outage day (item 19a): every address answers the notice
        for mech, rels in pages.items():
            if mech not in self.SET32:
                self.err("SUMMARY['set32_pages'] names %r, not a set 32 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 32 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"joomla-request": bool(self.joomla_requests(pg)),
                      "sxc-webapi": bool(self.sxc_requests(pg)),
                      "spservices": bool(self.spservices_calls(pg)),
                      "webform-callback": bool(self.callback_calls(pg)) and any(
                          any(k == "__VIEWSTATE" for k, _ in f["fields"]) for f in pg.forms)}[mech]
                if not ok:
                    self.err("set 32 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET32 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET33 = ("xhr-send", "dnn-getvar", "listdata-svc", "asmx-proxy")

    def check_set33(self):
        """Docstring item 32: the pages SUMMARY['set33_pages'] names carry their mechanism; every set 33 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set33_pages") or {}
        if self.man.get("outage"):
            pages = {}
        for mech, rels in pages.items():
            if mech not in self.SET33:
                self.err("SUMMARY['set33_pages'] names %r, not a set 33 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 33 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"xhr-send": lambda: bool(self.xhr_requests(pg)),
                      "dnn-getvar": lambda: bool(self.getvar_requests(pg)),
                      "listdata-svc": lambda: bool(self.listdata_urls(pg)),
                      "asmx-proxy": lambda: bool(self.pm_requests(self._ProxyView(pg, self.asmx_proxies(pg), pg.js_calls)))}[mech]()
                if not ok:
                    self.err("set 33 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET33 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET34 = ("jq-serialize", "elementor-loadmore", "drupal-use-ajax", "fetch-post-json")

    def check_set34(self):
        """Docstring item 33: the pages SUMMARY['set34_pages'] names carry their mechanism; every set 34 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set34_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET34:
                self.err("SUMMARY['set34_pages'] names %r, not a set 34 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 34 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"jq-serialize": lambda: bool(self.serialize_requests(pg)),
                      "elementor-loadmore": lambda: bool(self.elementor_next(pg)),
                      "drupal-use-ajax": lambda: bool(self.use_ajax_requests(pg)),
                      "fetch-post-json": lambda: bool(self.fetch_json_posts(pg))}[mech]()
                if not ok:
                    self.err("set 34 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET34 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET35 = ("goto-page", "date-range", "submit-postback", "hidden-form")

    def check_set35(self):
        """Docstring item 34: the pages SUMMARY['set35_pages'] names carry their mechanism; every set 35 mechanism an only_via
        claim names was used by the full walk."""
        pages = getattr(self.mod, "SUMMARY", {}).get("set35_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET35:
                self.err("SUMMARY['set35_pages'] names %r, not a set 35 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 35 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                ok = {"goto-page": lambda: bool(self.goto_forms(pg, rel)),
                      "date-range": lambda: bool(self.date_forms(pg)),
                      "submit-postback": lambda: bool(self.submit_buttons(pg)),
                      "hidden-form": lambda: bool(self.hidden_forms(pg))}[mech]()
                if not ok:
                    self.err("set 35 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET35 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET36 = ("short-anchor", "article-shaped-list", "detail-link", "case-path")
    GENERIC = re.compile(r"(?:xem |đọc )?(?:chi tiết|tiếp|thêm|toàn văn|nội dung)(?: tin| bài)?", re.I)

    @classmethod
    def generic_label(cls, text):
        """Set 36 (detail-link): is a link's whole text a generic 'read more' label?"""
        t = re.sub(r"[\s»>›.…\[\]()]+$", "", re.sub(r"^[\s»>›\[(]+", "", unicodedata.normalize("NFC", text or ""))).strip().lower()
        return bool(t) and bool(cls.GENERIC.fullmatch(t)) and t not in ("tiếp", "thêm", "nội dung", "toàn văn")

    def check_set36(self):
        """Docstring item 35: SUMMARY['article_pattern'] matches every canonical; the pages SUMMARY['set36_pages'] names carry their
        mechanism; every set 36 mechanism an only_via claim names was used by the full walk."""
        summ = getattr(self.mod, "SUMMARY", {})
        pat = summ.get("article_pattern")
        ov = self.man.get("only_via") or {}
        if ("short-anchor" in ov or "article-shaped-list" in ov) and not pat:
            self.err("only_via short-anchor / article-shaped-list needs SUMMARY['article_pattern']")
        if pat:
            rx = re.compile(pat)
            for c in self.man["articles"]:
                if not rx.search(norm_rel(c)):
                    self.err("SUMMARY['article_pattern'] does not match the canonical %s" % c)
                    break
        rx = re.compile(pat or r"(?!x)x")
        pages = summ.get("set36_pages") or {}
        for mech, rels in pages.items():
            if mech not in self.SET36:
                self.err("SUMMARY['set36_pages'] names %r, not a set 36 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 36 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                targets = {h_: to_rel(resolve(pg.base, h_, pg.enc)) for h_ in pg.anchor_texts}
                arts = {h_: t_ for h_, t_ in targets.items() if t_ in self.owner}
                if mech == "short-anchor":
                    ok = any(rx.search(t_) and all(len(x_.split()) < 7 for x_ in pg.anchor_texts[h_]) for h_, t_ in arts.items())
                elif mech == "article-shaped-list":
                    ok = bool(rx.search(norm_rel(rel))) and not any(self.fp.get(p) for p in pg.paras) and bool(arts)
                elif mech == "detail-link":
                    ok = any(all(self.generic_label(x_) for x_ in pg.anchor_texts[h_]) for h_ in arts)
                else:
                    ok = False
                    for h_, t_ in arts.items():
                        sp_ = urlsplit(t_)
                        if re.search(r"[A-Z]", sp_.path):
                            low = sp_.path.lower() + ("?" + sp_.query if sp_.query else "")
                            if self.get(low).status != 200:
                                ok = True
                                break
                if not ok:
                    self.err("set 36 page %s does not carry %s" % (rel, mech))
        for mech in ov:
            if mech in self.SET36 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    SET37 = ("json-fragment", "picture-link", "hidden-pane", "date-anchor")
    DATE_LABEL = re.compile(r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?"
                            r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-,]?\s*\d{1,2}[:h]\d{2})?")

    @classmethod
    def date_label(cls, text):
        """Set 37 (date-anchor): is a link's whole text a date (a weekday, 'Ngày', a time allowed)?"""
        t = re.sub(r"^[\s\[(]+|[\s\])]+$", "", unicodedata.normalize("NFC", text or "")).lower()
        return bool(t) and bool(cls.DATE_LABEL.fullmatch(t))

    def check_set37(self):
        """Docstring item 36: the pages SUMMARY['set37_pages'] names carry their mechanism; every set 37 mechanism an only_via
        claim names was used by the full walk."""
        summ = getattr(self.mod, "SUMMARY", {})
        for mech, rels in (summ.get("set37_pages") or {}).items():
            if mech not in self.SET37:
                self.err("SUMMARY['set37_pages'] names %r, not a set 37 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 37 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                targets = {h_: to_rel(resolve(pg.base, h_, pg.enc)) for h_ in pg.anchor_texts}
                arts = {h_: t_ for h_, t_ in targets.items() if t_ in self.owner}
                if mech == "picture-link":
                    ok = any(all(not x_ for x_ in pg.anchor_texts[h_]) and any(pg.anchor_img[h_]) for h_ in arts)
                elif mech == "date-anchor":
                    ok = any(all(self.date_label(x_) for x_ in pg.anchor_texts[h_]) for h_ in arts)
                elif mech == "hidden-pane":
                    ok = any(all(pg.anchor_hidden[h_]) for h_ in arts)
                else:
                    ok = False
                    for h_, t_ in targets.items():
                        if not t_ or t_ in self.owner:
                            continue
                        r2 = self.get(t_)
                        if r2.status != 200 or "json" not in r2.ctype:
                            continue
                        try:
                            data = json.loads(r2.text())
                        except ValueError:
                            continue
                        marks = []

                        def strings(x_):
                            if isinstance(x_, dict):
                                for v_ in x_.values():
                                    strings(v_)
                            elif isinstance(x_, list):
                                for v_ in x_:
                                    strings(v_)
                            elif isinstance(x_, str) and "<" in x_:
                                marks.append(x_)
                        strings(data)
                        for m_ in marks:
                            fr = parse_html(absu(t_), m_)
                            if any(to_rel(resolve(fr.base, l_, fr.enc)) in self.owner for l_ in fr.links):
                                ok = True
                        if ok:
                            break
                if not ok:
                    self.err("set 37 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET37 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    # ------------------------------------------------------------ set 38: one site, many addresses
    SET38 = ("trailing-slash", "canonical-check", "zero-id", "canonical-base")
    RULES38 = frozenset(("canonical-check", "zero-id", "canonical-base"))     # the rules of a page's IDENTITY
    TRACKING = re.compile(r"(?i)^(?:utm_[a-z_]*|fbclid|gclid|zarsrc)$")

    @classmethod
    def norm_key(cls, rel, zero_id=True):
        """Docstring item 37 (iii): an address as a crawler keys it -- tracking parameters dropped, the query's parameters
        sorted as written, an all-digit value's leading zeros dropped (zero-id)."""
        rel = norm_rel(rel)
        if on_h2(rel):
            return rel
        sp_ = urlsplit(rel)
        pairs = []
        for part in sp_.query.split("&"):
            if not part:
                continue
            k_, eq_, v_ = part.partition("=")
            if cls.TRACKING.match(k_):
                continue
            if zero_id and re.fullmatch(r"0+\d+", v_):
                v_ = v_.lstrip("0") or "0"
            pairs.append(k_ + eq_ + v_)
        return (sp_.path or "/") + ("?" + "&".join(sorted(pairs)) if pairs else "")

    def _page_shows(self, rel, canon):
        """Does the page at rel answer 200 (after redirects) showing the text of manifest article canon?"""
        cache = self.__dict__.setdefault("_shows38", {})
        if rel not in cache:
            r, final, chain = self.follow(rel)
            paras = set(parse_html(absu(final), r.text(), enc=r.encoding).paras) if r.status == 200 and "html" in r.ctype else set()
            cache[rel] = {self.fp[p_] for p_ in paras if p_ in self.fp}
        return canon in cache[rel]

    def identity(self, rel, rules=RULES38):
        """Docstring item 37: the key a crawler stores the page at rel under (the full walk's canonical links)."""
        key = norm_rel(rel)
        info = self.page_canon_full.get(rel) or self.page_canon_full.get(key)
        if info and info[0]:
            href, base, doc, enc = info
            c_ = to_rel(resolve(base if "canonical-base" in rules else doc, href, enc))
            if c_ is not None and c_ != key:
                shown = self.owner.get(key)
                if "canonical-check" not in rules or (shown and self._page_shows(c_, shown)):
                    key = c_
        return self.norm_key(key, "zero-id" in rules)

    def identities(self, canon, rules=RULES38):
        pages = [u for u in self.served.get(canon, ()) if u in self.fetched_full]
        return {self.identity(u, rules) for u in pages}

    def check_set38(self):
        """Docstring item 37: the pages SUMMARY['set38_pages'] names carry their mechanism; the RECORDS check (one identity per
        article with every rule on); every SUMMARY['dup_via'] claim; every set 38 mechanism a claim names was used."""
        summ = getattr(self.mod, "SUMMARY", {})
        self.dup_stats, self.records38 = {}, None
        if "set38_pages" not in summ:
            return
        for mech, rels in (summ.get("set38_pages") or {}).items():
            if mech not in self.SET38:
                self.err("SUMMARY['set38_pages'] names %r, not a set 38 mechanism" % mech)
                continue
            for rel in rels:
                r = self.get(rel)
                if r.status != 200:
                    self.err("set 38 page %s -> %d" % (rel, r.status))
                    continue
                pg = parse_html(absu(rel), r.text(), enc=r.encoding)
                targets = {to_rel(resolve(pg.base, h_, pg.enc)) for h_ in pg.anchor_texts}
                arts = {t_ for t_ in targets if t_ in self.owner}
                ok = False
                if mech == "trailing-slash":
                    for t_ in arts:
                        sp_ = urlsplit(t_)
                        if sp_.path.endswith("/") and sp_.path != "/":
                            bare = sp_.path.rstrip("/") + ("?" + sp_.query if sp_.query else "")
                            r2 = self.get(bare)
                            loc = to_rel(urljoin(absu(bare), r2.headers.get("location", ""))) if r2.status in (301, 302, 307, 308) else None
                            if loc == t_:
                                ok = True
                                break
                elif mech == "canonical-check":
                    shown = {self.fp[p_] for p_ in pg.paras if p_ in self.fp}
                    c_ = to_rel(resolve(pg.base, pg.canonical, pg.enc)) if pg.canonical else None
                    if shown and c_ and c_ in self.owner:
                        other = self.owner[c_]
                        ok = other not in shown and self._page_shows(c_, other)
                elif mech == "zero-id":
                    for t_ in arts:
                        if any(re.fullmatch(r"0+\d+", v_) for _, v_ in parse_qsl(urlsplit(t_).query, keep_blank_values=True)):
                            r2 = self.get(t_)
                            p2 = parse_html(absu(t_), r2.text(), enc=r2.encoding) if r2.status == 200 else None
                            if p2 and p2.canonical and to_rel(resolve(p2.base, p2.canonical, p2.enc)) == t_ \
                                    and self._page_shows(t_, self.owner[t_]):
                                ok = True
                                break
                else:
                    own = self.owner.get(norm_rel(rel))
                    if pg.base_href and pg.canonical and own and norm_rel(to_rel(pg.base) or "") != norm_rel(rel):
                        by_base = to_rel(resolve(pg.base, pg.canonical, pg.enc))
                        by_doc = to_rel(resolve(absu(rel), pg.canonical, pg.enc))
                        ok = by_base == norm_rel(own) and by_doc != by_base
                if not ok:
                    self.err("set 38 page %s does not carry %s" % (rel, mech))
        # the RECORDS check: with every rule on, one identity per article, no identity shared
        owner_of_id = {}
        n_ids = 0
        for canon in self.man["articles"]:
            ids = self.identities(canon)
            n_ids += len(ids)
            if len(ids) > 1:
                self.err("RECORDS: %s is %d records with every set 38 rule on: %s" % (canon, len(ids), sorted(ids)[:4]))
            for i_ in ids:
                if owner_of_id.setdefault(i_, canon) != canon:
                    self.err("RECORDS: identity %s holds two articles (%s, %s)" % (i_, owner_of_id[i_], canon))
        self.records38 = (n_ids, len(self.man["articles"]))
        # usage by the full walk (the identity rules are counted over its pages)
        used = collections.Counter()
        used["trailing-slash"] = self.set22_stats.get("trailing-slash", 0)
        for u, (href, base, doc, enc) in self.page_canon_full.items():
            by_base, by_doc = to_rel(resolve(base, href, enc)), to_rel(resolve(doc, href, enc))
            if by_base != by_doc:
                used["canonical-base"] += 1
            own = self.owner.get(norm_rel(u))
            if own and by_base and by_base != norm_rel(u) and not self._page_shows(by_base, own):
                used["canonical-check"] += 1
        for u in self.fetched_full:
            if any(re.fullmatch(r"0+\d+", v_) for _, v_ in parse_qsl(urlsplit(u).query, keep_blank_values=True)):
                used["zero-id"] += 1
        self.set38_used = dict(used)
        # dup_via claims
        dv = summ.get("dup_via") or {}
        for mech, keys in dv.items():
            if mech not in self.RULES38:
                self.err("SUMMARY['dup_via'] names %r, not a set 38 identity rule" % mech)
                continue
            for k in keys:
                if k not in self.man["articles"]:
                    self.err("dup_via[%s] lists %s, which is not a manifest article" % (mech, k))
            off = self.RULES38 - {mech}
            got = {c for c in self.man["articles"] if len(self.identities(c, off)) > len(self.identities(c))}
            claimed = set(keys)
            self.dup_stats[mech] = (len(claimed), len(got & claimed), sum(len(self.identities(c, off)) for c in self.man["articles"]))
            for k in sorted(claimed - got)[:5]:
                self.err("dup_via[%s]: %s is still one record with that rule switched off" % (mech, k))
            for k in sorted(got - claimed)[:5]:
                self.err("dup_via[%s]: %s also becomes two records with that rule off (not listed)" % (mech, k))
        for mech in list(self.man.get("only_via") or {}) + list(dv):
            if mech in self.SET38 and not used.get(mech):
                self.err("%s: the full walk never used that mechanism" % mech)

    # ------------------------------------------------------------ set 39: how a site's sections are reached
    SET39 = ("home-scope", "banner-click", "script-menu", "tree-populate")
    AD_TOKENS = frozenset(("banner", "banners", "bannerclick", "ads", "adv", "advs", "advert", "adverts", "advertising",
                           "advertisement", "adclick", "adserver", "quangcao", "qc"))
    ADDR_LIT = re.compile(r"(?:/|\./|\.\./|https?://)\S*|[\w.~%-]+\.(?:html?|aspx?|php|jsp)(?:\?\S*)?", re.I)
    TV_POP = re.compile(r"\bTreeView_PopulateNode\s*\(")

    @classmethod
    def is_ad(cls, rel):
        """Docstring item 38 (banner-click): is this origin-relative address an advertising / click-tracking one?"""
        if not rel:
            return False
        toks = re.split(r"[/?&=._-]+", unquote(rel[len(H2):] if on_h2(rel) else rel).lower())
        return any(t_ in cls.AD_TOKENS for t_ in toks)

    def script_literals(self, rel2):
        """Set 39 (script-menu): the address literals of the same-site script at rel2 (requested once a walk)."""
        if rel2 not in self._menu_js:
            r = self.get(rel2)
            self.loadmore_done += 1
            lits = []
            if r.status == 200:
                for m in self.JS_STR.finditer(r.text()):
                    v = js_unescape(m.group(2)).strip()
                    if v and self.ADDR_LIT.fullmatch(v):
                        lits.append(v)
            self._menu_js[rel2] = lits
        return self._menu_js[rel2]

    @classmethod
    def tree_calls(cls, pg):
        """Set 39 (tree-populate): (data object, index, text, value path, databound, data path, parentIsLast) of every
        javascript:TreeView_PopulateNode(…) link of the page."""
        out = []
        for code in pg.js_hrefs:
            m = cls.TV_POP.search(code)
            if not m:
                continue
            args = [a_.strip() for a_ in cls.js_split(cls.js_block(code, m.end() - 1) or "", ",")]
            if len(args) < 11 or not re.fullmatch(r"[A-Za-z_$][\w$]*", args[0]) or not args[1].isdigit():
                continue
            lits = [cls.js_literal(a_) for a_ in args[5:11]]
            if not all(ok_ and isinstance(v_, str) for ok_, v_ in lits):
                continue
            _line, text, path, databound, datapath, plast = [v_ for _, v_ in lits]
            out.append((args[0], int(args[1]), text, path, databound, datapath, plast))
        return out

    @staticmethod
    def tree_data(pg):
        """Set 39: {data object: treeViewID} and {data object: lastIndex} from the page's TreeView startup script."""
        ids, last = {}, {}
        for sc in pg.scripts:
            for m in re.finditer(r"([A-Za-z_$][\w$]*)\.treeViewID\s*=\s*(['\"])(.*?)\2", sc):
                ids[m.group(1)] = m.group(3)
            for m in re.finditer(r"([A-Za-z_$][\w$]*)\.lastIndex\s*=\s*(\d+)\s*;", sc):
                last[m.group(1)] = int(m.group(2))
        return ids, last

    def _tree_answer(self, rel2, fields, ev, tgt, param, cache=True):
        """One TreeView populate callback: the result string ('<lastIndex>|<states>|<markup>') or None."""
        key = (tgt, param)
        if cache and key in self._tree_cache:
            return self._tree_cache[key]
        body = urlencode(fields + [("__CALLBACKID", tgt), ("__CALLBACKPARAM", param)] + ev).encode("utf-8")
        r = self.get(rel2, "POST", body, "application/x-www-form-urlencoded; charset=utf-8")
        self.loadmore_done += 1
        out = None
        if r.status == 200:
            txt = r.text()
            m = re.match(r"(\d+)\|", txt)
            if m:               # event validation on: '<n>|<n characters>' and then the result itself
                out = txt[m.end() + int(m.group(1)):]
            elif txt.startswith("s"):
                out = txt[1:]
        if cache:
            self._tree_cache[key] = out
        return out

    def tree_fragments(self, pg, rel, enqueue=None, on=lambda m_: True, cache=True):
        """Set 39 (tree-populate): do the page's TreeView_PopulateNode calls (and those of the markup they answer); returns
        the parsed markup of every answer."""
        calls = self.tree_calls(pg)
        form = next((f for f in pg.forms if any(k == "__VIEWSTATE" for k, _ in f["fields"])), None)
        if not calls or form is None:
            return []
        ids, last = self.tree_data(pg)
        rel2 = to_rel(urljoin(pg.base, form["action"] or rel))
        if rel2 is None:
            return []
        fields = [(k, v) for k, v in form["fields"] if k != "__EVENTVALIDATION"]
        ev = [(k, v) for k, v in form["fields"] if k == "__EVENTVALIDATION"]
        todo, out, n, nodes = list(calls), [], 0, set()
        while todo and n < 200:
            data, index, text, path, databound, datapath, plast = todo.pop(0)
            tgt = ids.get(data)
            if tgt is None or (data, index, path) in nodes:
                continue            # a node's expand icon and its text carry the same call: populated once a page
            nodes.add((data, index, path))
            if enqueue is not None:
                self.set22_counts["tree-populate"] += 1
            if not on("tree-populate"):
                continue
            n += 1
            param = "%d|%d|%sf%s|%d|%s%d|%s%s" % (index, last.get(data, 0), databound, plast, len(text), text,
                                                   len(datapath), datapath, path)
            res = self._tree_answer(rel2, fields, ev, tgt, param, cache)
            m = re.match(r"(\d+)\|([^|]*)\|", res or "")
            if not m:
                continue
            last[data] = int(m.group(1))
            frag = parse_html(pg.base, res[m.end():], enc=pg.enc)
            out.append(frag)
            if enqueue is not None:
                self._handle_page(frag, rel2, "FRAGMENT", enqueue)
            todo.extend(self.tree_calls(frag))
        return out

    def _set39(self, pg, rel, enqueue, on):
        for src in pg.script_srcs:                   # script-menu
            rel2 = to_rel(resolve(pg.base, src, pg.enc))
            if rel2 is None or not on("script-menu") or trap_matches(self.man["trap_prefixes"], rel2) or \
                    not self.robots_allow(rel2):
                continue
            lits = self.script_literals(rel2)
            self.set22_counts["script-menu"] += len(lits)
            for v in lits:
                enqueue(resolve(pg.base, v, pg.enc))
        self.tree_fragments(pg, rel, enqueue, on)    # tree-populate

    def _ad_destination(self, rel):
        """Set 39: where an advertising address sends the browser (a redirect, a meta refresh, an HTTP Refresh), or None."""
        r = self.get(rel)
        if r.status in (301, 302, 303, 307, 308):
            return to_rel(urljoin(absu(rel), r.headers.get("location", "")))
        if r.status != 200:
            return None
        m = re.search(r"url\s*=\s*['\"]?([^'\"\s;]+)", r.headers.get("refresh", ""), re.I)
        if m:
            return to_rel(resolve(absu(rel), m.group(1)))
        if "html" in r.ctype:
            txt = r.text()
            m = re.search(r"""<meta[^>]+http-equiv\s*=\s*['"]?refresh['"]?[^>]*content\s*=\s*['"]?\s*\d*\s*;\s*url\s*=\s*([^'">\s]+)""",
                          txt, re.I)
            if m:
                pg = parse_html(absu(rel), txt, enc=r.encoding)
                return to_rel(resolve(pg.base, _html_unescape(m.group(1)), pg.enc))
        return None

    def check_set39(self):
        """Docstring item 38: the pages SUMMARY['set39_pages'] names carry their mechanism; every set 39 mechanism an only_via
        claim names was used by the full walk."""
        summ = getattr(self.mod, "SUMMARY", {})
        self._menu_js, self._tree_cache = {}, {}
        starts = {norm_rel(s_) for s_ in self.man["start_urls"]}
        for mech, rels in (summ.get("set39_pages") or {}).items():
            if mech not in self.SET39:
                self.err("SUMMARY['set39_pages'] names %r, not a set 39 mechanism" % mech)
                continue
            for rel in rels:
                r, final, chain = self.follow(rel)
                if r.status != 200:
                    self.err("set 39 page %s -> %s" % (rel, chain))
                    continue
                pg = parse_html(absu(final), r.text(), enc=r.encoding)
                linked = {to_rel(resolve(pg.base, h_, pg.enc)) for h_ in pg.links} - {None}
                ok = False
                if mech == "home-scope":
                    d_ = urlsplit(final).path.rsplit("/", 1)[0] + "/"
                    if norm_rel(rel) in starts and len(chain) > 1 and d_ != "/":
                        ok = any(not on_h2(t_) and not t_.lower().startswith(d_.lower()) and self.follow(t_)[0].status == 200
                                 for t_ in sorted(linked))
                elif mech == "banner-click":
                    for t_ in sorted(linked):
                        if self.is_ad(t_):
                            dest = self._ad_destination(t_)
                            if dest and not self.is_ad(dest) and self.follow(dest)[0].status == 200:
                                ok = True
                                break
                elif mech == "script-menu":
                    for src in pg.script_srcs:
                        rel2 = to_rel(resolve(pg.base, src, pg.enc))
                        if rel2 is None:
                            continue
                        for v_ in self.script_literals(rel2):
                            t_ = to_rel(resolve(pg.base, v_, pg.enc))
                            if t_ and t_ not in linked and self.follow(t_)[0].status == 200:
                                ok = True
                                break
                        if ok:
                            break
                else:
                    for frag in self.tree_fragments(pg, final, cache=False):
                        for h_ in frag.links:
                            t_ = to_rel(resolve(frag.base, h_, frag.enc))
                            if t_ and t_ not in linked and self.follow(t_)[0].status == 200:
                                ok = True
                                break
                        if ok:
                            break
                if not ok:
                    self.err("set 39 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET39 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    # ------------------------------------------------------------ set 40: how an item is linked from its list
    SET40 = ("open-window", "external-function", "data-concat", "jsf-commandlink")
    CALL40 = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(")
    WIN_OPEN40 = re.compile(r"(?<![\w$.])(?:window|self|top)\.open\s*\(")
    NAV40 = re.compile(r"(?<![\w$.])(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*=(?!=)\s*")
    NAV40_CALL = re.compile(r"(?<![\w$.])(?:(?:window|document|self|top)\.)?location\.(?:assign|replace)\s*\(")
    DATA_READ40 = re.compile(r"""\$\(\s*this\s*\)\.data\(\s*(['"])([\w-]+)\1\s*\)|\$\(\s*this\s*\)\.attr\(\s*(['"])data-([\w-]+)\3\s*\)"""
                             r"""|\bthis\.dataset\.([A-Za-z_$][\w$]*)|\bthis\.getAttribute\(\s*(['"])data-([\w-]+)\6\s*\)""")
    JSF_CL40 = re.compile(r"""mojarra\.jsfcljs\(\s*document\.getElementById\(\s*(['"])(.*?)\1\s*\)\s*,\s*""")

    @staticmethod
    def js_expr_at(s, i):
        """Item 39: the expression that starts at s[i] -- up to a top-level ';', ',', an unmatched closing bracket, or a line
        end that no '+' continues."""
        depth, j, q = 0, i, None
        while j < len(s):
            c = s[j]
            if q:
                if c == "\\":
                    j += 2
                    continue
                if c == q:
                    q = None
            elif c in "'\"`":
                q = c
            elif c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and c in ";,":
                break
            elif depth == 0 and c == "\n" and not s[i:j].rstrip().endswith("+") and not s[j:].lstrip().startswith("+"):
                break
            j += 1
        return s[i:j].strip()

    @classmethod
    def literal_calls(cls, code):
        """Item 39: (name, [arguments]) of every call in `code` whose every argument is a JavaScript literal."""
        out = []
        for m in cls.CALL40.finditer(code or ""):
            args = cls.js_block(code, m.end() - 1)
            if args is None:
                continue
            vals = [cls.js_literal(a_) for a_ in cls.js_split(args, ",")] if args.strip() else []
            if all(ok_ for ok_, _ in vals):
                out.append((m.group(1), ["" if v_ is None else v_ for _, v_ in vals]))
        return out

    @classmethod
    def js_functions(cls, scripts):
        """Item 39: {name: (parameters, body)} of every `function F(…) {…}` declared in the scripts."""
        funcs = {}
        for sc in scripts:
            for m in cls.JS_FUNC.finditer(sc):
                body = cls.js_block(sc, m.end() - 1)
                if body is not None:
                    funcs.setdefault(m.group(1), ([p_.strip() for p_ in m.group(2).split(",") if p_.strip()], body))
        return funcs

    @classmethod
    def nav_exprs(cls, code):
        """Item 39: the address expressions of the navigations in `code` (location[.href] = …, location.assign / replace(…))."""
        out = [cls.js_expr_at(code, m.end()) for m in cls.NAV40.finditer(code)]
        for m in cls.NAV40_CALL.finditer(code):
            a_ = cls.js_block(code, m.end() - 1)
            if a_:
                out.append(cls.js_split(a_, ",")[0].strip())
        return [e_ for e_ in out if e_]

    @classmethod
    def open_exprs(cls, code):
        """Item 39: the first argument of every window.open(…) in `code`."""
        out = []
        for m in cls.WIN_OPEN40.finditer(code):
            a_ = cls.js_block(code, m.end() - 1)
            if a_:
                out.append(cls.js_split(a_, ",")[0].strip())
        return [e_ for e_ in out if e_]

    @staticmethod
    def _usable40(v):
        v = (v or "").strip()
        return v and not v.startswith("#") and not re.match(r"(?i)(?:javascript|about|mailto|tel):", v)

    def open_window_urls(self, pg, glob):
        """Item 39 (open-window): the addresses the page's window.open calls open."""
        out, funcs = [], None
        for code in pg.js_codes:
            for e_ in self.open_exprs(code):
                v_, _ = self.js_eval(e_, glob)
                out.append(v_)
            for name, args in self.literal_calls(code):
                if funcs is None:
                    funcs = self.js_functions(pg.scripts)
                if name not in funcs:
                    continue
                params, body = funcs[name]
                env = dict(glob)
                env.update(zip(params, args))
                for e_ in self.open_exprs(body):
                    v_, _ = self.js_eval(e_, env)
                    out.append(v_)
        return [v_ for v_ in out if self._usable40(v_)]

    def ext_script(self, rel2):
        """Item 39 (external-function): the functions and literal globals of the same-site script at rel2 (requested once
        a walk)."""
        if rel2 not in self._ext_js:
            r = self.get(rel2)
            self.loadmore_done += 1
            txt = r.text() if r.status == 200 else ""
            self._ext_js[rel2] = (self.js_functions([txt]), self.js_globals([txt]))
        return self._ext_js[rel2]

    def external_function_urls(self, pg, glob):
        """Item 39 (external-function): the addresses the literal calls of the page's code navigate to through functions of
        the page's same-site script files."""
        calls = [c_ for code in pg.js_codes for c_ in self.literal_calls(code)]
        if not calls:
            return []
        out = []
        for src in pg.script_srcs:
            rel2 = to_rel(resolve(pg.base, src, pg.enc))
            if rel2 is None or trap_matches(self.man["trap_prefixes"], rel2) or not self.robots_allow(rel2):
                continue
            funcs, fglob = self.ext_script(rel2)
            if not funcs:
                continue
            env0 = dict(fglob)
            env0.update(glob)
            for name, args in calls:
                if name not in funcs:
                    continue
                params, body = funcs[name]
                env = dict(env0)
                env.update(zip(params, args))
                for e_ in self.nav_exprs(body):
                    v_, _ = self.js_eval(e_, env)
                    out.append(v_)
        return [v_ for v_ in out if self._usable40(v_)]

    def data_concat_urls(self, pg, glob):
        """Item 39 (data-concat): the addresses inline navigations build from the clicked element's data, for every element
        of the page carrying the data they read."""
        out = []
        for sc in pg.scripts:
            for e_ in self.nav_exprs(sc):
                names = []

                def bind(m, names=names):
                    key = m.group(2) or m.group(4) or m.group(5) or m.group(7)
                    names.append("data-" + re.sub(r"([A-Z])", lambda c_: "-" + c_.group(1).lower(), key).lower())
                    return " __d40_%d " % (len(names) - 1)
                e2 = self.DATA_READ40.sub(bind, e_)
                if not names:
                    continue
                for el in pg.data_elems:
                    if all(el.get(n_) is not None for n_ in names):
                        env = dict(glob)
                        env.update({"__d40_%d" % i_: el[n_] for i_, n_ in enumerate(names)})
                        v_, _ = self.js_eval(e2, env)
                        out.append(v_)
        return [v_ for v_ in out if self._usable40(v_)]

    def jsf_requests(self, pg, rel):
        """Item 39 (jsf-commandlink): (absolute action URL, form body) of every Mojarra command link of the page."""
        out = []
        for code in pg.js_codes:
            for m in self.JSF_CL40.finditer(code):
                if code[m.end():m.end() + 1] != "{":
                    continue
                obj = self.js_block(code, m.end())
                form = next((f_ for f_ in pg.forms if f_["id"] == m.group(2)), None)
                if obj is None or form is None:
                    continue
                pairs = []
                for k_, v_ in self.js_object(obj):
                    ok_, val = self.js_literal(v_)
                    if not ok_ or val is None:
                        pairs = None
                        break
                    pairs.append((k_, str(val)))
                if pairs is None:
                    continue
                out.append((urljoin(pg.base, form["action"] or rel), urlencode(list(form["fields"]) + pairs).encode("utf-8")))
        return out

    def set40_requests(self, pg, rel, mech, on=lambda m_: True):
        """Item 39: (method, absolute URL, body) of what the mechanism does on the page."""
        if mech == "jsf-commandlink":
            return [("POST", u_, b_) for u_, b_ in self.jsf_requests(pg, rel)]
        if mech == "external-function" and not on(mech):
            return []              # off: the script files are never read
        glob = self.js_globals(pg.scripts)
        fn = {"open-window": self.open_window_urls, "external-function": self.external_function_urls,
              "data-concat": self.data_concat_urls}[mech]
        return [("GET", resolve(pg.base, v_, pg.enc), b"") for v_ in fn(pg, glob)]

    def _set40(self, pg, rel, enqueue, on):
        if not pg.js_codes and not pg.data_elems:
            return
        for mech in self.SET40:
            reqs = self.set40_requests(pg, rel, mech, on)
            self.set22_counts[mech] += len(reqs)
            if not on(mech):
                continue
            for meth, u_, b_ in reqs:
                if meth == "GET":
                    enqueue(u_)
                else:
                    enqueue(u_, "POST", b_, "application/x-www-form-urlencoded", kind="postback")

    def check_set40(self):
        """Docstring item 39: the pages SUMMARY['set40_pages'] names carry their mechanism; every set 40 mechanism an only_via
        claim names was used by the full walk."""
        summ = getattr(self.mod, "SUMMARY", {})
        self._ext_js = {}
        for mech, rels in (summ.get("set40_pages") or {}).items():
            if mech not in self.SET40:
                self.err("SUMMARY['set40_pages'] names %r, not a set 40 mechanism" % mech)
                continue
            for rel in rels:
                r, final, chain = self.follow(rel)
                if r.status != 200:
                    self.err("set 40 page %s -> %s" % (rel, chain))
                    continue
                pg = parse_html(absu(final), r.text(), enc=r.encoding)
                linked = {to_rel(resolve(pg.base, h_, pg.enc)) for h_ in pg.links} - {None}
                ok = False
                for meth, u_, b_ in self.set40_requests(pg, final, mech):
                    t_ = to_rel(u_)
                    if t_ is None:
                        continue
                    if meth == "POST":
                        r2 = self.get(t_, "POST", b_, "application/x-www-form-urlencoded")
                        if r2.status not in (301, 302, 303, 307, 308):
                            continue
                        t_ = to_rel(urljoin(absu(t_), r2.headers.get("location", "")))
                    if t_ and t_ not in linked and self.follow(t_)[0].status == 200:
                        ok = True
                        break
                if not ok:
                    self.err("set 40 page %s does not carry %s" % (rel, mech))
        for mech in (self.man.get("only_via") or {}):
            if mech in self.SET40 and not self.set22_stats.get(mech):
                self.err("only_via[%s]: the full walk never used that mechanism" % mech)

    def _check_day_entries(self, n, entries, first_seen, canon_of, own, window, margin):
        real, d = self.real, entries[n]
        stats = self.day_stats.setdefault(n, collections.Counter())
        seen_before = {i for i, k in first_seen.items() if k < n}
        for key, e in d.items():
            ex = e.get("expect") or {}
            for k in self.DAY2_KEYS:
                if k not in ex:
                    self.err("day%d %s: expect lacks %r" % (n, key, k))
            for k in ("kind", "why", "day2_url", "checks", "due", "due_by", "noticeable", "first_day"):
                if k not in e:
                    self.err("day%d %s: entry lacks %r" % (n, key, k))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", str(ex.get("published"))):
                self.err("day%d %s: published %r is not 'YYYY-MM-DD HH:MM'" % (n, key, ex.get("published")))
            due, by, fd = e.get("due"), e.get("due_by"), e.get("first_day")
            stats[(e.get("kind"), due, by, bool(e.get("noticeable")), bool(e.get("judgement")))] += 1
            if e.get("judgement"):
                self.judgements[n] += 1
            if by not in self.DUE_BYS:
                self.err("day%d %s: due_by %r" % (n, key, by))
                continue
            if not isinstance(due, bool) or bool(e.get("noticeable")) != bool(e.get("noticed_on")):
                self.err("day%d %s: due must be a boolean, noticed_on given exactly when noticeable" % (n, key))
            if first_seen.get(key) != fd:
                self.err("day%d %s: first_day %r, but the article is first listed on day %s" % (n, key, fd, first_seen.get(key)))
                continue
            same = ex.get("same_record_as")
            if fd == n:
                if same is not None or by != "new":
                    self.err("day%d %s: an article first listed today is 'new' with same_record_as null" % (n, key))
                if not due and not e.get("due_with_hosts"):
                    self.err("day%d %s: a new article is due (unless only a configured second host reaches it)" % (n, key))
                if e.get("due_with_hosts") and due:
                    self.err("day%d %s: due_with_hosts marks an article the documented run need not reach: due false" % (n, key))
                info = self.manifest_of(n)["articles"].get(key) or {}
                if bool(info.get("due", True)) != bool(due):
                    self.err("day%d %s: MANIFEST_DAY%d's due differs from the entry's" % (n, key, n))
            else:
                if same != key:
                    self.err("day%d %s: same_record_as must name the article's first address" % (n, key))
                st = e.get("first")
                if not isinstance(st, dict) or any(k not in st for k in ("title", "published", "body_contains", "withdrawn")):
                    self.err("day%d %s: an archived article needs its first state {title, published, body_contains, withdrawn}" % (n, key))
                    continue
                if fd == 1 and e.get("day1") != st:
                    self.err("day%d %s: day1 must equal first for a day-1 article" % (n, key))
                pub1 = dt_parse(st["published"])
                c = e.get("changed_on")
                if by == "new":
                    self.err("day%d %s: 'new' on an article first listed on day %d" % (n, key, fd))
                elif by == "guard":
                    if not e.get("guard") or not due:
                        self.err("day%d %s: a guard entry is guard: true and due" % (n, key))
                    if (ex.get("title"), ex.get("published"), bool(ex.get("withdrawn"))) != (st["title"], st["published"], bool(st["withdrawn"])):
                        self.err("day%d %s: a guard entry expects the article's first state" % (n, key))
                elif by == "kept":
                    prev = entries.get(n - 1, {}).get(key)
                    if not prev or prev.get("due_by") in ("new", "guard") or prev.get("due") != due or \
                            any(prev["expect"].get(k) != ex.get(k) for k in ("title", "published", "withdrawn", "body_contains")):
                        self.err("day%d %s: 'kept' needs yesterday's changed entry with the same expect and due" % (n, key))
                elif not isinstance(c, int) or not max(2, fd) <= c <= n:
                    self.err("day%d %s: due_by %s needs changed_on (the first day the change is served)" % (n, key, by))
                elif by in ("window", "rolling"):
                    if (by == "window") != bool(due) or (by == "window") != (pub1 >= window[c]):
                        self.err("day%d %s: due_by %s, but published %s against day %d's window from %s" % (n, key, by, st["published"], c, window[c]))
                    if abs(pub1 - window[c]) < margin:
                        self.err("day%d %s: published %s within 48 h of day %d's window boundary" % (n, key, st["published"], c))
                elif by == "headline":
                    if not due or not e.get("noticeable"):
                        self.err("day%d %s: a headline re-check is due and noticeable (a listing shows the new title)" % (n, key))
                    elif not any(ntext(ex.get("title") or "") in ntext(_html_unescape(t.get("contains", ""))) for t in e.get("noticed_on")):
                        self.err("day%d %s: no noticed_on probe shows the new headline" % (n, key))
                elif by == "held":
                    h = e.get("held_since")
                    if not due or not isinstance(h, int) or not fd <= h < c:
                        self.err("day%d %s: a held re-check is due and names held_since (a day before changed_on)" % (n, key))
                    else:
                        if not pub1 >= window[h] + margin:
                            self.err("day%d %s: held since day %d but not inside that day's window by 48 h" % (n, key, h))
                        for m in range(h, c):
                            pe = entries.get(m, {}).get(key)
                            if not pe or not pe.get("guard") or not pe.get("day2_answer"):
                                self.err("day%d %s: held since day %d, but day %d's entry is no guard with a notice answer" % (n, key, h, m))
            if ex.get("withdrawn"):
                if key in canon_of[n] and not e.get("url_reused"):
                    self.err("day%d %s is withdrawn but still a day-%d article" % (n, key, n))
                if e.get("day2_url"):
                    self.err("day%d %s is withdrawn but has a day2_url" % (n, key))
            if e.get("day2_url") and own[n].get(norm_rel(e["day2_url"])) != key:
                self.err("day%d %s: day2_url %s is not this article's day-%d address" % (n, key, e["day2_url"], n))
            if e.get("day2_answer") and not e.get("guard"):
                self.err("day%d %s: day2_answer on an entry that is not a guard" % (n, key))
        for ident in seen_before:
            if ident not in canon_of[n] and ident not in d:
                self.err("article %s (first listed on day %d) is not accounted for on day %d" % (ident, first_seen[ident], n))
        for ident, c in canon_of[n].items():
            if first_seen[ident] == n and ident not in d:
                self.err("day%d: new article %s has no entry" % (n, ident))

    def _check_day_http(self, n, entries, first_seen):
        """The day under check: every entry's claims on the site of that day (and its first state on its first day)."""
        src = open(os.path.join(HERE, self.name + ".py"), encoding="utf-8").read()
        src = re.sub(r"# ==== KERNEL BEGIN.*?# ==== KERNEL END ====", "", src, flags=re.S)   # set 31: the kernel's cham() (MANIFEST['slow'])
        if re.search(r"\bsleep\s*\(", src):
            self.err("the module calls sleep(): the set spends no wall time")
        for key, e in entries[n].items():
            ex = e.get("expect") or {}
            st = e.get("first")
            fd = e.get("first_day")
            if st and isinstance(fd, int):
                txt, r, chain = self.at_day(fd, self.page_text, key)
                if ntext(st["title"]) not in txt or ntext(st["body_contains"] or "") not in txt:
                    self.err("day%d %s: the day-%d page does not show the first state's title / body_contains" % (n, key, fd))
            url = e.get("day2_url")
            if url:
                txt, r, chain = self.page_text(url)
                if r.status != 200:
                    self.err("day%d %s: day2_url %s -> %s" % (n, key, url, chain))
                else:
                    if ntext(ex.get("title") or "") not in txt:
                        self.err("day%d %s: title %r not on %s" % (n, key, ex.get("title"), url))
                    if ex.get("body_contains") and ntext(ex["body_contains"]) not in txt:
                        self.err("day%d %s: body_contains not on %s" % (n, key, url))
                    if ex.get("body_lacks") and ntext(ex["body_lacks"]) in txt:
                        self.err("day%d %s: body_lacks present on %s" % (n, key, url))
            else:
                shown = e.get("shown_on") or fd
                txt, r, chain = self.at_day(shown, self.page_text, key)
                if r.status != 200 or ntext(ex.get("title") or "") not in txt or \
                        (ex.get("body_contains") and ntext(ex["body_contains"]) not in txt):
                    self.err("day%d %s: the day-%s page of %s does not show the expected title / body_contains" % (n, key, shown, key))
            for t in e.get("checks") or []:
                self.probe(t)
            ans = e.get("day2_answer")
            if ans:
                self.last_probe = None
                k = len(self.errors)
                self.probe(ans)
                r = self.last_probe
                if r is not None and len(self.errors) == k:
                    shown = ntext(parse_html(absu(ans["path"]), r.text(), enc=r.encoding).text)
                    for marker in ((st or {}).get("body_contains"), ex.get("body_contains"), ex.get("title")):
                        if marker and ntext(marker) in shown:
                            self.err("day%d %s: the day's answer (%d) still shows %r" % (n, key, r.status, marker[:60]))
            probes = e.get("noticed_on") or []
            for t in probes:
                self.probe(t)
            if probes:
                before = (e.get("changed_on") or n) - 1
                fails = self.at_day(before, lambda: [f for t in probes for f in self._quiet_probe(t)])
                if not fails:
                    self.err("day%d %s: noticed_on probes hold on day %d too (they show nothing new)" % (n, key, before))
        for v in sorted(self.retry_after):
            if not re.fullmatch(r"\d{1,2}", v.strip()) or int(v) > 10:
                self.err("Retry-After %r: the set keeps it to delta-seconds <= 10" % v)

    def run(self):
        self.check_shape()
        self.check_other_host()
        for s in self.man["start_urls"]:
            r, final, chain = self.follow(s)
            if r.status != 200:
                self.err("start URL %s -> %s" % (s, chain))
        self.check_articles()
        self.crawl(full=True)
        self.page_canon_full = dict(self.page_canon)          # set 38: the canonical links of the full walk's pages
        self.fetched_full, self.encodings_full = set(self.fetched), self.encodings
        reached_full, served_full, req_full = set(self.reached), self.served, self.requests
        hits, examples = self.trap_hits, self.trap_examples
        stats = (self.postbacks_done, self.loadmore_done, self.max_href)
        self.set9_stats = (self.xhr_done, self.feeds_read, self.asmx_done, len(self.fetched))
        self.set10_stats = (self.forms_done, self.repeats_skipped, self.article_harvests)
        self.set11_stats = (self.refresh_hops, self.sniffed_pages, self.whatwg_hrefs)
        self.set22_stats = dict(self.set22_counts)
        self.crawl(full=False)     # plain <a href> only: how many articles need postbacks / load-more?
        self.plain_reach = len([c for c in self.man["articles"] if c in self.reached or self.served.get(c)])
        self.reached, self.served, self.trap_hits, self.trap_examples = reached_full, served_full, hits, examples
        self.walk_requests = req_full
        self.postbacks_done, self.loadmore_done, self.max_href = stats
        self.check_robots_traps()
        self.check_selftest()
        self.only_via_stats = {}
        saved = (self.reached, self.served, self.trap_hits, self.trap_examples)
        self.check_set4()
        self.check_set6()
        self.reached, self.served, self.trap_hits, self.trap_examples = saved
        self.check_set8()
        self.reached, self.served, self.trap_hits, self.trap_examples = saved
        self.check_set9()
        self.check_set10()
        self.check_set11()
        self.check_days()
        self.check_set22()
        self.check_set23()
        self.check_set24()
        self.check_set25()
        self.check_set26()
        self.check_set27()
        self.check_set28()
        self.check_set29()
        self.check_set30()
        self.check_set31()
        self.check_set32()
        self.check_set33()
        self.check_set34()
        self.check_set35()
        self.check_set36()
        self.check_set37()
        self.check_set38()
        self.check_set39()
        self.check_set40()
        missing = [c for c in self.man["articles"] if c not in self.reached and not self.served.get(c)]
        for c in missing[:10]:
            self.err("article not reachable from start URLs: %s" % c)
        if len(missing) > 10:
            self.err("... %d unreachable articles in all" % len(missing))
        self.missing = missing
        return not self.errors


def dt_parse(s):
    import datetime as dt
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def alias_kinds(man):
    kinds = collections.Counter()
    for canon, info in man["articles"].items():
        for a in info["aliases"]:
            al = a.lower()
            if "utm_" in al or "fbclid" in al or "zarsrc" in al:
                kinds["tracking params"] += 1
            elif "replytocom" in al:
                kinds["?replytocom="] += 1
            elif "lang=" in al:
                kinds["language param"] += 1
            elif "redirect" in al or "returnurl" in al or "back=" in al or "source=" in al:
                kinds["redirect-back param"] += 1
            elif "print" in al:
                kinds["print view"] += 1
            elif al.endswith("index.html"):
                kinds["index.html suffix"] += 1
            elif al.startswith("/index.php"):
                kinds["index.php / non-SEF"] += 1
            elif "/amp" in al or "amp=" in al:
                kinds["AMP"] += 1
            elif al.startswith("/m/"):
                kinds["mobile path"] += 1
            elif re.search(r"=0+\d", al):
                kinds["zero-padded id"] += 1
            elif a != canon and al == canon.lower():
                kinds["case variant"] += 1
            elif "catid" in al or "cat_id" in al:
                kinds["catid/CatID variant"] += 1
            else:
                kinds["other (shortlink / slash / id-only / path variant)"] += 1
    return kinds


def main(argv):
    args = argv[1:]
    days = [1]
    if "--all-days" in args:
        args.remove("--all-days")
        days = None
    if "--day" in args:
        i = args.index("--day")
        days = [int(args[i + 1])]
        del args[i:i + 2]
    names = args or [s for s in SITES if os.path.exists(os.path.join(HERE, s + ".py"))]
    all_ok = True
    for name in names:
        for day in days or range(1, getattr(load(name), "DAYS", 2) + 1):
            all_ok &= report(name, day)
    print("=" * 100)
    print("ALL OK" if all_ok else "SOME CHECKS FAILED")
    return 0 if all_ok else 1


def report(name, day):
    sc = SiteCheck(name, day)
    ok = sc.run()
    man = sc.man
    summ = getattr(sc.mod, "SUMMARY", {})
    print("=" * 100)
    print("%s  day %d  [%s]  %s" % (name, day, "OK" if ok else "FAIL", man["family"]))
    if summ.get("timeline"):
        print("  timeline: %s" % " | ".join("day %s: %s" % kv for kv in sorted(summ["timeline"].items())))
    if day >= 2 and getattr(sc, "day_stats", None) and day in sc.day_stats:
        st = sc.day_stats[day]
        tally = collections.Counter()
        print("  day %d ground truth: %d entries; %d articles on day %d%s" % (
            day, sum(st.values()), len(man["articles"]), day, " (OUTAGE: nothing archivable)" if man.get("outage") else ""))
        for (kind, due, by, noticeable, judg), n in sorted(st.items(), key=lambda kv: (not kv[0][1], kv[0][0])):
            print("    %-26s x%-3d due=%-5s by=%-8s noticeable=%-5s%s" % (kind, n, due, by, noticeable, "  JUDGEMENT CALL" if judg else ""))
            tally["due" if due else "not due"] += n
            tally["noticeable"] += n if noticeable else 0
            tally["judgement calls"] += n if judg else 0
        print("    totals: %s" % dict(tally))
    print("  articles: %d   aliases: %d (first response codes: %s)" % (
        len(man["articles"]), sum(len(v["aliases"]) for v in man["articles"].values()), dict(sorted(sc.alias_status.items()))))
    print("  walk: %d requests in all, %d load-more calls, reached %d/%d articles (%d by plain <a href> alone)" % (
        sc.walk_requests, sc.loadmore_done, len(man["articles"]) - len(sc.missing), len(man["articles"]), sc.plain_reach))
    print("  retried: %s  Retry-After seen: %s  cookies: %s" % (sc.retries, sorted(sc.retry_after), sorted(sc.jar)))
    print("  set 9: %d requests with X-Requested-With, %d feed documents read, %d JSON POSTs to a web service, %d distinct URLs fetched" % sc.set9_stats)
    if sc.not_art_stats:
        print("  not-articles (look like articles, must not count): %d listed, %d of them fetched by the walk" % sc.not_art_stats)
    for mech, (n, still) in getattr(sc, "only_via_stats", {}).items():
        print("  only via %-18s %3d articles (reached with it switched off: %d)" % (mech + ":", n, still))
    if getattr(sc, "scope39", None):
        print("  set 39: the start page lands in %s (home-scope)" % sc.scope39)
    if getattr(sc, "records38", None):
        print("  set 38 records (every rule on): %d identities for %d articles" % sc.records38)
    for mech, (n, got, ids) in getattr(sc, "dup_stats", {}).items():
        print("  dup via %-19s %3d articles (two records with it switched off: %d; %d identities in all)" % (mech + ":", n, got, ids))
    print("  set 22: %s; article pages %s KB" % (sc.set22_stats, (min(sc.page_sizes) // 1024, max(sc.page_sizes) // 1024)
                                                  if getattr(sc, "page_sizes", None) else "?"))
    for d in summ.get("discovery", []):
        print("  twist: %s" % d)
    for ch in summ.get("chains", []):
        print("  chain: %s" % ch)
    print("  robots disallow: %s" % man["robots_disallowed"])
    print("  traps: %s  (links skipped: %s)" % (man["trap_prefixes"], dict(sc.trap_hits)))
    for e in sc.errors[:40]:
        print("  ERROR:", e)
    if len(sc.errors) > 40:
        print("  ... %d errors" % len(sc.errors))
    for w in sorted(set(sc.warnings))[:5]:
        print("  warning:", w)
    return ok


if __name__ == "__main__":
    sys.exit(main(sys.argv))
