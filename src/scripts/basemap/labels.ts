/**
 * Label points: Web Mercator helpers, the pole of inaccessibility (polylabel), one label point
 * per country, and {@link buildLabels}, which assembles the labels file with the cities.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { selectCities, type GeoNamesCity } from './cities';
import { COORD_DECIMALS, REGION_BBOX } from './options';
import { polygonsOf, ringArea, ringsBBox, roundPoint } from './rings';
import type {
	BBox,
	CityLabelProperties,
	CountryGeometry,
	CountryLabelProperties,
	CountryProperties,
	LonLat,
	Ring
} from './types';

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
		for (let y = minY; y < maxY; y += size)
			queue.push(makeCell(x + size / 2, y + size / 2, size / 2, rings));
	}
	let best = centroidCell(outer, rings);
	const centre = makeCell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0, rings);
	if (centre.d > best.d) best = centre;

	while (queue.length > 0) {
		// A linear scan for the most promising cell: the queues here hold hundreds of cells, not millions.
		let top = 0;
		for (let i = 1; i < queue.length; i++)
			if ((queue[i]?.max ?? 0) > (queue[top]?.max ?? 0)) top = i;
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
