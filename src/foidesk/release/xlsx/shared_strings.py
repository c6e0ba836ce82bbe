"""The shared string table, streamed: every distinct text in the workbook, by index.

Strings no cell uses are still in the file (a deleted cell's text can outlive the cell), so the
scanner records which indices the sheets use and checks the rest.
"""

from __future__ import annotations

from foidesk.release.ooxml.archive import SafeArchive
from foidesk.release.ooxml.markup import iterparse, q
from foidesk.release.xlsx.styles import RGB, TINY_FONT_PT, WHITE, contrast, run_colour

SI, T, R, RPR, RPH = (q("main", n) for n in ("si", "t", "r", "rPr", "rPh"))


class SharedStrings:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.used = bytearray()
        # index -> colour or size of a rich-text run that may vanish against its cell's fill
        self.faint_runs: dict[int, tuple[RGB | None, float | None, str]] = {}

    @classmethod
    def read(cls, archive: SafeArchive, part: str | None, theme: list[RGB]) -> SharedStrings:
        table = cls()
        if part is None or part not in archive:
            return table
        root = None
        with archive.open(part) as stream:
            for event, elem in iterparse(stream, part):
                if root is None:
                    root = elem
                if event != "end" or elem.tag != SI:
                    continue
                pieces: list[str] = []
                for child in elem:
                    if child.tag == T:
                        pieces.append(child.text or "")
                    elif child.tag == R:
                        text = "".join(t.text or "" for t in child.iter(T))
                        pieces.append(text)
                        colour, size = run_colour(child.find(RPR), theme)
                        faint = (size is not None and size < TINY_FONT_PT) or (
                            colour is not None and contrast(colour, WHITE) < 1.25
                        )
                        if faint and text.strip():
                            table.faint_runs[len(table.items)] = (colour, size, text)
                table.items.append("".join(pieces))
                root.clear()
        table.used = bytearray(len(table.items))
        return table

    def get(self, index_text: str | None) -> str:
        try:
            index = int(index_text or "")
        except ValueError:
            return ""
        if 0 <= index < len(self.items):
            self.used[index] = 1
            return self.items[index]
        return ""

    def unused(self) -> list[tuple[int, str]]:
        return [(i, s) for i, s in enumerate(self.items) if not self.used[i] and s.strip()]
