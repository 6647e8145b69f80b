import type { CompiledSource } from '../content/schema/compiled';
import { allBlocks } from './compile-source';
import { normalizeForMatch } from '../content/normalize';

export type QuoteLookup = { ok: true; blockId: string } | { ok: false; reason: string };

/** Finds the paragraph of a source that holds a quote, so the quote can link to it. */
export function findQuote(source: CompiledSource, quote: string): QuoteLookup {
	const needle = normalizeForMatch(quote);
	if (!needle) return { ok: false, reason: 'the quote is empty' };
	const block = allBlocks(source).find((b) => normalizeForMatch(b.text).includes(needle));
	if (block) return { ok: true, blockId: block.id };
	const whole = normalizeForMatch(
		allBlocks(source)
			.map((b) => b.text)
			.join(' ')
	);
	return {
		ok: false,
		reason: whole.includes(needle)
			? `the quote spans more than one paragraph of source "${source.id}"; quote within one paragraph`
			: `not found verbatim in source "${source.id}"`
	};
}
