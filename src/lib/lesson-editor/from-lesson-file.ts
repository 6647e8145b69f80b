import { parse } from 'yaml';
import { parseFrontMatter } from '../compiler/front-matter';
import type { LessonFile } from '../lesson-file/format';
import type { DraftCell, DraftQuestion, DraftSource, LessonDraft } from './draft';
import { emptyQuestion, emptySource } from './draft';

type Front = Record<string, unknown>;
const asText = (value: unknown) => (typeof value === 'string' ? value : '');
const asList = (value: unknown) => (Array.isArray(value) ? value : []);
const withoutKeys = (record: Front, keys: string[]) =>
	Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

function split(text: string): { front: Front; body: string } {
	const parsed = parseFrontMatter(text);
	if (!parsed.ok) throw new Error(parsed.message);
	return { front: parsed.yaml.data as Front, body: parsed.body };
}

function sourceFrom(
	name: string,
	text: string,
	originals: Map<string, string>,
	perspectives: string[]
): DraftSource {
	const { front, body } = split(text);
	const original = originals.get(asText(front.seed)) ?? '';
	const thread = !perspectives.includes(name);
	// reader comments and their threads stay as they were: the editor writes articles only
	if (front.kind === 'reader-comments') {
		return { ...emptySource(name), title: asText(front.title), original, raw: text, thread };
	}
	const authors = asList(front.authors)
		.map((a) => {
			const author = a as { name?: string; bio?: string };
			return author.bio ? `${author.name} — ${author.bio}` : (author.name ?? '');
		})
		.join('\n');
	const date = front.date as { value?: unknown } | undefined;
	// what the editor writes comes from its fields; everything else is kept as it was
	const extra = withoutKeys(front, ['title', 'outlet', 'authors', 'kind', 'perspective', 'seed']);
	const dating = withoutKeys((date ?? {}) as Front, ['value']);
	return {
		id: name,
		title: asText(front.title),
		outlet: asText(front.outlet),
		authors,
		date: String(date?.value ?? ''),
		kind: front.kind as DraftSource['kind'],
		perspective: asText(front.perspective),
		original,
		body: body.trim(),
		thread,
		seed: asText(front.seed),
		extra: { ...extra, date: dating }
	};
}

function questionFrom(raw: Front): DraftQuestion {
	const q = emptyQuestion(asText(raw.id), raw.kind as DraftQuestion['kind']);
	q.prompt = asText(raw.prompt);
	q.hints = asList(raw.hints).map(asText).join('\n');
	q.modelAnswer = asText(raw.modelAnswer);
	if (raw.kind === 'multiple-choice') {
		q.choices = asList(raw.choices).map(asText);
		q.correct = Math.max(0, q.choices.indexOf(asText(raw.answer)));
	}
	q.explanation = asText(raw.explanation);
	q.source = asText(raw.source);
	q.quotes = Array.isArray(raw.answer) ? raw.answer.map(asText) : [asText(raw.answer)];
	q.compare = asList(raw.sources).map(asText);
	return q;
}

/**
 * A draft from a lesson file: "Adapt this lesson". Fields the editor does not write (where a
 * question's "Show me where" points, an article's own questions, reader comments) are kept
 * through the `extra` of each question and the `raw` of each source.
 */
export function draftFromLessonFile(
	file: LessonFile,
	draftId: string,
	now = Date.now()
): LessonDraft {
	const { front, body } = split(file.content.lesson);
	const originals = new Map(file.content.originals.map((o) => [o.name, o.text]));
	const perspectives = asList(front.perspectives).map(asText);
	const glossaryEntries = file.content.glossary
		? (asList(parse(file.content.glossary)) as Front[])
		: [];
	const glossaryIds = asList(front.glossary).map(asText);
	const timelineIds = asList(front.timeline).map(asText);
	return {
		id: draftId,
		lessonId: file.id,
		title: asText(front.title),
		summary: asText(front.summary),
		topic: asText(front.topic),
		contentNote: asText(front.contentNote),
		balanceNote: asText(front.balanceNote),
		teacherGuide: body.trim(),
		sources: file.content.sources.map((s) => sourceFrom(s.name, s.text, originals, perspectives)),
		claims: asList(front.claims).map((raw) => {
			const claim = raw as { id?: string; point?: string; cells?: Record<string, DraftCell> };
			return { id: claim.id ?? '', point: claim.point ?? '', cells: { ...claim.cells } };
		}),
		questions: asList(front.questions).map((raw) => {
			const question = questionFrom(raw as Front);
			const { passage, fromArticle, needs } = raw as Front;
			const extra = { passage, fromArticle, needs };
			return Object.values(extra).some((v) => v !== undefined) ? { ...question, extra } : question;
		}),
		glossary: glossaryIds.map((id) => {
			const entry = glossaryEntries.find((e) => e.id === id) ?? {};
			return { id, term: asText(entry.term), definition: asText(entry.definition), entry };
		}),
		adaptedFrom: file.id,
		...(timelineIds.length && file.content.timeline
			? { timeline: { ids: timelineIds, yaml: file.content.timeline } }
			: {}),
		updatedAt: now
	};
}
