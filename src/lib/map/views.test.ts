import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DAYS } from '#lib/data/days.ts';
import { loadRecord } from '#lib/data/load.ts';
import { eventsOn, placeById, routesOn } from '#lib/data/selectors.ts';
import { FILES } from '#lib/data/validate/index.ts';
import { DAY_VIEWS, defaultView } from '#lib/data/day-views.ts';
import { REGION_BBOX } from '#lib/data/region.ts';
import { VIEW_BOUNDS, VIEW_SUBJECTS, frameView, inView, type Camera } from './views';

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

/** What a camera shows, [west, south, east, north], by the Web Mercator formulas of EPSG:3857. */
function visible({ center: [lon, lat], zoom }: Camera, width: number, height: number) {
	const size = 512 * 2 ** zoom; // px per world
	const px = (lon + 180) / 360;
	const py = (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
	const toLat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [
		(px - width / 2 / size) * 360 - 180,
		toLat(py + height / 2 / size),
		(px + width / 2 / size) * 360 - 180,
		toLat(py - height / 2 / size)
	] as const;
}
const shows = (b: readonly number[], [lon, lat]: [number, number]) =>
	lon >= b[0]! && lon <= b[2]! && lat >= b[1]! && lat <= b[3]!;

// Map sizes of the layouts: the page at 1440 × 900 and on phones of 375 and 320 px (portrait),
// the embed at 640 and 360 px, a tablet.
const SIZES: [number, number][] = [
	[770, 452],
	[343, 360],
	[288, 307],
	[624, 448],
	[344, 310],
	[736, 460]
];

describe('framing a view on a map of any size', () => {
	it.each(SIZES)('%i × %i px: the region view shows Almaty, Moscow and Yerevan', (w, h) => {
		const b = visible(frameView('region', w, h), w, h);
		for (const id of ['almaty', 'moscow', 'yerevan', 'dushanbe'])
			expect(shows(b, places.get(id)!.point), id).toBe(true);
	});

	it.each(SIZES)('%i × %i px: every view keeps its subject in frame', (w, h) => {
		for (const view of ['region', 'kazakhstan', 'almaty'] as const) {
			const b = visible(frameView(view, w, h), w, h);
			const [sw, ss, se, sn] = VIEW_SUBJECTS[view];
			expect(shows(b, [sw, ss]) && shows(b, [se, sn]), `${view}: ${b.join(', ')}`).toBe(true);
		}
	});

	it('keeps Almaty on a phone map taller than the region allows at full width (343 × 503 px)', () => {
		// Centred on the view, the camera would show 35–76°E: Almaty (76.9°E) just off the edge.
		const b = visible(frameView('region', 343, 503), 343, 503);
		expect(shows(b, places.get('almaty')!.point)).toBe(true);
	});

	it('shows the whole view where the map is as wide as the desktop page', () => {
		const b = visible(frameView('region', 770, 500), 770, 500);
		const [w, s, e, n] = VIEW_BOUNDS.region;
		expect(shows(b, [w, s]) && shows(b, [e, n])).toBe(true);
		// …and within the padding: Minsk is on the map.
		expect(shows(b, places.get('minsk')!.point)).toBe(true);
	});

	it('never leaves the region the basemap covers (the camera could not either)', () => {
		for (const [w, h] of SIZES)
			for (const view of ['region', 'kazakhstan', 'almaty'] as const) {
				const b = visible(frameView(view, w, h), w, h);
				expect(b[0]).toBeGreaterThanOrEqual(REGION_BBOX[0] - 1e-6);
				expect(b[1]).toBeGreaterThanOrEqual(REGION_BBOX[1] - 1e-6);
				expect(b[2]).toBeLessThanOrEqual(REGION_BBOX[2] + 1e-6);
				expect(b[3]).toBeLessThanOrEqual(REGION_BBOX[3] + 1e-6);
			}
	});
});
