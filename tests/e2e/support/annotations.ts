import type { Locator } from '@playwright/test';

/** Selects words inside a text (an account, an original), as a finger or a mouse would. */
export async function selectWords(account: Locator, words: string): Promise<void> {
	await account.evaluate((root, wanted) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent?.indexOf(wanted) ?? -1;
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + wanted.length);
			// on screen first, as words a reader selects are
			node.parentElement?.scrollIntoView({ block: 'center' });
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			return;
		}
		throw new Error(`"${wanted}" is not in the text`);
	}, words);
}
