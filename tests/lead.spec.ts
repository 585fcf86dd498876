/**
 * The day's written lead (geo/days.json): every day page opens with the date as a kicker, the
 * headline as its H1 and the dek under it, without JavaScript; the title and the descriptions are
 * the lead's; scrubbing a day brings the next day's lead; the embed shows it compact.
 */
import { DAYS } from '#lib/data/days.ts';
import { expect, test } from './support/fixtures';
import { expectLead, leadOf } from './support/lead';
import { ready } from './support/map';
import { LANGS } from '#lib/data/vocabulary.ts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of LANGS)
		test(`every day page in ${lang} opens with that day's lead`, async ({ page }) => {
			for (const day of DAYS) {
				await page.goto(`/${lang}/${day}/`);
				const lead = leadOf(day, lang);
				await expectLead(page, day, lang);
				await expect(page.locator('h1')).toHaveCount(1);
				await expect(page.locator('header.lead .dek')).toHaveText(lead.dek);
				// The kicker sits above the headline, in the same header, and is not a heading.
				const order = await page.evaluate(() => {
					const header = document.querySelector('header.lead')!;
					return [...header.children].map(
						(el) => el.tagName + (el.querySelector('time') ? '>time' : '')
					);
				});
				expect(order).toEqual(['P>time', 'H1', 'P']);
				await expect(page).toHaveTitle(`${lead.headline} — Qantar`);
				await expect(page.locator('meta[name=description]')).toHaveAttribute('content', lead.dek);
				await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
					'content',
					lead.dek
				);
				// The old generated summary ("7 events: …; …") is gone.
				await expect(page.locator('main')).not.toContainText(/\d+ (events|Ereignisse): /);
			}
		});

	test('a concrete day reads as the editors wrote it, in both languages', async ({ page }) => {
		await page.goto('/en/2022-01-06/');
		await expect(page.locator('h1')).toHaveText(
			'First Russian troops of CSTO force land; fighting goes on in Almaty'
		);
		await expect(page.locator('header.lead time')).toHaveText('Thursday, 6 January 2022');
		await page.goto('/de/2022-01-06/');
		await expect(page.locator('h1')).toHaveText(
			'Erste russische Soldaten der OVKS-Truppe landen; in Almaty wird weiter gekämpft'
		);
		await expect(page.locator('header.lead time')).toHaveText('Donnerstag, 6. Januar 2022');
	});

	test('on a 375 px phone every lead is whole: nothing cut off, nothing wider than the screen', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 800 });
		for (const lang of LANGS)
			for (const day of DAYS) {
				await page.goto(`/${lang}/${day}/`);
				const clipped = await page.evaluate(() =>
					[...document.querySelectorAll('header.lead > *')]
						.filter((el) => {
							// Wider than its box (a word that does not wrap), or clipped (a clamp).
							const clips = getComputedStyle(el).overflow !== 'visible';
							return (
								el.scrollWidth > el.clientWidth ||
								el.getBoundingClientRect().right > innerWidth ||
								(clips && el.scrollHeight > el.clientHeight + 1)
							);
						})
						.map((el) => el.textContent)
				);
				expect(clipped, `${lang} ${day}`).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					375
				);
			}
	});

	test('the embed shows the same lead', async ({ page }) => {
		await page.goto('/de/embed/2022-01-09/');
		await expectLead(page, '2022-01-09', 'de');
		await expect(page.locator('header.lead .dek')).toHaveText(leadOf('2022-01-09', 'de').dek);
	});
});

test('scrubbing by keyboard brings the next day’s lead, title and announcement', async ({
	page
}) => {
	await page.goto('/en/2022-01-05/');
	await ready(page);
	await page.locator('input[type=range]').focus();
	await page.keyboard.press('ArrowRight');
	await expectLead(page, '2022-01-06', 'en');
	const lead = leadOf('2022-01-06', 'en');
	await expect(page.locator('header.lead .dek')).toHaveText(lead.dek);
	await expect(page).toHaveTitle(`${lead.headline} — Qantar`);
	await expect(page.getByTestId('announcer')).toHaveText(`6 January 2022 — ${lead.headline}`);
	await ready(page);
	await page.keyboard.press('ArrowLeft');
	await expectLead(page, '2022-01-05', 'en');
});
