import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { hashInlineScripts } from '$lib/server/csp';
import { deferHydration, inlineStylesheets, preloadFonts } from '$lib/server/first-paint';

// the client build that prerendering runs after: its stylesheets are read from here
const CLIENT_OUTPUT = join(process.cwd(), '.svelte-kit/output/client');
const readAsset = (path: string) => readFileSync(join(CLIENT_OUTPUT, path), 'utf8');

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// only prerendered pages are rewritten: dev serves styles through Vite
		transformPageChunk: ({ html }) =>
			building
				? hashInlineScripts(preloadFonts(deferHydration(inlineStylesheets(html, readAsset))))
				: html
	});
