// Run before the browser tests: says clearly what to do when no Chromium can be found.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, chromiumExecutable } from '../../src/scripts/chromium.js';

if (!chromiumExecutable()) {
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = '';
	}
	if (!bundled || !existsSync(bundled)) {
		console.error(
			[
				`No Chromium found at ${CHROMIUM_PATH} (set CHROMIUM_PATH to use another).`,
				'Install one of:',
				'  - Debian/Ubuntu:  sudo apt-get install chromium',
				'  - any system:     npx playwright install chromium',
				'then run the tests again.'
			].join('\n')
		);
		process.exit(1);
	}
}
