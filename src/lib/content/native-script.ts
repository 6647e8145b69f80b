// Free of zod: the glossary schema calls it, and its spec tests it on its own.

/** The languages a name's own form may be given in, each written in one script. */
export const nativeLangs = ['hy', 'az', 'ru'] as const;
export type NativeLang = (typeof nativeLangs)[number];

const scripts = [
	{ name: 'Armenian', letter: /[\u0530-\u058F]/u },
	{ name: 'Cyrillic', letter: /\p{Script=Cyrillic}/u },
	{ name: 'Latin', letter: /\p{Script=Latin}/u }
];
const scriptOf: Record<NativeLang, string> = { hy: 'Armenian', ru: 'Cyrillic', az: 'Latin' };

/**
 * Why a name's own form is not written in its language's script, or undefined when it is: a
 * screen reader picks its voice by `lang`, so a form in another script would be read out wrong.
 */
export function nativeScriptProblem(text: string, lang: NativeLang): string | undefined {
	const script = scripts.find((s) => s.name === scriptOf[lang])!;
	const letters = [...text].filter((c) => /\p{L}/u.test(c));
	const stray = letters.find((c) => !script.letter.test(c));
	const rule = `${lang} is written in ${script.name} script`;
	if (stray !== undefined) {
		const other = scripts.find((s) => s.letter.test(stray))?.name ?? `non-${script.name}`;
		return `"${text}" has the ${other} letter "${stray}": ${rule}`;
	}
	if (!letters.length) return `"${text}" has no ${script.name} letters: ${rule}`;
	return undefined;
}
