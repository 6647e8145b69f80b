/** Ends a sentence with one full stop: "from Ana P." not "from Ana P..". */
export function withFullStop(sentence: string): string {
	return /[.!?…]$/u.test(sentence.trimEnd()) ? sentence.trimEnd() : `${sentence.trimEnd()}.`;
}
