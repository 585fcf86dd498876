/**
 * Validates the raw geo/ files against the schema and against each other, and returns either
 * the typed record or every problem found. Nothing half-valid comes out: one problem, no record.
 */
import type { z } from 'zod';
import { REGION_BBOX } from '#lib/data/region.ts';
import { DAYS, FIRST_DAY, LAST_DAY } from './days';
import { confirmedProblem, publishedBefore, restsOnCopies } from './sourcing';
import { jargonProblem, readerTexts, spellingProblem, type Transliteration } from './wording';
import {
	allianceSchema,
	dayLeadSchema,
	eventSchema,
	figureSchema,
	memberSchema,
	placeFeatureSchema,
	placesSchema,
	routeSchema,
	sourceSchema,
	type EventRecord,
	type Place,
	type PlaceFeature,
	type Source
} from './schema';

export const FILES = {
	sources: 'sources.json',
	places: 'places.geojson',
	events: 'events.json',
	figures: 'figures.json',
	alliance: 'alliance.json',
	days: 'days.json'
} as const;

/** The parsed geo/ files, and the transliteration table read from geo/README.md. */
export type RawFiles = Record<keyof typeof FILES, unknown> & {
	transliteration?: Transliteration[];
};

/** geo/README.md: the data's documentation, whose transliteration table the validator applies. */
export const README = 'README.md';

/** Longest headline and dek of a day (characters): what fits the lead without wrapping thrice. */
export const HEADLINE_MAX = 90;
export const DEK_MAX = 300;

export interface Problem {
	file: string;
	/** The record's id, or `#index` when it has none. */
	record: string;
	field: string;
	message: string;
}

export type Validation =
	| { ok: true; record: EventRecord; problems: [] }
	| { ok: false; record: null; problems: Problem[] };

export function formatProblem(p: Problem): string {
	return `${p.file} › ${p.record} › ${p.field}: ${p.message}`;
}

/** Everything the map shows lies in this box [west, south, east, north]; see basemap. */
const REGION = REGION_BBOX;
/** Later revisions (e.g. the 2022 death toll) are kept, but a date past this is a typo. */
const LAST_REPORT_DAY = '2025-12-31';

function inRegion([lon, lat]: [number, number]): boolean {
	return lon >= REGION[0] && lon <= REGION[2] && lat >= REGION[1] && lat <= REGION[3];
}

function recordName(raw: unknown, index: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id.length > 0 && id.length <= 80 ? id : `#${index}`;
}

/** A point inside a polygon's outer ring for drawing: the mean of its distinct vertices. */
function ringCentre(ring: [number, number][]): [number, number] {
	const pts = ring.slice(0, -1);
	const lon = pts.reduce((s, p) => s + p[0], 0) / pts.length;
	const lat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
	return [lon, lat];
}

class Collector {
	problems: Problem[] = [];

	add(file: string, record: string, field: string, message: string) {
		this.problems.push({ file, record, field, message });
	}

	/** Parses one value; schema issues become problems and the value is dropped. */
	parse<S extends z.ZodType>(
		schema: S,
		raw: unknown,
		file: string,
		record: string
	): z.infer<S> | null {
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const field = issue.path.length ? issue.path.join('.') : '(record)';
			this.add(file, record, field, issue.message);
		}
		return null;
	}

	/** Parses an array of records, each on its own, and reports duplicate ids. */
	parseList<S extends z.ZodType>(
		schema: S,
		raw: unknown,
		file: string,
		key: (r: z.infer<S>) => string = (r) => (r as { id: string }).id,
		name: (raw: unknown, index: number) => string = recordName
	): z.infer<S>[] {
		if (!Array.isArray(raw)) {
			this.add(file, '(file)', '(root)', 'must be a JSON array of records');
			return [];
		}
		const seen = new Set<string>();
		const out: z.infer<S>[] = [];
		raw.forEach((item, i) => {
			const parsed = this.parse(schema, item, file, name(item, i));
			if (!parsed) return;
			const k = key(parsed);
			if (seen.has(k)) this.add(file, k, 'id', `duplicate id "${k}"`);
			seen.add(k);
			out.push(parsed);
		});
		return out;
	}

	refs(
		file: string,
		record: string,
		field: string,
		values: string[],
		known: Set<string>,
		what: string
	) {
		values.forEach((v, i) => {
			if (!known.has(v)) this.add(file, record, `${field}.${i}`, `unknown ${what} id "${v}"`);
		});
	}
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

function checkSource(c: Collector, s: Source) {
	const f = FILES.sources;
	if (s.published === null && s.accessed === undefined)
		c.add(f, s.id, 'accessed', 'is required when published is null: say when the source was read');
	if (s.tier === 'aggregator' && s.copyOf === undefined)
		c.add(f, s.id, 'copyOf', 'an aggregator must name the outlet whose report it copies');
	if (s.tier !== 'aggregator' && s.copyOf !== undefined)
		c.add(
			f,
			s.id,
			'copyOf',
			`only an aggregator copies another outlet's report; a ${s.tier} text read on another site names that site in "via"`
		);
}

/** Reader-facing words: no project jargon anywhere, and listed names spelled per language. */
function checkWording(c: Collector, raw: RawFiles) {
	const table = raw.transliteration ?? [];
	const lists: [string, unknown, (r: unknown, i: number) => string][] = [
		[FILES.sources, raw.sources, recordName],
		[FILES.places, (raw.places as { features?: unknown } | null)?.features, recordName],
		[FILES.events, raw.events, recordName],
		[FILES.figures, raw.figures, recordName],
		[FILES.alliance, (raw.alliance as { members?: unknown } | null)?.members, memberName],
		[FILES.alliance, (raw.alliance as { routes?: unknown } | null)?.routes, recordName],
		[FILES.days, raw.days, dayName]
	];
	for (const [file, list, name] of lists) {
		if (!Array.isArray(list)) continue;
		list.forEach((item, i) => {
			for (const t of readerTexts(item)) {
				const why = jargonProblem(t.text) ?? (t.lang && spellingProblem(t.text, t.lang, table));
				if (why) c.add(file, name(item, i), t.field, why);
			}
		});
	}
}

function memberName(raw: unknown, index: number): string {
	const iso2 = (raw as { iso2?: unknown } | null)?.iso2;
	return typeof iso2 === 'string' && /^[A-Z]{2}$/.test(iso2) ? iso2 : `#${index}`;
}

function dayName(raw: unknown, index: number): string {
	const date = (raw as { date?: unknown } | null)?.date;
	return typeof date === 'string' && date.length <= 10 ? date : `#${index}`;
}

/** Validates all geo/ files; see geo/README.md for the format. */
export function validateRecord(raw: RawFiles): Validation {
	const c = new Collector();

	const sources = c.parseList(sourceSchema, raw.sources, FILES.sources);
	const sourceIds = new Set(sources.map((s) => s.id));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const sourcesOf = (ids: string[]): Source[] =>
		ids.map((id) => sourceById.get(id)).filter((s): s is Source => s !== undefined);
	for (const s of sources) checkSource(c, s);
	/** A source cannot report a day after the one it was published on. */
	const notBefore = (file: string, record: string, ids: string[], day: string, what: string) =>
		ids.forEach((id, i) => {
			const s = sourceById.get(id);
			if (s && publishedBefore(s.published, day))
				c.add(
					file,
					record,
					`sources.${i}`,
					`"${id}" was published ${s.published}, before ${what} ${day}: a source cannot report what had not happened yet`
				);
		});
	/** Aggregators and reference works alone are published only with the stated reason. */
	const onCopies = (file: string, record: string, ids: string[], reason: unknown) => {
		if (reason === undefined && restsOnCopies(sourcesOf(ids)))
			c.add(
				file,
				record,
				'singleReport',
				'every source is an aggregator or a reference work: find the original report, or say why this is published on a single report'
			);
	};
	const cited = new Set<string>();
	const cite = (file: string, record: string, field: string, ids: string[]) => {
		ids.forEach((id) => cited.add(id));
		c.refs(file, record, field, ids, sourceIds, 'source');
	};

	const seeds = new Map<string, string>();
	for (const s of sources) {
		if (!s.seed) continue;
		if (seeds.has(s.seed))
			c.add(FILES.sources, s.id, 'seed', `seed file also claimed by "${seeds.get(s.seed)}"`);
		seeds.set(s.seed, s.id);
	}

	// places
	const placesRoot = c.parse(placesSchema, raw.places, FILES.places, '(file)');
	const placeFeatures = placesRoot
		? c.parseList(placeFeatureSchema, placesRoot.features, FILES.places)
		: [];
	for (const f of placeFeatures) {
		checkPlace(c, f);
		cite(FILES.places, f.id, 'properties.sources', f.properties.sources);
	}
	const places = placeFeatures.map(toPlace);
	const placeIds = new Set(places.map((p) => p.id));

	// events
	const events = c.parseList(eventSchema, raw.events, FILES.events);
	const seedsCited = new Set<string>();
	for (const e of events) {
		const f = FILES.events;
		if (!DAYS.includes(e.date))
			c.add(f, e.id, 'date', `${e.date} is outside the timeline ${FIRST_DAY} … ${LAST_DAY}`);
		if (e.endDate !== undefined) {
			if (e.endDate <= e.date) c.add(f, e.id, 'endDate', `must be after date ${e.date}`);
			else if (!DAYS.includes(e.endDate))
				c.add(
					f,
					e.id,
					'endDate',
					`${e.endDate} is outside the timeline ${FIRST_DAY} … ${LAST_DAY}`
				);
		}
		const timed = e.timePrecision === 'exact' || e.timePrecision === 'approximate';
		if (timed && e.time === undefined)
			c.add(f, e.id, 'time', `is required when timePrecision is "${e.timePrecision}"`);
		if (!timed && e.time !== undefined)
			c.add(f, e.id, 'time', `must be absent when timePrecision is "${e.timePrecision}"`);
		if ((e.timePrecision === 'part-of-day') !== (e.partOfDay !== undefined))
			c.add(f, e.id, 'partOfDay', 'is required exactly when timePrecision is "part-of-day"');
		c.refs(f, e.id, 'places', e.places, placeIds, 'place');
		const drawnAt = places.find((p) => p.id === e.places[0]);
		if (drawnAt?.offMap && e.type !== 'reaction')
			c.add(
				f,
				e.id,
				'places.0',
				`"${drawnAt.id}" lies outside the map region: only a reaction from abroad can be placed there`
			);
		cite(f, e.id, 'sources', e.sources);
		notBefore(f, e.id, e.sources, e.date, "the event's date");
		onCopies(f, e.id, e.sources, e.singleReport);
		if (e.certainty === 'confirmed') {
			const why = confirmedProblem(e.type, sourcesOf(e.sources));
			if (why) c.add(f, e.id, 'certainty', why);
		}
		for (const s of e.sources) {
			const seed = sources.find((x) => x.id === s)?.seed;
			if (seed) seedsCited.add(seed);
		}
		if (e.seedClaim && !e.sources.some((s) => sources.find((x) => x.id === s)?.seed))
			c.add(f, e.id, 'seedClaim', 'is true but no seed article is among the sources');
	}

	// figures
	const figures = c.parseList(figureSchema, raw.figures, FILES.figures);
	for (const g of figures) {
		if (g.asOf < FIRST_DAY || g.asOf > LAST_REPORT_DAY)
			c.add(FILES.figures, g.id, 'asOf', `${g.asOf} is outside ${FIRST_DAY} … ${LAST_REPORT_DAY}`);
		c.refs(FILES.figures, g.id, 'scope', [g.scope], placeIds, 'place');
		cite(FILES.figures, g.id, 'sources', g.sources);
		const asOf = g.asOfPrecision === 'month' ? g.asOf.slice(0, 7) : g.asOf;
		notBefore(FILES.figures, g.id, g.sources, asOf, "the figure's asOf");
		onCopies(FILES.figures, g.id, g.sources, g.singleReport);
	}

	// days: the written lead of every timeline day
	const leads = c.parseList(dayLeadSchema, raw.days, FILES.days, (d) => d.date, dayName);
	for (const d of leads) {
		const f = FILES.days;
		if (!DAYS.includes(d.date))
			c.add(f, d.date, 'date', `${d.date} is outside the timeline ${FIRST_DAY} … ${LAST_DAY}`);
		for (const lang of ['en', 'de'] as const) {
			if (d.headline[lang].length > HEADLINE_MAX)
				c.add(
					f,
					d.date,
					`headline.${lang}`,
					`${d.headline[lang].length} characters; a headline has at most ${HEADLINE_MAX}`
				);
			if (d.dek[lang].length > DEK_MAX)
				c.add(
					f,
					d.date,
					`dek.${lang}`,
					`${d.dek[lang].length} characters; a dek is one or two sentences, at most ${DEK_MAX}`
				);
		}
		cite(f, d.date, 'sources', d.sources);
		notBefore(f, d.date, d.sources, d.date, 'the day');
	}
	if (Array.isArray(raw.days)) {
		const authored = new Set(leads.map((d) => d.date));
		for (const day of DAYS)
			if (!authored.has(day))
				c.add(FILES.days, day, 'headline', 'every timeline day needs a headline and a dek');
	}

	// alliance
	const allianceRoot = c.parse(allianceSchema, raw.alliance, FILES.alliance, '(file)');
	const members = allianceRoot
		? c.parseList(memberSchema, allianceRoot.members, FILES.alliance, (m) => m.iso2)
		: [];
	for (const m of members) {
		const f = FILES.alliance;
		c.refs(f, m.iso2, 'capital', [m.capital], placeIds, 'place');
		if (m.role === 'contributor' && !m.contingent)
			c.add(f, m.iso2, 'contingent', 'a contributing state needs its contingent');
		if (m.role === 'host' && m.contingent)
			c.add(f, m.iso2, 'contingent', 'the host state sends no contingent');
		const k = m.contingent;
		if (!k) continue;
		if (k.departed <= k.arrived)
			c.add(f, m.iso2, 'contingent.departed', `must be after arrived ${k.arrived}`);
		cite(f, m.iso2, 'contingent.sources', k.sources);
		k.sizes.forEach((s, i) => {
			cite(f, m.iso2, `contingent.sizes.${i}.sources`, s.sources);
			notBefore(f, m.iso2, s.sources, s.asOf, `contingent.sizes.${i}'s asOf`);
		});
	}
	const contributors = new Set(members.filter((m) => m.contingent).map((m) => m.iso2));
	const routes = allianceRoot ? c.parseList(routeSchema, allianceRoot.routes, FILES.alliance) : [];
	for (const r of routes) {
		const f = FILES.alliance;
		if (!contributors.has(r.state))
			c.add(f, r.id, 'state', `"${r.state}" is not a contributing member`);
		c.refs(f, r.id, 'from', [r.from], placeIds, 'place');
		c.refs(f, r.id, 'to', [r.to], placeIds, 'place');
		if (r.from === r.to) c.add(f, r.id, 'to', 'a route must end somewhere else than it starts');
		if (!DAYS.includes(r.date))
			c.add(f, r.id, 'date', `${r.date} is outside the timeline ${FIRST_DAY} … ${LAST_DAY}`);
		if (r.endDate !== undefined && (r.endDate <= r.date || !DAYS.includes(r.endDate)))
			c.add(f, r.id, 'endDate', `must be after date ${r.date} and within the timeline`);
		cite(f, r.id, 'sources', r.sources);
		notBefore(f, r.id, r.sources, r.date, "the route's date");
		if (r.certainty === 'confirmed') {
			const why = confirmedProblem(r.direction, sourcesOf(r.sources));
			if (why) c.add(f, r.id, 'certainty', why);
		}
	}

	checkWording(c, raw);

	// Completeness says nothing useful about records that were dropped as invalid, so it is
	// checked only once everything else holds.
	if (c.problems.length === 0) {
		for (const [seed, id] of seeds)
			if (!seedsCited.has(seed))
				c.add(FILES.sources, id, 'seed', `seed article ${seed} is not represented by any event`);
		for (const s of sources)
			if (!cited.has(s.id)) c.add(FILES.sources, s.id, 'id', 'is never cited by any record');
	}

	if (c.problems.length > 0) return { ok: false, record: null, problems: c.problems };
	// Stable: within a day the authored order (by time where known) stands.
	const byDate = [...events].sort((a, b) => a.date.localeCompare(b.date));
	return {
		ok: true,
		record: {
			sources,
			places,
			events: byDate,
			figures,
			members,
			routes,
			days: [...leads].sort((a, b) => a.date.localeCompare(b.date))
		},
		problems: []
	};
}
