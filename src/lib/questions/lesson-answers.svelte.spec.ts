import { describe, expect, it, vi } from 'vitest';
import { getDb, saveAnswer } from '$lib/db';

// the 'slow' profile's answers arrive late, as from a busy device
vi.mock('$lib/db', async (original) => {
	const db = await original<typeof import('$lib/db')>();
	return {
		...db,
		answersFor: async (...args: Parameters<typeof db.answersFor>) => {
			if (args[1] === 'slow') await new Promise((resolve) => setTimeout(resolve, 30));
			return db.answersFor(...args);
		}
	};
});
import { LessonAnswers } from './lesson-answers.svelte';

const text = (value: string) => ({ kind: 'text', text: value }) as const;

describe('LessonAnswers', () => {
	it('shows the profile chosen last when an earlier profile is read more slowly', async () => {
		const db = getDb();
		await saveAnswer(db, {
			profileId: 'slow',
			lessonId: 'race',
			questionId: 'q1',
			value: text('from the earlier profile'),
			updatedAt: 1
		});
		await saveAnswer(db, {
			profileId: 'fast',
			lessonId: 'race',
			questionId: 'q1',
			value: text('from the newer profile'),
			updatedAt: 1
		});
		const answers = new LessonAnswers('race');
		// both reads start before either answers; the newer one must be what stays on screen
		await Promise.all([answers.load('slow'), answers.load('fast')]);
		expect(answers.values.q1).toEqual(text('from the newer profile'));
		expect(answers.loaded).toBe(true);
	});

	it('saves a change under its own lesson and the profile loaded', async () => {
		const answers = new LessonAnswers('own-lesson');
		await answers.load('reader');
		answers.set('q2', text('mine'), true);
		await answers.flush();
		const rows = await getDb().answers.where({ lessonId: 'own-lesson' }).toArray();
		expect(rows.map((row) => [row.profileId, row.questionId, row.value])).toEqual([
			['reader', 'q2', text('mine')]
		]);
	});
});
