import { canonicalJson } from '$lib/files/canonical';
import { sha256 } from '$lib/compiler/sha256';
import type { AssignmentFile } from './format';

/** SHA-256 of the canonical JSON of everything in the file but its checksum. */
export function assignmentFileChecksum(file: Omit<AssignmentFile, 'checksum'>): string {
	const content: Omit<AssignmentFile, 'checksum'> & { checksum?: string } = { ...file };
	delete content.checksum;
	return sha256(canonicalJson(content));
}

export function sealAssignmentFile(unsealed: Omit<AssignmentFile, 'checksum'>): AssignmentFile {
	return { ...unsealed, checksum: assignmentFileChecksum(unsealed) };
}
