// An account's name as sourceLabel gives it, with the interface's own words in its language:
// "Reader comments (unverified)" and an unsigned account's kind. Apart from source-label.ts, which
// every page loads and which carries no messages.
import { CONTENT_LANG } from '$lib/content/content-lang';
import { sourceKindLabels, type CompiledSource, type SourceKind } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';
import { isUnverified, sourceLabel } from './source-label';
import { sourceKindLabel } from './source-kind-label';

type Named = Pick<CompiledSource, 'kind' | 'title' | 'label'>;

// an account nobody signed is named by its kind (content/account-label.ts)
const unsigned: Record<Exclude<SourceKind, 'reader-comments'>, (i: { title: string }) => string> = {
	'news-report': m.lesson_unsigned_news_report,
	opinion: m.lesson_unsigned_opinion,
	blog: m.lesson_unsigned_blog,
	analysis: m.lesson_unsigned_analysis
};
const unsignedPrefix = (kind: SourceKind) => `Unsigned ${sourceKindLabels[kind].toLowerCase()}: `;

/** The one name for an account (`sourceLabel`), in the interface's language where it is the app's. */
export function accountName(source: Named): string {
	const { kind } = source;
	if (isUnverified(kind)) return sourceKindLabel[kind]();
	const label = sourceLabel(source);
	const prefix = unsignedPrefix(kind);
	return label.startsWith(prefix) ? unsigned[kind]({ title: label.slice(prefix.length) }) : label;
}

/** The language of `accountName`'s words: the lesson's where they are all the account's own. */
export const accountNameLang = (source: Named): string | undefined =>
	isUnverified(source.kind) || sourceLabel(source).startsWith(unsignedPrefix(source.kind))
		? undefined
		: CONTENT_LANG;
