import { describe, expect, it } from 'vitest';
import { fixtureRecord, fixtureWithReactions } from '#testing/fixture-record.ts';
import { DAYS } from '#lib/data/days.ts';
import { REGION_BBOX } from '#lib/data/region.ts';
import { buildMapData, slotOffsets } from './features';

const record = fixtureRecord;

const props = (fc: { features: { properties: unknown }[] }) =>
	fc.features.map((f) => f.properties as Record<string, unknown>);

describe('buildMapData', () => {
	it('makes one marker per place and day, at the first place of the event, none for the country', () => {
		const data = buildMapData(record());
		const incidents = props(data.incidents);
		// The decision of 6 January concerns all of Kazakhstan: its outline, not a point.
		expect(incidents.map((p) => p.key)).toEqual(['almaty-akimat|2022-01-05', 'almaty|2022-01-06']);
		expect(data.nationwide).toEqual([DAYS.indexOf('2022-01-06')]);
		const landing = incidents[1]!;
		expect(landing.day).toBe(DAYS.indexOf('2022-01-06'));
		expect(landing.exact).toBe(false);
		expect(landing.icon).toBe('deployment-hollow');
		expect(incidents[0]!.icon).toBe('attack-solid');
	});

	it('counts the events of each type at a place, the most frequent type first', () => {
		const r = record((f) => {
			f.events.push({ ...f.events[0], id: 'second-attack' });
			f.events.push({ ...f.events[0], id: 'a-protest', type: 'protest' });
		});
		const at = props(buildMapData(r).incidents).filter((p) => p.place === 'almaty-akimat');
		expect(at).toHaveLength(1);
		expect(at[0]).toMatchObject({ t0: 'attack', t1: 'protest', n_attack: 2, n_protest: 1 });
		expect(at[0]!.count).toBe(3);
		expect(at[0]!.events).toBe('2022-01-05-akimat-stormed second-attack a-protest');
	});

	it('gathers a city and its sites into one marker for region and country zoom', () => {
		const r = record((f) =>
			f.events.push({ ...f.events[1], id: 'at-the-akimat', date: '2022-01-05' })
		);
		const story = props(buildMapData(r).story).filter((p) => p.day === DAYS.indexOf('2022-01-05'));
		// The akimat (a building in Almaty) and Almaty itself: one marker, named Almaty.
		expect(story).toHaveLength(1);
		expect(story[0]).toMatchObject({ place: 'almaty', name_en: 'Almaty', count: 2 });
		expect(String(story[0]!.places).trim().split(' ').sort()).toEqual(['almaty', 'almaty-akimat']);
		// Not every event there has its exact site: drawn hollow.
		expect(story[0]!.exact).toBe(false);
	});

	it('repeats a multi-day event on each of its days', () => {
		const r = record((f) => (f.events[0].endDate = '2022-01-07'));
		const days = props(buildMapData(r).incidents)
			.filter((p) => p.place === 'almaty-akimat')
			.map((p) => p.day);
		expect(days).toEqual([3, 4, 5]);
	});

	it('keeps one history symbol per place and type with its first day and all its days', () => {
		const r = record((f) => (f.events[0].endDate = '2022-01-07'));
		const h = props(buildMapData(r).history).find((p) => p.place === 'almaty-akimat')!;
		expect(h.firstDay).toBe(3);
		expect(h.days).toBe(' 3 4 5 ');
	});

	it('draws each route as a great-circle arc with an arrowhead near its end', () => {
		const { routes, arrows } = buildMapData(record());
		expect(routes.features).toHaveLength(2);
		const arc = routes.features[0]!.geometry.coordinates;
		expect(arc[0]).toEqual([37.61556, 55.75222]);
		expect(arc.at(-1)![0]).toBeCloseTo(76.92848, 4);
		// A great circle from Moscow to Almaty bulges north of the straight line between them.
		const mid = arc[Math.floor(arc.length / 2)]!;
		expect(mid[1]).toBeGreaterThan((55.75222 + 43.25654) / 2);
		expect(routes.features[0]!.properties).toMatchObject({
			from: 4,
			to: 6,
			direction: 'deployment'
		});
		const bearing = arrows.features[0]!.properties!.bearing as number;
		expect(bearing).toBeGreaterThan(90);
		expect(bearing).toBeLessThan(180);
	});

	it('never draws an event said at a place off the map, and draws a reaction in the region', () => {
		const { incidents, history } = buildMapData(fixtureWithReactions());
		const drawn = props(incidents);
		expect(drawn.map((p) => p.key)).toEqual([
			'almaty-akimat|2022-01-05',
			'almaty|2022-01-06',
			'moscow|2022-01-06'
		]);
		expect(drawn.some((p) => String(p.events).includes('2022-01-06-us-warns'))).toBe(false);
		expect(props(history).map((p) => p.place)).not.toContain('washington');
		// Nothing at a stand-in point either: every symbol lies inside the map region.
		for (const f of [...incidents.features, ...history.features]) {
			const [lon, lat] = f.geometry.coordinates as [number, number];
			const [west, south, east, north] = REGION_BBOX;
			expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
		}
		const moscow = drawn.at(-1)!;
		expect(moscow.icon).toBe('reaction-hollow');
		expect(moscow.events).toBe('2022-01-06-moscow-speaks');
	});

	it('labels only exactly located sites', () => {
		expect(props(buildMapData(record()).sites).map((p) => p.id)).toEqual(['almaty-akimat']);
	});
});

describe('slotOffsets', () => {
	it('keeps a lone symbol centred and spreads several evenly at the same distance', () => {
		expect(slotOffsets(1)).toEqual([[0, 0]]);
		const three = slotOffsets(3, 10);
		expect(three[0]).toEqual([0, -10]);
		for (const [x, y] of three) expect(Math.hypot(x, y)).toBeCloseTo(10, 0);
		expect(new Set(three.map(String)).size).toBe(3);
	});
});
