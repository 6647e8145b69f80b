import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { csvField, gradebookCsv, gradebookFileName, localDateTime, slugify } from './gradebook-csv';
import { buildReview } from './review-model';
import { ann, bea, lessons, spec, submission } from './review-fixtures';

/** A minimal RFC 4180 reader, to check that the file parses back to what was meant. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += ch;
	}
	expect(field).toBe('');
	expect(row).toEqual([]);
	return rows;
}

describe('csvField', () => {
	it('leaves plain fields alone', () => {
		expect(csvField('Ann Lee')).toBe('Ann Lee');
		expect(csvField(3)).toBe('3');
		expect(csvField('')).toBe('');
	});

	it('quotes fields with a comma, quote, CR or LF, doubling inner quotes', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
		expect(csvField('x\ry')).toBe('"x\ry"');
	});

	it('defuses fields a spreadsheet would run as a formula', () => {
		expect(csvField('=1+1')).toBe("'=1+1");
		expect(csvField('+44 20')).toBe("'+44 20");
		expect(csvField('-5')).toBe("'-5");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\tx')).toBe("'\tx");
		expect(csvField('\rx')).toBe('"\'\rx"');
		expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvField('a=b')).toBe('a=b');
	});
});

describe('gradebookCsv', () => {
	const review = buildReview(spec, lessons, [bea, ann]);
	const csv = gradebookCsv(review);

	it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
		expect(csv.startsWith('\uFEFFStudent,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		// every LF outside a quoted answer follows a CR
		const outside = csv.replace(/"(?:[^"]|"")*"/gu, '');
		expect(outside).not.toMatch(/[^\r]\n/u);
		expect(outside.split('\r\n')).toHaveLength(4);
	});

	describe('in another interface language', () => {
		afterEach(() => setActiveLocale('en'));

		it('is the same English file, while the review itself speaks the language', () => {
			setActiveLocale('ru');
			const russian = buildReview(spec, lessons, [bea, ann]);
			expect(russian.columns.at(-1)!.label).not.toBe(review.columns.at(-1)!.label);
			expect(gradebookCsv(russian)).toBe(csv);
		});
	});

	it('has the totals and one column per question in the header', () => {
		const [header] = parseCsv(csv.slice(1));
		expect(header).toEqual([
			'Student',
			'Check the name',
			'Handed in',
			'Assignment version',
			'Required answered (of 3)',
			'Answered (of 7)',
			'Right first try (of 3 checked questions)',
			'Evidence marks',
			'Loaded word marks',
			'Question marks',
			'Note marks',
			'L1·Q1 What would you ask the mayor?',
			'L1·Q2 Why did the vote happen, in one…',
			'L1·Q3 When was the vote?',
			'L1·Q4 Find where the cost is given.',
			'L1·Q5 How does each account sound?',
			'L2·Q1 question 1',
			'L2·Q2 question 2'
		]);
	});

	it('gives status words for checked questions and answers for open ones', () => {
		const [, a, b] = parseCsv(csv.slice(1));
		expect(a).toEqual([
			'Ann',
			'',
			localDateTime('2025-03-12T08:30:00.000Z'),
			'1',
			'2',
			'5',
			'1',
			...['0', '0', '0', '0'],
			'',
			`'=cheap, "fast" fix`,
			'right after retry',
			'right first try',
			'herald: Calm.\npost: Angry.',
			'',
			'right after retry'
		]);
		expect(b).toEqual([
			'bea',
			'',
			localDateTime('2025-03-09T10:00:00.000Z'),
			'2',
			'2',
			'5',
			'2',
			...['0', '0', '0', '0'],
			'Who pays?\nAnd when?',
			'',
			'right first try',
			'wrong',
			'herald: Calm.',
			'Less plastic',
			'right first try'
		]);
		// the raw text: the formula defused inside its quotes, inner quotes doubled
		expect(csv).toContain(`"'=cheap, ""fast"" fix"`);
		expect(csv).toContain('"Who pays?\nAnd when?"');
	});

	it('says a choice was made in an earlier version of the question, not right or wrong', () => {
		const answers = [
			{
				questionId: 'when',
				value: { kind: 'choice', choice: 'legacy-1', firstChoice: 'legacy-1', attempts: 1 },
				updatedAt: 1,
				status: 'correct',
				firstTryCorrect: true
			} as const
		];
		const cy = submission('Cy', [
			{
				id: 'bridge',
				hash: '',
				title: 'The bridge vote',
				score: { questions: 5, answered: 1, autoChecked: 1, correctFirstTry: 1, correctNow: 1 },
				answers: [...answers]
			}
		]);
		const [, row] = parseCsv(gradebookCsv(buildReview(spec, lessons, [cy])).slice(1));
		expect(row![13]).toBe('answered an earlier version of this question');
		expect(row![6]).toBe('0');
	});

	it('counts each student’s highlights and notes by kind', () => {
		const mark = (id: string, kind: 'evidence' | 'loaded-word' | 'note') => ({
			id,
			sourceId: 'herald',
			paragraphId: 'p-1',
			exact: 'the vote',
			prefix: '',
			suffix: '',
			start: 0,
			kind,
			note: '',
			createdAt: 1,
			updatedAt: 1
		});
		const dee = submission('Dee', [
			{
				id: 'bridge',
				hash: '',
				title: 'The bridge vote',
				score: { questions: 5, answered: 0, autoChecked: 0, correctFirstTry: 0, correctNow: 0 },
				answers: [],
				annotations: [mark('a', 'loaded-word'), mark('b', 'loaded-word'), mark('c', 'note')]
			}
		]);
		const [, row] = parseCsv(gradebookCsv(buildReview(spec, lessons, [dee])).slice(1));
		expect(row!.slice(7, 11)).toEqual(['0', '2', '0', '1']);
	});

	it('defuses a student name that looks like a formula', () => {
		const csv = gradebookCsv(buildReview(spec, lessons, [submission('=cmd|calc', [])]));
		expect(parseCsv(csv.slice(1))[1]![0]).toBe("'=cmd|calc");
	});

	it('is just the header without hand-ins', () => {
		const rows = parseCsv(gradebookCsv(buildReview(spec, lessons, [])).slice(1));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.slice(4, 7)).toEqual([
			'Required answered (of 3)',
			'Answered (of 6)',
			'Right first try (of 2 checked questions)'
		]);
	});
});

describe('gradebookFileName', () => {
	it('slugs the title and dates the file in local time', () => {
		expect(gradebookFileName('Bridge week: Día 2!', new Date(2025, 2, 7, 23, 59))).toBe(
			'parallax-gradebook-bridge-week-dia-2-2025-03-07.csv'
		);
		expect(gradebookFileName('???', new Date(2025, 11, 31))).toBe(
			'parallax-gradebook-assignment-2025-12-31.csv'
		);
	});

	it('keeps slugs short', () => {
		expect(slugify('a'.repeat(100))).toHaveLength(60);
		expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
	});
});

describe('what a teacher reads in the gradebook', () => {
	it('gives hand-in times in the device’s own time zone, as a spreadsheet reads them', () => {
		const zone = process.env.TZ;
		try {
			process.env.TZ = 'Asia/Yerevan';
			expect(localDateTime('2025-03-12T08:30:00.000Z')).toBe('2025-03-12 12:30');
			process.env.TZ = 'America/New_York';
			expect(localDateTime('2025-03-12T08:30:00.000Z')).toBe('2025-03-12 04:30');
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});

	it('names the accounts of a comparison answer, not their ids', () => {
		const named = buildReview(spec, lessons, [ann], {
			herald: 'The Herald: Bridge vote',
			post: 'The Post: Vote'
		});
		const [, row] = parseCsv(gradebookCsv(named).slice(1));
		expect(row).toContain('The Herald: Bridge vote: Calm.\nThe Post: Vote: Angry.');
		expect(row!.join(' ')).not.toMatch(/herald: Calm/);
	});
});
