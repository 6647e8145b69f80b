/**
 * Normalises text for the provenance check: typographic quotes and dashes become plain ones and
 * runs of whitespace one space, so a copied paragraph matches its seed whatever the typography.
 */
export function normalizeForMatch(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/[\u200B-\u200D\uFEFF]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}
