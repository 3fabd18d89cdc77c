"""Alembic environment for attendance-desktop.

At run time the app passes its own connection in ``config.attributes``; the
upgrade then happens inside the caller's transaction and lock (see
``attendance_desktop.db.migrate``).  Developers can also run the ``alembic``
command with ``-x url=...`` (or ``ATTENDANCE_DATABASE_URL``) to autogenerate a
revision.
"""

from __future__ import annotations

from alembic import context

from attendance_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: object | None = None, url: str | None = None) -> None:
    if connection is not None:
        sqlite = connection.dialect.name == "sqlite"  # type: ignore[attr-defined]
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
    else:
        context.configure(
            url=url,
            target_metadata=target_metadata,
            literal_binds=True,
            render_as_batch=bool(url and url.startswith("sqlite")),
        )


def run_offline() -> None:
    from attendance_desktop.db.engine import resolve_url

    url = context.get_x_argument(as_dictionary=True).get("url")
    _configure(url=resolve_url(url).render_as_string(hide_password=False))
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return

    from attendance_desktop.db.engine import create_app_engine, resolve_url

    url = context.get_x_argument(as_dictionary=True).get("url")
    engine = create_app_engine(resolve_url(url))
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
