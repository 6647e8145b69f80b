import * as z from 'zod/mini';
import { answerValueSchema } from '$lib/classroom/answer-schema';
import { assignmentProblem } from '$lib/classroom/link-check';
import { storedSubmissionSchema } from '$lib/classroom/submission';
import type { AssignmentSpec } from '$lib/model';
import { choiceFromPosition, isPositionalChoice } from '$lib/legacy/answers';
import {
	readUntrustedFile,
	readUntrustedText,
	refuse,
	type Refusal,
	type UntrustedRead
} from '$lib/files/read-untrusted';
import type { UntrustedKind } from '$lib/files/untrusted-kind';
import type { Answer, BackupProfile } from '$lib/db';
import { annotationSchema } from '$lib/classroom/annotation-schema';
import { m } from '$lib/paraglide/messages';
import { draftSchema } from './draft-schema';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	MAX_BACKUP_BYTES,
	OLDEST_BACKUP_VERSION,
	type Backup
} from './format';

/** A file's verdict: the backup it holds, or why it is refused, in words a teacher can act on. */
export type BackupCheck = { ok: true; backup: Backup } | Refusal;

// each schema names what it expects: zod/mini ships no messages of its own
const id = z.string({ error: 'a non-empty id' }).check(z.minLength(1, 'a non-empty id'));
const timestamp = z.number({ error: 'a number' });
const text = z.string({ error: 'text' });

// from version 3 on a profile carries its uid; an older backup's profiles get one when added
const profileOf = (version: number) =>
	z.object(
		{
			id,
			uid: version >= 3 ? id : z.optional(id),
			name: z.string({ error: 'a name' }).check(z.minLength(1, 'a non-empty name')),
			colour: z.optional(text),
			emoji: z.optional(text),
			createdAt: timestamp
		},
		{ error: 'a profile' }
	);

// version 1 recorded a choice as the option's position, later versions as the option's id
const answerOf = (positional: boolean) =>
	z.object(
		{
			profileId: id,
			lessonId: id,
			questionId: id,
			value: positional ? answerValueSchema(undefined, { positional }) : answerValueSchema(),
			updatedAt: timestamp
		},
		{ error: 'an answer' }
	);

const progress = z.object(
	{
		profileId: id,
		lessonId: id,
		read: z.record(z.string(), z.boolean({ error: 'true or false' }), { error: 'an object' }),
		position: z.record(z.string(), id, { error: 'an object' }),
		updatedAt: timestamp
	},
	{ error: 'reading progress' }
);

const setting = z.object(
	{
		key: z
			.string({ error: 'a setting key' })
			.check(z.startsWith('profile.', 'a per-profile setting key (starting with "profile.")')),
		value: z.unknown()
	},
	{ error: 'a setting' }
);

// an assignment as link.ts checks it, with the first thing wrong named
const spec = z.unknown().check(
	z.superRefine((value, ctx) => {
		const problem = assignmentProblem(value);
		if (problem)
			ctx.addIssue({ code: 'custom', message: `an assignment (${problem})`, input: value });
	})
) as unknown as z.ZodMiniType<AssignmentSpec>;

const assignment = z.object(
	{
		id,
		spec,
		createdAt: timestamp,
		updatedAt: timestamp,
		archived: z.union([z.literal(0), z.literal(1)], { error: '0 or 1' })
	},
	{ error: 'an assignment' }
);

const handIn = z.object(
	{
		id,
		assignmentId: id,
		studentKey: id,
		file: storedSubmissionSchema(),
		importedAt: timestamp,
		warnings: z.array(text, { error: 'a list of texts' }),
		replaced: z.optional(
			z.object(
				{
					by: id,
					at: timestamp,
					merged: z.optional(z.literal(true)),
					undone: z.optional(z.literal(true))
				},
				{ error: 'what replaced it' }
			)
		),
		label: z.optional(text),
		aliases: z.optional(z.array(id, { error: 'a list of ids' }))
	},
	{ error: 'a hand-in' }
);

const received = z.object(
	{
		profileId: id,
		assignmentId: id,
		spec,
		receivedAt: timestamp,
		handedInAt: z.optional(timestamp),
		handedInVersion: z.optional(z.int({ error: 'a whole number' })),
		studentName: z.optional(text)
	},
	{ error: 'a received assignment' }
);

// a lesson file as it came; the lesson-file checks read it on import (import.ts)
const lesson = z.object(
	{ id, text, madeHere: z.optional(z.boolean({ error: 'true or false' })) },
	{ error: 'a lesson from a lesson file' }
);

// versions 1 and 2 held no teacher data and no received assignments, 1 to 3 no lessons or drafts
const listOf = <T extends z.ZodMiniType>(version: number, item: T, what: string, since = 3) =>
	version >= since ? z.array(item, { error: what }) : z.optional(z.array(item, { error: what }));

const backupSchemaOf = (version: number) =>
	z.object({
		format: z.literal(BACKUP_FORMAT),
		version: z.literal(version),
		exportedAt: z.iso.datetime({ error: 'a date and time like "2024-09-30T14:05:00.000Z"' }),
		profiles: z.array(profileOf(version), { error: 'a list of profiles' }),
		answers: z.array(answerOf(version < 2), { error: 'a list of answers' }),
		progress: z.array(progress, { error: 'a list of reading progress' }),
		settings: z.array(setting, { error: 'a list of settings' }),
		assignments: listOf(version, assignment, 'a list of assignments'),
		handIns: listOf(version, handIn, 'a list of hand-ins'),
		received: listOf(version, received, 'a list of received assignments'),
		lessons: listOf(version, lesson, 'a list of lessons', 4),
		drafts: listOf(version, draftSchema, 'a list of lesson drafts', 4),
		annotations: listOf(version, annotationSchema, 'a list of highlights and notes', 5)
	});

type BackupFile = ReturnType<typeof backupSchemaOf>['_zod']['output'];

/** How a backup is read and its refusals worded. */
const BACKUP: UntrustedKind<BackupFile> = {
	file: 'backup',
	format: BACKUP_FORMAT,
	oldest: OLDEST_BACKUP_VERSION,
	newest: BACKUP_VERSION,
	maxBytes: MAX_BACKUP_BYTES,
	// a backup is about ten levels deep (a hand-in inside it six); a setting's value is the app's own
	maxDepth: 64,
	schemaOf: backupSchemaOf,
	otherFormats: {
		get 'parallax-submission'() {
			return m.backup_is_hand_in();
		},
		get 'parallax-assignment'() {
			return m.backup_is_assignment();
		}
	}
};

/** Checks a backup file's text: JSON, a Parallax backup, a version this app reads, every field. */
export function parseBackup(text: string): BackupCheck {
	return checked(readUntrustedText(text, BACKUP));
}

/** Reads and checks a chosen file; an oversized one is refused before it is read at all. */
export async function readBackupFile(file: Blob): Promise<BackupCheck> {
	return checked(await readUntrustedFile(file, BACKUP));
}

// what the schema cannot say: rows that disagree with each other
function checked(read: UntrustedRead<BackupFile>): BackupCheck {
	if (!read.ok) return read;
	const data = read.value;
	const backup: Backup = {
		...data,
		version: BACKUP_VERSION,
		answers: data.answers.map(withOptionIds),
		settings: data.settings.map(asSetting),
		assignments: data.assignments ?? [],
		handIns: data.handIns ?? [],
		received: data.received ?? [],
		lessons: data.lessons ?? [],
		drafts: data.drafts ?? [],
		annotations: data.annotations ?? []
	};
	const misplaced = backup.handIns.find(
		(row) =>
			row.file.assignment.id !== row.assignmentId ||
			row.id !== `${row.assignmentId}/${row.file.checksum}`
	);
	if (misplaced) {
		return refuse(m.backup_misplaced_hand_in({ id: misplaced.id }));
	}
	const twice = duplicateProfile(backup.profiles);
	if (twice) {
		return refuse(m.backup_duplicate_profile({ name: twice.name, id: twice.id }));
	}
	return { ok: true, backup };
}

/**
 * A version-1 answer with option ids: a backup does not say which version of each lesson its
 * answers were given against, so a position is never matched to this device's options; it is
 * kept as a legacy marker and shown as an answer to an earlier version.
 */
function withOptionIds(answer: Omit<Answer, 'value'> & { value: unknown }): Answer {
	const value = isPositionalChoice(answer.value)
		? choiceFromPosition(answer.value, undefined)
		: (answer.value as Answer['value']);
	return { ...answer, value };
}

// a setting's value is any JSON, and required: the schema checks it is present
function asSetting(row: { key: string; value?: unknown }): Backup['settings'][number] {
	return { key: row.key, value: row.value };
}

function duplicateProfile(profiles: BackupProfile[]): BackupProfile | undefined {
	const seen = new Set<string>();
	for (const entry of profiles) {
		if (seen.has(entry.id)) return entry;
		seen.add(entry.id);
	}
	return undefined;
}
