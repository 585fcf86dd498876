/**
 * "Said abroad": what governments and international bodies said, listed under the map on the days
 * they said it. Reactions at places off the map are never drawn; picking one opens its card and
 * leaves the map where it was. Everything expected is read from the record.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DAYS } from '#lib/data/days.ts';
import { reactionsOn } from '#lib/data/selectors.ts';
import { STRINGS } from '#lib/i18n/strings.ts';
import { expect, test } from './support/fixtures';
import { ready, rendered } from './support/map';
import { record } from './support/record';
import { LANGS } from '#lib/data/vocabulary.ts';

const placeOf = (id: string) => record.places.find((p) => p.id === id)!;
const offMap = (e: { places: string[] }) => placeOf(e.places[0]!).offMap === true;

// A day page with reactions is part of the product: a record without any fails here, loudly.
const reactionDays = DAYS.filter((d) => reactionsOn(record, d).length > 0);
const day = reactionDays.find((d) => reactionsOn(record, d).some(offMap));
const quietDay = DAYS.find((d) => reactionsOn(record, d).length === 0);

function requireReactions() {
	expect(reactionDays, 'geo/events.json has no reaction events').not.toEqual([]);
	expect(day, 'geo/events.json has no reaction at a place off the map').toBeDefined();
	return { day: day!, reactions: reactionsOn(record, day!) };
}

const box = (page: Page, lang: 'en' | 'de' = 'en') =>
	page.getByRole('region', { name: STRINGS[lang].saidAbroad });

/** Every event id on the map's incident symbols: those in view, and all of its source data. */
async function drawnEventIds(page: Page): Promise<{ inView: string[]; inSource: string[] }> {
	// Places' markers at city zoom, cities' below it.
	const inView = [
		...(await rendered(page, 'incidents', 'events')),
		...(await rendered(page, 'city-markers', 'events'))
	].flatMap((s) => s.split(' '));
	const inSource = await page.evaluate(async () => {
		const ids: string[] = [];
		for (const id of ['incidents', 'story']) {
			const source = window.qantar!.map!.getSource(id) as unknown as {
				getData(): Promise<GeoJSON.FeatureCollection>;
			};
			const data = await source.getData();
			ids.push(...data.features.flatMap((f) => String(f.properties!.events).split(' ')));
		}
		return ids;
	});
	return { inView, inSource };
}

test('a day with reactions lists each one under the map; those said off the map are not drawn', async ({
	page
}) => {
	const { day, reactions } = requireReactions();
	await page.goto(`/en/${day}/`);
	await ready(page);
	const items = box(page).getByRole('button');
	await expect(items).toHaveCount(reactions.length);
	for (const [i, e] of reactions.entries()) {
		await expect(items.nth(i)).toContainText(placeOf(e.places[0]!).name.en);
		await expect(items.nth(i)).toContainText(e.title.en);
	}
	// Never drawn, neither in view nor anywhere else in the map's data.
	const { inView, inSource } = await drawnEventIds(page);
	const abroad = reactions.filter(offMap).map((e) => e.id);
	expect(inView.length).toBeGreaterThan(0);
	for (const id of abroad) {
		expect(inView).not.toContain(id);
		expect(inSource).not.toContain(id);
	}
	// A reaction in the region (Berlin, Moscow) is on the map like any event.
	for (const e of reactions.filter((x) => !offMap(x))) expect(inSource).toContain(e.id);
	// The box does not cover the map: it lies below the map's frame.
	const frame = (await page.locator('.map-frame').boundingBox())!;
	const list = (await box(page).boundingBox())!;
	expect(list.y).toBeGreaterThanOrEqual(frame.y + frame.height);
});

test('picking a reaction said off the map opens its card and leaves the map where it was', async ({
	page
}) => {
	const { day, reactions } = requireReactions();
	const event = reactions.find(offMap)!;
	await page.goto(`/en/${day}/`);
	await ready(page);
	const camera = () =>
		page.evaluate(() => {
			const map = window.qantar!.map!;
			return { center: map.getCenter().toArray(), zoom: map.getZoom() };
		});
	const before = await camera();
	const item = box(page).getByRole('button', { name: event.title.en });
	await item.click();
	await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
	await ready(page);
	await expect(page.locator('.card h2')).toHaveText(event.title.en);
	await expect(page.locator('#card-title')).toBeFocused();
	await expect(item).toHaveAttribute('aria-pressed', 'true');
	expect(await camera()).toEqual(before);
	// Nothing is ringed: the place has no symbol to ring.
	expect(await rendered(page, 'selected-ring', 'place')).toEqual([]);
	// Escape closes the card, and focus returns to the item it was opened from.
	await page.keyboard.press('Escape');
	await expect(page.locator('.card')).toHaveCount(0);
	await expect(item).toBeFocused();
	await ready(page);
});

test('the box is reached by Tab after the map and its timeline, shows a focus ring, and opens a card by Enter', async ({
	page
}) => {
	const { day, reactions } = requireReactions();
	await page.goto(`/en/${day}/`);
	await ready(page);
	// From the play controls' last one (the map and its timeline are one instrument), past what
	// happened across the country (a list of the same kind, first), to the box.
	await page.getByLabel('Follow the story').focus();
	const first = box(page).getByRole('button').first();
	const passed: string[] = [];
	for (let i = 0; i < 12 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
		passed.push(
			await page.evaluate(() =>
				document.activeElement!.closest('[data-nationwide]') ? 'nationwide' : 'other'
			)
		);
	}
	await expect(first).toBeFocused();
	expect(passed.slice(0, -1).every((c) => c === 'nationwide')).toBe(true);
	const outline = await first.evaluate((el) => {
		const cs = getComputedStyle(el);
		return el.matches(':focus-visible') ? parseFloat(cs.outlineWidth) : 0;
	});
	expect(outline).toBeGreaterThanOrEqual(2);
	await page.keyboard.press('Enter');
	await expect(page.locator('.card h2')).toHaveText(reactions[0]!.title.en);
	await ready(page);
});

test('in German, in the embed, filtered out, in screenshot mode and on a quiet day', async ({
	page
}) => {
	const { day, reactions } = requireReactions();
	await page.goto(`/de/${day}/`);
	await ready(page);
	await expect(box(page, 'de').getByRole('button')).toHaveCount(reactions.length);
	await expect(box(page, 'de')).toContainText(reactions[0]!.title.de);
	await expect(box(page, 'de')).toContainText(placeOf(reactions[0]!.places[0]!).name.de);
	// The embed, mostly map, lists them with the day's other events in its one fold.
	await page.goto(`/de/embed/${day}/`);
	await ready(page);
	await expect(page.locator('[data-said-abroad]')).toHaveCount(0);
	await page.locator('details.events summary').click();
	for (const r of reactions)
		await expect(page.locator(`details.events li[data-event-id="${r.id}"]`)).toBeVisible();
	// Hidden with its type: no reactions shown, no box.
	await page.goto(`/en/${day}/?types=protest,clash`);
	await ready(page);
	await expect(page.locator('[data-said-abroad]')).toHaveCount(0);
	// Screenshot mode: the same list, as text with nothing to press.
	await page.goto(`/en/${day}/?static=1`);
	await ready(page);
	await expect(box(page)).toContainText(reactions[0]!.title.en);
	await expect(box(page).getByRole('button')).toHaveCount(0);
	// A day on which nothing was said abroad has no box.
	expect(quietDay, 'every day has reactions?').toBeDefined();
	await page.goto(`/en/${quietDay}/`);
	await ready(page);
	await expect(page.locator('[data-said-abroad]')).toHaveCount(0);
});

// One test per theme and language: each loads a map to ready and audits it, which takes a while
// in software WebGL on a loaded machine.
for (const theme of ['light', 'dark'])
	for (const lang of LANGS)
		test(`axe finds nothing wrong with the box, ${theme}, ${lang}, with a reaction selected`, async ({
			page
		}) => {
			const { day, reactions } = requireReactions();
			await page.goto(`/${lang}/${day}/?theme=${theme}&event=${reactions[0]!.id}`);
			await ready(page);
			const { violations } = await new AxeBuilder({ page })
				.include('[data-said-abroad]')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered page lists what was said abroad', async ({ page }) => {
		const { day, reactions } = requireReactions();
		await page.goto(`/de/${day}/`);
		const items = box(page, 'de').getByRole('listitem');
		await expect(items).toHaveCount(reactions.length);
		for (const [i, e] of reactions.entries()) await expect(items.nth(i)).toContainText(e.title.de);
	});
});
