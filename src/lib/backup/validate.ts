import * as z from 'zod/mini';
import { answerValueSchema } from '$lib/classroom/answer-schema';
import { assignmentProblem } from '$lib/classroom/link-check';
import { storedSubmissionSchema } from '$lib/classroom/submission';
import type { AssignmentSpec } from '$lib/model';
import { choiceFromPosition, isPositionalChoice } from '$lib/legacy/answers';
import { describeIssueList } from '$lib/files/issue-path';
import type { Answer, BackupProfile } from '$lib/db';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	MAX_BACKUP_BYTES,
	OLDEST_BACKUP_VERSION,
	type Backup
} from './format';

/** A file's verdict: the backup it holds, or why it is refused, in words a teacher can act on. */
export type BackupCheck = { ok: true; backup: Backup } | { ok: false; reason: string };

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

// versions 1 and 2 held no teacher data and no received assignments
const listOf = <T extends z.ZodMiniType>(version: number, item: T, what: string) =>
	version >= 3 ? z.array(item, { error: what }) : z.optional(z.array(item, { error: what }));

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
		received: listOf(version, received, 'a list of received assignments')
	});

const TRUNCATED = 'The file is damaged or incomplete: it ends before the backup does.';
// enough to find and fix the problems without burying the message
const PROBLEMS_SHOWN = 3;

/** Checks a backup file's text: JSON, a Parallax backup, a version this app reads, every field. */
export function parseBackup(text: string): BackupCheck {
	const content = text.replace(/^\uFEFF/, '');
	if (!content.trim()) return refuse('The file is empty, so there is nothing to import.');
	const json = parseJson(content);
	if (!json.ok) return json;
	const wrongKind = checkFormat(json.value) ?? checkVersion(json.value);
	if (wrongKind) return refuse(wrongKind);

	const version = (json.value as { version: number }).version;
	const result = backupSchemaOf(version).safeParse(json.value);
	if (!result.success) return refuse(describeIssues(result.error.issues, json.value));
	const backup: Backup = {
		...result.data,
		version: BACKUP_VERSION,
		answers: result.data.answers.map(withOptionIds),
		settings: result.data.settings.map(asSetting),
		assignments: result.data.assignments ?? [],
		handIns: result.data.handIns ?? [],
		received: result.data.received ?? []
	};

	const misplaced = backup.handIns.find(
		(row) =>
			row.file.assignment.id !== row.assignmentId ||
			row.id !== `${row.assignmentId}/${row.file.checksum}`
	);
	if (misplaced) {
		return refuse(
			`This backup files a hand-in (id ${misplaced.id}) under the wrong assignment or file, so it is damaged or was edited by hand. It was not imported.`
		);
	}
	const twice = duplicateProfile(backup.profiles);
	if (twice) {
		return refuse(
			`This backup lists the profile "${twice.name}" (id ${twice.id}) more than once, so it is damaged or was edited by hand. It was not imported.`
		);
	}
	return { ok: true, backup };
}

/** Reads and checks a chosen file; an oversized one is refused before it is read at all. */
export async function readBackupFile(file: Blob): Promise<BackupCheck> {
	if (file.size > MAX_BACKUP_BYTES) {
		return refuse(
			`This file is ${megabytes(file.size)} MB; a Parallax backup is at most ${megabytes(MAX_BACKUP_BYTES)} MB. It was not imported.`
		);
	}
	let text: string;
	try {
		text = await file.text();
	} catch {
		// e.g. the file was moved or changed on disk after it was chosen
		return refuse('The file could not be read. Choose it again and retry.');
	}
	return parseBackup(text);
}

function refuse(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		const position = errorPosition(error);
		const atEnd = position === undefined || position >= text.trimEnd().length;
		if (atEnd && endsEarly(text)) return refuse(TRUNCATED);
		const where = position === undefined ? '' : ` at position ${position}`;
		return refuse(
			`The file is not valid JSON${where}: it is not a Parallax backup, or it is damaged.`
		);
	}
}

// engines word parse errors differently; V8 names a position, others may not
function errorPosition(error: unknown): number | undefined {
	const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
	return match ? Number(match[1]) : undefined;
}

// a cut-off file stops inside a string, object or list; a wrong one usually does not
function endsEarly(text: string): boolean {
	let depth = 0;
	let inString = false;
	let escaped = false;
	for (const char of text) {
		if (escaped) escaped = false;
		else if (inString && char === '\\') escaped = true;
		else if (char === '"') inString = !inString;
		else if (inString) continue;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') depth--;
	}
	return inString || depth > 0;
}

function checkFormat(data: unknown): string | undefined {
	if (!isObject(data)) {
		return `This file is not a Parallax backup: it holds ${describeValue(data)}, not a backup.`;
	}
	const { format } = data;
	if (format === BACKUP_FORMAT) return undefined;
	if (typeof format === 'string' && format.startsWith('parallax-')) {
		return `This is a different kind of Parallax file ("${format}"), not a backup.`;
	}
	return 'This file is not a Parallax backup: it does not say it is one.';
}

function checkVersion(data: unknown): string | undefined {
	const version = isObject(data) ? data.version : undefined;
	if (
		typeof version === 'number' &&
		Number.isInteger(version) &&
		version >= OLDEST_BACKUP_VERSION &&
		version <= BACKUP_VERSION
	) {
		return undefined;
	}
	if (version === undefined) {
		return 'This backup does not say which version it is, so it cannot be read safely. The file may be damaged.';
	}
	if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
		return `This backup was made by a newer version of Parallax (backup version ${version}); this app reads version ${BACKUP_VERSION}. Update the app, then import it.`;
	}
	if (typeof version === 'number' && Number.isInteger(version) && version >= 0) {
		return `This backup was made by an older version of Parallax (backup version ${version}) that this app can no longer read.`;
	}
	return `This backup has an invalid version (${describeValue(version)}); this app reads version ${BACKUP_VERSION}. The file may be damaged.`;
}

function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
	const list = describeIssueList(issues, data, {
		shown: PROBLEMS_SHOWN,
		whole: 'the backup',
		describeValue
	});
	return `This file looks like a Parallax backup, but some of its data is wrong, so it was not imported: ${list}.`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	const shown = JSON.stringify(value) ?? String(value);
	return shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
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

// rounded up, so a file just over the limit never reads as "20 MB; at most 20 MB"
function megabytes(bytes: number): string {
	const tenths = Math.ceil((bytes / (1024 * 1024)) * 10 - 1e-9);
	return (tenths / 10).toFixed(1).replace(/\.0$/, '');
}
