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
import { formatDay } from '../src/lib/data/days';
import { eventsOn } from '../src/lib/data/selectors';
import { STRINGS } from '../src/lib/i18n/strings';
import { parseUrl, serializeUrl } from '../src/lib/state/url';
import { fuzzSeed, fuzzUrls } from '../src/lib/state/url-fuzz';
import { expect as baseExpect, test } from './support/fixtures';
import { ready } from './support/map';
import { record } from './support/record';

const expect = baseExpect.configure({ timeout: 15_000 });
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
const FUZZ = 300;
const URLS = [...HANDPICKED, ...fuzzUrls(seed, FUZZ, [...eventDay.keys()]).map((u) => u.href)];
/** Every n-th address also opens with the real map (WebGL), to its ready state. */
const WITH_MAP_EVERY = 25;
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
 */
async function withoutMap(page: Page) {
	expect(MAP_CHUNKS.size, 'the MapLibre chunk in build/').toBe(1);
	await page.route(
		(url) => MAP_CHUNKS.has(url.pathname.split('/').pop()!),
		(route) => route.abort()
	);
}

async function open(page: Page, baseURL: string, href: string, map: boolean) {
	const target = new URL(href, baseURL);
	const { state, notices } = parseUrl(target.pathname, target.searchParams, (id) =>
		eventDay.get(id)
	);
	const canonical = serializeUrl(state, target.searchParams);
	const t = STRINGS[state.lang];
	const where = `${href.slice(0, 160)} (seed ${seed})`;

	await page.goto(target.href, { waitUntil: 'domcontentloaded' }).catch(async (e: Error) => {
		// The page before may still move to its own #fragment (the router focuses it on a timer),
		// which cancels this navigation: go again. Anything else is a failure.
		if (!/ERR_ABORTED/.test(e.message)) throw e;
		await page.goto(target.href, { waitUntil: 'domcontentloaded' });
	});
	// A page with content: the day as the headline, in the right language, and its events.
	await expect(page.locator('h1'), where).toHaveText(formatDay(state.day, state.lang, 'long'));
	await expect(page.locator('html'), where).toHaveAttribute('lang', state.lang);
	const shown = eventsOn(record, state.day).filter(
		(e) => !state.types || state.types.includes(e.type)
	);
	await expect(page.locator('ol.events > li[data-event-id]'), where).toHaveCount(shown.length);
	if (shown.length === 0) await expect(page.getByText(t.noEvents), where).toBeAttached();
	// The address is canonical: what was ignored is gone from it.
	await expect
		.poll(() => {
			const now = new URL(page.url());
			return now.pathname + now.search;
		}, where)
		.toBe(canonical);
	// One notice line per ignored part, showing the input as text.
	const notice = page.getByRole('status').filter({ hasText: t.noticeTitle });
	if (notices.length > 0) {
		await expect(notice, where).toBeVisible();
		await expect(notice.locator('li'), where).toHaveCount(notices.length);
	} else await expect(notice, where).toHaveCount(0);
	// Nothing from the address became markup.
	const injected = await page.evaluate(
		() =>
			document.querySelectorAll(
				'[onerror], [onload], img[src="x"], iframe, object, embed, [href^="javascript:"], [src^="javascript:"]'
			).length +
			[...document.scripts].filter((s) => /alert\(|zzzz/.test(s.textContent ?? '')).length
	);
	expect(injected, where).toBe(0);
	if (map) await ready(page);
	else
		await expect(page.locator('html'), where).toHaveAttribute('data-map-state', 'error', {
			timeout: 15_000
		});
}

test.describe(`${URLS.length} hostile and random addresses (seed ${seed})`, () => {
	// Many page loads per test on a shared two-core machine: generous limits, never a sleep.
	test.describe.configure({ timeout: 150_000 });
	test.use({ actionTimeout: 15_000 });
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
	for (let from = 0; from < sample.length; from += 4) {
		const chunk = sample.slice(from, from + 4);
		test(`addresses with the real map, sample ${from / 4 + 1}`, async ({ page, baseURL }) => {
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
