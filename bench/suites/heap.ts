import type { Page } from 'playwright-core';

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/**
 * JS heap in use after a garbage collection: the page's, and its dedicated worker's when it has
 * one (reached through the browser's target list: Playwright gives no CDP session for workers).
 */
export async function heapUsage(page: Page): Promise<{ pageHeap: number; workerHeap?: number }> {
	const session = await page.context().newCDPSession(page);
	await session.send('HeapProfiler.collectGarbage');
	const { usedSize } = await session.send('Runtime.getHeapUsage');
	const workerHeap = await workerHeapUsage(session).catch(() => undefined);
	await session.detach();
	return { pageHeap: usedSize, workerHeap };
}

async function workerHeapUsage(session: Cdp): Promise<number | undefined> {
	const attached = new Promise<string>((resolve) =>
		session.on('Target.attachedToTarget', (event) => {
			if (event.targetInfo.type === 'worker') resolve(event.sessionId);
		})
	);
	await session.send('Target.setAutoAttach', {
		autoAttach: true,
		waitForDebuggerOnStart: false,
		flatten: false
	});
	const sessionId = await Promise.race([
		attached,
		new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2000))
	]);
	if (!sessionId) return undefined;
	const call = (id: number, method: string) =>
		new Promise<Record<string, unknown>>((resolve) => {
			session.on('Target.receivedMessageFromTarget', (event) => {
				const message = JSON.parse(event.message) as {
					id?: number;
					result?: Record<string, unknown>;
				};
				if (event.sessionId === sessionId && message.id === id) resolve(message.result ?? {});
			});
			void session.send('Target.sendMessageToTarget', {
				sessionId,
				message: JSON.stringify({ id, method })
			});
		});
	await call(1, 'HeapProfiler.collectGarbage');
	const usage = await call(2, 'Runtime.getHeapUsage');
	return Number(usage.usedSize);
}
