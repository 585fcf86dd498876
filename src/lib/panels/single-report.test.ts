/**
 * A claim published on a single, weak report says why, where its sources are shown: the event
 * list, the event card and the figures panel, rendered by Svelte's server renderer as
 * prerendering does (so readers without JavaScript see it too).
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { fixtureRecord } from '#testing/fixture-record.ts';
import { latestFigures, placeById } from '#lib/data/selectors.ts';
import EventCard from '#lib/stage/EventCard.svelte';
import EventList from './EventList.svelte';
import FiguresPanel from './FiguresPanel.svelte';

const REASON = {
	en: 'Only a repost of a Sputnik report was found; the original could not be traced.',
	de: 'Gefunden wurde nur eine Übernahme einer Sputnik-Meldung; das Original ließ sich nicht finden.'
};

function recordWithReasons() {
	const record = fixtureRecord();
	record.events.find((e) => e.id === '2022-01-06-curfew')!.singleReport = REASON;
	record.figures.find((f) => f.id === 'detained-06-almaty')!.singleReport = REASON;
	return record;
}

/** What a reader sees of the markup: its text, tags removed and spaces collapsed. */
const visibleText = (html: string) =>
	html
		.replace(/<!--.*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ([:;,.])/g, '$1');

describe('a single report is shown with its reason', () => {
	const record = recordWithReasons();
	const places = placeById(record);
	const sources = new Map(record.sources.map((s) => [s.id, s]));
	const events = record.events.filter((e) => e.date === '2022-01-06');

	it.each([
		['en', 'Single report: Only a repost of a Sputnik report was found'],
		['de', 'Einzelner Bericht: Gefunden wurde nur eine Übernahme einer Sputnik-Meldung']
	] as const)('in the event list, after the sources (%s)', (lang, line) => {
		const text = visibleText(render(EventList, { props: { events, places, sources, lang } }).body);
		expect(text).toContain(line);
		// Once: the troops' landing rests on its sources alone and says nothing of the kind.
		expect(text.split(line)).toHaveLength(2);
		const entry = text.slice(text.indexOf(lang === 'de' ? 'Ausgangssperre' : 'Curfew'));
		expect(entry.indexOf(line)).toBeGreaterThan(
			entry.indexOf(lang === 'de' ? 'Quelle:' : 'Source:')
		);
	});

	it('in the event card of that event, not in another', () => {
		const curfew = events.find((e) => e.id === '2022-01-06-curfew')!;
		const other = events.find((e) => e.id !== curfew.id)!;
		const card = (event: typeof curfew) =>
			visibleText(
				render(EventCard, {
					props: { event, siblings: [], places, sources, lang: 'de', onselect() {}, onclose() {} }
				}).body
			);
		expect(card(curfew)).toContain(`Einzelner Bericht: ${REASON.de}`);
		expect(card(other)).not.toContain('Einzelner Bericht');
	});

	it('in the figures panel, beside that figure', () => {
		const groups = latestFigures(record, '2022-01-06');
		const html = render(FiguresPanel, { props: { groups, places, sources, lang: 'en' } }).body;
		const claims = html.split('<dd').map(visibleText);
		const almaty = claims.filter((c) => c.includes('Single report'));
		expect(almaty).toHaveLength(1);
		expect(almaty[0]).toContain('about 2,000');
		expect(almaty[0]).toContain(`Single report: ${REASON.en}`);
	});
});
