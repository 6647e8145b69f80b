import type { Server } from 'node:http';
import { startStaticServer } from '../../../scripts/static-server.js';

export type RunningServer = { url: string; stop(): Promise<void> };

/** Serves a build directory on a port; `stop()` really stops it (open connections included). */
export async function serveBuild(root: string, port: number): Promise<RunningServer> {
	const server: Server = await startStaticServer({ root, port });
	return {
		url: `http://localhost:${port}`,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
