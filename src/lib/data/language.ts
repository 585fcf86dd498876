/**
 * The record as one language's pages need it. Every page carries the whole record (the reader
 * scrubs days without loading anything), so the texts of the other language are blanked: they
 * would be about half of each page's bytes and are never shown there. Switching language loads
 * the other language's pages, which carry their own copy.
 */
import type { EventRecord } from './schema';
import { LANGS, type Lang } from './vocabulary';

/** The keys of a translated text: the site's languages, and Russian for place names. */
const TEXT_KEYS = new Set<string>([...LANGS, 'ru']);

/** A translated text: an object whose keys are all language codes and whose values are strings. */
function isText(value: object): value is Record<string, string> {
	const entries = Object.entries(value);
	return entries.length > 0 && entries.every(([k, v]) => TEXT_KEYS.has(k) && typeof v === 'string');
}

function project(value: unknown, lang: Lang): unknown {
	if (Array.isArray(value)) return value.map((v) => project(v, lang));
	if (value === null || typeof value !== 'object') return value;
	if (isText(value))
		return Object.fromEntries(Object.keys(value).map((k) => [k, k === lang ? value[k] : '']));
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, project(v, lang)]));
}

/** The record with every translated text reduced to `lang` (other languages become ''). */
export function inLanguage(record: EventRecord, lang: Lang): EventRecord {
	return project(record, lang) as EventRecord;
}
