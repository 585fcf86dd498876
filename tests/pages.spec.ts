/** The prerendered pages: every day in both languages, readable without JavaScript. */
import { DAYS, DEFAULT_DAY } from '#lib/data/days.ts';
import { eventsOn, latestFigures } from '#lib/data/selectors.ts';
import { STRINGS } from '#lib/i18n/strings.ts';
import { expect, test } from './support/fixtures';
import { expectLead } from './support/lead';
import { record } from './support/record';
import { LANGS } from '#lib/data/vocabulary.ts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of LANGS) {
		test(`every day page in ${lang} lists that day's events with their sources`, async ({
			page
		}) => {
			for (const day of DAYS) {
				const res = await page.goto(`/${lang}/${day}/`);
				expect(res?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectLead(page, day, lang);
				// The map box holds the day's picture, and promises no map that cannot come.
				await expect(page.locator('.map-frame')).not.toContainText(STRINGS[lang].mapLoading);
				// The bars under the slider say what they count.
				await expect(page.locator('.track .caption')).toContainText(
					STRINGS[lang].timeline.barsCaption
				);
				const events = eventsOn(record, day);
				const items = page.locator('#events li[data-event-id]');
				await expect(items).toHaveCount(events.length);
				for (const [i, e] of events.entries()) {
					await expect(items.nth(i)).toHaveAttribute('data-event-id', e.id);
					await expect(items.nth(i).locator('h3')).toHaveText(e.title[lang]);
					await expect(items.nth(i).locator('.summary')).toHaveText(e.summary[lang]);
					await expect(items.nth(i).locator('.sources a, .sources span[title]')).toHaveCount(
						e.sources.length
					);
				}
			}
		});
	}

	test('the figures panel shows every claim reported by that day, conflicts side by side', async ({
		page
	}) => {
		const day = '2022-01-07';
		await page.goto(`/en/${day}/`);
		const groups = latestFigures(record, day);
		expect(groups.length).toBeGreaterThan(0);
		await expect(page.locator('.figures .group')).toHaveCount(groups.length);
		const claims = groups.reduce((n, g) => n + g.claims.length, 0);
		await expect(page.locator('.figures .claim')).toHaveCount(claims);
		const conflicts = groups.filter((g) => g.conflict).length;
		await expect(page.locator('.figures .group.conflict')).toHaveCount(conflicts);
	});

	test('the language page shows the default day, and / leads to English', async ({ page }) => {
		await page.goto('/de/');
		await expectLead(page, DEFAULT_DAY, 'de');
		await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
			'href',
			`/de/${DEFAULT_DAY}/`
		);
		// The root page redirects by meta refresh (no JavaScript needed) and links both languages.
		const root = await (await page.request.get('/')).text();
		expect(root).toMatch(/<meta http-equiv="refresh" content="0; url=\/en\/"/);
		expect(root).toContain('href="/de/"');
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
	});

	test('day links reach every day and the other language', async ({ page }) => {
		await page.goto('/en/2022-01-10/');
		await expect(page.locator('nav a')).toHaveCount(DAYS.length);
		await page.locator('a[hreflang=de]').first().click();
		await expect(page).toHaveURL(/\/de\/2022-01-10\/$/);
		await expectLead(page, '2022-01-10', 'de');
	});
});
