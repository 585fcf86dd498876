/**
 * Pure selectors over the validated record: the one source of truth that the map, the timeline,
 * the page text and the tests read. Days are `YYYY-MM-DD` labels (see days.ts); comparing them
 * as strings is comparing dates.
 */
import { DAYS } from './days';
import type {
	DayLead,
	Event,
	EventRecord,
	Figure,
	Member,
	Metric,
	Place,
	Route,
	Source
} from './schema';

/** True when the event happens on `day`, counting every day of a multi-day event. */
function isOnDay(e: Pick<Event, 'date' | 'endDate'>, day: string): boolean {
	return e.date === day || (e.endDate !== undefined && e.date < day && day <= e.endDate);
}

/**
 * The events of one day: those that begin that day first, then those still going on from
 * earlier days (e.g. the internet blackout), each in record order.
 */
export function eventsOn(record: EventRecord, day: string): Event[] {
	const starting = record.events.filter((e) => e.date === day);
	const continuing = record.events.filter((e) => e.date !== day && isOnDay(e, day));
	return [...starting, ...continuing];
}

/**
 * What was said abroad on `day`: its `reaction` events, in the day's order, wherever they were
 * said. Those at places off the map (Washington, Brussels) are drawn nowhere, and those in the
 * region (Berlin, Moscow) may lie outside the current view: the "Said abroad" box lists them all.
 */
export function reactionsOn(record: EventRecord, day: string): Event[] {
	return eventsOn(record, day).filter((e) => e.type === 'reaction');
}

/**
 * What happened across the whole country on `day` (a state of emergency, the internet blackout):
 * events placed at the country itself, which no point on the map stands for. The map emphasises
 * the country's outline and the stage lists them. Reactions are listed as said abroad instead.
 */
export function nationwideOn(record: EventRecord, day: string): Event[] {
	const places = placeById(record);
	return eventsOn(record, day).filter(
		(e) => e.type !== 'reaction' && places.get(mainPlaceId(e))?.precision === 'country'
	);
}

/** Events that started before `day` (earlier days, drawn faded on the map). */
export function eventsBefore(record: EventRecord, day: string): Event[] {
	return record.events.filter((e) => e.date < day && !isOnDay(e, day));
}

/** Number of events on each timeline day, in timeline order. */
export function eventCountsByDay(record: EventRecord): { day: string; count: number }[] {
	return DAYS.map((day) => ({ day, count: eventsOn(record, day).length }));
}

export function placeById(record: EventRecord): Map<string, Place> {
	return new Map(record.places.map((p) => [p.id, p]));
}

/**
 * The id of an event's main place: the first it names (geo/README.md). The map draws the event
 * there, and it is the place whose precision the event's symbol and text show; a route's further
 * places are only written out ("Almaty → Kapchagay").
 */
export function mainPlaceId(e: Pick<Event, 'places'>): string {
	return e.places[0]!;
}

/** Every place an event names, in its order (the main place first); unknown ids are skipped. */
export function placesOf(e: Pick<Event, 'places'>, places: Map<string, Place>): Place[] {
	return e.places.map((id) => places.get(id)).filter((p): p is Place => p !== undefined);
}

/** An event's main place (see mainPlaceId); undefined only for a record that failed validation. */
export function mainPlace(e: Pick<Event, 'places'>, places: Map<string, Place>): Place | undefined {
	return places.get(mainPlaceId(e));
}

/** The events, in their order, whose main place is `placeId`. */
export function eventsAtPlace(events: Event[], placeId: string): Event[] {
	return events.filter((e) => mainPlaceId(e) === placeId);
}

/** The records an event or a figure cites, in its order; ids the record lacks are skipped. */
export function sourcesOf(ids: readonly string[], sources: Map<string, Source>): Source[] {
	return ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
}

/** The places where something happened on `day`, each once, in order of first mention. */
export function placesActiveOn(record: EventRecord, day: string): Place[] {
	const byId = placeById(record);
	const ids = new Set(eventsOn(record, day).flatMap((e) => e.places));
	return [...ids].map((id) => byId.get(id)).filter((p): p is Place => p !== undefined);
}

/** All claims for one metric and scope reported on the same, latest day up to the day asked. */
export interface FigureGroup {
	metric: Metric;
	scope: string;
	asOf: string;
	/** Every claim of that day, highest value first; retracted ones stay, marked by their status. */
	claims: Figure[];
	/** True when the claims of that day disagree. */
	conflict: boolean;
	/** The claims of the previous reporting day, to show how the number moved. */
	previous: Figure[];
}

/** Metrics in the order the figures panel shows them. */
const METRIC_ORDER: readonly Metric[] = [
	'killed-total',
	'killed-protesters',
	'killed-security',
	'killed-civilians',
	'injured-total',
	'injured-security',
	'hospitalised',
	'detained',
	'criminal-cases',
	'troops-deployed'
];

/**
 * The latest reported figures as of the end of `day`, grouped by metric and scope
 * (nationwide first), with conflicting claims side by side.
 */
export function latestFigures(record: EventRecord, day: string): FigureGroup[] {
	const groups = new Map<string, Figure[]>();
	for (const f of record.figures) {
		if (f.asOf > day) continue;
		const key = `${f.metric}|${f.scope}`;
		groups.set(key, [...(groups.get(key) ?? []), f]);
	}
	const out: FigureGroup[] = [];
	for (const figures of groups.values()) {
		const dates = [...new Set(figures.map((f) => f.asOf))].sort();
		const asOf = dates.at(-1)!;
		const claims = figures.filter((f) => f.asOf === asOf).sort((a, b) => b.value - a.value);
		const live = claims.filter((f) => f.status !== 'retracted');
		const prevDate = dates.at(-2);
		out.push({
			metric: claims[0]!.metric,
			scope: claims[0]!.scope,
			asOf,
			claims,
			conflict: new Set(live.map((f) => `${f.qualifier}:${f.value}`)).size > 1,
			previous: prevDate ? figures.filter((f) => f.asOf === prevDate) : []
		});
	}
	const scopeRank = (s: string) => (s === 'kazakhstan' ? 0 : 1);
	return out.sort(
		(a, b) =>
			METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) ||
			scopeRank(a.scope) - scopeRank(b.scope) ||
			a.scope.localeCompare(b.scope)
	);
}

/**
 * How one metric was reported over time (for the chart): every claim for the scope, by date,
 * retracted ones and those reported after the timeline included. The chart draws a retracted claim
 * crossed out and never joins it into its line (`chartable`, `visibleRetractions`), and shows the
 * latest official figure of a later date apart from the days (`laterOfficialFigure`).
 */
export function figureSeries(record: EventRecord, metric: Metric, scope = 'kazakhstan'): Figure[] {
	return record.figures
		.filter((f) => f.metric === metric && f.scope === scope)
		.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.value - b.value);
}

/** Reported on a timeline day to the day (not a month total of a later report). */
function onAxis(f: Figure, days: ReadonlySet<string>): boolean {
	return days.has(f.asOf) && f.asOfPrecision !== 'month';
}

/**
 * The claims a chart can place and join: reported on a timeline day (so never after the last
 * one, and never the month-precision totals of later reports), not retracted.
 */
export function chartable(figures: Figure[], days: readonly string[]): Figure[] {
	const axis = new Set(days);
	return figures.filter((f) => onAxis(f, axis) && f.status !== 'retracted');
}

/** The claims drawn on `day`: chartable and reported by the end of that day. */
export function visibleClaims(figures: Figure[], days: readonly string[], day: string): Figure[] {
	return chartable(figures, days).filter((f) => f.asOf <= day);
}

/**
 * The retracted claims reported on a timeline day by the end of `day` (the 164 dead of
 * 9 January): drawn on their day, crossed out, joined to nothing.
 */
export function visibleRetractions(
	figures: Figure[],
	days: readonly string[],
	day: string
): Figure[] {
	const axis = new Set(days);
	return figures.filter((f) => onAxis(f, axis) && f.status === 'retracted' && f.asOf <= day);
}

/** The latest official figure of a series, when it was first given after the timeline. */
export interface LaterFigure {
	/** The claimant's last own revision (status `revised`), e.g. 238 dead, August 2022. */
	figure: Figure;
	/** The latest claim that repeats it (same value and qualifier), or the figure itself. */
	lastStated: Figure;
}

/**
 * The last word of a series: its latest revision (a revision is a claimant's own update of its
 * earlier figure, geo/README.md: for the death toll, the Prosecutor General's Office's chain
 * 225 → 230 → 232 → 241 → 238), with the latest later claim that repeats that number. Null when
 * the series has no revision, or when its latest revision was given on a timeline day (then the
 * chart already shows it on its day). Retracted claims never count; independent counts (lists of
 * the dead) are `reported`, not revisions, and are left to the figures panel.
 */
export function laterOfficialFigure(
	figures: Figure[],
	days: readonly string[]
): LaterFigure | null {
	const live = figures.filter((f) => f.status !== 'retracted');
	const revisions = live
		.filter((f) => f.status === 'revised')
		.sort((a, b) => a.asOf.localeCompare(b.asOf));
	const figure = revisions.at(-1);
	const last = days.at(-1);
	if (!figure || last === undefined || figure.asOf <= last) return null;
	const repeats = live
		.filter(
			(f) => f.asOf > figure.asOf && f.value === figure.value && f.qualifier === figure.qualifier
		)
		.sort((a, b) => a.asOf.localeCompare(b.asOf));
	return { figure, lastStated: repeats.at(-1) ?? figure };
}

/** Claims grouped by report day, days in order, each day's claims lowest value first. */
export function claimsByDay(figures: Figure[]): [string, Figure[]][] {
	const groups = new Map<string, Figure[]>();
	for (const f of figures) groups.set(f.asOf, [...(groups.get(f.asOf) ?? []), f]);
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([d, fs]) => [d, fs.sort((a, b) => a.value - b.value || a.id.localeCompare(b.id))]);
}

export type MemberStatus = 'host' | 'member' | 'deployed' | 'withdrawn';

/** Where each CSTO state stands on `day`: host, member only, troops in Kazakhstan, or gone home. */
export function memberStatusOn(member: Member, day: string): MemberStatus {
	if (member.role === 'host') return 'host';
	const k = member.contingent;
	if (!k || day < k.arrived) return 'member';
	return day < k.departed ? 'deployed' : 'withdrawn';
}

/** How far a site may lie from a city of the record and still be named by it, in km. */
const SITE_TO_CITY_KM = 40;

/** Distance in km on a sphere, equirectangular: exact enough at tens of kilometres. */
function km(a: [number, number], b: [number, number]): number {
	const rad = Math.PI / 180;
	const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
	return Math.hypot(x, (b[1] - a[1]) * rad) * 6371;
}

/**
 * The place whose name labels a place on the map, and whose marker stands for it at region and
 * country zoom: a city or region itself; a building or site the nearest city of the record within
 * SITE_TO_CITY_KM (Republic Square: Almaty), else itself; nothing for the whole country.
 */
export function labelPlaceOf(place: Place, places: Iterable<Place>): Place | null {
	if (place.precision === 'country') return null;
	if (place.precision === 'city' || place.precision === 'region') return place;
	let best: Place | null = null;
	let bestKm = SITE_TO_CITY_KM;
	for (const city of places) {
		if (city.precision !== 'city' || city.offMap) continue;
		const d = km(place.point, city.point);
		if (d < bestKm) [best, bestKm] = [city, d];
	}
	return best ?? place;
}

/** States whose contingent is in Kazakhstan on `day`. */
export function contingentsPresentOn(record: EventRecord, day: string): Member[] {
	return record.members.filter((m) => memberStatusOn(m, day) === 'deployed');
}

/** Airlift and road routes in use on `day`. */
export function routesOn(record: EventRecord, day: string): Route[] {
	return record.routes.filter((r) => r.date <= day && day <= (r.endDate ?? r.date));
}

/**
 * The day's written lead (geo/days.json): the headline and dek the day page opens with. The
 * validator guarantees one for every timeline day, so a missing one is a programming error.
 */
export function dayLead(record: EventRecord, day: string): DayLead {
	const lead = record.days.find((d) => d.date === day);
	if (!lead) throw new Error(`no lead for ${day} in days.json`);
	return lead;
}

/**
 * How the nationwide death toll was revised: every killed-total figure for Kazakhstan that
 * replaced its claimant's earlier one, oldest first (the methodology page's corrections log;
 * the retracted 164 has an entry of its own there).
 */
export function deathTollRevisions(record: EventRecord): Figure[] {
	return record.figures
		.filter(
			(f) => f.metric === 'killed-total' && f.scope === 'kazakhstan' && f.status === 'revised'
		)
		.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.value - b.value);
}

/** One of the day's headline numbers (the key-figures strip under the page's headline). */
export interface KeyFigure {
	metric: Metric;
	/**
	 * The number shown: the highest standing claim (not retracted, reported to the day) of the
	 * latest day with one, by the end of `day`, nationwide; null when none yet.
	 */
	claim: Figure | null;
	/** Every standing claim of that day, highest first (one, or several that may differ). */
	claims: Figure[];
	/** The claims of that day give more than one number (as the figures panel's badge). */
	conflict: boolean;
}

/** The troops present, with the contingents in the country on the day (alliance.json). */
interface TroopsFigure extends KeyFigure {
	/** How many states' contingents are in Kazakhstan on `day`. */
	contingents: number;
	/** Every contingent that came has gone home by `day`: the last troop figure is history. */
	withdrawn: boolean;
}

export interface KeyFigures {
	/** With, while no overall toll has been reported, the tolls of parts (security forces, others). */
	killed: KeyFigure & { parts: KeyFigure[] };
	detained: KeyFigure;
	troops: TroopsFigure;
}

/** The latest standing nationwide claims of a metric by the end of `day` (see KeyFigure). */
function keyFigure(record: EventRecord, metric: Metric, day: string): KeyFigure {
	const standing = record.figures.filter(
		(f) =>
			f.metric === metric &&
			f.scope === 'kazakhstan' &&
			f.status !== 'retracted' &&
			f.asOfPrecision !== 'month' &&
			f.asOf <= day
	);
	const asOf = standing
		.map((f) => f.asOf)
		.sort()
		.at(-1);
	const claims = standing
		.filter((f) => f.asOf === asOf)
		.sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
	return {
		metric,
		claim: claims[0] ?? null,
		claims,
		conflict: new Set(claims.map((f) => `${f.qualifier}:${f.value}`)).size > 1
	};
}

/**
 * The three numbers a reader wants first, as known at the end of `day`: killed (all,
 * nationwide), detained (nationwide), and the CSTO troops present (the troop strength as last
 * reported, with the number of contingents in the country). Never a figure reported after the
 * day, never a retracted one (the 164 of 9 January leaves the more than 40 of 8 January standing).
 */
export function keyFigures(record: EventRecord, day: string): KeyFigures {
	const contingents = contingentsPresentOn(record, day).length;
	// Before the first overall toll (8 January) the ministry counted the security forces' dead
	// and the "armed criminals" apart: the strip shows those, never their sum.
	const killed = keyFigure(record, 'killed-total', day);
	const parts = [
		keyFigure(record, 'killed-security', day),
		keyFigure(record, 'killed-protesters', day)
	];
	const gone = record.members.some((m) => m.contingent && m.contingent.departed <= day);
	return {
		killed: { ...killed, parts: killed.claim ? [] : parts.filter((p) => p.claim) },
		detained: keyFigure(record, 'detained', day),
		troops: {
			...keyFigure(record, 'troops-deployed', day),
			contingents,
			withdrawn: contingents === 0 && gone
		}
	};
}
