"""Diplomatic meetings from meeting mentions of one article.

"une rencontre entre Trump et Zelensky à l'Élysée" … "cette réunion tripartite": a demonstrative refers back
to the meeting already named, and a stated format ("tripartite") says how many take part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms import reference
from transforms.records import publication_day
from transforms.extract.mentions import Mention
from transforms.facts.common import ArticleContext, evidence, resolved_actor_ids, stable_id
from transforms.normalise.dates import resolve_event_date

FORMAT_SIZE = {"bilateral": 2, "trilateral": 3}
MIN_PARTICIPANTS = 2


@dataclass
class Meeting:
    first: Mention
    participants: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    place_ids: list[str] = field(default_factory=list)
    planned: bool = False
    date_texts: list[str] = field(default_factory=list)

    def absorb(self, mention: Mention, people: list[str]) -> None:
        self.formats += [fmt for fmt in mention.payload["formats"] if fmt not in self.formats]
        self.place_ids += [place for place in mention.payload["place_ids"] if place not in self.place_ids]
        self.date_texts += mention.payload["date_texts"]
        self.planned = self.planned or mention.payload["planned"]
        wanted = FORMAT_SIZE.get(self.formats[0]) if self.formats else None
        for person in people:
            if person not in self.participants and (wanted is None or len(self.participants) < wanted):
                self.participants.append(person)

    @property
    def format(self) -> str:
        if "call" in self.formats:
            return "call"
        if "multilateral" in self.formats:
            return "multilateral"
        if len(self.participants) == 2:
            return "bilateral"
        return "trilateral" if len(self.participants) == 3 else "multilateral"


def _people(mention: Mention, context: ArticleContext) -> list[str]:
    """People named in the sentence, and the speaker of a statement when the sentence says "je"."""
    actors = reference.actors()
    on_day = publication_day(context.published_at)
    named = resolved_actor_ids(mention, on_day)
    if mention.payload.get("first_person"):
        named += mention.payload.get("speaker_ids", [])
    return [actor_id for actor_id in dict.fromkeys(named) if actor_id in actors and actors[actor_id].kind == "person"]


def merge_meetings(mentions: list[Mention], context: ArticleContext) -> list[Meeting]:
    meetings: list[Meeting] = []
    for mention in sorted(mentions, key=lambda m: (m.sentence_index, m.char_start)):
        people = _people(mention, context)
        named = set(people)
        # Only named people make a mention the same meeting: unnamed summits need no look at every meeting.
        same = next((m for m in meetings if named <= set(m.participants)), None) if named else None
        if mention.payload["anaphoric"] and meetings:
            meetings[-1].absorb(mention, people)
        elif same is not None:
            same.absorb(mention, [])
        elif len(people) >= MIN_PARTICIPANTS or _unnamed_multilateral(mention):
            meeting = Meeting(mention)
            meeting.absorb(mention, people)
            meetings.append(meeting)
    return [meeting for meeting in meetings if len(meeting.participants) >= MIN_PARTICIPANTS or meeting.format == "multilateral"]


def _unnamed_multilateral(mention: Mention) -> bool:
    """A conference or summit of many states, placed in a city, is a meeting even when the text names
    fewer than two of its participants ("la réunion qui s'est tenue à Paris, avec les chefs d'État …")."""
    return "multilateral" in mention.payload["formats"] and bool(mention.payload["place_ids"])


def _place(place_ids: list[str]) -> tuple[str | None, str | None, str | None]:
    places = [reference.places()[place_id] for place_id in place_ids if place_id in reference.places()]
    venue = next((place for place in places if place.kind == "venue"), None)
    if venue is not None:
        return venue.name_en, venue.city_en, venue.country_code
    city = next((place for place in places if place.kind == "city"), None)
    return (None, city.city_en, city.country_code) if city else (None, None, None)


def meeting_key(meeting: Meeting, meeting_date, city: str | None) -> str:
    """The same meeting in two articles gets the same id: same participants (or, when none is named, same
    city), same date, and a call stays apart from a meeting in person."""
    attendees = sorted(meeting.participants) or [city]
    return stable_id("meeting", meeting.format == "call", meeting_date, *attendees)


def build_meeting_facts(mentions: list[Mention], context: ArticleContext, partition_date) -> tuple[list[dict], list[dict]]:
    meeting_rows, participant_rows = [], []
    actors = reference.actors()
    seen: set[str] = set()
    for meeting in merge_meetings(mentions, context):
        meeting_date, precision = resolve_event_date(meeting.date_texts, context.published_at, future_allowed=meeting.planned)
        venue, city, country = _place(meeting.place_ids)
        meeting_id = meeting_key(meeting, meeting_date, city)
        if meeting_id in seen:
            continue
        seen.add(meeting_id)
        meeting_rows.append(
            {
                "meeting_id": meeting_id,
                "partition_date": partition_date,
                "format": meeting.format,
                "status": "planned" if meeting.planned else "held",
                "venue": venue,
                "city": city,
                "country": country,
                "meeting_date": meeting_date,
                "date_precision": precision,
                **evidence(meeting.first),
            }
        )
        for actor_id in meeting.participants:
            actor = actors[actor_id]
            participant_rows.append(
                {
                    "meeting_id": meeting_id, "actor_id": actor_id, "article_id": context.article_id, "partition_date": partition_date,
                    "name": actor.name, "role": actor.role, "country": actor.country_code,
                }
            )
    return meeting_rows, participant_rows
