import { describe, expect, it } from 'vitest';
import { markRead, profileSettingKey, saveAnswer, setSetting } from '$lib/db';
import { answer, freshDbPerTest } from '../test-factory';
import { PREVIEW_PREFIX, sweepPreviews } from './preview-repo';

const db = freshDbPerTest();
const PREVIEW = `${PREVIEW_PREFIX}draft-1`;

describe('sweeping what a preview left', () => {
	it("removes the preview's answers, reading progress and lesson settings, and nothing else", async () => {
		const d = db();
		await saveAnswer(d, answer({ lessonId: PREVIEW }));
		await saveAnswer(d, answer({ lessonId: 'flood' }));
		await markRead(d, 'p-ada', PREVIEW, 's-1');
		await markRead(d, 'p-ada', 'flood', 's-1');
		await setSetting(d, profileSettingKey('p-ada', `contentNoteSeen.${PREVIEW}`), true);
		await setSetting(d, profileSettingKey('p-ada', 'contentNoteSeen.flood'), true);

		await sweepPreviews(d);

		expect((await d.answers.toArray()).map((a) => a.lessonId)).toEqual(['flood']);
		expect((await d.progress.toArray()).map((p) => p.lessonId)).toEqual(['flood']);
		expect((await d.settings.toArray()).map((s) => s.key)).toEqual([
			'profile.p-ada.contentNoteSeen.flood'
		]);
	});
});
