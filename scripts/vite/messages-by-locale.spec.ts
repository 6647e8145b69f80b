import { describe, expect, it } from 'vitest';
import { areaLoader, areaModule, areaOf, indexModule, readCatalogue } from './messages-by-locale';

// the shape of Paraglide 2.23's locale-modules output (src/lib/paraglide/messages/<locale>.js)
const compiled = `/* eslint-disable */
import * as registry from "../registry.js"

/** @typedef {{}} Shell_MenuInputs */
export const shell_menu = /** @type {(inputs: Shell_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (\`Меню\`)
};

export const lesson_count = /** @type {(inputs: any) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	if (countPlural === "one") return \`\${i?.count} урок\`;
	return \`\${i?.count} уроков\`;
};
`;

describe('messages split by area and language', () => {
	it('names an area by the message id’s first word', () => {
		expect(areaOf('lesson_sheet_close')).toBe('lesson');
		expect(areaOf('shell')).toBe('shell');
	});

	it('reads each compiled function by its message id', () => {
		const catalogue = readCatalogue(compiled);
		expect([...catalogue.keys()]).toEqual(['shell_menu', 'lesson_count']);
		expect(catalogue.get('shell_menu')).toMatch(/^\(\) => \{.*\(`Меню`\)\n\}$/s);
	});

	it('gives an area’s functions in the base language’s order, importing plural rules only if used', async () => {
		const catalogue = readCatalogue(compiled);
		const shell = areaModule(catalogue, ['shell_menu'], '/registry.js');
		expect(shell).not.toContain('registry');
		const lesson = areaModule(catalogue, ['lesson_count'], '/registry.js');
		expect(lesson).toContain('import * as registry from "/registry.js";');
		// the module runs: its list holds the function, which speaks Russian plurals
		const body = lesson.replace(/^import .*$/m, '').replace('export default', 'return');
		const registry = {
			plural: (locale: string, n: number) => new Intl.PluralRules(locale).select(n)
		};
		const [count] = new Function('registry', body)(registry) as [(i: { count: number }) => string];
		expect(count({ count: 1 })).toBe('1 урок');
		expect(count({ count: 5 })).toBe('5 уроков');
	});

	it('fails the build when a language lacks a message, naming it', () => {
		expect(() =>
			areaModule(readCatalogue(compiled), ['shell_menu', 'shell_gone'], '/r.js')
		).toThrow('messages missing in a language: shell_gone');
	});

	it('loads one language of an area, chosen by the runtime', () => {
		const loader = areaLoader(['shell_menu', 'shell_skip'], 'shell', ['en', 'hy'], '/runtime.ts');
		expect(loader).toContain('import { getLocale } from "/runtime.ts";');
		expect(loader).toContain('"hy": () => import("virtual:parallax-messages/shell/hy")');
		expect(loader).toContain(
			'export const [shell_menu, shell_skip] = (await load[getLocale()]()).default;'
		);
	});

	it('exports each message from its own area', () => {
		expect(indexModule(['shell_menu', 'lesson_count'])).toBe(
			'export { shell_menu } from "virtual:parallax-messages/shell";\n' +
				'export { lesson_count } from "virtual:parallax-messages/lesson";'
		);
	});
});
