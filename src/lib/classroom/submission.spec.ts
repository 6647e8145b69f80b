import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { BACKUP_FORMAT, BACKUP_VERSION } from '$lib/backup/format';
import { optionId } from '$lib/content/choice-ids';
import { sha256Hex } from '$lib/files/sha256';
import { canonicalJson } from '$lib/files/canonical';
import {
	parseSubmission,
	readSubmissionFile,
	sealSubmission,
	submissionFileName,
	type SubmissionCheck
} from './submission';
import {
	MAX_SUBMISSION_BYTES,
	SUBMISSION_FORMAT,
	SUBMISSION_VERSION,
	type SubmissionFile
} from '$lib/model';

function unsealed(): Omit<SubmissionFile, 'checksum'> {
	return {
		format: SUBMISSION_FORMAT,
		version: SUBMISSION_VERSION,
		app: '0.1.0',
		assignment: { id: 'k3x9-q2m7', version: 2, title: 'The Lachin corridor' },
		student: { name: 'Amira K.', profileId: 'p-amira' },
		handedInAt: '2024-09-30T14:05:00.000Z',
		lessons: [
			{
				id: 'lachin-corridor',
				hash: 'a'.repeat(64),
				title: 'The Lachin corridor',
				score: { questions: 4, answered: 4, autoChecked: 2, correctFirstTry: 1, correctNow: 2 },
				answers: [
					{
						questionId: 'q-1',
						value: {
							kind: 'choice',
							choice: optionId('Armenia'),
							firstChoice: optionId('Azerbaijan'),
							attempts: 2
						},
						updatedAt: 1_727_700_000_000,
						status: 'correct',
						firstTryCorrect: false
					},
					{
						questionId: 'q-2',
						value: { kind: 'evidence', blockId: 'b3', firstBlockId: 'b3', attempts: 1 },
						updatedAt: 1_727_700_100_000,
						status: 'correct',
						firstTryCorrect: true
					},
					{
						questionId: 'q-3',
						value: {
							kind: 'text',
							text: 'Both papers say "the road", but\nmean different things. Ə ü 🙂'
						},
						updatedAt: 1_727_700_200_000,
						status: 'answered'
					},
					{
						questionId: 'q-4',
						value: { kind: 'compare', texts: { gazette: 'Calm', herald: 'Angry' } },
						updatedAt: 1_727_700_300_000,
						status: 'answered'
					}
				],
				annotations: [
					{
						id: 'an-1',
						sourceId: 'gazette',
						paragraphId: 'b3',
						exact: 'the road',
						prefix: 'Both papers say ',
						suffix: ', but mean two things.',
						start: 16,
						kind: 'loaded-word',
						note: 'Whose word? Ə 🙂',
						createdAt: 1_727_700_000_000,
						updatedAt: 1_727_700_400_000
					}
				]
			},
			{
				id: 'khojaly-1992',
				hash: '',
				title: 'khojaly-1992',
				score: { questions: 0, answered: 0, autoChecked: 0, correctFirstTry: 0, correctNow: 0 },
				answers: [],
				annotations: []
			}
		]
	};
}

// as the hand-in writes it: one-space indents
afterEach(() => setActiveLocale('en'));

const asFile = (value: unknown) => JSON.stringify(value, null, 1);

function expectRefusal(check: SubmissionCheck, words: RegExp): void {
	expect(check.ok).toBe(false);
	if (!check.ok) expect(check.reason).toMatch(words);
}

// what exactly is wrong, given apart from the reason (English, for whoever fixes the file)
function expectFound(check: SubmissionCheck, words: RegExp): void {
	expect(check.ok).toBe(false);
	if (!check.ok) expect(check.problems.join('; ')).toMatch(words);
}

describe('sealSubmission', () => {
	it('adds SHA-256 over the canonical JSON of everything but the checksum', async () => {
		const sealed = await sealSubmission(unsealed());
		expect(sealed.checksum).toBe(await sha256Hex(canonicalJson(unsealed())));
		expect(sealed.checksum).toMatch(/^[0-9a-f]{64}$/);
		expect({ ...sealed, checksum: undefined }).toEqual({ ...unsealed(), checksum: undefined });
	});

	it('ignores a stale checksum passed in by mistake', async () => {
		const sealed = await sealSubmission(unsealed());
		const stale = { ...unsealed(), checksum: 'f'.repeat(64) };
		expect((await sealSubmission(stale)).checksum).toBe(sealed.checksum);
	});
});

describe('parseSubmission and readSubmissionFile', () => {
	it('round-trips a sealed hand-in, whatever its spacing or key order', async () => {
		const sealed = await sealSubmission(unsealed());
		expect(await parseSubmission(asFile(sealed))).toEqual({ ok: true, submission: sealed });
		expect(await parseSubmission(JSON.stringify(sealed))).toEqual({ ok: true, submission: sealed });
		const reordered = Object.fromEntries(Object.entries(sealed).reverse());
		expect(await parseSubmission(`\uFEFF${asFile(reordered)}\n`)).toEqual({
			ok: true,
			submission: sealed
		});
		const file = new File([asFile(sealed)], 'handin.json', { type: 'application/json' });
		expect(await readSubmissionFile(file)).toEqual({ ok: true, submission: sealed });
	});

	it('refuses an oversized file before reading it', async () => {
		const big = new Blob([new Uint8Array(6 * 1024 * 1024)]);
		let read = false;
		const spy = Object.assign(big, {
			arrayBuffer: () => {
				read = true;
				return Blob.prototype.arrayBuffer.call(big);
			}
		});
		expectRefusal(
			await readSubmissionFile(spy),
			/^This file is 6 MB; a hand-in is never over 5 MB, so this is not a hand-in file\.$/
		);
		expect(read).toBe(false);
		expectRefusal(await parseSubmission(' '.repeat(MAX_SUBMISSION_BYTES + 1)), /is 5\.1 MB/);
	});

	it('refuses an empty file', async () => {
		expectRefusal(await readSubmissionFile(new Blob([])), /empty/);
		expectRefusal(await readSubmissionFile(new Blob([' \n\t'])), /empty/);
		expectRefusal(await parseSubmission('\uFEFF'), /empty/);
	});

	it('refuses a photo or a document', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const latin1 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]);
		for (const bytes of [png, latin1, new Uint8Array([0xff, 0xfe, 0x7b, 0x00])]) {
			expectRefusal(
				await readSubmissionFile(new Blob([bytes])),
				/not a text file \(is it a photo or a document\?\)/
			);
		}
		expectRefusal(await parseSubmission('{"a":\u0000}'), /not a text file/);
	});

	it('refuses a file nested too deep before parsing it', async () => {
		const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
		expectRefusal(await parseSubmission(deep), /too deeply nested/);
		// brackets inside strings are text, not nesting
		const sealed = await sealSubmission({
			...unsealed(),
			student: { name: '[[[[{{{{'.repeat(10), profileId: 'p-amira' }
		});
		expect((await parseSubmission(asFile(sealed))).ok).toBe(true);
	});

	it('says a file cut off at any point is cut off', async () => {
		const text = asFile(await sealSubmission(unsealed()));
		for (let end = 1; end < text.length; end++) {
			expectRefusal(
				await parseSubmission(text.slice(0, end)),
				/cut off before the hand-in ends\. Ask the student to hand in again\.$/
			);
		}
		// a file can also stop inside a character's bytes
		const bytes = new TextEncoder().encode(text);
		const inEmoji = bytes.indexOf(0xf0) + 2;
		expectRefusal(await readSubmissionFile(new Blob([bytes.slice(0, inEmoji)])), /cut off/);
	});

	it('says a file that is not JSON is damaged, with where', async () => {
		expectRefusal(await parseSubmission('{"format": parallax}'), /damaged: it is not valid JSON/);
		expectRefusal(
			await parseSubmission('{"a":1} trailing'),
			/damaged: it is not valid JSON at line 1, column 9,/
		);
		expectRefusal(await parseSubmission('Dear teacher, here is my work'), /damaged/);
	});

	it('says one changed answer broke the checksum', async () => {
		const sealed = await sealSubmission(unsealed());
		const changed = asFile(sealed).replace(optionId('Armenia'), optionId('Azerbaijan'));
		expect(changed).not.toBe(asFile(sealed));
		expectRefusal(
			await parseSubmission(changed),
			/changed or damaged after it was handed in \(its checksum does not match\)/
		);
		const extra = { ...sealed, note: 'added later' };
		expectRefusal(await parseSubmission(asFile(extra)), /checksum does not match/);
	});

	it('sends a backup to Settings, and refuses other files', async () => {
		const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, profiles: [] };
		expectRefusal(
			await parseSubmission(asFile(backup)),
			/^This is a Parallax backup, not a hand-in: import it in Settings → Backup\.$/
		);
		expectRefusal(await parseSubmission('{"format":"parallax-other"}'), /different kind/);
		expectRefusal(await parseSubmission('{"name":"x"}'), /not a Parallax hand-in/);
		expectRefusal(await parseSubmission('[1,2]'), /not a Parallax hand-in: it holds other data/);
		expectFound(await parseSubmission('[1,2]'), /^the file holds a list of 2$/);
		expectRefusal(await parseSubmission('"hello"'), /not a Parallax hand-in/);
	});

	it('words a refusal in the interface language', async () => {
		const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, profiles: [] };
		setActiveLocale('ru');
		expectRefusal(
			await parseSubmission(asFile(backup)),
			/^Это резервная копия Parallax, а не сданная работа: импортируйте её в разделе «Настройки» → «Резервная копия»\.$/
		);
		expectRefusal(
			await parseSubmission('{"a":1} trailing'),
			/^Этот файл повреждён: в строке 1, позиции 9 это неправильный JSON, поэтому сданную работу из него прочитать нельзя\. Попросите ученика сдать работу ещё раз\.$/
		);
		const sealed = { ...(await sealSubmission(unsealed())), student: { name: 'Someone else' } };
		setActiveLocale('hy');
		expectRefusal(
			await parseSubmission(asFile(sealed)),
			/^Այս ֆայլը նման է Parallax-ի հանձնված աշխատանքի/
		);
	});

	it('asks for an update when the hand-in is from a newer Parallax', async () => {
		const newer = { ...(await sealSubmission(unsealed())), version: SUBMISSION_VERSION + 1 };
		expectRefusal(
			await parseSubmission(asFile(newer)),
			/made with a newer version of Parallax \(hand-in version 5\).*Update the app/
		);
		const noVersion = { format: SUBMISSION_FORMAT };
		expectRefusal(await parseSubmission(asFile(noVersion)), /does not say which version/);
	});

	it('reads a hand-in of version 1, turning positions into option ids of the version the student had', async () => {
		// as the app wrote it before option ids: the choice was the option's position
		// version 1 had no highlights and notes
		const current = structuredClone(unsealed());
		const lessons = current.lessons.map(({ annotations: _none, ...lesson }) => lesson);
		const old = { ...current, lessons, version: 1 };
		const positional = { kind: 'choice', choice: 2, firstChoice: 0, attempts: 2 };
		(old.lessons[0]!.answers[0] as { value: unknown }).value = positional;
		const file = asFile(await sealSubmission(old as unknown as Omit<SubmissionFile, 'checksum'>));
		const texts = { 'q-1': ['Azerbaijan', 'Russia', 'Armenia'] };
		const asked: string[] = [];
		const known = await parseSubmission(file, {
			oldChoices: async (lessonId, hash) => {
				asked.push(`${lessonId} ${hash}`);
				return hash === 'a'.repeat(64) ? texts : undefined;
			}
		});
		expect(known.ok).toBe(true);
		if (!known.ok) return;
		// only the lesson with positional answers and a hash is looked up
		expect(asked).toEqual([`lachin-corridor ${'a'.repeat(64)}`]);
		// read into the version 2 shape: a file from before identifiers stays one
		expect(known.submission.version).toBe(2);
		expect(known.submission.lessons[0]!.answers[0]!.value).toEqual({
			kind: 'choice',
			choice: optionId('Armenia'),
			firstChoice: optionId('Azerbaijan'),
			attempts: 2
		});
		// everything else is as handed in, the checksum the file's own
		expect(known.submission.lessons[0]!.answers.slice(1)).toEqual(
			unsealed().lessons[0]!.answers.slice(1)
		);
		expect(known.submission.checksum).toBe(JSON.parse(file).checksum);

		// a lesson version this device never had: the position is kept as a marker, never guessed
		for (const unknown of [
			await parseSubmission(file),
			await readSubmissionFile(new Blob([file]))
		]) {
			expect(unknown.ok).toBe(true);
			if (unknown.ok) {
				expect(unknown.submission.lessons[0]!.answers[0]!.value).toEqual({
					kind: 'choice',
					choice: 'legacy-2',
					firstChoice: 'legacy-0',
					attempts: 2
				});
			}
		}
	});

	it('holds each version to its own shape of a choice', async () => {
		const old = { ...unsealed(), version: 1 } as unknown as Omit<SubmissionFile, 'checksum'>;
		// version 1 with option ids, and version 2 with positions, are both wrong
		expectFound(
			await parseSubmission(asFile(await sealSubmission(old))),
			/lessons\[0\]\.answers\[0\]\.value\.choice: expected a whole number/
		);
		const now = structuredClone(unsealed());
		(now.lessons[0]!.answers[0] as { value: unknown }).value = {
			kind: 'choice',
			choice: 2,
			firstChoice: 0,
			attempts: 2
		};
		expectFound(
			await parseSubmission(asFile(await sealSubmission(now))),
			/lessons\[0\]\.answers\[0\]\.value\.choice: expected an option id/
		);
	});

	it('names up to three wrong fields by their path', async () => {
		const wrong = structuredClone(await sealSubmission(unsealed())) as unknown as {
			student: { name: string };
			handedInAt: string;
			lessons: { answers: { value: unknown; status: string }[] }[];
		};
		wrong.lessons[0]!.answers[2]!.value = { kind: 'text', text: 7 };
		wrong.lessons[0]!.answers[1]!.status = 'great';
		wrong.student.name = '';
		wrong.handedInAt = 'yesterday';
		const check = await parseSubmission(asFile(wrong));
		expectRefusal(check, /looks like a Parallax hand-in, but some of its data is wrong\.$/);
		expectFound(check, /student\.name: expected a name of 1 to 80 characters, got ""/);
		expectFound(check, /handedInAt: expected a date and time/);
		expectFound(check, /lessons\[0\]\.answers\[1\]\.status: expected one of/);
		expectFound(check, /; and 1 more$/);
	});

	it('holds each field to its limits', async () => {
		const sealedWith = async (change: (file: Omit<SubmissionFile, 'checksum'>) => void) => {
			const file = unsealed();
			change(file);
			return parseSubmission(asFile(await sealSubmission(file)));
		};
		const answers = unsealed().lessons[0]!.answers;
		const cases: [(file: Omit<SubmissionFile, 'checksum'>) => void, RegExp][] = [
			[(f) => (f.student.name = 'n'.repeat(81)), /^.*student\.name: expected a name of 1 to 80/],
			[
				(f) => (f.assignment.title = 't'.repeat(201)),
				/assignment\.title: expected a title of at most 200 characters/
			],
			[(f) => (f.app = ''), /app: expected an app version/],
			[(f) => (f.lessons = Array(51).fill(f.lessons[1])), /lessons: expected at most 50 lessons/],
			[
				(f) => (f.lessons[0]!.answers = Array(201).fill(answers[0])),
				/lessons\[0\]\.answers: expected at most 200 answers/
			],
			[
				(f) => (f.lessons[0]!.answers[2]!.value = { kind: 'text', text: 'x'.repeat(50_001) }),
				/lessons\[0\]\.answers\[2\]\.value\.text: expected text of at most 50000 characters/
			],
			[
				(f) =>
					(f.lessons[0]!.answers[3]!.value = { kind: 'compare', texts: { a: 'x'.repeat(50_001) } }),
				/lessons\[0\]\.answers\[3\]\.value\.texts\.a: expected text of at most 50000/
			],
			[(f) => (f.lessons[0]!.hash = 'XYZ'), /lessons\[0\]\.hash: expected a pack hash/]
		];
		for (const [change, words] of cases) expectFound(await sealedWith(change), words);
		const longest = 'x'.repeat(50_000);
		const ok = await sealedWith(
			(f) => (f.lessons[0]!.answers[2]!.value = { kind: 'text', text: longest })
		);
		expect(ok.ok).toBe(true);
	});

	it('refuses a wrong checksum field as data, before comparing it', async () => {
		const sealed = { ...(await sealSubmission(unsealed())), checksum: 'ABC' };
		expectFound(await parseSubmission(asFile(sealed)), /checksum: expected a checksum of 64/);
	});

	it('turns a file that cannot be read into a reason, not an exception', async () => {
		const broken = Object.assign(new Blob(['{}']), {
			arrayBuffer: () => Promise.reject(new Error('NotReadableError'))
		});
		expectRefusal(await readSubmissionFile(broken), /could not be read\. Choose it again/);
		const notABlob = null as unknown as Blob;
		expectRefusal(await readSubmissionFile(notABlob), /could not be checked/);
	});
});

describe('submissionFileName', () => {
	const day = new Date(2024, 8, 30, 23, 59);

	it('makes plain slugs of the name and title, dated by the local calendar', () => {
		expect(submissionFileName('Amira K.', 'The Lachin corridor', day)).toBe(
			'parallax-handin-amira-k-the-lachin-corridor-2024-09-30.json'
		);
		expect(submissionFileName('  José Ñúñez ', 'Şuşa: two names?', new Date(2025, 0, 2))).toBe(
			'parallax-handin-jose-nunez-susa-two-names-2025-01-02.json'
		);
		expect(submissionFileName('Əli Həsənov', 'Straße ﬁrst', day)).toBe(
			'parallax-handin-eli-hesenov-strasse-first-2024-09-30.json'
		);
	});

	it('falls back when a name has no Latin letters, and caps long ones', () => {
		expect(submissionFileName('Անի', 'Շուշի', day)).toBe(
			'parallax-handin-student-assignment-2024-09-30.json'
		);
		const name = submissionFileName(
			'a'.repeat(39) + ' b' + 'c'.repeat(100),
			'../../etc/passwd',
			day
		);
		expect(name).toBe(`parallax-handin-${'a'.repeat(39)}-etc-passwd-2024-09-30.json`);
		expect(name).toMatch(/^[a-z0-9-]+\.json$/);
	});
});
