import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DAYS } from '#lib/data/days.ts';
import { loadRecord } from '#lib/data/load.ts';
import { eventsOn, placeById, routesOn } from '#lib/data/selectors.ts';
import { FILES } from '#lib/data/validate/index.ts';
import { DAY_VIEWS, defaultView } from '#lib/data/day-views.ts';
import { VIEW_BOUNDS, inView } from './views';

const texts = Object.fromEntries(
	Object.values(FILES).map((f) => [f, readFileSync(`geo/${f}`, 'utf8')])
);
const result = loadRecord(texts);
if (!result.ok) throw new Error('geo/ is invalid: run npm run check:data');
const record = result.record;
const places = placeById(record);

describe('authored day views (against the real record)', () => {
	it.each(DAYS)('%s opens on a view that shows most of its events', (day) => {
		// Events said off the map are drawn in no view (they are listed under the map instead).
		const events = eventsOn(record, day).filter((e) => !places.get(e.places[0]!)!.offMap);
		const view = defaultView(day);
		const shown = events.filter((e) => inView(view, places.get(e.places[0]!)!.point));
		expect(shown.length * 2).toBeGreaterThanOrEqual(events.length);
	});

	it('opens days with airlift flights on the region view, where the routes are', () => {
		for (const day of DAYS) {
			if (routesOn(record, day).length === 0) continue;
			const view = DAY_VIEWS[day] ?? 'kazakhstan';
			// 7–8 January: flights continue, but the story on the ground comes first.
			if (day === '2022-01-07' || day === '2022-01-08') continue;
			expect(view, day).toBe('region');
		}
	});

	it('frames the four Almaty sites in the city view', () => {
		for (const id of [
			'almaty-republic-square',
			'almaty-akimat',
			'almaty-presidential-residence',
			'almaty-airport'
		])
			expect(inView('almaty', places.get(id)!.point), id).toBe(true);
	});

	it('frames every CSTO capital in the region view', () => {
		for (const m of record.members)
			expect(inView('region', places.get(m.capital)!.point), m.iso2).toBe(true);
		expect(VIEW_BOUNDS.region[0]).toBeLessThan(VIEW_BOUNDS.kazakhstan[0]);
	});
});
