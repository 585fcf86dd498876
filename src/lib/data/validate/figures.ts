/** figures.json: a plausible as-of date, a known scope, and sources that could report it then. */
import { FIRST_DAY } from '#lib/data/days.ts';
import { figureSchema, type Figure, type Place } from '#lib/data/schema.ts';
import type { Collector } from './collector';
import { FILES, type RawFiles } from './files';
import type { Sourcing } from './sources';

/** Later revisions (e.g. the 2022 death toll) are kept, but a date past this is a typo. */
const LAST_REPORT_DAY = '2025-12-31';

export function checkFigures(
	c: Collector,
	raw: RawFiles,
	places: Place[],
	sourcing: Sourcing
): Figure[] {
	const placeIds = new Set(places.map((p) => p.id));
	const figures = c.parseList(figureSchema, raw.figures, FILES.figures);
	for (const g of figures) {
		if (g.asOf < FIRST_DAY || g.asOf > LAST_REPORT_DAY)
			c.add(FILES.figures, g.id, 'asOf', `${g.asOf} is outside ${FIRST_DAY} … ${LAST_REPORT_DAY}`);
		c.refs(FILES.figures, g.id, 'scope', [g.scope], placeIds, 'place');
		sourcing.cite(FILES.figures, g.id, 'sources', g.sources);
		const asOf = g.asOfPrecision === 'month' ? g.asOf.slice(0, 7) : g.asOf;
		sourcing.notBefore(FILES.figures, g.id, g.sources, asOf, "the figure's asOf");
		sourcing.onCopies(FILES.figures, g.id, g.sources, g.singleReport);
	}
	return figures;
}
