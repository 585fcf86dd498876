/**
 * One marker per place, and picking it opens an event there: in each view a test clicks every
 * marker the map shows, at its rendered position, and checks that the card names that place (at
 * region and country zoom a city's marker stands for all its sites: the event is at one of them).
 */
import type { Page } from '@playwright/test';
import { placeById } from '#lib/data/selectors.ts';
import type { View } from '#lib/data/vocabulary.ts';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';
import { record } from './support/record';

const places = placeById(record);

interface Marker {
	/** The marker's place, and the places it stands for. */
	place: string;
	places: string[];
	x: number;
	y: number;
}

/** The markers drawn now, each with its position in the page (the topmost at a pixel first). */
function markers(page: Page): Promise<Marker[]> {
	return page.evaluate(() => {
		const map = window.qantar!.map!;
		const box = map.getCanvas().getBoundingClientRect();
		return (
			map
				.queryRenderedFeatures({ layers: ['city-markers', 'incidents'] })
				.map((f) => {
					const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
					const place = String(f.properties.place);
					const list = String(f.properties.places ?? place)
						.trim()
						.split(' ');
					return { place, places: list, x: box.left + p.x, y: box.top + p.y };
				})
				// Those a reader can reach: on the map, not under the view switch or the zoom buttons.
				.filter(
					(m) =>
						m.x > box.left &&
						m.x < box.right &&
						m.y > box.top &&
						m.y < box.bottom &&
						document.elementFromPoint(m.x, m.y) === map.getCanvas()
				)
		);
	});
}

/** The markers drawn over the pixel at (x, y), topmost first. */
function markersAt(page: Page, x: number, y: number): Promise<string[]> {
	return page.evaluate(
		([x, y]) => {
			const map = window.qantar!.map!;
			const box = map.getCanvas().getBoundingClientRect();
			return map
				.queryRenderedFeatures([x! - box.left, y! - box.top], {
					layers: ['city-markers', 'incidents']
				})
				.map((f) => String(f.properties.places ?? f.properties.place).trim());
		},
		[x, y]
	);
}

for (const [day, view] of [
	['2022-01-05', 'kazakhstan'],
	['2022-01-06', 'region'],
	['2022-01-05', 'almaty']
] as [string, View][])
	test(`every marker of ${day} in the ${view} view opens an event at its place`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto(`/en/${day}/?view=${view}`);
		await ready(page);
		const drawn = await markers(page);
		expect(drawn.length, 'markers drawn').toBeGreaterThan(2);
		// One marker per place: no place has two.
		expect(new Set(drawn.map((m) => m.place)).size).toBe(drawn.length);
		const wrong: string[] = [];
		for (const place of drawn.map((d) => d.place)) {
			// Picking scrolls the day's list to the event (the map is sticky beside it): back to the
			// top, and the marker's position read afresh.
			await page.evaluate(() => window.scrollTo(0, 0));
			const m = (await markers(page)).find((d) => d.place === place);
			if (!m) {
				wrong.push(`${place}: no longer drawn after the last pick`);
				continue;
			}
			// The marker the reader sees at that pixel is the topmost one there.
			const [top] = await markersAt(page, m.x, m.y);
			const expected = top ? top.split(' ') : m.places;
			await page.mouse.click(m.x, m.y);
			const card = page.locator('section.card');
			await expect(card).toBeVisible();
			const id = (await card.getAttribute('data-event-id'))!;
			const at = record.events.find((e) => e.id === id)!.places[0]!;
			const named = await card.locator('.place').textContent();
			if (!expected.includes(at)) wrong.push(`${m.place}: opened ${id} at ${at}`);
			else if (!named?.includes(places.get(at)!.name.en))
				wrong.push(`${m.place}: the card does not name ${at}`);
			// Back to the view and no selection (a city's marker may have opened its own view).
			await page.evaluate(
				([d, v]) => window.qantar!.setState({ day: d, view: v as View, event: null }),
				[day, view]
			);
			await ready(page);
		}
		expect(wrong).toEqual([]);
	});

test('picking Almaty’s marker at country zoom opens the city view with an event there', async ({
	page
}) => {
	await page.goto('/en/2022-01-05/?view=kazakhstan');
	await ready(page);
	const almaty = (await markers(page)).find((m) => m.place === 'almaty')!;
	expect(almaty.places.length, 'Almaty’s marker stands for several sites').toBeGreaterThan(1);
	await page.mouse.click(almaty.x, almaty.y);
	await expect(page).toHaveURL(/view=almaty/);
	await ready(page);
	const id = (await page.locator('section.card').getAttribute('data-event-id'))!;
	expect(almaty.places).toContain(record.events.find((e) => e.id === id)!.places[0]);
});
