/**
 * The browser side of the benchmark: load-to-ready, slider steps and heap, for the app and the
 * baseline, all timed inside the page (performance.now) against the readiness signal
 * `html[data-map-state]`, never against a timer.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { recordTransfers, type Transfer } from './transfer';

declare global {
	interface Window {
		__bench: {
			key: number;
			loading: number;
			ready: number;
			firstReady: number;
			cls: number;
		};
		baseline: {
			step(day: number): Promise<number>;
			load(url: string, day: number): Promise<void>;
		};
	}
}

export const VIEWPORT = { width: 1280, height: 800 };

/** Times key presses and every change of the readiness signal. */
function instrument() {
	const b = (window.__bench = { key: 0, loading: 0, ready: 0, firstReady: 0, cls: 0 });
	// Layout shift until ready: the map must appear in space reserved for it.
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
		})[])
			if (!e.hadRecentInput && !b.firstReady) b.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
	document.addEventListener('keydown', () => (b.key = performance.now()), true);
	// The document, not its root element: an init script runs before the parser creates <html>.
	new MutationObserver(() => {
		const now = performance.now();
		const state = document.documentElement.dataset.mapState;
		if (state === 'loading') b.loading = now;
		if (state === 'ready') {
			b.ready = now;
			b.firstReady ||= now;
		}
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-state'] });
}

export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	await context.addInitScript(instrument);
	return { context, page: await context.newPage() };
}

export async function waitReady(page: Page): Promise<void> {
	await page.waitForSelector('html[data-map-state="ready"]', {
		state: 'attached',
		timeout: 120_000
	});
}

/** One cold load (fresh context, empty cache): ms from navigation to ready, and the transfers. */
export interface Load {
	/** ms from navigation to ready. */
	ms: number;
	transfers: Transfer[];
	/** First contentful paint, ms. */
	fcp: number;
	/** When each resource was requested, ms: to tell whether text painted before MapLibre loaded. */
	requested: Record<string, number>;
	/** Cumulative layout shift until ready. */
	cls: number;
}

export async function coldLoad(browser: Browser, url: string): Promise<Load> {
	const { context, page } = await openPage(browser);
	const counting = recordTransfers(page);
	await page.goto(url);
	await waitReady(page);
	const timing = await page.evaluate(() => ({
		ms: window.__bench.firstReady,
		cls: window.__bench.cls,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
		requested: Object.fromEntries(
			performance
				.getEntriesByType('resource')
				.map((r) => [new URL(r.name).pathname, r.startTime] as const)
		)
	}));
	const transfers = await counting.done();
	await context.close();
	return { ...timing, transfers };
}

/** Presses a key on the app's day slider; ms from the key to the new day on screen. */
export async function appStep(page: Page, key: string, timeout = STEP_TIMEOUT): Promise<number> {
	await page.keyboard.press(key);
	const handle = await page.waitForFunction(
		() => {
			const b = window.__bench;
			const ready = document.documentElement.dataset.mapState === 'ready';
			return ready && b.loading > b.key && b.ready > b.loading ? b.ready - b.key : 0;
		},
		null,
		{ timeout }
	);
	return (await handle.jsonValue()) as number;
}

/** A step slower than this ends its walk: at that point the app has hit a wall. */
export const STEP_TIMEOUT = 60_000;

export async function focusSlider(page: Page): Promise<void> {
	await page.locator('input[type="range"]').first().focus();
}

export interface Walk {
	times: number[];
	/** The walk stopped early: a step took longer than STEP_TIMEOUT, or the walk its budget. */
	cut: boolean;
}

/**
 * Steps the app through every day and back (or forward and one jump back), returning each
 * step's ms. Stops early once `budget` ms have gone by, or when a step does not finish within
 * STEP_TIMEOUT (counted as STEP_TIMEOUT), so that a wall shows in the report instead of hanging.
 */
export async function appScrub(
	page: Page,
	days: number,
	back = true,
	budget = Infinity
): Promise<Walk> {
	await focusSlider(page);
	const keys = [
		...Array<string>(days - 1).fill('ArrowRight'),
		...(back ? Array<string>(days - 1).fill('ArrowLeft') : ['Home'])
	];
	const times: number[] = [];
	let spent = 0;
	for (const key of keys) {
		if (spent > budget) return { times, cut: true };
		const ms = await appStep(page, key).catch(() => null);
		if (ms === null) return { times: [...times, STEP_TIMEOUT], cut: true };
		times.push(ms);
		spent += ms;
	}
	return { times, cut: false };
}

/** The same walk on the baseline page. */
export async function baselineScrub(page: Page, days: number, back = true): Promise<number[]> {
	const order = [
		...Array.from({ length: days - 1 }, (_, i) => i + 1),
		...(back ? Array.from({ length: days - 1 }, (_, i) => days - 2 - i) : [0])
	];
	const times: number[] = [];
	for (const d of order) times.push(await page.evaluate((d) => window.baseline.step(d), d));
	return times;
}

/** Replaces the app map's incident sources with files served under `/__bench/`. */
export async function loadIntoApp(page: Page, incidents: string, history: string): Promise<void> {
	await page.evaluate(
		([incidents, history]) =>
			new Promise<void>((ok) => {
				const map = window.qantar!.map!;
				map.once('idle', () => ok());
				// Places' markers (city zoom) and cities' (region and country zoom): each synthetic
				// event is a place of its own, so both sources get them all.
				(map.getSource('incidents') as import('maplibre-gl').GeoJSONSource).setData(incidents!);
				(map.getSource('story') as import('maplibre-gl').GeoJSONSource).setData(incidents!);
				(map.getSource('history') as import('maplibre-gl').GeoJSONSource).setData(history!);
			}),
		[incidents, history]
	);
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGC(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}
