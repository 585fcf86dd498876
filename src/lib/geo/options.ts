/** The map region and how finely the basemap is drawn: the defaults of `buildCountries`. */
import type { BBox } from './types';

/**
 * The map region, `[west, south, east, north]` in degrees: the basemap is clipped to it, and the
 * map's camera may not leave it (`maxBounds`), so no view ever ends in a straight edge of land.
 * It spans Belarus' western border (23.2°E; Minsk 27.6°E) to beyond Kazakhstan's eastern tip
 * (87.3°E), and Armenia's and Tajikistan's southern borders (38.8°N, 36.7°N) to north of Moscow,
 * with margins for wide screens (the region view at 16:9 shows about 80° of longitude) and for
 * tall ones (a phone in portrait sees more latitude than the view asks for).
 */
export const REGION_BBOX: BBox = [8, 28, 108, 66];

/**
 * Douglas–Peucker tolerance in degrees (~2.2 km of latitude). At zoom 4 (the Kazakhstan view) a
 * pixel is ~0.09° of longitude, at zoom 5 ~0.04°: the error stays below a pixel there and shows
 * only as softened coastlines at the city zooms, where the borders are off screen.
 */
export const SIMPLIFY_TOLERANCE = 0.02;

/**
 * Where the map zooms in (the Kazakhstan and Almaty views), borders keep the fine tolerance; an
 * arc entirely outside this box is only ever seen at the region view's zoom (≤ 3.5, ~0.09° a
 * pixel), where a coarser tolerance is still below a pixel and saves about a third of the bytes.
 */
export const DETAIL_BBOX: BBox = [44, 35, 90, 57];
export const OUTER_TOLERANCE = 0.06;

/** Decimals kept in coordinates: 3 → 0.001° ≈ 110 m, far below a pixel at zoom ≤ 8. */
export const COORD_DECIMALS = 3;

/**
 * Rings smaller than this (square degrees; 0.003 ≈ 25 km² at 45°N) are dropped: islets and
 * clipping slivers cost bytes and are invisible at the zooms where borders are on screen.
 */
export const MIN_RING_AREA = 0.003;

/** Options of {@link buildCountries}; defaults in {@link DEFAULT_BASEMAP_OPTIONS}. */
export interface BasemapOptions {
	bbox: BBox;
	/** Douglas–Peucker tolerance, degrees, for arcs that touch `detail`. */
	tolerance: number;
	/** The box of fine detail; arcs wholly outside it use `outerTolerance`. */
	detail: BBox;
	outerTolerance: number;
	/** Decimals kept in output coordinates. */
	decimals: number;
	/** Smallest ring kept, square degrees. */
	minRingArea: number;
}

export const DEFAULT_BASEMAP_OPTIONS: Readonly<BasemapOptions> = {
	bbox: REGION_BBOX,
	tolerance: SIMPLIFY_TOLERANCE,
	detail: DETAIL_BBOX,
	outerTolerance: OUTER_TOLERANCE,
	decimals: COORD_DECIMALS,
	minRingArea: MIN_RING_AREA
};
