import { describe, expect, it } from 'vitest';
import { fixtureRecord } from '#testing/fixture-record.ts';
import { dayLine, snippetTitle } from './summaries';

const text = (en: string, de: string) => ({ en, de });

describe('summaries', () => {
	it('says the date and the headline in one line, in the reader’s language', () => {
		const r = fixtureRecord((f) => (f.days[4].headline = text('Troops land', 'Soldaten landen')));
		expect(dayLine(r, '2022-01-06', 'en')).toBe('6 January 2022 — Troops land');
		expect(dayLine(r, '2022-01-06', 'de')).toBe('6. Januar 2022 — Soldaten landen');
	});

	it('titles the embed code with the day', () => {
		expect(snippetTitle('2022-01-07', 'en')).toBe(
			'Map: the unrest in Kazakhstan on 7 January 2022 (Qantar)'
		);
		expect(snippetTitle('2022-01-07', 'de')).toBe(
			'Karte: die Unruhen in Kasachstan am 7. Januar 2022 (Qantar)'
		);
	});
});
