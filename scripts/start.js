// `npm start`: installs the locked dependencies if needed, builds, then serves build/ in this same
// process, so stopping `npm start` (Ctrl+C, or a signal to npm) stops the server with it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureDependencies } from './ensure-deps.js';

ensureDependencies();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { serveBuild } = await import('./serve.js');
const server = await serveBuild();
const stop = () => {
	server.close(() => process.exit(0));
	// keep-alive connections from a browser would otherwise hold the server open
	server.closeAllConnections();
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// npm may be killed without passing the signal on (kill -9), leaving the shell it started and
// this server orphaned; watch the parent and the grandparent (npm) and stop when either goes
/** @param {number} pid */
function parentOf(pid) {
	try {
		// /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so split after ')'
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return undefined;
	}
}
const parent = process.ppid;
const grandparent = parentOf(parent);
setInterval(() => {
	if (process.ppid !== parent || parentOf(parent) !== grandparent) stop();
}, 1000).unref();
