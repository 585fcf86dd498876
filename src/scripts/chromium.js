// Which Chromium the browser tests use: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else the one `npx playwright install chromium` downloads (Playwright's default).
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** @returns {string | undefined} the executable to launch, or undefined for Playwright's own. */
export function chromiumExecutable() {
	return existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined;
}

/**
 * WebGL through SwiftShader (software), the same pixels with or without a GPU; no background
 * networking, so the browser itself never calls out.
 */
export const CHROMIUM_ARGS = [
	'--use-gl=angle',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-features=Translate,OptimizationHints,MediaRouter'
];
