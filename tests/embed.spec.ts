/**
 * The embed in real host pages: /embed.js and pym.js auto-height, the two-way message API,
 * the scrollytelling demo, hostile messages, and the embed dialog's code in a blank page.
 */
import type { Frame, Page } from '@playwright/test';
import { STEPS } from '#lib/pages/demo/steps.ts';
import { expect, test } from './support/fixtures';
import { expectLead, leadOf } from './support/lead';
import { readyState } from './support/host';
import { ready } from './support/map';

/** A blank host page on another origin (about:blank) with the given body. */
async function host(page: Page, baseURL: string, body: string) {
	await page.setContent(
		`<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
		<body style="margin:0;font-family:sans-serif"><h1>A host article</h1>${body}
		<p>After the map.</p><script src="${baseURL}/embed.js"></script></body></html>`
	);
}

/** A host page with one embed of 6 January, the way the embed dialog writes it (minus the script). */
const hostWithMap = (page: Page, baseURL: string) =>
	host(
		page,
		baseURL,
		`<iframe data-qantar src="${baseURL}/en/embed/2022-01-06/" title="Map" style="width:100%;border:0"></iframe>`
	);

function embedFrame(page: Page, pattern = /\/embed\//): Promise<Frame> {
	return expect
		.poll(() => page.frames().find((f) => pattern.test(f.url())) ?? null)
		.not.toBeNull()
		.then(() => page.frames().find((f) => pattern.test(f.url()))!);
}

async function frameReady(frame: Frame) {
	await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 30_000
	});
}

/** |iframe height − the embed's content height| in CSS pixels. */
async function heightGap(page: Page, frame: Frame, iframeSelector: string): Promise<number> {
	const outer = await page
		.locator(iframeSelector)
		.evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
	return Math.abs(outer - inner);
}

/**
 * The iframe fits its content (±2 px), and still does after the host's column narrows to
 * `width`, which changes the layout inside.
 */
async function expectHeightFollows(page: Page, frame: Frame, selector: string, width: number) {
	const iframeHeight = () =>
		page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
	await expect.poll(() => heightGap(page, frame, selector)).toBeLessThanOrEqual(2);
	const before = await iframeHeight();
	await page.setViewportSize({ width, height: 800 });
	await expect.poll(iframeHeight).not.toBe(before);
	await expect.poll(() => heightGap(page, frame, selector)).toBeLessThanOrEqual(2);
}

test('with /embed.js the iframe takes the height of its content, and follows it', async ({
	page,
	baseURL
}) => {
	await hostWithMap(page, baseURL!);
	const frame = await embedFrame(page);
	await frameReady(frame);
	await expectHeightFollows(page, frame, 'iframe', 420);
});

test('a pym.js host (the real pym.Parent) gets the right height, and after a layout change', async ({
	page
}) => {
	await page.goto('/en/demo/');
	const frame = await embedFrame(page, /childId=pym-host/);
	await frameReady(frame);
	await expectHeightFollows(page, frame, '#pym-host iframe', 430);
});

test('the host drives the map with qantar:set and hears the answering state', async ({
	page,
	baseURL
}) => {
	await hostWithMap(page, baseURL!);
	const frame = await embedFrame(page);
	await frameReady(frame);
	const ready = await readyState(page);
	expect(ready).toMatchObject({ day: '2022-01-06', embed: true });
	const state = await page.evaluate(() =>
		window.Qantar.embed(document.querySelector('iframe')!).set({
			day: '2022-01-07',
			view: 'almaty'
		})
	);
	expect(state).toMatchObject({ day: '2022-01-07', view: 'almaty', lang: 'en' });
	// The answer comes once the map inside shows the new state.
	await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready');
	await expectLead(frame, '2022-01-07', 'en');
	expect(await frame.evaluate(() => window.qantar!.map!.getZoom())).toBeGreaterThan(9);
	// A change the reader makes inside is reported to the host.
	const reported = page.evaluate(
		() =>
			new Promise((resolve) =>
				window.Qantar.embed(document.querySelector('iframe')!).on('state', resolve)
			)
	);
	await frame.getByRole('button', { name: 'Next day' }).click();
	expect(await reported).toMatchObject({ day: '2022-01-08' });
});

test('malformed, oversized, unknown and foreign messages are ignored', async ({
	page,
	baseURL
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	await hostWithMap(page, baseURL!);
	const frame = await embedFrame(page);
	await frameReady(frame);
	await page.evaluate(() => {
		const w = document.querySelector('iframe')!.contentWindow!;
		const junk: unknown[] = [
			'hello',
			42,
			null,
			{ type: 'qantar:set', day: '2022-02-30' },
			{ type: 'qantar:set', view: 'moon' },
			{ type: 'qantar:set', day: '2022-01-09', html: '<img src=x onerror=alert(1)>' },
			{ type: 'qantar:explode' },
			{ type: 'qantar:set', event: 'x'.repeat(10_000) }
		];
		for (const m of junk) w.postMessage(m, '*');
	});
	// A message from a window that is not the parent: the embed posting to itself.
	await frame.evaluate(() => window.postMessage({ type: 'qantar:set', day: '2022-01-10' }, '*'));
	// A valid command as a sync point: everything before it has been handled.
	const state = await page.evaluate(() =>
		window.Qantar.embed(document.querySelector('iframe')!).set({ view: 'region' })
	);
	expect(state).toMatchObject({ day: '2022-01-06', view: 'region' });
	await expectLead(frame, '2022-01-06', 'en');
	expect(warnings.filter((w) => w.includes('message ignored')).length).toBeGreaterThanOrEqual(5);
	expect(await frame.locator('img[src=x]').count()).toBe(0);
});

test('scrolling the demo article moves the embedded map step by step', async ({ page }) => {
	await page.goto('/en/demo/');
	const frame = await embedFrame(page, /\/en\/embed\/2022-01-02\//);
	await frameReady(frame);
	await page.mouse.move(900, 400);
	for (const step of STEPS) {
		// Scroll as a reader does, a short wheel turn at a time (scrollama, like any scroller,
		// skips a step that one jump carries past its trigger line), until the story reaches it.
		await expect
			.poll(
				async () => {
					await page.mouse.wheel(0, 80);
					return page.locator('.step.active').getAttribute('data-day');
				},
				{ intervals: [50], timeout: 20_000 }
			)
			.toBe(step.day);
		await expectLead(frame, step.day, 'en');
		await frameReady(frame);
		await expect.poll(() => frame.evaluate(() => window.qantar!.getState().view)).toBe(step.view);
	}
});

test('an embed page is noindex, points to its page, and reads without JavaScript', async ({
	page
}) => {
	const html = await (await page.request.get('/de/embed/2022-01-07/')).text();
	expect(html).toContain('<meta name="robots" content="noindex"');
	expect(html).toMatch(/<link rel="canonical" href="\/de\/2022-01-07\/"/);
	expect(html).toContain(
		`<title>${leadOf('2022-01-07', 'de').headline} — Qantar (eingebettete Karte)</title>`
	);
	expect(html).toContain('<noscript>');
	// The day's events are in the HTML itself.
	expect(html).toContain('data-event-id="2022-01-07-');
});

test('the embed dialog’s code, pasted into a blank page, shows a working map', async ({
	page,
	baseURL
}) => {
	await page.goto('/en/2022-01-05/?view=almaty');
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	await dialog.getByLabel('Controls').selectOption('slider');
	const code = await dialog.getByLabel('Code for your page').inputValue();
	expect(code).toContain(`${baseURL}/en/embed/2022-01-05/?view=almaty&amp;controls=slider`);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();

	await page.setContent(`<!doctype html><html><body>${code}</body></html>`);
	const frame = await embedFrame(page);
	await frameReady(frame);
	await expectLead(frame, '2022-01-05', 'en');
	expect(await frame.evaluate(() => window.qantar!.getState())).toMatchObject({
		view: 'almaty',
		controls: 'slider'
	});
	await expect.poll(() => heightGap(page, frame, 'iframe')).toBeLessThanOrEqual(2);
});

test('an embed with controls=none is map and text only: no zoom buttons, no timeline', async ({
	page
}) => {
	for (const [controls, buttons] of [
		['full', 1],
		['none', 0]
	] as const) {
		await page.goto(`/en/embed/2022-01-06/?controls=${controls}`);
		await ready(page);
		await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(buttons);
		await expect(page.locator('.time-slider')).toHaveCount(buttons);
	}
});

test('the embed’s collapsed event list says that it opens, and how many events it holds', async ({
	page
}) => {
	await page.goto('/en/embed/2022-01-06/');
	const summary = page.locator('details.events > summary');
	await expect(summary).toHaveText(/\(\d+\)$/);
	const marker = () =>
		summary.evaluate((el) => {
			const s = getComputedStyle(el, '::before');
			return { width: s.borderLeftWidth, transform: s.transform };
		});
	expect((await marker()).width).not.toBe('0px');
	expect((await marker()).transform).toBe('none');
	await summary.click();
	await expect(page.locator('details.events')).toHaveAttribute('open', '');
	await expect.poll(async () => (await marker()).transform).not.toBe('none');
});
