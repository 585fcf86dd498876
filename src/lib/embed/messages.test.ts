import { describe, expect, it } from 'vitest';
import {
	configuredOrigins,
	originAllowed,
	parseInbound,
	pymHeightMessage,
	MAX_MESSAGE_BYTES
} from './messages';

describe('parseInbound', () => {
	it('reads a valid set command', () => {
		expect(parseInbound({ type: 'qantar:set', day: '2022-01-07', view: 'almaty' }, null)).toEqual({
			kind: 'set',
			command: { day: '2022-01-07', view: 'almaty' }
		});
	});

	it.each([
		[{ type: 'qantar:set', day: '2022-02-30' }, 'day: not a day of the timeline'],
		[{ type: 'qantar:set', view: 'moon' }, 'view:'],
		[{ type: 'qantar:set', html: '<img src=x onerror=alert(1)>' }, 'Unrecognized key'],
		[{ type: 'qantar:explode' }, 'type:'],
		[{ type: 'other' }, 'not a qantar message'],
		[null, 'not an object'],
		[42, 'not an object'],
		[{ type: 'qantar:set', day: 'x'.repeat(MAX_MESSAGE_BYTES) }, 'message too large']
	])('ignores %j with a reason', (data, reason) => {
		const r = parseInbound(data, null);
		expect(r.kind).toBe('ignore');
		expect(r.kind === 'ignore' && r.reason).toContain(reason);
	});

	it('reads pym.js messages addressed to this child only', () => {
		expect(parseInbound('pymxPYMxq1xPYMxwidthxPYMx640', 'q1')).toEqual({
			kind: 'pym',
			type: 'width',
			message: '640'
		});
		expect(parseInbound('pymxPYMxq2xPYMxwidthxPYMx640', 'q1').kind).toBe('ignore');
		expect(parseInbound('pymxPYMxq1xPYMxwidthxPYMx640', null).kind).toBe('ignore');
	});

	it('writes the pym.js height message', () => {
		expect(pymHeightMessage('q1', 812)).toBe('pymxPYMxq1xPYMxheightxPYMx812');
	});
});

describe('origins', () => {
	it('allows any parent without an allowlist', () => {
		expect(originAllowed('https://evil.example', [])).toBe(true);
	});

	it('allows listed origins and subdomain wildcards only', () => {
		const list = configuredOrigins(' https://news.example , https://*.paper.example');
		expect(list).toEqual(['https://news.example', 'https://*.paper.example']);
		expect(originAllowed('https://news.example', list)).toBe(true);
		expect(originAllowed('https://www.paper.example', list)).toBe(true);
		expect(originAllowed('https://news.example.evil', list)).toBe(false);
		expect(originAllowed('http://www.paper.example', list)).toBe(false);
		expect(originAllowed('https://paper.example.evil.com', list)).toBe(false);
	});
});
