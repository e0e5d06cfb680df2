"""Helpers for Datasette tests: a small archive worth reading, and Datasette in-process.

``Client`` runs Datasette in this process (its ASGI app through httpx, no port) on one event
loop, with the plugins the ``datasette`` entry points register, as ``archiver serve`` runs
it (same metadata and settings).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
from datasette.app import Datasette

from archiver.captures import CaptureStore
from archiver.models import Article, Image, RawResponse, Related
from archiver.serve import metadata, settings
from archiver.store import Archive, capture_dir_for

SEEN = "2024-12-21T00:00:00Z"
LEAD = "Sáng 20/12, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị tổng kết."
BODY = (f"{LEAD}\n\nHội nghị đánh giá công tác xây dựng Đảng năm 2024 của Đảng bộ Khối."
        "\n\nĐồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy Khối, phát biểu chỉ đạo hội nghị."
        "\n\nBà con giữ gìn môi trường hòa bình, đoàn kết.")
CAPTIONS = ["Quang cảnh hội nghị tổng kết", "Đồng chí Nguyễn Văn Hùng phát biểu"]
PAGE_HTML = ("<html><head><meta charset='utf-8'><title>Đảng ủy Khối</title></head>"
             "<body><h1>Đảng ủy Khối tổng kết năm 2024</h1><p>Nội dung bài viết.</p>"
             "</body></html>")


def tong_ket(url: str = "https://tinhuy.vn/news/dang-uy-1.html", body: str = BODY,
             title: str = "Đảng ủy Khối tổng kết năm 2024") -> Article:
    return Article(
        url=url, title=title, published_at="2024-12-20T09:00:00+07:00",
        author="Nguyễn Văn Hùng", author_unit="Ban Tuyên giáo Tỉnh ủy",
        category="Xây dựng Đảng", lead=LEAD, body=body, captions=list(CAPTIONS),
        images=[Image("https://tinhuy.vn/img/1.jpg", CAPTIONS[0]),
                Image("https://tinhuy.vn/img/2.jpg", CAPTIONS[1])],
        tags=["Đảng ủy Khối", "tổng kết"],
        related=[Related("https://tinhuy.vn/news/khac-9.html", "Hội nghị Ban Chấp hành")])


def build_archive(path: Path) -> dict[str, int]:
    """A small archive: an article with images, captions, tags, related links, an edit
    (two versions), a syndicated copy and a capture; a few others. Returns their ids."""
    archive = Archive(path)
    captures = CaptureStore(archive.db, capture_dir_for(path))
    with archive.transaction():
        capture_id = captures.write(RawResponse(
            url="https://tinhuy.vn/news/dang-uy-1.html", status=200,
            headers={"Content-Type": "text/html; charset=utf-8"},
            body=PAGE_HTML.encode("utf-8"), fetched_at="2024-12-21T00:00:00Z"))
    archive.upsert(tong_ket(body=BODY.replace("năm 2024 của", "năm 2024 và phương hướng của"),
                            title="Đảng ủy Khối tổng kết"),
                   site="tinhuy", seen_at="2024-12-20T12:00:00Z", capture_id=capture_id)
    archive.upsert(tong_ket(), site="tinhuy", seen_at=SEEN, capture_id=capture_id)
    archive.upsert(tong_ket(url="https://baotinh.vn/tin/dang-uy-khoi-7.html"),
                   site="baotinh", seen_at=SEEN)
    others = [
        ("https://tinhuy.vn/news/kinh-te-2.html", "Thu hoạch lúa mùa", "2024-10-02",
         "Lê Thị Lan", "Kinh tế", "Nông dân đang thu hoạch lúa mùa đạt năng suất cao."),
        ("https://tinhuy.vn/news/hoa-binh-3.html", "Giữ gìn hoà bình ở khu dân cư",
         "2023-05-15", "Trần Minh Đức", "Dân vận",
         "Bà con giữ gìn cuộc sống hoà bình. Ban Thường vụ Tỉnh ủy chỉ đạo."),
        ("https://tinhuy.vn/news/dang-dan-4.html", "Người dân đang gặt lúa",
         "2024-11-02T07:00:00+07:00", "Phạm Thu Hà", "Xã hội",
         "Người dân đang khẩn trương gặt lúa trước mùa mưa bão."),
    ]
    for url, title, published, author, category, body in others:
        archive.upsert(Article(url=url, title=title, published_at=published, author=author,
                               category=category, body=body), site="tinhuy", seen_at=SEEN)
    ids = {row["url"]: row["id"] for row in archive.db.query("select id, url from articles")}
    archive.close()
    return {"tong_ket": ids["https://tinhuy.vn/news/dang-uy-1.html"],
            "copy": ids["https://baotinh.vn/tin/dang-uy-khoi-7.html"],
            "lua": ids["https://tinhuy.vn/news/kinh-te-2.html"],
            "hoa_binh": ids["https://tinhuy.vn/news/hoa-binh-3.html"],
            "dang": ids["https://tinhuy.vn/news/dang-dan-4.html"],
            "capture": capture_id}


class Client:
    """Datasette in-process over archive files, as ``archiver serve`` configures it."""

    def __init__(self, *paths: Path, with_metadata: bool = True) -> None:
        self.loop = asyncio.new_event_loop()
        meta = metadata(paths[0]) if with_metadata else None
        self.ds = Datasette([str(p) for p in paths], metadata=meta,
                            settings=dict(settings()) if with_metadata else None)
        self.loop.run_until_complete(self.ds.invoke_startup())

    def get(self, path: str, **params: Any) -> httpx.Response:
        response: httpx.Response = self.loop.run_until_complete(
            self.ds.client.get(path, params=params or None))
        return response

    def close(self) -> None:
        self.loop.close()
