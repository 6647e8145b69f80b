// For the tests, in jsdom: QTI 2.1 read by implementations that are not ours. Citolab's
// converter (an XSLT on Saxon-JS) parses each item strictly and rewrites it as QTI 3.0, and
// Citolab's QTI 3.0 player (@citolab/qti-components) runs it: its elements give back the prompt,
// the choices and the declared correct response, and its response processing scores answers.
import { convertQti2toQti3 } from '@citolab/qti-convert/qti-convert-node';

/**
 * jsdom's ElementInternals lacks custom states and validity, and its ARIA reflection throws for
 * custom elements; the player uses all three. These stand-ins only store what it sets.
 */
function completeElementInternals(): void {
	// the environment may not name ElementInternals on the global: take it from an instance
	if (!customElements.get('qti-test-probe')) {
		customElements.define('qti-test-probe', class extends HTMLElement {});
	}
	const internals = document.createElement('qti-test-probe').attachInternals();
	const proto = Object.getPrototypeOf(internals) as Record<string, unknown>;
	if (proto.__qtiTestShim) return;
	const stored = new WeakMap<object, Record<string, unknown>>();
	const own = (target: object) => {
		if (!stored.has(target)) stored.set(target, {});
		return stored.get(target)!;
	};
	for (const name of Object.getOwnPropertyNames(proto)) {
		if (!name.startsWith('aria') && name !== 'role') continue;
		Object.defineProperty(proto, name, {
			configurable: true,
			get() {
				return own(this as object)[name] ?? null;
			},
			set(value: unknown) {
				own(this as object)[name] = value;
			}
		});
	}
	const states = new WeakMap<object, Set<string>>();
	Object.defineProperties(proto, {
		states: {
			configurable: true,
			get() {
				if (!states.has(this as object)) states.set(this as object, new Set());
				return states.get(this as object);
			}
		},
		validity: { configurable: true, get: () => ({ valid: true }) },
		validationMessage: { configurable: true, get: () => '' },
		setValidity: { configurable: true, value: () => {} },
		setFormValue: { configurable: true, value: () => {} },
		checkValidity: { configurable: true, value: () => true },
		reportValidity: { configurable: true, value: () => true },
		__qtiTestShim: { value: true }
	});
}

type PlayerItem = HTMLElement & {
	getVariable(identifier: string): {
		cardinality: string;
		baseType: string;
		correctResponse: unknown;
	};
	updateResponseVariable(identifier: string, value: string | string[]): void;
	processResponse(): void;
	getOutcome(identifier: string): { value: unknown } | undefined;
};

export type PlayedItem = {
	identifier: string;
	title: string;
	interaction: 'choice' | 'extended-text' | 'other';
	prompt: string;
	// in the file's order, as the player holds them
	choices: { identifier: string; text: string }[];
	// each paragraph and list item around the interaction (hints, the accounts to compare)
	lead: string[];
	response: { cardinality: string; baseType: string; correctResponse: unknown };
	/** The SCORE the player's response processing gives this response. */
	score(response: string): number;
	remove(): void;
};

let loaded: Promise<unknown> | undefined;

/** Converts a QTI 2.1 item to QTI 3.0 and mounts it in the player. */
export async function playQti21Item(qti21: string): Promise<PlayedItem> {
	completeElementInternals();
	loaded ??= import('@citolab/qti-components');
	await loaded;
	const { qtiTransformItem } = await import('@citolab/qti-components/qti-transformers');
	const qti3 = await convertQti2toQti3(qti21);
	const host = document.createElement('div');
	host.append(qtiTransformItem().parse(qti3).htmlDoc());
	document.body.append(host);
	const item = host.querySelector('qti-assessment-item') as PlayerItem | null;
	if (!item || !(item instanceof customElements.get('qti-assessment-item')!)) {
		throw new Error('The player did not take the item as a qti-assessment-item.');
	}
	await (item as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
	const text = (el: Element | null) => (el?.textContent ?? '').trim();
	const interaction = item.querySelector('qti-choice-interaction')
		? 'choice'
		: item.querySelector('qti-extended-text-interaction')
			? 'extended-text'
			: 'other';
	const lead = [...item.querySelectorAll('qti-item-body p, qti-item-body li')]
		.filter((el) => !el.closest('qti-choice-interaction, qti-extended-text-interaction'))
		.map(text);
	return {
		identifier: item.getAttribute('identifier') ?? '',
		title: item.getAttribute('title') ?? '',
		interaction,
		prompt: text(item.querySelector('qti-prompt')),
		choices: [...item.querySelectorAll('qti-simple-choice')].map((choice) => ({
			identifier: choice.getAttribute('identifier') ?? '',
			text: text(choice)
		})),
		lead,
		response: item.getVariable('RESPONSE'),
		score(response) {
			item.updateResponseVariable('RESPONSE', response);
			item.processResponse();
			return Number(item.getOutcome('SCORE')?.value);
		},
		remove: () => host.remove()
	};
}
