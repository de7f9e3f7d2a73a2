"""Speakers in the database: resolving a statement's speaker name to a ``speakers`` row, and
applying an alias file. The matching rules themselves live in ``whosaid.store.identity``."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from whosaid.models import Statement
from whosaid.names import clean_name, in_latin
from whosaid.store import schema as t
from whosaid.store.identity import AliasFile, PersonName, alias_key, fuller, generic
from whosaid.store.rows import new_id

NON_PERSON = ("organization", "group", "anonymous", "document", "role")


def apply_aliases(conn: Connection, aliases: AliasFile) -> None:
    """Merge the alias file's names into their canonical speakers; give ``split`` names their
    own. Persisted in ``speaker_aliases``, so later ingests follow it too."""
    for name in aliases.split:
        _split(conn, name)
    for canonical, names in aliases.merge.items():
        target = _canonical(conn, canonical)
        for other in names:
            _merge_into(conn, alias_key(other), target)


def resolve_speaker(conn: Connection, s: Statement, article_id: str = "") -> int | None:
    """The speaker row for a statement's speaker name, created when new.

    An unqualified group or anonymous source ("officials", "sources") is one speaker within
    its article only: its alias carries the article's id, so two articles' "officials" never
    merge, while "U.S. officials" is one speaker everywhere.
    """
    name, kind = s.speaker.name, s.speaker.type
    if not name or not name.strip():
        return None
    # only a proper name is matched by surname: "spokesperson" is not a person's name
    person = kind not in NON_PERSON and clean_name(name)[:1].isupper()
    key = alias_key(name, person)
    if kind in ("group", "anonymous", "role") and generic(name) and article_id:
        key = f"{key} @{article_id}"
    row = conn.execute(sa.select(t.speaker_aliases.c.speaker_id, t.speakers.c.name)
                       .join(t.speakers, t.speakers.c.id == t.speaker_aliases.c.speaker_id)
                       .where(t.speaker_aliases.c.alias == key)).first()
    found = row.speaker_id if row is not None else None
    if row is not None:  # this exact name was resolved before: nothing new to learn, but
        if person and not in_latin(row.name) and in_latin(name):  # "Владимир Путин" first
            _improve_name(conn, row.speaker_id, name)
        return found
    if person:
        found = _match_person(conn, name)
    if found is None:
        found = new_id(conn.execute(t.speakers.insert().values(
            name=clean_name(name) if person else " ".join(name.split()), type=kind,
            description=s.speaker.description,
            surname=PersonName.parse(name).surname if person else None,
        )))
    elif person:
        _improve_name(conn, found, name)
    # a plain insert: if a concurrent writer just claimed this alias, the unique key fails
    # this article's transaction and the store retries it (overwriting would orphan theirs)
    conn.execute(t.speaker_aliases.insert().values(alias=key, speaker_id=found))
    return found


def find_speaker(conn: Connection, name: str) -> int | None:
    """The stored speaker a person's name resolves to by the rules of ``resolve_speaker``
    (its alias, else its surname and first name), without creating or learning anything."""
    if not name or not name.strip():
        return None
    found = conn.execute(sa.select(t.speaker_aliases.c.speaker_id)
                         .where(t.speaker_aliases.c.alias == alias_key(name))).scalar()
    return found if found is not None else _match_person(conn, name)


def _match_person(conn: Connection, name: str) -> int | None:
    wanted = PersonName.parse(name)
    sp, st = t.speakers, t.statements
    rows = conn.execute(
        sa.select(sp.c.id, sp.c.name, sa.func.count(st.c.id).label("n"))
        .outerjoin(st, st.c.speaker_id == sp.c.id)
        .where(sp.c.surname == wanted.surname, sp.c.exact_only == sa.false(),
               sp.c.type.not_in(NON_PERSON))
        .group_by(sp.c.id, sp.c.name)).all()
    matches = [(PersonName.parse(r.name).first == wanted.first, r.n, -r.id, r.id)
               for r in rows if PersonName.parse(r.name).compatible(wanted)]
    return max(matches)[3] if matches else None

def _improve_name(conn: Connection, speaker_id: int, name: str) -> None:
    """"Putin" seen first becomes "Vladimir Putin" once the full name turns up."""
    row = conn.execute(sa.select(t.speakers.c.name, t.speakers.c.exact_only)
                       .where(t.speakers.c.id == speaker_id)).one()
    better = fuller(row.name, clean_name(name))
    if better != row.name and not row.exact_only:
        conn.execute(t.speakers.update().where(t.speakers.c.id == speaker_id)
                     .values(name=better))

def _set_alias(conn: Connection, key: str, speaker_id: int) -> None:
    al = t.speaker_aliases
    current = conn.execute(sa.select(al.c.speaker_id).where(al.c.alias == key)).scalar()
    if current is None:
        conn.execute(al.insert().values(alias=key, speaker_id=speaker_id))
    elif current != speaker_id:
        conn.execute(al.update().where(al.c.alias == key).values(speaker_id=speaker_id))


def _canonical(conn: Connection, name: str) -> int:
    key = alias_key(name)
    found = conn.execute(sa.select(t.speaker_aliases.c.speaker_id)
                         .where(t.speaker_aliases.c.alias == key)).scalar()
    if found is None:
        found = new_id(conn.execute(t.speakers.insert().values(
            name=name, type="person", surname=PersonName.parse(name).surname)))
    conn.execute(t.speakers.update().where(t.speakers.c.id == found).values(name=name))
    _set_alias(conn, key, found)
    return found

def _merge_into(conn: Connection, key: str, target: int) -> None:
    other = conn.execute(sa.select(t.speaker_aliases.c.speaker_id)
                         .where(t.speaker_aliases.c.alias == key)).scalar()
    if other is not None and other != target:
        conn.execute(t.statements.update().where(t.statements.c.speaker_id == other)
                     .values(speaker_id=target))
        conn.execute(t.speaker_aliases.update()
                     .where(t.speaker_aliases.c.speaker_id == other)
                     .values(speaker_id=target))
        conn.execute(t.speakers.delete().where(t.speakers.c.id == other))
    _set_alias(conn, key, target)

def _split(conn: Connection, name: str) -> None:
    """Give ``name`` a speaker of its own and move its statements there."""
    key = alias_key(name)
    sp = t.speakers
    own = conn.execute(sa.select(sp.c.id).where(sp.c.name == name,
                                                sp.c.exact_only == sa.true())).scalar()
    if own is None:
        own = new_id(conn.execute(sp.insert().values(
            name=name, type="person", surname=PersonName.parse(name).surname,
            exact_only=True)))
    _set_alias(conn, key, own)
    st = t.statements
    rows = conn.execute(sa.select(st.c.id, st.c.speaker_id, st.c.speaker_name).join(
        sp, sp.c.id == st.c.speaker_id).where(sp.c.surname == PersonName.parse(name).surname))
    moved = [r for r in rows if r.speaker_name and alias_key(r.speaker_name) == key
             and r.speaker_id != own]
    if moved:
        conn.execute(st.update().where(st.c.id.in_([r.id for r in moved]))
                     .values(speaker_id=own))
    for left in {r.speaker_id for r in moved}:
        _rename_from_statements(conn, left, own)

def _rename_from_statements(conn: Connection, speaker_id: int, heir: int) -> None:
    """After a split, name a speaker after the fullest name left in its statements; one
    with no statements left is removed and its aliases go to ``heir``."""
    st, sp, al = t.statements, t.speakers, t.speaker_aliases
    names = conn.execute(sa.select(st.c.speaker_name).distinct()
                         .where(st.c.speaker_id == speaker_id)).scalars().all()
    if names:
        best = clean_name(names[0])
        for name in names[1:]:
            best = fuller(best, clean_name(name))
        conn.execute(sp.update().where(sp.c.id == speaker_id).values(name=best))
        return
    conn.execute(al.update().where(al.c.speaker_id == speaker_id).values(speaker_id=heir))
    conn.execute(sp.delete().where(sp.c.id == speaker_id))
