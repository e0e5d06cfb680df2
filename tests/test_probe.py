"""``archiver probe URL``: a dry run for someone adding a site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.probe import probe, url_shape
from archiver.replica import ReplicaServer
from archiver.replica.generated import generated_site


@pytest.mark.parametrize(("url", "shape"), [
    ("http://h/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-12345.html", "/tin-tuc/{slug}-{n}.html"),
    ("http://h/tin-tuc/chi-tiet.aspx?ItemID=123&CatID=4",
     "/tin-tuc/chi-tiet.aspx?ItemID={n}&CatID={n}"),
    ("http://h/node/2743", "/node/{n}"),
    ("http://h/2024/05/ra-mat-mo-hinh-diem/", "/{n}/{n}/{slug}/"),
])
def test_url_shape(url: str, shape: str) -> None:
    assert url_shape(url) == shape


def test_probe_reports_what_a_crawl_would_meet(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    site = generated_site(articles=40, categories=3, per_page=4, pager="numbers",
                          article_urls="slug_id")
    with ReplicaServer(site) as server:
        report = probe(server.base_url + "/", pages=12, delay=0.0)
    assert report.robots == "read" and report.disallow == ["/quan-tri/"]
    assert len(report.sections) == 3                       # the menu's three sections
    assert report.requests <= 13                           # robots.txt and the budget
    assert report.listings_left > 0 and report.articles_found > report.articles_fetched > 0
    assert report.shapes[0][0].endswith("/{slug}-{n}.html")
    assert len(report.samples) == 2 and all(s.title for s in report.samples)
    assert "lead" in report.samples[0].missing             # the site prints no sapo
    assert any("budget of 12 requests" in n for n in report.notes)
    assert list(tmp_path.iterdir()) == []                  # nothing written here


def test_probe_command_text_and_json(tmp_path: Path) -> None:
    site = generated_site(articles=12, categories=1, per_page=4)
    runner = CliRunner()
    with ReplicaServer(site) as server:
        text = runner.invoke(main, ["probe", server.base_url + "/", "--delay", "0",
                                    "--pages", "8"])
        data = runner.invoke(main, ["probe", server.base_url + "/", "--delay", "0",
                                    "--pages", "8", "--json"])
    assert text.exit_code == 0, text.output
    for line in ("robots.txt: read", "sections: 1", "listing pages:", "articles:", "sample:",
                 "missing:"):
        assert line in text.output
    record = json.loads(data.output)
    assert record["robots"] == "read" and record["samples"] and record["shapes"]


def test_probe_refuses_what_is_not_a_web_address() -> None:
    result = CliRunner().invoke(main, ["probe", "ftp://example.vn/"])
    assert result.exit_code == 2
    assert "not an http(s) URL" in result.output and "Traceback" not in result.output
