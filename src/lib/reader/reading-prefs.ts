// Reading comfort preferences: their values, defaults and how they are applied to the page.

export const TEXT_SIZES = [0.9, 1, 1.125, 1.25, 1.45] as const;
export const LINE_SPACINGS = { compact: 1.45, normal: 1.65, loose: 1.95 } as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['legible', 'system'] as const;

export type LineSpacing = keyof typeof LINE_SPACINGS;
export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type ReadingPrefs = { size: number; spacing: LineSpacing; theme: Theme; font: Font };

export const DEFAULT_PREFS: ReadingPrefs = {
	size: 1,
	spacing: 'normal',
	theme: 'system',
	font: 'legible'
};

// a copy in localStorage lets app.html apply them before the first paint (no flash, no shift)
export const PREFS_MIRROR_KEY = 'parallax.readingPrefs';

/** Keeps only valid values, so a damaged stored value never breaks the page. */
export function cleanPrefs(value: unknown): ReadingPrefs {
	const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<ReadingPrefs>;
	return {
		size:
			Number.isInteger(v.size) && v.size! >= 0 && v.size! < TEXT_SIZES.length
				? v.size!
				: DEFAULT_PREFS.size,
		spacing: v.spacing && v.spacing in LINE_SPACINGS ? v.spacing : DEFAULT_PREFS.spacing,
		theme: THEMES.includes(v.theme as Theme) ? (v.theme as Theme) : DEFAULT_PREFS.theme,
		font: FONTS.includes(v.font as Font) ? (v.font as Font) : DEFAULT_PREFS.font
	};
}

/** Sets the attributes and variables the stylesheet reads. */
export function applyPrefs(
	prefs: ReadingPrefs,
	root: HTMLElement = document.documentElement
): void {
	if (prefs.theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = prefs.theme;
	root.dataset.font = prefs.font;
	root.style.setProperty('--reader-scale', String(TEXT_SIZES[prefs.size]));
	root.style.setProperty('--reader-leading', String(LINE_SPACINGS[prefs.spacing]));
}
