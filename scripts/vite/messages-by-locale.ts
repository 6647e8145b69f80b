// Loads only the interface's language. Paraglide compiles every language of a message into the
// function the page imports, so a page carried each sentence four times. This plugin serves the
// compiled catalogue (src/lib/paraglide/messages/<locale>.js, Paraglide's "locale-modules") as one
// module per area and language, and each area's messages from a module that imports only the
// language in use (top-level await). Areas are message ids' first word: `lesson_title` → lesson.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst, type Plugin } from 'vite';

const PREFIX = 'virtual:parallax-messages/';
const RESOLVED = '\0' + PREFIX;

type Catalogue = Map<string, string>; // message id → its compiled function's source

export const areaOf = (id: string): string => id.split('_')[0] ?? id;

/** The compiled functions of one language's catalogue (`export const id = …`), by message id. */
export function readCatalogue(code: string): Catalogue {
	const catalogue: Catalogue = new Map();
	for (const node of parseAst(code).body) {
		if (
			node.type !== 'ExportNamedDeclaration' ||
			node.declaration?.type !== 'VariableDeclaration'
		) {
			continue;
		}
		const [declarator] = node.declaration.declarations;
		if (declarator?.id.type === 'Identifier' && declarator.init) {
			const { start, end } = declarator.init as unknown as { start: number; end: number };
			catalogue.set(declarator.id.name, code.slice(start, end));
		}
	}
	return catalogue;
}

/**
 * One area's messages in one language: their functions in a list, in the order of `ids` (the
 * base language's), so that no message's name is downloaded, only its words.
 */
export function areaModule(catalogue: Catalogue, ids: string[], registry: string): string {
	const missing = ids.filter((id) => !catalogue.has(id));
	if (missing.length > 0) throw new Error(`messages missing in a language: ${missing.join(', ')}`);
	const functions = ids.map((id) => catalogue.get(id) as string);
	const usesRegistry = functions.some((code) => code.includes('registry.'));
	return [
		usesRegistry ? `import * as registry from ${JSON.stringify(registry)};` : '',
		`export default [\n${functions.join(',\n')}\n];`
	].join('\n');
}

/** An area's messages, in the language of the page: the only language it downloads. */
export function areaLoader(ids: string[], area: string, locales: string[], runtime: string) {
	const loaders = locales.map(
		(locale) =>
			`${JSON.stringify(locale)}: () => import(${JSON.stringify(PREFIX + area + '/' + locale)})`
	);
	return [
		`import { getLocale } from ${JSON.stringify(runtime)};`,
		`const load = { ${loaders.join(', ')} };`,
		`export const [${ids.join(', ')}] = (await load[getLocale()]()).default;`
	].join('\n');
}

/** What the app imports as `$lib/paraglide/messages`' `_index.js`: each message from its area. */
export function indexModule(ids: string[]): string {
	return ids
		.map((id) => `export { ${id} } from ${JSON.stringify(PREFIX + areaOf(id))};`)
		.join('\n');
}

export function messagesByLocale(options: {
	/** Paraglide's output folder (its `messages/` holds one module per language) */
	outdir: string;
	/** the module whose `getLocale()` says the language of the page */
	runtime: string;
	/** chunks every page loads at start (vite.config.ts' manual chunks), where no message may go */
	startChunks: string[];
}): Plugin {
	const messagesDir = join(options.outdir, 'messages');
	const registry = join(options.outdir, 'registry.js');
	const catalogueOf = (locale: string): Catalogue =>
		readCatalogue(readFileSync(join(messagesDir, `${locale}.js`), 'utf8'));
	const locales = (): string[] =>
		readdirSync(messagesDir)
			.filter((name) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.js$/.test(name))
			.map((name) => name.replace(/\.js$/, ''));
	const baseIds = (): string[] => [...catalogueOf('en').keys()];

	return {
		name: 'parallax-messages-by-locale',
		enforce: 'pre',
		resolveId: (id) => (id.startsWith(PREFIX) ? '\0' + id : undefined),
		// a loader waits for its language (top-level await): in a chunk that every page starts with,
		// it would hold up the start, and deadlock in an import cycle (seen: "Cannot access 'e'
		// before initialization", one load in ten). Messages belong to the code that shows them.
		generateBundle(_options, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk' || !options.startChunks.includes(chunk.name)) continue;
				const loaders = chunk.moduleIds.filter((id) => id.startsWith(RESOLVED));
				if (loaders.length > 0) {
					this.error(
						`messages (${loaders.map((id) => id.slice(RESOLVED.length)).join(', ')}) are in the "${chunk.name}" chunk, which every page starts with: import them only from components and the modules of one screen`
					);
				}
			}
		},
		load(id) {
			if (id === join(messagesDir, '_index.js')) {
				this.addWatchFile(join(messagesDir, 'en.js'));
				return { code: indexModule(baseIds()), moduleSideEffects: false };
			}
			if (!id.startsWith(RESOLVED)) return undefined;
			const [area = '', locale] = id.slice(RESOLVED.length).split('/');
			this.addWatchFile(join(messagesDir, 'en.js'));
			const ids = baseIds().filter((messageId) => areaOf(messageId) === area);
			if (locale) {
				this.addWatchFile(join(messagesDir, `${locale}.js`));
				const code = areaModule(catalogueOf(locale), ids, registry);
				return { code, moduleSideEffects: false };
			}
			// loading is the module's only effect: a page that uses none of the area's messages skips it
			return { code: areaLoader(ids, area, locales(), options.runtime), moduleSideEffects: false };
		}
	};
}
