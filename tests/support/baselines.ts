/**
 * Which Chromium rendered the visual baselines (tests/visual/chromium.txt). Software WebGL draws
 * the same pixels on every machine with the same Chromium build, but a new build may shift
 * antialiasing or text by a pixel: then the baselines say nothing about the change under test, and
 * the visual suite skips with what to do, instead of failing for a reason the change did not cause.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';

const FILE = fileURLToPath(new URL('../visual/chromium.txt', import.meta.url));

/** The Chromium version the baselines were made with, or null when none is recorded. */
export function baselineChromium(): string | null {
	return existsSync(FILE) ? readFileSync(FILE, 'utf8').trim() || null : null;
}

/** True in a run that rewrites baselines (`-u`): it records the running Chromium. */
export function rewritingBaselines(config: FullConfig): boolean {
	return config.updateSnapshots === 'all' || config.updateSnapshots === 'changed';
}

export function recordBaselineChromium(version: string): void {
	writeFileSync(FILE, `${version}\n`);
}

/** Why the baselines cannot judge this browser's pixels, or null when they can. */
export function chromiumMismatch(
	running: string,
	made: string | null = baselineChromium()
): string | null {
	if (made === running) return null;
	return `visual baselines made with Chromium ${made ?? '(not recorded)'}, this is ${running}: run \`npm run test:visual -- -u\` and review the changed images`;
}
