// A small static file server for the built app: SPA fallback, precompressed files, no dependencies.
import { createServer } from 'node:http';
import { existsSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.parallax-lesson': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * Resolves a URL path to a file under root, or undefined; never escapes root.
 * @param {string} root
 * @param {string} pathname
 */
function fileFor(root, pathname) {
	const decoded = decodeURIComponent(pathname);
	const candidate = normalize(join(root, decoded));
	if (!candidate.startsWith(root)) return undefined;
	for (const path of [candidate, `${candidate}.html`, join(candidate, 'index.html')]) {
		if (existsSync(path) && statSync(path).isFile()) return path;
	}
	return undefined;
}

/** @param {string} pathname */
function cacheControl(pathname) {
	// hashed assets never change; everything else is revalidated so updates are seen
	return pathname.startsWith('/_app/immutable/')
		? 'public, max-age=31536000, immutable'
		: 'no-cache';
}

/**
 * Starts a server for a built site. `fallback` is the SPA page served for unknown routes.
 * @param {{ root: string, port: number, host?: string, fallback?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function startStaticServer({ root, port, host = '127.0.0.1', fallback = '200.html' }) {
	const base = resolve(root);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let file;
		try {
			file = fileFor(base, url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		const isAsset = extname(url.pathname) !== '';
		if (!file && isAsset) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		file ??= join(base, fallback);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const accepts = String(req.headers['accept-encoding'] ?? '');
		/** @type {Record<string, string | number>} */
		const headers = {
			'content-type': type,
			'cache-control': cacheControl(url.pathname),
			vary: 'Accept-Encoding'
		};
		let body = file;
		if (accepts.includes('br') && existsSync(`${file}.br`)) {
			body = `${file}.br`;
			headers['content-encoding'] = 'br';
		} else if (accepts.includes('gzip') && existsSync(`${file}.gz`)) {
			body = `${file}.gz`;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = statSync(body).size;
		res.writeHead(200, headers);
		if (req.method === 'HEAD') res.end();
		else createReadStream(body).pipe(res);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolvePromise(server));
	});
}
