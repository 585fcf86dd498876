/**
 * The story's places are named on the map: on every day, in every view, each place whose symbol
 * the map draws has its name rendered (a site by its city's: Republic Square by "Almaty"), and no
 * basemap city repeats a name the story already gives. Read from what MapLibre placed
 * (`queryRenderedFeatures` on symbol layers returns only symbols that won their place).
 */
import type { Page } from '@playwright/test';
import { DAYS } from '#lib/data/days.ts';
import { VIEWS, type View } from '#lib/data/vocabulary.ts';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';

/** What the map shows now: the label places of the drawn symbols, the names, and duplicates. */
function namesShown(page: Page) {
	return page.evaluate(() => {
		const map = window.qantar!.map!;
		// A place's marker (city zoom) is named by its label place, a city's by itself. A marker cut
		// by the map's edge (its point within 12 px of it) counts as off the map.
		const box = map.getContainer().getBoundingClientRect();
		const inside = (f: { geometry: unknown }) => {
			const p = map.project((f.geometry as { coordinates: [number, number] }).coordinates);
			return p.x > 12 && p.y > 12 && p.x < box.width - 12 && p.y < box.height - 12;
		};
		const drawn = [
			...map
				.queryRenderedFeatures({ layers: ['incidents'] })
				.filter(inside)
				.map((f) => String(f.properties.labelPlace ?? '')),
			...map
				.queryRenderedFeatures({ layers: ['city-markers'] })
				.filter(inside)
				.map((f) => String(f.properties.place))
		].filter(Boolean);
		const story = map.queryRenderedFeatures({ layers: ['story-labels'] });
		const named = story.map((f) => String(f.properties.place));
		const pt = (f: { geometry: unknown }) =>
			map.project((f.geometry as { coordinates: [number, number] }).coordinates);
		// A basemap name drawn within 12 px of a story name's anchor says the same place twice.
		const twice = map
			.queryRenderedFeatures({ layers: ['city-labels'] })
			.filter((c) => story.some((s) => pt(s).dist(pt(c)) < 12))
			.map((c) => String(c.properties.name_en));
		return { drawn: [...new Set(drawn)], named: [...new Set(named)], twice };
	});
}

for (const view of VIEWS)
	test(`every drawn place is named, every day, in the ${view} view`, async ({ page }) => {
		test.setTimeout(150_000); // 18 days, each rendered with software WebGL
		await page.goto(`/en/${DAYS[0]}/?view=${view}`);
		await ready(page);
		const problems: string[] = [];
		let named = 0;
		for (const day of DAYS) {
			await page.evaluate(
				([d, v]) => window.qantar!.setState({ day: d, view: v as View, event: null }),
				[day, view]
			);
			await ready(page);
			const shown = await namesShown(page);
			named += shown.named.length;
			for (const p of shown.drawn)
				if (!shown.named.includes(p)) problems.push(`${day}: ${p} drawn, not named`);
			for (const n of shown.twice) problems.push(`${day}: ${n} named twice`);
		}
		expect(problems).toEqual([]);
		expect(named, 'story names rendered at all').toBeGreaterThan(DAYS.length / 2);
	});
