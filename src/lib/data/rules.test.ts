/**
 * The record's publication rules (geo/README.md: "Source tiers", "Confidence", "Transliteration",
 * places abroad and the day leads): each case breaks the valid fixture in one way and names the
 * exact message a data editor reads. Over 300 lines: one case per rule, kept together as the
 * rules are in geo/README.md.
 */
import { describe, expect, it } from 'vitest';
import { files, validFiles } from '#testing/fixture-record.ts';
import { loadRecord } from './load';
import { formatProblem, validateRecord, type RawFiles } from './validate';
import { parseTransliteration } from './wording';

/** A transliteration table written the way geo/README.md writes it. */
const README = `# geo

## Transliteration

Some words before the table.

| English | German | other spellings (rejected in both) |
|---|---|---|
| Tokayev | Tokajew | Tokaev, Tokaiev |
| Armenia | Armenien | |

## Basemap
`;

function problems(raw: RawFiles): string[] {
	const v = validateRecord({ ...raw, transliteration: parseTransliteration(README) });
	return v.ok ? [] : v.problems.map(formatProblem);
}

type Case = [string, (f: ReturnType<typeof files>) => void, string];

const repost = (id: string, copyOf?: string) => ({
	id,
	outlet: 'pledgetimes.com',
	title: 'Protesters storm city hall',
	published: '2022-01-20',
	lang: 'en',
	tier: 'aggregator',
	...(copyOf ? { copyOf } : {})
});

const sourcing: Case[] = [
	[
		"a children's encyclopaedia, filed under any tier",
		(f) =>
			f.sources.push({
				...repost('kids-wiki', 'unknown'),
				outlet: 'Vikidia',
				url: 'https://en.vikidia.org/wiki/2022_Kazakh_unrest'
			}),
		"sources.json › kids-wiki › url: is a children's encyclopaedia, which the record never cites: find the report it took this from, or leave the claim out"
	],
	[
		'a forum thread',
		(f) =>
			f.sources.push({
				...repost('thread', 'unknown'),
				outlet: 'Reddit',
				url: 'https://www.reddit.com/r/Kazakhstan/comments/abc/'
			}),
		'sources.json › thread › url: is a forum, which the record never cites: find the report it took this from, or leave the claim out'
	],
	[
		'an aggregator that does not say whose report it copies',
		(f) => f.sources.push(repost('repost-1')),
		'sources.json › repost-1 › copyOf: an aggregator must name the outlet whose report it copies'
	],
	[
		'a wire text that claims to copy another outlet',
		(f) => (f.sources[1].copyOf = 'Izvestia'),
		'sources.json › tass-1 › copyOf: only an aggregator copies another outlet\'s report; a wire text read on another site names that site in "via"'
	],
	[
		'a consultation time given as the publication date',
		(f) => (f.sources[4].published = '2026-11-21T10:00'),
		'sources.json › chronology › published: must be the date the source itself carries: YYYY-MM-DD, YYYY-MM when it gives only the month, or null when it carries none (then give "accessed")'
	],
	[
		'an undated source without the day it was read',
		(f) => delete f.sources[4].accessed,
		'sources.json › chronology › accessed: is required when published is null: say when the source was read'
	],
	[
		'a source without a published field',
		(f) => delete f.sources[1].published,
		'sources.json › tass-1 › published: must be the date the source itself carries: YYYY-MM-DD, YYYY-MM when it gives only the month, or null when it carries none (then give "accessed")'
	],
	[
		'a source cited for an event after its publication',
		(f) => (f.sources[0].published = '2022-01-05'),
		'events.json › 2022-01-06-troops-land › sources.0: "seed-dw" was published 2022-01-05, before the event\'s date 2022-01-06: a source cannot report what had not happened yet'
	],
	[
		'a month-only source cited for a figure of a later month',
		(f) => (f.sources[1].published = '2021-12'),
		'figures.json › detained-06-a › sources.0: "tass-1" was published 2021-12, before the figure\'s asOf 2022-01-06: a source cannot report what had not happened yet'
	],
	[
		'a source cited for a route before it flew',
		(f) => (f.sources[1].published = '2022-01-10'),
		'alliance.json › ru-out › sources.1: "tass-1" was published 2022-01-10, before the route\'s date 2022-01-13: a source cannot report what had not happened yet'
	],
	[
		"a day's lead sourced to an earlier article",
		(f) => (f.days[10].sources = ['akorda-1']),
		'days.json › 2022-01-12 › sources.0: "akorda-1" was published 2022-01-06, before the day 2022-01-12: a source cannot report what had not happened yet'
	],
	[
		'"confirmed" on one report and its copy',
		(f) => {
			f.sources.push(repost('tass-copy', 'TASS'));
			f.events[0].sources = ['tass-1', 'tass-copy'];
		},
		'events.json › 2022-01-05-akimat-stormed › certainty: "confirmed" needs two independent reports, or an official record of an authority\'s own act; these sources come down to one report (tass): use "reported"'
	],
	[
		'"confirmed" on one agency\'s text read on two sites',
		(f) => {
			f.sources[0].outlet = 'TASS';
			f.sources[0].via = 'Pledge Times';
		},
		'events.json › 2022-01-05-akimat-stormed › certainty: "confirmed" needs two independent reports, or an official record of an authority\'s own act; these sources come down to one report (tass): use "reported"'
	],
	[
		'"confirmed" on an official record of something the authority did not do itself',
		(f) => (f.events[0].sources = ['akorda-1']),
		'events.json › 2022-01-05-akimat-stormed › certainty: "confirmed" needs two independent reports, or an official record of an authority\'s own act; these sources come down to one report (akorda): use "reported"'
	],
	[
		'an event resting on an aggregator alone',
		(f) => {
			f.sources.push(repost('repost-1', 'Izvestia'));
			f.events[1].sources = ['repost-1'];
			f.events[1].seedClaim = false;
		},
		'events.json › 2022-01-06-troops-land › singleReport: every source is an aggregator or a reference work: find the original report, or say why this is published on a single report'
	],
	[
		'"confirmed" on reference works alone',
		(f) => (f.events[0].sources = ['geonames']),
		'events.json › 2022-01-05-akimat-stormed › certainty: "confirmed" cannot rest on aggregators and reference works alone: use "reported"'
	],
	[
		'a route "confirmed" by one agency alone',
		(f) => (f.alliance.routes[1].sources = ['seed-dw']),
		'alliance.json › ru-out › certainty: "confirmed" needs two independent reports, or an official record of an authority\'s own act; these sources come down to one report (dw): use "reported"'
	],
	[
		'a plain-http link',
		(f) => (f.sources[1].url = 'http://tass.com/world/1384061'),
		'sources.json › tass-1 › url: must be an https URL'
	],
	[
		'a figure resting on a reference work alone',
		(f) => (f.figures[4].sources = ['geonames']),
		'figures.json › killed-09-retracted › singleReport: every source is an aggregator or a reference work: find the original report, or say why this is published on a single report'
	]
];

const wording: Case[] = [
	[
		'"seed" in a note readers see',
		(f) => (f.events[1].note = { en: 'As in seed 002.', de: 'Wie im Artikel der AFP.' }),
		'events.json › 2022-01-06-troops-land › note.en: says "seed": readers do not know the project\'s seed articles; name the outlet and date instead (e.g. "AFP, 6 January")'
	],
	[
		'a German compound with "Seeds"',
		(f) => (f.figures[1].claimant.de = 'Khabar 24 (laut den AFP-Seeds)'),
		'figures.json › detained-07-seed › claimant.de: says "Seeds": readers do not know the project\'s seed articles; name the outlet and date instead (e.g. "AFP, 6 January")'
	],
	[
		'a seed file name in a source note',
		(f) =>
			(f.sources[0].note = {
				en: 'Text of 000_7ee6c7eaa27eda8c.txt.',
				de: 'Text von DW.'
			}),
		'sources.json › seed-dw › note.en: says "000_7ee6c7eaa27eda8c.txt": readers do not know the project\'s seed articles; name the outlet and date instead (e.g. "AFP, 6 January")'
	],
	[
		'"seed" in a contingent\'s note',
		(f) => (f.alliance.members[1].contingent.note = { en: 'Per the seeds.', de: 'Laut DW.' }),
		'alliance.json › RU › contingent.note.en: says "seeds": readers do not know the project\'s seed articles; name the outlet and date instead (e.g. "AFP, 6 January")'
	],
	[
		'an English spelling in a German text',
		(f) => (f.events[2].summary.de = 'Tokayev verhängt eine Ausgangssperre.'),
		'events.json › 2022-01-06-curfew › summary.de: writes "Tokayev": German texts write "Tokajew" (geo/README.md, "Transliteration")'
	],
	[
		'a German spelling in an English text, with a genitive',
		(f) => (f.events[2].summary.en = "Tokajew's curfew holds."),
		'events.json › 2022-01-06-curfew › summary.en: writes "Tokajew": English texts write "Tokayev" (geo/README.md, "Transliteration")'
	],
	[
		'a spelling that is wrong in both languages',
		(f) => (f.days[0].headline.de = 'Tokaev verhängt Ausgangssperre'),
		'days.json › 2022-01-02 › headline.de: writes "Tokaev": German texts write "Tokajew" (geo/README.md, "Transliteration")'
	]
];

const washington = {
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
};

const placesAndDays: Case[] = [
	[
		'offMap on a place inside the map region',
		(f) => (f.places.features[0].properties.offMap = true),
		'places.geojson › almaty › properties.offMap: [76.92848, 43.25654] lies inside the map region: drop offMap so the map draws the place'
	],
	[
		'a place abroad without offMap',
		(f) => {
			f.places.features.push(structuredClone(washington));
			delete f.places.features.at(-1).properties.offMap;
			f.events[2].places.push('washington');
		},
		'places.geojson › washington › geometry.coordinates: [-77.03637, 38.89511] lies outside the map region [8, 28, 108, 66]; a place abroad that the map lists but does not draw says "offMap": true'
	],
	[
		'an incident placed abroad',
		(f) => {
			f.places.features.push(structuredClone(washington));
			f.events[0].places = ['washington'];
		},
		'events.json › 2022-01-05-akimat-stormed › places.0: "washington" lies outside the map region: only a reaction from abroad can be placed there'
	],
	[
		'a day without its lead',
		(f) => f.days.splice(3, 1),
		'days.json › 2022-01-05 › headline: every timeline day needs a headline and a dek'
	],
	[
		'a headline that is too long',
		(f) => (f.days[0].headline.en = 'A'.repeat(91)),
		'days.json › 2022-01-02 › headline.en: 91 characters; a headline has at most 90'
	],
	[
		'a dek that is too long',
		(f) => (f.days[0].dek.de = 'Wort '.repeat(61)),
		'days.json › 2022-01-02 › dek.de: 304 characters; a dek is one or two sentences, at most 300'
	],
	[
		'a lead for a day off the timeline',
		(f) => f.days.push({ ...f.days[0], date: '2022-01-20' }),
		'days.json › 2022-01-20 › date: 2022-01-20 is outside the timeline 2022-01-02 … 2022-01-19'
	],
	[
		'two leads for one day',
		(f) => f.days.push(structuredClone(f.days[0])),
		'days.json › 2022-01-02 › id: duplicate id "2022-01-02"'
	],
	[
		'a lead with an unknown source',
		(f) => (f.days[0].sources = ['reuters-9']),
		'days.json › 2022-01-02 › sources.0: unknown source id "reuters-9"'
	]
];

describe('publication rules', () => {
	it('accept the valid fixture, with a reaction abroad and a lead for every day', () => {
		const f = files();
		f.places.features.push(structuredClone(washington));
		f.sources.push({
			id: 'state-dept',
			outlet: 'US State Department',
			title: 'Press briefing',
			published: '2022-01-06',
			lang: 'en',
			tier: 'official'
		});
		f.events.push({
			id: '2022-01-06-us-warning',
			date: '2022-01-06',
			timePrecision: 'day',
			places: ['washington'],
			type: 'reaction',
			certainty: 'confirmed',
			title: { en: 'Washington warns Moscow', de: 'Washington warnt Moskau' },
			summary: { en: 'The State Department spoke.', de: 'Das Außenministerium äußerte sich.' },
			sources: ['state-dept']
		});
		expect(problems(f)).toEqual([]);
		const v = validateRecord(f);
		expect(v.record?.days.map((d) => d.date)).toHaveLength(18);
		expect(v.record?.places.find((p) => p.id === 'washington')?.offMap).toBe(true);
	});

	it('do not check a form that begins the right one ("Armenia" in "Armenien")', () => {
		const f = files();
		f.events[2].summary.de = 'Armenien schickt Soldaten.';
		expect(problems(f)).toEqual([]);
	});

	it.each([...sourcing, ...wording, ...placesAndDays])(
		'report %s, naming file, record and field',
		(_name, breakIt, message) => {
			const f = files();
			breakIt(f);
			const found = problems(f);
			expect(found, found.join('\n')).toContain(message);
		}
	);
});

describe('the transliteration table', () => {
	it('is read from the first table under "## Transliteration", other spellings split', () => {
		expect(parseTransliteration(README)).toEqual([
			{ en: 'Tokayev', de: 'Tokajew', others: ['Tokaev', 'Tokaiev'] },
			{ en: 'Armenia', de: 'Armenien', others: [] }
		]);
	});

	it("is applied when loadRecord is given geo/README.md's text", () => {
		const f = validFiles();
		f.events = structuredClone(f.events);
		(f.events as { summary: { de: string } }[])[2]!.summary.de = 'Tokayev verhängt sie.';
		const texts = Object.fromEntries(
			Object.entries({
				'sources.json': f.sources,
				'places.geojson': f.places,
				'events.json': f.events,
				'figures.json': f.figures,
				'alliance.json': f.alliance,
				'days.json': f.days
			}).map(([k, v]) => [k, JSON.stringify(v)])
		);
		expect(loadRecord(texts).ok).toBe(true);
		expect(loadRecord({ ...texts, 'README.md': README }).problems.map(formatProblem)).toEqual([
			'events.json › 2022-01-06-curfew › summary.de: writes "Tokayev": German texts write "Tokajew" (geo/README.md, "Transliteration")'
		]);
	});
});
