"""Writes need credentials of a role that covers the jurisdiction: 401 without, 403 with the wrong ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plantrace import accounts

from .conftest import FIXTURES, NOW, PASSWORD, token

HAIZHU = FIXTURES / "haizhu_report_2023.txt"
GUANGZHOU = FIXTURES / "guangzhou_report_2023.txt"


def upload(client: TestClient, path: Path, headers: dict[str, str] | None = None) -> tuple[int, dict[str, object]]:
    with path.open("rb") as fh:
        response = client.post("/api/v1/documents", files={"file": (path.name, fh, "text/plain")},
                               headers=headers or {})
    return response.status_code, response.json()


@pytest.mark.parametrize(("who", "path", "status"), [
    (None, HAIZHU, 401),
    ("gz_viewer", GUANGZHOU, 403),       # a viewer never writes
    ("hz_editor", GUANGZHOU, 403),       # an editor of 海珠区 cannot change 广州市's data
    ("hz_editor", HAIZHU, 201),
    ("gz_editor", HAIZHU, 201),          # 广州市 covers the districts below it
    ("gz_editor", GUANGZHOU, 201),
    ("root", GUANGZHOU, 201),
])
def test_upload_is_allowed_by_role_and_jurisdiction(client: TestClient, db: Path, who: str | None, path: Path,
                                                   status: int) -> None:
    code, body = upload(client, path, token(db, who) if who else None)
    assert code == status, body
    if status == 201:
        assert body["outcome"] == "added" and body["measures"] == 3
        assert client.get(f"/api/v1/documents/{body['doc']}").status_code == 200
    else:
        assert body["ok"] is False and body["status"] == status


def test_unknown_and_revoked_tokens_are_401(client: TestClient, db: Path) -> None:
    assert upload(client, HAIZHU, {"Authorization": "Bearer pt_not-a-token"})[0] == 401
    headers = token(db, "hz_editor")
    token_id = accounts.tokens(db, "hz_editor")[-1]["id"]
    accounts.revoke_token(db, token_id, actor="test", now=NOW)
    assert upload(client, HAIZHU, headers)[0] == 401
    other = token(db, "gz_editor")
    accounts.revoke_user(db, "gz_editor", actor="test", now=NOW)
    assert upload(client, HAIZHU, other)[0] == 401


def test_a_token_is_scoped_no_wider_than_its_owner(client: TestClient, db: Path) -> None:
    narrow = token(db, "gz_editor", role="viewer")
    assert upload(client, HAIZHU, narrow)[0] == 403
    only_haizhu = token(db, "gz_editor", jurisdiction="广州市海珠区")
    assert upload(client, GUANGZHOU, only_haizhu)[0] == 403
    assert upload(client, HAIZHU, only_haizhu)[0] == 201
    with pytest.raises(accounts.Forbidden):
        token(db, "hz_editor", jurisdiction="广州市")
    with pytest.raises(accounts.Forbidden):
        token(db, "hz_editor", role="admin")


def test_tokens_are_stored_hashed(db: Path) -> None:
    import sqlite3

    secret = token(db, "root")["Authorization"].split()[1]
    dump = "\n".join(sqlite3.connect(db).iterdump())
    assert secret not in dump and PASSWORD not in dump
    assert "$argon2" in dump


def test_remove_a_document_is_audited(client: TestClient, db: Path) -> None:
    _code, body = upload(client, HAIZHU, token(db, "hz_editor"))
    assert client.delete(f"/api/v1/documents/{body['doc']}").status_code == 401
    assert client.delete(f"/api/v1/documents/{body['doc']}", headers=token(db, "gz_viewer")).status_code == 403
    response = client.delete(f"/api/v1/documents/{body['doc']}", headers=token(db, "hz_editor"))
    assert response.status_code == 200 and response.json()["removed"]["doc"] == body["doc"]
    assert client.get(f"/api/v1/documents/{body['doc']}").status_code == 404
    log = client.get("/api/v1/audit", headers=token(db, "root")).json()
    changes = [e for e in log["items"] if e["action"].startswith("document.")]
    assert [(e["action"], e["actor"]) for e in changes] == [("document.remove", "hz_editor"),
                                                             ("document.upload", "hz_editor")]
    removed = changes[0]
    assert removed["old_value"]["title"] == "广州市海珠区人民政府工作报告" and removed["new_value"] is None
    assert accounts.audit_intact(db)


def test_audit_is_for_administrators_and_exportable(client: TestClient, db: Path) -> None:
    assert client.get("/api/v1/audit").status_code == 401
    assert client.get("/api/v1/audit", headers=token(db, "gz_editor")).status_code == 403
    log = client.get("/api/v1/audit", params={"limit": 2, "offset": 1}, headers=token(db, "root")).json()
    assert log["total"] >= 5 and len(log["items"]) == 2 and log["offset"] == 1
    csv_text = client.get("/api/v1/audit.csv", headers=token(db, "root")).text
    assert csv_text.lstrip("\ufeff").startswith("seq,at,actor,action") and "user.create" in csv_text


def test_audit_chain_detects_an_edited_entry(db: Path) -> None:
    import sqlite3

    assert accounts.audit_intact(db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 2")
    conn.commit()
    assert not accounts.audit_intact(db)


def test_session_writes_need_the_csrf_token(client: TestClient) -> None:
    page = client.get("/login")
    csrf = client.cookies.get("plantrace_csrf")
    assert csrf and csrf in page.text
    assert client.post("/login", data={"user": "hz_editor", "password": PASSWORD, "csrf": "forged"}).status_code == 403
    signed = client.post("/login", data={"user": "hz_editor", "password": PASSWORD, "csrf": csrf},
                         follow_redirects=False)
    assert signed.status_code == 303 and "httponly" in signed.headers["set-cookie"].lower()
    files = {"file": (HAIZHU.name, HAIZHU.read_bytes(), "text/plain")}
    assert client.post("/api/v1/documents", files=files).status_code == 403          # no CSRF header
    ok = client.post("/api/v1/documents", files=files, headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 201, ok.text


def test_wrong_password_is_refused(client: TestClient) -> None:
    client.get("/login")
    csrf = client.cookies.get("plantrace_csrf")
    response = client.post("/login", data={"user": "hz_editor", "password": "wrong password", "csrf": csrf})
    assert response.status_code == 401 and "plantrace_session" not in response.headers.get("set-cookie", "")


@pytest.mark.parametrize(("name", "data", "message"), [
    ("big.txt", "广州市".encode() * 30000, "limit"),
    ("evil.exe", b"MZ\x90\x00", "not a supported"),
    ("fake.pdf", b"\x00\x01\x02 not a pdf at all", ""),
    ("empty.txt", b"   \n", "empty"),
])
def test_uploads_are_size_limited_and_type_checked(client: TestClient, db: Path, name: str, data: bytes,
                                                    message: str) -> None:
    response = client.post("/api/v1/documents", files={"file": (name, data, "application/octet-stream")},
                           headers=token(db, "root"))
    assert response.status_code == 422, response.text
    assert message in response.json()["error"]


def test_observations_need_an_editor_of_the_place(client: TestClient, db: Path) -> None:
    from plantrace.web import capabilities

    body = {"jurisdiction": "广州市", "indicator": "地区生产总值增长", "year": 2023, "value": 4.6, "unit": "%",
            "source": "2023年广州市国民经济和社会发展统计公报"}
    assert client.post("/api/v1/observations", json=body).status_code == 401
    assert client.post("/api/v1/observations", json=body, headers=token(db, "gz_viewer")).status_code == 403
    assert client.post("/api/v1/observations", json=body, headers=token(db, "hz_editor")).status_code == 403
    allowed = client.post("/api/v1/observations", json=body, headers=token(db, "gz_editor"))
    assert allowed.status_code == (201 if capabilities.has("observations") else 501)


@pytest.mark.parametrize(("grant", "jurisdiction", "expected"), [
    ("*", "中华人民共和国", True),
    ("广州市", "广州市", True),
    ("广州市", "广州市海珠区", True),
    ("海珠区", "广州市海珠区", True),
    ("广州市海珠区", "海珠区", True),
    ("海珠区", "广州市", False),
    ("广州市海珠区", "广州市", False),
    ("广州市海珠区", "广州市荔湾区", False),
    ("广东省", "广州市", False),
    ("广州市", "", False),
])
def test_a_grant_covers_its_place_and_the_places_below(grant: str, jurisdiction: str, expected: bool) -> None:
    assert accounts.covers(grant, jurisdiction) is expected


def test_an_upload_left_empty_by_a_crash_is_written_again(tmp_path: Path) -> None:
    from plantrace import library

    db = tmp_path / "store.db"
    data = HAIZHU.read_bytes()
    kept = library.upload_path(db, HAIZHU.name, data)
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"")  # a writer died between creating the file and writing it
    path, bundle = library.parse_upload(db, HAIZHU.name, data, max_bytes=1 << 24)
    assert path == kept and path.read_bytes() == data and bundle is not None
    assert [p.name for p in kept.parent.iterdir()] == [HAIZHU.name]  # no partial files left beside it


def test_writers_uploading_the_same_file_at_once_all_read_it_whole(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from plantrace import library

    data = (Path(__file__).resolve().parents[2] / "examples" / "corpus" / "national"
            / "national_work_report_2013.txt").read_bytes()
    for attempt in range(5):  # the same bytes kept and parsed by eight writers at one moment, five times
        db = tmp_path / str(attempt) / "store.db"
        with ThreadPoolExecutor(8) as pool:
            kept = list(pool.map(lambda where: library.parse_upload(where, "report.txt", data, max_bytes=1 << 24)[0],
                                 [db] * 8))
        assert {p.read_bytes() for p in kept} == {data}
        assert [p.name for p in kept[0].parent.iterdir()] == ["report.txt"]


EXCERPT = "过去一年，全区地区生产总值增长3.1%。\n今年主要预期目标是：地区生产总值增长6%左右。\n".encode()


def test_an_upload_can_give_the_date_place_and_type_its_text_lacks(client: TestClient, db: Path) -> None:
    headers = token(db, "hz_editor")
    given = {"issued": "2023-01-10", "jurisdiction": "广州市海珠区", "doc_type": "work_report"}
    response = client.post("/api/v1/documents", files={"file": ("excerpt.txt", EXCERPT, "text/plain")},
                           data=given, headers=headers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["jurisdiction"] == "广州市海珠区" and "metadata_given" in body["warnings"]
    document = client.get(f"/api/v1/documents/{body['doc']}").json()
    assert (document["issued"], document["doc_type"]) == ("2023-01-10", "work_report")
    rows = client.get("/api/v1/measures", params={"doc": body["doc"]}).json()["items"]
    assert {(r["surface"], r["stance"], r["year"]) for r in rows} == {("3.1%", "actual", 2022),
                                                                      ("6%左右", "target", 2023)}
    # the place given decides who may write it: an editor of 海珠区 cannot file it under 广州市
    other = client.post("/api/v1/documents", files={"file": ("excerpt.txt", EXCERPT, "text/plain")},
                        data={**given, "jurisdiction": "广州市"}, headers=headers)
    assert other.status_code == 403


@pytest.mark.parametrize(("field", "value", "message"), [
    ("issued", "2023-02-30", "not a date"),
    ("jurisdiction", "火星省", "administrative division"),
    ("doc_type", "novel", "not a document type"),
])
def test_a_given_value_that_cannot_be_read_is_refused(client: TestClient, db: Path, field: str, value: str,
                                                      message: str) -> None:
    response = client.post("/api/v1/documents", files={"file": ("excerpt.txt", EXCERPT, "text/plain")},
                           data={field: value}, headers=token(db, "root"))
    assert response.status_code == 422, response.text
    assert message in str(response.json())
