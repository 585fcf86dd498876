/** The geo/ files the validator reads, and what it reports about them. */
import type { Transliteration } from '#lib/data/wording.ts';

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

export interface Problem {
	file: string;
	/** The record's id, or `#index` when it has none. */
	record: string;
	field: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file} › ${p.record} › ${p.field}: ${p.message}`;
}
