import { canonicalJson } from '../files/canonical';
import { sha256 } from '../compiler/sha256';
import type { LessonFile } from './format';

/** SHA-256 of the canonical JSON of everything in the file but its checksum. */
export function lessonFileChecksum(file: Omit<LessonFile, 'checksum'> & { checksum?: string }) {
	const content: Omit<LessonFile, 'checksum'> & { checksum?: string } = { ...file };
	delete content.checksum;
	return sha256(canonicalJson(content));
}

/** Adds the checksum (replacing any stale one passed in). */
export function sealLessonFile(unsealed: Omit<LessonFile, 'checksum'>): LessonFile {
	return { ...unsealed, checksum: lessonFileChecksum(unsealed) };
}
