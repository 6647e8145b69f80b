import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GlossaryName from './GlossaryName.svelte';

// the markup without Svelte's hydration comments
const html = (name: Parameters<typeof GlossaryName>[1]['name']) =>
	render(GlossaryName, { props: { name } }).body.replace(/<!--[^]*?-->/g, '');

describe('GlossaryName', () => {
	it('shows a name without its own form as before', () => {
		expect(html({ name: 'Lachin corridor', usedBy: 'Common usage' })).toBe(
			'<strong>Lachin corridor</strong> — Common usage'
		);
	});

	it('gives a different own form in brackets, in its language', () => {
		const name = { name: 'Artsakh', usedBy: 'Armenian usage' };
		expect(html({ ...name, native: { text: 'Արցախ', lang: 'hy' } })).toBe(
			'<strong>Artsakh</strong> (<span lang="hy">Արցախ</span>) — Armenian usage'
		);
	});

	it('puts the language on the name itself when it is already the own form', () => {
		const name = { name: 'Xocalı', usedBy: 'Azerbaijani spelling' };
		expect(html({ ...name, native: { text: 'Xocalı', lang: 'az' } })).toBe(
			'<strong lang="az">Xocalı</strong> — Azerbaijani spelling'
		);
	});
});
