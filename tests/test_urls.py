from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.urls import canonicalize, resolve, same_site

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
