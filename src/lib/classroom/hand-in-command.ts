import { getDb, type ReceivedAssignment } from '$lib/db';
import { markHandedIn } from '$lib/db/received/received-repo';
import { deliverFile } from '$lib/files/deliver';
import { flushBeforeReload } from '$lib/pwa/before-reload';

export type HandInOutcome =
	{ delivery: 'cancelled' } | { delivery: 'shared' | 'downloaded'; fileName: string };

/**
 * Hands in one assignment as `studentName`: writes any answer still being typed, makes the
 * hand-in file, gives it to the share sheet or the downloads, and notes the hand-in on this
 * device (not when the share sheet was closed: then nothing was handed in).
 */
export async function handInAssignment(
	received: ReceivedAssignment,
	studentName: string
): Promise<HandInOutcome> {
	await flushBeforeReload();
	// the file code loads on the first hand-in: a student's first visit carries none of it
	const { buildHandIn } = await import('./hand-in');
	const db = getDb();
	const { submission, file } = await buildHandIn(db, received, studentName);
	const delivery = await deliverFile(file, received.spec.title);
	if (delivery === 'cancelled') return { delivery };
	await markHandedIn(
		db,
		received.profileId,
		received.assignmentId,
		Date.parse(submission.handedInAt),
		received.spec.version,
		studentName
	);
	return { delivery, fileName: file.name };
}
