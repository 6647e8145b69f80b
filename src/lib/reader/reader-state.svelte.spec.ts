import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb, getSetting, profileSettingKey, setSetting } from '$lib/db';

// the breakpoint as the test sets it: jsdom has no screen to measure
const screen = vi.hoisted(() => ({ wide: false }));
vi.mock('./wide-screen.svelte', () => ({
	wideScreen: {
		get current() {
			return screen.wide;
		}
	}
}));
// the 'slow' profile's settings arrive late, as from a busy device
vi.mock('$lib/db', async (original) => {
	const db = await original<typeof import('$lib/db')>();
	return {
		...db,
		getSetting: async (...args: Parameters<typeof db.getSetting>) => {
			if (args[1].includes('slow')) await new Promise((resolve) => setTimeout(resolve, 30));
			return db.getSetting(...args);
		}
	};
});
import { ReaderState } from './reader-state.svelte';

const SOURCES = ['report', 'opinion', 'comments'];

afterEach(() => {
	screen.wide = false;
	vi.useRealTimers();
});

describe('ReaderState', () => {
	it('opens with the first two accounts in the columns and the first in the tab', () => {
		const reader = new ReaderState('lesson-a', SOURCES);
		expect(reader.columns).toEqual(['report', 'opinion']);
		expect(reader.tab).toBe('report');
		// one account: both columns show it rather than an empty one
		expect(new ReaderState('lesson-b', ['only']).columns).toEqual(['only', 'only']);
	});

	it('keeps the content note acknowledged per profile and per lesson', async () => {
		const reader = new ReaderState('note-lesson', SOURCES);
		await reader.load('amira');
		expect(reader.noteSeen).toBe(false);
		await reader.acknowledgeNote();

		const again = new ReaderState('note-lesson', SOURCES);
		await again.load('amira');
		expect(again.noteSeen).toBe(true);
		const otherProfile = new ReaderState('note-lesson', SOURCES);
		await otherProfile.load('davit');
		expect(otherProfile.noteSeen).toBe(false);
		const otherLesson = new ReaderState('another-lesson', SOURCES);
		await otherLesson.load('amira');
		expect(otherLesson.noteSeen).toBe(false);
	});

	it('keeps the questions sheet open for the profile that opened it, and moves the keyboard', async () => {
		document.body.innerHTML = '<section id="questions" tabindex="-1"></section>';
		const reader = new ReaderState('sheet-lesson', SOURCES);
		await reader.load('amira');
		await reader.showQuestions(true);
		expect(document.activeElement?.id).toBe('questions');
		expect(await getSetting(getDb(), profileSettingKey('amira', 'questionsOpen'))).toBe(true);

		const next = new ReaderState('other-lesson', SOURCES);
		await next.load('amira');
		expect(next.questionsOpen).toBe(true);
	});

	it('shows the profile loaded last when an earlier load answers later', async () => {
		await setSetting(getDb(), profileSettingKey('slow', 'questionsOpen'), true);
		const reader = new ReaderState('race-lesson', SOURCES);
		// both reads start before either answers; the newer profile's must stay
		await Promise.all([reader.load('slow'), reader.load('fast')]);
		expect(reader.questionsOpen).toBe(false);
	});

	it('on a narrow screen, a jump opens the account’s tab and lights the paragraph a while', async () => {
		vi.useFakeTimers();
		const reader = new ReaderState('jump-lesson', SOURCES);
		reader.jumpTo('comments', 'comments-p3');
		expect(reader.tab).toBe('comments');
		expect(reader.highlighted).toBe('comments-p3');
		vi.advanceTimersByTime(2500);
		expect(reader.highlighted).toBeUndefined();
	});

	it('on a wide screen, a jump brings the account into a column and scrolls to the paragraph', async () => {
		screen.wide = true;
		const reader = new ReaderState('wide-lesson', SOURCES);
		const scrolled: string[] = [];
		reader.scrollToBlock = (source, block) => scrolled.push(`${source}#${block}`);
		const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
			callback(0);
			return 0;
		});
		reader.jumpTo('comments', 'comments-p1');
		// the left column stays; the account replaces the right one
		expect(reader.columns).toEqual(['report', 'comments']);
		expect(reader.tab).toBe('report');
		await tick();
		await Promise.resolve();
		expect(scrolled).toEqual(['comments#comments-p1']);

		// with the questions sheet over the right column, the account goes on the left
		reader.questionsOpen = true;
		reader.jumpTo('opinion', 'opinion-p2');
		expect(reader.columns).toEqual(['opinion', 'report']);
		frame.mockRestore();
	});
});
