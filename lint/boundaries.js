/**
 * The project's architecture as lint rules (README, "Project layout"): which folder of src/lib may
 * import which, one import style, and the rules that used to live only in comments. Each rule is
 * proved to fire by tests/lint-boundaries.test.ts.
 */

/** The folders of src/lib, and what each may import besides itself and packages. */
export const LAYERS = {
	data: [],
	i18n: ['data'],
	ui: ['data', 'i18n'],
	state: ['data', 'i18n'],
	map: ['data', 'i18n', 'ui'],
	timeline: ['data', 'i18n', 'ui'],
	panels: ['data', 'i18n', 'ui', 'state'],
	embed: ['data', 'i18n', 'ui', 'state'],
	stage: ['data', 'i18n', 'ui', 'state', 'map', 'timeline', 'panels'],
	pages: ['data', 'i18n', 'ui', 'state', 'map', 'timeline', 'panels', 'stage', 'embed'],
	server: ['data']
};

const FOLDERS = Object.keys(LAYERS);

/** One import style: `#lib/<folder>/<file>.<ext>` across folders, `./x` within one. */
const STYLE = [
	{
		group: ['$lib', '$lib/*'],
		message: 'Import as #lib/<folder>/<file>.<ext> (README, "Imports").'
	},
	{
		group: ['../*'],
		message: 'Across folders, import as #lib/<folder>/<file>.<ext> or #testing/<file>.<ext>.'
	}
];

/** Browser code never carries the schema library: the record is validated at build time. */
const NO_ZOD = [
	{
		name: 'zod',
		allowTypeImports: true,
		message: 'zod is build-time only; the browser reads the validated record.'
	}
];
const NO_SCHEMA_VALUES = [
	{
		regex: '^#lib/data/(schema|validate|load)(\\.ts$|/)',
		allowTypeImports: true,
		message:
			'Browser code imports only types from the schema; lists come from #lib/data/vocabulary.ts.'
	}
];

const rule = (patterns, paths = []) => [
	'error',
	{ patterns: patterns.map((p) => ({ ...p })), ...(paths.length ? { paths } : {}) }
];

function layer(folder) {
	const allowed = new Set([folder, ...LAYERS[folder]]);
	const forbidden = FOLDERS.filter((f) => !allowed.has(f));
	const browser = !['data', 'server'].includes(folder);
	return {
		files: [`src/lib/${folder}/**`],
		// A unit test may compose whatever it checks, and use the fixtures.
		ignores: ['**/*.test.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': rule(
				[
					...STYLE,
					...(forbidden.length
						? [
								{
									regex: `^#lib/(${forbidden.join('|')})/`,
									message: `src/lib/${folder}/ may import only ${[...allowed].join(', ')} (lint/boundaries.js).`
								}
							]
						: []),
					{ regex: '^#testing/', message: 'App code never imports test fixtures.' },
					...(browser ? NO_SCHEMA_VALUES : [])
				],
				browser ? NO_ZOD : []
			)
		}
	};
}

export const boundaries = [
	{ rules: { 'no-restricted-imports': 'off' } },
	{
		files: ['src/**', 'tests/**'],
		rules: { '@typescript-eslint/no-restricted-imports': rule([STYLE[0]]) }
	},
	{
		files: ['src/scripts/**', 'src/testing/**', 'src/routes/**', 'src/*.ts', 'tests/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': rule([
				STYLE[0],
				{
					regex: '^(\\.\\./)+(src/)?(lib|testing)/',
					message:
						'Import the app as #lib/<folder>/<file>.<ext> and fixtures as #testing/<file>.<ext>.'
				}
			])
		}
	},
	...FOLDERS.map(layer),
	{
		files: ['src/lib/**/*.test.ts'],
		rules: { '@typescript-eslint/no-restricted-imports': rule(STYLE) }
	},
	{
		// Every browser test goes through support/fixtures.ts, which fails a test on any request that
		// leaves the site and on uncaught page errors; `test` straight from Playwright skips both.
		files: ['tests/*.spec.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': rule(
				[
					STYLE[0],
					{
						regex: '^(\\.\\./)+(src/)?(lib|testing)/',
						message:
							'Import the app as #lib/<folder>/<file>.<ext> and fixtures as #testing/<file>.<ext>.'
					}
				],
				[
					{
						name: '@playwright/test',
						allowTypeImports: true,
						message: 'Take test and expect from ./support/fixtures (it guards every request).'
					}
				]
			)
		}
	}
];
