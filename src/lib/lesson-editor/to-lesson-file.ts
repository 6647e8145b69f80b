import { stringify } from 'yaml';
import { LESSON_FILE_FORMAT, LESSON_FILE_VERSION, type LessonFile } from '../lesson-file/format';
import { sealLessonFile } from '../lesson-file/seal';
import { paragraphsOf, type DraftQuestion, type DraftSource, type LessonDraft } from './draft';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
const markdownFile = (front: unknown, body: string) => `---\n${yaml(front)}---\n\n${body.trim()}\n`;
const lines = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

// markdown would read these as markup; escaped, a paragraph renders as the words of the original
const escapeMarkdown = (paragraph: string) =>
	paragraph
		.replace(/[\\`*_[\]<>&#|~]/g, '\\$&')
		.replace(/^(\d+)([.)])/, '$1\\$2')
		.replace(/^([-+=])/, '\\$1');

/** The name of a source's original: as its adapted lesson named it, else after the source. */
export const seedOf = (source: DraftSource) => source.seed ?? `${source.id}.txt`;

function sourceFile(source: DraftSource): string {
	if (source.raw !== undefined) return source.raw;
	const authors = lines(source.authors).map((line) => {
		const [name, ...bio] = line.split(/\s+[—–-]\s+/);
		return bio.length ? { name: name!.trim(), bio: bio.join(' — ').trim() } : { name: line };
	});
	const { date, ...extra } = (source.extra ?? {}) as { date?: object };
	const front = {
		...extra,
		title: source.title,
		outlet: source.outlet.trim() || null,
		authors,
		date: { ...date, value: source.date.trim() },
		kind: source.kind,
		perspective: source.perspective,
		seed: seedOf(source)
	};
	const body = source.body ?? paragraphsOf(source.original).map(escapeMarkdown).join('\n\n');
	return markdownFile(front, body);
}

function questionFront(q: DraftQuestion): Record<string, unknown> {
	const kept = Object.fromEntries(Object.entries(q.extra ?? {}).filter(([, v]) => v !== undefined));
	const base = { id: q.id, kind: q.kind, prompt: q.prompt, ...kept };
	switch (q.kind) {
		case 'discussion':
			return { ...base, ...(lines(q.hints).length ? { hints: lines(q.hints) } : {}) };
		case 'short-answer':
			return { ...base, modelAnswer: q.modelAnswer };
		case 'multiple-choice':
			return {
				...base,
				choices: q.choices,
				answer: q.choices[q.correct] ?? '',
				explanation: q.explanation
			};
		case 'evidence': {
			const quotes = q.quotes.filter((quote) => quote.trim());
			return {
				...base,
				source: q.source,
				answer: quotes.length === 1 ? quotes[0] : quotes,
				explanation: q.explanation
			};
		}
		case 'compare':
			return { ...base, ...(q.compare.length ? { sources: q.compare } : {}) };
	}
}

/** The draft as a lesson file: what publishing checks and stores, and what a teacher passes on. */
export function lessonFileFromDraft(draft: LessonDraft, app: string, now = new Date()): LessonFile {
	const front = {
		title: draft.title,
		summary: draft.summary,
		topic: draft.topic,
		contentNote: draft.contentNote,
		balanceNote: draft.balanceNote,
		perspectives: draft.sources.filter((s) => !s.thread).map((s) => s.id),
		claims: draft.claims.map((claim) => ({ id: claim.id, point: claim.point, cells: claim.cells })),
		questions: draft.questions.map(questionFront),
		...(draft.glossary.length ? { glossary: draft.glossary.map((g) => g.id) } : {}),
		...(draft.timeline?.ids.length ? { timeline: draft.timeline.ids } : {})
	};
	const originals = new Map<string, string>();
	for (const source of draft.sources) {
		const seed = source.raw === undefined ? seedOf(source) : /^seed: *(\S+)/m.exec(source.raw)?.[1];
		if (seed) originals.set(seed, source.original);
	}
	return sealLessonFile({
		format: LESSON_FILE_FORMAT,
		version: LESSON_FILE_VERSION,
		id: draft.lessonId,
		title: draft.title,
		app,
		exportedAt: now.toISOString(),
		...(draft.madeBy?.trim() ? { madeBy: draft.madeBy.trim() } : {}),
		content: {
			lesson: markdownFile(front, draft.teacherGuide),
			sources: draft.sources.map((source) => ({ name: source.id, text: sourceFile(source) })),
			originals: [...originals].map(([name, text]) => ({ name, text })),
			...(draft.glossary.length
				? {
						glossary: yaml(
							draft.glossary.map((g) => ({
								...g.entry,
								id: g.id,
								term: g.term,
								definition: g.definition
							}))
						)
					}
				: {}),
			...(draft.timeline ? { timeline: draft.timeline.yaml } : {})
		}
	});
}
