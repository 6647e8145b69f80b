/** A short random id for an assignment (10 base-36 characters, about 51 bits). */
export function newAssignmentId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10));
	return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
