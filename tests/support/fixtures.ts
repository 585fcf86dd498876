/**
 * The test fixture every browser test uses: it fails a test on any uncaught page error and on any
 * request that leaves the site's own origin (the site must be fully self-contained).
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			const errors: string[] = [];
			page.on('request', (r) => {
				const url = r.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
					foreign.push(url);
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await use(foreign);
			expect(foreign, 'requests that left the site').toEqual([]);
			expect(errors, 'uncaught page errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
