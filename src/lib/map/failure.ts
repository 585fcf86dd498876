/**
 * What can go wrong between the page and a drawn map, and how bad it is. A failure means the map
 * cannot show the record (the stage shows the day's picture instead); a notice means the map works
 * with something missing (it stays, with a note saying what). The page text and the timeline never
 * depend on either.
 */
export type MapFailure = 'webgl' | 'library' | 'basemap';
export type MapNotice = 'font' | 'labels';

/** Sources of the built-in basemap (style/index.ts), by how much the map needs them. */
const BASEMAP_SOURCE = 'countries';
const LABEL_SOURCE = 'labels';

/** Does this browser give pages WebGL at all? (MapLibre needs it; checked before loading it.) */
export function hasWebGL(doc: Document = document): boolean {
	try {
		const canvas = doc.createElement('canvas');
		return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}

/**
 * Judges a MapLibre `error` event. Only what breaks the record's map counts: a failed worker (the
 * map cannot parse any data) or missing country shapes. Missing place names are a notice. Anything
 * else (a tile or image of a plugged-in basemap, a style hiccup) is left to the console: the map
 * recovers from those or shows the rest.
 */
export function judgeMapError(event: {
	error?: { message?: string };
	sourceId?: string;
}): { failure: MapFailure } | { notice: MapNotice } | null {
	if (/worker/i.test(event.error?.message ?? '')) return { failure: 'library' };
	if (event.sourceId === BASEMAP_SOURCE) return { failure: 'basemap' };
	if (event.sourceId === LABEL_SOURCE) return { notice: 'labels' };
	return null;
}
