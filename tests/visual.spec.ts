/**
 * Visual regression: every named state (src/testing/snapshot-states.ts) against its committed baseline
 * in tests/visual/. Rendering is deterministic (static mode, SwiftShader, pixel ratio 1, readiness
 * signal), so the tolerance is MapLibre's own: 0.025 % of pixels. Update baselines with
 * `npm run test:visual -- -u` and review the changed PNGs before committing them.
 */
import { STATES, snapshotUrl } from '#testing/snapshot-states.ts';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';
import { TOLERANCE } from './support/visual';

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
