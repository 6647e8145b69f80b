import type { CompiledSource } from './schema/compiled';
import { sourceKindLabels } from './schema/kinds';

// words a cut headline should not end on ("Western Countries Express Horror at…")
const SMALL_WORDS = new Set(
	'a an and as at by for from in into of on or over the to with amid after about'.split(' ')
);
const MAX_WORDS = 5;

/** A headline's first words: up to its first colon or dash, five words at most. */
function shortTitle(title: string): string {
	const head = title.split(/\s*[:—–]\s+|\s+-\s+/)[0]!.trim();
	const words = head.split(/\s+/);
	// one word more than the limit costs less than the ellipsis that would replace it
	if (words.length <= MAX_WORDS + 1) return head;
	const kept = words.slice(0, MAX_WORDS);
	while (kept.length > 2 && SMALL_WORDS.has(kept.at(-1)!.toLowerCase())) kept.pop();
	return `${kept.join(' ')}…`;
}

/**
 * An account's name, derived at build time and shipped in packs and the catalog (the app reads it
 * through `sourceLabel`, so no page carries this code): who speaks (the outlet, else the first
 * author, else "Unsigned …"), then a short title, so two accounts by one outlet or one writer
 * stay apart. Reader comments are "Reader comments (unverified)", the words of their badge.
 */
export function accountLabel(
	source: Pick<CompiledSource, 'kind' | 'title' | 'outlet' | 'authors'>
): string {
	const kind = sourceKindLabels[source.kind];
	if (source.kind === 'reader-comments') return kind;
	const who = source.outlet ?? source.authors[0]?.name ?? `Unsigned ${kind.toLowerCase()}`;
	return `${who}: ${shortTitle(source.title)}`;
}
