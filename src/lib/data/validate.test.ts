// Over 300 lines: one case per validation message, each breaking the fixture in one way; the
// publication rules have their own file (rules.test.ts).
import { describe, expect, it } from 'vitest';
import { files, validFiles } from '#testing/fixture-record.ts';
import { loadRecord } from './load';
import { formatProblem, validateRecord, type RawFiles } from './validate';

function problems(raw: RawFiles): string[] {
	const v = validateRecord(raw);
	return v.ok ? [] : v.problems.map(formatProblem);
}

describe('validateRecord', () => {
	it('accepts the valid fixture and returns typed data with points', () => {
		const v = validateRecord(validFiles());
		expect(v.problems).toEqual([]);
		expect(v.ok).toBe(true);
		expect(v.record?.places.find((p) => p.id === 'almaty')?.point).toEqual([76.92848, 43.25654]);
	});

	// Each case: one broken input, and the exact message a data editor will read.
	const cases: [string, (f: ReturnType<typeof files>) => void, string][] = [
		[
			'unknown place id in an event',
			(f) => (f.events[0].places = ['almaty-akimatt']),
			'events.json › 2022-01-05-akimat-stormed › places.0: unknown place id "almaty-akimatt"'
		],
		[
			'unknown source id in an event',
			(f) => f.events[2].sources.push('reuters-9'),
			'events.json › 2022-01-06-curfew › sources.1: unknown source id "reuters-9"'
		],
		[
			'event date outside the timeline',
			(f) => (f.events[2].date = '2022-01-25'),
			'events.json › 2022-01-06-curfew › date: 2022-01-25 is outside the timeline 2022-01-02 … 2022-01-19'
		],
		[
			'a date that does not exist',
			(f) => (f.events[2].date = '2022-02-30'),
			'events.json › 2022-01-06-curfew › date: must be a real calendar date written YYYY-MM-DD'
		],
		[
			'a date in another format',
			(f) => (f.events[2].date = '06.01.2022'),
			'events.json › 2022-01-06-curfew › date: must be a real calendar date written YYYY-MM-DD'
		],
		[
			'swapped latitude and longitude',
			(f) => (f.places.features[0].geometry.coordinates = [43.25654, 76.92848]),
			'places.geojson › almaty › geometry.coordinates: [43.25654, 76.92848] lies outside the map region, but [76.92848, 43.25654] would not: longitude and latitude look swapped (GeoJSON order is [longitude, latitude])'
		],
		[
			'coordinates outside valid ranges',
			(f) => (f.places.features[1].geometry.coordinates = [76.9, 143.2]),
			'places.geojson › almaty-akimat › geometry.coordinates.1: latitude must be ≤ 90'
		],
		[
			'duplicate event id',
			(f) => (f.events[2].id = '2022-01-06-troops-land'),
			'events.json › 2022-01-06-troops-land › id: duplicate id "2022-01-06-troops-land"'
		],
		[
			'missing German summary',
			(f) => delete f.events[1].summary.de,
			'events.json › 2022-01-06-troops-land › summary.de: the German translation is missing'
		],
		[
			'empty English title',
			(f) => (f.events[1].title.en = '   '),
			'events.json › 2022-01-06-troops-land › title.en: must not be empty'
		],
		[
			'figure without source',
			(f) => (f.figures[0].sources = []),
			'figures.json › detained-06-a › sources: must name at least one id'
		],
		[
			'figure with an unknown scope',
			(f) => (f.figures[3].scope = 'almaty-city'),
			'figures.json › detained-06-almaty › scope.0: unknown place id "almaty-city"'
		],
		[
			'figure value that is not a whole number',
			(f) => (f.figures[1].value = 3000.5),
			'figures.json › detained-07-seed › value: must be a whole number'
		],
		[
			'unknown event type',
			(f) => (f.events[0].type = 'riot'),
			'events.json › 2022-01-05-akimat-stormed › type: Invalid option: expected one of "protest"|"clash"|"attack"|"security-operation"|"arrest"|"deployment"|"withdrawal"|"decision"|"shutdown"|"reaction"'
		],
		[
			'exact time precision without a time',
			(f) => delete f.events[1].time,
			'events.json › 2022-01-06-troops-land › time: is required when timePrecision is "approximate"'
		],
		[
			'malformed time',
			(f) => (f.events[1].time = '25:61'),
			'events.json › 2022-01-06-troops-land › time: must be a time written HH:MM (00:00–23:59)'
		],
		[
			'a seed article no event represents',
			(f) => {
				f.events[0].sources = ['tass-1'];
				f.events[0].certainty = 'reported';
				f.events[1].sources = ['tass-1'];
				f.events[1].seedClaim = false;
				f.figures[1].sources = ['tass-1'];
				f.figures[3].sources = ['tass-1'];
			},
			'sources.json › seed-dw › seed: seed article 000_7ee6c7eaa27eda8c.txt is not represented by any event'
		],
		[
			'a source nobody cites',
			(f) => f.sources.push({ ...f.sources[1], id: 'tass-2' }),
			'sources.json › tass-2 › id: is never cited by any record'
		],
		[
			'an unexpected field (typo)',
			(f) => (f.events[2].summery = f.events[2].summary),
			'events.json › 2022-01-06-curfew › (record): Unrecognized key: "summery"'
		],
		[
			'a route of a state that sent no troops',
			(f) => (f.alliance.routes[0].state = 'KZ'),
			'alliance.json › ru-in › state: "KZ" is not a contributing member'
		],
		[
			'contingent leaving before it arrived',
			(f) => (f.alliance.members[1].contingent.departed = '2022-01-05'),
			'alliance.json › RU › contingent.departed: must be after arrived 2022-01-06'
		],
		[
			'a record without an id is named by its position',
			(f) => delete f.events[2].id,
			'events.json › #2 › id: Invalid input: expected string, received undefined'
		],
		[
			'an id that is not kebab-case',
			(f) => (f.figures[0].id = 'Detained_06'),
			'figures.json › Detained_06 › id: must be lower-case kebab-case (a-z, 0-9, single hyphens)'
		]
	];

	// Hostile or malformed data: markup, absurd coordinates, other date formats, missing translations.
	const HTML = 'looks like HTML'; // the start of the message; the rest quotes the text
	const hostile: [string, (f: ReturnType<typeof files>) => void, string][] = [
		[
			'an <img onerror> in a summary',
			(f) => (f.events[0].summary.en = 'Crowd <img src=x onerror=alert(1)> stormed it.'),
			`events.json › 2022-01-05-akimat-stormed › summary.en: ${HTML} ("<img src=x onerror=alert")`
		],
		[
			'a <script> in a German title',
			(f) => (f.events[1].title.de = '<script>alert(1)</script>'),
			`events.json › 2022-01-06-troops-land › title.de: ${HTML} ("<script>alert(1)</script")`
		],
		[
			'an end tag in a note',
			(f) => (f.events[2].note = { en: 'see</p>', de: 'siehe' }),
			`events.json › 2022-01-06-curfew › note.en: ${HTML} ("</p>")`
		],
		[
			'an HTML comment in a place name',
			(f) => (f.places.features[0].properties.name.ru = 'Алматы<!-- x -->'),
			`places.geojson › almaty › properties.name.ru: ${HTML} ("<!-- x -->")`
		],
		[
			'a character reference in an outlet',
			(f) => (f.sources[1].outlet = 'AT&amp;T News'),
			`sources.json › tass-1 › outlet: ${HTML} ("&amp;T News")`
		],
		[
			'a numeric character reference in a claimant',
			(f) => (f.figures[0].claimant.de = '&#60;b&#62;Ministerium'),
			`figures.json › detained-06-a › claimant.de: ${HTML} ("&#60;b&#62;Ministerium")`
		],
		[
			'markup in an actor',
			(f) => (f.events[0].actors = ['<svg onload=alert(1)>']),
			`events.json › 2022-01-05-akimat-stormed › actors.0: ${HTML} ("<svg onload=alert(1)>")`
		],
		[
			'a text-direction override in a title',
			(f) => (f.events[0].title.en = 'City hall \u202estormed'),
			'events.json › 2022-01-05-akimat-stormed › title.en: contains a control or text-direction character; remove it'
		],
		[
			'a javascript: URL for a source',
			(f) => (f.sources[1].url = 'javascript:alert(1)'),
			'sources.json › tass-1 › url: must be an https URL'
		],
		[
			'a data: URL for a source',
			(f) => (f.sources[1].url = 'data:text/html,<script>alert(1)</script>'),
			'sources.json › tass-1 › url: must be an https URL'
		],
		[
			'a longitude of 1e308',
			(f) => (f.places.features[0].geometry.coordinates = [1e308, 43.2]),
			'places.geojson › almaty › geometry.coordinates.0: longitude must be ≤ 180'
		],
		[
			'a latitude of -1000',
			(f) => (f.places.features[0].geometry.coordinates = [76.9, -1000]),
			'places.geojson › almaty › geometry.coordinates.1: latitude must be ≥ -90'
		],
		[
			'coordinates written as strings',
			(f) => (f.places.features[0].geometry.coordinates = ['76.9', '43.2']),
			'places.geojson › almaty › geometry.coordinates.0: Invalid input: expected number, received string'
		],
		[
			'a position with a third value',
			(f) => (f.places.features[0].geometry.coordinates = [76.9, 43.2, 700]),
			'places.geojson › almaty › geometry.coordinates: must be a [longitude, latitude] pair'
		],
		[
			'no coordinates',
			(f) => (f.places.features[0].geometry.coordinates = []),
			'places.geojson › almaty › geometry.coordinates: must be a [longitude, latitude] pair'
		],
		[
			'coordinates on the other side of the world',
			(f) => (f.places.features[0].geometry.coordinates = [-76.9, -43.2]),
			'places.geojson › almaty › geometry.coordinates: [-76.9, -43.2] lies outside the map region [8, 28, 108, 66]'
		],
		...(
			[
				'2022/01/06',
				'06.01.2022',
				'2022-1-6',
				'2022-01-06T00:00:00+06:00',
				'2022-01-06Z',
				' 2022-01-06',
				'6 January 2022',
				20220106
			] as const
		).map((date): [string, (f: ReturnType<typeof files>) => void, string] => [
			`the date ${JSON.stringify(date)}`,
			(f) => (f.events[2].date = date),
			'events.json › 2022-01-06-curfew › date: must be a real calendar date written YYYY-MM-DD'
		]),
		[
			'a figure reported on a date in another format',
			(f) => (f.figures[0].asOf = '2022-01-06T12:00:00.000Z'),
			'figures.json › detained-06-a › asOf: must be a real calendar date written YYYY-MM-DD'
		],
		[
			'a missing German title',
			(f) => delete f.events[0].title.de,
			'events.json › 2022-01-05-akimat-stormed › title.de: the German translation is missing'
		],
		[
			'an empty German summary',
			(f) => (f.events[0].summary.de = ''),
			'events.json › 2022-01-05-akimat-stormed › summary.de: must not be empty'
		],
		[
			'a German note of whitespace only',
			(f) => (f.events[0].note = { en: 'A note.', de: ' \t ' }),
			'events.json › 2022-01-05-akimat-stormed › note.de: must not be empty'
		],
		[
			'a missing English claimant',
			(f) => delete f.figures[0].claimant.en,
			'figures.json › detained-06-a › claimant.en: the English text is missing'
		],
		[
			'a missing Russian place name',
			(f) => delete f.places.features[0].properties.name.ru,
			'places.geojson › almaty › properties.name.ru: the Russian name is missing'
		],
		[
			'a translation that is a number',
			(f) => (f.events[0].summary.de = 42),
			'events.json › 2022-01-05-akimat-stormed › summary.de: must be text'
		],
		[
			'a text that is a plain string instead of {en, de}',
			(f) => (f.events[0].summary = 'A crowd broke in.'),
			'events.json › 2022-01-05-akimat-stormed › summary: must be an object with English and German text'
		]
	];

	it.each(hostile)('rejects %s, naming file, record and field', (_name, breakIt, message) => {
		const f = files();
		breakIt(f);
		const found = problems(f);
		expect(
			found.some((p) => p.startsWith(message)),
			found.join('\n')
		).toBe(true);
	});

	it('accepts a lone "<" and "&" in plain text', () => {
		const f = files();
		f.events[0].summary.en = 'Fewer than 10 (< 10) were hurt; Police & Guard said 3 > 2.';
		expect(problems(f)).toEqual([]);
	});

	it.each(cases)('reports %s', (_name, breakIt, message) => {
		const f = files();
		breakIt(f);
		expect(problems(f)).toContain(message);
	});

	it('reports every problem at once, not just the first', () => {
		const f = files();
		f.events[0].places = ['nowhere'];
		f.figures[0].sources = [];
		delete f.events[1].title.de;
		expect(problems(f)).toHaveLength(3);
	});

	it('publishes nothing when anything is wrong', () => {
		const f = files();
		f.events[0].type = 'riot';
		const v = validateRecord(f);
		expect(v.ok).toBe(false);
		expect(v.record).toBeNull();
	});
});

describe('loadRecord', () => {
	const texts = () => {
		const f = validFiles();
		return {
			'sources.json': JSON.stringify(f.sources),
			'places.geojson': JSON.stringify(f.places),
			'events.json': JSON.stringify(f.events),
			'figures.json': JSON.stringify(f.figures),
			'alliance.json': JSON.stringify(f.alliance),
			'days.json': JSON.stringify(f.days)
		};
	};

	it('loads valid files', () => {
		expect(loadRecord(texts()).ok).toBe(true);
	});

	it('names a file that is not valid JSON', () => {
		const t = { ...texts(), 'events.json': '[{"id": "x",]' };
		const v = loadRecord(t);
		expect(v.ok).toBe(false);
		expect(formatProblem(v.problems[0]!)).toMatch(
			/^events\.json › \(file\) › \(json\): not valid JSON: /
		);
	});

	it('names a missing file', () => {
		const { 'figures.json': _gone, ...rest } = texts();
		expect(loadRecord(rest).problems.map(formatProblem)).toEqual([
			'figures.json › (file) › (file): file is missing'
		]);
	});
});
