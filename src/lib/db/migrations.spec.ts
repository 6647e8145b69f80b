import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ParallaxDb } from './database';
import { answer, dropDatabases } from './test-factory';
import { SCHEMA_VERSIONS, provideUpgrade } from './versions';
import { dexieAt } from './test-dexie';
import { optionId } from '$lib/content/choice-ids';
import { grade } from '$lib/questions/grading';
import { reshapeOldLesson } from '$lib/legacy/answers';
import { oldChoiceTexts } from './teacher/classroom-repo';
import type { Answer } from './types';

// as the app's pages do ($lib/db): the v4 upgrade's code is loaded when a database needs it
provideUpgrade(4, () => import('./upgrades/v4'));
provideUpgrade(5, () => import('./upgrades/v5'));

const opened: { close(): void; name: string }[] = [];
function track<T extends { close(): void; name: string }>(db: T): T {
	opened.push(db);
	return db;
}
afterEach(() => dropDatabases(opened));

// A lesson as pack format 1 stored it (schema v1–v3): options as texts, the answer a position,
// evidence with one answer and its quote.
const OLD_HASH = 'f'.repeat(64);
const oldLesson = {
	id: 'flood',
	hash: OLD_HASH,
	lesson: {
		id: 'flood',
		title: 'Flood lesson',
		summary: 'Two accounts of one flood.',
		topic: 'Floods',
		contentNote: 'Describes deaths in a flood.',
		perspectives: ['gazette', 'herald'],
		claims: [],
		questions: [
			{
				id: 'q-mc',
				kind: 'multiple-choice',
				prompt: 'Who gave the number of deaths?',
				choices: ['The council', 'The residents', 'The dam’s engineers'],
				answer: 0,
				explanation: 'The council gave it.'
			},
			{
				id: 'q-evidence',
				kind: 'evidence',
				prompt: 'Which paragraph says who was blamed?',
				source: 'gazette',
				answer: 'p-0badf00d',
				answerQuote: 'critics blamed the dam',
				explanation: 'It names both.'
			},
			{ id: 'q-compare', kind: 'compare', prompt: 'Compare the two.', sources: ['a', 'b'] }
		],
		glossary: [],
		teacherGuide: '<p>Teach it.</p>',
		minutes: 3,
		grade: 7,
		level: 'Grades 6–8'
	},
	glossary: [],
	sourceIds: ['gazette', 'herald'],
	bytes: 1000,
	savedAt: 1
};

const choice = (choice: number | string, firstChoice: number | string, attempts = 2) => ({
	kind: 'choice' as const,
	choice,
	firstChoice,
	attempts
});

// a hand-in of version 1 as a teacher's device stored it (schema v2 and v3)
function oldSubmission(lessons: { id: string; hash: string; value: unknown }[]) {
	return {
		id: 'a1/amira',
		assignmentId: 'a1',
		studentKey: 'amira',
		importedAt: 5,
		warnings: [],
		file: {
			format: 'parallax-submission',
			version: 1,
			app: '0.1.0',
			assignment: { id: 'a1', version: 1, title: 'Floods' },
			student: { name: 'Amira', profileId: 'p-amira' },
			handedInAt: '2024-09-30T14:05:00.000Z',
			lessons: lessons.map(({ id, hash, value }) => ({
				id,
				hash,
				title: id,
				score: { questions: 1, answered: 1, autoChecked: 1, correctFirstTry: 0, correctNow: 1 },
				answers: [{ questionId: 'q-mc', value, updatedAt: 3, status: 'correct' }]
			})),
			checksum: 'c'.repeat(64)
		}
	};
}

describe('schema migrations', () => {
	it('every upgrade keeps every answer written by the previous version', async () => {
		const latest = SCHEMA_VERSIONS.at(-1)!.version;
		// from each version, the latest too: a database Dexie made opens as it is
		for (let previous = 1; previous <= latest; previous++) {
			const name = `parallax-migration-${previous}-${Date.now()}`;
			const old = dexieAt(name, previous);
			// before v4 a choice was the option's position
			const positional = previous < 4;
			const answers = [
				// v1 answers could lack a timestamp; from v2 on the app always writes one
				{ ...answer({ questionId: 'q1' }), updatedAt: previous < 2 ? undefined : 5 },
				answer({
					questionId: 'q-mc',
					value: (positional ? choice(1, 0) : choice('o-1', 'o-0')) as Answer['value']
				}),
				answer({
					questionId: 'q-evidence',
					value: { kind: 'evidence', blockId: 'p-0badf00d', firstBlockId: 'p-1', attempts: 2 }
				}),
				answer({
					profileId: 'profile-2',
					questionId: 'q1',
					value: { kind: 'compare', texts: { a: 'x', b: 'y' } }
				})
			];
			await old.table('answers').bulkPut(answers);
			// from v5 on, the app gives every profile its uid when it makes it
			const uid = (n: number) =>
				previous >= 5 ? { uid: `${n}`.repeat(8) + '-1111-4111-8111-111111111111' } : {};
			await old.table('profiles').bulkPut([
				{ id: 'profile-1', name: 'Ana', createdAt: 1, ...uid(1) },
				{ id: 'device', name: 'Me', createdAt: 2, ...uid(2) }
			]);
			if (positional) await old.table('lessons').put(oldLesson);
			// from v2 on, a teacher's imported hand-ins: one row per assignment and lower-cased name
			const handIn = oldSubmission([
				{ id: 'flood', hash: OLD_HASH, value: positional ? choice(1, 0) : choice('o-1', 'o-0') }
			]);
			if (!positional) handIn.file.version = 2;
			if (previous >= 2 && previous < 5) await old.table('submissions').put(handIn);
			// v5 on: one row per file, as the v5 upgrade leaves it
			if (previous >= 5) {
				await old.table('handIns').put({
					...handIn,
					id: `a1/${'c'.repeat(64)}`,
					studentKey: 'name:amira'
				});
			}
			old.close();

			const upgraded = track(new ParallaxDb(name));
			const after = await upgraded.answers.toArray();
			expect(after).toHaveLength(answers.length);
			for (const original of answers) {
				const found = after.find(
					(a) => a.profileId === original.profileId && a.questionId === original.questionId
				);
				const expected =
					positional && original.questionId === 'q-mc'
						? choice(optionId('The residents'), optionId('The council'))
						: original.value;
				expect(found?.value, `from v${previous}: ${original.questionId}`).toEqual(expected);
				expect(typeof found?.updatedAt).toBe('number');
			}
			expect(await upgraded.profiles.get('profile-1')).toMatchObject({ name: 'Ana' });
			// v5: every profile has its own random uid, "Me" too
			const uids = (await upgraded.profiles.toArray()).map((p) => p.uid);
			expect(
				uids.every((uid) => /^[0-9a-f-]{36}$/.test(uid)),
				`from v${previous}`
			).toBe(true);
			expect(new Set(uids).size).toBe(2);
			// v5: hand-ins one row per file, told apart by name (no file before v3 says its profile)
			const handIns = await upgraded.handIns.toArray();
			if (previous >= 2) {
				expect(handIns.map((row) => [row.id, row.studentKey, row.file.student.name])).toEqual([
					[`a1/${'c'.repeat(64)}`, 'name:amira', 'Amira']
				]);
				expect(handIns[0]!.file.lessons[0]!.answers[0]!.value).toEqual(
					positional
						? choice(optionId('The residents'), optionId('The council'))
						: choice('o-1', 'o-0')
				);
			} else {
				expect(handIns).toEqual([]);
			}
			const opened = await upgraded.connection();
			expect([...opened.objectStoreNames]).not.toContain('submissions');
			expect(opened.version).toBe(latest * 10);
		}
	});

	it('v4: stored lessons take option ids, and each positional answer the id of the text it chose', async () => {
		const name = `parallax-migration-ids-${Date.now()}`;
		const old = dexieAt(name, 3);
		await old.table('lessons').put(oldLesson);
		await old.table('answers').bulkPut([
			// the student's first try was "The dam’s engineers", then "The council"
			answer({ questionId: 'q-mc', value: choice(0, 2) as never }),
			// an answer to a lesson this device no longer holds: the position is all there is
			answer({ lessonId: 'river', questionId: 'q-mc', value: choice(2, 1) as never }),
			// a question the stored lesson does not have (removed since)
			answer({ questionId: 'q-gone', value: choice(1, 1, 1) as never }),
			answer({
				questionId: 'q-evidence',
				value: { kind: 'evidence', blockId: 'p-0badf00d', firstBlockId: 'p-0badf00d', attempts: 1 }
			})
		]);
		await old.table('submissions').bulkPut([
			oldSubmission([
				// the version the teacher's device holds: resolved by its texts
				{ id: 'flood', hash: OLD_HASH, value: choice(1, 2) },
				// another version (or a lesson never downloaded here): kept as markers
				{ id: 'flood-other', hash: 'e'.repeat(64), value: choice(0, 0, 1) },
				{ id: 'river', hash: '', value: choice(2, 2, 1) }
			])
		]);
		old.close();

		const db = track(new ParallaxDb(name));
		const council = optionId('The council');
		const residents = optionId('The residents');
		const engineers = optionId('The dam’s engineers');
		const value = async (lessonId: string, questionId: string) =>
			(await db.answers.get(['profile-1', lessonId, questionId]))?.value;
		expect(await value('flood', 'q-mc')).toEqual(choice(council, engineers));
		expect(await value('river', 'q-mc')).toEqual(choice('legacy-2', 'legacy-1'));
		expect(await value('flood', 'q-gone')).toEqual(choice('legacy-1', 'legacy-1', 1));
		expect(await value('flood', 'q-evidence')).toMatchObject({ blockId: 'p-0badf00d' });

		// the lesson in the pack format 2 shape, same order, same hash (so sync still replaces it)
		const stored = await db.lessons.get('flood');
		expect(stored?.hash).toBe(OLD_HASH);
		expect(stored?.lesson.balanceNote).toBe('');
		expect(stored?.lesson.timeline).toEqual([]);
		const [mc, evidence, compare] = stored!.lesson.questions;
		expect(mc).toMatchObject({
			choices: [
				{ id: council, text: 'The council' },
				{ id: residents, text: 'The residents' },
				{ id: engineers, text: 'The dam’s engineers' }
			],
			answer: council
		});
		expect(evidence).toEqual({
			id: 'q-evidence',
			kind: 'evidence',
			prompt: 'Which paragraph says who was blamed?',
			source: 'gazette',
			answers: ['p-0badf00d'],
			answerQuotes: ['critics blamed the dam'],
			explanation: 'It names both.'
		});
		expect(compare).toEqual(oldLesson.lesson.questions[2]);
		// graded by id, the migrated answer is right now and was wrong at the first try
		expect(grade(mc!, await value('flood', 'q-mc'))).toMatchObject({
			status: 'correct',
			firstTryCorrect: false
		});

		// the old option texts are kept by hash, for hand-ins of that version imported later
		expect(await oldChoiceTexts(db, 'flood', OLD_HASH)).toEqual({
			'q-mc': ['The council', 'The residents', 'The dam’s engineers']
		});
		expect(await oldChoiceTexts(db, 'river', OLD_HASH)).toBeUndefined();

		const [submission] = await db.handIns.toArray();
		expect(submission!.studentKey).toBe('name:amira');
		expect(submission!.file.version).toBe(2);
		expect(submission!.file.checksum).toBe('c'.repeat(64));
		expect(submission!.file.lessons.map((l) => l.answers[0]!.value)).toEqual([
			choice(residents, engineers),
			choice('legacy-0', 'legacy-0', 1),
			choice('legacy-2', 'legacy-2', 1)
		]);
	});

	it('v4: if its code cannot load, the database is left at v3 untouched, and upgrades later', async () => {
		const name = `parallax-migration-fail-${Date.now()}`;
		const old = dexieAt(name, 3);
		await old.table('lessons').put(oldLesson);
		await old.table('answers').put(answer({ questionId: 'q-mc', value: choice(1, 1) as never }));
		old.close();

		provideUpgrade(4, () => Promise.reject(new Error('offline and not cached')));
		try {
			const failing = track(new ParallaxDb(name));
			await expect(failing.open()).rejects.toThrow();
			failing.close();
		} finally {
			provideUpgrade(4, () => import('./upgrades/v4'));
		}
		const still = new Dexie(name);
		await still.open();
		expect(still.verno).toBe(3);
		expect((await still.table('answers').toArray())[0].value).toEqual(choice(1, 1));
		still.close();

		const db = track(new ParallaxDb(name));
		expect(await db.answers.get(['profile-1', 'flood', 'q-mc'])).toMatchObject({
			value: choice(optionId('The residents'), optionId('The residents'))
		});
	});

	it('v4 leaves lessons already in the current shape as they are', async () => {
		const name = `parallax-migration-current-${Date.now()}`;
		const old = dexieAt(name, 3);
		const { lesson } = reshapeOldLesson(oldLesson.lesson as never);
		const current = { ...oldLesson, lesson };
		await old.table('lessons').put(current);
		old.close();
		const db = track(new ParallaxDb(name));
		expect(await db.lessons.get('flood')).toEqual(current);
		expect(await db.oldChoices.count()).toBe(0);
	});
});
