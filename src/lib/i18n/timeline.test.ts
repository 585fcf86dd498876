import { describe, expect, it } from 'vitest';
import { speedLabel, valueText } from './timeline';

describe('speed labels', () => {
	it('labels speeds in the reader’s language', () => {
		expect(speedLabel(0.5, 'en')).toBe('0.5×');
		expect(speedLabel(0.5, 'de')).toBe('0,5×');
	});
});

describe('value text', () => {
	it('reads the date and the number of events', () => {
		expect(valueText('2022-01-06', 7, 'en')).toBe('6 January 2022: 7 events');
		expect(valueText('2022-01-06', 1, 'en')).toBe('6 January 2022: 1 event');
		expect(valueText('2022-01-19', 0, 'en')).toBe('19 January 2022: no events');
	});

	it('reads German', () => {
		expect(valueText('2022-01-06', 7, 'de')).toBe('6. Januar 2022: 7 Ereignisse');
		expect(valueText('2022-01-02', 1, 'de')).toBe('2. Januar 2022: 1 Ereignis');
		expect(valueText('2022-01-19', 0, 'de')).toBe('19. Januar 2022: keine Ereignisse');
	});
});
