// The teacher's button: the lesson as stored on the device, saved as `<id>.qti.zip`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { getDb, savePack } from '$lib/db';
import { compiledLibrary } from '$lib/db/test-factory';
import { exportLessonForPlatforms } from './export-lesson';

const saved: File[] = [];
vi.mock('$lib/files/download', () => ({ downloadFile: (file: File) => saved.push(file) }));

const { packs } = compiledLibrary();
const [first] = packs.values();

beforeEach(async () => {
	saved.length = 0;
	await Promise.all(getDb().tables.map((table) => table.clear()));
});

describe('exporting a lesson for learning platforms', () => {
	it('saves the stored lesson’s questions as one QTI package', async () => {
		await savePack(getDb(), first!.entry, first!.pack);
		const name = await exportLessonForPlatforms(first!.entry.id);
		expect(name).toBe(`${first!.entry.id}.qti.zip`);
		expect(saved.map((file) => [file.name, file.type])).toEqual([[name, 'application/zip']]);
		const archive = await JSZip.loadAsync(await saved[0]!.arrayBuffer(), { checkCRC32: true });
		const items = archive.file(/^items\//);
		expect(items).toHaveLength(first!.pack.lesson.questions.length);
		expect(archive.file('imsmanifest.xml')).not.toBeNull();
	});

	it('says so, and saves nothing, for a lesson the device does not hold', async () => {
		await expect(exportLessonForPlatforms('not-here')).rejects.toThrow(/no longer on this device/);
		expect(saved).toEqual([]);
	});
});
