import { describe, expect, it } from 'vitest';
import { placePopover } from './popover-place';

const viewport = { width: 820, height: 1180 };
const popover = { width: 352, height: 300 };
const term = (top: number, left = 100) => ({ top, bottom: top + 24, left });

const inside = (at: { top: number; left: number }, size = popover, view = viewport) =>
	at.top >= 0 &&
	at.left >= 0 &&
	at.top + size.height <= view.height &&
	at.left + size.width <= view.width;

describe('placePopover', () => {
	it('goes just below a term with room below it', () => {
		expect(placePopover(term(200), popover, viewport)).toEqual({ top: 230, left: 100 });
	});

	it('goes above a term near the foot of the screen', () => {
		const at = placePopover(term(1100), popover, viewport);
		expect(at.top + popover.height).toBeLessThanOrEqual(1100);
		expect(inside(at)).toBe(true);
	});

	it('stays inside when it fits neither below nor above the term', () => {
		const tall = { width: 352, height: 700 };
		const at = placePopover(term(560), tall, viewport);
		expect(inside(at, tall)).toBe(true);
	});

	it('never passes the right or left edge', () => {
		const phone = { width: 390, height: 844 };
		const narrow = { width: 374, height: 200 };
		expect(inside(placePopover(term(100, 300), narrow, phone), narrow, phone)).toBe(true);
		expect(placePopover(term(100, -20), narrow, phone).left).toBe(8);
	});

	it('is inside the viewport for every term on screen, at three sizes', () => {
		for (const view of [
			{ width: 1180, height: 820 },
			{ width: 820, height: 1180 },
			{ width: 390, height: 844 }
		]) {
			const size = { width: Math.min(352, view.width - 16), height: view.height / 2 };
			for (let top = 0; top + 24 <= view.height; top += 37) {
				for (let left = 0; left < view.width; left += 61) {
					expect(inside(placePopover(term(top, left), size, view), size, view)).toBe(true);
				}
			}
		}
	});
});
