"""Coverage: date span, empty days, categories, numeric id gaps and gap URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.coverage import article_number, coverage, gap_urls
from archiver.models import Article
from archiver.store import Archive


@pytest.mark.parametrize(("url", "number"), [
    ("https://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743",
     2743),
    ("https://tinhuybinhphuoc.vn/news/xay-dung-dang/hoi-nghi-so-ket-2743.html", 2743),
    ("https://tuyengiao.hungyen.dcs.vn/hoi-nghi-c219655.html", 219655),
    ("https://lyluanchinhtri.vn/home/index.php/chinh-tri/item/3672-bai-viet.html", 3672),
    ("https://vpubnd.daklak.gov.vn/Documents/Detail/11262/", 11262),
    ("https://stttt.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=11535&CatId=43", 11535),
    ("https://tinhuy.vn/tin-tuc/khong-co-so.html", None),
])
def test_article_number(url: str, number: int | None) -> None:
    assert article_number(url) == number


def test_site_coverage(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "cov.db")
    rows = [(2740, "2024-03-01", "Xây dựng Đảng"), (2741, "2024-03-01", "Kinh tế"),
            (2744, "2024-03-02", "Xây dựng Đảng"), (2745, "2024-03-09", "Xây dựng Đảng"),
            (2750, "2024-03-10", "Kinh tế"), (9000, "2024-03-12", "Kinh tế")]
    for number, day, category in rows:
        archive.upsert(Article(url=f"https://tinhuy.vn/news/bai-viet-{number}.html",
                               title=f"Bài {number}", published_at=day, category=category),
                       site="tinhuy", seen_at="2024-04-01T00:00:00Z")
    archive.upsert(Article(url="https://khac.vn/a.html", published_at="2020-01-01"),
                   site="khac", seen_at="2024-04-01T00:00:00Z")
    report = coverage(archive.db, "tinhuy", max_id_gap=100)
    assert len(report) == 1
    cov = report[0]
    assert (cov.articles, cov.first_published, cov.last_published) == (6, "2024-03-01",
                                                                       "2024-03-12")
    assert cov.days_in_span == 12
    assert cov.empty_days == 7  # 3..8 and 11
    assert cov.longest_gaps[0] == ("2024-03-03", "2024-03-08", 6)
    assert cov.categories == {"Xây dựng Đảng": 3, "Kinh tế": 3}
    assert cov.id_gaps == [(2742, 2743), (2746, 2749)]  # 2751..8999 is too wide to be real
    assert cov.missing_ids == 6
    assert gap_urls(cov, "https://tinhuy.vn/news/x-{id}.html", limit=3) == [
        "https://tinhuy.vn/news/x-2749.html", "https://tinhuy.vn/news/x-2748.html",
        "https://tinhuy.vn/news/x-2747.html"]
    assert len(gap_urls(cov, "https://tinhuy.vn/?id={id}")) == 6
    with pytest.raises(ValueError):
        gap_urls(cov, "https://tinhuy.vn/")
    assert [c.site for c in coverage(archive.db)] == ["khac", "tinhuy"]
