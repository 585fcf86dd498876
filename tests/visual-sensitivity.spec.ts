/**
 * The visual suite's own sensitivity: the same state with one colour of the map style changed
 * differs from itself as first rendered by more than the suite's tolerance, and leaves a readable
 * diff image; and, when the baselines were made with this Chromium, the state as first rendered
 * matches its committed baseline. The first half needs no baseline, so it runs on every Chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { STATES, snapshotUrl } from '#testing/snapshot-states.ts';
import { chromiumMismatch, rewritingBaselines } from './support/baselines';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';
import { TOLERANCE } from './support/visual';

/** Share of pixels that differ, as Playwright's comparator counts them; writes the diff image. */
function differing(actual: Buffer, expected: Buffer, diffPath: string): number {
	const a = PNG.sync.read(actual);
	const b = PNG.sync.read(expected);
	expect([a.width, a.height]).toEqual([b.width, b.height]);
	const diff = new PNG({ width: a.width, height: a.height });
	const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
		threshold: TOLERANCE.threshold
	});
	writeFileSync(diffPath, PNG.sync.write(diff));
	return count / (a.width * a.height);
}

test('a changed map colour fails the comparison with a readable diff', async ({
	page,
	browser
}, info) => {
	const state = STATES.find(
		(s) => s.route === 'embed' && s.theme === 'light' && s.view === 'region'
	)!;
	await page.setViewportSize(state.viewport);
	await page.goto(snapshotUrl(state));
	await ready(page);
	const asIs = await page.screenshot();

	// Against the committed baseline only where it can judge: same Chromium, not being rewritten.
	if (!rewritingBaselines(info.config) && chromiumMismatch(browser.version()) === null) {
		const baseline = readFileSync(info.snapshotPath(`${state.name}.png`));
		const drift = differing(asIs, baseline, info.outputPath('as-is-diff.png'));
		expect(drift).toBeLessThanOrEqual(TOLERANCE.maxDiffPixelRatio);
	}

	// The water a shade darker (#dfe7ec → #d6e0e6): a change a reader would barely see, the
	// suite must.
	// Listening for `idle` before the change, in the same call: an idle between two calls would
	// be missed and the wait would never end.
	await page.evaluate(
		() =>
			new Promise((settled) => {
				const map = window.qantar!.map!;
				map.once('idle', settled);
				map.setPaintProperty('water', 'background-color', '#d6e0e6');
				map.triggerRepaint();
			})
	);
	const changedDiff = info.outputPath('changed-diff.png');
	const changed = differing(await page.screenshot(), asIs, changedDiff);
	expect(changed).toBeGreaterThan(TOLERANCE.maxDiffPixelRatio);
	await info.attach('diff', { path: changedDiff, contentType: 'image/png' });
});
