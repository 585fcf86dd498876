/**
 * Random and hostile addresses for the URL fuzz tests (url.test.ts and tests/url-fuzz.spec.ts).
 * Deterministic: a seed gives the same addresses on every machine, so a failure can be replayed
 * (`QANTAR_FUZZ_SEED=<seed>`). Each address carries the notice kinds the parser must report; the
 * tags come from which pool a part was drawn from, not from the parser under test.
 */
import { randomLcg } from 'd3-random';
import { DAYS } from '#lib/data/days.ts';
import { CONTROLS, EVENT_TYPES, LANGS, THEMES, VIEWS } from '#lib/data/vocabulary.ts';
import { PYM_PARAMS, type NoticeKind } from '#lib/state/url.ts';

export const DEFAULT_FUZZ_SEED = 20220106;

/** The seed from QANTAR_FUZZ_SEED, else the default. */
export function fuzzSeed(env: string | undefined): number {
	const n = Number(env);
	return Number.isInteger(n) && env !== '' && env !== undefined ? n : DEFAULT_FUZZ_SEED;
}

/**
 * A seeded PRNG returning floats in [0, 1): d3-random's linear congruential generator. Not for
 * anything secret, only for replayable test input; an integer seed gives the same sequence on
 * every machine.
 */
export function prng(seed: number): () => number {
	return randomLcg(seed);
}

const LONG = 10_240;

/**
 * Values that are valid for no parameter and no path segment. Script payloads, numbers the
 * parsers might coerce, dates in other formats and impossible dates, unicode, object keys.
 */
export const HOSTILE: readonly string[] = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"'><svg onload=alert(1)>",
	'javascript:alert(1)',
	'<iframe src=javascript:alert(1)>',
	'{{constructor.constructor("alert(1)")()}}',
	'${alert(1)}',
	'1e308',
	'-1',
	'0x10',
	'NaN',
	'Infinity',
	'null',
	'undefined',
	'true',
	'9999',
	'199',
	'1601',
	'2022-02-30',
	'2022-01-99',
	'9999-99-99',
	'2022-1-6',
	'2022/01/06',
	'06.01.2022',
	'2022-01-06T00:00:00+06:00',
	'2022-01-06 ',
	'ALMATY',
	'Region',
	'région',
	'Алматы',
	'日本語',
	'🙂🙂🙂',
	'\u202eevil',
	'a\u0000b',
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'%',
	'%zz',
	'%E0%A4%A',
	' ',
	'x'.repeat(300)
];

/** Written into an address as they are, not %-encoded: broken or ambiguous encodings. */
const RAW: readonly string[] = ['%E0%A4%A', '%', '%zz', '%C0%AF', '%00', '%FF%FE', '%u0041'];

const OUTSIDE_DAYS = ['2021-12-24', '2022-01-01', '2022-01-20', '2022-03-01', '1970-01-01'];
const UNKNOWN_KEYS = ['foo', 'View', 'view ', 'day', 'lang', '__proto__', 'constructor', '<b>'];
/** Dropped without a notice: not meant for the map (see url.ts). */
const SILENT_KEYS = ['utm_source', 'fbclid', ...PYM_PARAMS];
const HASHES = [
	'',
	'#',
	'#events',
	'#day-title',
	'#<img src=x onerror=alert(1)>',
	'#%E0%A4%A',
	'#javascript:alert(1)',
	'#__proto__'
];

export interface FuzzUrl {
	/** Path, query and hash, as typed into the address bar. */
	href: string;
	/** The notice kinds the parser must report for it. */
	expected: NoticeKind[];
}

/** One random address; `eventIds` are ids the parser knows (a valid `event` value). */
export function fuzzUrl(rand: () => number, eventIds: readonly string[]): FuzzUrl {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const chance = (p: number) => rand() < p;
	const expected = new Set<NoticeKind>();
	let longUsed = false;

	/** A hostile value, encoded (or raw, for broken encodings); at most one 10 KB value. */
	const hostile = (): { text: string; raw: boolean } => {
		if (chance(0.15)) return { text: pick(RAW), raw: true };
		if (!longUsed && chance(0.04)) {
			longUsed = true;
			return { text: chance(0.5) ? 'y'.repeat(LONG) : `<script>${'z'.repeat(LONG)}`, raw: false };
		}
		return { text: pick(HOSTILE), raw: false };
	};
	const enc = (v: { text: string; raw: boolean }) => (v.raw ? v.text : encodeURIComponent(v.text));
	// A path segment the URL parser would resolve ('.', '..') is no segment at all.
	const segment = (v: { text: string; raw: boolean }) => {
		const s = enc(v);
		return /^(\.|%2e){1,2}$/i.test(s) ? 'dot' : s;
	};

	// Path: /{lang}/[embed/][{day}/][extra/]
	const embed = chance(0.3);
	let lang: string = pick(LANGS);
	if (chance(0.15)) {
		lang = segment(hostile());
		expected.add('lang');
	}
	const parts = [lang];
	if (embed) parts.push('embed');
	const dayRoll = rand();
	if (dayRoll < 0.45) parts.push(pick(DAYS));
	else if (dayRoll < 0.55) parts.push(pick(OUTSIDE_DAYS));
	else if (dayRoll < 0.75) parts.push(segment(hostile()));
	if (dayRoll >= 0.45 && dayRoll < 0.75) expected.add('day');
	if (dayRoll < 0.75 && chance(0.1)) {
		parts.push(segment(hostile()));
		expected.add('path');
	}
	const path = `/${parts.join('/')}/`;

	// Query: known keys with valid or hostile values, repeats, unknown and silent keys.
	const valid: Record<string, () => string> = {
		view: () => pick(VIEWS),
		theme: () => pick(THEMES),
		event: () => pick(eventIds),
		types: () =>
			Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(EVENT_TYPES)).join(','),
		earlier: () => pick(['0', '1']),
		static: () => pick(['0', '1']),
		controls: () => pick(CONTROLS),
		height: () => String(200 + Math.floor(rand() * 1401))
	};
	const pairs: [string, string][] = [];
	const decoded = new Map<string, string[]>();
	const add = (key: string, value: string) => {
		pairs.push([encodeURIComponent(key), value]);
		// The value as the platform's own decoder reads it, to tell repeats apart.
		const v = new URLSearchParams(`a=${value}`).get('a')!;
		decoded.set(key, [...(decoded.get(key) ?? []), v]);
	};
	const validity = new Map<string, boolean>();
	const count = Math.floor(rand() * 6);
	for (let i = 0; i < count; i++) {
		const roll = rand();
		if (roll < 0.7) {
			const key = pick(Object.keys(valid));
			const ok = chance(0.6);
			const bad = () => (chance(0.08) ? '' : enc(hostile()));
			add(key, ok ? encodeURIComponent(valid[key]!()) : bad());
			validity.set(key, ok);
		} else if (roll < 0.85) {
			const key = pick(UNKNOWN_KEYS);
			add(key, enc(hostile()));
			expected.add('param');
		} else add(pick(SILENT_KEYS), enc(hostile()));
	}
	for (const [key, ok] of validity) {
		const embedOnly = key === 'controls' || key === 'height';
		if (embedOnly && !embed) {
			expected.add('param');
			continue;
		}
		if (!ok) expected.add(key as NoticeKind);
		const values = decoded.get(key)!;
		if (values.slice(0, -1).some((v) => v !== values.at(-1))) expected.add('repeated');
	}
	const query = pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
	const hash = chance(0.2) ? pick(HASHES) : '';
	return { href: `${path}${query}${hash}`, expected: [...expected].sort() };
}

/** `n` addresses from one seed. */
export function fuzzUrls(seed: number, n: number, eventIds: readonly string[]): FuzzUrl[] {
	const rand = prng(seed);
	return Array.from({ length: n }, () => fuzzUrl(rand, eventIds));
}
