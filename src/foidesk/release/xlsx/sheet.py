"""One worksheet, streamed row by row in bounded memory: hidden rows and columns with data,
invisible cells, cells outside the print area, and personal data in any cell."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from foidesk.release.finding_log import FindingLog
from foidesk.release.findings import Finding, ScanError, ScanOptions
from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import iterparse, q, text_of
from foidesk.release.ooxml.rewrite import XML_ERRORS, safe_expat
from foidesk.release.personal_data import KIND as PERSONAL
from foidesk.release.personal_data import (
    excerpt,
    iter_matches,
    iter_piece_matches,
    restore_lost_zero,
)
from foidesk.release.xlsx.cells import Area, Runs, column_letters, parse_area, runs_of, split_ref
from foidesk.release.xlsx.shared_strings import SharedStrings
from foidesk.release.xlsx.styles import TINY_FONT_PT, Styles, contrast

C, ROW, V, IS, COL, SHEET_DATA, FORMAT, MERGE, HEADER_FOOTER = (
    q("main", n)
    for n in ("c", "row", "v", "is", "col", "sheetData", "sheetFormatPr", "mergeCell",
              "headerFooter")
)
# Rows lower than this (points) and columns narrower than this (characters) cannot be read.
MIN_ROW_HEIGHT = 1.5
MIN_COLUMN_WIDTH = 0.5
MAX_MERGES = 20_000


def row_is_hidden(hidden: str | None, height: str | None, by_default: bool) -> bool:
    """A row is out of sight when hidden, or so low its text cannot be read."""
    if hidden in ("1", "true"):
        return True
    if height is not None:
        try:
            return float(height) < MIN_ROW_HEIGHT
        except ValueError:
            return False
    return by_default


def column_is_hidden(hidden: str | None, width: str | None) -> bool:
    if hidden in ("1", "true"):
        return True
    try:
        return width is not None and float(width) < MIN_COLUMN_WIDTH
    except ValueError:
        return False


def merged_cover(merges: list[Area], col: int, row: int) -> Area | None:
    """The merged area that hides this cell (any cell of it but the top-left), if any."""
    for area in merges:
        if area.contains(col, row) and (col, row) != (area.min_col, area.min_row):
            return area
    return None
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "
E_C, E_V, E_T, E_IS, E_ROW, E_COL, E_FORMAT, E_MERGE = (
    MAIN + n for n in ("c", "v", "t", "is", "row", "col", "sheetFormatPr", "mergeCell")
)
E_PAGE_TEXT = frozenset(
    MAIN + n for n in ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader",
                       "firstFooter")
)


@dataclass(slots=True)
class _CellState:
    """Where the expat handlers are in the sheet."""

    row: int = 0
    row_hidden: bool = False
    last_col: int = 0
    ref: str | None = None
    style: str | None = None
    kind: str | None = None
    value: list[str] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)
    in_v: bool = False
    in_t: bool = False
    in_is: bool = False
    page: str = ""
    page_text: list[str] = field(default_factory=list)


SAMPLES = 5
BATCH_CHARS = 64 * 1024


@dataclass(slots=True)
class Samples:
    """Where something was found and a few of the values, for a finding's words."""

    refs: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, ref: str, value: str) -> None:
        self.count += 1
        if len(self.refs) < SAMPLES:
            self.refs.append(ref)
            self.values.append(value)

    def excerpt(self, prefix: str = "") -> str:
        return excerpt(prefix + "; ".join(v for v in self.values if v), 120)

    def where_refs(self) -> str:
        """`cell B2`, `cells B2, C5 and 3 more`."""
        more = f" and {self.count - len(self.refs)} more" if self.count > len(self.refs) else ""
        word = "cell" if self.count == 1 else "cells"
        return f"{word} " + ", ".join(self.refs) + more


@dataclass(slots=True)
class SheetSummary:
    """What the workbook-level checks (defined names) need to know about a sheet."""

    hidden_rows: Runs = field(default_factory=Runs)
    hidden_columns: set[int] = field(default_factory=set)
    cells: int = 0
    first_values: list[str] = field(default_factory=list)


class SheetScanner:
    def __init__(
        self,
        *,
        name: str,
        strings: SharedStrings,
        styles: Styles,
        print_area: list[Area] | None,
        options: ScanOptions,
        log: FindingLog,
    ) -> None:
        self.name = name
        self.label = f"sheet '{name}'"
        self.strings = strings
        self.styles = styles
        self.print_area = print_area or None
        self.options = options
        self.log = log
        self.summary = SheetSummary()
        self.hidden_data_rows = Runs()
        self.hidden_row_samples = Samples()
        self.hidden_col_data: set[int] = set()
        self.hidden_col_samples = Samples()
        self.invisible = Samples()
        self.invisible_reason = ""
        self.outside = Samples()
        self.rows_hidden_by_default = False
        self.pending: list[tuple[str, str]] = []
        self.pending_size = 0

    def scan(self, archive: SafeArchive, part: str) -> SheetSummary:
        """Stream the sheet with expat directly (no element tree: a cell costs a few calls)."""
        merges: list[Area] = []
        hidden_cols = self.summary.hidden_columns
        strings = self.strings
        state = _CellState()
        cells: list[tuple[int, str, str, int]] = []

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal cells
            if name == E_C:
                state.ref = attrs.get("r")
                state.style = attrs.get("s")
                state.kind = attrs.get("t")
                state.value = []
                state.inline = []
            elif name == E_V:
                state.in_v = True
            elif name == E_T:
                state.in_t = state.in_is
            elif name == E_IS:
                state.in_is = True
            elif name == E_ROW:
                r = attrs.get("r")
                state.row = int(r) if r and r.isdigit() else state.row + 1
                state.row_hidden = row_is_hidden(
                    attrs.get("hidden"), attrs.get("ht"), self.rows_hidden_by_default
                )
                if state.row_hidden:
                    self.summary.hidden_rows.add(state.row)
                cells = []
                state.last_col = 0
            elif name == E_COL:
                if column_is_hidden(attrs.get("hidden"), attrs.get("width")):
                    low = int(attrs.get("min", "1") or 1)
                    high = min(int(attrs.get("max", str(low)) or low), 16_384)
                    hidden_cols.update(range(low, high + 1))
            elif name == E_FORMAT:
                self.rows_hidden_by_default = attrs.get("zeroHeight") in ("1", "true")
            elif name == E_MERGE:
                area = parse_area(attrs.get("ref", ""))
                if area is not None and len(merges) < MAX_MERGES:
                    merges.append(area)
            elif name in E_PAGE_TEXT:
                state.page = name.rsplit(" ", 1)[-1]
                state.page_text = []

        def end(name: str) -> None:
            if name == E_V:
                state.in_v = False
            elif name == E_T:
                state.in_t = False
            elif name == E_IS:
                state.in_is = False
            elif name == E_C:
                ref = state.ref
                col = split_ref(ref)[0] if ref else state.last_col + 1
                state.last_col = col
                if state.inline:
                    value = "".join(state.inline)
                elif state.kind == "s":
                    value = strings.get("".join(state.value))
                elif state.kind in (None, "n"):
                    value = restore_lost_zero("".join(state.value))
                else:
                    value = "".join(state.value)
                if value:
                    if not ref:
                        ref = f"{column_letters(col)}{state.row}"
                    xf = state.style
                    cells.append((col, ref, value, int(xf) if xf and xf.isdigit() else 0))
            elif name == E_ROW:
                if cells:
                    self._row(state.row, state.row_hidden, cells, hidden_cols)
            elif state.page and name.endswith(" " + state.page):
                self._page_text(state.page, "".join(state.page_text))
                state.page = ""

        def text(data: str) -> None:
            if state.in_v:
                state.value.append(data)
            elif state.in_t:
                state.inline.append(data)
            elif state.page:
                state.page_text.append(data)

        parser = safe_expat()
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        with archive.open(part) as stream:
            try:
                while chunk := stream.read(1024 * 1024):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
            except XML_ERRORS as exc:
                raise ScanError(f"part {part} is not well-formed XML: {exc}") from exc
        if merges:
            self._under_merges(archive, part, merges)
        self._report()
        return self.summary

    def _under_merges(self, archive: SafeArchive, part: str, merges: list[Area]) -> None:
        """Values in merged cells other than the top-left are stored but never shown; the
        merges are listed after the cells, so this is a second pass, only when there are any."""
        sheet_data: Element | None = None
        with archive.open(part) as stream:
            for event, elem in iterparse(stream, part):
                if event == "start":
                    if elem.tag == SHEET_DATA:
                        sheet_data = elem
                    continue
                if elem.tag == C:
                    ref = elem.get("r")
                    if not ref:
                        continue
                    col, row = split_ref(ref)
                    area = merged_cover(merges, col, row)
                    if area is not None:
                        value = self._value(elem)
                        if value:
                            self.invisible_reason = (
                                self.invisible_reason or f"under merged cells {area.describe()}"
                            )
                            self.invisible.add(ref, value)
                elif elem.tag == ROW and sheet_data is not None:
                    sheet_data.clear()

    def _value(self, cell: Element) -> str:
        kind = cell.get("t")
        for child in cell:
            if child.tag == V:
                if kind == "s":
                    return self.strings.get(child.text)
                text = child.text or ""
                return restore_lost_zero(text) if kind in (None, "n") else text
            if child.tag == IS:
                return text_of(child)
        return ""

    def _row(
        self,
        row: int,
        hidden: bool,
        cells: list[tuple[int, str, str, int]],
        hidden_cols: set[int],
    ) -> None:
        summary = self.summary
        summary.cells += len(cells)
        if len(summary.first_values) < SAMPLES:
            summary.first_values.extend(c[2] for c in cells[: SAMPLES - len(summary.first_values)])
        invisible = self.styles.invisible
        for col, ref, value, xf in cells:
            if hidden:
                self.hidden_data_rows.add(row)
                self.hidden_row_samples.add(ref, value)
            if col in hidden_cols:
                self.hidden_col_data.add(col)
                self.hidden_col_samples.add(ref, value)
            if xf in invisible:
                self.invisible_reason = self.invisible_reason or invisible[xf]
                self.invisible.add(ref, value)
            elif self.strings.faint_runs and value:
                self._faint_run(ref, value, xf)
            if self.print_area is not None and not any(
                a.contains(col, row) for a in self.print_area
            ):
                self.outside.add(ref, value)
        self._personal_data(cells)

    def _faint_run(self, ref: str, value: str, xf: int) -> None:
        # Only shared strings carry rich-text runs; find this one by its text.
        for colour, size, text in self.strings.faint_runs.values():
            if text in value:
                fill = self.styles.fill(xf)
                if (size is not None and size < TINY_FONT_PT) or (
                    colour is not None and contrast(colour, fill) < 1.25
                ):
                    self.invisible_reason = self.invisible_reason or "a run of text in fill colour"
                    self.invisible.add(ref, text)
                return

    def _personal_data(self, cells: list[tuple[int, str, str, int]]) -> None:
        for _col, ref, value, _xf in cells:
            self.pending.append((value, ref))
            self.pending_size += len(value) + 1
        if self.pending_size > BATCH_CHARS:
            self._flush_personal_data()

    def _page_text(self, which: str, text: str) -> None:
        """Page headers and footers print on every page (`&L`, `&C`, `&R` mark their parts)."""
        words = re.sub(r"&(?:\"[^\"]*\"|[LCRKSUXYEBIOH]|\d+)", " ", text)
        place = {"odd": "page", "even": "even-page", "first": "first-page"}.get(
            which.replace("Header", "").replace("Footer", ""), "page"
        ) + (" header" if "Header" in which else " footer")
        for match in iter_matches(words, self.options):
            self.log.add(Finding(PERSONAL, f"{self.label} {place}",
                                 f"{match.label}: {excerpt(match.text)}"))

    def _flush_personal_data(self) -> None:
        for ref, match in iter_piece_matches(self.pending, self.options):
            if self.log.wants(PERSONAL):
                self.log.add(Finding(PERSONAL, f"{self.label} cell {ref}",
                                     f"{match.label}: {excerpt(match.text)}"))
            else:
                self.log.count(PERSONAL)
        self.pending = []
        self.pending_size = 0

    def _report(self) -> None:
        self._flush_personal_data()
        log, label = self.log, self.label
        if self.hidden_data_rows:
            rows = self.hidden_data_rows
            word = "row" if rows.runs == [[rows.runs[0][0]] * 2] else "rows"
            log.add(Finding("hidden_rows", f"{label} {word} {rows.describe()}",
                            self.hidden_row_samples.excerpt()))
        if self.hidden_col_data:
            cols = runs_of(self.hidden_col_data).describe(letters=True)
            word = "column" if len(self.hidden_col_data) == 1 else "columns"
            log.add(Finding("hidden_columns", f"{label} {word} {cols}",
                            self.hidden_col_samples.excerpt()))
        if self.invisible.count:
            log.add(Finding("invisible_text", f"{label} {self.invisible.where_refs()}",
                            self.invisible.excerpt(f"{self.invisible_reason}: ")))
        if self.outside.count and self.print_area:
            areas = ", ".join(a.describe() for a in self.print_area)
            log.add(Finding("outside_print_area",
                            f"{label} {self.outside.where_refs()} (print area {areas})",
                            self.outside.excerpt()))
