/**
 * The record's sourcing rules (geo/README.md, "Source tiers" and "Confidence"), as pure functions
 * over sources: who a source's report really comes from, how many independent reports a set of
 * sources adds up to, and whether a source could have reported a day at all.
 */
import type { EventType } from './vocabulary';
import type { Source } from './schema';

/** Tiers that carry reporting of their own; aggregators and reference works only pass it on. */
const REPORTING_TIERS = new Set<Source['tier']>(['official', 'wire', 'outlet']);

/**
 * Event types that are acts or words of an authority itself (a decree, a troop order, a
 * statement): there, the authority's own record is primary evidence that the act happened.
 */
const SELF_RECORDED: ReadonlySet<EventType> = new Set([
	'decision',
	'deployment',
	'withdrawal',
	'reaction'
]);

/**
 * Sites the record never cites, whatever tier they are filed under (the brief's "never a content
 * farm, forum, lyrics site or children's wiki"): what they say has to be found in the report they
 * took it from. Matched on the host and its subdomains (en.vikidia.org is vikidia.org).
 */
const UNCITABLE_SITES: ReadonlyArray<[host: string, what: string]> = [
	['vikidia.org', "a children's encyclopaedia"],
	['kiddle.co', "a children's encyclopaedia"],
	['wikikids.nl', "a children's encyclopaedia"],
	['simple.wikipedia.org', 'a simplified encyclopaedia'],
	['reddit.com', 'a forum'],
	['quora.com', 'a question-and-answer forum'],
	['genius.com', 'a lyrics site'],
	['azlyrics.com', 'a lyrics site']
];

/** What kind of uncitable site `url` is on, or null when the site may be cited. */
export function uncitableSite(url: string): string | null {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return null; // the schema already refuses what is not a URL
	}
	const hit = UNCITABLE_SITES.find(([site]) => host === site || host.endsWith(`.${site}`));
	return hit ? hit[1] : null;
}

/** Who a source's report comes from: an aggregator's original, otherwise the outlet itself. */
function originator(s: Pick<Source, 'outlet' | 'copyOf'>): string {
	return (s.copyOf ?? s.outlet).trim().toLowerCase();
}

/**
 * The distinct reports behind a set of sources: copies of one outlet's report count once, and
 * reference works (encyclopaedias, chronologies) report nothing of their own.
 */
function independentReports(sources: readonly Source[]): string[] {
	const origins = sources.filter((s) => s.tier !== 'reference').map(originator);
	return [...new Set(origins)];
}

/** True when no source reports on its own: only aggregators' copies and reference works. */
export function restsOnCopies(sources: readonly Source[]): boolean {
	return !sources.some((s) => REPORTING_TIERS.has(s.tier));
}

/**
 * Why an event may not be `confirmed`, or null when it may: two independent reports, or an
 * official record of an authority's own act.
 */
export function confirmedProblem(type: EventType, sources: readonly Source[]): string | null {
	if (restsOnCopies(sources))
		return '"confirmed" cannot rest on aggregators and reference works alone: use "reported"';
	const reports = independentReports(sources);
	if (reports.length >= 2) return null;
	if (SELF_RECORDED.has(type) && sources.some((s) => s.tier === 'official')) return null;
	const who = reports.length === 1 ? ` (${reports[0]})` : '';
	return `"confirmed" needs two independent reports, or an official record of an authority's own act; these sources come down to one report${who}: use "reported"`;
}

/**
 * True when a source published on `published` (a day, a month, or unknown) cannot have reported
 * something that happened on `day`. An unknown date proves nothing either way.
 */
export function publishedBefore(published: string | null, day: string): boolean {
	if (published === null) return false;
	return published.length === 7 ? published < day.slice(0, 7) : published < day;
}
