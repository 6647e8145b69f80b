import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileLibrary } from '$lib/compiler/library';
import type { LessonPack } from '$lib/content/model';
import { lessonFileFrom } from '$lib/lesson-file/make';
import { checkLessonFileText } from '$lib/lesson-file/read';
import { readContentFiles } from '$lib/server/content-files';
import { emptyDraft, emptyQuestion, type LessonDraft } from './draft';
import { draftFromLessonFile } from './from-lesson-file';
import { lessonFileFromDraft } from './to-lesson-file';

const files = readContentFiles(join(import.meta.dirname, '../../..'));
const packs = compileLibrary(files).packs.map((p) => JSON.parse(p.json) as LessonPack);

const ARTICLE = `The column was stopped near the corridor on 5 March.

Three police officers were killed, the ministry said. *Witnesses* disagreed about who fired first.

1. A numbered line, # and <b>markup</b> & all, stays words.`;
const OTHER = `Officials in the other capital called the report "a fabrication".

They said their soldiers had answered fire from the column.`;

/** A lesson written from scratch in the editor: two pasted articles and a question of each kind. */
function written(): LessonDraft {
	const draft = emptyDraft('draft-1');
	Object.assign(draft, {
		lessonId: 'corridor-shooting',
		title: 'The corridor shooting, as two sides tell it',
		summary: 'Two accounts of one shooting.',
		topic: 'Lachin corridor',
		contentNote: 'This lesson describes killings.',
		balanceNote:
			'The library has one account from each side and none from an independent observer.',
		teacherGuide: '## Before the lesson\n\nRead both accounts.'
	});
	draft.sources[0] = {
		...draft.sources[0]!,
		id: 'report-a',
		title: 'Three officers killed',
		authors: 'A. Reporter — a correspondent, as the article says',
		date: '2023-03',
		kind: 'news-report',
		perspective: 'A news report from one side’s press.',
		original: ARTICLE
	};
	draft.sources[1] = {
		...draft.sources[1]!,
		id: 'statement-b',
		title: 'A fabrication, officials say',
		date: '2023-03-06',
		kind: 'opinion',
		perspective: 'A statement from the other side’s officials.',
		original: OTHER
	};
	draft.claims = [
		{
			id: 'who-fired',
			point: 'Who fired first?',
			cells: {
				// the words as the article has them, its asterisks too
				'report-a': { quote: '*Witnesses* disagreed about who fired first.' },
				'statement-b': { quote: 'answered fire from the column' }
			}
		}
	];
	const discussion = {
		...emptyQuestion('q-discuss', 'discussion'),
		prompt: 'Why might the accounts differ?',
		hints: 'Who is speaking?'
	};
	const short = {
		...emptyQuestion('q-short', 'short-answer'),
		prompt: 'What does report A say happened?',
		modelAnswer: 'Three officers were killed.'
	};
	const choice = {
		...emptyQuestion('q-choice', 'multiple-choice'),
		prompt: 'Whom does report A cite for the deaths?',
		choices: ['The ministry', 'The other side', 'No one'],
		correct: 0,
		explanation: 'It says “the ministry said”.'
	};
	const evidence = {
		...emptyQuestion('q-evidence', 'evidence'),
		prompt: 'Which paragraph of statement B gives its side’s version?',
		source: 'statement-b',
		quotes: ['answered fire from the column'],
		explanation: 'It says their soldiers answered fire.'
	};
	const compare = {
		...emptyQuestion('q-compare', 'compare'),
		prompt: 'Compare what each says about who fired.'
	};
	draft.questions = [discussion, short, choice, evidence, compare];
	return draft;
}

describe('the lesson editor’s drafts as lesson files', () => {
	it('turn a lesson written from scratch into a file the build’s checks accept', () => {
		const check = checkLessonFileText(JSON.stringify(lessonFileFromDraft(written(), '0.1.0')));
		expect(check.ok, check.ok ? '' : check.problems.join('\n')).toBe(true);
		if (!check.ok) return;
		expect(check.pack.lesson.questions.map((q) => q.kind)).toEqual([
			'discussion',
			'short-answer',
			'multiple-choice',
			'evidence',
			'compare'
		]);
		// markup characters in a pasted article stay words, so the paragraph is the original's
		const paragraphs =
			check.pack.sources[0]!.kind === 'reader-comments' ? [] : check.pack.sources[0]!.blocks;
		expect(paragraphs.map((b) => b.text)).toContain(
			'1. A numbered line, # and <b>markup</b> & all, stays words.'
		);
	});

	it('refuse a quote that is not in the pasted original, saying where', () => {
		const draft = written();
		draft.claims[0]!.cells['report-a'] = { quote: '*Witnesses* agreed about who fired first.' };
		const check = checkLessonFileText(JSON.stringify(lessonFileFromDraft(draft, '0.1.0')));
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.problems.join('\n')).toMatch(/the lesson, line \d+, claims\[0\]/);
	});

	it('adapt every lesson of the library and give back the very same lesson', () => {
		for (const pack of packs) {
			const file = lessonFileFrom(files, pack, '0.1.0', '2026-11-28T10:00:00Z');
			const draft = draftFromLessonFile(file, `draft-${pack.lesson.id}`);
			expect(draft.adaptedFrom).toBe(pack.lesson.id);
			const check = checkLessonFileText(JSON.stringify(lessonFileFromDraft(draft, '0.1.0')));
			expect(check.ok, check.ok ? '' : `${pack.lesson.id}: ${check.problems.join('\n')}`).toBe(
				true
			);
			if (check.ok) expect(check.pack.hash, pack.lesson.id).toBe(pack.hash);
		}
	});
});
