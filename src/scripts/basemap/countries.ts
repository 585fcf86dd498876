/**
 * The region's countries: identity and names (ISO 3166-1 via i18n-iso-countries) and
 * {@link buildCountries}, which turns the world-atlas topology into the countries file.
 */
import type { FeatureCollection, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
// The package's Node entry replaces `module.exports` wholesale, which hides its named exports from
// ESM imports; the library file itself exports them one by one (and loads no locales by itself).
import {
	getName,
	numericToAlpha2,
	numericToAlpha3,
	registerLocale
} from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { DEFAULT_BASEMAP_OPTIONS, type BasemapOptions } from './options';
import { clipPolygon, finishGeometry, polygonsOf } from './rings';
import { simplifyTopology } from './topology';
import type { CountryFeature, CountryGeometry, CountryProperties } from './types';

registerLocale(en);
registerLocale(de);
registerLocale(ru);

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
	const [w, s, e, n] = options.detail;
	const touchesDetail = (arc: Position[]) =>
		arc.some(([x = 0, y = 0]) => x >= w && x <= e && y >= s && y <= n);
	const simple = simplifyTopology(topology, (arc) =>
		touchesDetail(arc) ? options.tolerance : options.outerTolerance
	);
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
