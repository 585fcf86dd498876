/**
 * The built site under its strict Content-Security-Policy, sent as a header the way a static host
 * would (serve.js with { csp: true }, on a server of this file's own): pages, embeds in a host
 * page, the demo and the fallback route work with zero policy violations.
 */
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CSP_DIRECTIVES, pagePolicy, policy } from '../src/csp.js';
import { serveStatic } from '../src/scripts/serve.js';
import { test as base, expect } from './support/fixtures';
import { expectLead } from './support/lead';
import { ready } from './support/map';

const BUILD = join(import.meta.dirname, '../build');

const test = base.extend<{ violations: string[] }, { cspOrigin: string }>({
	cspOrigin: [
		// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take an object pattern
		async ({}, use) => {
			const server = await serveStatic(BUILD, 0, { csp: true });
			await use(`http://localhost:${(server.address() as AddressInfo).port}`);
			server.close();
		},
		{ scope: 'worker' }
	],
	// Every request of these tests goes to the CSP server; the fixture's own-origin check follows.
	baseURL: async ({ cspOrigin }, use) => use(cspOrigin),
	// Every violation in any frame of the page, as the browser reports it to the page, and the
	// console errors Chromium writes for blocked content: both must stay empty.
	violations: [
		async ({ page }, use) => {
			const found: string[] = [];
			await page.exposeBinding('__cspViolation', (source, v: string) =>
				found.push(`${source.frame.url()}: ${v}`)
			);
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const report = (window as unknown as { __cspViolation(v: string): void }).__cspViolation;
					report(
						`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`
					);
				});
			});
			page.on('console', (m) => {
				if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
					found.push(`console: ${m.text()}`);
			});
			await use(found);
			expect(found, 'CSP violations').toEqual([]);
		},
		{ auto: true }
	]
});

/** The policy a response was served with, and the page's own meta policy. */
async function served(page: Page, path: string) {
	const res = await page.request.get(path);
	expect(res.ok() || res.status() === 404).toBe(true);
	return { header: res.headers()['content-security-policy'] ?? '', body: await res.text() };
}

const directive = (p: string, name: string) =>
	p
		.split(';')
		.map((d) => d.trim())
		.find((d) => d.startsWith(`${name} `)) ?? '';

test('the policy is strict: no eval, no inline script, only the site itself', async ({ page }) => {
	for (const path of [
		'/',
		'/en/',
		'/de/2022-01-07/',
		'/en/embed/2022-01-05/',
		'/en/demo/',
		'/x/'
	]) {
		const { header, body } = await served(page, path);
		expect(header, path).toBe(pagePolicy(body));
		expect(header).not.toContain('unsafe-eval');
		expect(directive(header, 'default-src')).toBe("default-src 'self'");
		expect(directive(header, 'worker-src')).toBe("worker-src 'self'");
		expect(directive(header, 'connect-src')).toBe("connect-src 'self'");
		const scripts = directive(header, 'script-src');
		expect(scripts).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
		// Every inline script of the page is covered by one of its hashes: SvelteKit's start-up.
		const inline = [...body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(inline.length, path).toBeGreaterThan(0);
		const hashes = inline.map((t) => createHash('sha256').update(t).digest('base64'));
		for (const h of hashes) expect(scripts).toContain(`'sha256-${h}'`);
	}
	// Anything that is not a page (MapLibre's worker, data) carries the base policy.
	const worker = await served(page, '/basemap/countries.json');
	expect(worker.header).toBe(policy(CSP_DIRECTIVES));
});

test('a day page: stepping days, selecting an event and the embed dialog’s preview', async ({
	page
}) => {
	test.setTimeout(120_000); // four map states and a second map in the preview
	await page.goto('/en/2022-01-05/');
	await ready(page);
	await page.locator('input[type=range]').focus();
	await page.keyboard.press('ArrowRight');
	await expectLead(page, '2022-01-06', 'en');
	await ready(page);
	await page.locator('#events li[data-event-id] button').first().click();
	await expect(page).toHaveURL(/event=/);
	await ready(page);
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const preview = page.frameLocator('iframe.preview');
	await expect(preview.locator('html')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 30_000
	});
});

test('an embed in a host page, and the demo article with its two embeds', async ({ page }) => {
	test.setTimeout(120_000); // three maps in software WebGL
	// A host page of the site's own origin (the host's policy is the host's business).
	await page.route('**/csp-host/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>Host</title><iframe data-qantar src="/de/embed/2022-01-07/"
				title="Karte" width="800" height="900"></iframe><script src="/embed.js"></script>`
		})
	);
	await page.goto('/csp-host/');
	await expect(page.frameLocator('iframe').locator('html')).toHaveAttribute(
		'data-map-state',
		'ready',
		{ timeout: 30_000 }
	);

	await page.goto('/en/demo/');
	// The article's own embed and the one pym.js adds.
	await expect(page.locator('iframe')).toHaveCount(2);
	for (const frame of await page.locator('iframe').all())
		await expect(frame.contentFrame().locator('html')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
});

test('/ and the fallback route lead to a working page', async ({ page, baseURL }) => {
	test.setTimeout(90_000); // two pages, each to a ready map
	await page.goto('/');
	await expect(page).toHaveURL(`${baseURL}/en/`);
	await ready(page);
	// An address that is no page: the fallback page (404.html) leads to the nearest valid state.
	await page.goto('/de/2022-03-08/');
	await expect(page).toHaveURL(/\/de\/2022-01-19\/$/);
	await ready(page);
});
