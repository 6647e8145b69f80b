import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/files/sha256';
import { canonicalJson } from './canonical';

describe('canonicalJson', () => {
	it('sorts keys at every depth and keeps arrays in order', () => {
		const a = { b: 1, a: { z: [3, 1, { y: 2, x: 1 }], c: 'é' } };
		const b = { a: { c: 'é', z: [3, 1, { x: 1, y: 2 }] }, b: 1 };
		expect(canonicalJson(a)).toBe('{"a":{"c":"é","z":[3,1,{"x":1,"y":2}]},"b":1}');
		expect(canonicalJson(b)).toBe(canonicalJson(a));
	});

	it('drops undefined members and writes undefined in arrays as null, like JSON.stringify', () => {
		const value = { a: undefined, b: [undefined, 1], c: null };
		expect(canonicalJson(value)).toBe('{"b":[null,1],"c":null}');
		expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
	});

	it('reads the same after a JSON round trip, whatever the spacing or key order', () => {
		const value = { text: 'line\n"quoted"\u0000', n: -0, big: 1e21, list: [{ b: 2, a: 1 }] };
		const reparsed: unknown = JSON.parse(JSON.stringify(value, null, 2));
		expect(canonicalJson(reparsed)).toBe(canonicalJson(value));
	});

	it('writes a Date as JSON.stringify does', () => {
		const when = new Date(Date.UTC(2024, 8, 30, 14, 5));
		expect(canonicalJson({ when })).toBe('{"when":"2024-09-30T14:05:00.000Z"}');
	});
});

describe('sha256Hex', () => {
	it('hashes the UTF-8 bytes', async () => {
		expect(await sha256Hex('')).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		// é is two bytes in UTF-8 (c3 a9); Latin-1's single byte e9 would hash to de2e331d…
		expect(await sha256Hex('é')).toBe(
			'4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c'
		);
	});
});
