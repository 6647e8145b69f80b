// app.html applies saved preferences before the first paint with its own copy of the values:
// this keeps that copy and reading-prefs.ts from drifting apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINE_SPACINGS, PREFS_MIRROR_KEY, TEXT_SIZES, cleanPrefs } from './reading-prefs';

const appHtml = readFileSync('src/app.html', 'utf8');

describe('the first-paint mirror in app.html', () => {
	it('uses the same storage key, text sizes and line spacings', () => {
		expect(appHtml).toContain(`localStorage.getItem('${PREFS_MIRROR_KEY}')`);
		expect(appHtml).toContain(`var sizes = [${TEXT_SIZES.join(', ')}];`);
		const leading = Object.entries(LINE_SPACINGS)
			.map(([name, value]) => `${name}: ${value}`)
			.join(', ');
		expect(appHtml).toContain(`var leading = { ${leading} };`);
	});
});

describe('cleanPrefs', () => {
	it('keeps valid values and replaces damaged ones with defaults', () => {
		expect(cleanPrefs({ size: 3, spacing: 'loose', theme: 'dark', font: 'system' })).toEqual({
			size: 3,
			spacing: 'loose',
			theme: 'dark',
			font: 'system'
		});
		expect(cleanPrefs({ size: 99, spacing: 'huge', theme: 'neon', font: 7 })).toEqual({
			size: 1,
			spacing: 'normal',
			theme: 'system',
			font: 'legible'
		});
		expect(cleanPrefs('not an object')).toEqual(cleanPrefs(undefined));
	});
});
