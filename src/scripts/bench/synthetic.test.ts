import { describe, expect, it } from 'vitest';
import { DAYS } from '#lib/data/days.ts';
import { VIEW_BOUNDS } from '#lib/map/views.ts';
import { synthetic } from './synthetic';

describe('synthetic incidents', () => {
	it('are the same for the same seed and differ for another', () => {
		expect(synthetic(50)).toEqual(synthetic(50));
		expect(synthetic(50, 1).points).not.toEqual(synthetic(50).points);
	});

	it('spread over every day and stay inside the region view', () => {
		const { points, incidents, history } = synthetic(2000);
		expect(incidents.features).toHaveLength(2000);
		expect(history.features).toHaveLength(2000);
		const days = new Set(points.features.map((f) => f.properties!.day));
		expect(days.size).toBe(DAYS.length);
		const [w, s, e, n] = VIEW_BOUNDS.region;
		for (const f of points.features) {
			const [x, y] = f.geometry.coordinates as [number, number];
			expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
		}
	});

	it('put app and baseline points at the same places on the same days', () => {
		const { points, incidents } = synthetic(100);
		expect(incidents.features.map((f) => [f.geometry.coordinates, f.properties!.day])).toEqual(
			points.features.map((f) => [f.geometry.coordinates, f.properties!.day])
		);
	});
});
