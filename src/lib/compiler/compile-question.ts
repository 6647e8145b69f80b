import { optionId } from '../content/choice-ids';
import { normalizeForMatch } from '../content/normalize';
import type { QuestionInput } from '../content/schema/lesson';
import type {
	ChoiceOption,
	CompiledQuestion,
	CompiledSource,
	PassageLink
} from '../content/schema/compiled';
import { compileEvidenceAnswers } from './evidence-answers';
import { excerpt } from './provenance';

/** Reports a problem at a front-matter path, under a field name the author recognises. */
export type Report = (path: (string | number)[], field: string, message: string) => void;

export type QuestionHelpers = {
	report: Report;
	link: (
		source: string,
		quote: string,
		path: (string | number)[],
		field: string
	) => string | undefined;
	sources: ReadonlyMap<string, CompiledSource>;
	broken: ReadonlySet<string>;
	perspectives: string[];
};

/** Compiles one question of a lesson, reporting what it gets wrong. */
export function compileQuestion(
	q: QuestionInput,
	path: (string | number)[],
	field: string,
	{ report, link, sources, broken, perspectives }: QuestionHelpers
): CompiledQuestion | undefined {
	let passage: PassageLink | undefined;
	if (q.passage) {
		const blockId = link(
			q.passage.source,
			q.passage.quote,
			[...path, 'passage', 'quote'],
			`${field}.passage.quote`
		);
		if (blockId) passage = { ...q.passage, blockId };
	}
	if (q.fromArticle && !broken.has(q.fromArticle)) {
		const source = sources.get(q.fromArticle);
		const asked = (source?.questions ?? []).map(normalizeForMatch);
		if (!source) {
			report([...path, 'fromArticle'], `${field}.fromArticle`, `unknown source "${q.fromArticle}"`);
		} else if (!asked.includes(normalizeForMatch(q.prompt))) {
			report(
				[...path, 'prompt'],
				`${field}.prompt`,
				`is marked as from the article but is not one of the questions of source "${q.fromArticle}"`
			);
		}
	}
	const base = {
		id: q.id,
		prompt: q.prompt,
		...(q.fromArticle ? { fromArticle: q.fromArticle } : {}),
		...(passage ? { passage } : {})
	};
	switch (q.kind) {
		case 'discussion':
			return { ...base, kind: q.kind, hints: q.hints ?? [] };
		case 'short-answer':
			return { ...base, kind: q.kind, modelAnswer: q.modelAnswer };
		case 'multiple-choice': {
			// ids come from the text, so an answer survives reordering and the reader's shuffle
			const choices: ChoiceOption[] = q.choices.map((text) => ({ id: optionId(text), text }));
			const firstWithId = new Map<string, number>();
			let clash = false;
			choices.forEach((choice, k) => {
				const earlier = firstWithId.get(choice.id);
				if (earlier === undefined) return void firstWithId.set(choice.id, k);
				clash = true;
				const same = normalizeForMatch(choice.text) === normalizeForMatch(q.choices[earlier]!);
				report(
					[...path, 'choices', k],
					`${field}.choices[${k}]`,
					same
						? `duplicate choice ${excerpt(choice.text)}: the same as choices[${earlier}] once quotes, dashes and spaces are normalised`
						: `${excerpt(choice.text)} has the same option id (${choice.id}) as choices[${earlier}]; reword one of them`
				);
			});
			const answer = optionId(q.answer);
			if (!firstWithId.has(answer)) {
				report(
					[...path, 'answer'],
					`${field}.answer`,
					`${excerpt(q.answer)} is not one of the choices`
				);
				return undefined;
			}
			if (clash) return undefined;
			return { ...base, kind: q.kind, choices, answer, explanation: q.explanation };
		}
		case 'evidence': {
			const evidence = compileEvidenceAnswers(q, path, field, { report, sources, perspectives });
			if (!evidence) return undefined;
			return { ...base, kind: q.kind, source: q.source, ...evidence, explanation: q.explanation };
		}
		case 'compare': {
			const chosen = q.sources ?? perspectives;
			chosen.forEach((id, i) => {
				if (!perspectives.includes(id))
					report(
						[...path, 'sources', i],
						`${field}.sources[${i}]`,
						`source "${id}" is not one of this lesson's perspectives`
					);
			});
			return { ...base, kind: q.kind, sources: chosen };
		}
	}
}
