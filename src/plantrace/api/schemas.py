"""Response shapes for the OpenAPI document: a page of rows, one error shape."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    ok: Literal[False] = False
    error: str
    hint: str
    status: int


class Page(BaseModel):
    """A page of rows: the CLI's ``--json`` rows, ``total`` of them in all."""

    items: list[dict[str, Any]]
    total: int = Field(ge=0)
    limit: int = Field(ge=0)
    offset: int = Field(ge=0)


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route: each listed status answers the one error shape."""
    return {code: {"model": ErrorBody, "description": _DESCRIPTIONS.get(code, "Error")} for code in codes}


_DESCRIPTIONS = {
    400: "Bad request", 401: "No or unknown credentials", 403: "Not allowed for this role or jurisdiction",
    404: "Not found", 413: "Too large", 422: "Invalid request or document", 501: "Not available in this build",
}
