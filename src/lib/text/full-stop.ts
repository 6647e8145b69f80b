/** Ends a sentence with one full stop: "from Ana P." not "from Ana P..". */
export function withFullStop(sentence: string): string {
	return /[.!?…]$/u.test(sentence.trimEnd()) ? sentence.trimEnd() : `${sentence.trimEnd()}.`;
}

/**
 * A translated sentence that ends with a name: one full stop, whatever the name ends with
 * ("Added Ana P." not "Added Ana P..").
 */
export function oneFullStop(sentence: string): string {
	return sentence.replace(/([.!?…])\.$/u, '$1');
}
