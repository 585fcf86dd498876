/**
 * Accessibility (WCAG 2.2 AA): the live region that is the map's changing text alternative,
 * reduced motion, shapes beside colours in the legend; then axe-core on the page and the embed on
 * every day in both languages (every rule in light, the colour rules in dark), the embed on three
 * days in both languages and themes, with an event selected and with the embed dialog open, and
 * on the demo article. For axe, one load per test: the days are stepped through in the browser
 * with `window.qantar.setState`, which resolves once the map shows the day. Keyboard use is in keyboard.spec.ts.
 */
import type { Page } from '@playwright/test';
import { DAYS } from '#lib/data/days.ts';
import { EVENT_TYPES } from '#lib/data/schema.ts';
import { eventCountsByDay, eventsOn } from '#lib/data/selectors.ts';
import { dayLine } from '#lib/i18n/summaries.ts';
import { audit } from './support/axe';
import { expect, test } from './support/fixtures';
import { expectLead, leadOf } from './support/lead';
import { ready } from './support/map';
import { record } from './support/record';
import { LANGS, type Lang } from '#lib/data/vocabulary.ts';

const setDay = (page: Page, day: string) =>
	page.evaluate((d) => window.qantar!.setState({ day: d, event: null }), day);

test.describe('the live region announces each new day with its date and headline', () => {
	test('on the page, in English, when the slider moves', async ({ page }) => {
		await page.goto('/en/2022-01-05/');
		await ready(page);
		const live = page.getByTestId('announcer');
		await expect(live).toHaveAttribute('aria-live', 'polite');
		// Not on load: the lead is read with the page.
		await expect(live).toHaveText('');
		await page.locator('input[type=range]').focus();
		await page.keyboard.press('ArrowRight');
		await expect(live).toHaveText(dayLine(record, '2022-01-06', 'en'));
		await expect(live).toHaveText(`6 January 2022 — ${leadOf('2022-01-06', 'en').headline}`);
		await ready(page);
		await page.keyboard.press('ArrowRight');
		await expect(live).toHaveText(dayLine(record, '2022-01-07', 'en'));
	});

	test('in the embed, in German, when the host sets the day', async ({ page }) => {
		await page.goto('/de/embed/2022-01-05/');
		await ready(page);
		const live = page.getByTestId('announcer');
		await expect(live).toHaveAttribute('aria-live', 'polite');
		await expect(live).toHaveText('');
		await setDay(page, '2022-01-06');
		await expect(live).toHaveText(`6. Januar 2022 — ${leadOf('2022-01-06', 'de').headline}`);
	});
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	/** The longest transition or animation (seconds) of any element on the page. */
	const longestMotion = (page: Page) =>
		page.evaluate(() => {
			const seconds = (v: string) =>
				Math.max(...v.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
			let longest = 0;
			for (const el of document.querySelectorAll('*')) {
				const cs = getComputedStyle(el);
				longest = Math.max(
					longest,
					seconds(cs.transitionDuration),
					cs.animationName === 'none' ? 0 : seconds(cs.animationDuration)
				);
			}
			return longest;
		});

	test('nothing plays by itself, nothing transitions, and the map does not fade', async ({
		page
	}) => {
		await page.goto('/en/2022-01-06/');
		await ready(page);
		await expect(page.getByRole('button', { name: 'Play through the days' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		expect(await longestMotion(page)).toBeLessThanOrEqual(0.0001);
		// MapLibre's label and symbol fades are off (its fadeDuration option).
		const fade = await page.evaluate(
			() => (window.qantar!.map as unknown as { _fadeDuration: number })._fadeDuration
		);
		expect(fade).toBe(0);
		// The same page without the preference does have transitions: the check above can fail.
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		expect(await longestMotion(page)).toBeGreaterThan(0.05);
	});

	test('a host switching the embed’s view makes the camera jump, not fly', async ({ page }) => {
		await page.goto('/en/embed/2022-01-06/?view=region');
		await ready(page);
		await page.evaluate(() => {
			const w = window as unknown as { moves: number };
			w.moves = 0;
			window.qantar!.map!.on('move', () => w.moves++);
		});
		await page.evaluate(() => window.qantar!.setState({ view: 'almaty' }));
		await ready(page);
		expect(
			await page.evaluate(() => (window as unknown as { moves: number }).moves)
		).toBeLessThanOrEqual(1);
		expect(await page.evaluate(() => window.qantar!.map!.getZoom())).toBeGreaterThan(9);
	});
});

test('colour is never the only channel: the legend gives each event type its shape', async ({
	page
}) => {
	// Without the type filter (static mode, trimmed embeds) the legend lists the types itself.
	for (const url of ['/en/2022-01-06/?static=1', '/de/embed/2022-01-06/?controls=slider']) {
		await page.goto(url);
		const items = page.locator('.legend .types li');
		await expect(items).toHaveCount(EVENT_TYPES.length);
		const shapes = await items
			.locator('svg path')
			.evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
		expect(new Set(shapes).size).toBe(EVENT_TYPES.length);
	}
	// With it, its toggles are the key, with the same shapes, and the legend does not repeat them.
	await page.goto('/en/2022-01-06/');
	await expect(page.locator('.legend .types')).toHaveCount(0);
	const chips = await page
		.locator('.filters .chip svg path')
		.evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
	expect(new Set(chips).size).toBe(EVENT_TYPES.length);
	// Deployed states differ from members by a heavier outline in the legend as on the map.
	const border = (cls: string) =>
		page
			.locator(`.legend .swatch.${cls}`)
			.evaluate((e) => parseFloat(getComputedStyle(e).borderTopWidth));
	expect(await border('deployed')).toBeGreaterThan(await border('member'));
});

/**
 * Contrast where axe reports "incomplete" (it cannot find a background): the chart's SVG labels,
 * and the map's scale and attribution, whose translucent backing lies over the map. The backing is
 * judged over both black and white, the extremes of what the map may show beneath it.
 */
for (const theme of ['light', 'dark'] as const)
	test(`contrast axe cannot measure: chart labels, map scale and attribution, ${theme}`, async ({
		page
	}) => {
		await page.goto(`/en/2022-01-06/?theme=${theme}`);
		await ready(page);
		const worst = await page.evaluate(() => {
			/** [r, g, b, a] (0–255, alpha 0–1) from rgb(), rgba() or color(srgb …). */
			const parse = (c: string): number[] => {
				const n = (c.match(/[\d.]+/g) ?? []).map(Number);
				if (c.startsWith('color(srgb')) return [n[0]! * 255, n[1]! * 255, n[2]! * 255, n[3] ?? 1];
				return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
			};
			const over = (top: number[], under: number[]) =>
				[0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!)).concat(1);
			const lum = (c: number[]) => {
				const [r, g, b] = c.slice(0, 3).map((v) => {
					const x = v / 255;
					return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
			};
			const ratio = (a: number[], b: number[]) => {
				const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
				return (hi! + 0.05) / (lo! + 0.05);
			};
			const page = parse(getComputedStyle(document.documentElement).backgroundColor);
			const results: [string, number][] = [];
			for (const t of document.querySelectorAll('.figures-chart svg text')) {
				if (!t.textContent?.trim()) continue;
				results.push([`chart "${t.textContent}"`, ratio(parse(getComputedStyle(t).fill), page)]);
			}
			for (const sel of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib']) {
				const el = document.querySelector(sel)!;
				const cs = getComputedStyle(el);
				const text = parse(cs.color);
				for (const under of [
					[0, 0, 0, 1],
					[255, 255, 255, 1]
				])
					results.push([
						`${sel} over ${under[0]}`,
						ratio(text, over(parse(cs.backgroundColor), under))
					]);
			}
			return results.sort((a, b) => a[1] - b[1]);
		});
		expect(worst.length).toBeGreaterThan(10);
		expect(worst[0]![1], `lowest: ${worst[0]![0]}`).toBeGreaterThanOrEqual(4.5);
	});

// The days in two halves: shorter tests for a loaded machine, and a retry repeats only half.
const HALVES = [DAYS.slice(0, 9), DAYS.slice(9)];

/**
 * The embed shows the page's own components (stage, lead, events, notices) in its own layout: it
 * is audited on the first and last days and on the busiest one, which the page's audit of every
 * day already covers for content.
 */
const busiest = eventCountsByDay(record).reduce((a, b) => (b.count > a.count ? b : a)).day;
const EMBED_DAYS = [...new Set([DAYS[0]!, busiest, DAYS.at(-1)!])];

/**
 * Every day of the page in each language, with every rule in light and, in dark, the rules a
 * theme can break; the embed on EMBED_DAYS, every rule in both themes. One load per test: the
 * days are stepped through in the browser, each audited once the map shows it.
 */
interface DayAudit {
	kind: 'page' | 'embed';
	lang: Lang;
	theme: 'light' | 'dark';
	days: readonly string[];
	only: 'all' | 'colour';
}

const DAY_AUDITS: DayAudit[] = [
	...LANGS.flatMap((lang) =>
		HALVES.flatMap((days): DayAudit[] => [
			{ kind: 'page', lang, theme: 'light', days, only: 'all' },
			{ kind: 'page', lang, theme: 'dark', days, only: 'colour' }
		])
	),
	...LANGS.flatMap((lang) =>
		(['light', 'dark'] as const).map((theme): DayAudit => ({
			kind: 'embed',
			lang,
			theme,
			days: EMBED_DAYS,
			only: 'all'
		}))
	)
];

for (const { kind, lang, theme, days, only } of DAY_AUDITS)
	test(`axe${only === 'colour' ? ' (colour rules)' : ''}: the ${kind}, ${lang}, ${theme}, ${days.length > 3 ? `${days[0]} to ${days.at(-1)}` : days.join(', ')}`, async ({
		page
	}) => {
		test.setTimeout(180_000); // up to 9 days rendered with software WebGL, each audited
		const base = kind === 'page' ? `/${lang}` : `/${lang}/embed`;
		await page.goto(`${base}/${days[0]}/?theme=${theme}`);
		await ready(page);
		const found: string[] = [];
		for (const day of days) {
			if (day !== days[0]) await setDay(page, day);
			await ready(page);
			await expectLead(page, day, lang);
			found.push(...(await audit(page, day, only)));
		}
		expect(found).toEqual([]);
	});

for (const kind of ['page', 'embed'] as const)
	for (const lang of LANGS)
		for (const theme of ['light', 'dark'] as const) {
			const base = kind === 'page' ? `/${lang}` : `/${lang}/embed`;

			test(`axe: the ${kind} with an event card${kind === 'page' ? ' and the embed dialog' : ''} open, ${lang}, ${theme}`, async ({
				page
			}) => {
				test.setTimeout(120_000);
				const day = '2022-01-06';
				const event = eventsOn(record, day)[0]!;
				await page.goto(`${base}/${day}/?theme=${theme}&event=${event.id}`);
				await ready(page);
				await expect(page.locator('.card')).toBeVisible();
				const found = await audit(page, `${day} with ${event.id} selected`);
				if (kind === 'page') {
					await page.locator('.card .close').click();
					await page.locator('button.open').click();
					await expect(page.locator('dialog[open]')).toBeVisible();
					// The dialog's live preview is an embed: audited with it, once its map is drawn.
					await expect(page.frameLocator('dialog iframe').locator('html')).toHaveAttribute(
						'data-map-state',
						'ready',
						{ timeout: 60_000 }
					);
					found.push(...(await audit(page, `${day} with the embed dialog open`)));
				}
				expect(found).toEqual([]);
			});
		}

for (const lang of LANGS)
	test(`axe: the demo article, ${lang}`, async ({ page }) => {
		await page.goto(`/${lang}/demo/`);
		const frame = page.frameLocator('iframe[data-qantar]');
		await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		expect(await audit(page, `demo ${lang}`)).toEqual([]);
	});
