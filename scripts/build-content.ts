// Compiles content/ into static/content/: the catalog and one pack per lesson. Exits 1 on any problem.
import { join } from 'node:path';
import '../src/lib/server/compiler-dom';
import { readContentFiles, writeLessonFiles, writeLibrary } from '../src/lib/server/content-files';
import { lessonFileFrom } from '../src/lib/lesson-file/make';
import type { LessonPack } from '../src/lib/content/model';
import { version } from '../package.json';
import { compileLibraryInTurns } from '../src/lib/compiler/library';
import { formatProblem } from '../src/lib/compiler/problems';

// --root: the project whose content/ and seeds/ to read; --out: where to write (default static/content)
const argument = (name: string) =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const root = argument('root') ?? process.cwd();
const outDir = argument('out') ?? join(root, 'static/content');
const started = performance.now();
const files = readContentFiles(root);
const library = await compileLibraryInTurns(files);

if (library.problems.length > 0) {
	console.error(`Content has ${library.problems.length} problem(s):\n`);
	for (const problem of library.problems) console.error(`  ${formatProblem(problem)}`);
	console.error('\nNothing was written. Fix the problems above and run again.');
	process.exit(1);
}

writeLibrary(outDir, library);
// each lesson as a file a teacher can pass on (Download lesson file), made from what was compiled
const exportedAt = new Date().toISOString();
writeLessonFiles(
	outDir,
	library.packs.map((written) => {
		const pack = JSON.parse(written.json) as LessonPack;
		const file = lessonFileFrom(files, pack, version, exportedAt);
		return { id: pack.lesson.id, json: JSON.stringify(file) };
	})
);
const ms = Math.round(performance.now() - started);
console.log(
	`Content: ${library.catalog.lessons.length} lesson(s), ${library.packs.length} pack(s) in ${ms} ms → ${outDir}`
);
