"""One exception tree. Each error carries a message, a hint on how to fix it, and an HTTP status."""

from __future__ import annotations


class PlantraceError(Exception):
    """Base of every error plantrace raises on purpose."""

    status: int = 500
    default_hint: str = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint if hint is not None else self.default_hint

    def as_dict(self) -> dict[str, object]:
        return {"ok": False, "error": self.message, "hint": self.hint, "status": self.status}


class InputError(PlantraceError):
    """A file that cannot be read as a document."""

    status = 422


class EmptyDocument(InputError):
    default_hint = "The file has no text. Check that it was saved completely."


class BinaryFile(InputError):
    default_hint = "Give a .txt, .html, .docx or .pdf file with a text layer."


class UnsupportedFormat(InputError):
    default_hint = "Supported formats: .txt, .html/.htm, .docx, .pdf (text layer)."


class DecodeFailure(InputError):
    default_hint = "Save the file as UTF-8, or pass --encoding with its real encoding (gb18030, big5 …)."


class DocumentTooLarge(InputError):
    default_hint = "Split the file, or raise max_file_mb in plantrace.toml."


class BrokenFile(InputError):
    default_hint = "The file is damaged. Open and re-save it, or export it as text."


class NotFound(PlantraceError):
    status = 404


class MissingExtra(PlantraceError):
    """An optional dependency is not installed."""

    status = 501


class ConfigError(PlantraceError):
    status = 400
    default_hint = "See `plantrace --help` and docs/configuration.md for the known settings."


class StoreError(PlantraceError):
    status = 500
    default_hint = "Check the database path, or run `plantrace doctor`."


class QueryError(PlantraceError):
    status = 400


class UsageFailure(PlantraceError):
    """An option or argument the command cannot honour (an output that would destroy data, a bad value)."""

    status = 400


def missing_extra(package: str, extra: str) -> MissingExtra:
    return MissingExtra(
        f"{package} is not installed.",
        hint=f"pip install 'plantrace[{extra}]'",
    )
