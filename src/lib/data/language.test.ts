import { describe, expect, it } from 'vitest';
import { fixtureRecord } from '#testing/fixture-record.ts';
import { inLanguage } from './language';
import { LANGS } from './vocabulary';

/** Every translated text in a value, as [path, text object]. */
function texts(value: unknown, path = ''): [string, Record<string, string>][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const o = value as Record<string, unknown>;
	if ('en' in o && 'de' in o && typeof o.en === 'string')
		return [[path, o as Record<string, string>]];
	return Object.entries(o).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

describe('inLanguage', () => {
	const record = fixtureRecord();

	it.each(LANGS)('keeps every %s text and blanks the other language', (lang) => {
		const other = lang === 'en' ? 'de' : 'en';
		const original = new Map(texts(record));
		const projected = texts(inLanguage(record, lang));
		expect(projected.length).toBe(original.size);
		expect(projected.length).toBeGreaterThan(10);
		for (const [path, text] of projected) {
			expect(text[lang], path).toBe(original.get(path)![lang]);
			expect(text[other], path).toBe('');
		}
	});

	it('leaves everything that is not a translation alone', () => {
		const projected = inLanguage(record, 'de');
		expect(projected.events.map((e) => [e.id, e.date, e.places, e.sources])).toEqual(
			record.events.map((e) => [e.id, e.date, e.places, e.sources])
		);
		expect(projected.sources.map((s) => [s.id, s.title, s.url])).toEqual(
			record.sources.map((s) => [s.id, s.title, s.url])
		);
		expect(projected.places).toHaveLength(record.places.length);
	});

	it('does not change the record it was given', () => {
		const before = JSON.stringify(record);
		inLanguage(record, 'en');
		expect(JSON.stringify(record)).toBe(before);
	});
});
