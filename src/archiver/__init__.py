"""archiver: crawl, archive and search Vietnamese provincial Party news sites.

Pipeline: crawl -> fetch -> extract -> load -> search/serve.
"""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/vn-party-archive/archiver"
USER_AGENT = f"archiver/{__version__} (+{PROJECT_URL})"

__all__ = ["PROJECT_URL", "USER_AGENT", "__version__"]
