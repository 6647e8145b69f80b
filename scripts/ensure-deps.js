// Installs the locked dependencies when node_modules is missing or older than package-lock.json,
// so that `npm start` and `npm test` work on a fresh clone with no separate install step.
// Uses only Node's standard library: it runs before any dependency exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.parallax-lock-sha256';

/** The hash of the lock file the installed tree was made from, or undefined. */
function installedFrom() {
	return existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : undefined;
}

/** npm writes node_modules/.package-lock.json on every install: newer than the lock means current. */
function installedAfterLock() {
	const hidden = 'node_modules/.package-lock.json';
	return existsSync(hidden) && statSync(hidden).mtimeMs >= statSync('package-lock.json').mtimeMs;
}

export function ensureDependencies() {
	const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
	if (installedFrom() === lock || (installedFrom() === undefined && installedAfterLock())) return;
	console.log('Installing the locked dependencies (npm ci)…');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('npm ci failed: see the messages above.');
		process.exit(result.status ?? 1);
	}
	writeFileSync(STAMP, `${lock}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDependencies();
