from __future__ import annotations

from pathlib import Path

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
