/**
 * Every browser test goes through support/fixtures.ts, which fails a test on any request that
 * leaves the site's origin and on uncaught page errors. A spec that took `test` straight from
 * '@playwright/test' would silently skip both checks; this fails instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = import.meta.dirname;
const specs = readdirSync(TESTS).filter((f) => f.endsWith('.spec.ts'));

/** The names a file imports as values (not `import type`) from a module. */
function valueImports(source: string, from: string): string[] {
	const names: string[] = [];
	for (const m of source.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
		if (m[1] || m[3] !== from) continue;
		const clause = m[2]!;
		const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
		for (const part of named.split(',')) {
			const name = part.trim();
			if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0]!);
		}
		const outside = clause
			.replace(/\{[^}]*\}/, '')
			.replace(/,/g, ' ')
			.trim();
		if (outside) names.push(outside);
	}
	return names;
}

describe('browser tests use the guarded fixture', () => {
	it('reads value imports, not type imports', () => {
		const src = `import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import pw, { type Frame } from '@playwright/test';`;
		expect(valueImports(src, '@playwright/test')).toEqual(['test', 'expect', 'pw']);
	});

	it('finds the spec files', () => {
		expect(specs.length).toBeGreaterThan(5);
	});

	it.each(specs)('%s takes test from ./support/fixtures, never from @playwright/test', (spec) => {
		const source = readFileSync(join(TESTS, spec), 'utf8');
		expect(valueImports(source, '@playwright/test')).toEqual([]);
		expect(valueImports(source, './support/fixtures')).toContainEqual('test');
	});
});
