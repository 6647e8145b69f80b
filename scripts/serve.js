// Serves the production build (build/) on PORT (default 4173).
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.js';

/** Starts the server for build/; resolves once it listens. */
export async function serveBuild() {
	const port = Number(process.env.PORT ?? 4173);
	const host = process.env.HOST ?? '127.0.0.1';
	if (!existsSync('build/index.html')) {
		console.error('No build found: run "npm run build" first (or "npm start", which builds).');
		process.exit(1);
	}
	const server = await startStaticServer({ root: 'build', port, host });
	console.log(`Parallax is running at http://localhost:${port} (Ctrl+C to stop)`);
	return server;
}

if (import.meta.url === `file://${process.argv[1]}`) await serveBuild();
