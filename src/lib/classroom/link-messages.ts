import { m } from '$lib/paraglide/messages';
import type { LinkCheck, LinkProblem } from './link';
import type { AssignmentFault } from './link-check';

// What a student reads when a link cannot be opened: loaded only then, so a link that opens
// carries none of these words.

/** Why a link is refused, finer than the problem the page reports. */
export type Refusal =
	| 'empty'
	| 'truncated'
	| 'changed'
	| 'too-long'
	| 'not-ours'
	| 'newer'
	| 'unpacks-too-big'
	| 'cannot-unpack'
	| 'not-assignment'
	| 'not-readable'
	| 'invalid'
	| 'unreadable';

/** What a refusal names: a newer link's format, or what is wrong with the assignment it holds. */
export type RefusalDetail = string | AssignmentFault | undefined;

// the checksum is right but the data is not (unpacks-too-big … invalid): it was written wrong;
// what is wrong with an old link's fields (invalid) is worded by a module of its own, loaded then
const REFUSALS: Record<
	Exclude<Refusal, 'invalid'>,
	[LinkProblem, (detail: RefusalDetail) => string]
> = {
	empty: ['empty', () => m.linkfault_link_empty()],
	truncated: ['truncated', () => m.linkfault_link_truncated()],
	changed: ['damaged', () => m.linkfault_link_changed()],
	'too-long': ['damaged', () => m.linkfault_link_too_long()],
	'not-ours': ['not-an-assignment', () => m.linkfault_link_not_ours()],
	newer: ['newer', (format) => m.linkfault_link_newer({ format: String(format) })],
	'unpacks-too-big': ['damaged', () => m.linkfault_link_unpacks_too_big()],
	'cannot-unpack': ['damaged', () => m.linkfault_link_cannot_unpack()],
	'not-assignment': ['damaged', () => m.linkfault_link_not_assignment()],
	'not-readable': ['damaged', () => m.linkfault_link_not_readable()],
	unreadable: ['damaged', () => m.linkfault_link_unreadable()]
};

export async function refusal(reason: Refusal, detail: RefusalDetail): Promise<LinkCheck> {
	if (reason === 'invalid') {
		const { faultMessage } = await import('./link-fault-messages');
		const words = faultMessage(detail as AssignmentFault);
		return { ok: false, problem: 'damaged', message: m.linkfault_link_invalid({ detail: words }) };
	}
	const [problem, message] = REFUSALS[reason];
	return { ok: false, problem, message: message(detail) };
}
