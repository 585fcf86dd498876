import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expression, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { files } from '#testing/fixture-record.ts';
import { validateRecord } from '#lib/data/validate/index.ts';
import { buildMapData } from '#lib/map/features.ts';
import { DAYS } from '#lib/data/days.ts';
import { EVENT_TYPES } from '#lib/data/schema.ts';
import { TYPE_STYLES } from '#lib/ui/symbols.ts';
import { PALETTES } from '#lib/map/palette.ts';
import { typesToken, type MapGlobals } from '#lib/map/globals.ts';
import { buildStyle } from './index';

const v = validateRecord(files());
if (!v.ok) throw new Error('fixture invalid');
const record = v.record;
const data = buildMapData(record);
const globals: MapGlobals = { day: 4, types: typesToken(null), selected: '', earlier: true };
const style = (over: Partial<Parameters<typeof buildStyle>[0]> = {}) =>
	buildStyle({
		theme: 'light',
		lang: 'en',
		data,
		members: record.members,
		countries: 'http://x/basemap/countries.json',
		labels: 'http://x/basemap/labels.json',
		globals,
		...over
	});

const layer = (s: StyleSpecification, id: string) => s.layers.find((l) => l.id === id)!;

/** A `#rrggbb` colour's linear-light sRGB channels (IEC 61966-2-1; WCAG's threshold agrees at 8 bits). */
function linearRgb(hex: string): [number, number, number] {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return [r!, g!, b!];
}

/** Evaluates a style expression for a feature under given global state, as MapLibre would. */
function evaluate(
	value: unknown,
	type: 'boolean' | 'number' | 'string',
	geometry: 'Point' | 'Polygon',
	properties: Record<string, unknown>,
	state: Partial<MapGlobals>
): unknown {
	const compiled = expression.createExpression(value, {
		type,
		'property-type': 'data-driven',
		expression: { interpolated: false, parameters: ['zoom', 'feature'] }
	} as never);
	if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
	return compiled.value.evaluate(
		{ zoom: 5, globalState: { ...globals, ...state } } as never,
		{ type: geometry, properties } as never
	);
}

/** Whether a layer's filter lets a feature through under given global state. */
function passes(
	s: StyleSpecification,
	id: string,
	properties: Record<string, unknown>,
	state: Partial<MapGlobals>
): boolean {
	const filter = (layer(s, id) as { filter: unknown }).filter;
	return evaluate(filter, 'boolean', 'Point', properties, state) as boolean;
}

/** A layer's data-driven layout property (a string: an icon, a label) for a feature. */
function layoutValue(
	s: StyleSpecification,
	id: string,
	property: string,
	properties: Record<string, unknown>,
	state: Partial<MapGlobals>
): unknown {
	const value = (layer(s, id) as { layout: Record<string, unknown> }).layout[property];
	const out = evaluate(value, 'string', 'Point', properties, state);
	// Formatted text (text-field) comes back as sections.
	return typeof out === 'object' && out && 'sections' in out
		? (out as { sections: { text: string }[] }).sections.map((x) => x.text).join('')
		: out;
}

/** A layer's data-driven paint property (a number) for a country feature. */
function paintValue(
	s: StyleSpecification,
	id: string,
	property: string,
	properties: Record<string, unknown>,
	state: Partial<MapGlobals>
): unknown {
	const value = (layer(s, id) as { paint: Record<string, unknown> }).paint[property];
	return evaluate(value, 'number', 'Polygon', properties, state);
}

describe('buildStyle', () => {
	it('is a valid MapLibre style with no glyph server and no remote source', () => {
		const s = style();
		expect(validateStyleMin(s)).toEqual([]);
		expect(s.glyphs).toBeUndefined();
		expect(s.sprite).toBeUndefined();
		const urls = Object.values(s.sources).flatMap((src) =>
			typeof (src as { data?: unknown }).data === 'string' ? [(src as { data: string }).data] : []
		);
		expect(urls).toEqual(['http://x/basemap/countries.json', 'http://x/basemap/labels.json']);
	});

	it('shows a marker only on its own day and only when one of its types is shown', () => {
		const s = style();
		const f = { day: 4, t0: 'clash', t1: 'attack', n_clash: 2, n_attack: 1 };
		for (const id of ['incidents', 'city-markers']) {
			expect(passes(s, id, f, { day: 4 }), id).toBe(true);
			expect(passes(s, id, f, { day: 5 }), id).toBe(false);
			expect(passes(s, id, f, { day: 4, types: typesToken(['protest']) }), id).toBe(false);
			expect(passes(s, id, f, { day: 4, types: typesToken(['attack']) }), id).toBe(true);
		}
	});

	it('draws a marker as its most frequent shown type, solid only where the place is exact', () => {
		const s = style();
		const f = { day: 4, t0: 'clash', t1: 'attack', n_clash: 2, n_attack: 1, exact: true };
		const icon = (types: Parameters<typeof typesToken>[0], over = {}) =>
			layoutValue(s, 'city-markers', 'icon-image', { ...f, ...over }, { types: typesToken(types) });
		expect(icon(null)).toBe('clash-solid');
		expect(icon(['attack', 'protest'])).toBe('attack-solid');
		expect(icon(null, { exact: false })).toBe('clash-hollow');
	});

	it('names a city with the number of its shown events: "Almaty · 3"', () => {
		const s = style();
		const f = { day: 4, name_en: 'Almaty', n_clash: 2, n_attack: 1 };
		const text = (types: Parameters<typeof typesToken>[0]) =>
			layoutValue(s, 'story-labels', 'text-field', f, { types: typesToken(types) });
		expect(text(null)).toBe('Almaty · 3');
		expect(text(['clash'])).toBe('Almaty · 2');
		expect(text(['attack'])).toBe('Almaty');
	});

	it('fades places of earlier days, except where something happens again today', () => {
		const s = style();
		const f = { firstDay: 2, days: ' 2 5 ', type: 'protest' };
		expect(passes(s, 'history', f, { day: 4 })).toBe(true);
		expect(passes(s, 'history', f, { day: 5 })).toBe(false);
		expect(passes(s, 'history', f, { day: 2 })).toBe(false);
		expect(passes(s, 'history', f, { day: 4, earlier: false })).toBe(false);
	});

	it('draws a route on the days it was flown, inclusive', () => {
		const s = style();
		const f = { from: 4, to: 6, approximate: false };
		expect([3, 4, 6, 7].map((day) => passes(s, 'routes', f, { day }))).toEqual([
			false,
			true,
			true,
			false
		]);
		expect(passes(s, 'routes-approximate', f, { day: 4 })).toBe(false);
	});

	it('rings the selected place on its day, and at region zoom the city it is in', () => {
		const s = style();
		const site = { place: 'almaty-akimat', day: 4, n_attack: 1 };
		expect(passes(s, 'selected-ring', site, { selected: 'almaty-akimat' })).toBe(true);
		expect(passes(s, 'selected-ring', site, { selected: '' })).toBe(false);
		const city = { place: 'almaty', places: ' almaty almaty-akimat ', day: 4, n_attack: 1 };
		expect(passes(s, 'selected-ring-city', city, { selected: 'almaty-akimat' })).toBe(true);
		expect(passes(s, 'selected-ring-city', city, { selected: 'almaty-airport' })).toBe(false);
	});

	it('follows the theme and the language', () => {
		const dark = style({ theme: 'dark', lang: 'de' });
		expect(
			(layer(dark, 'water') as { paint: Record<string, unknown> }).paint['background-color']
		).toBe(PALETTES.dark.water);
		expect(JSON.stringify(layer(dark, 'city-labels'))).toContain('name_de');
		expect(JSON.stringify(layer(style(), 'city-labels'))).toContain('name_en');
	});

	it('marks deployed states by a heavier outline, not by their tint alone', () => {
		// WCAG 1.4.1: the deployed tint has a second channel, the outline's width (see the legend).
		const s = style();
		const russia = { iso2: 'RU' };
		const before = { day: DAYS.indexOf('2022-01-05') };
		const during = { day: DAYS.indexOf('2022-01-07') };
		expect(passes(s, 'csto-outline', russia, before)).toBe(true);
		expect(passes(s, 'csto-outline', russia, during)).toBe(true);
		const width = (state: Partial<MapGlobals>) =>
			paintValue(s, 'csto-outline', 'line-width', russia, state) as number;
		expect(width(during)).toBeGreaterThanOrEqual(2 * width(before));
		// The host has its own, heavier outline.
		expect(passes(s, 'host-outline', { iso2: 'KZ' }, during)).toBe(true);
		expect(passes(s, 'host-outline', russia, during)).toBe(false);
	});

	it('gives every event type its own shape, so colour is never the only channel', () => {
		const paths = EVENT_TYPES.map((type) => TYPE_STYLES[type].path);
		expect(new Set(paths).size).toBe(EVENT_TYPES.length);
		// The symbols on the map are those shapes: one image per type, named by it.
		for (const type of EVENT_TYPES)
			expect(
				layoutValue(
					style(),
					'incidents',
					'icon-image',
					{ t0: type, [`n_${type}`]: 1, exact: false },
					{}
				)
			).toBe(`${type}-hollow`);
	});

	it('draws reactions abroad in a colour that holds 3:1 against land and water in both themes', () => {
		// WCAG relative luminance and contrast ratio (1.4.11: graphical objects need 3:1). The
		// deployed tint is left to the symbol's outline: no colour holds 3:1 on it in both themes.
		const luminance = (hex: string) => {
			const [r, g, b] = linearRgb(hex);
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const contrast = (a: string, b: string) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const { colour } = TYPE_STYLES.reaction;
		for (const p of Object.values(PALETTES))
			for (const ground of [p.land, p.landOutside, p.water, p.hostFill, p.cstoMember])
				expect(contrast(colour, ground), ground).toBeGreaterThanOrEqual(3);
		// Its own hue: not the colour of any other type.
		const others = EVENT_TYPES.filter((t) => t !== 'reaction').map((t) => TYPE_STYLES[t].colour);
		expect(others).not.toContain(colour);
	});

	it('tells member and deployed tints apart in both themes (CIE76 ΔE ≥ 15), legend as map', () => {
		// sRGB → CIELAB (D65): the standard formulas, enough for a colour-difference floor.
		const lab = (hex: string) => {
			const [r, g, b] = linearRgb(hex);
			const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
			const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
			const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
			const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
			return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
		};
		const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
		// A check of the check: black and white lie 100 apart.
		expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0);
		const css = readFileSync('src/app.css', 'utf8');
		for (const [theme, p] of Object.entries(PALETTES)) {
			expect(deltaE(p.cstoMember, p.cstoDeployed), theme).toBeGreaterThanOrEqual(15);
			// The legend's swatches are the map's colours (light-dark(light, dark) in app.css).
			const i = theme === 'light' ? 1 : 2;
			expect(css.match(/--csto-member: light-dark\((#\w+), (#\w+)\)/)?.[i]).toBe(p.cstoMember);
			expect(css.match(/--csto-deployed: light-dark\((#\w+), (#\w+)\)/)?.[i]).toBe(p.cstoDeployed);
		}
	});

	it('puts incident symbols above routes, and the story’s names above all', () => {
		const ids = style().layers.map((l) => l.id);
		expect(ids.indexOf('incidents')).toBeGreaterThan(ids.indexOf('routes'));
		expect(ids.indexOf('city-markers')).toBeGreaterThan(ids.indexOf('routes'));
		expect(ids.indexOf('site-labels')).toBeGreaterThan(ids.indexOf('incidents'));
		// Placed first, so a basemap name gives way to the story's.
		expect(ids.at(-1)).toBe('story-labels');
	});

	it('names a place of the story on its day, while an event of a shown type happened there', () => {
		const s = style();
		const f = { day: 4, n_protest: 1, n_clash: 1 };
		expect(passes(s, 'story-labels', f, { day: 4 })).toBe(true);
		expect(passes(s, 'story-labels', f, { day: 5 })).toBe(false);
		expect(passes(s, 'story-labels', f, { day: 4, types: typesToken(['clash']) })).toBe(true);
		expect(passes(s, 'story-labels', f, { day: 4, types: typesToken(['attack']) })).toBe(false);
	});

	it('gives each place of a day one label, a site named by its city', () => {
		const labels = data.story.features.map((f) => f.properties!);
		const keys = labels.map((p) => `${p.place}|${p.day}`);
		expect(new Set(keys).size).toBe(keys.length);
		// Every drawn incident of a day has its label place among that day's labels.
		for (const f of data.incidents.features) {
			const { labelPlace, day } = f.properties!;
			if (labelPlace) expect(keys).toContain(`${labelPlace}|${day}`);
		}
		const akimat = data.incidents.features.find((f) => f.properties!.place === 'almaty-akimat');
		expect(akimat?.properties!.labelPlace).toBe('almaty');
	});
});
