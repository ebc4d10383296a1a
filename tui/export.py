"""Writing an events frame (queries/export.sql) as JSON Lines, CSV or Parquet with Polars' writers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

import polars as pl


def flat_for_csv(frame: pl.DataFrame) -> pl.DataFrame:
    """CSV has no nesting: one row per event, the first source's quote and file in their own columns,
    every source as JSON in ``sources``."""
    if "sources" not in frame.columns:
        return frame
    return frame.with_columns(
        pl.col("sources").list.first().struct.field("quote").alias("quote"),
        pl.col("sources").list.first().struct.field("file").alias("file"),
        pl.col("sources").list.first().struct.field("published").alias("published"),
        pl.col("sources").map_elements(lambda s: json.dumps(s.to_list(), ensure_ascii=False), return_dtype=pl.String),
    )


def write_export(frame: pl.DataFrame, fmt: str, out: str | Path | IO[str]) -> int:
    """Write ``frame`` to a path or a text stream; returns the number of events written."""
    if fmt == "jsonl":
        text_or_none = frame.write_ndjson(None if not isinstance(out, (str, Path)) else out)
        if text_or_none is not None:
            out.write(text_or_none)  # type: ignore[union-attr]
    elif fmt == "csv":
        flat = flat_for_csv(frame)
        text_or_none = flat.write_csv(None if not isinstance(out, (str, Path)) else out)
        if text_or_none is not None:
            out.write(text_or_none)  # type: ignore[union-attr]
    elif fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise ValueError("parquet needs a file")
        frame.write_parquet(out)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return frame.height
