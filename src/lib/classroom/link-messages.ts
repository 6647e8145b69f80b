import type { LinkCheck, LinkProblem } from './link';

// What a student reads when a link cannot be opened: loaded only then, so a link that opens
// carries none of these words.

const AGAIN = 'Copy the whole link again, or scan the QR code.';

/** Why a link is refused, finer than the problem the page reports. */
export type Refusal =
	'empty' | 'truncated' | 'changed' | 'too-long' | 'not-ours' | 'newer' | 'broken' | 'unreadable';

const REFUSALS: Record<Refusal, [LinkProblem, (detail: string) => string]> = {
	empty: [
		'empty',
		() => 'This link has no assignment in it. Ask your teacher for the link, or scan the QR code.'
	],
	truncated: ['truncated', () => `This link is cut off: it is missing its end. ${AGAIN}`],
	changed: [
		'damaged',
		() => `This link has been changed or damaged: its checksum does not match. ${AGAIN}`
	],
	'too-long': [
		'damaged',
		() => `This link has been changed or damaged: it is longer than it should be. ${AGAIN}`
	],
	'not-ours': [
		'not-an-assignment',
		() =>
			'This is not a Parallax assignment link. Open the link your teacher sent, or scan the QR code.'
	],
	newer: [
		'newer',
		(format) =>
			`This assignment was made with a newer version of Parallax (link format ${format}). Update the app, then open the link again.`
	],
	// the checksum is right but the data is not: it was written wrong
	broken: [
		'damaged',
		(detail) =>
			`This link is damaged (${detail}). Ask your teacher for a new link, or scan the QR code.`
	],
	unreadable: ['damaged', () => `This link is damaged: it could not be read. ${AGAIN}`]
};

export function refusal(reason: Refusal, detail: string): LinkCheck {
	const [problem, message] = REFUSALS[reason];
	return { ok: false, problem, message: message(detail) };
}
