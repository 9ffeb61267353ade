"""The REST API under ``/api/v1`` and the app that also serves the web pages (``create_app``)."""

from __future__ import annotations

from plantrace.api.app import create_app

__all__ = ["create_app"]
