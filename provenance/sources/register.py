"""The article's who-is-who: one record per entity a speaker refers to, with the roles the
article gives it and every place it is mentioned (its names outside quotes, and the speaker
mentions linked to it, pronouns included)."""

from __future__ import annotations

from provenance.records import EntityMention, EntityRecord, EntityRole, Speaker

from .anonymity import anonymity_level
from .entities import EntityTable
from .model import Entity


def entity_records(table: EntityTable, speakers: list[tuple[Speaker | None, Entity | None]]) -> list[EntityRecord]:
    """Records for the entities that speak, in id order; speaker mentions and quote counts
    come from ``speakers`` (one pair per quote)."""
    records: dict[int, EntityRecord] = {}
    for speaker, entity in speakers:
        if speaker is None or entity is None:
            continue
        rec = records.get(entity.id)
        if rec is None:
            rec = records[entity.id] = _record(table, entity, speaker)
        rec.quotes += 1
        same = next((x for x in rec.mentions if (x.start, x.end) == (speaker.start, speaker.end)), None)
        if same is None:
            rec.mentions.append(EntityMention(speaker.text, speaker.start, speaker.end, speaker.resolved_by))
        elif same.resolved_by is None:
            same.resolved_by = speaker.resolved_by
    for rec in records.values():
        rec.mentions.sort(key=lambda x: (x.start, x.end))
    return [records[k] for k in sorted(records)]


def _record(table: EntityTable, entity: Entity, speaker: Speaker) -> EntityRecord:
    rec = EntityRecord(
        id=entity.id,
        name=entity.name,
        type=entity.type,
        anonymity=anonymity_level(entity, speaker),
        number="plural" if entity.plural else "singular",
    )
    if entity.type != "person":
        return rec

    def same(name: str) -> bool:
        return table.same_person(entity.name, name)

    seen: set[tuple[int, int]] = set()
    for name, role in table.roles:
        if same(name) and (role.start, role.end) not in seen:
            seen.add((role.start, role.end))
            rec.roles.append(EntityRole(role.text, role.start, role.end, role.how))
    for n in table.person_names:
        shown = table.doc.text[n.start : n.end]  # (with its courtesy title: "Mrs. Clinton" is not Bill)
        if same(n.name) and not table.genders_differ(shown, [], entity.name, table.tokens(entity.name)):
            rec.mentions.append(EntityMention(table.doc.text[n.start : n.end], n.start, n.end))
    if not rec.roles and entity.role:
        # A role that came with the speaker mention itself or a newsroom's gazetteer: its place in
        # the text when it is written there.
        at = table.doc.text.rfind(entity.role, 0, speaker.end)
        if at >= 0:
            rec.roles.append(EntityRole(entity.role, at, at + len(entity.role), "title"))
    rec.gender = table.gender_of_name(entity.name)
    return rec
