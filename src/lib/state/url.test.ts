import { describe, expect, it } from 'vitest';
import { parseUrl, serializeUrl, type UrlState } from './url';

const events: Record<string, string> = {
	'2022-01-05-akimat-stormed': '2022-01-05',
	'2022-01-06-troops-land': '2022-01-06'
};
const parse = (path: string, query = '') =>
	parseUrl(path, new URLSearchParams(query), (id) => events[id]);

// The expected default is written out, not taken from defaultState(): it is the contract.
const base: UrlState = {
	lang: 'en',
	day: '2022-01-06',
	view: null,
	theme: null,
	event: null,
	types: null,
	earlier: true,
	static: false,
	embed: false,
	controls: 'full',
	height: null
};

describe('parseUrl', () => {
	it('reads a full state', () => {
		const { state, notices } = parse(
			'/de/2022-01-05/',
			'view=almaty&theme=dark&event=2022-01-05-akimat-stormed&types=clash,attack&earlier=0&static=1'
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			lang: 'de',
			day: '2022-01-05',
			view: 'almaty',
			theme: 'dark',
			event: '2022-01-05-akimat-stormed',
			types: ['clash', 'attack'],
			earlier: false,
			static: true,
			embed: false,
			controls: 'full',
			height: null
		});
	});

	it('gives the default day for /{lang}/', () => {
		expect(parse('/en/')).toEqual({ state: base, notices: [] });
	});

	it('clamps a real date outside the timeline and tells the reader', () => {
		expect(parse('/en/2022-03-01/')).toEqual({
			state: { ...base, day: '2022-01-19' },
			notices: [{ kind: 'day', input: '2022-03-01' }]
		});
		expect(parse('/en/2021-12-24/').state.day).toBe('2022-01-02');
	});

	it('falls back to the default day for a date that does not exist', () => {
		expect(parse('/en/2022-02-30/')).toEqual({
			state: base,
			notices: [{ kind: 'day', input: '2022-02-30' }]
		});
	});

	it('ignores unknown values with a notice each and keeps the rest', () => {
		const { state, notices } = parse(
			'/xx/2022-01-06/',
			'view=moon&theme=sepia&event=nope&static=yes'
		);
		expect(state).toEqual(base);
		expect(notices.map((n) => n.kind)).toEqual(['lang', 'view', 'theme', 'event', 'static']);
	});

	it('takes the last of repeated parameters', () => {
		expect(parse('/en/2022-01-06/', 'view=region&view=almaty').state.view).toBe('almaty');
	});

	it('moves to the day of a selected event', () => {
		expect(parse('/en/2022-01-10/', 'event=2022-01-05-akimat-stormed').state.day).toBe(
			'2022-01-05'
		);
	});

	it('keeps the valid part of a type filter and reports the rest', () => {
		const { state, notices } = parse('/en/2022-01-06/', 'types=attack,riot,clash,attack');
		expect(state.types).toEqual(['clash', 'attack']);
		expect(notices).toEqual([{ kind: 'types', input: 'attack,riot,clash,attack' }]);
	});

	it('cuts hostile, long input to a short plain string', () => {
		const payload = `<script>alert(1)</script>${'x'.repeat(5000)}`;
		const { notices } = parse('/en/2022-01-06/', `view=${encodeURIComponent(payload)}`);
		expect(notices[0]!.input.length).toBeLessThanOrEqual(41);
	});
});

describe('serializeUrl', () => {
	it('writes only what differs from the defaults', () => {
		expect(serializeUrl(base)).toBe('/en/2022-01-06/');
		expect(serializeUrl({ ...base, lang: 'de', view: 'almaty', types: ['attack', 'clash'] })).toBe(
			'/de/2022-01-06/?view=almaty&types=clash,attack'
		);
	});

	it('round-trips every state it writes', () => {
		const state: UrlState = {
			lang: 'de',
			day: '2022-01-05',
			view: 'kazakhstan',
			theme: 'light',
			event: '2022-01-05-akimat-stormed',
			types: ['protest', 'shutdown'],
			earlier: false,
			static: true,
			embed: true,
			controls: 'slider',
			height: 480
		};
		const url = new URL(serializeUrl(state), 'http://x');
		expect(parse(url.pathname, url.search).state).toEqual(state);
	});

	it('writes the embed path and keeps pym.js parameters as they were', () => {
		const keep = new URLSearchParams('childId=qantar-1&initialWidth=640&other=x');
		expect(serializeUrl({ ...base, embed: true, controls: 'none' }, keep)).toBe(
			'/en/embed/2022-01-06/?controls=none&initialWidth=640&childId=qantar-1'
		);
	});
});

describe('embed addresses', () => {
	it('reads the embed path, its controls and height, and ignores pym.js parameters', () => {
		const { state, notices } = parse(
			'/de/embed/2022-01-07/',
			'controls=slider&height=520&childId=x&initialWidth=600&parentUrl=https%3A%2F%2Fnews.example'
		);
		expect(notices).toEqual([]);
		expect(state).toMatchObject({
			lang: 'de',
			day: '2022-01-07',
			embed: true,
			controls: 'slider',
			height: 520
		});
	});

	it('reports a height out of range or not a number', () => {
		for (const h of ['50', '99999', '12px', '-400'])
			expect(parse('/en/embed/2022-01-07/', `height=${h}`).notices.map((n) => n.kind)).toEqual([
				'height'
			]);
	});
});
