/**
 * Label points: Web Mercator helpers, one label point per country (its pole of inaccessibility,
 * found by Mapbox's polylabel), and {@link buildLabels}, which assembles the labels file with the
 * cities.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import polylabel from 'polylabel';
import { selectCities, type GeoNamesCity } from './cities';
import { COORD_DECIMALS, REGION_BBOX } from './options';
import { polygonsOf, ringArea, roundPoint } from './rings';
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

/** A polygon's rings in Web Mercator (x = lon, y = {@link mercatorY}), both in degrees. */
function toMercator(rings: readonly Ring[]): [number, number][][] {
	return rings.map((ring) => ring.map((p) => [p[0] ?? 0, mercatorY(p[1] ?? 0)]));
}

/**
 * The label point of a country: the pole of inaccessibility of its largest polygon, the interior
 * point farthest from its boundary, found to within `precision` (Mercator degrees) by polylabel's
 * quadtree search (Agafonkin 2016). Unlike a centroid it always lies inside, even for a C-shaped
 * country, and it sits where a label has the most room. It is computed in Web Mercator so that it
 * is centred as the map shows the shape. Returns `[lon, lat]` and the room around it (distance to
 * the nearest edge, including the region's clip edges, in Mercator degrees), or null for an empty
 * geometry.
 */
export function labelPoint(
	geometry: CountryGeometry,
	precision = 0.05
): { point: LonLat; room: number } | null {
	let largest: [number, number][][] | undefined;
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
	const pole = polylabel(largest, precision);
	return { point: [pole[0], inverseMercatorY(pole[1])], room: pole.distance };
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
