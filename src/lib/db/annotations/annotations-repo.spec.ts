import { describe, expect, it } from 'vitest';
import type { Annotation } from '$lib/model';
import { deleteProfile } from '../profiles/profile-edits';
import { freshDbPerTest } from '../test-factory';
import {
	annotationsFor,
	annotationsOf,
	deleteAnnotation,
	saveAnnotation
} from './annotations-repo';

const db = freshDbPerTest();

function annotation(overrides: Partial<Annotation> = {}): Annotation {
	return {
		id: 'an-1',
		profileId: 'p-ada',
		lessonId: 'flood',
		sourceId: 'gazette',
		paragraphId: 'p-3f1c',
		exact: 'the dam gave way',
		prefix: 'Witnesses said ',
		suffix: ' at dawn.',
		start: 15,
		kind: 'evidence',
		note: '',
		createdAt: 1_000,
		updatedAt: 1_000,
		...overrides
	};
}

describe('annotations on the device', () => {
	it("keeps each profile's own, per lesson, in the order they were made", async () => {
		const d = db();
		await saveAnnotation(d, annotation({ id: 'an-2', createdAt: 2_000 }));
		await saveAnnotation(d, annotation({ id: 'an-1' }));
		await saveAnnotation(d, annotation({ id: 'an-3', profileId: 'p-ben' }));
		await saveAnnotation(d, annotation({ id: 'an-4', lessonId: 'khojaly' }));
		expect((await annotationsFor(d, 'p-ada', 'flood')).map((a) => a.id)).toEqual(['an-1', 'an-2']);
		expect((await annotationsOf(d, 'p-ada')).map((a) => a.id).sort()).toEqual([
			'an-1',
			'an-2',
			'an-4'
		]);
	});

	it('changes a note in place, and deletes one', async () => {
		const d = db();
		await saveAnnotation(d, annotation());
		await saveAnnotation(d, annotation({ note: 'Who says so?', updatedAt: 2_000 }));
		expect(await annotationsFor(d, 'p-ada', 'flood')).toEqual([
			annotation({ note: 'Who says so?', updatedAt: 2_000 })
		]);
		await deleteAnnotation(d, 'an-1');
		expect(await annotationsFor(d, 'p-ada', 'flood')).toEqual([]);
	});

	it('go with their profile when it is removed, and only theirs', async () => {
		const d = db();
		await d.profiles.bulkAdd([
			{ id: 'p-ada', uid: 'u-a', name: 'Ada', createdAt: 1 },
			{ id: 'p-ben', uid: 'u-b', name: 'Ben', createdAt: 2 }
		]);
		await saveAnnotation(d, annotation());
		await saveAnnotation(d, annotation({ id: 'an-2', profileId: 'p-ben' }));
		await deleteProfile(d, 'p-ada');
		expect((await d.annotations.toArray()).map((a) => a.id)).toEqual(['an-2']);
	});
});
