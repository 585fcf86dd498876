import { describe, expect, it } from 'vitest';
import {
	dayPath,
	embedPath,
	fallbackImagePath,
	langPath,
	mapImagePath,
	methodologyHref
} from './links';
import { defaultState, serializeUrl } from './url';

describe('the addresses the site links to', () => {
	it('builds the content paths of the URL scheme', () => {
		expect(langPath('de')).toBe('/de/');
		expect(dayPath('en', '2022-01-06')).toBe('/en/2022-01-06/');
		expect(embedPath('de', '2022-01-07')).toBe('/de/embed/2022-01-07/');
		expect(fallbackImagePath('de', '2022-01-07')).toBe('/fallback/de/2022-01-07.jpg');
		expect(mapImagePath('de', '2022-01-07', 'tall')).toBe('/fallback/de/2022-01-07-map-tall.jpg');
	});

	it('are the paths serializeUrl writes for a bare state', () => {
		expect(serializeUrl(defaultState('en', '2022-01-06'))).toBe(dayPath('en', '2022-01-06'));
		expect(serializeUrl(defaultState('de', '2022-01-07', true))).toBe(
			embedPath('de', '2022-01-07')
		);
	});

	it('links the methodology page with the reader’s theme and a section', () => {
		expect(methodologyHref('en')).toBe('/en/methodology/');
		expect(methodologyHref('de', { theme: 'dark' })).toBe('/de/methodology/?theme=dark');
		expect(methodologyHref('en', { theme: null, section: 'figures' })).toBe(
			'/en/methodology/#figures'
		);
		expect(methodologyHref('en', { theme: 'light', section: 'figures' })).toBe(
			'/en/methodology/?theme=light#figures'
		);
	});
});
