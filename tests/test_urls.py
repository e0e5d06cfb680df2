from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.urls import CANONICAL_CACHE, canonicalize, host_of, resolve, same_site

SEED = "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743"


@pytest.mark.parametrize("variant", [
    "http://DUK.LangSon.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743",
    "https://duk.langson.gov.vn/Default.aspx?id=2743&catid=3&a=detail&c=content&siteid=1",
    "http://duk.langson.gov.vn:80/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743#top",
    "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743"
    "&utm_source=facebook&utm_medium=social&fbclid=IwAR0abc&zarsrc=30",
    "http://duk.langson.gov.vn/./Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743",
    "http://duk.langson.gov.vn/(S(abcdef0123456789))/Default.aspx?siteid=1&c=content"
    "&a=detail&catid=3&id=2743",
])
def test_variants_collapse_to_one_url(variant: str) -> None:
    assert canonicalize(variant, "http") == canonicalize(SEED, "http")


def test_different_articles_stay_different() -> None:
    other = SEED.replace("id=2743", "id=2744")
    assert canonicalize(other) != canonicalize(SEED)


def test_percent_encoding_case_and_unicode() -> None:
    a = canonicalize("https://tuyengiao.vn/tag/%c4%91%e1%ba%a3ng")
    b = canonicalize("https://tuyengiao.vn/tag/đảng")
    assert a == b == "https://tuyengiao.vn/tag/%C4%91%E1%BA%A3ng"


def test_resolve_and_scope() -> None:
    assert resolve(SEED, "javascript:void(0)") is None
    assert resolve(SEED, "mailto:bbt@langson.gov.vn") is None
    assert resolve(SEED, "/Upload/a.jpg") == "http://duk.langson.gov.vn/Upload/a.jpg"
    assert same_site("http://www.langson.gov.vn/x", {"langson.gov.vn"})
    assert not same_site("http://baolangson.vn/x", {"duk.langson.gov.vn"})


urls = st.builds(
    lambda scheme, host, path, params, frag: f"{scheme}://{host}/{path}?{params}#{frag}",
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["duk.langson.gov.vn", "TinhUy.VN", "example.com:8080"]),
    st.text(alphabet="abcđảng-_./%0123456789", max_size=30),
    st.lists(st.tuples(st.sampled_from(["id", "utm_source", "page", "catid", "Đ"]),
                       st.text(alphabet="ab1đ %&=", max_size=6)), max_size=4).map(
        lambda kv: "&".join(f"{k}={v}" for k, v in kv)),
    st.text(max_size=5),
)


@given(urls, st.sampled_from([None, "http", "https"]))
def test_canonicalize_is_idempotent(url: str, scheme: str | None) -> None:
    once = canonicalize(url, scheme)
    assert canonicalize(once, scheme) == once
    assert "#" not in once and "utm_source" not in once


def _urljoin_resolve(base: str, href: str) -> str | None:
    """``resolve`` without its fast path: the browser's backslash rule, then ``urljoin``
    for every link."""
    from urllib.parse import urljoin

    from archiver.urls import is_http_url

    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    head, sep, tail = href.partition("?") if "?" in href.split("#")[0] else href.partition("#")
    absolute = urljoin(base, head.replace("\\", "/") + sep + tail)
    return absolute if is_http_url(absolute) else None


# Pieces of hrefs, chosen to hit every edge of the fast path: dot segments, ";" params,
# empty queries and fragments, protocol-relative and backslash links, hosts with ports or
# userinfo, spaces, non-ASCII, brackets.
_HREF_PIECES = st.sampled_from([
    "http://", "https://", "HTTP://", "//", "/", "\\", ".", "..", "./", "../", "?", "#", ";",
    "@", ":", "[", "]", "a", "b.html", "host.vn", "host.vn:8080", "u:p@", "Default.aspx",
    "id=1", "&", "=", " ", "\t", "đ", "%20", "~", "x/y", "?#", "#?",
])


@given(st.sampled_from([SEED, "https://tinhuy.vn/a/b/c.html?x=1#f", "http://h.vn",
                        "http://u@h.vn:81/p;q?r", "file:///tmp/x.html",
                        "http://h.vn//a/./b/", "HTTP://H.vn/a/b"]),
       st.lists(_HREF_PIECES, max_size=8).map("".join))
def test_resolve_fast_path_agrees_with_urljoin(base: str, href: str) -> None:
    try:
        want: str | None = _urljoin_resolve(base, href)
    except ValueError:  # urlsplit rejects the link (bad IPv6 brackets): no URL, no error
        assert resolve(base, href) is None
        return
    assert resolve(base, href) == want


@pytest.mark.parametrize(("href", "want"), [
    ("https://baolangson.vn/tin/1.html", "https://baolangson.vn/tin/1.html"),
    ("/tin/1.html?id=2#x", "http://duk.langson.gov.vn/tin/1.html?id=2#x"),
    ("/a/../b.html", "http://duk.langson.gov.vn/b.html"),
    ("http://h.vn/p?", "http://h.vn/p"),
    ("//cdn.vn/x.jpg", "http://cdn.vn/x.jpg"),
    # a Windows-made site's links, as a browser reads them
    (".\\trang2.htm", "http://duk.langson.gov.vn/trang2.htm"),
    ("2024\\bai30125.htm", "http://duk.langson.gov.vn/2024/bai30125.htm"),
    ("..\\..\\tin\\bai1.htm?q=a\\b", "http://duk.langson.gov.vn/tin/bai1.htm?q=a\\b"),
    ("\\\\cdn.vn\\x.jpg", "http://cdn.vn/x.jpg"),
    # a link broken over two lines in the source
    ("tin/\n\t\tbai1.htm", "http://duk.langson.gov.vn/tin/bai1.htm"),
])
def test_resolve_shapes(href: str, want: str) -> None:
    assert resolve(SEED, href) == want


def test_a_locator_keeps_its_query_as_written() -> None:
    """A sitemap named by robots.txt is asked for as written: some servers answer only
    their own parameter order (Joomla's ``com_jmap`` index behind a rewrite rule)."""
    url = "HTTP://Joomla.Example/index.php?option=com_jmap&view=sitemap&utm_source=x&format=xml"
    assert canonicalize(url, "https", as_written=True) == (
        "https://joomla.example/index.php?option=com_jmap&view=sitemap&utm_source=x&format=xml")
    assert canonicalize(url, "https") == (
        "https://joomla.example/index.php?format=xml&option=com_jmap&view=sitemap")


def test_the_canonical_cache_holds_a_crawls_links_in_bounded_memory() -> None:
    """Every link a crawl reads is canonicalised; the cache of results must stop growing
    well before a large crawl ends (at 65,536 entries it held ~30 MB, the crawl's peak
    memory growing with the archive, issue 20)."""
    import gc
    import tracemalloc

    canonicalize.cache_clear()
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(2 * CANONICAL_CACHE):
            # a new string each time, freed but for what the cache keeps, as in a crawl
            canonicalize(f"{SEED.replace('2743', str(i))}&utm_source=zalo", "http")
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        canonicalize.cache_clear()
    assert held < 10 * 2**20, f"{held / 2**20:.1f} MB"


def _host_as_urllib_reads_it(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


_NETLOC = st.one_of(
    st.from_regex(r"\A[A-Za-z0-9.\-]{0,12}(:[0-9]{0,6})?\Z"),
    st.from_regex(r"\A(u:p@)?\[?[A-Za-z0-9.:\-\]]{0,10}\]?(:[0-9٣]{0,4})?\Z"),
    st.text(max_size=12))


@given(st.sampled_from(["http://", "https://", "//", "", "HTTP://", " http://", "http:///"]),
       _NETLOC, st.sampled_from(["", "/a", "?q=1", "/x?y#z", "#f", "\t/b", "?a=//x/y"]))
def test_host_of_reads_a_host_as_urllib_does(scheme: str, netloc: str, rest: str) -> None:
    """``host_of``'s fast path (a plain http(s) netloc read by hand) answers what
    ``urlsplit``'s ``hostname`` and ``port`` answer, errors included (an invalid port)."""
    url = scheme + netloc + rest
    try:
        want: str | type[ValueError] = _host_as_urllib_reads_it(url)
    except ValueError:
        want = ValueError
    try:
        got: str | type[ValueError] = host_of(url)
    except ValueError:
        got = ValueError
    assert got == want, url
