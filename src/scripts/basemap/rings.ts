/**
 * Ring and polygon geometry on the `[lon, lat]` plane: unwrapping across the antimeridian, area,
 * bounding box, rounding and cleaning, and clipping to the region (orientation: @turf/rewind).
 * Areas are in square degrees of that plane.
 */
import type { Polygon, Position } from 'geojson';
import { bboxClip } from '@turf/bbox-clip';
import { rewind } from '@turf/rewind';
import type { BBox, CountryGeometry, LonLat, PolygonRings, Ring } from './types';

// ---------------------------------------------------------------------------------------------
// Rings: unwrapping, area, cleaning

/**
 * Shifts longitudes by multiples of 360° so that consecutive vertices never lie more than 180°
 * apart. A ring that crosses the antimeridian (…179.9, -180…) then continues past 180° instead of
 * jumping back across the whole map, which a planar renderer would draw as a band around the world.
 * The first vertex is kept as it is. Returns a new ring.
 */
export function unwrapRing(ring: readonly Position[]): Ring {
	const out: Ring = [];
	let shift = 0;
	let prevLon: number | undefined;
	for (const p of ring) {
		let lon = (p[0] ?? 0) + shift;
		if (prevLon !== undefined) {
			const turns = Math.round((lon - prevLon) / 360);
			lon -= turns * 360;
			shift -= turns * 360;
		}
		out.push([lon, p[1] ?? 0]);
		prevLon = lon;
	}
	return out;
}

function shiftRing(ring: readonly Position[], dLon: number): Ring {
	return ring.map((p) => [(p[0] ?? 0) + dLon, p[1] ?? 0]);
}

/**
 * Unwraps every ring of a polygon and moves its holes by whole turns next to the outer ring, so
 * that a hole starting on the other side of the antimeridian still lies inside its outer ring.
 */
export function unwrapPolygon(rings: readonly (readonly Position[])[]): PolygonRings {
	const unwrapped = rings.map(unwrapRing);
	const outer = unwrapped[0];
	const refLon = outer?.[0]?.[0];
	if (refLon === undefined) return [];
	return unwrapped.map((ring, i) => {
		const start = ring[0]?.[0];
		if (i === 0 || start === undefined) return ring;
		const turns = Math.round((refLon - start) / 360);
		return turns === 0 ? ring : shiftRing(ring, turns * 360);
	});
}

/** Signed planar area (shoelace) in square degrees; positive for counter-clockwise rings. */
export function ringArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const a = ring[j];
		const b = ring[i];
		if (!a || !b) continue;
		sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
	}
	return sum / 2;
}

/** Bounding box of some rings, `[west, south, east, north]` in degrees. */
export function ringsBBox(rings: readonly (readonly Position[])[]): BBox {
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings) {
		for (const p of ring) {
			const lon = p[0] ?? 0;
			const lat = p[1] ?? 0;
			if (lon < box[0]) box[0] = lon;
			if (lat < box[1]) box[1] = lat;
			if (lon > box[2]) box[2] = lon;
			if (lat > box[3]) box[3] = lat;
		}
	}
	return box;
}

/** Rounds a number to `decimals` places, without producing `-0`. */
export function roundTo(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f + 0;
}

/** Rounds both coordinates of a point with {@link roundTo}. */
export function roundPoint([lon, lat]: LonLat, decimals: number): LonLat {
	return [roundTo(lon, decimals), roundTo(lat, decimals)];
}

/**
 * Rounds a ring's coordinates to `decimals` places and removes what rounding and clipping leave
 * behind: repeated vertices and spikes (A, B, A). Returns null when the ring is no longer a
 * ring (fewer than 4 positions) or encloses less than `minArea` square degrees.
 */
export function quantizeRing(
	ring: readonly Position[],
	decimals: number,
	minArea = 0
): Ring | null {
	const pts: Ring = [];
	for (const p of ring) {
		const q = [roundTo(p[0] ?? 0, decimals), roundTo(p[1] ?? 0, decimals)];
		const last = pts[pts.length - 1];
		if (last && last[0] === q[0] && last[1] === q[1]) continue;
		pts.push(q);
		// A vertex whose neighbours coincide is a spike of zero width: drop both of its edges.
		const before = pts[pts.length - 3];
		if (before && before[0] === q[0] && before[1] === q[1]) pts.splice(-2, 2);
	}
	// Work on the open ring so that the seam (last → first) gets the same cleaning.
	for (;;) {
		if (pts.length > 1 && samePos(pts[0], pts[pts.length - 1])) pts.pop();
		else if (pts.length >= 3 && samePos(pts[1], pts[pts.length - 1])) {
			pts.shift();
			pts.pop();
		} else break;
	}
	if (pts.length < 3) return null;
	const first = pts[0];
	if (first) pts.push([first[0] ?? 0, first[1] ?? 0]);
	const area = Math.abs(ringArea(pts));
	return area > 0 && area >= minArea ? pts : null;
}

function samePos(a: Position | undefined, b: Position | undefined): boolean {
	return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

// ---------------------------------------------------------------------------------------------
// Clipping

function clipRing(ring: Ring, bbox: BBox): Ring | null {
	const geometry = bboxClip({ type: 'Polygon', coordinates: [ring] }, bbox).geometry as Polygon;
	const clipped = geometry.coordinates[0];
	return clipped && clipped.length >= 4 ? clipped : null;
}

/**
 * Clips one polygon to `bbox`. The rings are unwrapped first, so a polygon crossing the
 * antimeridian is one continuous shape; it is then clipped at every whole-turn offset (−360°, 0,
 * +360°) that overlaps the box, since after unwrapping it may extend beyond ±180°. Returns zero or
 * more polygons (one per offset that leaves land inside the box).
 */
export function clipPolygon(rings: readonly (readonly Position[])[], bbox: BBox): PolygonRings[] {
	const unwrapped = unwrapPolygon(rings);
	const outer = unwrapped[0];
	if (!outer || outer.length < 4) return [];
	const [west, south, east, north] = ringsBBox([outer]);
	if (south > bbox[3] || north < bbox[1]) return [];
	const out: PolygonRings[] = [];
	for (const turn of [-360, 0, 360]) {
		if (west + turn > bbox[2] || east + turn < bbox[0]) continue;
		const shifted = turn === 0 ? unwrapped : unwrapped.map((r) => shiftRing(r, turn));
		const [shiftedOuter, ...holes] = shifted;
		const clippedOuter = shiftedOuter && clipRing(shiftedOuter, bbox);
		if (!clippedOuter) continue;
		const clippedHoles = holes.map((h) => clipRing(h, bbox)).filter((h): h is Ring => h !== null);
		out.push([clippedOuter, ...clippedHoles]);
	}
	return out;
}

/** The polygons of a (Multi)Polygon geometry as a list of ring lists; [] for no geometry. */
export function polygonsOf(geometry: CountryGeometry | null | undefined): PolygonRings[] {
	if (!geometry) return [];
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Quantizes and cleans clipped polygons (see {@link quantizeRing}), orients them as RFC 7946 asks
 * (outer rings counter-clockwise, holes clockwise: the right-hand rule, which @turf/rewind applies
 * by default), and returns the geometry, or null when nothing is left. Polygons whose outer ring
 * vanished are dropped with their holes.
 */
export function finishGeometry(
	polygons: readonly PolygonRings[],
	decimals: number,
	minRingArea: number
): CountryGeometry | null {
	const kept: PolygonRings[] = [];
	for (const rings of polygons) {
		const [outer, ...holes] = rings;
		const q = outer && quantizeRing(outer, decimals, minRingArea);
		if (!q) continue;
		const qHoles = holes
			.map((h) => quantizeRing(h, decimals, minRingArea))
			.filter((h): h is Ring => h !== null);
		kept.push([q, ...qHoles]);
	}
	const only = kept[0];
	if (!only) return null;
	const geometry: CountryGeometry =
		kept.length === 1
			? { type: 'Polygon', coordinates: only }
			: { type: 'MultiPolygon', coordinates: kept };
	// In place: the rings are fresh copies made by quantizeRing.
	rewind(geometry, { mutate: true });
	return geometry;
}
