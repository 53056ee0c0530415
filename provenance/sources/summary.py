"""One row per source of an article: how many quotes, through which outlets."""

from __future__ import annotations

from provenance.records import SourceSummary, Speaker, Via

from .model import Entity


def _row(entity: Entity | None, speaker: Speaker | None) -> SourceSummary:
    if entity is not None:
        return SourceSummary(
            name=entity.name,
            type=entity.type,
            anonymity=speaker.anonymity if speaker else "unattributed",
            reason=entity.reason,
            quotes=0,
            plural=entity.plural,
            role=entity.role,
            entity=entity.id,
        )
    if speaker is not None:
        return SourceSummary(name=speaker.name, type=speaker.type, anonymity=speaker.anonymity, reason=None, quotes=0)
    return SourceSummary(name="(unattributed)", type="unknown", anonymity="unattributed", reason=None, quotes=0)


def summarise(pairs: list[tuple[Entity | None, Speaker | None, Via | None]]) -> list[SourceSummary]:
    by_key: dict[object, SourceSummary] = {}
    for entity, speaker, via in pairs:
        key = entity.id if entity is not None else ("unattributed" if speaker is None else speaker.name)
        if key not in by_key:
            by_key[key] = _row(entity, speaker)
        s = by_key[key]
        s.quotes += 1
        if via is not None and via.name not in s.via:
            s.via.append(via.name)
    return list(by_key.values())
