/**
 * The project's own import graph, read from the source text: which project files a file imports
 * (through #lib/…, #testing/… or a relative path), for the fallback freshness hash and the folder
 * graph. Packages are not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** An import or re-export specifier: `from '…'`, `import '…'`, `import('…')`. */
export const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

/** The file an import names, or null for a package or a file that does not exist. */
export function resolveImport(spec: string, from: string, root: string): string | null {
	const path = spec.split('?')[0]!;
	let base: string;
	if (path.startsWith('#lib/')) base = join(root, 'src/lib', path.slice(5));
	else if (path.startsWith('#testing/')) base = join(root, 'src/testing', path.slice(9));
	else if (path.startsWith('.')) base = resolve(dirname(from), path);
	else return null;
	// As Vite resolves: a file first (`./strings` is strings.ts even beside a strings/ folder).
	for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')])
		if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
	return null;
}

/** The project files one file imports. */
export function importsOf(file: string, root: string): string[] {
	if (!/\.(ts|js|svelte)$/.test(file)) return [];
	const found: string[] = [];
	for (const [, spec] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
		const target = resolveImport(spec!, file, resolve(root));
		if (target) found.push(target);
	}
	return found;
}

/** Every project file the entries import, directly or not (CSS and Svelte included), tests left out. */
export function importClosure(entries: string[], root = '.'): string[] {
	const seen = new Set<string>();
	const queue = entries.map((e) => resolve(root, e));
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		for (const target of importsOf(file, root)) if (!/\.test\.ts$/.test(target)) queue.push(target);
	}
	return [...seen];
}
