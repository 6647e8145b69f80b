// Issue 19: annotations re-anchored after the real lessons' accounts are edited, in Node.
import '../../src/lib/server/compiler-dom';
import type { TextAnchor } from '../../src/lib/annotations/anchor-types';
import { makeAnchor } from '../../src/lib/annotations/make-anchor';
import { reanchor } from '../../src/lib/annotations/reanchor';
import { indexSource } from '../../src/lib/annotations/source-index';
import { sourceParagraphs } from '../../src/lib/annotations/source-paragraphs';
import { compileLibraryInTurns } from '../../src/lib/compiler/library';
import type { LessonPack } from '../../src/lib/content/model';
import { generator } from '../../src/lib/questions/choice-order';
import { readContentFiles } from '../../src/lib/server/content-files';
import { type BenchRow, ms, percentile } from '../report';
import { editSource, trueTarget, wordsOf } from '../synthetic/word-edits';

const ANNOTATIONS = 200;
const SEED = 19;
const EDIT_RATE = 0.05;

type Account = { lessonId: string; sourceId: string; paragraphs: { id: string; text: string }[] };
type Outcome = 'correct' | 'unplaced' | 'wrong';

/** The compiled library, as `npm run content` builds it for the bench, one entry per account. */
async function realAccounts(root: string): Promise<Account[]> {
	const library = await compileLibraryInTurns(readContentFiles(root));
	if (library.problems.length > 0) throw new Error('the real content does not compile');
	return library.packs.flatMap(({ json }) => {
		const pack = JSON.parse(json) as LessonPack;
		return pack.sources.map((s) => ({
			lessonId: pack.lesson.id,
			sourceId: s.id,
			paragraphs: sourceParagraphs(s)
		}));
	});
}

/**
 * A placement is right when it is in the paragraph the quoted words went to and overlaps their
 * true place (word-edits.ts: from the first surviving quoted word to the last) by ≥ 90% of the
 * longer of the two. Anything else placed is wrong, including a quote all of whose words were
 * deleted.
 */
function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }) {
	const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
	return shared / Math.max(a.end - a.start, b.end - b.start);
}

/**
 * 200 annotations over random passages of the real accounts (3–25 words within a paragraph,
 * chosen in proportion to the text), each re-anchored in its own copy of its account with 5% of
 * the words replaced, inserted or deleted (and, one time in three, a paragraph from another
 * account inserted). Seeded: the same run every time.
 */
export async function anchoringBench(
	root: string,
	{ annotations = ANNOTATIONS, seed = SEED, rate = EDIT_RATE } = {}
): Promise<BenchRow[]> {
	const accounts = await realAccounts(root);
	const random = generator(seed);
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
	const slots = accounts.flatMap((account) =>
		account.paragraphs.flatMap((p, i) => {
			const n = wordsOf(p.text).length;
			return n >= 3 ? Array.from({ length: n }, () => ({ account, i })) : [];
		})
	);
	const allText = accounts.flatMap((a) => a.paragraphs.map((p) => p.text));
	const vocabulary = allText.flatMap((t) => wordsOf(t).map((w) => w.text));

	const counts: Record<Outcome, number> = { correct: 0, unplaced: 0, wrong: 0 };
	const quoteEdited: Record<Outcome, number> = { correct: 0, unplaced: 0, wrong: 0 };
	const how = { exact: 0, context: 0, fuzzy: 0 };
	const placeTimes: number[] = [];
	const prepareTimes: number[] = [];
	for (let n = 0; n < annotations; n++) {
		const { account, i } = pick(slots);
		const paragraph = account.paragraphs[i]!;
		const words = wordsOf(paragraph.text);
		const length = 3 + Math.floor(random() * (Math.min(25, words.length) - 2));
		const first = Math.floor(random() * (words.length - length + 1));
		const anchor: TextAnchor = makeAnchor(
			account,
			paragraph,
			words[first]!.start,
			words[first + length - 1]!.end
		)!;
		const others = allText.filter((t) => !account.paragraphs.some((p) => p.text === t));
		const edited = editSource(
			account.paragraphs,
			generator(seed * 100_000 + n),
			vocabulary,
			others,
			rate
		);
		const target = trueTarget(edited, i, first, first + length);

		let started = performance.now();
		const index = indexSource(edited.paragraphs);
		prepareTimes.push(performance.now() - started);
		started = performance.now();
		const placement = reanchor(anchor, index);
		placeTimes.push(performance.now() - started);

		const at = target && edited.paragraphs[target.paragraph]!;
		// the quote's own words were edited (or all deleted): only an approximate match can place it
		const touched = !at || at.text.slice(target.start, target.end) !== anchor.exact;
		let outcome: Outcome;
		if (!placement.placed) outcome = 'unplaced';
		else {
			how[placement.how]++;
			outcome =
				at && at.id === placement.paragraphId && overlapShare(placement, target) >= 0.9
					? 'correct'
					: 'wrong';
			if (outcome === 'wrong') {
				const text = edited.paragraphs.find((p) => p.id === placement.paragraphId)!.text;
				console.log(
					`  wrong: "${anchor.exact}" → "${text.slice(placement.start, placement.end)}"` +
						(at ? ` (true: "${at.text.slice(target.start, target.end)}")` : ' (every word deleted)')
				);
			}
		}
		counts[outcome]++;
		if (touched) quoteEdited[outcome]++;
	}

	const share = (k: number) => `${k} (${((100 * k) / annotations).toFixed(1)}%)`;
	const group = 'anchoring';
	const edited = quoteEdited.correct + quoteEdited.unplaced + quoteEdited.wrong;
	return [
		{
			group,
			metric: `re-anchored on the right text, of ${annotations} on the real lessons after ${100 * rate}% word edits (exact ${how.exact}, context ${how.context}, fuzzy ${how.fuzzy})`,
			value: share(counts.correct),
			target: '≥ 98%',
			ok: counts.correct >= 0.98 * annotations
		},
		{
			group,
			metric: 'could not be placed (shown as such)',
			value: share(counts.unplaced),
			target: ''
		},
		{
			group,
			metric: 'placed wrongly: on other text, or overlapping the true passage < 90%',
			value: String(counts.wrong),
			target: '0',
			ok: counts.wrong === 0
		},
		{
			group,
			metric: `of them, quotes whose own words were edited: right / unplaced / wrong`,
			value: `${quoteEdited.correct} / ${quoteEdited.unplaced} / ${quoteEdited.wrong} of ${edited}`,
			target: ''
		},
		{
			group,
			metric: 're-anchoring one annotation, account prepared (mean; p95)',
			value: `${ms(placeTimes.reduce((a, b) => a + b, 0) / annotations)}; ${ms(percentile(placeTimes, 95))}`,
			target: ''
		},
		{
			group,
			metric: 'preparing an edited account for re-anchoring (mean)',
			value: ms(prepareTimes.reduce((a, b) => a + b, 0) / annotations),
			target: ''
		}
	];
}
