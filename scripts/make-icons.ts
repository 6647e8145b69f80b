// Draws the app icons (two columns side by side) as PNGs, with no image libraries. Run once:
//   npx tsx scripts/make-icons.ts   → static/icons/*.png
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [31, 95, 139];
const WHITE = [255, 255, 255];
const PALE = [178, 201, 219];

function crc32(buffer: Buffer): number {
	let crc = ~0;
	for (const byte of buffer) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

function png(size: number, paint: (x: number, y: number) => number[]): Buffer {
	const raw = Buffer.alloc((size * 3 + 1) * size);
	for (let y = 0; y < size; y++) {
		raw[y * (size * 3 + 1)] = 0;
		for (let x = 0; x < size; x++) raw.set(paint(x, y), y * (size * 3 + 1) + 1 + x * 3);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
	return Buffer.concat([
		signature,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

type Rect = [left: number, top: number, width: number, height: number, radius: number];

function inRoundedRect(x: number, y: number, ...[left, top, width, height, radius]: Rect): boolean {
	if (x < left || y < top || x >= left + width || y >= top + height) return false;
	const cx = Math.min(Math.max(x, left + radius), left + width - radius);
	const cy = Math.min(Math.max(y, top + radius), top + height - radius);
	return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Two columns centred in a square; `inset` shrinks them into the maskable safe zone. */
function icon(size: number, inset: number): Buffer {
	const scale = size * inset;
	const offset = (size - scale) / 2;
	const col = (l: number): Rect => [
		offset + l * scale,
		offset + 0.22 * scale,
		0.25 * scale,
		0.56 * scale,
		0.05 * scale
	];
	return png(size, (x, y) => {
		if (inRoundedRect(x, y, ...col(0.22))) return WHITE;
		if (inRoundedRect(x, y, ...col(0.53))) return PALE;
		return BLUE;
	});
}

mkdirSync('static/icons', { recursive: true });
writeFileSync('static/icons/icon-192.png', icon(192, 1));
writeFileSync('static/icons/icon-512.png', icon(512, 1));
// maskable icons must keep their content inside the central 80% circle
writeFileSync('static/icons/maskable-512.png', icon(512, 0.75));
console.log('Wrote static/icons/icon-192.png, icon-512.png, maskable-512.png');
