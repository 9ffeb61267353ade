"""`plantrace bench`: material for benchmarks (a realistic synthetic corpus)."""

from __future__ import annotations

from pathlib import Path

import click

from plantrace import synthetic
from plantrace.cli.output import JSON_OPTION, print_json


@click.group(name="bench")
def bench_group() -> None:
    """Material for benchmarks: `plantrace bench corpus` writes a synthetic corpus."""


@bench_group.command(name="corpus")
@click.option("--docs", type=click.IntRange(1, 10_000_000), default=1000, show_default=True,
              help="How many documents to write.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="Folder to write to.")
@click.option("--seed", type=int, default=14, show_default=True, help="The same seed gives the same documents.")
@click.option("--source", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("examples/corpus"), show_default=True, help="Real documents to draw from.")
@JSON_OPTION
def corpus_command(docs: int, out: Path, seed: int, source: Path, as_json: bool) -> None:
    """Write N realistic documents drawn and varied from real ones (places, structure, quantities,
    both scripts, conversion damage), the same every time for the same seed.

    \b
    Example:
      plantrace bench corpus --docs 10000 --out synthetic/ --seed 14
    """
    written = 0
    size = 0
    for path in synthetic.generate(source, out, docs, seed):
        written += 1
        size += path.stat().st_size
    if as_json:
        print_json({"documents": written, "bytes": size, "out": str(out), "seed": seed})
    else:
        click.echo(f"{written} documents ({size / 1e6:.1f} MB) written to {out} (seed {seed}).")


COMMANDS: list[click.Command] = [bench_group]
