"""``rasad serve``: the API and web app under uvicorn (joins the click group through ``register``)."""

from __future__ import annotations

import ipaddress
import os
import socket

import click


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def register(cli: click.Group) -> None:
    @cli.command("serve")
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Address to bind. Anything but loopback exposes the data to the network.")
    @click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
    @click.option("--db", "db", envvar="RASAD_DB", default=None,
                  help="Database URL or SQLite path (default: rasad.db in the user data folder; env RASAD_DB).")
    @click.option("--log-level", default="info", show_default=True,
                  type=click.Choice(["critical", "error", "warning", "info", "debug"]))
    def serve(host: str, port: int, db: str | None, log_level: str) -> None:
        """Serve the JSON API (/api, docs at /docs) and the web app. Read-only unless RASAD_TOKEN is set."""
        import uvicorn

        from rasad.web.app import create_app

        token = os.environ.get("RASAD_TOKEN") or None
        app = create_app(db, token=token)
        store = app.state.store
        if not is_loopback(host):
            click.secho(f"warning: binding to {host}, which is not a loopback address: anyone who can reach this "
                        "machine can read the data" + ("" if token is None else " and, with the token, write to it"),
                        fg="yellow", err=True)
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"rasad serving {store.safe_url} at http://{shown}:{port}/ (API docs at /docs)")
        if token is None:
            click.echo("read-only: POST /api/articles is refused (set RASAD_TOKEN to enable ingest)")
        else:
            click.echo("ingest enabled: POST /api/articles with 'Authorization: Bearer $RASAD_TOKEN'")
        uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)
