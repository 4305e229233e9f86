"""Meeting phrasing: participants by name or title, place, format, status, one meeting per event."""

from tests.extraction_helpers import facts, partition_facts


def meetings(text: str, **kwargs) -> list[dict]:
    return facts(text, **kwargs)["meeting"]


def test_titles_resolve_to_people_of_the_day():
    [row] = meetings("Le président ukrainien a rencontré le chef de l'Élysée à Paris.", published_at="2024-02-17T12:00:00+01:00")
    assert sorted(row["participants"]) == ["Emmanuel Macron", "Volodymyr Zelensky"]
    assert (row["city"], row["country"], row["format"], row["status"]) == ("Paris", "FR", "bilateral", "held")


def test_same_title_names_the_office_holder_of_the_publication_date():
    [before] = meetings("Le chancelier allemand a reçu le président ukrainien à Berlin.", published_at="2024-05-14T12:00:00+02:00")
    [after] = meetings("Le chancelier allemand a reçu le président ukrainien à Berlin.", published_at="2025-06-03T12:00:00+02:00")
    assert "Olaf Scholz" in before["participants"] and "Friedrich Merz" in after["participants"]


def test_planned_meeting():
    [row] = meetings("Volodymyr Zelensky doit rencontrer Donald Trump à la Maison Blanche vendredi prochain.")
    assert row["status"] == "planned"
    assert (row["city"], row["country"]) == ("Washington", "US")


def test_one_meeting_when_the_article_names_it_twice():
    text = (
        "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée lundi.\n"
        "Lors de cette rencontre, Emmanuel Macron et Volodymyr Zelensky ont évoqué la défense aérienne."
    )
    assert len(meetings(text)) == 1


def test_phone_call_is_kept_as_a_call_not_counted_as_a_meeting():
    text = "Emmanuel Macron s'est entretenu par téléphone avec Volodymyr Zelensky."
    assert meetings(text) == []
    staged = partition_facts(text).diplomatic_meetings
    assert staged["format"].to_list() == ["call"]


def test_a_quoted_source_is_not_a_participant():
    [row] = meetings("Les ministres des affaires étrangères des vingt-sept pays de l'UE se réunissent à Kiev, selon Josep Borrell.")
    assert (row["participants"], row["city"], row["format"]) == ([], "Kyiv", "multilateral")


def test_future_tense_makes_a_planned_meeting():
    text = "Le chancelier allemand se rendra à Kiev, où il rencontrera le président ukrainien le 28 mars."
    [row] = meetings(text, published_at="2025-03-16T10:00:00+01:00")
    assert sorted(row["participants"]) == ["Olaf Scholz", "Volodymyr Zelensky"]
    assert (row["status"], row["city"], row["meeting_date"]) == ("planned", "Kyiv", "2025-03-28")
