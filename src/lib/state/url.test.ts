// Over 300 lines: one file for the whole URL contract (parse, serialize, notices, fuzz), as README's
// "URL scheme" is one section.
import { describe, expect, it } from 'vitest';
import { isTimelineDay } from '#lib/data/days.ts';
import { EVENT_TYPES } from '#lib/data/schema.ts';
import { isLang } from '#lib/data/vocabulary.ts';
import { CONTROLS, HEIGHT_RANGE, THEMES, VIEWS } from '#lib/data/vocabulary.ts';
import { literalIfBroken, parseUrl, serializeUrl, type UrlState } from './url';
import { fuzzSeed, fuzzUrls, HOSTILE } from '#testing/url-fuzz.ts';

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

	it('reads reactions abroad as a type, last in the taxonomy, and writes them back', () => {
		const { state, notices } = parse('/en/2022-01-06/', 'types=reaction,protest');
		expect(state.types).toEqual(['protest', 'reaction']);
		expect(notices).toEqual([]);
		expect(serializeUrl(state)).toBe('/en/2022-01-06/?types=protest,reaction');
		// All ten types are no filter at all.
		const all = parse('/en/2022-01-06/', `types=${EVENT_TYPES.join(',')}`).state;
		expect(serializeUrl(all)).toBe('/en/2022-01-06/');
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

describe('hostile addresses', () => {
	const ids = Object.keys(events);
	const fromHref = (href: string) => {
		// The browser's own URL parser normalises first (dot segments, encodings), as it does for a reader.
		const url = new URL(href, 'http://localhost');
		return { url, ...parseUrl(url.pathname, url.searchParams, (id) => events[id]) };
	};

	/** What is wrong with a state, or '' (plain checks: thousands of cases run in a second). */
	function invalid(state: UrlState): string {
		const ok =
			isLang(state.lang) &&
			isTimelineDay(state.day) &&
			[null, ...VIEWS].includes(state.view) &&
			[null, ...THEMES].includes(state.theme) &&
			(state.event === null || events[state.event] === state.day) &&
			(state.types === null ||
				(state.types.length > 0 &&
					state.types.every((t) => EVENT_TYPES.includes(t)) &&
					new Set(state.types).size === state.types.length)) &&
			typeof state.earlier === 'boolean' &&
			typeof state.static === 'boolean' &&
			CONTROLS.includes(state.controls) &&
			(state.height === null ||
				(Number.isInteger(state.height) &&
					state.height >= HEIGHT_RANGE[0] &&
					state.height <= HEIGHT_RANGE[1])) &&
			// The page has no controls or height: its address would lose them.
			(state.embed || (state.controls === 'full' && state.height === null));
		return ok ? '' : `invalid state ${JSON.stringify(state)}`;
	}

	it('every value in the hostile pool is rejected by every parameter and path part', () => {
		for (const value of HOSTILE) {
			const v = encodeURIComponent(value);
			expect(
				fromHref(`/${v}/`).notices.map((n) => n.kind),
				value
			).toEqual(['lang']);
			expect(
				fromHref(`/en/${v}/`).notices.map((n) => n.kind),
				value
			).toEqual(['day']);
			for (const key of ['view', 'theme', 'event', 'types', 'earlier', 'static', 'controls'])
				expect(fromHref(`/en/embed/?${key}=${v}`).notices.map((n) => n.kind)).toEqual([key]);
			expect(fromHref(`/en/embed/?height=${v}`).notices.map((n) => n.kind)).toEqual(['height']);
		}
	});

	const seed = fuzzSeed(process.env.QANTAR_FUZZ_SEED);
	const N = 5000;
	it(`${N} random addresses (seed ${seed}): never throw, always a valid state, a notice for every ignored part, canonical addresses round-trip`, () => {
		console.log(`URL fuzz: seed ${seed}, ${N} addresses (replay with QANTAR_FUZZ_SEED=${seed})`);
		const kinds = new Set<string>();
		const failures: string[] = [];
		const fail = (href: string, why: string) => failures.push(`${href.slice(0, 200)}: ${why}`);
		for (const { href, expected } of fuzzUrls(seed, N, ids)) {
			const { url, state, notices } = fromHref(href);
			const problem = invalid(state);
			if (problem) fail(href, problem);
			const got = [...new Set(notices.map((n) => n.kind))].sort();
			if (got.join() !== expected.join()) fail(href, `notices ${got} instead of ${expected}`);
			for (const n of notices) {
				kinds.add(n.kind);
				if (n.input.length === 0 || n.input.length > 81) fail(href, `notice input ${n.input}`);
			}
			// The canonical address holds the same state and has nothing left to report.
			const canonical = serializeUrl(state, url.searchParams);
			const again = fromHref(canonical);
			if (JSON.stringify(again.state) !== JSON.stringify(state))
				fail(href, `${canonical} reads as another state`);
			if (again.notices.length > 0) fail(href, `${canonical} has notices`);
			if (serializeUrl(again.state, again.url.searchParams) !== canonical)
				fail(href, `${canonical} is not stable`);
		}
		expect(failures).toEqual([]);
		// The generator reached every kind of notice.
		expect([...kinds].sort()).toEqual(
			[
				'lang',
				'day',
				'path',
				'param',
				'repeated',
				'view',
				'theme',
				'event',
				'types',
				'earlier',
				'static',
				'controls',
				'height'
			].sort()
		);
	}, 30_000); // about a second; generous for a loaded machine

	it.each([
		['/en/2022-01-06/x/<script>/', 'path', 'x/<script>'],
		[
			'/en/2022-01-06/?foo=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
			'param',
			'foo=<img src=x onerror=alert(1)>'
		],
		['/en/2022-01-06/?controls=none', 'param', 'controls=none'],
		['/en/2022-01-06/?view=moon&view=almaty', 'repeated', 'view=moon'],
		['/en/%E0%A4%A/', 'day', '%E0%A4%A'],
		['/en/2022-01-06/?view=', 'view', '""'],
		['/%D0%B5n/', 'lang', 'еn']
	])('%s reports %s as %s', (href, kind, input) => {
		expect(fromHref(href).notices).toContainEqual({ kind, input });
	});

	it('drops tracking parameters silently, keeps pym.js ones, and reads an encoded path', () => {
		const { state, notices, url } = fromHref('/en/2022%2D01%2D07/?utm_source=x&fbclid=y&childId=c');
		expect(notices).toEqual([]);
		expect(state.day).toBe('2022-01-07');
		expect(serializeUrl(state, url.searchParams)).toBe('/en/2022-01-07/?childId=c');
	});
});

describe('literalIfBroken', () => {
	it('leaves decodable parts alone and escapes the % of broken ones', () => {
		expect(literalIfBroken('/en/%D0%B0/')).toBe('/en/%D0%B0/');
		expect(literalIfBroken('/en/%E0%A4%A/')).toBe('/en/%25E0%25A4%25A/');
		expect(literalIfBroken('#%zz')).toBe('#%25zz');
		for (const broken of ['%', '%C0%AF', '%FF%FE', '%u0041', '/a/%E0%A4%A/%41/'])
			expect(() => decodeURI(literalIfBroken(broken))).not.toThrow();
		// …and the parser reads the escaped path as the reader wrote it.
		expect(
			parseUrl(literalIfBroken('/en/%E0%A4%A/'), new URLSearchParams(), () => undefined).notices
		).toEqual([{ kind: 'day', input: '%E0%A4%A' }]);
	});
});
