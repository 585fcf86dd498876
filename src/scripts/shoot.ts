/**
 * Renders addresses of the built site to images in headless Chromium, waiting on the readiness
 * signal: shared by `npm run snapshot` and `npm run fallbacks`.
 */
import { chromium } from '@playwright/test';
import type { Server } from 'node:http';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.js';
import { serveStatic } from './serve.js';

export interface Shot {
	url: string;
	viewport: { width: number; height: number };
	scale: number;
	format: 'png' | 'jpeg';
	file: string;
	/** JPEG quality, 0–100. */
	quality?: number;
	/** Only this element (a CSS selector), not the whole viewport. */
	element?: string;
}

export async function shoot(
	site: string,
	shots: Shot[],
	done: (count: number, shot: Shot, bytes: Buffer) => void
): Promise<void> {
	const server: Server = await serveStatic(site, 0);
	const address = server.address();
	const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	try {
		let count = 0;
		for (const shot of shots) {
			const page = await browser.newPage({
				viewport: shot.viewport,
				deviceScaleFactor: shot.scale
			});
			await page.goto(origin + shot.url);
			await page.waitForFunction(
				() => document.documentElement.dataset.mapState === 'ready',
				null,
				{
					timeout: 60_000
				}
			);
			const target = shot.element ? page.locator(shot.element).first() : page;
			const bytes = await target.screenshot({
				type: shot.format,
				...(shot.format === 'jpeg' ? { quality: shot.quality ?? 82 } : {}),
				animations: 'disabled',
				caret: 'hide'
			});
			await page.close();
			done(++count, shot, bytes);
		}
	} finally {
		await browser.close();
		server.close();
	}
}
