"""One user action, one session: how every caller hands work to the database.

``Database.run(work)`` opens a session, calls ``work(session)``, commits when
it returns and rolls back if it raises; a driver error a person can act on
(server unreachable, file locked, disk full) comes out as a ``KnownError``.
The GUI's background worker (``ui/operations.py``) calls it on its thread;
the command line calls it directly.  Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from attendance_desktop.db.deadline import Deadlines
from attendance_desktop.db.engine import known_error_for, make_sessionmaker

T = TypeVar("T")

#: A unit of database work: takes the action's session, returns its result.
Work = Callable[[Session], T]


class Database:
    """The engine and the session factory of one database, as the app uses them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._make_session: sessionmaker[Session] = make_sessionmaker(engine)
        self.deadlines = Deadlines(engine)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    def run(self, work: Work[T], *, deadline: float | None = None) -> T:
        """``work(session)`` in its own session, committed when it returns.

        ``work`` may roll back and go on itself (as the merge of a conflicting
        mark does).  Errors a person can act on are raised as ``KnownError``;
        anything else is a bug and is raised as itself.  ``deadline``: seconds
        after which a PostgreSQL connection that has not answered is cut (a
        network gone silent), so the work fails as unreachable instead of
        waiting for ever (``db/deadline.py``).
        """
        try:
            with self.deadlines.enforce(deadline), self._make_session() as session:
                result = work(session)
                if session.in_transaction():  # a mark commits its own write
                    session.commit()
                return result
        except BaseException as exc:
            known = known_error_for(exc, self.engine.url)
            if known is None or known is exc:
                raise
            raise known from exc
