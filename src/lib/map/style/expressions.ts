/**
 * The expressions several layer groups share: the current day, the type filter, the deployed
 * members, the slot offsets of co-located symbols, a label's name in the page's language, and the
 * font every text layer names.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Member } from '#lib/data/schema.ts';
import { DAYS } from '#lib/data/days.ts';
import { EVENT_TYPES } from '#lib/data/vocabulary.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { slotKey, slotOffsets } from '#lib/map/features.ts';
import { dayIndex, globalState } from '#lib/map/globals.ts';

/** The self-hosted Noto Sans: the style has no `glyphs`, so MapLibre draws labels locally. */
export const FONT = ['Noto Sans'];

export const dayNow = globalState('day');

/** True (as an expression) on the days a member's troops are in Kazakhstan. */
export function deployedExpr(members: Member[]): ExpressionSpecification {
	const cases = members
		.filter((m) => m.contingent)
		.map(
			(m) =>
				[
					'all',
					['==', ['get', 'iso2'], m.iso2],
					['>=', dayNow, dayIndex(m.contingent!.arrived)],
					// `departed` may lie after the timeline: then they stay to its end.
					[
						'<',
						dayNow,
						DAYS.includes(m.contingent!.departed) ? dayIndex(m.contingent!.departed) : DAYS.length
					]
				] as ExpressionSpecification
		);
	return cases.length ? (['any', ...cases] as ExpressionSpecification) : ['boolean', false];
}

export function isoIn(codes: string[]): ExpressionSpecification {
	return ['in', ['get', 'iso2'], ['literal', codes]];
}

/** Icon offsets by slot, so that several event types at one place sit side by side. */
export function slotOffsetExpr(): ExpressionSpecification {
	const pairs: unknown[] = [];
	for (let n = 2; n <= EVENT_TYPES.length; n++)
		slotOffsets(n).forEach((o, i) => pairs.push(slotKey(n, i), ['literal', o]));
	return [
		'match',
		['get', 'slot'],
		...pairs,
		['literal', [0, 0]]
	] as unknown as ExpressionSpecification;
}

/** The feature's event type is among those shown. */
export const typeShown: ExpressionSpecification = [
	'in',
	['concat', ' ', ['get', 'type'], ' '],
	globalState('types')
];

/** A type (its name, or an expression giving it) is among those the reader shows. */
const shown = (type: string | ExpressionSpecification): ExpressionSpecification => [
	'in',
	['concat', ' ', type, ' '],
	globalState('types')
];

/**
 * How many of a marker's events the type filter shows: the sum of its per-type counts
 * (`n_protest`, …, features.ts typeCounts) over the shown types.
 */
export const shownCount: ExpressionSpecification = [
	'+',
	0,
	...EVENT_TYPES.map((t): ExpressionSpecification => [
		'case',
		shown(t),
		['coalesce', ['get', `n_${t}`], 0],
		0
	])
] as ExpressionSpecification;

/**
 * A marker's icon: its most frequent type among those shown (its types by count are `t0`, `t1`,
 * …), solid where its place is exact.
 */
export const mainIcon: ExpressionSpecification = [
	'case',
	...EVENT_TYPES.flatMap((_, i): ExpressionSpecification[] => {
		const type: ExpressionSpecification = ['coalesce', ['get', `t${i}`], 'none'];
		return [shown(type), ['concat', type, ['case', ['get', 'exact'], '-solid', '-hollow']]];
	}),
	''
] as ExpressionSpecification;

export const labelName = (lang: Lang): ExpressionSpecification => [
	'coalesce',
	['get', `name_${lang}`],
	['get', 'name']
];
