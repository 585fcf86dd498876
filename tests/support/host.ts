/** Helpers for host pages that embed the map through /embed.js. */
import type { Page } from '@playwright/test';

/**
 * The state the first embed on the page announced with `qantar:ready`, as /embed.js hands it to
 * the host (at once if it has already arrived).
 */
export function readyState(page: Page): Promise<unknown> {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const map = window.Qantar.embed(document.querySelector('iframe')!);
				if (map.state) resolve(map.state);
				else map.on('ready', resolve);
			})
	);
}
