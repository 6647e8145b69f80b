import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileLibrary } from '$lib/compiler/library';
import type { LessonPack } from '$lib/content/model';
import { Fuzzer, RUNS, failureReport, type Failure } from '$lib/files/fuzzer';
import { readContentFiles } from '$lib/server/content-files';
import { LESSON_FILE_FORMAT, type LessonFile } from './format';
import { lessonFileFrom } from './make';
import { checkLessonFileText, type LessonFileCheck } from './read';
import { sealLessonFile } from './seal';

// Random and mutated lesson files: every one gets a verdict in words, never a throw; past the
// checksum only the original lesson comes out. Seeds are fixed so a failure reproduces.

const files = readContentFiles(join(import.meta.dirname, '../../..'));
const pack = compileLibrary(files)
	.packs.map((p) => JSON.parse(p.json) as LessonPack)
	.find((p) => p.lesson.id === 'lachin-corridor-2023')!;
const original = lessonFileFrom(files, pack, '0.1.0', '2026-11-28T10:00:00Z');
const originalText = JSON.stringify(original);

function verdict(input: string): LessonFileCheck | { thrown: string } {
	try {
		return checkLessonFileText(input);
	} catch (error) {
		return { thrown: String(error) };
	}
}

// why a verdict breaks the contract, or undefined when it keeps it
function broken(result: ReturnType<typeof verdict>, mayPass: boolean): string | undefined {
	if ('thrown' in result) return `threw: ${result.thrown}`;
	if (!result.ok) return result.reason.length > 20 ? undefined : 'no reason in words';
	if (!mayPass) return 'accepted a file that is not the original';
	return result.pack.hash === pack.hash
		? undefined
		: 'a different lesson through an intact checksum';
}

describe('fuzzing lesson files', () => {
	it('gives a verdict for random text', () => {
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed7);
		for (let run = 0; run < RUNS; run++) {
			const start = fuzz.random() < 0.3 ? `{"format":"${LESSON_FILE_FORMAT}","version":1,` : '';
			const input = start + fuzz.text();
			const why = broken(verdict(input), false);
			if (why) failures.push({ seed: fuzz.seed, run, input, why });
		}
		expect(failures, failureReport(failures)).toEqual([]);
	});

	it('gives a verdict for mutated files, and never a different lesson', { timeout: 60_000 }, () => {
		expect(verdict(originalText)).toMatchObject({ ok: true });
		const failures: Failure[] = [];
		const fuzz = new Fuzzer(0x5eed8);
		// fewer runs: a mutation that keeps the checksum whole costs a full compile
		for (let run = 0; run < RUNS / 4; run++) {
			const input = fuzz.mutate(originalText);
			const why = broken(verdict(input), true);
			if (why) failures.push({ seed: fuzz.seed, run, input: input.slice(0, 300), why });
		}
		expect(failures, failureReport(failures)).toEqual([]);
	});

	// sixty full compiles: seconds, more on a busy machine
	it(
		'checks resealed files whose texts were edited, and names each problem',
		{ timeout: 60_000 },
		() => {
			const failures: Failure[] = [];
			const fuzz = new Fuzzer(0x5eed9);
			let refused = 0;
			for (let run = 0; run < 60; run++) {
				const copy = structuredClone(original) as LessonFile;
				// an edit by hand in the lesson, a source or an original, sealed again
				const part = fuzz.int(3);
				if (part === 0) copy.content.lesson = fuzz.mutate(copy.content.lesson);
				else if (part === 1) {
					const source = copy.content.sources[fuzz.int(copy.content.sources.length)]!;
					source.text = fuzz.mutate(source.text);
				} else {
					const text = copy.content.originals[fuzz.int(copy.content.originals.length)]!;
					text.text = fuzz.mutate(text.text);
				}
				const result = verdict(JSON.stringify(sealLessonFile(copy)));
				if ('thrown' in result) {
					failures.push({ seed: fuzz.seed, run, input: `part ${part}`, why: result.thrown });
				} else if (!result.ok) {
					refused++;
					if (!result.problems.length && !/lesson file/.test(result.reason)) {
						failures.push({ seed: fuzz.seed, run, input: `part ${part}`, why: result.reason });
					}
				}
			}
			expect(failures, failureReport(failures)).toEqual([]);
			// most hand edits break a quote, the front matter or a paragraph: the checks must see them
			expect(refused).toBeGreaterThan(20);
		}
	);
});
