// Every interface message exists in every language, says something (never the English left in),
// and takes the same placeholders; plurals have every form the language needs. The catalogues are
// read as the compiler reads them (project.inlang/settings.json).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variant[];
type Catalogue = Record<string, Message>;

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};
const patterns = settings['plugin.inlang.messageFormat'].pathPattern;
const read = (pattern: string, locale: string): Catalogue => {
	const messages = JSON.parse(
		readFileSync(pattern.replace('{locale}', locale), 'utf8')
	) as Catalogue;
	delete messages.$schema;
	return messages;
};
// the plural forms each language's sentences need (CLDR: Intl.PluralRules)
const pluralForms = (locale: string) =>
	new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
// words that are the same in every language: the app's name
const SAME_EVERYWHERE = new Set(['Parallax']);

const isPlural = (message: Variant[]): boolean =>
	message.some((v) => v.declarations?.some((d) => d.endsWith(': plural')));
const texts = (message: Message): string[] =>
	typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
const placeholders = (message: Message): string[] => {
	const found = new Set<string>();
	for (const text of texts(message))
		for (const [, name] of text.matchAll(/\{(\w+)\}/g)) found.add(name!);
	if (typeof message !== 'string') {
		for (const v of message)
			for (const d of v.declarations ?? []) if (d.startsWith('input ')) found.add(d.slice(6));
	}
	return [...found].sort();
};

describe('the interface catalogues', () => {
	it('are all read by the compiler', () => {
		const dirs = readdirSync('messages', { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(dirs.map((d) => `./messages/${d.name}/{locale}.json`).sort()).toEqual(
			[...patterns].sort()
		);
	});

	for (const pattern of patterns) {
		const base = read(pattern, settings.baseLocale);
		for (const locale of settings.locales.filter((l) => l !== settings.baseLocale)) {
			describe(`${pattern.replace('{locale}', locale)}`, () => {
				const translated = read(pattern, locale);

				it('has every message of the English one, and no other', () => {
					expect(Object.keys(translated).sort()).toEqual(Object.keys(base).sort());
				});

				it('takes the same placeholders in every message', () => {
					for (const [key, message] of Object.entries(base)) {
						if (translated[key] === undefined) continue;
						expect(placeholders(translated[key]), key).toEqual(placeholders(message));
					}
				});

				it('says every message in its own words', () => {
					for (const [key, message] of Object.entries(translated)) {
						for (const text of texts(message)) {
							expect(text.trim(), key).not.toBe('');
							if (!SAME_EVERYWHERE.has(text)) expect(text, key).not.toBe(texts(base[key]!)[0]);
						}
					}
				});

				it('words every kind of file where a message matches on one', () => {
					const kinds = ['kind=assignmentfile', 'kind=backup', 'kind=handin', 'kind=lessonfile'];
					for (const [key, message] of Object.entries(translated)) {
						if (typeof message === 'string' || !message[0]!.selectors?.includes('kind')) continue;
						expect(Object.keys(message[0]!.match).sort(), key).toEqual(kinds);
					}
				});

				it('has every plural form the language needs', () => {
					for (const [key, message] of Object.entries(translated)) {
						// a message may also match on a kind of file (`kind=backup`): only plurals need forms
						if (typeof message === 'string' || !isPlural(message)) continue;
						const forms = Object.keys(message[0]!.match).map((k) => k.split('=')[1]);
						expect(forms.sort(), key).toEqual(expect.arrayContaining(pluralForms(locale)));
					}
				});
			});
		}
	}
});
