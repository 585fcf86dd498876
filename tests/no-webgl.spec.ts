/**
 * A browser without WebGL (Chromium with WebGL and all 3D APIs switched off): page and embed show
 * the day's picture and its full text, say that the interactive map needs WebGL, and the timeline
 * still moves through the days. No error, no dialog.
 */
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/scripts/chromium.js';
import {
	assertNoDialogs,
	expectEvents,
	expectFallback,
	maplibreChunk,
	stepTimeline
} from './support/faults';
import { expect, test } from './support/fixtures';
import { expectLead } from './support/lead';
import { readyState } from './support/host';
import { LANGS } from '#lib/data/vocabulary.ts';

// The whole file: launch options need a browser of their own.
test.use({
	launchOptions: {
		executablePath: chromiumExecutable(),
		args: [
			...CHROMIUM_ARGS.filter((a) => !/angle|swiftshader|gpu-blocklist/.test(a)),
			'--disable-webgl',
			'--disable-3d-apis'
		]
	}
});

assertNoDialogs();

test.describe('without WebGL', () => {
	for (const lang of LANGS) {
		test(`the page (${lang}) shows the day's picture, says WebGL is needed, and the timeline works`, async ({
			page
		}) => {
			const chunk = maplibreChunk();
			const maplibre: string[] = [];
			page.on('request', (r) => {
				if (r.url().includes('maplibre-gl') || r.url().endsWith(chunk)) maplibre.push(r.url());
			});
			const day = '2022-01-05';
			await page.goto(`/${lang}/${day}/`);
			expect(
				await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))
			).toBe(false);
			await expectFallback(page, lang, day, 'webgl');
			await expectEvents(page, day);
			const next = await stepTimeline(page, lang, day);
			await expectFallback(page, lang, next, 'webgl');
			await expectLead(page, next, lang);
			// MapLibre is not even downloaded where it cannot run.
			expect(maplibre).toEqual([]);
		});
	}

	test('the embed shows the picture, the message and every event; its timeline works', async ({
		page
	}) => {
		const day = '2022-01-07';
		await page.goto(`/de/embed/${day}/`);
		await expectFallback(page, 'de', day, 'webgl');
		await expectEvents(page, day);
		const next = await stepTimeline(page, 'de', day);
		await expectFallback(page, 'de', next, 'webgl');
	});
});

test('a host hears the embed is ready and drives it by message, picture and text following', async ({
	page,
	baseURL
}) => {
	await page.setContent(
		`<!doctype html><title>Host</title><iframe data-qantar src="${baseURL}/en/embed/2022-01-06/"
		title="Map" style="width:100%;height:900px;border:0"></iframe><script src="${baseURL}/embed.js"></script>`
	);
	const ready = await readyState(page);
	expect(ready).toMatchObject({ day: '2022-01-06', embed: true });
	const state = await page.evaluate(() =>
		window.Qantar.embed(document.querySelector('iframe')!).set({ day: '2022-01-08' })
	);
	expect(state).toMatchObject({ day: '2022-01-08' });
	const frame = page.frameLocator('iframe');
	await expectLead(frame, '2022-01-08', 'en');
	// The map alone, in a desktop's shape (the frame is 1280 px wide).
	await expect(frame.locator('.map-frame img.fallback')).toHaveAttribute(
		'src',
		'/fallback/en/2022-01-08-map-wide.jpg'
	);
	await expect(frame.locator('.map-frame')).toHaveAttribute('data-map-failure', 'webgl');
});
