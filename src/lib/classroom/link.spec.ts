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
	type TeacherLessons
} from './link';

import { encodeAssignment } from './link-encode';
import { MAX_INSTRUCTIONS, MAX_LESSONS, MAX_TITLE } from './link-limits';

import { QR_OPTIONS } from './teacher/qr-path';
import type { AssignmentSpec } from '$lib/model';

import {
	ORIGIN,
	LIBRARY,
	teacher,
	student,
	typical,
	expectProblem,
	opened,
	linked
} from './test-links';

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
