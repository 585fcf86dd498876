/**
 * `npm run graph`: the import graph between the folders of src/lib (what imports what, with the
 * number of import lines), and any cycle in it. The allowed edges are lint/boundaries.js's; this
 * prints what the code really does.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { importsOf } from './imports';

/** All .ts/.js/.svelte files under a folder, tests excluded. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

/** The src/lib folder a file is in, or null outside src/lib. */
function folderOf(file: string, lib: string): string | null {
	const rel = relative(lib, file);
	return rel.startsWith('..') || !rel.includes(sep) ? null : rel.split(sep)[0]!;
}

/** Edges `from → to` between src/lib folders, with how many import lines make each. */
export function folderGraph(root = '.'): Map<string, Map<string, number>> {
	const lib = resolve(root, 'src/lib');
	const graph = new Map<string, Map<string, number>>();
	for (const file of sources(lib)) {
		const from = folderOf(file, lib);
		if (!from) continue;
		for (const target of importsOf(file, root)) {
			const to = folderOf(target, lib);
			if (!to || to === from) continue;
			const edges = graph.get(from) ?? new Map<string, number>();
			edges.set(to, (edges.get(to) ?? 0) + 1);
			graph.set(from, edges);
		}
	}
	return graph;
}

/** Every cycle of folders, each as the path that closes it (e.g. state → map → state). */
export function cycles(graph: Map<string, Map<string, number>>): string[][] {
	const found: string[][] = [];
	const visit = (node: string, path: string[]) => {
		for (const next of graph.get(node)?.keys() ?? []) {
			const at = path.indexOf(next);
			if (at >= 0) found.push([...path.slice(at), next]);
			else visit(next, [...path, next]);
		}
	};
	for (const start of [...graph.keys()].sort()) visit(start, [start]);
	const unique = new Map<string, string[]>();
	for (const c of found) {
		const key = [...c.slice(0, -1)].sort().join(',');
		if (!unique.has(key)) unique.set(key, c);
	}
	return [...unique.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const graph = folderGraph();
	for (const from of [...graph.keys()].sort())
		for (const [to, n] of [...graph.get(from)!].sort())
			console.log(`${from.padEnd(9)} → ${to.padEnd(9)} ${n}`);
	const found = cycles(graph);
	console.log(
		found.length ? `cycles:\n${found.map((c) => c.join(' → ')).join('\n')}` : 'no cycles'
	);
	process.exit(found.length ? 1 : 0);
}
