import { CONTENT_LANG } from '$lib/content/content-lang';
import { sourceKindLabels, type CompiledSource, type SourceKind } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';
import { sourceKindLabel } from './source-kind-label';

type Named = Pick<CompiledSource, 'kind' | 'title' | 'label'>;

/** Reader comments are nobody's checked account: every place that names them says so. */
export const isUnverified = (kind: SourceKind) => kind === 'reader-comments';

// an account nobody signed is named by its kind (content/account-label.ts), in the reader's words
const unsigned: Record<Exclude<SourceKind, 'reader-comments'>, (i: { title: string }) => string> = {
	'news-report': m.lesson_unsigned_news_report,
	opinion: m.lesson_unsigned_opinion,
	blog: m.lesson_unsigned_blog,
	analysis: m.lesson_unsigned_analysis
};
const unsignedPrefix = (kind: SourceKind) => `Unsigned ${sourceKindLabels[kind].toLowerCase()}: `;
// a lesson stored before labels were derived shows its title until it is downloaded again
const derived = (source: Named) => source.label ?? source.title;

/**
 * The one name for an account in tabs, choosers, table headings, "show in" links, search results
 * and review: the outlet or author, then a short title, as the build derived it
 * (content/account-label.ts). Reader comments are always "Reader comments (unverified)", the
 * same words as their badge, so the warning reads the same wherever they appear; those words and
 * an unsigned account's kind are the interface's, in its language.
 */
export function sourceLabel(source: Named): string {
	const { kind } = source;
	if (isUnverified(kind)) return sourceKindLabel[kind]();
	const label = derived(source);
	const prefix = unsignedPrefix(kind);
	return label.startsWith(prefix) ? unsigned[kind]({ title: label.slice(prefix.length) }) : label;
}

/** The language of `sourceLabel`'s words: the lesson's where they are all the account's own. */
export const sourceLabelLang = (source: Named): string | undefined =>
	isUnverified(source.kind) || derived(source).startsWith(unsignedPrefix(source.kind))
		? undefined
		: CONTENT_LANG;
