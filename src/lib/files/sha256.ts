/** SHA-256 of some bytes, or of a text's UTF-8 bytes. */
export async function sha256(data: string | Uint8Array): Promise<Uint8Array> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
	return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** SHA-256 of a text's UTF-8 bytes (or of bytes), as 64 lowercase hex digits. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
	return Array.from(await sha256(data), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
