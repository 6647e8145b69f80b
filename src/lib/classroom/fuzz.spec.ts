import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '$lib/backup/format';
import { parseBackup, readBackupFile } from '$lib/backup/validate';
import { Fuzzer, RUNS, failureReport, settle, type Failure } from '$lib/files/fuzzer';
import { canonicalJson } from '$lib/files/canonical';
import { decodeAssignment, matchLessons, specOf, type DeviceLessons, type LinkCheck } from './link';
import { assignmentProblem } from './link-check';
import { encodeAssignment } from './link-encode';
import { packLinkPayload } from './link-v1';
import { parseSubmission, readSubmissionFile, sealSubmission } from './submission';
import { emptyDraft } from '$lib/lesson-editor/draft';
import {
	SUBMISSION_FORMAT,
	SUBMISSION_VERSION,
	type AssignmentSpec,
	type SubmittedAnswer
} from '$lib/model';

// Random and mutated input for the three readers of outside data (links, hand-ins, backups): every call must resolve to a verdict, never throw.
// Seeds are fixed so a failure reproduces; each failure lists its seed, case and input.

const PROBLEMS = ['empty', 'truncated', 'damaged', 'newer', 'not-an-assignment'];

const spec: AssignmentSpec = {
	id: 'k3x9-q2m7',
	version: 3,
	title: 'Şuşa / Շուշի — two names 🏔️',
	instructions: 'Read both accounts.\nThen answer.',
	due: '2024-09-30',
	lessons: [
		{ id: 'lachin-corridor', hash: '0123456789ab', required: ['q-1', 'q-2'] },
		{ id: 'khojaly-1992', hash: 'abcdef012345', required: [] },
		{ id: 'shusha-1992', hash: '9f8e7d6c5b4a', required: ['q-3'] }
	],
	hideComments: true
};

// the lessons of the spec with their questions, on the teacher's device and a student's
const QUESTIONS: Record<string, string[]> = {
	'lachin-corridor': ['q-1', 'q-2', 'q-3'],
	'khojaly-1992': ['q-1'],
	'shusha-1992': ['q-1', 'q-2', 'q-3']
};
const device: DeviceLessons = {
	ids: Object.keys(QUESTIONS),
	stored: (id) => {
		const lesson = spec.lessons.find((l) => l.id === id);
		return lesson && { hash: lesson.hash, questions: QUESTIONS[id] ?? [] };
	}
};

// why what decodeAssignment gave breaks the contract, or undefined when it keeps it
async function checkLink(input: string, original?: AssignmentSpec): Promise<string | undefined> {
	const result = (await settle(decodeAssignment(input))) as LinkCheck | { rejected: string };
	if ('rejected' in result) return `rejected: ${result.rejected}`;
	if (typeof result.ok !== 'boolean') return `no ok flag: ${JSON.stringify(result)}`;
	if (!result.ok) {
		if (!PROBLEMS.includes(result.problem)) return `unknown problem ${String(result.problem)}`;
		return typeof result.message === 'string' && result.message.length > 20
			? undefined
			: 'no message';
	}
	// a format 2 link needs the lessons: here, a device that has every lesson of the spec
	const spec = specOf(result.assignment, matchLessons(result.assignment, device));
	if (!spec) return original ? 'decoded an assignment this device cannot match' : undefined;
	const problem = assignmentProblem(spec);
	if (problem) return `decoded an invalid spec: ${problem}`;
	// past the checksum, only the original can come out
	if (original && canonicalJson(spec) !== canonicalJson(original)) {
		return 'decoded a different spec through an intact checksum';
	}
	return undefined;
}

describe('fuzzing decodeAssignment', () => {
	it('gives a verdict for random strings', async () => {
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed1);
		for (let run = 0; run < RUNS; run++) {
			// two in three start like a link of ours, to get past the first check
			const start = [``, `1.${fuzz.int(2000).toString(36)}.`, `23${100 + fuzz.int(900)}`];
			const input = start[fuzz.int(3)]! + fuzz.text();
			const why = await checkLink(input);
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
		}
		expect(failures, failureReport(failures)).toEqual([]);
	});

	it.each([
		['format 1', () => encodeAssignment(spec)],
		[
			'format 2',
			() => encodeAssignment(spec, { ids: device.ids, questions: (id) => QUESTIONS[id] })
		]
	])('gives a verdict for mutated %s links, and never a different assignment', async (_, make) => {
		const payload = await make();
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed2);
		let changed = 0;
		for (let run = 0; run < RUNS; run++) {
			const input = fuzz.mutate(run % 2 ? `#${payload}` : payload);
			const why = await checkLink(input, spec);
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
			if (!input.includes(payload)) changed++;
		}
		expect(failures, failureReport(failures)).toEqual([]);
		// the edits really change the link, rather than fuzzing the same input 2000 times
		expect(changed).toBeGreaterThan(RUNS * 0.9);
	});

	it('gives a verdict for mutated assignment JSON behind a valid checksum', async () => {
		const json = JSON.stringify({
			i: spec.id,
			v: spec.version,
			t: spec.title,
			n: spec.instructions,
			d: spec.due,
			h: 1,
			l: spec.lessons.map((l) => [l.id, l.hash, ...l.required])
		});
		// the hand-made compact JSON must be what the encoder writes, or this fuzzes the wrong thing
		expect(await decodeAssignment(await packLinkPayload(json))).toEqual({
			ok: true,
			assignment: spec
		});
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed3);
		for (let run = 0; run < RUNS / 2; run++) {
			const input = await packLinkPayload(fuzz.mutate(json));
			const why = await checkLink(input);
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
		}
		expect(failures, failureReport(failures)).toEqual([]);
	});
});

/** A sealed hand-in of the current version, or of version 1 (choices recorded by position). */
async function sealedFile(version: 1 | 2 | 3 | 4 = SUBMISSION_VERSION): Promise<string> {
	const choice =
		version === 1
			? { kind: 'choice', choice: 1, firstChoice: 1, attempts: 1 }
			: { kind: 'choice', choice: 'o-5eed0001', firstChoice: 'o-5eed0001', attempts: 1 };
	const submission = await sealSubmission({
		format: SUBMISSION_FORMAT,
		version: version as typeof SUBMISSION_VERSION,
		app: '0.1.0',
		assignment: { id: 'k3x9-q2m7', version: 3, title: spec.title },
		student: { name: 'Amira K.', profileId: 'p-amira' },
		handedInAt: '2024-09-30T14:05:00.000Z',
		lessons: [
			{
				id: 'lachin-corridor',
				hash: 'b'.repeat(64),
				title: 'The Lachin corridor',
				score: { questions: 3, answered: 3, autoChecked: 1, correctFirstTry: 1, correctNow: 1 },
				answers: [
					{
						questionId: 'q-1',
						value: choice as SubmittedAnswer['value'],
						updatedAt: 1_727_700_000_000,
						status: 'correct',
						firstTryCorrect: true
					},
					{
						questionId: 'q-2',
						value: { kind: 'text', text: 'Both say "the road" 🙂\nbut mean different things.' },
						updatedAt: 1_727_700_100_000,
						status: 'answered'
					},
					{
						questionId: 'q-3',
						value: { kind: 'compare', texts: { gazette: 'Calm', herald: 'Angry' } },
						updatedAt: 1_727_700_200_000,
						status: 'answered'
					}
				],
				...(version >= 4 && {
					annotations: [
						{
							id: 'an-1',
							sourceId: 'gazette',
							paragraphId: 'b2',
							exact: 'the road',
							prefix: 'Both sides call it ',
							suffix: ', and mean two things.',
							start: 19,
							kind: 'loaded-word' as const,
							note: 'Whose word? 🙂',
							createdAt: 1_727_700_000_000,
							updatedAt: 1_727_700_000_000
						}
					]
				})
			}
		]
	});
	return JSON.stringify(submission, null, 1);
}

// what a decoder gave, or why it breaks the contract; `original` is what an intact file gives
function checkSubmission(result: unknown, original?: unknown): string | undefined {
	const verdict = result as { ok?: unknown; reason?: unknown; submission?: unknown };
	if (typeof verdict?.ok !== 'boolean') return `no ok flag: ${JSON.stringify(result)}`;
	if (!verdict.ok) {
		return typeof verdict.reason === 'string' && verdict.reason.length > 20
			? undefined
			: 'no reason';
	}
	// past the checksum, only the original can come out
	if (original && canonicalJson(verdict.submission) !== canonicalJson(original)) {
		return 'accepted a different hand-in through an intact checksum';
	}
	return original ? undefined : 'accepted random text as a hand-in';
}

describe('fuzzing parseSubmission and readSubmissionFile', () => {
	it('gives a verdict for random text', async () => {
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed4);
		for (let run = 0; run < RUNS; run++) {
			// some of them start like a hand-in, to get past the first checks
			const version = fuzz.int(2) + 1;
			const start =
				fuzz.random() < 0.3 ? `{"format":"${SUBMISSION_FORMAT}","version":${version},` : '';
			const input = start + fuzz.text();
			const why = checkSubmission(await settle(parseSubmission(input)));
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
		}
		expect(failures, failureReport(failures)).toEqual([]);
	});

	for (const version of [2, 1] as const) {
		it(`gives a verdict for mutated hand-ins of version ${version}, and never a different one`, async () => {
			const original = await sealedFile(version);
			const intact = await parseSubmission(original);
			expect(intact.ok).toBe(true);
			if (!intact.ok) return;
			if (version === 1) {
				// read into the version 2 shape: the position kept as a marker, never guessed
				expect(intact.submission.version).toBe(2);
				expect(intact.submission.lessons[0]!.answers[0]!.value).toEqual({
					kind: 'choice',
					choice: 'legacy-1',
					firstChoice: 'legacy-1',
					attempts: 1
				});
			} else expect(intact.submission).toEqual(JSON.parse(original));
			const failures: Failure[] = [];
			const fuzz = new Fuzzer(0x5eed5 + version);
			let refused = 0;
			for (let run = 0; run < RUNS; run++) {
				const input = fuzz.mutate(original);
				const result = await settle(parseSubmission(input));
				const why = checkSubmission(result, intact.submission);
				if (why) failures.push({ seed: fuzz.seed, run, input, why });
				if ((result as { ok?: boolean }).ok === false) refused++;
			}
			expect(failures, failureReport(failures)).toEqual([]);
			expect(refused).toBeGreaterThan(RUNS * 0.8);
		});
	}

	it('gives a verdict for random and mutated bytes', async () => {
		const originalText = await sealedFile();
		const original = new TextEncoder().encode(originalText);
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed6);
		for (let run = 0; run < RUNS / 4; run++) {
			const bytes =
				run % 2
					? Uint8Array.from({ length: fuzz.int(400) }, () => fuzz.int(256))
					: original.map((byte) => (fuzz.random() < 0.002 ? fuzz.int(256) : byte));
			const result = await settle(readSubmissionFile(new Blob([bytes])));
			// a changed byte may land in spacing, so a mutated file may still be the original
			const why = checkSubmission(result, run % 2 ? undefined : JSON.parse(originalText));
			const input = Array.from(bytes.slice(0, 60), (b) => b.toString(16)).join(' ');
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
		}
		expect(failures, failureReport(failures)).toEqual([]);
	});
});

// a backup with a row of each kind, as a device writes it
function backupFile(): string {
	const at = 1_727_700_000_000;
	return JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: '2024-09-30T14:05:00.000Z',
		profiles: [{ id: 'p-1', uid: 'u-1', name: 'Amira K. 🙂', createdAt: at }],
		answers: [
			{
				profileId: 'p-1',
				lessonId: 'khojaly-1992',
				questionId: 'q-1',
				value: { kind: 'text', text: 'Calm' },
				updatedAt: at
			}
		],
		progress: [
			{
				profileId: 'p-1',
				lessonId: 'khojaly-1992',
				read: { b1: true },
				position: { last: 'b1' },
				updatedAt: at
			}
		],
		settings: [{ key: 'profile.p-1.fontSize', value: { size: [18] } }],
		assignments: [{ id: spec.id, spec, createdAt: at, updatedAt: at, archived: 0 }],
		handIns: [],
		received: [{ profileId: 'p-1', assignmentId: spec.id, spec, receivedAt: at }],
		// a lesson's file is fuzzed in lesson-file/fuzz.spec.ts; here, the draft's shape
		lessons: [],
		drafts: [{ ...emptyDraft('d-1', at), title: 'Half written', madeBy: 'Ms K.' }],
		annotations: [
			{
				id: 'an-1',
				profileId: 'p-1',
				lessonId: 'khojaly-1992',
				sourceId: 's-1',
				paragraphId: 'b1',
				exact: 'the town',
				prefix: 'They reached ',
				suffix: ' at night.',
				start: 13,
				kind: 'loaded-word',
				note: 'Whose word?',
				createdAt: at,
				updatedAt: at
			}
		]
	});
}

// a backup has no checksum: a mutation may still be a valid backup, but never a thrown error
function checkBackup(result: unknown): string | undefined {
	const verdict = result as { ok?: unknown; reason?: unknown; backup?: unknown };
	if (typeof verdict?.ok !== 'boolean') return `no ok flag: ${JSON.stringify(result)}`;
	if (verdict.ok)
		return typeof verdict.backup === 'object' ? undefined : 'accepted without a backup';
	return typeof verdict.reason === 'string' && verdict.reason.length > 20 ? undefined : 'no reason';
}

describe('fuzzing parseBackup and readBackupFile', () => {
	it('gives a verdict for random text and mutated backups', async () => {
		const original = backupFile();
		expect(parseBackup(original).ok).toBe(true);
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed7);
		let refused = 0;
		for (let run = 0; run < RUNS; run++) {
			const input = run % 4 ? fuzz.mutate(original) : fuzz.text();
			const result = await settle(Promise.resolve().then(() => parseBackup(input)));
			const why = checkBackup(result);
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
			if ((result as { ok?: boolean }).ok === false) refused++;
		}
		expect(failures, failureReport(failures)).toEqual([]);
		expect(refused).toBeGreaterThan(RUNS * 0.5);
	});

	it('gives a verdict for random and mutated bytes', async () => {
		const original = new TextEncoder().encode(backupFile());
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed8);
		for (let run = 0; run < RUNS / 4; run++) {
			const bytes =
				run % 2
					? Uint8Array.from({ length: fuzz.int(400) }, () => fuzz.int(256))
					: original.map((byte) => (fuzz.random() < 0.002 ? fuzz.int(256) : byte));
			const why = checkBackup(await settle(readBackupFile(new Blob([bytes]))));
			const input = Array.from(bytes.slice(0, 60), (b) => b.toString(16)).join(' ');
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
		}
		expect(failures, failureReport(failures)).toEqual([]);
	});
});
