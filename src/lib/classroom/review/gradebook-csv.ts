// The class's gradebook as CSV (RFC 4180) for a spreadsheet. Pure.
import { describeAnswer, shorten } from '$lib/questions/answer-text';
import { annotationKinds, type AnnotationKind } from '$lib/model';
import { cellStatus, type CellTone } from './cell-status';
import type { Review, ReviewCell, ReviewColumn, ReviewRow } from './review-types';

// the gradebook's columns stay in English, whatever the interface's language: one file a school's
// spreadsheets read the same way each time
const csvKindNames: Record<AnnotationKind, string> = {
	evidence: 'Evidence',
	'loaded-word': 'Loaded word',
	question: 'Question',
	note: 'Note'
};

const BOM = '\uFEFF';
const CRLF = '\r\n';
const PROMPT_LENGTH = 40;

// a checked question's cell, in the words the review says it in English
const csvStatusWords: Record<CellTone, string> = {
	none: 'not answered',
	earlier: 'answered an earlier version of this question',
	right: 'right first try',
	retry: 'right after retry',
	wrong: 'wrong',
	partial: 'partly answered',
	open: 'answered'
};

/** A question's column header: "L1·Q3 When was the vote?" ("question 3" when the lesson is not here). */
const csvColumnName = (column: ReviewColumn) =>
	`L${column.lessonNumber}·Q${column.questionNumber} ${shorten(
		column.question ? column.prompt : `question ${column.questionNumber}`,
		PROMPT_LENGTH
	)}`;

/**
 * One CSV field. A field a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe; a field with a comma, quote, CR or LF is quoted, inner quotes doubled.
 */
export function csvField(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
	return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

const csvLine = (fields: (string | number)[]) => fields.map(csvField).join(',');

/** A checked question's status word, or an open question's answer as written. */
function cellText(
	column: ReviewColumn,
	cell: ReviewCell,
	accountNames: Readonly<Record<string, string>>
): string {
	if (column.autoChecked) return csvStatusWords[cellStatus(cell).tone];
	return describeAnswer(column.question, cell.value, undefined, accountNames);
}

/** Two rows of one name stay told apart in a spreadsheet: why to check, and the name on file. */
function nameCheck(row: ReviewRow): string {
	const notes = row.identity.filter((flag) => flag.kind !== 'name-only').map((f) => f.message);
	if (row.handedInAs) notes.push(`Handed in as “${row.handedInAs}”.`);
	return notes.join(' ');
}

/** "2031-05-30 14:05" in the device's own time zone: what a teacher reads, and a spreadsheet parses. */
export function localDateTime(text: string): string {
	const time = Date.parse(text);
	if (!Number.isFinite(time)) return text;
	const d = new Date(time);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The gradebook: one row per student, the totals as numbers (their "of n" is in the header, the
 * same for every student), then one column per question.
 */
export function gradebookCsv(review: Review): string {
	const { columns, rows } = review;
	const required = columns.filter((c) => c.required).length;
	const checked = columns.filter((c) => c.autoChecked).length;
	const header = [
		'Student',
		'Check the name',
		'Handed in',
		'Assignment version',
		`Required answered (of ${required})`,
		`Answered (of ${columns.length})`,
		`Right first try (of ${checked} checked questions)`,
		...annotationKinds.map((kind) => `${csvKindNames[kind]} marks`),
		...columns.map(csvColumnName)
	];
	const lines = [csvLine(header)];
	for (const row of rows) {
		lines.push(
			csvLine([
				row.name,
				nameCheck(row),
				localDateTime(row.handedInAt),
				row.version,
				row.totals.requiredAnswered,
				row.totals.answered,
				row.totals.rightFirstTry,
				...annotationKinds.map((kind) => row.annotations.filter((a) => a.kind === kind).length),
				...columns.map((column, c) => cellText(column, row.cells[c]!, review.accountNames))
			])
		);
	}
	return BOM + lines.join(CRLF) + CRLF;
}

/** A file name safe on every system: lower-case ASCII letters, digits and dashes. */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '')
		.slice(0, 60)
		.replace(/-+$/u, '');
	return slug || 'assignment';
}

/** `parallax-gradebook-<slug>-YYYY-MM-DD.csv`, dated in local time. */
export function gradebookFileName(title: string, date: Date): string {
	const day = [
		date.getFullYear(),
		String(date.getMonth() + 1).padStart(2, '0'),
		String(date.getDate()).padStart(2, '0')
	].join('-');
	return `parallax-gradebook-${slugify(title)}-${day}.csv`;
}
