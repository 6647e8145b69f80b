import { describe, expect, it } from 'vitest';
import {
	LINK_VERSION,
	MAX_INSTRUCTIONS,
	MAX_LESSONS,
	MAX_TITLE,
	assignmentLink,
	assignmentProblem,
	decodeAssignment,
	encodeAssignment,
	frameLinkData,
	packLinkPayload,
	type LinkCheck,
	type LinkProblem
} from './link';
import type { AssignmentSpec } from './types';

const ORIGIN = 'https://parallax.example.org';

function spec(overrides: Partial<AssignmentSpec> = {}): AssignmentSpec {
	return {
		id: 'k3x9-q2m7',
		version: 1,
		title: 'The Lachin corridor',
		instructions: 'Read both accounts, then answer the starred questions.',
		due: '2024-09-30',
		lessons: [
			{ id: 'lachin-corridor', hash: '0123456789ab', required: ['q-1', 'q-2', 'q-5'] },
			{ id: 'khojaly-1992', hash: 'abcdef012345', required: [] },
			{ id: 'shusha-1992', hash: '9f8e7d6c5b4a', required: ['q-1', 'q-3'] },
			{ id: 'sumgait-1988', hash: '00ff00ff00ff', required: ['q-4'] }
		],
		hideComments: false,
		...overrides
	};
}

// the compact JSON that encodeAssignment writes, to build links the encoder would refuse
const compact = (overrides: Record<string, unknown> = {}) =>
	JSON.stringify({
		i: 'k3x9',
		v: 1,
		t: 'A title',
		l: [['lachin', '0123456789ab', 'q-1']],
		...overrides
	});

function expectProblem(check: LinkCheck, problem: LinkProblem, words: RegExp): void {
	expect(check.ok).toBe(false);
	if (check.ok) return;
	expect(check.problem).toBe(problem);
	expect(check.message).toMatch(words);
}

describe('encodeAssignment and decodeAssignment', () => {
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

	it.each(examples)('round-trips %s', async (_name, original) => {
		const payload = await encodeAssignment(original);
		expect(payload).toMatch(/^1\.[0-9a-z]+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
		const [, length, , data] = payload.split('.');
		expect(parseInt(length!, 36)).toBe(data!.length);
		expect(await decodeAssignment(payload)).toEqual({ ok: true, spec: original });
	});

	it('reads the fragment with its #, with copy-paste whitespace, or as the whole link', async () => {
		const payload = await encodeAssignment(spec());
		const link = assignmentLink(ORIGIN, payload);
		expect(link).toBe(`${ORIGIN}/assignment#${payload}`);
		const wrapped = `${payload.slice(0, 40)}\n  ${payload.slice(40)}`;
		for (const fragment of [`#${payload}`, `${payload}\n`, ` #${payload}\r\n`, link, wrapped]) {
			expect(await decodeAssignment(fragment)).toEqual({ ok: true, spec: spec() });
		}
	});

	it('keeps a typical four-lesson link short enough for a QR code', async () => {
		const link = assignmentLink(ORIGIN, await encodeAssignment(spec()));
		expect(link.length).toBeLessThan(600);
	});

	it('refuses to encode an assignment the decoder would refuse, naming the field', async () => {
		await expect(encodeAssignment(spec({ title: '   ' }))).rejects.toThrow(/title/);
		await expect(encodeAssignment(spec({ lessons: [] }))).rejects.toThrow(/lessons/);
		await expect(encodeAssignment(spec({ due: '2024-02-30' }))).rejects.toThrow(/due/);
		await expect(encodeAssignment(spec({ id: 'Not An Id' }))).rejects.toThrow(/into a link: id:/);
	});
});

describe('decodeAssignment refusals', () => {
	it('says an empty link has no assignment', async () => {
		for (const fragment of ['', '#', '  \n', `${ORIGIN}/assignment#`]) {
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

	it('asks for an update when the link is from a newer Parallax', async () => {
		const payload = await encodeAssignment(spec());
		const newer = `${LINK_VERSION + 1}${payload.slice(String(LINK_VERSION).length)}`;
		expectProblem(
			await decodeAssignment(newer),
			'newer',
			/newer version of Parallax \(link format 2\)\. Update the app/
		);
		expectProblem(await decodeAssignment('2.whatever'), 'newer', /link format 2/);
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
			[compact({ l: [['lachin', 'XYZ']] }), /lessons\[0\]\.hash: expected 12 lowercase hex/],
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
			['{"i":', /not an assignment/]
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
