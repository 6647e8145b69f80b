// Markup inside a message (a quoted passage, a number in bold, a <time>): the message is given SLOT
// for that placeholder, and the words either side are drawn around the markup, so each language
// puts it where its sentence needs it.

/** A value no message contains (a private-use character). */
export const SLOT = '\uE000';

/** The words of a message before and after its SLOT. */
export function aroundSlot(text: string): [before: string, after: string] {
	const at = text.indexOf(SLOT);
	return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
