"""rasad's HTTP API and web app: ``create_app`` builds the FastAPI application, ``rasad serve`` runs it."""

from __future__ import annotations


def create_app(*args, **kwargs):
    from rasad.web.app import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["create_app"]
