/**
 * The host message API under abuse, in a real host page with /embed.js: hostile messages from the
 * parent and from other windows change nothing and throw nothing, and a flood of commands ends in
 * the state of the last one, with the embed still answering. The allowlist (a build-time setting)
 * is covered by the unit tests of src/lib/embed/messages.ts.
 */
import type { Frame, Page } from '@playwright/test';
import { DAYS } from '#lib/data/days.ts';
import { fuzzSeed, prng } from '#testing/url-fuzz.ts';
import { VIEWS } from '#lib/data/vocabulary.ts';
import { expect, test } from './support/fixtures';
import { expectLead } from './support/lead';

const seed = fuzzSeed(process.env.QANTAR_FUZZ_SEED);

/** A blank host page (another origin than the embed's) with one embed of 6 January and /embed.js. */
async function hostWithMap(page: Page, baseURL: string): Promise<Frame> {
	await page.setContent(
		`<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head>
		<body><h1>A host article</h1>
		<iframe data-qantar src="${baseURL}/en/embed/2022-01-06/" title="Map" style="width:100%;border:0"></iframe>
		<script src="${baseURL}/embed.js"></script></body></html>`
	);
	await expect.poll(() => page.frames().some((f) => /\/embed\//.test(f.url()))).toBe(true);
	const frame = page.frames().find((f) => /\/embed\//.test(f.url()))!;
	await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 45_000
	});
	return frame;
}

test('hostile messages from the host and from other windows change nothing and throw nothing', async ({
	page,
	baseURL
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	const frame = await hostWithMap(page, baseURL!);
	const before = await frame.evaluate(() => window.qantar!.getState());

	const sent = await page.evaluate(() => {
		const w = document.querySelector('iframe')!.contentWindow!;
		const circular: Record<string, unknown> = { type: 'qantar:set', day: '2022-01-09' };
		circular.self = circular;
		let deep: unknown = { type: 'qantar:set' };
		for (let i = 0; i < 2000; i++) deep = { type: 'qantar:set', day: '2022-01-09', deep };
		const junk: unknown[] = [
			undefined,
			true,
			[1, 2, 3],
			JSON.parse('{"type":"qantar:set","day":"2022-01-09","__proto__":{"polluted":1}}'),
			JSON.parse('{"type":"qantar:set","constructor":{"prototype":{"polluted":1}}}'),
			circular,
			deep,
			{ type: 'qantar:set', day: '2022-01-09', padding: 'x'.repeat(5000) },
			`qantar:${'x'.repeat(5000)}`,
			{ type: 'qantar:set', day: 20220109 },
			{ type: 'qantar:set', view: { toString: 'almaty' } },
			{ type: 'qantar:eval', code: 'parent.alert(1)' },
			{ type: 'qantar:set', event: '<img src=x onerror=alert(1)>' },
			new Blob(['qantar:set'])
		];
		for (const m of junk) w.postMessage(m, '*');
		// Another window than the parent: a sibling frame of the host page.
		const sibling = document.createElement('iframe');
		sibling.srcdoc = `<script>parent.document.querySelector('iframe[data-qantar]').contentWindow
			.postMessage({ type: 'qantar:set', day: '2022-01-10' }, '*');</script>`;
		document.body.append(sibling);
		return junk.length;
	});
	// The embed posting to itself: also not its parent.
	await frame.evaluate(() => window.postMessage({ type: 'qantar:set', day: '2022-01-11' }, '*'));
	await expect
		.poll(() => warnings.filter((w) => w.includes('not from the host page')).length)
		.toBe(2);

	// A valid command as a sync point: everything before it has been handled.
	const state = await page.evaluate(() =>
		window.Qantar.embed(document.querySelector('iframe')!).set({ view: 'region' })
	);
	expect(state).toEqual({ ...before, view: 'region' });
	await expectLead(frame, '2022-01-06', 'en');
	// Each hostile message from the parent was reported, and none reached the prototype.
	// (All but `undefined` and `true`, which are not even objects: no host sends those to us.)
	const fromHost = warnings.filter(
		(w) => w.includes('message ignored') && !w.includes('not from the host page')
	);
	expect(fromHost).toHaveLength(sent - 2);
	expect(
		await frame.evaluate(() => (Object.prototype as Record<string, unknown>).polluted ?? null)
	).toBeNull();
	expect(await frame.locator('img[src="x"], [onerror]').count()).toBe(0);
});

test(`a flood of 1,000 qantar:set in one second ends in the last one, and the embed still answers (seed ${seed})`, async ({
	page,
	baseURL
}) => {
	const frame = await hostWithMap(page, baseURL!);
	const rand = prng(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const commands = Array.from({ length: 1000 }, () => ({
		type: 'qantar:set',
		day: pick(DAYS),
		view: pick(VIEWS)
	}));
	const last = commands.at(-1)!;

	const postedIn = await page.evaluate(async (commands) => {
		const w = document.querySelector('iframe')!.contentWindow!;
		const states: { day: string; view: string }[] = [];
		(window as unknown as { states: typeof states }).states = states;
		window.addEventListener('message', (e) => {
			if (e.source === w && e.data?.type === 'qantar:state') states.push(e.data.state);
		});
		// Two bursts of 500 with one turn of the event loop between them, so the embed may start on
		// the first while the second arrives. No longer gaps: a loaded machine stretches every timer
		// (gaps of 50 and 10 ms made the sending alone take over a second in CI).
		const start = performance.now();
		for (const burst of [commands.slice(0, 500), commands.slice(500)]) {
			for (const m of burst) w.postMessage(m, '*');
			await new Promise((r) => setTimeout(r, 0));
		}
		return performance.now() - start;
	}, commands);
	expect(postedIn).toBeLessThan(1000);

	// The last command wins: the embed reports it, shows it and is ready.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { states: object[] }).states.at(-1)), {
			timeout: 45_000
		})
		.toMatchObject({ day: last.day, view: last.view });
	await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 45_000
	});
	expect(await frame.evaluate(() => window.qantar!.getState())).toMatchObject({
		day: last.day,
		view: last.view
	});
	await expectLead(frame, last.day, 'en');
	// Commands that arrive while one is applied collapse to the latest: a few answers, not 1,000.
	const answers = await page.evaluate(() => (window as unknown as { states: object[] }).states);
	expect(answers.length).toBeLessThan(50);

	// Still responsive: a further command is applied and answered with qantar:state.
	const next = {
		day: last.day === '2022-01-10' ? '2022-01-11' : '2022-01-10',
		view: 'almaty' as const
	};
	const started = Date.now();
	const answer = await page.evaluate(
		(next) => window.Qantar.embed(document.querySelector('iframe')!).set(next),
		next
	);
	expect(answer).toMatchObject(next);
	// Generous for software WebGL on a shared machine; a stuck queue would never answer.
	expect(Date.now() - started).toBeLessThan(20_000);
	const reported = await page.evaluate(() =>
		(window as unknown as { states: object[] }).states.at(-1)
	);
	expect(reported).toMatchObject(next);
	await expectLead(frame, next.day, 'en');
});
