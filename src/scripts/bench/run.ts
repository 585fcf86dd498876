/**
 * `npm run bench`: builds the site, serves it, and measures in headless Chromium (SwiftShader,
 * as the browser tests) the app against a bare MapLibre page with the same basemap and points:
 * bytes to ready, load to ready, slider steps with the real record and with 1,000 / 10,000 /
 * 100,000 synthetic events, and the JS heap over five scrubs. Writes test-results/bench/report.json
 * and BENCHMARKS.md, and prints the table.
 *
 * Options: --no-build (use build/ as it is), --loads N (cold loads per page, default 10),
 * --sizes 1000,10000 (synthetic sizes), --out FILE (Markdown report, default BENCHMARKS.md).
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { DAYS } from '#lib/data/days.ts';
import { buildMapData } from '#lib/map/features.ts';
import { readRecord } from '../read-record';
import { serveStatic } from '../serve.js';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium.js';
import { writeBaseline } from './baseline';
import { mapLibrePaths } from './maplibre-files';
import {
	appScrub,
	baselineScrub,
	coldLoad,
	heapAfterGC,
	loadIntoApp,
	openPage,
	waitReady,
	type Load
} from './measure';
import { markdown, type Report } from './report';
import { summarize } from './stats';
import { synthetic } from './synthetic';
import { byKind } from './transfer';

const { values: opts } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		loads: { type: 'string', default: '10' },
		sizes: { type: 'string', default: '1000,10000,100000' },
		out: { type: 'string', default: 'BENCHMARKS.md' }
	}
});
const LOADS = Number(opts.loads);
const SIZES = opts.sizes!.split(',').map(Number);
const BUILD = resolve('build');
const BENCH_DIR = join(BUILD, '__bench');
const DAY = '2022-01-06';
/** ms the app may spend walking the days of one synthetic set before the walk is cut short. */
const SCALE_BUDGET = 90_000;
const DAY_INDEX = DAYS.indexOf(DAY);
const started = Date.now();
const ANALYSIS = '<!-- analysis: kept by npm run bench -->';
const log = (msg: string) =>
	console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

if (!opts['no-build']) execSync('npm run build', { stdio: 'inherit' });

const result = readRecord('geo');
if (!result.ok) throw new Error('geo/ does not validate: run npm run check:data');
const mapData = buildMapData(result.record);
const maplibre = mapLibrePaths();

rmSync(BENCH_DIR, { recursive: true, force: true });
writeBaseline(BENCH_DIR, mapData.incidents);
for (const n of SIZES) {
	const s = synthetic(n);
	writeFileSync(join(BENCH_DIR, `incidents-${n}.json`), JSON.stringify(s.incidents));
	writeFileSync(join(BENCH_DIR, `history-${n}.json`), JSON.stringify(s.history));
	writeFileSync(join(BENCH_DIR, `points-${n}.json`), JSON.stringify(s.points));
}

const server = await serveStatic(BUILD, 0);
const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
	executablePath: chromiumExecutable(),
	args: CHROMIUM_ARGS
});

try {
	const targets = {
		page: `${origin}/en/${DAY}/`,
		embed: `${origin}/en/embed/${DAY}/`,
		baseline: `${origin}/__bench/?day=${DAY_INDEX}`
	};

	// 1, 2: bytes and load to ready. Loads interleave the three pages, so a slow spell of the
	// machine hits all of them alike.
	const loads: Record<keyof typeof targets, Load[]> = { page: [], embed: [], baseline: [] };
	for (let i = 0; i < LOADS; i++) {
		for (const [name, url] of Object.entries(targets) as [keyof typeof targets, string][])
			loads[name].push(await coldLoad(browser, url));
		log(`cold loads ${i + 1}/${LOADS}`);
	}
	const bytes = Object.fromEntries(
		Object.entries(loads).map(([name, [first]]) => {
			const own = first!.transfers.filter((t) =>
				name === 'baseline' ? /maplibre-gl/.test(t.path) : maplibre.has(t.path)
			);
			const rest = first!.transfers.filter((t) => !own.includes(t));
			return [
				name,
				{
					...byKind(first!.transfers),
					maplibre: byKind(own).total,
					beyondMapLibre: byKind(rest).total,
					files: first!.transfers.map(({ path, kind, wire }) => ({ path, kind, wire }))
				}
			];
		})
	) as Report['bytes'];
	const load = Object.fromEntries(
		Object.entries(loads).map(([name, all]) => [name, summarize(all.map((l) => l.ms))])
	) as Report['load'];
	const fundamentals = Object.fromEntries(
		(['page', 'embed'] as const).map((name) => {
			const all = loads[name];
			const libraryAt = (l: Load) =>
				Math.min(
					...Object.entries(l.requested)
						.filter(([p]) => maplibre.has(p))
						.map(([, t]) => t)
				);
			return [
				name,
				{
					fcp: summarize(all.map((l) => l.fcp)),
					mapLibreRequested: summarize(all.map(libraryAt)),
					textBeforeLibrary: all.every((l) => l.fcp <= libraryAt(l)),
					cls: Math.max(...all.map((l) => l.cls))
				}
			];
		})
	) as Report['fundamentals'];

	// 3, 4: slider steps, with the real record and at scale. The camera stays on the region view
	// (as the baseline's), so a step is only the day's change. With the record, every day forward
	// and back; at scale, every day forward and one jump back (Home), to keep the run short.
	const step: Report['step'] = {};
	const stepsOn = async (label: string, points?: number) => {
		const app = await openPage(browser);
		await app.page.goto(`${origin}/en/${DAYS[0]}/?view=region`);
		await waitReady(app.page);
		if (points)
			await loadIntoApp(
				app.page,
				`/__bench/incidents-${points}.json`,
				`/__bench/history-${points}.json`
			);
		const walk = await appScrub(app.page, DAYS.length, !points, points ? SCALE_BUDGET : Infinity);
		await app.context.close();

		const base = await openPage(browser);
		await base.page.goto(`${origin}/__bench/?day=0`);
		await waitReady(base.page);
		if (points)
			await base.page.evaluate(
				(url) => window.baseline.load(url, 0),
				`/__bench/points-${points}.json`
			);
		const baseTimes = await baselineScrub(base.page, DAYS.length, !points);
		await base.context.close();
		step[label] = { app: summarize(walk.times), baseline: summarize(baseTimes), cut: walk.cut };
		log(`steps: ${label}`);
	};
	await stepsOn('record');
	for (const n of SIZES) await stepsOn(String(n), n);

	// 5: heap after each of five scrubs through all days.
	const heaps = async (
		url: string,
		scrub: (p: import('@playwright/test').Page) => Promise<unknown>
	) => {
		const { context, page } = await openPage(browser);
		await page.goto(url);
		await waitReady(page);
		const after: number[] = [];
		for (let i = 0; i < 5; i++) {
			await scrub(page);
			after.push(await heapAfterGC(page));
		}
		await context.close();
		return after;
	};
	const memory = {
		app: await heaps(`${origin}/en/${DAYS[0]}/?view=region`, (p) =>
			appScrub(p, DAYS.length, false)
		),
		baseline: await heaps(`${origin}/__bench/?day=0`, (p) => baselineScrub(p, DAYS.length, false))
	};
	log('memory');

	const report: Report = {
		date: new Date().toISOString(),
		commit: execSync('git rev-parse --short HEAD').toString().trim(),
		machine: {
			os: `${type()} ${process.platform} ${process.arch}`,
			cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
			memoryGB: Math.round(totalmem() / 2 ** 30),
			node: process.version,
			browser: `Chromium ${browser.version()} (headless, SwiftShader WebGL)`
		},
		options: { loads: LOADS, sizes: SIZES, day: DAY, viewport: '1280×800 @1x' },
		bytes,
		load,
		fundamentals,
		step,
		memory,
		seconds: Math.round((Date.now() - started) / 1000)
	};
	mkdirSync('test-results/bench', { recursive: true });
	writeFileSync('test-results/bench/report.json', JSON.stringify(report, null, '\t') + '\n');
	const md = markdown(report);
	// The analysis below the marker is written by people: a new measurement keeps it.
	const previous = existsSync(opts.out!) ? readFileSync(opts.out!, 'utf8') : '';
	const analysis = previous.includes(ANALYSIS) ? previous.slice(previous.indexOf(ANALYSIS)) : '';
	writeFileSync(opts.out!, analysis ? `${md}\n${analysis}` : md);
	console.log('\n' + md);
	log(`wrote ${opts.out} and test-results/bench/report.json`);
} finally {
	await browser.close();
	server.close();
	rmSync(BENCH_DIR, { recursive: true, force: true });
}
