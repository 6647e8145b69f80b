// Small factories for compiler tests: a valid library in memory that each test bends one way.
import type { ContentFiles } from './library';

export const SEED_NAME = '000_test.txt';
export const SEED_TEXT = `A Test Headline

By Ada Writer

The council said on Monday that 12 people had died in the flooding.
Residents said the warning came “far too late” to leave.

Officials blamed the storm; critics blamed the dam — both sides agree the river rose fast.

Caption text for a photo of the river.

What should the council have done?

Comments

Rita Reader
February 27, 2020 at 10:02 am
The dam was never inspected after the last flood.

Nobody on the council answered our letters.

Sam Neighbour
The inspection report was published in May.
`;

export function sourceFile(overrides: Record<string, string> = {}, body?: string): string {
	const fields: Record<string, string> = {
		title: 'A Test Headline',
		outlet: 'The Test Gazette',
		authors: '\n  - name: Ada Writer\n    bio: A reporter.',
		date: '\n  value: 2020-02\n  approximate: true\n  reason: The text says "on Monday".',
		kind: 'news-report',
		perspective: 'Staff reporter for a local newspaper',
		seed: SEED_NAME,
		questions: '\n  - What should the council have done?',
		...overrides
	};
	const yaml = Object.entries(fields)
		.filter(([, value]) => value !== '')
		.map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
		.join('\n');
	const text =
		body ??
		[
			'The council said on Monday that 12 people had died in the flooding. Residents said the warning came "far too late" to leave.',
			'Officials blamed the storm; critics blamed the dam -- both sides agree the river rose fast.'.replace(
				'--',
				'—'
			),
			'Caption: Caption text for a photo of the river.'
		].join('\n\n');
	return `---\n${yaml}\n---\n\n${text}\n`;
}

export const LESSON_YAML = `title: Flood lesson
summary: Two accounts of one flood.
topic: Floods
contentNote: Describes deaths in a flood.
perspectives:
  - gazette
  - herald
claims:
  - id: deaths
    point: How many died?
    cells:
      gazette:
        quote: 12 people had died
      herald:
        notAddressed: true
questions:
  - id: q-mc
    kind: multiple-choice
    prompt: Who gave the number of deaths?
    choices: [The council, The residents]
    answer: The council
    explanation: The council gave it.
  - id: q-evidence
    kind: evidence
    prompt: Which paragraph says who was blamed?
    source: gazette
    answer: critics blamed the dam
    explanation: It names both.
  - id: q-compare
    kind: compare
    prompt: Compare the two.
  - id: q-article
    kind: discussion
    prompt: What should the council have done?
    fromArticle: gazette
glossary:
  - dam
timeline:
  - dam-built
  - flood-1990
balanceNote: Both accounts are from local newspapers; no official report is in this library.`;

export function lessonFile(yaml = LESSON_YAML, body = '## Guide\n\nTeach it.'): string {
	return `---\n${yaml}\n---\n\n${body}\n`;
}

export const GLOSSARY = `- id: dam
  term: dam
  definition: A barrier that holds back water.
  names:
    - name: reservoir wall
      usedBy: engineers
`;

/** content/timeline.yml: listed out of date order, so a lesson's events must be sorted. */
export const TIMELINE = `- id: flood-1990
  date: 1990-03-12
  text: The river floods the town.
  names:
    - name: the Great Flood
      usedBy: local usage
- id: dam-built
  date: '1971'
  text: The dam upstream of the town is finished.
- id: inquiry-1991
  date: 1991-05
  text: An inquiry into the flood opens.
`;

/** A reader-comments thread posted under the gazette article (not in the default library). */
export function commentsSource(): { path: string; text: string } {
	const yaml = `title: Comments on "A Test Headline"
outlet: The Test Gazette
authors: []
date:
  value: 2020-02
  approximate: true
  reason: The comments are dated February 27, 2020.
kind: reader-comments
perspective: Anonymous readers of the article
seed: ${SEED_NAME}
commentsOn: gazette
comments:
  - author: Rita Reader
    date: February 27, 2020 at 10:02 am
    text: |
      The dam was never inspected after the last flood.

      Nobody on the council answered our letters.
    replies:
      - author: Sam Neighbour
        text: The inspection report was published in May.`;
	return { path: 'content/sources/gazette-comments.md', text: `---\n${yaml}\n---\n` };
}

/** A library that compiles cleanly; pass overrides to break one thing at a time. */
export function library(overrides: Partial<ContentFiles> = {}): ContentFiles {
	return {
		sources: [
			{ path: 'content/sources/gazette.md', text: sourceFile() },
			{ path: 'content/sources/herald.md', text: sourceFile({ outlet: 'null', kind: 'opinion' }) }
		],
		lessons: [{ path: 'content/lessons/flood.md', text: lessonFile() }],
		glossary: { path: 'content/glossary.yml', text: GLOSSARY },
		timeline: { path: 'content/timeline.yml', text: TIMELINE },
		seeds: new Map([[SEED_NAME, SEED_TEXT]]),
		...overrides
	};
}
