import { describe, expect, it } from 'vitest';
import { cycles, folderGraph } from './import-graph';

describe('the folder import graph of src/lib', () => {
	it('finds a cycle where there is one, and only then', () => {
		const g = (edges: [string, string][]) => {
			const graph = new Map<string, Map<string, number>>();
			for (const [a, b] of edges) graph.set(a, (graph.get(a) ?? new Map()).set(b, 1));
			return graph;
		};
		expect(
			cycles(
				g([
					['state', 'data'],
					['map', 'data'],
					['map', 'ui']
				])
			)
		).toEqual([]);
		expect(
			cycles(
				g([
					['state', 'map'],
					['map', 'state'],
					['map', 'data']
				])
			)
		).toEqual([['map', 'state', 'map']]);
	});

	it('reads the real edges (pages compose the stage, nothing imports pages)', () => {
		const graph = folderGraph();
		expect(graph.get('pages')?.has('stage')).toBe(true);
		for (const [from, edges] of graph) expect(edges.has('pages'), from).toBe(false);
	});

	it('has no cycle between folders', () => {
		expect(cycles(folderGraph())).toEqual([]);
	});
});
