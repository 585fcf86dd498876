/**
 * The map's global state: everything that changes while the reader scrubs (day, type filter,
 * selection, earlier days), in the encoding the style reads with `["global-state", …]`. The map
 * computes it from domain values (`toGlobals`), so the encoding (a day index, a padded string of
 * types) never leaves map/: the style, the features and the controller agree on it here.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { DAYS } from '#lib/data/days.ts';
import { EVENT_TYPES, type EventType } from '#lib/data/vocabulary.ts';

/** The values the style reads with `["global-state", …]`. */
export interface MapGlobals {
	/** Index of the current day in DAYS. */
	day: number;
	/** Event types shown, as a padded string (` protest clash `) for substring tests. */
	types: string;
	/** Place id of the selected event, or "". */
	selected: string;
	/** Whether places of earlier days are drawn (faded). */
	earlier: boolean;
}

/** What the map is told, in the record's and the URL's terms. */
export interface MapState {
	day: string;
	/** null: every type shown. */
	types: readonly EventType[] | null;
	/** The place the selected event is drawn at; null: nothing selected. */
	selectedPlace: string | null;
	earlier: boolean;
}

/** A day as the style and the features encode it: its index in DAYS. */
export const dayIndex = (day: string) => DAYS.indexOf(day);

export const typesToken = (types: readonly EventType[] | null) =>
	` ${(types ?? EVENT_TYPES).join(' ')} `;

export function toGlobals(s: MapState): MapGlobals {
	return {
		day: dayIndex(s.day),
		types: typesToken(s.types),
		selected: s.selectedPlace ?? '',
		earlier: s.earlier
	};
}

/** A style expression that reads one global. */
export const globalState = (name: keyof MapGlobals) =>
	['global-state', name] as ExpressionSpecification;
