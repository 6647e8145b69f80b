import { describe, expect, it } from 'vitest';
import { assignmentLink, decodeAssignment } from './link';
import { assignmentProblem } from './link-check';
import { encodeAssignment } from './link-encode';
import { MAX_INSTRUCTIONS, MAX_LESSONS, MAX_TITLE } from './link-limits';
import { frameLinkData, packLinkPayload } from './link-v1';

import type { AssignmentSpec } from '$lib/model';

import { ORIGIN, spec, compact, expectProblem, opened } from './test-links';

describe('format 1 links, as earlier versions made them', () => {
	// made by the app before format 2, and printed on sheets that are still in classrooms
	const OLD_LINK =
		'https://parallax.example.org/assignment#1.6z.2a936b81.Pc69TsMwFAbQV7G--RrFNinEr8CG2KIM_rmV0yY2dZyGCvHuDEiMZzvfmGFxNV_DTa8vzoNwh9WEBouPowgXQtlz20Q5i7dULm55gLDAjiOuf5ZqGDQIp6iMiuf-mf0JhDXIVA9Z-cKhcQQhrJ8y76vnumGiEYsLac4ylFrnWKrUnTYgaH71Winfe9VjmggZFu_sovClpf8RiZY4C5e3g6vgO9eHuO28tbnkJxAiLHRnlOx6aToQEqz6-QU';

	it('still open, whole, without the lessons on the device', async () => {
		const expected: AssignmentSpec = {
			id: 'k3x9q2m7ab',
			version: 2,
			title: 'Two accounts of Khojaly',
			instructions: 'Read both accounts, then answer every question.',
			due: '2031-05-30',
			lessons: [
				{ id: 'khojaly-1992', hash: '6d131df54eb6', required: ['mc-hrw-rejected', 'cmp-numbers'] },
				{ id: 'lachin-corridor-2023', hash: '2e8b211b5b15', required: [] }
			],
			hideComments: true
		};
		expect(await decodeAssignment(OLD_LINK)).toEqual({ ok: true, assignment: expected });
		expect(await opened(OLD_LINK, { ids: [], stored: () => undefined })).toEqual(expected);
	});

	const many: AssignmentSpec['lessons'] = Array.from({ length: MAX_LESSONS }, (_, i) => ({
		id: `lesson-${i}`,
		hash: i.toString(16).padStart(12, '0'),
		required: Array.from({ length: 10 }, (_, q) => `q-${q}`)
	}));
	const examples: [string, AssignmentSpec][] = [
		['a typical assignment', spec()],
		[
			'unicode title and instructions',
			spec({
				title: 'Şuşa / Շուշի — two names, one town 🏔️',
				instructions: 'Oxuyun.\nԿարդացեք։\n«Compare» the “accounts” — 10 minutes.\u0000 end',
				hideComments: true
			})
		],
		['no due date and no instructions', spec({ due: null, instructions: '' })],
		['many lessons', spec({ lessons: many, version: 17 })],
		[
			'the longest title and instructions',
			spec({ title: 'T'.repeat(MAX_TITLE), instructions: 'é'.repeat(MAX_INSTRUCTIONS) })
		]
	];

	it.each(examples)('round-trip %s', async (_name, original) => {
		// without the teacher's lessons the encoder still writes format 1
		const payload = await encodeAssignment(original);
		expect(payload).toMatch(/^1\.[0-9a-z]+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
		const [, length, , data] = payload.split('.');
		expect(parseInt(length!, 36)).toBe(data!.length);
		expect(await decodeAssignment(payload)).toEqual({ ok: true, assignment: original });
	});

	it('reads the fragment with its #, with copy-paste whitespace, or as the whole link', async () => {
		const payload = await encodeAssignment(spec());
		const link = assignmentLink(ORIGIN, payload);
		expect(link).toBe(`${ORIGIN}/assignment#${payload}`);
		const wrapped = `${payload.slice(0, 40)}\n  ${payload.slice(40)}`;
		for (const fragment of [`#${payload}`, `${payload}\n`, ` #${payload}\r\n`, link, wrapped]) {
			expect(await decodeAssignment(fragment)).toEqual({ ok: true, assignment: spec() });
		}
	});

	it('refuses to encode an assignment the decoder would refuse, naming the field', async () => {
		await expect(encodeAssignment(spec({ title: '   ' }))).rejects.toThrow(/title/);
		await expect(encodeAssignment(spec({ lessons: [] }))).rejects.toThrow(/lessons/);
		await expect(encodeAssignment(spec({ due: '2024-02-30' }))).rejects.toThrow(/due/);
		await expect(encodeAssignment(spec({ id: 'Not An Id' }))).rejects.toThrow(/into a link: id:/);
	});
});

describe('decodeAssignment refusals of format 1 links and other text', () => {
	it('says an empty link has no assignment', async () => {
		for (const fragment of ['', '#', '  \n', `${ORIGIN}/assignment#`, `${ORIGIN}/a#`]) {
			expectProblem(await decodeAssignment(fragment), 'empty', /no assignment in it/);
		}
	});

	it('says a link cut off at any point is cut off', async () => {
		const payload = await encodeAssignment(spec());
		for (let end = 1; end < payload.length; end++) {
			const check = await decodeAssignment(payload.slice(0, end));
			expectProblem(check, 'truncated', /cut off: it is missing its end\. Copy the whole link/);
		}
	});

	it('says a changed character in the data means the link was changed or damaged', async () => {
		const payload = await encodeAssignment(spec());
		const start = payload.lastIndexOf('.') + 1;
		for (const at of [
			start,
			start + 7,
			Math.floor((start + payload.length) / 2),
			payload.length - 1
		]) {
			const swapped = payload[at] === 'A' ? 'B' : 'A';
			const changed = payload.slice(0, at) + swapped + payload.slice(at + 1);
			expectProblem(await decodeAssignment(changed), 'damaged', /changed or damaged.*checksum/);
		}
	});

	it('says a wrong checksum or a link longer than it says means damage', async () => {
		const payload = await encodeAssignment(spec());
		const [version, length, checksum, data] = payload.split('.') as [
			string,
			string,
			string,
			string
		];
		const flipped = checksum.replace(/^./, (c) => (c === '0' ? '1' : '0'));
		const wrongChecksum = [version, length, flipped, data].join('.');
		expectProblem(await decodeAssignment(wrongChecksum), 'damaged', /checksum does not match/);
		expectProblem(await decodeAssignment(`${payload}AB`), 'damaged', /longer than it should be/);
		expectProblem(await decodeAssignment(`${payload}.x`), 'damaged', /changed or damaged/);
		expectProblem(await decodeAssignment(`${payload.slice(0, -1)}*`), 'damaged', /damaged/);
	});

	it('asks for an update when a dotted link has a format above 1', async () => {
		expectProblem(await decodeAssignment('3.whatever'), 'newer', /link format 3/);
	});

	it('says other text is not an assignment link', async () => {
		for (const garbage of ['hello', 'https://example.org/page', '0.1.2.3', 'x.y', '7', '🙂.🙂']) {
			expectProblem(
				await decodeAssignment(garbage),
				'not-an-assignment',
				/not a Parallax assignment/
			);
		}
	});

	it('names the field when a well-checksummed link holds the wrong shape', async () => {
		const cases: [string, RegExp][] = [
			[compact({ t: undefined }), /title: expected text of 1 to 200 characters, got nothing/],
			[compact({ l: [['lachin', 'XYZ']] }), /lessons\[0\]\.hash: expected 6 to 12 lowercase hex/],
			[compact({ d: '2024-02-30' }), /due: expected a date/],
			[compact({ v: 0 }), /version: expected a whole number of 1 or more/],
			[compact({ n: 'x'.repeat(MAX_INSTRUCTIONS + 1) }), /instructions: .*2001 characters/],
			[compact({ h: 'yes' }), /hideComments: expected true or false/],
			[
				compact({
					l: [
						['a', '0123456789ab'],
						['a', '0123456789ab']
					]
				}),
				/lessons\[1\]\.id: "a" is listed twice/
			],
			[compact({ l: [['a', '0123456789ab', 'q-1', 7]] }), /lessons\[0\]\.required\[1\]/],
			[compact({ l: 'lachin' }), /lessons: expected a list/],
			['[1,2,3]', /the assignment: expected an object/],
			['{"i":', /not an assignment/],
			[`{"i":"a","l":${'['.repeat(5000)}${']'.repeat(5000)}}`, /not an assignment/]
		];
		for (const [json, words] of cases) {
			const check = await decodeAssignment(await packLinkPayload(json));
			expectProblem(check, 'damaged', words);
			if (!check.ok) expect(check.message).toMatch(/Ask your teacher for a new link/);
		}
	});

	it('says so when the data is not deflate, or not UTF-8', async () => {
		// a stored deflate block holding the one byte ff, which is not UTF-8
		const notUtf8 = 'AQEA_v__';
		for (const data of ['', 'AAAA', '____', 'abc', notUtf8]) {
			const check = await decodeAssignment(await frameLinkData(data));
			expectProblem(check, 'damaged', /cannot be unpacked/);
		}
	});

	it('stops unpacking a deflate bomb instead of freezing the tab', async () => {
		const bomb = await packLinkPayload(`{"t":"${'a'.repeat(5_000_000)}"}`);
		expect(bomb.length).toBeLessThan(20_000);
		expectProblem(await decodeAssignment(bomb), 'damaged', /far more than an assignment holds/);
	});
});

describe('assignmentProblem', () => {
	it('passes a valid assignment and names the first wrong field', () => {
		expect(assignmentProblem(spec())).toBeUndefined();
		expect(assignmentProblem(spec({ due: '2025-13-01' }))).toMatch(/^due:/);
		expect(assignmentProblem({ ...spec(), hideComments: undefined })).toMatch(/^hideComments:/);
		const tooMany = Array.from({ length: 101 }, (_, i) => `q-${i}`);
		expect(
			assignmentProblem(spec({ lessons: [{ id: 'a', hash: '0123456789ab', required: tooMany }] }))
		).toMatch(/^lessons\[0\]\.required: expected a list of at most 100/);
	});
});
