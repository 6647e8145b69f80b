import { accountLabel } from '../content/account-label';
import type { SafeHtml } from '../content/schema/common';
import { sourceFrontMatter, type CommentInput } from '../content/schema/source';
import type { Block, BlockType, CompiledComment, CompiledSource } from '../content/schema/compiled';
import type { YamlData } from './front-matter';
import { BlockIds } from './ids';
import { parseFragment } from './sanitize';
import { lexBlocks, renderMarkdown, renderToken } from './markdown';
import { Problems, fieldPath } from './problems';
import { SeedIndex, excerpt } from './provenance';
import { readingStats } from './stats';
import { validate } from './validate';

const CAPTION_PREFIX = /^Caption:\s+/;

type SourceContext = { file: string; id: string; seeds: SeedIndex; problems: Problems };

/** Compiles one source file: validates it, checks every paragraph against its seed, renders HTML. */
export function compileSource(
	ctx: SourceContext,
	yaml: YamlData,
	body: string,
	bodyLine: number
): CompiledSource | undefined {
	const { file, seeds, problems } = ctx;
	const front = validate(sourceFrontMatter, yaml, file, problems);
	if (!front) return undefined;
	if (!seeds.has(front.seed)) {
		problems.add({
			file,
			line: yaml.lineOf(['seed']),
			field: 'seed',
			message: `seed file "seeds/${front.seed}" does not exist`
		});
		return undefined;
	}
	const ids = new BlockIds();
	const verify = (text: string, line: number | undefined, field: string) => {
		if (!seeds.contains(front.seed, text)) {
			problems.add({
				file,
				line,
				field,
				message: `not found verbatim in seeds/${front.seed}: ${excerpt(text)}`
			});
		}
	};

	const blocks: Block[] = [];
	for (const { token, raw, line } of lexBlocks(body, bodyLine)) {
		const isCaption = token.type === 'paragraph' && CAPTION_PREFIX.test(raw);
		const type: BlockType = isCaption
			? 'caption'
			: token.type === 'heading'
				? 'heading'
				: 'paragraph';
		// an article's own subheadings sit one level below the source's title in the reader
		if (token.type === 'heading') token.depth = Math.min(6, token.depth + 1);
		const html = isCaption
			? // adding a class to sanitized markup keeps it safe
				(renderMarkdown(raw.replace(CAPTION_PREFIX, '')).replace(
					/^<p>/,
					'<p class="caption">'
				) as SafeHtml)
			: renderToken(token);
		const fragment = parseFragment(html);
		const text = fragment.text.trim();
		if (!text) {
			problems.add({ file, line, field: 'body', message: 'a block with no readable text' });
			continue;
		}
		verify(text, line, 'body');
		const id = ids.next('p', text);
		blocks.push({ id, type, html: fragment.withId(id), text });
	}

	const questions = front.questions ?? [];
	questions.forEach((q, i) => verify(q, yaml.lineOf(['questions', i]), `questions[${i}]`));

	const compileComments = (list: CommentInput[], path: (string | number)[]): CompiledComment[] =>
		list.map((c, i) => {
			const here = [...path, i];
			const paragraphs = c.text
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter(Boolean)
				.map((p) => {
					const fragment = parseFragment(renderMarkdown(p));
					const text = fragment.text.trim();
					verify(text, yaml.lineOf([...here, 'text']), `${fieldPath(here)}.text`);
					const id = ids.next('c', `${c.author ?? ''}\n${text}`);
					return { id, type: 'paragraph' as const, html: fragment.withId(id), text };
				});
			if (c.author) verify(c.author, yaml.lineOf([...here, 'author']), `${fieldPath(here)}.author`);
			return {
				id: paragraphs[0]?.id.replace(/^c-/, 'comment-') ?? ids.next('comment', String(i)),
				...(c.author ? { author: c.author } : {}),
				...(c.date ? { date: c.date } : {}),
				paragraphs,
				replies: compileComments(c.replies ?? [], [...here, 'replies'])
			};
		});
	const comments = compileComments(front.comments ?? [], ['comments']);

	if (front.kind === 'reader-comments') {
		if (!front.commentsOn) {
			problems.add({
				file,
				line: yaml.lineOf(['kind']),
				field: 'commentsOn',
				message: 'a reader-comments source must name the article it was posted under'
			});
		}
		if (comments.length === 0) {
			problems.add({
				file,
				line: yaml.lineOf(['kind']),
				field: 'comments',
				message: 'needs at least 1 comment'
			});
		}
	} else if (blocks.length === 0) {
		problems.add({ file, line: bodyLine, field: 'body', message: 'the article has no paragraphs' });
	}

	return {
		id: ctx.id,
		title: front.title,
		label: accountLabel(front),
		outlet: front.outlet,
		authors: front.authors,
		date: {
			value: front.date.value,
			approximate: front.date.approximate ?? false,
			...(front.date.reason ? { reason: front.date.reason } : {})
		},
		kind: front.kind,
		perspective: front.perspective,
		seed: front.seed,
		...(front.commentsOn ? { commentsOn: front.commentsOn } : {}),
		blocks,
		questions,
		comments,
		stats: readingStats([...blocks, ...allCommentParagraphs(comments)].map((b) => b.text))
	};
}

export function allCommentParagraphs(comments: CompiledComment[]): Block[] {
	return comments.flatMap((c) => [...c.paragraphs, ...allCommentParagraphs(c.replies)]);
}

/** Every block a quote may come from: the body and the comments. */
export function allBlocks(source: CompiledSource): Block[] {
	return [...source.blocks, ...allCommentParagraphs(source.comments)];
}
