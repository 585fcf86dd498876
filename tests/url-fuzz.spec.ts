/**
 * Hostile and random addresses opened in the browser, page and embed, prerendered routes and the
 * 404.html fallback: the page never breaks, lands on the canonical address of a valid state, tells
 * the reader what it ignored, and nothing from the address becomes markup. The value space is
 * covered by the property test in src/lib/state/url.test.ts; this opens a seeded sample for real.
 *
 * Most addresses are opened with the MapLibre script blocked (the map shows its fallback image,
 * as for a reader whose connection drops it): what an address does to the page is decided before
 * and beside the map, and software WebGL would cost seconds per address. A sample of them opens
 * with the real map and waits until it is ready.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatDay } from '#lib/i18n/format.ts';
import { dayLead, eventsOn } from '#lib/data/selectors.ts';
import { STRINGS } from '#lib/i18n/strings.ts';
import { parseUrl, serializeUrl } from '#lib/state/url.ts';
import { fuzzSeed, fuzzUrls } from '#testing/url-fuzz.ts';
import { expect, test } from './support/fixtures';
import { record } from './support/record';

const seed = fuzzSeed(process.env.QANTAR_FUZZ_SEED);
const eventDay = new Map(record.events.map((e) => [e.id, e.date]));

/** Written out: cases a reader or an attacker is likely to try, beside the random ones. */
const HANDPICKED = [
	'/en/2022-02-30/',
	'/en/2022-01-99/',
	'/de/9999-99-99/',
	'/en/1e308/',
	'/en/-1/',
	'/xx/',
	'/xx/2022-01-07/',
	'/EN/2022-01-06/',
	'/en/2022-01-06',
	'/en/embed',
	'/en/embed/1e308/?height=1e308&controls=%3Cscript%3E',
	'/en/../de/./2022-01-07/',
	'/de/demo/x/',
	'/en/%E0%A4%A/',
	'/%E0%A4%A/2022-01-07/?view=%E0%A4%A#%E0%A4%A',
	'/en/2022-01-06/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/',
	'/en/javascript:alert(1)/',
	'/de/2022-01-08/?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E&types=%3Csvg%20onload%3Dalert(1)%3E',
	'/en/2022-01-06/?view=region&view=almaty&view=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'/en/2022-01-06/?__proto__[x]=1&constructor=1&toString=1',
	`/en/embed/2022-01-06/?event=${'x'.repeat(10_240)}`,
	'/de/%D0%B0%D0%BB%D0%BC%D0%B0%D1%82%D1%8B/?theme=%F0%9F%99%82#<img src=x onerror=alert(1)>',
	'/en/2022-01-07/?utm_source=newsletter&fbclid=abc'
];

const BUILD_CHUNKS = join(import.meta.dirname, '../build/_app/immutable/chunks');
/**
 * 100 addresses in all: the hand-picked ones and seeded random ones. The parser's value space is
 * the property test's (thousands of addresses, no browser); here every address is a page load, and
 * a hundred exercise every path an address takes through the page.
 */
const FUZZ = 100 - HANDPICKED.length;
const URLS = [...HANDPICKED, ...fuzzUrls(seed, FUZZ, [...eventDay.keys()]).map((u) => u.href)];
/** Every n-th address also opens with the real map (WebGL), to its ready state. */
const WITH_MAP_EVERY = 12;
const CHUNK = 20;

/** The MapLibre chunk of the build under test (hashed name): the one big file that draws maps. */
const MAP_CHUNKS = new Set(
	readdirSync(BUILD_CHUNKS).filter((f) => {
		const path = join(BUILD_CHUNKS, f);
		return statSync(path).size > 500_000 && readFileSync(path, 'utf8').includes('setWorkerUrl');
	})
);

/**
 * Makes the map fail to load, as for a reader whose connection drops the script: the page takes
 * its no-map path (fallback image, `data-map-state=error`) and everything else stays as it is.
 * Images and fonts are left out too: they change no text, and each address costs less.
 */
async function withoutMap(page: Page) {
	expect(MAP_CHUNKS.size, 'the MapLibre chunk in build/').toBe(1);
	await page.route(
		(url) =>
			MAP_CHUNKS.has(url.pathname.split('/').pop()!) || /\.(jpg|png|woff2?)$/.test(url.pathname),
		(route) => route.abort()
	);
}

/** What the page shows, read in one round trip (the machine is shared: few, cheap calls). */
function facts(page: Page, noticeTitle: string) {
	return page.evaluate((noticeTitle) => {
		const notice = [...document.querySelectorAll('[role=status]')].find((el) =>
			el.textContent?.includes(noticeTitle)
		);
		const injected =
			document.querySelectorAll(
				'[onerror], [onload], img[src="x"], iframe, object, embed, [href^="javascript:"], [src^="javascript:"]'
			).length +
			[...document.scripts].filter((s) => /alert\(|zzzz/.test(s.textContent ?? '')).length;
		return {
			address: location.pathname + location.search,
			h1: document.querySelector('h1')?.textContent ?? null,
			kicker: document.querySelector('header.lead time')?.textContent ?? null,
			lang: document.documentElement.lang,
			events: document.querySelectorAll('ol.events > li[data-event-id]').length,
			noEvents: document.querySelector('#events .empty, details.events .empty') !== null,
			notices: notice?.checkVisibility() ? notice.querySelectorAll('li').length : 0,
			injected,
			map: document.documentElement.dataset.mapState ?? null
		};
	}, noticeTitle);
}

async function open(page: Page, baseURL: string, href: string, map: boolean) {
	const target = new URL(href, baseURL);
	const { state, notices } = parseUrl(target.pathname, target.searchParams, (id) =>
		eventDay.get(id)
	);
	const t = STRINGS[state.lang];
	const shown = eventsOn(record, state.day).filter(
		(e) => !state.types || state.types.includes(e.type)
	);
	// The page has content (the day's lead in its language, its events), sits at the canonical address
	// of a valid state, shows one notice line per ignored part, and nothing became markup.
	const expected = {
		address: serializeUrl(state, target.searchParams),
		h1: dayLead(record, state.day).headline[state.lang],
		kicker: formatDay(state.day, state.lang, 'long'),
		lang: state.lang,
		events: shown.length,
		noEvents: shown.length === 0,
		notices: notices.length,
		injected: 0,
		map: map ? 'ready' : 'error'
	};
	const where = `${href.slice(0, 160)} (seed ${seed})`;

	await page.goto(target.href, { waitUntil: 'domcontentloaded' }).catch(async (e: Error) => {
		// The page before may still move to its own #fragment (the router focuses it on a timer),
		// which cancels this navigation: go again. Anything else is a failure.
		if (!/ERR_ABORTED/.test(e.message)) throw e;
		await page.goto(target.href, { waitUntil: 'domcontentloaded' });
	});
	// Settled: canonical address, headline, the map done (ready, or failed without its script).
	await page
		.waitForFunction(
			([address, h1, map]) =>
				location.pathname + location.search === address &&
				document.querySelector('h1')?.textContent === h1 &&
				document.documentElement.dataset.mapState === map,
			[expected.address, expected.h1, expected.map],
			{ polling: 100, timeout: map ? 45_000 : 20_000 }
		)
		.catch(() => {}); // the comparison below says what is wrong
	expect(await facts(page, t.noticeTitle), where).toEqual(expected);
}

test.describe(`${URLS.length} hostile and random addresses (seed ${seed})`, () => {
	// Many page loads per test on a shared two-core machine: generous limits, never a sleep.
	test.describe.configure({ timeout: 150_000 });
	test.beforeAll(() => {
		console.log(`URL fuzz: seed ${seed} (replay with QANTAR_FUZZ_SEED=${seed})`);
	});

	for (let from = 0; from < URLS.length; from += CHUNK) {
		const chunk = URLS.slice(from, from + CHUNK);
		test(`addresses ${from + 1}–${from + chunk.length}, without the map`, async ({
			page,
			baseURL
		}) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			await withoutMap(page);
			for (const href of chunk) await open(page, baseURL!, href, false);
			expect(dialogs, 'dialogs opened by an address').toEqual([]);
		});
	}

	const sample = URLS.filter((_, i) => i % WITH_MAP_EVERY === 0);
	for (let from = 0; from < sample.length; from += 3) {
		const chunk = sample.slice(from, from + 3);
		test(`addresses with the real map, sample ${from / 3 + 1}`, async ({ page, baseURL }) => {
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			for (const href of chunk) await open(page, baseURL!, href, true);
			expect(dialogs, 'dialogs opened by an address').toEqual([]);
		});
	}
});
