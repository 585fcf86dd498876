/**
 * Nothing covers what the reader selected: picking an event from the list opens its card, and
 * the card sits on the side away from its place, and the map moves the place clear of the card
 * and of the map's edges where it must.
 */
import { eventsOn, mainPlace, placeById } from '#lib/data/selectors.ts';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';
import { record } from './support/record';

const DAY = '2022-01-06';
const places = placeById(record);
/** The day's events drawn on the map (a reaction abroad has no place there). */
const drawn = eventsOn(record, DAY).filter((e) => !mainPlace(e, places)?.offMap);

// Desktop widths, where the card floats over the map, and a phone, where it opens under it.
for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 1024, height: 768 },
	{ width: 375, height: 812 }
])
	test(`the selected place stays in view beside the card, at ${viewport.width} px`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		await page.goto(`/en/${DAY}/`);
		await ready(page);
		const covered: string[] = [];
		for (const e of drawn.slice(0, 8)) {
			await page.locator(`#event-${e.id} button`).first().click();
			await expect(page.locator('.card')).toBeVisible();
			const at = mainPlace(e, places)!.point;
			// The move clear of the card follows the card's layout: wait for it to settle there.
			const clear = () =>
				page.evaluate((ll) => {
					const map = window.qantar!.map!;
					const box = map.getContainer().getBoundingClientRect();
					const p = map.project(ll);
					const [x, y] = [box.left + p.x, box.top + p.y];
					const card = document.querySelector('.card')!.getBoundingClientRect();
					if (x >= card.left && x <= card.right && y >= card.top && y <= card.bottom)
						return 'under the card';
					if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) return 'off the map';
					return map.isMoving() ? 'moving' : 'clear';
				}, at);
			await expect
				.poll(clear, { timeout: 10_000 })
				.toBe('clear')
				.catch(async () => covered.push(`${e.id}: ${await clear()}`));
			await ready(page);
			await page.locator('.card .close').click();
			await expect(page.locator('.card')).toHaveCount(0);
		}
		expect(covered).toEqual([]);
	});
