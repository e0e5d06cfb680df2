from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from archiver.config import load_sources, parse_sources
from archiver.errors import ConfigError

GOOD = """
[defaults]
delay = 2.5

[[site]]
name = "duk-langson"
title = "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"
province = "Lạng Sơn"
base_url = "http://duk.langson.gov.vn/"
start_urls = ["http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=list&catid=3"]
profile = "duk_langson"
"""


def test_valid_file_with_defaults() -> None:
    (site,) = parse_sources(GOOD)
    assert site.delay == 2.5 and site.concurrency == 2 and site.profile == "duk_langson"
    assert site.scope_hosts == frozenset({"duk.langson.gov.vn"})


@pytest.mark.parametrize(("change", "message"), [
    (("profile = \"duk_langson\"", "profile = \"duk_langson\"\ncolour = \"red\""),
     "site 'duk-langson': unknown key 'colour'"),
    (('title = "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"\n', ""),
     "site 'duk-langson': missing required key 'title'"),
    (("delay = 2.5", "delay = \"fast\""), "'delay' must be int or float"),
    (('base_url = "http://duk.langson.gov.vn/"', 'base_url = "duk.langson.gov.vn"'),
     "'base_url' must be an absolute http(s) URL"),
    (("profile = \"duk_langson\"", "profile = \"joomla3\""), "unknown profile 'joomla3'"),
    (('name = "duk-langson"', 'name = "Duk Langson"'), "'name' must be a slug"),
    (("[[site]]", "[site]"), "'site' must be an array of tables"),
    (("start_urls = [", "start_urls = [["), "not valid TOML"),
    (("profile = \"duk_langson\"", "profile = \"duk_langson\"\nheaders = \"Cookie: a=1\""),
     "'headers' must be dict"),
    (("profile = \"duk_langson\"", "profile = \"duk_langson\"\nheaders = { Cookie = 1 }"),
     "'headers' must map header names to one-line strings"),
    (("profile = \"duk_langson\"", "profile = \"duk_langson\"\nheaders = { Host = \"x.vn\" }"),
     "'headers' cannot set 'Host'"),
    # a typo one letter away from a known key is named as one
    (("start_urls = [", "start_url = ["), "unknown key 'start_url' — did you mean 'start_urls'?"),
    (("delay = 2.5", "dealy = 2.5"), "[defaults]: unknown key 'dealy' — did you mean 'delay'?"),
    (("delay = 2.5", "profile = \"auto\""), "[defaults]: key 'profile' cannot have a default"),
])
def test_errors_name_file_site_and_key(tmp_path: Path, change: tuple[str, str],
                                       message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    text = str(info.value)
    assert text.startswith(str(path)) and message in text
    assert "\n" not in text


def test_a_site_s_headers() -> None:
    text = GOOD.replace('profile = "duk_langson"',
                        'profile = "duk_langson"\nheaders = { Cookie = "vnis_clearance=ab12" }')
    (site,) = parse_sources(text)
    assert site.headers == (("Cookie", "vnis_clearance=ab12"),)


def test_missing_file_and_empty_registry(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="sources file not found"):
        load_sources(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match=r"no \[\[site\]\] tables"):
        parse_sources("[defaults]\ndelay = 1\n")


def test_duplicate_site_names() -> None:
    body = GOOD.split("[[site]]")[1]
    with pytest.raises(ConfigError, match="duplicate name"):
        parse_sources(f"[[site]]{body}[[site]]{body}")


@pytest.mark.parametrize(("cpus", "workers"), [(1, 0), (2, 0), (3, 0), (4, 1), (6, 2), (64, 2)])
def test_default_extract_workers_leave_small_machines_single_process(cpus: int,
                                                                     workers: int) -> None:
    from archiver.config import default_extract_workers

    assert default_extract_workers(cpus) == workers


def _polite_sites(hosts: int, delay: float, *, same_host: bool = False) -> list[Any]:
    from archiver.config import Site

    return [Site(name=f"s{i}", title="", province="", profile="auto", delay=delay,
                 base_url="https://one.example/" if same_host else f"https://h{i}.example/",
                 start_urls=("/",)) for i in range(hosts)]


@pytest.mark.parametrize(("cpus", "hosts", "delay", "workers"), [
    (2, 200, 1.0, 1),      # every province at once on a small machine: one worker
    (2, 100, 1.0, 1),
    (2, 99, 1.0, 0),       # below the rate a worker pays for
    (2, 200, 3.0, 0),      # slower delays: 67 requests/s
    (2, 50, 0.5, 1),       # 100 requests/s from fewer, faster hosts
    (2, 200, 0.0, 0),      # politeness off (loopback benches): no worker
    (1, 500, 1.0, 0),      # one CPU: never
    (3, 200, 1.0, 1),
    (4, 200, 1.0, 1),      # from 4 CPUs the CPU rule decides
    (8, 10, 1.0, 2),
])
def test_default_extract_workers_follow_the_polite_request_rate(cpus: int, hosts: int,
                                                                delay: float,
                                                                workers: int) -> None:
    from archiver.config import default_extract_workers

    assert default_extract_workers(cpus, _polite_sites(hosts, delay)) == workers


def test_sites_on_one_host_share_its_delay() -> None:
    from archiver.config import polite_request_rate

    assert polite_request_rate(_polite_sites(200, 1.0, same_host=True)) == 1.0
    assert polite_request_rate(_polite_sites(3, 2.0)) == 1.5
