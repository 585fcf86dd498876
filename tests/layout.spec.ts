/**
 * The screen as a reader first sees it: the map with its timeline on the first screen, controls
 * that never overlap, each view framed to the actual map (a phone's region view keeps Almaty),
 * and embeds that are mostly map.
 */
import type { Page } from '@playwright/test';
import { DAYS } from '#lib/data/days.ts';
import { LANGS } from '#lib/data/vocabulary.ts';
import { expect, test } from './support/fixtures';
import { ready, rendered } from './support/map';

/** Boxes of the first element matching each selector, in viewport pixels. */
function boxes(page: Page, selectors: string[]) {
	return page.evaluate(
		(list) =>
			list.map((s) => {
				const r = document.querySelector(s)?.getBoundingClientRect();
				return r ? { top: r.top, bottom: r.bottom, height: r.height } : null;
			}),
		selectors
	);
}

test.describe('the first screen (the layout as prerendered: the same with JavaScript)', () => {
	test.use({ javaScriptEnabled: false });

	for (const viewport of [
		{ width: 1440, height: 900 },
		{ width: 375, height: 812 }
	])
		test(`shows the map, the slider and the play button without scrolling at ${viewport.width}×${viewport.height}, every day in both languages`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.setViewportSize(viewport);
			const misses: string[] = [];
			for (const lang of LANGS)
				for (const day of DAYS) {
					await page.goto(`/${lang}/${day}/`);
					const [frame, range, play] = await boxes(page, [
						'.map-frame',
						'.time-slider input[type=range]',
						'.time-slider button.play'
					]);
					const h = viewport.height;
					if (!frame || !range || !play) misses.push(`${lang} ${day}: missing`);
					else if (frame.height < 250) misses.push(`${lang} ${day}: map ${frame.height} px tall`);
					else if (range.bottom > h || play.bottom > h)
						misses.push(`${lang} ${day}: play button ends at ${Math.round(play.bottom)} px`);
				}
			expect(misses).toEqual([]);
		});

	for (const [viewport, shape] of [
		[{ width: 1440, height: 900 }, 'wide'],
		[{ width: 375, height: 812 }, 'tall']
	] as const)
		test(`puts the map alone, at the map's ${shape} shape, in the map's place at ${viewport.width} px, with no loading text`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/de/2022-01-06/');
			const img = page.locator('.map-frame img.fallback');
			await expect(img).toBeVisible();
			const shown = await img.evaluate((e: HTMLImageElement) => ({
				src: new URL(e.currentSrc).pathname,
				natural: e.naturalWidth / e.naturalHeight,
				box: e.getBoundingClientRect().width / e.getBoundingClientRect().height
			}));
			expect(shown.src).toBe(`/fallback/de/2022-01-06-map-${shape}.jpg`);
			// Made at the map's size: its shape is the frame's (within a tenth), not a letterbox.
			expect(Math.abs(shown.natural / shown.box - 1)).toBeLessThan(0.1);
			await expect(page.locator('.map-frame')).not.toContainText('Karte wird geladen');
			await expect(page.locator('.map-frame')).not.toContainText('Loading');
		});

	for (const [width, least] of [
		[640, 0.6],
		[360, 0.5]
	] as const)
		test(`gives the map at least ${least * 100} % of a ${width} px embed with all controls, every day in both languages`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width, height: 600 });
			const shares: string[] = [];
			for (const lang of LANGS)
				for (const day of DAYS) {
					await page.goto(`/${lang}/embed/${day}/?controls=full`);
					const share = await page.evaluate(
						() =>
							document.querySelector('.map-frame')!.getBoundingClientRect().height /
							document.querySelector('main')!.getBoundingClientRect().height
					);
					if (share < least) shares.push(`${lang} ${day}: ${Math.round(share * 100)} %`);
				}
			expect(shares).toEqual([]);
		});
});

/** Every pair of controls whose boxes intersect (nested ones aside), as "a × b". */
function overlaps(page: Page) {
	return page.evaluate(() => {
		const all = [
			// The controls of the map and its timeline, the folds, the masthead's tools (text links
			// that wrap inside a paragraph have boxes that span lines, and are not controls).
			...document.querySelectorAll<HTMLElement>(
				[
					'.map-area button, .map-area select, .map-area input, .map-area summary',
					'.maplibregl-ctrl-attrib, .maplibregl-ctrl-scale',
					'.time-slider button, .time-slider select, .time-slider input, .time-slider label',
					'.filters label, details > summary, .masthead a, .masthead button, .step a'
				].join(', ')
			)
		].filter((e) => {
			const r = e.getBoundingClientRect();
			return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
		});
		const name = (e: HTMLElement) =>
			(e.getAttribute('aria-label') || e.textContent || e.className).trim().slice(0, 30);
		const hits: string[] = [];
		for (let i = 0; i < all.length; i++)
			for (let j = i + 1; j < all.length; j++) {
				const [a, b] = [all[i]!, all[j]!];
				if (a.contains(b) || b.contains(a)) continue;
				// A control and the label that wraps it (a checkbox in its label) are one.
				if (a.closest('label') && a.closest('label') === b.closest('label')) continue;
				const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
				const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
				const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
				if (x > 1 && y > 1) hits.push(`${name(a)} × ${name(b)}`);
			}
		return hits;
	});
}

for (const width of [320, 375, 768])
	test(`no control overlaps another at ${width} px, on the page and in the embed`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width, height: 800 });
		for (const url of ['/de/2022-01-06/', '/de/embed/2022-01-06/?controls=full']) {
			await page.goto(url);
			await ready(page);
			expect(await overlaps(page), url).toEqual([]);
		}
	});

for (const width of [320, 375, 768])
	test(`the region view on a ${width} px screen shows Almaty and its name, where the airlift ends`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/en/2022-01-06/');
		await ready(page);
		expect(await rendered(page, 'story-labels', 'place')).toContain('almaty');
		const inside = await page.evaluate(() => {
			const map = window.qantar!.map!;
			const box = map.getContainer().getBoundingClientRect();
			const label = map
				.queryRenderedFeatures({ layers: ['story-labels'] })
				.find((f) => f.properties.place === 'almaty')!;
			const g = label.geometry;
			const p = map.project(g.type === 'Point' ? (g.coordinates as [number, number]) : [0, 0]);
			// Its symbol and, right of it, the name: about 70 px.
			return p.x > 0 && p.x + 70 < box.width && p.y > 0 && p.y < box.height;
		});
		expect(inside).toBe(true);
	});

test('the camera stays in the reader’s view while scrubbing, and follows the story when asked', async ({
	page
}) => {
	// 5 January opens on Kazakhstan, 6 January on the CSTO region (data/day-views.ts).
	await page.goto('/en/2022-01-05/');
	await ready(page);
	const view = page.locator('.views input[type=radio]:checked');
	await expect(view).toHaveValue('kazakhstan');
	const centre = () => page.evaluate(() => window.qantar!.map!.getCenter().toArray());
	const before = await centre();
	await page.getByRole('button', { name: 'Next day' }).click();
	await expect(page.locator('h1')).toContainText('CSTO');
	await ready(page);
	await expect(view).toHaveValue('kazakhstan');
	expect(await centre()).toEqual(before);
	// A link to the day opens on the day's own view.
	expect(new URL(page.url()).searchParams.get('view')).toBe('kazakhstan');

	await page.getByRole('button', { name: 'Previous day' }).click();
	await ready(page);
	await page.getByLabel('Follow the story').check();
	await page.getByRole('button', { name: 'Next day' }).click();
	await ready(page);
	await expect(view).toHaveValue('region');
	expect(await centre()).not.toEqual(before);
});
