"""The pair view's heads name each side's file: two folders' ``nyt.txt`` compared showed
``nyt.txt`` over both columns, with no way to tell which was which. The heads now keep the
part of the folder that tells them apart, within the head's width."""

from __future__ import annotations

import dataclasses
import re

import pytest
from app_factory import build
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.column_header import ColumnHeads
from newsdiff.core.models import ArticleMeta, Comparison

LEFT = ["Water main bursts under Mill Street", "Crews closed the street on Thursday."]
RIGHT = ["Burst main shuts Mill Street", "Crews closed the street on Thursday."]


def _pair(left: str, right: str, outlet: str = "") -> Comparison:
    comparison = build(LEFT, RIGHT, links=[(1, 1, "shared", 100.0)], paths=(left, right))
    if not outlet:
        return comparison
    meta = ArticleMeta(outlet=outlet, date="2026-12-01")
    sides = [
        dataclasses.replace(side, article=dataclasses.replace(side.article, meta=meta))
        for side in (comparison.left, comparison.right)
    ]
    return dataclasses.replace(comparison, left=sides[0], right=sides[1])


async def _heads(comparison: Comparison, columns: int) -> str:
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(columns, 30)) as pilot:
        await pilot.pause()
        return app.screen.query_one(ColumnHeads).render().plain


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("outlet", ["", "Northshore Times"])
async def test_two_folders_files_of_one_name_are_told_apart(columns: int, outlet: str) -> None:
    comparison = _pair(
        "news/regional-desk-event-eight/nyt.txt",
        "news/regional-desk-event-nine/nyt.txt",
        outlet,
    )
    heads = await _heads(comparison, columns)
    shown = re.findall(r"(\S*\S/nyt\.txt)", heads)
    assert len(shown) == 2, heads  # a folder's part before each file name
    assert shown[0] != shown[1], heads
    assert "ght/nyt.txt" in shown[0] and "nine/nyt.txt" in shown[1], heads
    lines = heads.split("\n")
    assert all(len(line) <= columns for line in lines), heads


@pytest.mark.parametrize("columns", [80, 120])
async def test_files_of_different_names_keep_their_bare_names(columns: int) -> None:
    heads = await _heads(_pair("news/event-eight/nyt.txt", "news/event-nine/fox.txt"), columns)
    assert "nyt.txt" in heads and "fox.txt" in heads, heads
    assert "event-" not in heads, heads
