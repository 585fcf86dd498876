/**
 * Types shared by the basemap modules: plain geometry (`[lon, lat]` in degrees, WGS84) and the
 * properties of the country and label features that the built files carry.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

export type { BBox } from '#lib/data/region.ts';
/** A point as `[lon, lat]` in degrees. */
export type LonLat = [lon: number, lat: number];
/** A linear ring: closed list of `[lon, lat]` positions. */
export type Ring = Position[];
/** Polygon rings: the outer ring first, then holes. */
export type PolygonRings = Ring[];

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
