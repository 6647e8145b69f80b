import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
	LINK_VERSION,
	assignmentLink,
	decodeAssignment,
	lessonRef,
	matchLessons,
	specOf,
	type DeviceLessons,
	type LinkCheck,
	type LinkProblem,
	type LinkedAssignment,
	type TeacherLessons
} from './link';
import { assignmentProblem } from './link-check';
import { encodeAssignment } from './link-encode';
import { MAX_INSTRUCTIONS, MAX_LESSONS, MAX_TITLE } from './link-limits';
import { frameLinkData, packLinkPayload } from './link-v1';
import { QR_OPTIONS } from './teacher/qr-path';
import type { AssignmentSpec } from '$lib/model';

const ORIGIN = 'https://parallax.example.org';

// the real library's lessons: their ids, pack hashes and number of questions
const LIBRARY = [
	{ id: 'execution-video-2022', hash: '7ed09f9aea74', questions: 19 },
	{ id: 'khojaly-1992', hash: '6d131df54eb6', questions: 22 },
	{ id: 'lachin-corridor-2023', hash: '2e8b211b5b15', questions: 17 },
	{ id: 'news-opinion-comments', hash: 'cfcdd2c4f293', questions: 19 }
].map((lesson) => ({
	...lesson,
	questionIds: Array.from({ length: lesson.questions }, (_, i) => `${lesson.id}-q${i + 1}`)
}));
const questionsOf = (id: string) => LIBRARY.find((l) => l.id === id)?.questionIds;

// the teacher's device: every lesson of the library, downloaded
const teacher: TeacherLessons = { ids: LIBRARY.map((l) => l.id), questions: questionsOf };
// a student's device with the same library
const student = (overrides: Partial<DeviceLessons> = {}): DeviceLessons => ({
	ids: LIBRARY.map((l) => l.id),
	stored: (id) => {
		const lesson = LIBRARY.find((l) => l.id === id);
		return lesson && { hash: `${lesson.hash}${'0'.repeat(52)}`, questions: lesson.questionIds };
	},
	...overrides
});

// instructions of 200 characters, written as a teacher would (not taken from the link's primer)
const INSTRUCTIONS =
	'Before Thursday, read the four lessons in order. For each one, write a short paragraph: what ' +
	"happened, who says so, and how sure can we be? Don't copy sentences from the texts; use words.";

/** The typical assignment: four lessons with every question required (the builder's default). */
function typical(overrides: Partial<AssignmentSpec> = {}): AssignmentSpec {
	return {
		id: 'k3x9q2m7ab',
		version: 1,
		title: 'Two accounts of the same events',
		instructions: INSTRUCTIONS,
		due: '2031-05-30',
		lessons: LIBRARY.map((l) => ({ id: l.id, hash: l.hash, required: [...l.questionIds] })),
		hideComments: false,
		...overrides
	};
}

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

// the compact JSON of format 1, to build links the encoder would refuse
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

/** Decodes a link and matches it against a device, as the student's link page does. */
async function opened(link: string, device = student()): Promise<AssignmentSpec | undefined> {
	const check = await decodeAssignment(link);
	if (!check.ok) throw new Error(check.message);
	return specOf(check.assignment, matchLessons(check.assignment, device));
}

async function linked(link: string): Promise<LinkedAssignment> {
	const check = await decodeAssignment(link);
	if (!check.ok) throw new Error(check.message);
	return check.assignment;
}

describe('format 2 links', () => {
	it('fit the typical assignment in a numeric QR code of version 10 or less at level M', async () => {
		const original = typical();
		const link = assignmentLink(ORIGIN, await encodeAssignment(original, teacher));
		expect(link).toMatch(new RegExp(`^${ORIGIN}/a#${LINK_VERSION}\\d+$`));
		const qr = create(link, QR_OPTIONS);
		expect(qr.errorCorrectionLevel.bit).toBe(0); // M
		expect(qr.version).toBeLessThanOrEqual(10);
		// the origin is bytes; everything after '#' is in the QR code's numeric mode
		const payload = qr.segments.at(-1)!;
		expect(payload.mode.id).toBe('Numeric');
		expect(String((payload as unknown as { data: string }).data)).toBe(link.split('#')[1]);
		expect(await opened(link)).toEqual(original);
		console.log(`typical assignment: ${link.length} characters, QR version ${qr.version}`);
	});

	it('keep the typical assignment within version 10 when some questions are optional', async () => {
		const original = typical({
			hideComments: true,
			lessons: LIBRARY.map((l) => ({
				id: l.id,
				hash: l.hash,
				required: l.questionIds.filter((_, i) => i % 3 !== 1)
			}))
		});
		const link = assignmentLink(ORIGIN, await encodeAssignment(original, teacher));
		expect(create(link, QR_OPTIONS).version).toBeLessThanOrEqual(10);
		expect(await opened(link)).toEqual(original);
	});

	const many = Array.from({ length: MAX_LESSONS }, (_, i) => ({
		id: `lesson-${i}`,
		hash: i.toString(16).padStart(12, '0'),
		questionIds: Array.from({ length: 30 }, (_, q) => `q-${q}`)
	}));
	const manyTeacher: TeacherLessons = {
		ids: many.map((l) => l.id),
		questions: (id) => many.find((l) => l.id === id)?.questionIds
	};
	const manyStudent: DeviceLessons = {
		ids: many.map((l) => l.id),
		stored: (id) => {
			const lesson = many.find((l) => l.id === id);
			return lesson && { hash: `${lesson.hash}ffff`, questions: lesson.questionIds };
		}
	};
	const examples: [string, AssignmentSpec][] = [
		[
			'unicode title and instructions',
			typical({
				title: 'Şuşa / Շուշի — two names, one town 🏔️',
				instructions: 'Oxuyun.\nԿարդացեք։\n«Compare» the “accounts” — 10 minutes.\u0000 end',
				hideComments: true
			})
		],
		['no due date and no instructions', typical({ due: null, instructions: '' })],
		['a due date before 2000', typical({ due: '1999-12-31', version: 12_345 })],
		['no required questions', typical({ lessons: [{ ...typical().lessons[0]!, required: [] }] })],
		[
			'the longest title and instructions',
			typical({ title: 'T'.repeat(MAX_TITLE), instructions: 'é'.repeat(MAX_INSTRUCTIONS) })
		]
	];
	it.each(examples)('round-trip %s', async (_name, original) => {
		const payload = await encodeAssignment(original, teacher);
		expect(payload).toMatch(/^2\d+$/);
		expect(await opened(payload)).toEqual(original);
	});

	it('round-trip fifty lessons with some questions required', async () => {
		const original = typical({
			id: 'a-b-c',
			lessons: many.map((l, i) => ({
				id: l.id,
				hash: l.hash,
				required: l.questionIds.slice(i % 7)
			}))
		});
		const payload = await encodeAssignment(original, manyTeacher);
		expect(await opened(payload, manyStudent)).toEqual(original);
	});

	it('name a lesson in full when its reference is not unique in the teacher’s library', async () => {
		// FNV-1a collides for these two ids: the student's device could not tell them apart
		const [a, b] = ['costarring', 'liquid'];
		expect(lessonRef(a!)).toBe(lessonRef(b!));
		const original = typical({ lessons: [{ id: a!, hash: '0123456789ab', required: [] }] });
		const ids = [...teacher.ids, a!, b!];
		const payload = await encodeAssignment(original, { ids, questions: () => [] });
		const [lesson] = (await linked(payload)).lessons;
		expect(lesson?.id).toBe(a);
		expect(lesson?.ref).toBeUndefined();
		const device = student({ ids, stored: () => ({ hash: '0123456789ab', questions: [] }) });
		expect(await opened(payload, device)).toEqual(original);
	});

	it('fall back to format 1 when a required question is not in the teacher’s copy', async () => {
		const original = typical();
		const payload = await encodeAssignment(original, { ...teacher, questions: () => ['q-1'] });
		expect(payload).toMatch(/^1\./);
		expect(assignmentLink(ORIGIN, payload)).toBe(`${ORIGIN}/assignment#${payload}`);
		expect(await opened(payload)).toEqual(original);
	});

	it('need the lessons on the device before they become an assignment', async () => {
		const link = assignmentLink(ORIGIN, await encodeAssignment(typical(), teacher));
		const assignment = await linked(link);
		expect(assignment.lessons.map((l) => l.ref)).toEqual(LIBRARY.map((l) => lessonRef(l.id)));
		expect(assignment.lessons.map((l) => l.hash)).toEqual(LIBRARY.map((l) => l.hash.slice(0, 6)));
		// no catalog yet: the lessons are not known at all
		const empty = matchLessons(assignment, { ids: [], stored: () => undefined });
		expect(empty).toEqual(LIBRARY.map(() => ({ id: undefined, assigned: undefined })));
		expect(specOf(assignment, empty)).toBeUndefined();
		// the catalog, but the lessons not downloaded: known by id, questions still unknown
		const listed = matchLessons(assignment, student({ stored: () => undefined }));
		expect(listed.map((m) => m.id)).toEqual(LIBRARY.map((l) => l.id));
		expect(specOf(assignment, listed)).toBeUndefined();
	});

	it('keep the teacher’s hash prefix when the student has a different version', async () => {
		const original = typical({
			lessons: [{ id: 'khojaly-1992', hash: '6d131df54eb6', required: ['khojaly-1992-q2'] }]
		});
		const payload = await encodeAssignment(original, teacher);
		const other = student({
			stored: () => ({ hash: 'ffffff000000', questions: ['khojaly-1992-q1', 'khojaly-1992-q2'] })
		});
		const opened2 = await opened(payload, other);
		// the question at the same place is required; the hash says the versions differ
		expect(opened2?.lessons).toEqual([
			{ id: 'khojaly-1992', hash: '6d131d', required: ['khojaly-1992-q2'] }
		]);
	});

	it('read the link with its #, copy-paste whitespace, a full stop after it, or whole', async () => {
		const payload = await encodeAssignment(typical(), teacher);
		const link = assignmentLink(ORIGIN, payload);
		const wrapped = `${link.slice(0, 60)}\n  ${link.slice(60)}`;
		for (const fragment of [`#${payload}`, `${payload}\n`, `${link}.`, ` ${link})\r\n`, wrapped]) {
			expect(await opened(fragment)).toEqual(typical());
		}
	});
});

describe('format 2 refusals', () => {
	it('says a link cut off at any point is cut off', async () => {
		const payload = await encodeAssignment(typical(), teacher);
		for (let end = 1; end < payload.length; end++) {
			const check = await decodeAssignment(payload.slice(0, end));
			expectProblem(check, 'truncated', /cut off: it is missing its end\. Copy the whole link/);
		}
	});

	it('says a changed digit means the link was changed or damaged', async () => {
		const payload = await encodeAssignment(typical(), teacher);
		// after the format and the byte count: a changed count reads as cut off or too long
		for (const at of [5, 6, 12, Math.floor(payload.length / 2), payload.length - 1]) {
			const swapped = payload[at] === '7' ? '3' : '7';
			const changed = payload.slice(0, at) + swapped + payload.slice(at + 1);
			expectProblem(await decodeAssignment(changed), 'damaged', /changed or damaged/);
		}
		expectProblem(await decodeAssignment(`${payload}12`), 'damaged', /longer than it should be/);
		expectProblem(await decodeAssignment(`${payload.slice(0, -1)}x`), 'damaged', /damaged/);
	});

	it('asks for an update when the link is from a newer Parallax', async () => {
		const payload = await encodeAssignment(typical(), teacher);
		const newer = `${LINK_VERSION + 1}${payload.slice(1)}`;
		expectProblem(
			await decodeAssignment(newer),
			'newer',
			/newer version of Parallax \(link format 3\)\. Update the app/
		);
	});

	it('names the problem when a well-checksummed link holds a wrong assignment', async () => {
		const payload = await encodeAssignment(typical({ title: ' ' }), teacher).catch(String);
		expect(payload).toMatch(/cannot be made into a link: title/);
	});
});

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
