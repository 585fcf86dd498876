/**
 * Texts of the record and of the address are shown as text, never interpreted as HTML: the panels
 * rendered by Svelte's server renderer (as prerendering does) from hostile texts print them escaped.
 * The validator refuses markup in the record (data/validate/); this holds even without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { fixtureRecord } from '#testing/fixture-record.ts';
import { placeById } from '#lib/data/selectors.ts';
import EventCard from '#lib/stage/EventCard.svelte';
import EventList from './EventList.svelte';
import Notices from './Notices.svelte';
import SourceLinks from '#lib/ui/SourceLinks.svelte';
import { LANGS } from '#lib/data/vocabulary.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const BREAKOUT = '"><svg onload=alert(3)>';
const PAYLOAD = `${IMG}${SCRIPT}${BREAKOUT}`;

/** The fixture with every text an event shows replaced by the payload, after validation. */
function hostileRecord() {
	const record = fixtureRecord();
	for (const e of record.events) {
		e.title = { en: PAYLOAD, de: PAYLOAD };
		e.summary = { en: PAYLOAD, de: PAYLOAD };
		e.note = { en: PAYLOAD, de: PAYLOAD };
	}
	for (const p of record.places) p.name = { en: PAYLOAD, de: PAYLOAD, ru: PAYLOAD };
	for (const s of record.sources) {
		s.outlet = PAYLOAD;
		s.title = PAYLOAD;
		s.url = `https://example.org/${BREAKOUT}`;
	}
	return record;
}

/** Markup the payload would create if it were interpreted anywhere in `html` (escaped text is `&lt;…`). */
function interpreted(html: string): string[] {
	return [/<img\b/i, /<script\b/i, /<svg[^>]*\sonload/i, /<[^>]*\son(error|load)=/i]
		.filter((re) => re.test(html))
		.map(String);
}

describe('hostile text is printed, not interpreted', () => {
	const record = hostileRecord();
	const places = placeById(record);
	const sources = new Map(record.sources.map((s) => [s.id, s]));

	it.each(LANGS)('in the event list (%s)', (lang) => {
		const { body } = render(EventList, {
			props: { events: record.events, places, sources, lang, selected: null, onselect: () => {} }
		});
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('&lt;script>alert(2)&lt;/script>');
		expect(interpreted(body)).toEqual([]);
	});

	it('in the event card', () => {
		const [event, ...siblings] = record.events;
		const { body } = render(EventCard, {
			props: {
				event: event!,
				siblings,
				places,
				sources,
				lang: 'en',
				onselect: () => {},
				onclose: () => {}
			}
		});
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(interpreted(body)).toEqual([]);
	});

	it('in source links and their title attributes', () => {
		const { body } = render(SourceLinks, { props: { sources: record.sources, lang: 'en' } });
		// In an attribute the quote is escaped, so the payload cannot close it.
		expect(body).toContain(
			'title="&lt;img src=x onerror=alert(1)>&lt;script>alert(2)&lt;/script>&quot;>'
		);
		expect(interpreted(body)).toEqual([]);
	});

	it('in the notices about the address', () => {
		const { body } = render(Notices, {
			props: {
				notices: [
					{ kind: 'view', input: IMG },
					{ kind: 'param', input: `x=${SCRIPT}` }
				],
				lang: 'en',
				ondismiss: () => {}
			}
		});
		expect(body).toMatch(/<code[^>]*>&lt;img src=x onerror=alert\(1\)><\/code>/);
		expect(interpreted(body)).toEqual([]);
	});

	it('the interpretation check itself finds raw markup', () => {
		expect(interpreted(`<p>${IMG}</p>`).length).toBeGreaterThan(0);
		expect(interpreted(`<p title="${BREAKOUT}">`).length).toBeGreaterThan(0);
	});
});

describe('no component renders raw HTML', () => {
	it('there is no {@html} in any Svelte file', () => {
		const root = join(import.meta.dirname, '../..');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.svelte')
		);
		expect(files.length).toBeGreaterThan(10);
		const raw = files.filter((f) => readFileSync(join(root, f), 'utf8').includes('{@html'));
		expect(raw).toEqual([]);
	});
});
