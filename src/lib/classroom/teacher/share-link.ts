import { getDb, storedLessonsNamed, type CatalogRow } from '$lib/db';
import type { AssignmentSpec } from '$lib/model';
import { assignmentLink } from '../link';
import { encodeAssignment } from '../link-encode';

/** The link made, or the encoder's own worded refusal (too many lessons for a link…). */
export type MadeLink = { link: string; refusal?: undefined } | { link: ''; refusal: string };

/** Encodes a spec into a link against this device's copies of its lessons. */
export async function makeShareLink(
	spec: AssignmentSpec,
	catalog: readonly CatalogRow[],
	origin: string
): Promise<MadeLink> {
	const ids = catalog.map((entry) => entry.id);
	// the compact link marks required questions by their place in this device's copies
	const lessons = await storedLessonsNamed(
		getDb(),
		spec.lessons.map((l) => l.id)
	);
	const questions = new Map(lessons.map((l) => [l.id, l.questions.map((q) => q.id)]));
	try {
		const payload = await encodeAssignment(spec, { ids, questions: (id) => questions.get(id) });
		return { link: assignmentLink(origin, payload) };
	} catch (cause) {
		// the encoder words its own refusals; anything else is a storage failure for oneShot to word
		if (cause instanceof RangeError) return { link: '', refusal: cause.message };
		throw cause;
	}
}
