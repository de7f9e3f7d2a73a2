"""The web UI and JSON API: ``create_app(db_url)`` returns the ASGI app ``whosaid serve`` runs."""

from whosaid.web.app import create_app

__all__ = ["create_app"]
