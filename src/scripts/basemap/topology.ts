/** TopoJSON topologies: decoding and simplifying the shared arcs. */
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { simplify } from '@turf/simplify';
import { unwrapRing } from './rings';

/** The arcs of a topology as absolute `[lon, lat]` lines (undoing quantization and delta coding). */
export function decodeArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	return topology.arcs.map((arc) => {
		if (!t) return arc.map((p) => [p[0] ?? 0, p[1] ?? 0]);
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += p[0] ?? 0;
			y += p[1] ?? 0;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

/**
 * Simplifies a topology arc by arc (Douglas–Peucker, `tolerance` in degrees). Working on the
 * shared arcs rather than on each country keeps a border identical for both neighbours: no gaps,
 * overlaps or doubled border lines. Arc endpoints stay, so the rings still join. Each arc is
 * unwrapped first so that the simplification never measures across the antimeridian jump.
 * `tolerance` may depend on the arc: finer where the map zooms in, coarser where it never does.
 * Returns a topology without a transform (absolute coordinates).
 */
export function simplifyTopology(
	topology: Topology,
	toleranceOf: number | ((arc: Position[]) => number)
): Topology {
	const arcs = decodeArcs(topology).map((arc) => {
		const line = unwrapRing(arc);
		const tolerance = typeof toleranceOf === 'number' ? toleranceOf : toleranceOf(line);
		if (line.length <= 2 || tolerance <= 0) return line;
		const simple = simplify(
			{ type: 'LineString', coordinates: line },
			{ tolerance, highQuality: true, mutate: true }
		);
		return simple.coordinates;
	});
	return { type: 'Topology', objects: topology.objects, arcs };
}
