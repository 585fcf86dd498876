import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/scripts/chromium.js';

// QANTAR_PORT lets several checkouts test side by side without sharing a server.
const PORT = Number(process.env.QANTAR_PORT ?? 4173);

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: '../test-results',
	// One baseline per state, the same on every machine: SwiftShader renders identically.
	snapshotPathTemplate: '{testDir}/visual/{arg}{ext}',
	fullyParallel: true,
	// Software WebGL on two shared cores: a map state takes 1–3 s to render.
	timeout: 60_000,
	workers: process.env.CI ? 2 : undefined,
	// One retry in CI, reported as "flaky" in the output: a landing should not hang on a rare
	// hiccup of a loaded machine, and a flaky test still shows.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI
		? [['list']]
		: [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		...devices['Desktop Chrome'],
		deviceScaleFactor: 1,
		locale: 'en-GB',
		timezoneId: 'America/Los_Angeles',
		launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	webServer: {
		// The built site, as a static host serves it (`npm run build` runs before the tests).
		command: `node src/scripts/serve.js build ${PORT}`,
		cwd: '..',
		url: `http://localhost:${PORT}/en/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
