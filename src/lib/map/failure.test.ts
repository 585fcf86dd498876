import { describe, expect, it } from 'vitest';
import { hasWebGL, judgeMapError } from './failure';

describe('judgeMapError', () => {
	it('fails the map when its worker cannot load: no data could be drawn', () => {
		const error = new Error('Worker failed to load. Check that the worker URL is correct.');
		expect(judgeMapError({ error })).toEqual({ failure: 'library' });
	});

	it('fails the map without country shapes, and only notes missing place names', () => {
		const error = new Error('Failed to fetch');
		expect(judgeMapError({ error, sourceId: 'countries' })).toEqual({ failure: 'basemap' });
		expect(judgeMapError({ error, sourceId: 'labels' })).toEqual({ notice: 'labels' });
	});

	it('leaves ordinary hiccups (a tile of a plugged-in basemap, an image) to the console', () => {
		expect(judgeMapError({ error: new Error('HTTP 404'), sourceId: 'base-osm' })).toBeNull();
		expect(judgeMapError({ error: new Error('Image "x" could not be loaded') })).toBeNull();
		expect(judgeMapError({})).toBeNull();
	});
});

describe('hasWebGL', () => {
	const doc = (getContext: (kind: string) => unknown) =>
		({ createElement: () => ({ getContext }) }) as unknown as Document;

	it('accepts WebGL 2 or WebGL 1', () => {
		expect(hasWebGL(doc((k) => (k === 'webgl2' ? {} : null)))).toBe(true);
		expect(hasWebGL(doc((k) => (k === 'webgl' ? {} : null)))).toBe(true);
	});

	it('says no when neither context exists, or asking throws', () => {
		expect(hasWebGL(doc(() => null))).toBe(false);
		expect(
			hasWebGL(
				doc(() => {
					throw new Error('blocked');
				})
			)
		).toBe(false);
	});
});
