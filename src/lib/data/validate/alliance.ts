/**
 * alliance.json: the CSTO members (the host sends no contingent, a contributor does, and it
 * leaves after it arrives) and the routes of the airlift and the way home.
 */
import { DAYS, FIRST_DAY, LAST_DAY } from '#lib/data/days.ts';
import {
	allianceSchema,
	memberSchema,
	routeSchema,
	type Member,
	type Place,
	type Route
} from '#lib/data/schema.ts';
import { confirmedProblem } from '#lib/data/sourcing.ts';
import type { Collector } from './collector';
import { FILES, type RawFiles } from './files';
import type { Sourcing } from './sources';

/** A raw member's name in a problem: its ISO code, or `#index` when it has no usable one. */
export function memberName(raw: unknown, index: number): string {
	const iso2 = (raw as { iso2?: unknown } | null)?.iso2;
	return typeof iso2 === 'string' && /^[A-Z]{2}$/.test(iso2) ? iso2 : `#${index}`;
}

export function checkAlliance(
	c: Collector,
	raw: RawFiles,
	places: Place[],
	sourcing: Sourcing
): { members: Member[]; routes: Route[] } {
	const placeIds = new Set(places.map((p) => p.id));
	const root = c.parse(allianceSchema, raw.alliance, FILES.alliance, '(file)');
	const members = root
		? c.parseList(memberSchema, root.members, FILES.alliance, (m) => m.iso2)
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
		sourcing.cite(f, m.iso2, 'contingent.sources', k.sources);
		k.sizes.forEach((s, i) => {
			sourcing.cite(f, m.iso2, `contingent.sizes.${i}.sources`, s.sources);
			sourcing.notBefore(f, m.iso2, s.sources, s.asOf, `contingent.sizes.${i}'s asOf`);
		});
	}
	const contributors = new Set(members.filter((m) => m.contingent).map((m) => m.iso2));
	const routes = root ? c.parseList(routeSchema, root.routes, FILES.alliance) : [];
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
		sourcing.cite(f, r.id, 'sources', r.sources);
		sourcing.notBefore(f, r.id, r.sources, r.date, "the route's date");
		if (r.certainty === 'confirmed') {
			const why = confirmedProblem(r.direction, sourcing.of(r.sources));
			if (why) c.add(f, r.id, 'certainty', why);
		}
	}
	return { members, routes };
}
