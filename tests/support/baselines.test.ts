import { describe, expect, it } from 'vitest';
import { baselineChromium, chromiumMismatch } from './baselines';

describe('the Chromium the visual baselines were made with', () => {
	it('is recorded beside them as a version number', () => {
		expect(baselineChromium()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
	});

	it('lets the suite judge pixels only in the same Chromium', () => {
		expect(chromiumMismatch('150.0.7871.100', '150.0.7871.100')).toBeNull();
		expect(chromiumMismatch('150.0.7871.114', '150.0.7871.100')).toBe(
			'visual baselines made with Chromium 150.0.7871.100, this is 150.0.7871.114: run `npm run test:visual -- -u` and review the changed images'
		);
		expect(chromiumMismatch('150.0.7871.100', null)).toMatch(
			/^visual baselines made with Chromium \(not recorded\), this is 150/
		);
	});
});
