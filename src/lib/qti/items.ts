// One question as one QTI 2.1 assessmentItem. Prompts, options and paragraphs are plain text in
// the compiled lesson (the reader shows them as text, never as HTML), so they go in as text.
import { evidenceChoices } from '$lib/content/evidence-choices';
import { questionKindLabels, type CompiledQuestion, type CompiledSource } from '$lib/content/model';
import { ncName, uniqueNames } from './identifiers';
import {
	MAP_RESPONSE,
	MATCH_CORRECT,
	QTI_NAMESPACE,
	QTI_SCHEMA_LOCATION,
	RESPONSE,
	SCORE,
	XSI_NAMESPACE
} from './qti-names';
import { element, lines, xmlDocument, type Markup } from './xml';

export type Interaction = 'choiceInteraction' | 'extendedTextInteraction';
export type ItemXml = { xml: string; interaction: Interaction };
type Choice = { identifier: string; text: string };

const scoreOutcome = element(
	'outcomeDeclaration',
	{ identifier: SCORE, cardinality: 'single', baseType: 'float' },
	element('defaultValue', {}, element('value', {}, '0'))
);

function assessmentItem(identifier: string, title: string, ...parts: Markup[]): string {
	const attributes = {
		xmlns: QTI_NAMESPACE,
		'xmlns:xsi': XSI_NAMESPACE,
		'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
		identifier,
		title,
		adaptive: false,
		timeDependent: false
	};
	return xmlDocument(element('assessmentItem', attributes, lines(...parts)));
}

/**
 * Options to choose one of. One correct option: `match_correct`. Several accepted (an evidence
 * question where any of them is right, as the app grades it): the response stays single, each
 * accepted option maps to 1 and `map_response` scores it; `correctResponse` names the first.
 */
function choiceItem(
	head: { identifier: string; title: string; prompt: string },
	choices: Choice[],
	correct: string[],
	shuffle: boolean
): string {
	const mapping =
		correct.length > 1
			? element(
					'mapping',
					{ lowerBound: 0, upperBound: 1, defaultValue: 0 },
					...correct.map((key) => element('mapEntry', { mapKey: key, mappedValue: 1 }))
				)
			: undefined;
	const response = element(
		'responseDeclaration',
		{ identifier: RESPONSE, cardinality: 'single', baseType: 'identifier' },
		element('correctResponse', {}, element('value', {}, correct[0]!)),
		...(mapping ? [mapping] : [])
	);
	const interaction = element(
		'choiceInteraction',
		{ responseIdentifier: RESPONSE, shuffle, maxChoices: 1 },
		element('prompt', {}, head.prompt),
		...choices.map((choice) =>
			element('simpleChoice', { identifier: choice.identifier }, choice.text)
		)
	);
	return assessmentItem(
		head.identifier,
		head.title,
		response,
		scoreOutcome,
		element('itemBody', {}, interaction),
		element('responseProcessing', { template: mapping ? MAP_RESPONSE : MATCH_CORRECT })
	);
}

/** An open answer, scored by a person; a model answer, where the lesson has one, as an example. */
function textItem(
	head: { identifier: string; title: string; prompt: string },
	lead: Markup[],
	example?: string
): string {
	const response = element(
		'responseDeclaration',
		{ identifier: RESPONSE, cardinality: 'single', baseType: 'string' },
		...(example ? [element('correctResponse', {}, element('value', {}, example))] : [])
	);
	const interaction = element(
		'extendedTextInteraction',
		{ responseIdentifier: RESPONSE, expectedLines: 6 },
		element('prompt', {}, head.prompt)
	);
	return assessmentItem(
		head.identifier,
		head.title,
		response,
		scoreOutcome,
		element('itemBody', {}, ...lead, interaction)
	);
}

/** The paragraphs an evidence question offers, when the device holds its source and its key. */
function evidenceOptions(
	question: Extract<CompiledQuestion, { kind: 'evidence' }>,
	source: CompiledSource | undefined
): { choices: Choice[]; correct: string[] } | undefined {
	if (!source) return undefined;
	const name = uniqueNames();
	const choices = evidenceChoices(source).map((block) => ({
		blockId: block.id,
		identifier: name(ncName('paragraph-', block.id)),
		text: block.text
	}));
	const correct = question.answers.map(
		(id) => choices.find((choice) => choice.blockId === id)?.identifier
	);
	if (choices.length < 2 || !correct.length || correct.some((id) => id === undefined)) {
		return undefined;
	}
	return { choices, correct: correct as string[] };
}

/** A question as the XML of its item, with the interaction it uses. */
export function questionItem(
	question: CompiledQuestion,
	head: { identifier: string; number: number },
	sources: ReadonlyMap<string, CompiledSource>
): ItemXml {
	const item = {
		identifier: head.identifier,
		title: `${head.number}. ${questionKindLabels[question.kind]}`,
		prompt: question.prompt
	};
	const choice = (choices: Choice[], correct: string[], shuffle: boolean): ItemXml => ({
		xml: choiceItem(item, choices, correct, shuffle),
		interaction: 'choiceInteraction'
	});
	const text = (lead: Markup[] = [], example?: string): ItemXml => ({
		xml: textItem(item, lead, example),
		interaction: 'extendedTextInteraction'
	});
	switch (question.kind) {
		case 'multiple-choice': {
			const name = uniqueNames();
			const choices = question.choices.map((option) => ({
				optionId: option.id,
				identifier: name(ncName('choice-', option.id)),
				text: option.text
			}));
			const key = choices.find((c) => c.optionId === question.answer)?.identifier;
			if (!key) throw new Error(`Question ${head.number} has no correct option among its choices.`);
			// the app shuffles options per student too; the file keeps the author's order
			return choice(choices, [key], true);
		}
		case 'evidence': {
			const options = evidenceOptions(question, sources.get(question.source));
			// paragraphs in the article's order: their order is part of what they say
			return options ? choice(options.choices, options.correct, false) : text();
		}
		case 'discussion':
			return text(
				question.hints.length
					? [
							element('p', {}, 'Hints:'),
							element('ul', {}, ...question.hints.map((hint) => element('li', {}, hint)))
						]
					: []
			);
		case 'short-answer':
			return text([], question.modelAnswer);
		case 'compare': {
			const names = question.sources.map((id) => {
				const source = sources.get(id);
				// the build's English name (content/account-label.ts): the export is in the lessons'
				// language, whatever the interface's
				return source ? (source.label ?? source.title) : id;
			});
			return text([element('p', {}, `Answer for each account: ${names.join('; ')}.`)]);
		}
	}
}
