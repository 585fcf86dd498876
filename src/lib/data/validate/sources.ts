/**
 * sources.json: each source on its own, and the sourcing rules every other file's checks apply
 * through the returned `Sourcing` (known ids, publication before the day reported, copies only
 * with a reason). What was never cited is checked last, once everything else holds.
 */
import { sourceSchema, type Source } from '#lib/data/schema.ts';
import { publishedBefore, restsOnCopies, uncitableSite } from '#lib/data/sourcing.ts';
import type { Collector } from './collector';
import { FILES, type RawFiles } from './files';

/** The parsed sources, and the checks other files make against them. */
export interface Sourcing {
	sources: Source[];
	/** The sources with these ids (unknown ids left out). */
	of(ids: string[]): Source[];
	/** The seed article of a source, if it is one. */
	seedOf(id: string): string | undefined;
	/** Records that `ids` are cited here, and that each is a known source. */
	cite(file: string, record: string, field: string, ids: string[]): void;
	/** A source cannot report a day after the one it was published on. */
	notBefore(file: string, record: string, ids: string[], day: string, what: string): void;
	/** Aggregators and reference works alone are published only with the stated reason. */
	onCopies(file: string, record: string, ids: string[], reason: unknown): void;
	/** Once everything else holds: every seed represented, every source cited. */
	checkCompleteness(seedsCited: Set<string>): void;
}

function checkSource(c: Collector, s: Source) {
	const f = FILES.sources;
	if (s.published === null && s.accessed === undefined)
		c.add(f, s.id, 'accessed', 'is required when published is null: say when the source was read');
	const uncitable = s.url === undefined ? null : uncitableSite(s.url);
	if (uncitable)
		c.add(
			f,
			s.id,
			'url',
			`is ${uncitable}, which the record never cites: find the report it took this from, or leave the claim out`
		);
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

export function checkSources(c: Collector, raw: RawFiles): Sourcing {
	const sources = c.parseList(sourceSchema, raw.sources, FILES.sources);
	const sourceIds = new Set(sources.map((s) => s.id));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const of = (ids: string[]): Source[] =>
		ids.map((id) => sourceById.get(id)).filter((s): s is Source => s !== undefined);
	for (const s of sources) checkSource(c, s);

	const seeds = new Map<string, string>();
	for (const s of sources) {
		if (!s.seed) continue;
		if (seeds.has(s.seed))
			c.add(FILES.sources, s.id, 'seed', `seed file also claimed by "${seeds.get(s.seed)}"`);
		seeds.set(s.seed, s.id);
	}

	const cited = new Set<string>();
	return {
		sources,
		of,
		seedOf: (id) => sources.find((x) => x.id === id)?.seed,
		cite(file, record, field, ids) {
			ids.forEach((id) => cited.add(id));
			c.refs(file, record, field, ids, sourceIds, 'source');
		},
		notBefore(file, record, ids, day, what) {
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
		},
		onCopies(file, record, ids, reason) {
			if (reason === undefined && restsOnCopies(of(ids)))
				c.add(
					file,
					record,
					'singleReport',
					'every source is an aggregator or a reference work: find the original report, or say why this is published on a single report'
				);
		},
		checkCompleteness(seedsCited) {
			for (const [seed, id] of seeds)
				if (!seedsCited.has(seed))
					c.add(FILES.sources, id, 'seed', `seed article ${seed} is not represented by any event`);
			for (const s of sources)
				if (!cited.has(s.id)) c.add(FILES.sources, s.id, 'id', 'is never cited by any record');
		}
	};
}
