import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { loadBaseStyle, withBase } from './base-style';

const ours: StyleSpecification = {
	version: 8,
	sources: { countries: { type: 'geojson', data: '/basemap/countries.json' } },
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

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

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
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('network down')));
		expect(await loadBaseStyle('https://x/style.json')).toBeNull();
		expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('network down'));
		vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"hello": 1}')));
		expect(await loadBaseStyle('https://x/style.json')).toBeNull();
		expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('not a MapLibre style'));
		vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{"version": 8, "lay')));
		expect(await loadBaseStyle('https://x/style.json')).toBeNull();
		vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('nope', { status: 404 })));
		expect(await loadBaseStyle('https://x/style.json')).toBeNull();
		expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('HTTP 404'));
	});

	it('gives up on a style that does not arrive within the time limit', async () => {
		vi.useFakeTimers();
		try {
			const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
			// A server that never answers: only the abort signal ends the request.
			const hanging = vi.fn(
				(_url: string, init: RequestInit) =>
					new Promise<Response>((_, reject) =>
						init.signal!.addEventListener('abort', () => reject(init.signal!.reason))
					)
			);
			vi.stubGlobal('fetch', hanging);
			let result: StyleSpecification | null | undefined;
			const loading = loadBaseStyle('https://x/style.json', 6000).then((r) => (result = r));
			await vi.advanceTimersByTimeAsync(5999);
			expect(result).toBeUndefined();
			await vi.advanceTimersByTimeAsync(1);
			await loading;
			expect(result).toBeNull();
			expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('no answer within 6 s'));
		} finally {
			vi.useRealTimers();
		}
	});

	it('uses a valid style that arrives in time, and leaves no timer behind', async () => {
		vi.useFakeTimers();
		try {
			vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(base))));
			expect(await loadBaseStyle('https://x/style.json')).toEqual(base);
			expect(vi.getTimerCount()).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});
});
