"""Progress bar and run summary for `ingest`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from plantrace.cli.output import console as make_console
from plantrace.cli.output import plain, wide_console
from plantrace.pipeline import FileResult, RunReport


@contextmanager
def bar(total: int, label: str, *, enabled: bool = True) -> Iterator[Callable[[FileResult], None]]:
    """Yield a callback that advances a rich progress bar by one file."""
    if not enabled:
        yield lambda _result: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[name]}"))
    with Progress(*columns, console=make_console(stderr=True), transient=True) as prog:
        task = prog.add_task(label, total=total, name="")

        def advance(result: FileResult) -> None:
            prog.update(task, advance=1, name=plain(Path(result.path).name))

        yield advance


def summary(report: RunReport, db: str) -> None:
    console = wide_console()
    for r in report.results:
        name = plain(Path(r.path).name)
        if r.skipped:
            console.print(f"[yellow]–[/yellow] {plain(r.path)}: skipped, {plain(r.skipped)}", highlight=False)
        elif r.error:
            hint = f"\n    Hint: {plain(r.hint)}" if r.hint else ""
            console.print(f"[red]✗[/red] {plain(r.error)}{hint}",
                          highlight=False)
        else:
            console.print(f"[green]✓[/green] {name} [dim]{r.doc_id}[/dim] {r.outcome}: {r.nodes} nodes, "
                          f"{r.measures} measures, {r.warnings} warnings", highlight=False)
    files = len(report.results) - len(report.skipped)
    console.print(
        f"{files} files: {report.count('added')} added, {report.count('replaced')} replaced, "
        f"{report.count('unchanged')} unchanged, {len(report.failures)} failed"
        + (f", {len(report.skipped)} skipped" if report.skipped else "") + f" → {plain(db)}", highlight=False,
    )
