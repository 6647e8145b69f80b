// Writes a synthetic content project (content/, seeds/) of N lessons that the real compiler builds.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { syntheticLesson, type SyntheticFile } from './lesson';
import type { RealContent } from './real-content';

// lineWidth 0: no folding, so every quote stays on one line exactly as in the real file
const markdown = ({ front, body }: SyntheticFile) =>
	`---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;

/**
 * Replaces `dir` with N synthetic lessons, their sources, the real glossary and timeline, and the
 * real seeds.
 */
export function writeSyntheticProject(
	dir: string,
	count: number,
	real: RealContent,
	realRoot: string
): void {
	rmSync(dir, { recursive: true, force: true });
	const sources = join(dir, 'content/sources');
	const lessons = join(dir, 'content/lessons');
	mkdirSync(sources, { recursive: true });
	mkdirSync(lessons, { recursive: true });
	cpSync(join(realRoot, 'content/glossary.yml'), join(dir, 'content/glossary.yml'));
	if (existsSync(join(realRoot, 'content/timeline.yml')))
		cpSync(join(realRoot, 'content/timeline.yml'), join(dir, 'content/timeline.yml'));
	cpSync(join(realRoot, 'seeds'), join(dir, 'seeds'), { recursive: true });
	for (let i = 1; i <= count; i++) {
		const synthetic = syntheticLesson(real, i);
		writeFileSync(join(lessons, `${synthetic.lesson.id}.md`), markdown(synthetic.lesson));
		for (const source of synthetic.sources) {
			writeFileSync(join(sources, `${source.id}.md`), markdown(source));
		}
	}
}
