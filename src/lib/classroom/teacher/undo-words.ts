// Why an undo of a replaced hand-in did not happen, in the interface's language: the database's
// modules carry no messages, so the hand-ins' repository gives a code
import type { UndoProblem } from '$lib/db/hand-ins/hand-ins-repo';
import { m } from '$lib/paraglide/messages';

export const undoProblemText = (problem: UndoProblem): string =>
	problem === 'not-replaced' ? m.records_undo_not_replaced() : m.records_undo_replaced_since();
