/**
 * A small, valid record for unit tests; each test breaks a copy of it in one way. Over 300 lines:
 * it is data, one of each kind of record the schema knows.
 */
import { DAYS } from '#lib/data/days.ts';
import type { EventRecord } from '#lib/data/schema.ts';
import { validateRecord, type RawFiles } from '#lib/data/validate/index.ts';

const text = (en: string, de: string) => ({ en, de });

export function validFiles(): RawFiles {
	return {
		sources: [
			{
				id: 'seed-dw',
				outlet: 'DW',
				title: 'Russische Soldaten in Kasachstan eingetroffen',
				published: '2022-01-07',
				lang: 'de',
				tier: 'outlet',
				seed: '000_7ee6c7eaa27eda8c.txt'
			},
			{
				id: 'tass-1',
				outlet: 'TASS',
				title: 'Protesters storm city hall',
				published: '2022-01-20',
				lang: 'en',
				tier: 'wire',
				url: 'https://tass.com/world/1384061'
			},
			{
				id: 'akorda-1',
				outlet: 'Akorda',
				title: 'Decree on a curfew',
				published: '2022-01-06',
				lang: 'ru',
				tier: 'official'
			},
			{
				id: 'ru-mod-1',
				outlet: 'Russian Defence Ministry',
				title: 'The airlift of the peacekeeping force is complete',
				published: '2022-01-20',
				lang: 'ru',
				tier: 'official'
			},
			{
				id: 'chronology',
				outlet: 'Kazinform',
				title: 'Chronology of the January events',
				published: null,
				accessed: '2026-11-21',
				lang: 'en',
				tier: 'official'
			},
			{
				id: 'geonames',
				outlet: 'GeoNames',
				title: 'cities15000',
				published: '2013-01-01',
				lang: 'en',
				tier: 'reference'
			}
		],
		places: {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'almaty',
					geometry: { type: 'Point', coordinates: [76.92848, 43.25654] },
					properties: {
						name: { en: 'Almaty', de: 'Almaty', ru: 'Алматы' },
						kind: 'city',
						precision: 'city',
						country: 'KZ',
						sources: ['geonames']
					}
				},
				{
					type: 'Feature',
					id: 'almaty-akimat',
					geometry: { type: 'Point', coordinates: [76.94556, 43.23639] },
					properties: {
						name: { en: 'Almaty City Hall', de: 'Rathaus Almaty', ru: 'Акимат Алматы' },
						kind: 'government-building',
						precision: 'building',
						country: 'KZ',
						sources: ['geonames']
					}
				},
				{
					type: 'Feature',
					id: 'kazakhstan',
					geometry: { type: 'Point', coordinates: [66.92368, 48.01957] },
					properties: {
						name: { en: 'Kazakhstan', de: 'Kasachstan', ru: 'Казахстан' },
						kind: 'country',
						precision: 'country',
						country: 'KZ',
						sources: ['geonames']
					}
				},
				{
					type: 'Feature',
					id: 'moscow',
					geometry: { type: 'Point', coordinates: [37.61556, 55.75222] },
					properties: {
						name: { en: 'Moscow', de: 'Moskau', ru: 'Москва' },
						kind: 'city',
						precision: 'city',
						country: 'RU',
						sources: ['geonames']
					}
				}
			]
		},
		events: [
			{
				id: '2022-01-05-akimat-stormed',
				date: '2022-01-05',
				timePrecision: 'part-of-day',
				partOfDay: 'morning',
				places: ['almaty-akimat'],
				type: 'attack',
				certainty: 'confirmed',
				title: text('City hall stormed', 'Rathaus gestürmt'),
				summary: text('A crowd broke into city hall.', 'Eine Menge drang ins Rathaus ein.'),
				sources: ['tass-1', 'seed-dw']
			},
			{
				id: '2022-01-06-troops-land',
				date: '2022-01-06',
				time: '18:00',
				timePrecision: 'approximate',
				places: ['almaty', 'moscow'],
				type: 'deployment',
				certainty: 'reported',
				title: text('First Russian troops land', 'Erste russische Soldaten landen'),
				summary: text('Paratroopers arrive.', 'Fallschirmjäger kommen an.'),
				sources: ['seed-dw'],
				seedClaim: true
			},
			{
				id: '2022-01-06-curfew',
				date: '2022-01-06',
				timePrecision: 'day',
				places: ['kazakhstan'],
				type: 'decision',
				certainty: 'confirmed',
				title: text('Curfew', 'Ausgangssperre'),
				summary: text('A curfew holds.', 'Eine Ausgangssperre gilt.'),
				sources: ['akorda-1']
			}
		],
		figures: [
			{
				id: 'detained-06-a',
				metric: 'detained',
				value: 2298,
				qualifier: 'exact',
				scope: 'kazakhstan',
				asOf: '2022-01-06',
				claimant: text('Interior Ministry', 'Innenministerium'),
				status: 'reported',
				sources: ['tass-1']
			},
			{
				id: 'detained-07-seed',
				metric: 'detained',
				value: 3000,
				qualifier: 'more-than',
				scope: 'kazakhstan',
				asOf: '2022-01-07',
				claimant: text('Khabar 24', 'Khabar 24'),
				status: 'reported',
				sources: ['seed-dw']
			},
			{
				id: 'detained-07-moi',
				metric: 'detained',
				value: 3811,
				qualifier: 'exact',
				scope: 'kazakhstan',
				asOf: '2022-01-07',
				claimant: text('Interior Ministry', 'Innenministerium'),
				status: 'reported',
				sources: ['tass-1']
			},
			{
				id: 'detained-06-almaty',
				metric: 'detained',
				value: 2000,
				qualifier: 'about',
				scope: 'almaty',
				asOf: '2022-01-06',
				claimant: text('Police', 'Polizei'),
				status: 'reported',
				sources: ['seed-dw']
			},
			{
				id: 'killed-09-retracted',
				metric: 'killed-total',
				value: 164,
				qualifier: 'exact',
				scope: 'kazakhstan',
				asOf: '2022-01-09',
				claimant: text('Health Ministry', 'Gesundheitsministerium'),
				status: 'retracted',
				sources: ['tass-1']
			}
		],
		days: DAYS.map((date) => ({
			date,
			headline: text(`What happened on ${date}`, `Was am ${date} geschah`),
			dek: text('One sentence of context.', 'Ein Satz Zusammenhang.'),
			sources: ['chronology']
		})),
		alliance: {
			members: [
				{
					iso2: 'KZ',
					iso3: 'KAZ',
					isoNumeric: '398',
					name: { en: 'Kazakhstan', de: 'Kasachstan', ru: 'Казахстан' },
					capital: 'almaty',
					role: 'host'
				},
				{
					iso2: 'RU',
					iso3: 'RUS',
					isoNumeric: '643',
					name: { en: 'Russia', de: 'Russland', ru: 'Россия' },
					capital: 'moscow',
					role: 'contributor',
					contingent: {
						sizes: [
							{
								value: 3000,
								qualifier: 'about',
								asOf: '2022-01-07',
								claimant: text('media', 'Medien'),
								sources: ['tass-1']
							}
						],
						arrived: '2022-01-06',
						departed: '2022-01-19',
						sources: ['tass-1']
					}
				}
			],
			routes: [
				{
					id: 'ru-in',
					state: 'RU',
					from: 'moscow',
					to: 'almaty',
					date: '2022-01-06',
					endDate: '2022-01-08',
					direction: 'deployment',
					mode: 'air',
					certainty: 'confirmed',
					sources: ['ru-mod-1']
				},
				{
					id: 'ru-out',
					state: 'RU',
					from: 'almaty',
					to: 'moscow',
					date: '2022-01-13',
					direction: 'withdrawal',
					mode: 'air',
					certainty: 'confirmed',
					sources: ['ru-mod-1', 'tass-1']
				}
			]
		}
	};
}

/** A deep copy that a test may break freely (hence untyped). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function files(): any {
	return structuredClone(validFiles());
}

/** The fixture as a validated record, optionally changed first; throws if the change broke it. */
export function fixtureRecord(change?: (f: ReturnType<typeof files>) => void): EventRecord {
	const f = files();
	change?.(f);
	const v = validateRecord(f);
	if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
	return v.record;
}

/**
 * The fixture with two reactions on 6 January: one said in Washington (a place off the map), one
 * in Moscow (inside the region, drawn like any event).
 */
export function fixtureWithReactions(): EventRecord {
	return fixtureRecord((f) => {
		f.places.features.push({
			type: 'Feature',
			id: 'washington',
			geometry: { type: 'Point', coordinates: [-77.03637, 38.89511] },
			properties: {
				name: { en: 'Washington', de: 'Washington', ru: 'Вашингтон' },
				kind: 'city',
				precision: 'city',
				country: 'US',
				offMap: true,
				sources: ['geonames']
			}
		});
		const reaction = (id: string, place: string) => ({
			id,
			date: '2022-01-06',
			timePrecision: 'day',
			places: [place],
			type: 'reaction',
			certainty: 'reported',
			title: text(`Said in ${place}`, `Gesagt in ${place}`),
			summary: text('A statement.', 'Eine Erklärung.'),
			sources: ['akorda-1']
		});
		f.events.push(reaction('2022-01-06-us-warns', 'washington'));
		f.events.push(reaction('2022-01-06-moscow-speaks', 'moscow'));
	});
}
