import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { loadBaseStyle, withBase } from './basemap';

const ours: StyleSpecification = {
	version: 8,
	sources: { countries: { type: 'geojson', data: '/geo/countries.json' } },
	layers: [
		{ id: 'water', type: 'background' },
		{ id: 'countries-fill', type: 'fill', source: 'countries' },
		{ id: 'incidents', type: 'circle', source: 'countries' }
	]
};
const base: StyleSpecification = {
	version: 8,
	glyphs: 'https://tiles.example/fonts/{fontstack}/{range}.pbf',
	sources: { osm: { type: 'vector', url: 'https://tiles.example/osm.json' } },
	layers: [
		{ id: 'bg', type: 'background' },
		{ id: 'roads', type: 'line', source: 'osm', 'source-layer': 'roads' }
	]
};

afterEach(() => vi.unstubAllGlobals());

describe('withBase', () => {
	it('is the built-in style when nothing is plugged in', () => {
		expect(withBase(ours, null)).toBe(ours);
	});

	it('puts the plugged-in layers under the record and keeps labels local', () => {
		const s = withBase(ours, base);
		expect(s.layers.map((l) => l.id)).toEqual(['base-bg', 'base-roads', 'incidents']);
		expect((s.layers[1] as { source: string }).source).toBe('base-osm');
		expect(Object.keys(s.sources)).toEqual(['base-osm', 'countries']);
		expect(s.glyphs).toBeUndefined();
	});
});

describe('loadBaseStyle', () => {
	it('returns nothing, and fetches nothing, when no basemap is configured', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		expect(await loadBaseStyle('')).toBeNull();
		expect(fetch).not.toHaveBeenCalled();
	});

	it('falls back to the built-in basemap when the style fails or is not a style', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('network down')));
		expect(await loadBaseStyle('https://x/style.json')).toBeNull();
		vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"hello": 1}')));
		expect(await loadBaseStyle('https://x/style.json')).toBeNull();
		vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('nope', { status: 404 })));
		expect(await loadBaseStyle('https://x/style.json')).toBeNull();
	});

	it('uses a valid style', async () => {
		vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(base))));
		expect(await loadBaseStyle('https://x/style.json')).toEqual(base);
	});
});
