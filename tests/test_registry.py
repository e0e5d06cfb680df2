"""The shipped registry (data/sources.toml): it loads, is polite, honest and in scope."""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from archiver.config import Site, load_sources, parse_sources
from archiver.errors import ConfigError
from archiver.profiles import available_profiles, load_profile
from archiver.urls import host_of, same_site

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources.toml"
SITES = load_sources(SOURCES)
BY_NAME = {s.name: s for s in SITES}

# Provincial Party / provincial sites the research names: each must stay in the registry.
REQUIRED_HOSTS = {
    "duk.langson.gov.vn", "tuyentruyen.langson.gov.vn", "baolangson.vn",
    "tinhuybinhphuoc.vn", "noibo.kiengiang.dcs.vn", "tuyengiaothainguyen.org",
    "btg.dongthap.gov.vn", "hoabinh.gov.vn", "dttmdl.daklak.gov.vn", "angiang.dcs.vn",
    "quangninh.gov.vn", "stttt.dongnai.gov.vn", "congchuc.quangninh.gov.vn",
    "tuyengiaohungyen.vn", "tuyenquang.dcs.vn", "tuyengiao.hungyen.dcs.vn",
    "vienkiemsathungyen.gov.vn", "baria-vungtau.gov.vn", "tuyengiaotiengiang.vn",
    "tamky.quangnam.gov.vn", "camau.gov.vn", "soyte.camau.gov.vn",
    "sonduong.tuyenquang.gov.vn", "daklak.gov.vn", "sotaichinh.daklak.gov.vn",
    "vpubnd.daklak.gov.vn", "baotuyenquang.com.vn", "baohungyen.vn", "tuyenquangtv.vn",
    "baonamdinh.com.vn", "baodaknong.org.vn", "baotayninh.vn", "lyluanchinhtri.vn",
}


def _ids(sites: list[Site]) -> list[str]:
    return [s.name for s in sites]


def _bare(host: str) -> str:
    return host.removeprefix("www.")


def test_shipped_file_loads_and_lists_the_research_sites() -> None:
    assert len(SITES) >= len(REQUIRED_HOSTS)
    hosts = {_bare(host_of(s.base_url)) for s in SITES}
    assert REQUIRED_HOSTS - hosts == set()


def test_shipped_file_is_nfc_utf8() -> None:
    text = SOURCES.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    # the same text through parse_sources gives the same registry (no hidden state)
    assert parse_sources(text, SOURCES) == SITES


def test_defaults_are_polite() -> None:
    defaults = tomllib.loads(SOURCES.read_text(encoding="utf-8"))["defaults"]
    assert defaults == {"delay": 3.0, "concurrency": 1, "max_pages": 2000}
    for site in SITES:
        assert site.delay >= 3.0, site.name
        assert site.concurrency == 1, site.name
        assert site.max_pages is not None and site.max_pages <= 2000, site.name


def test_names_are_unique_and_one_entry_per_host() -> None:
    names = _ids(SITES)
    assert len(names) == len(set(names))
    hosts = [_bare(host_of(s.base_url)) for s in SITES]
    assert len(hosts) == len(set(hosts))


def test_duplicate_names_are_rejected_by_the_loader() -> None:
    text = SOURCES.read_text(encoding="utf-8")
    first = text.index("[[site]]")
    block_end = text.index("[[site]]", first + 1)
    with pytest.raises(ConfigError, match="'duk-langson': duplicate name"):
        parse_sources(text + "\n" + text[first:block_end], "dup.toml")


@pytest.mark.parametrize("site", SITES, ids=_ids(SITES))
def test_unverified_sites_say_what_is_known_and_what_is_guessed(site: Site) -> None:
    if site.verified:
        assert site.notes, f"{site.name}: a verified site still needs a note"
        return
    assert "Known:" in site.notes and "Guessed:" in site.notes, site.name
    assert site.notes.index("Known:") < site.notes.index("Guessed:"), site.name


def test_nothing_is_marked_verified_yet() -> None:
    # Nobody has checked these against the live sites; flip one only after a trial crawl.
    assert [s.name for s in SITES if s.verified] == []


@pytest.mark.parametrize("site", SITES, ids=_ids(SITES))
def test_every_profile_exists(site: Site) -> None:
    assert site.profile == "auto" or site.profile in available_profiles()


@pytest.mark.parametrize("site", SITES, ids=_ids(SITES))
def test_every_url_is_on_the_sites_own_hosts(site: Site) -> None:
    # Site.scope_hosts adds the start URLs' hosts itself, so check against the declared ones.
    declared = frozenset({host_of(site.base_url), *site.hosts})
    for url in (*site.start_urls, *site.sitemaps, *site.feeds):
        assert urlsplit(url).scheme in ("http", "https"), url
        assert same_site(url, declared), f"{site.name}: {url} is off its hosts {declared}"


def test_duk_langson_comes_first_with_its_real_url_shapes() -> None:
    duk = SITES[0]
    assert duk.name == "duk-langson"
    assert duk.profile == "duk_langson"
    assert duk.base_url == "http://duk.langson.gov.vn/"
    assert duk.province == "Lạng Sơn"
    assert "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=list&catid=3" \
        in duk.start_urls
    rules = load_profile("duk_langson").listing
    detail = "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743"
    assert any(p.search(detail) for p in rules.article_url)
    listings = [u for u in duk.start_urls if "a=list" in u]
    assert listings
    for url in listings:
        query = parse_qs(urlsplit(url).query)
        assert query["siteid"] == ["1"] and query["c"] == ["content"]
        assert query["catid"][0].isdigit()
        assert any(p.search(url) for p in rules.listing_url)
        assert not any(p.search(url) for p in rules.article_url)


def test_family_profiles_match_the_shapes_named_in_notes() -> None:
    # Detail URL shapes the research saw, per site: the chosen profile must accept them.
    shapes = {
        "tuyenquang-dcs": "https://tuyenquang.dcs.vn/DetailView/5412/28/Hoi-nghi---Ban-Chap-hanh.html",
        "baria-vungtau-portal": "https://baria-vungtau.gov.vn/sphere/baria/vungtau/page/"
                                "xem-tin.cpx?uuid=5f1a2b3c4d5e6f7a8b9c0d1e",
        "lyluanchinhtri": "https://lyluanchinhtri.vn/home/index.php/thuc-tien/item/"
                          "3672-doi-moi-phuong-thuc-lanh-dao.html",
        "tuyentruyen-langson": "https://tuyentruyen.langson.gov.vn/node/1973",
    }
    for name, url in shapes.items():
        rules = load_profile(BY_NAME[name].profile).listing
        assert any(p.search(url) for p in rules.article_url), (name, url)
