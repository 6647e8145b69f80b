// Kinds and their labels, free of the schema library so the app can import them cheaply.

/** What kind of text a source is; describes form, never reliability. */
export const sourceKinds = ['news-report', 'opinion', 'blog', 'analysis', 'reader-comments'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const sourceKindLabels: Record<SourceKind, string> = {
	'news-report': 'News report',
	opinion: 'Opinion',
	blog: 'Blog essay',
	analysis: 'Analysis',
	'reader-comments': 'Reader comments (unverified)'
};

export const questionKinds = [
	'discussion',
	'short-answer',
	'multiple-choice',
	'evidence',
	'compare'
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const questionKindLabels: Record<QuestionKind, string> = {
	discussion: 'Discussion',
	'short-answer': 'Short answer',
	'multiple-choice': 'Multiple choice',
	evidence: 'Find the evidence',
	compare: 'Compare the accounts'
};
