import { getLocale } from '$lib/i18n/runtime';
import { m } from '$lib/paraglide/messages';

// kept apart from storage.ts, which the lesson page loads: only the settings page shows sizes
const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size in the interface's language: "512 bytes", "2.5 MB", "2,5 МБ" (CLDR's units, via Intl). */
export function formatBytes(bytes: number | undefined): string {
	if (bytes === undefined) return m.settings_storage_unknown();
	let value = bytes;
	let unit: 'byte' | (typeof UNITS)[number] = 'byte';
	for (const next of UNITS) {
		if (value < 1024) break;
		value /= 1024;
		unit = next;
	}
	const digits = unit !== 'byte' && value < 10 ? 1 : 0;
	return value.toLocaleString(getLocale(), {
		style: 'unit',
		unit,
		unitDisplay: unit === 'byte' ? 'long' : 'short',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		useGrouping: false
	});
}
