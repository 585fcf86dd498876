/**
 * The methodology and corrections page, in both languages: prerendered, its headings in order, the
 * source tiers listed, the corrections log holding the record's revised death tolls, no axe
 * violation; and every day page, the embed and the demo link to it in their language.
 */
import { DAYS } from '#lib/data/days.ts';
import { deathTollRevisions } from '#lib/data/selectors.ts';
import { LANGS, TIERS } from '#lib/data/vocabulary.ts';
import { METHODOLOGY } from '#lib/i18n/methodology.ts';
import { audit } from './support/axe';
import { expect, test } from './support/fixtures';
import { record } from './support/record';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of LANGS)
		test(`/${lang}/methodology/ explains the method, tiers and corrections`, async ({ page }) => {
			const m = METHODOLOGY[lang];
			const res = await page.goto(`/${lang}/methodology/`);
			expect(res?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText(m.title);
			await expect(page).toHaveTitle(`${m.title} — Qantar`);
			await expect(page.locator('meta[name=description]')).toHaveAttribute(
				'content',
				m.description
			);
			await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
				'href',
				`/${lang}/methodology/`
			);
			const other = lang === 'en' ? 'de' : 'en';
			await expect(page.locator(`link[rel=alternate][hreflang=${other}]`)).toHaveAttribute(
				'href',
				`/${other}/methodology/`
			);

			// Headings descend one level at a time: h1, then h2s, h3s only under an h2.
			const levels = await page
				.locator('h1, h2, h3, h4, h5, h6')
				.evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
			expect(levels[0]).toBe(1);
			expect(levels.filter((l) => l === 1)).toHaveLength(1);
			for (const [i, l] of levels.entries())
				if (i > 0) expect(l).toBeLessThanOrEqual(levels[i - 1]! + 1);

			// The five tiers, each with what it may support.
			const rows = page.locator('table tr[data-tier]');
			await expect(rows).toHaveCount(TIERS.length);
			for (const [i, tier] of TIERS.entries()) {
				await expect(rows.nth(i)).toHaveAttribute('data-tier', tier);
				await expect(rows.nth(i).locator('th')).toHaveText(m.tierTable.rows[tier].name);
				await expect(rows.nth(i).locator('td').nth(1)).toHaveText(m.tierTable.rows[tier].supports);
			}

			// The starting articles are named by outlet and date, never as "seeds".
			await expect(page.locator('main')).not.toContainText(/\bseeds?\b/i);
			await expect(page.locator('ol.articles li')).toHaveCount(5);
			for (const outlet of ['DW', 'euronews', 'AFP', 'junge Welt'])
				await expect(page.locator('ol.articles')).toContainText(outlet);

			// The corrections log: the retracted 164, every revised toll the record holds, the audit.
			const log = page.locator('#corrections');
			await expect(log.locator('time[datetime="2022-01-09"]')).toBeVisible();
			await expect(log).toContainText('164');
			const revisions = deathTollRevisions(record);
			expect(revisions.map((f) => f.value)).toEqual(expect.arrayContaining([225, 230]));
			const tolls = log.locator('ul.tolls li');
			await expect(tolls).toHaveCount(revisions.length);
			for (const [i, f] of revisions.entries()) {
				await expect(tolls.nth(i)).toHaveAttribute('data-figure-id', f.id);
				await expect(tolls.nth(i)).toContainText(String(f.value));
				await expect(tolls.nth(i)).toContainText(f.claimant[lang]);
			}
			await expect(log.locator('time[datetime="2026-12"]')).toBeVisible();
		});

	test('English literally: the page says what confirmed means', async ({ page }) => {
		await page.goto('/en/methodology/');
		await expect(page.locator('h1')).toHaveText('Methodology and corrections');
		await expect(page.locator('#confidence')).toContainText('Two independent reports');
		await page.goto('/de/methodology/');
		await expect(page.locator('h1')).toHaveText('Methodik und Korrekturen');
	});

	for (const lang of LANGS)
		test(`every ${lang} day page links to the ${lang} methodology`, async ({ page }) => {
			for (const day of DAYS) {
				await page.goto(`/${lang}/${day}/`);
				await expect(
					page.locator('footer').getByRole('link', { name: METHODOLOGY[lang].title })
				).toHaveAttribute('href', `/${lang}/methodology/`);
				await expect(
					page.getByRole('link', { name: lang === 'en' ? 'How we count' : 'Wie wir zählen' })
				).toHaveAttribute('href', `/${lang}/methodology/#figures`);
			}
		});

	test('the link from the figures lands on the section that explains them', async ({ page }) => {
		await page.goto('/en/2022-01-07/');
		await page.getByRole('link', { name: 'How we count' }).click();
		await expect(page).toHaveURL(/\/en\/methodology\/#figures$/);
		await expect(page.locator('#figures h2')).toBeInViewport();
	});

	for (const lang of LANGS)
		test(`the ${lang} embed's credit line and the demo's footer link to it`, async ({ page }) => {
			await page.goto(`/${lang}/embed/2022-01-07/`);
			const link = page
				.locator('footer')
				.getByRole('link', { name: lang === 'en' ? 'Methodology' : 'Methodik' });
			await expect(link).toHaveAttribute('href', `/${lang}/methodology/`);
			// The embed lives in an iframe: the page opens beside the article, not inside the frame.
			await expect(link).toHaveAttribute('target', '_blank');
			await page.goto(`/${lang}/demo/`);
			await expect(
				page.locator('footer').getByRole('link', { name: METHODOLOGY[lang].title })
			).toHaveAttribute('href', `/${lang}/methodology/`);
		});
});

for (const lang of LANGS)
	for (const colorScheme of ['light', 'dark'] as const)
		test(`axe: the methodology page, ${lang}, ${colorScheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(`/${lang}/methodology/`);
			await expect(page.locator('h1')).toHaveText(METHODOLOGY[lang].title);
			expect(await audit(page, `methodology ${lang} ${colorScheme}`)).toEqual([]);
		});

test('a theme brought from the map is kept', async ({ page }) => {
	await page.goto('/en/methodology/?theme=dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
