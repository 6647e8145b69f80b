import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileLibrary } from '$lib/compiler/library';
import type { LessonPack } from '$lib/content/model';
import { readContentFiles } from '$lib/server/content-files';
import { MAX_LESSON_FILE_BYTES, type LessonFile } from './format';
import { lessonFileFrom } from './make';
import { checkLessonFileText, readLessonFile } from './read';
import { sealLessonFile } from './seal';

// Every kind of bad lesson file the issue names gets its own words; none is accepted.
const files = readContentFiles(join(import.meta.dirname, '../../..'));
const pack = compileLibrary(files)
	.packs.map((p) => JSON.parse(p.json) as LessonPack)
	.find((p) => p.lesson.id === 'execution-video-2022')!;
const good = lessonFileFrom(files, pack, '0.1.0', '2026-11-28T10:00:00Z');
const text = JSON.stringify(good);

function edited(change: (file: LessonFile) => void): string {
	const copy = structuredClone(good) as LessonFile;
	change(copy);
	return JSON.stringify(sealLessonFile(copy));
}

async function refusal(input: string | Blob): Promise<string> {
	const check =
		typeof input === 'string' ? checkLessonFileText(input) : await readLessonFile(input);
	expect(check.ok).toBe(false);
	return check.ok ? '' : `${check.reason} ${check.problems.join(' ')}`;
}

describe('bad lesson files: each refused in words', () => {
	it('empty, binary, cut off, not JSON, nested too deep', async () => {
		expect(await refusal('')).toMatch(/empty/i);
		expect(await refusal(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])]))).toMatch(
			/binary|not a text|text file/i
		);
		expect(await refusal(text.slice(0, text.length / 2))).toMatch(/cut off|incomplete|truncat/i);
		expect(await refusal('lesson: khojaly')).toMatch(/JSON|line 1/i);
		expect(await refusal(`${'['.repeat(500)}${']'.repeat(500)}`)).toMatch(/nest|deep/i);
	});

	it('another format, a future version, over the size limit', async () => {
		expect(await refusal(JSON.stringify({ format: 'something-else', version: 1 }))).toMatch(
			/not a (Parallax )?lesson file|format/i
		);
		expect(await refusal(JSON.stringify({ ...good, version: 3 }))).toMatch(/newer|update/i);
		expect(await refusal(new Blob([new Uint8Array(MAX_LESSON_FILE_BYTES + 1)]))).toMatch(
			/MB|too (big|large)/i
		);
	});

	it('a checksum that does not match', async () => {
		expect(await refusal(text.replace('Eurasianet', 'EurasiaNet'))).toMatch(/checksum/);
	});

	it('a quote that is not in its original', async () => {
		const reason = await refusal(
			edited((file) => {
				const quote = /quote: ([^\n"]{20,})\n/.exec(file.content.lesson)![1]!;
				file.content.lesson = file.content.lesson.replace(quote, `${quote} and more`);
			})
		);
		expect(reason).toMatch(/not found verbatim/);
	});

	it('script in its markdown, however it is written', async () => {
		for (const markup of [
			'<script>alert(1)</script>',
			'<img src=x onerror="alert(1)">',
			'[a link](javascript:alert(1))',
			'<iframe src="https://example.org"></iframe>'
		]) {
			const reason = await refusal(
				edited((file) => {
					file.content.lesson = `${file.content.lesson.trimEnd()}\n\n${markup}\n`;
				})
			);
			expect(reason, markup).toMatch(/may not carry script/);
		}
	});
});
