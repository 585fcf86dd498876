/**
 * Visual regression: every named state (src/testing/snapshot-states.ts) against its committed baseline
 * in tests/visual/. Rendering is deterministic (static mode, SwiftShader, pixel ratio 1, readiness
 * signal), so the tolerance is MapLibre's own: 0.025 % of pixels. Update baselines with
 * `npm run test:visual -- -u` and review the changed PNGs before committing them. The baselines
 * hold for the Chromium that made them (support/baselines.ts); with another, the suite is skipped.
 */
import { STATES, snapshotUrl } from '#testing/snapshot-states.ts';
import { chromiumMismatch, recordBaselineChromium, rewritingBaselines } from './support/baselines';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';
import { TOLERANCE } from './support/visual';

test.beforeAll(({ browser }, info) => {
	if (rewritingBaselines(info.config)) return recordBaselineChromium(browser.version());
	const mismatch = chromiumMismatch(browser.version());
	if (mismatch) console.warn(`\n  SKIPPED: ${mismatch}\n`);
	test.skip(mismatch !== null, mismatch ?? '');
});

for (const state of STATES) {
	test(`state ${state.name}`, async ({ page }) => {
		await page.setViewportSize(state.viewport);
		await page.goto(snapshotUrl(state));
		await ready(page);
		await expect(page).toHaveScreenshot(`${state.name}.png`, {
			...TOLERANCE,
			animations: 'disabled',
			caret: 'hide'
		});
	});
}
