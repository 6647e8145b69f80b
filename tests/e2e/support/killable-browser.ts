import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';

export type KillableBrowser = { browser: Browser; process: ChildProcess; kill(): Promise<void> };

/**
 * Starts the system Chromium as its own process on a profile directory, so a test can SIGKILL it
 * like a crash or a dead battery, then start it again on the same directory.
 */
export async function launchKillable(userDataDir: string): Promise<KillableBrowser> {
	const child = spawn(
		chromiumPath()!,
		[
			...CHROMIUM_ARGS,
			'--headless=new',
			`--user-data-dir=${userDataDir}`,
			'--remote-debugging-port=0',
			'about:blank'
		],
		// its own process group: the kill takes the renderers and helpers with it, as a crash does
		{ stdio: ['ignore', 'ignore', 'pipe'], detached: true }
	);
	const endpoint = await new Promise<string>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 20_000);
		child.stderr!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
			if (found) {
				clearTimeout(timer);
				resolve(found[1]!);
			}
		});
		child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)));
	});
	const browser = await chromium.connectOverCDP(endpoint);
	return {
		browser,
		process: child,
		kill: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				process.kill(-child.pid!, 'SIGKILL');
			})
	};
}
