import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// `npm start` builds and serves in one process tree: stopping npm must stop the server (issue 15,
// point 8: the old `npm run build && node scripts/serve.js` left the server answering).
const PORT = 4377;
const URL = `http://127.0.0.1:${PORT}/`;

async function answers(): Promise<boolean> {
	try {
		return (await fetch(URL)).ok;
	} catch {
		return false;
	}
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		if (await condition()) return true;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return false;
}

for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
	test(`stopping npm start with ${signal} stops the server`, async () => {
		test.setTimeout(180_000);
		const npm = spawn('npm', ['start'], {
			env: { ...process.env, PORT: String(PORT) },
			stdio: 'ignore'
		});
		try {
			expect(await until(answers, 150_000), 'npm start serves the app').toBe(true);
			npm.kill(signal);
			expect(await until(async () => !(await answers()), 10_000), 'the server stops').toBe(true);
		} finally {
			npm.kill('SIGKILL');
		}
	});
}
