/**
 * places.geojson: every place inside the map region (or said to be off the map), polygons
 * closed, and each turned into the record's Place with a point to draw it at.
 */
import { REGION_BBOX } from '#lib/data/region.ts';
import {
	placeFeatureSchema,
	placesSchema,
	type Place,
	type PlaceFeature
} from '#lib/data/schema.ts';
import type { Collector } from './collector';
import { FILES, type RawFiles } from './files';
import type { Sourcing } from './sources';

/** Everything the map shows lies in this box [west, south, east, north]; see basemap. */
const REGION = REGION_BBOX;

function inRegion([lon, lat]: [number, number]): boolean {
	return lon >= REGION[0] && lon <= REGION[2] && lat >= REGION[1] && lat <= REGION[3];
}

/** A point inside a polygon's outer ring for drawing: the mean of its distinct vertices. */
function ringCentre(ring: [number, number][]): [number, number] {
	const pts = ring.slice(0, -1);
	const lon = pts.reduce((s, p) => s + p[0], 0) / pts.length;
	const lat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
	return [lon, lat];
}

function toPlace(f: PlaceFeature): Place {
	const point =
		f.geometry.type === 'Point'
			? f.geometry.coordinates
			: ringCentre(f.geometry.coordinates[0] as [number, number][]);
	return { id: f.id, ...f.properties, point, geometry: f.geometry };
}

function checkPlace(c: Collector, f: PlaceFeature) {
	const file = FILES.places;
	const rings = f.geometry.type === 'Point' ? [[f.geometry.coordinates]] : f.geometry.coordinates;
	rings.forEach((ring, r) => {
		if (f.geometry.type === 'Polygon') {
			const [a, b] = [ring[0], ring.at(-1)];
			if (!a || !b || a[0] !== b[0] || a[1] !== b[1])
				c.add(file, f.id, `geometry.coordinates.${r}`, 'a polygon ring must end where it starts');
		}
		for (const p of ring) {
			if (f.properties.offMap) {
				if (inRegion(p))
					c.add(
						file,
						f.id,
						'properties.offMap',
						`[${p.join(', ')}] lies inside the map region: drop offMap so the map draws the place`
					);
				return;
			}
			if (inRegion(p)) continue;
			const swapped: [number, number] = [p[1], p[0]];
			c.add(
				file,
				f.id,
				'geometry.coordinates',
				inRegion(swapped)
					? `[${p.join(', ')}] lies outside the map region, but [${swapped.join(', ')}] would not: longitude and latitude look swapped (GeoJSON order is [longitude, latitude])`
					: `[${p.join(', ')}] lies outside the map region [${REGION.join(', ')}]; a place abroad that the map lists but does not draw says "offMap": true`
			);
			return;
		}
	});
}

export function checkPlaces(c: Collector, raw: RawFiles, sourcing: Sourcing): Place[] {
	const root = c.parse(placesSchema, raw.places, FILES.places, '(file)');
	const features = root ? c.parseList(placeFeatureSchema, root.features, FILES.places) : [];
	for (const f of features) {
		checkPlace(c, f);
		sourcing.cite(FILES.places, f.id, 'properties.sources', f.properties.sources);
	}
	return features.map(toPlace);
}
