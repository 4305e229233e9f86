"""The README's "Analyse in SQL" queries run as written on the sample batch and give the output it shows; the
report asset renders its charts into PNG files and shows them in Dagster."""

import re

import dagster as dg
import duckdb
import pytest

from tests.conftest import REPO, SAMPLE, run_cli

SECTION = re.compile(r"^## Analyse in SQL\n(.*?)(?=^## )", re.S | re.M)
EXAMPLE = re.compile(r"```sql\n(.*?)```\n+((?:\|[^\n]*\|\n)+)", re.S)


def readme_examples() -> list[tuple[str, list[list[str]]]]:
    section = SECTION.search((REPO / "README.md").read_text(encoding="utf-8")).group(1)
    examples = []
    for query, table in EXAMPLE.findall(section):
        lines = [line for line in table.strip().splitlines() if not re.fullmatch(r"\|[-:| ]+\|", line)]
        examples.append((query.strip(), [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]))
    return examples


def as_cells(cursor) -> list[list[str]]:
    header = [column[0] for column in cursor.description]
    return [header, *[["NULL" if value is None else str(value) for value in row] for row in cursor.fetchall()]]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("sample")
    warehouse = root / "warwire.duckdb"
    home = root / "dagster_home"
    result = run_cli("run", "--landing", str(SAMPLE), "--warehouse", str(warehouse), env={"DAGSTER_HOME": str(home)})
    assert result.returncode == 0, result.stdout + result.stderr
    return warehouse, home


def test_the_readme_has_five_examples():
    assert len(readme_examples()) >= 5


@pytest.mark.parametrize("index", range(len(readme_examples())))
def test_readme_query_gives_the_output_shown(sample_run, index):
    warehouse, _ = sample_run
    query, expected = readme_examples()[index]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert as_cells(con.execute(query)) == expected, query
    finally:
        con.close()


def test_report_charts_are_rendered_and_shown_in_dagster(sample_run):
    warehouse, home = sample_run
    folder = warehouse.with_name("warwire-report")
    charts = sorted(path.name for path in folder.glob("*.png"))
    assert charts == ["aid_by_donor.png", "interceptions_by_region.png"]
    assert all((folder / name).read_bytes().startswith(b"\x89PNG") for name in charts)
    with dg.DagsterInstance.from_config(str(home)) as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey("analyst_report"))
    metadata = event.asset_materialization.metadata
    assert metadata["aid_by_donor"].value.startswith("### Aid by donor")
    assert "](data:image/png;base64,iVBORw0KGgo" in metadata["interceptions_by_region"].value
    assert metadata["aid_by_donor_path"].value == str(folder / "aid_by_donor.png")
