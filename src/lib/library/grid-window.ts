/** Which rows of a grid to render, and the space that stands in for the rows left out. */
export type GridWindow = { first: number; last: number; before: number; after: number };

export type GridGeometry = {
	count: number;
	columns: number;
	// one row's height plus the gap below it
	rowPitch: number;
	gap: number;
	// the list's top edge relative to the viewport (negative once scrolled past)
	listTop: number;
	viewportHeight: number;
	// rows rendered beyond each edge, so Tab and fast scrolling find cards ready
	overscanRows: number;
};

/** Items [first, last) cover the viewport; before/after are the heights of the rows skipped. */
export function gridWindow(g: GridGeometry): GridWindow {
	const rows = Math.ceil(g.count / Math.max(1, g.columns));
	if (rows === 0 || g.rowPitch <= 0) return { first: 0, last: g.count, before: 0, after: 0 };
	const clamp = (row: number) => Math.min(rows, Math.max(0, row));
	const firstRow = clamp(Math.floor(-g.listTop / g.rowPitch) - g.overscanRows);
	const lastRow = Math.max(
		firstRow,
		clamp(Math.ceil((g.viewportHeight - g.listTop) / g.rowPitch) + g.overscanRows)
	);
	const skippedAfter = rows - lastRow;
	return {
		first: firstRow * g.columns,
		last: Math.min(g.count, lastRow * g.columns),
		before: firstRow * g.rowPitch,
		// the last row has no gap below it
		after: skippedAfter > 0 ? skippedAfter * g.rowPitch - (lastRow === firstRow ? g.gap : 0) : 0
	};
}

/** How many columns `repeat(auto-fill, minmax(min(100%, min), 1fr))` makes in `width`. */
export function autoFillColumns(width: number, minColumn: number, gap: number): number {
	return Math.max(1, Math.floor((width + gap) / (minColumn + gap)));
}
