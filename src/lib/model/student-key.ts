// Who handed a file in, as the teacher's import tells students apart. Pure: no database, no DOM.
import { m } from '$lib/paraglide/messages';
import { IDENTIFIED_SUBMISSION_VERSION, type Submission, type SubmissionFile } from './hand-in';

// as submission.ts checks it, and the name profiles/current-profile gives every device's first
// profile (a test holds them equal): not imported, so the database's upgrade can load this module
const MAX_STUDENT_NAME = 80;
const FIRST_PROFILE_NAME = 'Me';

/**
 * Why a name cannot go on a hand-in, or undefined when it can. The device's first profile is
 * called "Me" on every tablet, so "Me" never names a student: the teacher could not tell whose
 * work it is.
 */
export function handInNameProblem(name: string): string | undefined {
	const trimmed = name.trim();
	if (!trimmed) return m.handin_name_missing();
	if (trimmed.length > MAX_STUDENT_NAME) return m.handin_name_too_long({ max: MAX_STUDENT_NAME });
	if (nameKey(trimmed) === nameKey(FIRST_PROFILE_NAME)) {
		return m.handin_name_me({ name: FIRST_PROFILE_NAME });
	}
	return undefined;
}

/** A name as hand-ins compare it: "Amira K" and " amira  k" are the same name. */
export const nameKey = (name: string) =>
	name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** True for a file that says which profile handed it in (hand-in version 3 on). */
export const isIdentified = (file: Pick<SubmissionFile, 'version'>) =>
	file.version >= IDENTIFIED_SUBMISSION_VERSION;

/**
 * The student a hand-in comes from: the profile's uid and the name given (a profile two students
 * share, each typing their own name, is two students), or, for a file from before identifiers,
 * the name alone. A later hand-in replaces an earlier one only when their keys match.
 */
export function studentKeyOf(file: Pick<SubmissionFile, 'version' | 'student'>): string {
	const name = nameKey(file.student.name);
	return isIdentified(file) ? `id:${file.student.profileId}/${name}` : `name:${name}`;
}

/** The name a teacher sees: theirs if they renamed the student, else the one handed in. */
export const shownName = (row: Pick<Submission, 'label' | 'file'>) =>
	row.label?.trim() || row.file.student.name.trim();

/** Something about who handed a file in that the teacher should look at. */
export type IdentityFlag = {
	kind: 'same-name' | 'same-profile' | 'name-only';
	message: string;
	// the hand-ins concerned (this one first): the ones a merge would join
	group: string[];
};

/**
 * What to check in an assignment's current hand-ins, by hand-in id: two hand-ins by one name from
 * different profiles (two students, or one on two tablets), one profile under two names (a shared
 * profile, or a changed name), and files from before identifiers (matched by name alone).
 */
export function identityFlags(rows: readonly Submission[]): Map<string, IdentityFlag[]> {
	const flags = new Map<string, IdentityFlag[]>(rows.map((row) => [row.id, []]));
	const byName = groupBy(rows, (row) => nameKey(shownName(row)));
	const byProfile = groupBy(
		rows.filter((row) => isIdentified(row.file)),
		(row) => row.file.student.profileId
	);
	for (const row of rows) {
		const mine = flags.get(row.id)!;
		const sameName = byName.get(nameKey(shownName(row)))!;
		if (sameName.length > 1) {
			const allIdentified = sameName.every((other) => isIdentified(other.file));
			const name = shownName(row);
			mine.push({
				kind: 'same-name',
				message: allIdentified
					? m.flags_flag_same_name({ count: sameName.length, name })
					: m.flags_flag_same_name_older({ count: sameName.length, name }),
				group: ordered(row, sameName)
			});
		}
		if (isIdentified(row.file)) {
			const sameProfile = byProfile.get(row.file.student.profileId)!;
			const others = sameProfile.filter(
				(other) => nameKey(shownName(other)) !== nameKey(shownName(row))
			);
			if (others.length) {
				mine.push({
					kind: 'same-profile',
					message: m.flags_flag_same_profile({
						names: others.map((o) => m.flags_quoted({ text: shownName(o) })).join(', ')
					}),
					group: ordered(row, [row, ...others])
				});
			}
		} else {
			mine.push({
				kind: 'name-only',
				message: m.flags_flag_name_only(),
				group: [row.id]
			});
		}
	}
	return flags;
}

function ordered(row: Submission, group: readonly Submission[]): string[] {
	return [row.id, ...group.filter((other) => other.id !== row.id).map((other) => other.id)];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}
