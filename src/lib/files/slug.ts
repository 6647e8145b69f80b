// File names from people's words: what a file manager shows plainly.

const SLUG_LENGTH = 40;

// letters a teacher's file manager shows plainly: accents dropped, other scripts fall back
export function slug(text: string, fallback: string): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[əæœßøłđðþıħ]/g, (char) => TRANSLITERATIONS[char] ?? '');
	const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return words.slice(0, SLUG_LENGTH).replace(/-+$/, '') || fallback;
}

// Latin letters that NFKD does not split into a base letter and an accent (ə is Azerbaijani)
const TRANSLITERATIONS: Record<string, string> = {
	ə: 'e',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h'
};
