/**
 * Faults: the map's parts failing to arrive (MapLibre's code, its worker, the basemap data, the
 * fonts). Whatever fails, the page keeps its text and timeline, and the map area says what is
 * missing, in the reader's language. (A browser without WebGL: no-webgl.spec.ts.)
 */
import type { MapFailure } from '#lib/map/failure.ts';
import { STRINGS } from '#lib/i18n/strings.ts';
import {
	assertNoDialogs,
	expectEvents,
	expectFallback,
	maplibreChunk,
	stepTimeline
} from './support/faults';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';

assertNoDialogs();

test.describe('a part of the map does not arrive', () => {
	const blocked: { what: string; pattern: () => string | RegExp; failure: MapFailure }[] = [
		{ what: 'the MapLibre code', pattern: () => `**/${maplibreChunk()}`, failure: 'library' },
		{
			what: 'the MapLibre worker',
			pattern: () => /maplibre-gl-worker[^/]*\.mjs/,
			failure: 'library'
		},
		{ what: 'the country shapes', pattern: () => '**/basemap/countries.json', failure: 'basemap' }
	];
	for (const { what, pattern, failure } of blocked) {
		test(`${what}: the map area says so, the text and timeline work`, async ({ page }) => {
			let aborted = 0;
			await page.route(pattern(), (route) => {
				aborted++;
				return route.abort('failed');
			});
			const day = '2022-01-06';
			await page.goto(`/en/${day}/`);
			await expectFallback(page, 'en', day, failure);
			expect(aborted).toBeGreaterThan(0);
			await expectEvents(page, day);
			const next = await stepTimeline(page, 'en', day);
			await expectFallback(page, 'en', next, failure);
			// The failed map never comes back to claim readiness.
			await expect(page.locator('html')).toHaveAttribute('data-map-state', 'error');
		});
	}

	test('the place names: the map still works, and says the names are missing (de)', async ({
		page
	}) => {
		await page.route('**/basemap/labels.json', (route) => route.abort('failed'));
		const day = '2022-01-06';
		await page.goto(`/de/${day}/`);
		await ready(page);
		await expect(page.locator('.map-notice')).toHaveText(STRINGS.de.mapNotice.labels);
		await expect(page.locator('.map-frame canvas')).toBeVisible();
		await expect(page.locator('.map-frame')).not.toHaveAttribute('data-map-failure');
		await stepTimeline(page, 'de', day);
		await ready(page);
	});

	test('the fonts: the text and the map stay, with a note that labels use another font', async ({
		page
	}) => {
		let aborted = 0;
		await page.route(/\.woff2?$/, (route) => {
			aborted++;
			return route.abort('failed');
		});
		const day = '2022-01-06';
		await page.goto(`/en/${day}/`);
		await ready(page);
		expect(aborted).toBeGreaterThan(0);
		await expect(page.locator('.map-notice')).toHaveText(STRINGS.en.mapNotice.font);
		await expect(page.locator('.map-frame canvas')).toBeVisible();
		await expectEvents(page, day);
		await expect(page.locator('#events')).toBeVisible();
		await stepTimeline(page, 'en', day);
		await ready(page);
	});
});
