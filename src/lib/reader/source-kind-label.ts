// What kind of text an account is, in the interface's language: the badge over an account, and
// the name every place gives reader comments (content/schema/kinds.ts keeps the English ones the
// build and the lesson editor use)
import type { SourceKind } from '$lib/content/model';
import { m } from '$lib/paraglide/messages';

export const sourceKindLabel: Record<SourceKind, () => string> = {
	'news-report': m.lesson_source_kind_news_report,
	opinion: m.lesson_source_kind_opinion,
	blog: m.lesson_source_kind_blog,
	analysis: m.lesson_source_kind_analysis,
	'reader-comments': m.lesson_source_kind_reader_comments
};
