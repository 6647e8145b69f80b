import { create } from 'qrcode';

export type QrShape = { size: number; path: string };

/** How the app makes every QR code: error correction M, the version and modes the library picks. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M' } as const;

/**
 * The QR code of a text as one SVG path (a 1×1 square per dark module), drawn on the device:
 * no image service ever sees the link. Returns undefined when the text is too long for a QR code.
 */
export function qrPath(text: string): QrShape | undefined {
	let matrix;
	try {
		matrix = create(text, QR_OPTIONS).modules;
	} catch {
		return undefined;
	}
	const parts: string[] = [];
	for (let row = 0; row < matrix.size; row++) {
		for (let col = 0; col < matrix.size; col++) {
			if (matrix.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
		}
	}
	return { size: matrix.size, path: parts.join('') };
}
