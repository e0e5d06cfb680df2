"""Local replica sites served over real HTTP on 127.0.0.1, with switchable faults.

    from archiver.replica import ReplicaServer, langson_site
    with ReplicaServer(langson_site()) as server:
        server.faults.add(r"a=detail", "status", status=503, times=2)
        ...  # crawl server.base_url + path for path in server.site.start_paths()

Standard library only; deterministic content; pages rendered lazily from article ids.
"""

from __future__ import annotations

from archiver.replica.families import family_site
from archiver.replica.faults import KINDS, Fault, FaultRegistry
from archiver.replica.langson import LangsonSite, langson_site
from archiver.replica.server import ReplicaServer, RequestRecord
from archiver.replica.site import Expected, ReplicaSite, Request, Response

__all__ = [
    "KINDS",
    "Expected",
    "Fault",
    "FaultRegistry",
    "LangsonSite",
    "ReplicaServer",
    "ReplicaSite",
    "Request",
    "RequestRecord",
    "Response",
    "family_site",
    "langson_site",
]
