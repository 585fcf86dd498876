/**
 * The architecture's rules fire: each case lints a small file, placed where it would break one rule
 * (lint/boundaries.js), with the project's own ESLint configuration, and expects that rule's
 * message. A case that lints clean proves the rules do not forbid what the layout allows.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function messages(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
		.map((m) => m.message);
}

const breaks: [string, string, string, string][] = [
	[
		'the map importing the timeline',
		'src/lib/map/fixture-break.ts',
		"import { stepDay } from '#lib/timeline/slider.ts';\nexport const x = stepDay;",
		'src/lib/map/ may import only map, data, i18n, ui'
	],
	[
		'the timeline importing the map',
		'src/lib/timeline/fixture-break.ts',
		"import { buildStyle } from '#lib/map/style/index.ts';\nexport const x = buildStyle;",
		'src/lib/timeline/ may import only timeline, data, i18n, ui'
	],
	[
		'state importing the map',
		'src/lib/state/fixture-break.ts',
		"import type { MapGlobals } from '#lib/map/globals.ts';\nexport type X = MapGlobals;",
		'src/lib/state/ may import only state, data, i18n'
	],
	[
		'data importing a component folder',
		'src/lib/data/fixture-break.ts',
		"import { STRINGS } from '#lib/i18n/strings.ts';\nexport const x = STRINGS;",
		'src/lib/data/ may import only data'
	],
	[
		'browser code importing zod',
		'src/lib/panels/fixture-break.ts',
		"import { z } from 'zod';\nexport const x = z.string();",
		'zod is build-time only'
	],
	[
		'browser code importing the schema as a value',
		'src/lib/ui/fixture-break.ts',
		"import { eventSchema } from '#lib/data/schema.ts';\nexport const x = eventSchema;",
		'Browser code imports only types from the schema'
	],
	[
		'app code importing a test fixture',
		'src/lib/stage/fixture-break.ts',
		"import { fixtureRecord } from '#testing/fixture-record.ts';\nexport const x = fixtureRecord;",
		'App code never imports test fixtures'
	],
	[
		'the $lib alias',
		'src/lib/pages/fixture-break.ts',
		"import { DAYS } from '$lib/data/days';\nexport const x = DAYS;",
		'Import as #lib/<folder>/<file>.<ext>'
	],
	[
		'a relative import across folders',
		'src/lib/panels/fixture-break.ts',
		"import { DAYS } from '../data/days';\nexport const x = DAYS;",
		'Across folders, import as #lib/<folder>/<file>.<ext>'
	],
	[
		'a script reaching into src/lib by path',
		'src/scripts/fixture-break.ts',
		"import { DAYS } from '../lib/data/days';\nexport const x = DAYS;",
		'Import the app as #lib/<folder>/<file>.<ext>'
	],
	[
		'a spec taking test from Playwright directly',
		'tests/fixture-break.spec.ts',
		"import { test } from '@playwright/test';\ntest('x', () => {});",
		'Take test and expect from ./support/fixtures'
	]
];

// Loading the configuration (typescript-eslint, the Svelte parser) takes seconds on a cold start.
describe('lint/boundaries.js', { timeout: 60_000 }, () => {
	it.each(breaks)('catches %s', async (_name, file, code, expected) => {
		const found = await messages(file, code);
		expect(
			found.some((m) => m.includes(expected)),
			found.join('\n')
		).toBe(true);
	});

	it('allows what the layout allows', async () => {
		expect(
			await messages(
				'src/lib/stage/fixture-ok.ts',
				"import { buildStyle } from '#lib/map/style/index.ts';\nimport { DAYS } from '#lib/data/days.ts';\nimport type { Event } from '#lib/data/schema.ts';\nexport const x: [unknown, unknown, Event?] = [buildStyle, DAYS];"
			)
		).toEqual([]);
		expect(
			await messages(
				'tests/fixture-ok.spec.ts',
				"import type { Page } from '@playwright/test';\nimport { test } from './support/fixtures';\ntest('x', async ({ page }: { page: Page }) => void page);"
			)
		).toEqual([]);
	});
});
