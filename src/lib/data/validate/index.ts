/**
 * Validates the raw geo/ files against the schema and against each other, and returns either
 * the typed record or every problem found. Nothing half-valid comes out: one problem, no record.
 * One check per file, in this order (the order the problems are listed in); the sourcing rules
 * that every file's checks apply come with the sources (sources.ts).
 */
import type { EventRecord } from '#lib/data/schema.ts';
import { checkAlliance } from './alliance';
import { Collector } from './collector';
import { checkDays } from './days';
import { checkEvents } from './events';
import { checkFigures } from './figures';
import type { Problem, RawFiles } from './files';
import { checkPlaces } from './places';
import { checkSources } from './sources';
import { checkWording } from './wording';

export { FILES, README, formatProblem, type Problem, type RawFiles } from './files';

export type Validation =
	| { ok: true; record: EventRecord; problems: [] }
	| { ok: false; record: null; problems: Problem[] };

/** Validates all geo/ files; see geo/README.md for the format. */
export function validateRecord(raw: RawFiles): Validation {
	const c = new Collector();
	const sourcing = checkSources(c, raw);
	const places = checkPlaces(c, raw, sourcing);
	const { events, seedsCited } = checkEvents(c, raw, places, sourcing);
	const figures = checkFigures(c, raw, places, sourcing);
	const leads = checkDays(c, raw, sourcing);
	const { members, routes } = checkAlliance(c, raw, places, sourcing);
	checkWording(c, raw);

	// Completeness says nothing useful about records that were dropped as invalid, so it is
	// checked only once everything else holds.
	if (c.problems.length === 0) sourcing.checkCompleteness(seedsCited);

	if (c.problems.length > 0) return { ok: false, record: null, problems: c.problems };
	// Stable: within a day the authored order (by time where known) stands.
	const byDate = [...events].sort((a, b) => a.date.localeCompare(b.date));
	return {
		ok: true,
		record: {
			sources: sourcing.sources,
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
