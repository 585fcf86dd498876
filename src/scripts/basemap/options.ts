/** The map region and how finely the basemap is drawn: the defaults of `buildCountries`. */
import { REGION_BBOX } from '#lib/data/region.ts';
import type { BBox } from './types';

export { REGION_BBOX };

/**
 * Simplification tolerance in degrees (~2.2 km of latitude): a vertex nearer than this to the
 * segment joining its neighbours goes (see `vertexWeight` in ./topology.ts; the same scale as the
 * Douglas–Peucker tolerance used before). MapLibre's world is 512 px wide at zoom 0, so at zoom 4
 * (about the Kazakhstan view) a pixel is ~0.044° of longitude, at zoom 5 ~0.022°: the error stays
 * below a pixel there and shows only as softened coastlines at the city zooms, where the borders
 * are off screen.
 */
export const SIMPLIFY_TOLERANCE = 0.02;

/**
 * Where the map zooms in (the Kazakhstan and Almaty views), borders keep the fine tolerance; an
 * arc entirely outside this box is only ever seen at about the region view's zoom (≤ 3.5, ~0.06°
 * a pixel), where a coarser tolerance stays about a pixel and saves about a third of the bytes.
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
	/** Simplification tolerance, degrees, for arcs that touch `detail`. */
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
