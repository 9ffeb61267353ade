"""Read routes: the CLI's --json rows, paginated, with one error shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from plantrace.cli.main import cli

ERROR_KEYS = {"ok", "error", "hint", "status"}


def cli_json(*args: str) -> object:
    result = CliRunner().invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_documents_are_the_rows_of_ls(read_client: TestClient, people_db: Path) -> None:
    body = read_client.get("/api/v1/documents", params={"limit": 1000}).json()
    assert body["items"] == cli_json("ls", "--db", str(people_db))
    assert body["total"] == len(body["items"]) == 7 and body["offset"] == 0


@pytest.mark.parametrize(("limit", "offset"), [(1, 0), (2, 3), (5, 5), (3, 100)])
def test_pagination_slices_the_same_list(read_client: TestClient, limit: int, offset: int) -> None:
    every = read_client.get("/api/v1/documents").json()["items"]
    body = read_client.get("/api/v1/documents", params={"limit": limit, "offset": offset}).json()
    assert body["items"] == every[offset:offset + limit]
    assert (body["total"], body["limit"], body["offset"]) == (len(every), limit, offset)


def test_one_document_with_its_nodes(read_client: TestClient, people_db: Path) -> None:
    doc = read_client.get("/api/v1/documents/haizhu").json()
    assert doc["jurisdiction"] == "广州市海珠区" and doc["script"] == "hant"
    assert {"warnings", "removed", "line_start", "line_end", "source"} <= set(doc)
    outline = read_client.get(f"/api/v1/documents/{doc['id']}/nodes", params={"outline": True}).json()
    assert outline["items"] == cli_json("show", doc["id"], "--outline", "--db", str(people_db))[:1000]
    every = read_client.get(f"/api/v1/documents/{doc['id']}/nodes").json()
    assert every["total"] > outline["total"] and any(n["kind"] == "paragraph" for n in every["items"])


def test_search_answers_the_cli_hits(read_client: TestClient, people_db: Path) -> None:
    body = read_client.get("/api/v1/search", params={"q": "夜间经济", "limit": 3}).json()
    assert body["items"] == cli_json("search", "夜间经济", "--db", str(people_db), "--limit", "3")
    assert body["items"] and all("【" in h["snippet"] for h in body["items"])


@pytest.mark.parametrize(("params", "cli_args"), [
    ({"metric": "地区生产总值", "stance": "target"}, ["--metric", "地区生产总值", "--stance", "target"]),
    ({"year": 2021}, ["--year", "2021"]),
    ({"doc": "guangzhou_work_report", "kind": "growth"}, ["--doc", "guangzhou_work_report", "--kind", "growth"]),
])
def test_measures_are_the_rows_of_targets(read_client: TestClient, people_db: Path, params: dict[str, object],
                                          cli_args: list[str]) -> None:
    body = read_client.get("/api/v1/measures", params={**params, "limit": 1000}).json()
    assert body["items"] == cli_json("targets", "--db", str(people_db), *cli_args)
    assert body["total"] > 0


@pytest.mark.parametrize(("route", "command"), [
    ("/api/v1/projects", ["projects"]), ("/api/v1/concepts", ["concepts"]), ("/api/v1/platforms", ["platforms"]),
    ("/api/v1/industries", ["industries"]),
])
def test_entity_lists_are_the_cli_rows(read_client: TestClient, people_db: Path, route: str,
                                       command: list[str]) -> None:
    body = read_client.get(route, params={"limit": 1000}).json()
    assert body["items"] == cli_json(*command, "--db", str(people_db))[:1000]
    assert all({"doc", "source", "line_start", "line_end"} <= set(r) for r in body["items"])


def test_compare_two_districts(read_client: TestClient, people_db: Path) -> None:
    body = read_client.get("/api/v1/compare", params=[("place", "海珠区"), ("place", "荔湾区"), ("limit", 1000)]).json()
    assert body["items"] == cli_json("compare", "海珠区", "荔湾区", "--db", str(people_db))
    assert {r["place"] for r in body["items"]} == {"海珠区", "荔湾区"}


@pytest.mark.parametrize(("url", "status"), [
    ("/api/v1/documents/no-such-document", 404),
    ("/api/v1/documents/no-such-document/nodes", 404),
    ("/api/v1/measures?doc=no-such-document", 404),
    ("/api/v1/compare?place=火星区", 404),
    ("/api/v1/documents?limit=0", 422),
    ("/api/v1/documents?offset=-1", 422),
    ("/api/v1/search", 422),
    ("/api/v1/measures?stance=maybe", 422),
    ("/api/v1/measures?year=99999999999999999999", 422),
    ("/api/v1/no-such-route", 404),
])
def test_errors_have_one_shape(read_client: TestClient, url: str, status: int) -> None:
    response = read_client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS and body["ok"] is False and body["status"] == status and body["error"]


@pytest.mark.parametrize("route", ["/api/v1/links", "/api/v1/indicators"])
def test_capabilities_not_built_say_so(read_client: TestClient, route: str) -> None:
    from plantrace.web import capabilities

    response = read_client.get(route)
    if capabilities.has("links" if "links" in route else "tracking"):
        assert response.status_code == 200 and "items" in response.json()
    else:
        assert response.status_code == 501 and response.json()["status"] == 501


def test_openapi_document_lists_every_route(read_client: TestClient) -> None:
    spec = read_client.get("/api/v1/openapi.json").json()
    paths = set(spec["paths"])
    for route in ("/documents", "/documents/{doc}", "/documents/{doc}/nodes", "/search", "/measures", "/projects",
                  "/links", "/indicators", "/observations", "/audit"):
        assert f"/api/v1{route}" in paths
    assert not any(p.startswith("/api/v1") is False for p in paths), "pages are not API routes"


def test_closed_reading_needs_an_account(people_db: Path) -> None:
    from plantrace.api import create_app
    from plantrace.web.context import AppConfig

    from .conftest import token

    with TestClient(create_app(AppConfig(db=str(people_db), read_open=False))) as closed:
        assert closed.get("/api/v1/documents").status_code == 401
        assert closed.get("/").status_code == 401
        assert closed.get("/api/v1/documents", headers=token(people_db, "gz_viewer")).status_code == 200
