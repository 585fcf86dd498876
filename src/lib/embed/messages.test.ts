import { describe, expect, it } from 'vitest';
import {
	configuredOrigins,
	judgeMessage,
	originAllowed,
	parseInbound,
	pymHeightMessage,
	MAX_MESSAGE_BYTES,
	type Verdict
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

describe('hostile messages', () => {
	const set = (extra: object) => ({ type: 'qantar:set', ...extra });

	it.each([
		['undefined', undefined, 'not an object'],
		['a boolean', true, 'not an object'],
		['an array', [1, 2, 3], 'not a qantar message'],
		['an array dressed as set', Object.assign(['qantar:set'], { type: 'qantar:set' }), 'message'],
		['a type that is not a string', { type: 42 }, 'not a qantar message'],
		['an unknown qantar type', { type: 'qantar:eval', code: 'alert(1)' }, 'type:'],
		['a day as a number', set({ day: 20220106 }), 'day:'],
		['a view as an object', set({ view: { toString: 'almaty' } }), 'view:'],
		['an event that is too long', set({ event: 'e'.repeat(121) }), 'event:'],
		['a language not offered', set({ lang: 'ru' }), 'lang:'],
		['a string of 5 KB', `qantar:${'x'.repeat(5000)}`, 'message too large'],
		['an object of 5 KB', set({ note: 'x'.repeat(5000) }), 'message too large']
	])('ignores %s', (_name, data, reason) => {
		const r = parseInbound(data, null);
		expect(r.kind).toBe('ignore');
		expect(r.kind === 'ignore' && r.reason).toContain(reason);
	});

	it('ignores prototype-pollution keys and leaves Object.prototype alone', () => {
		// As a structured clone or JSON.parse delivers them: own properties named like the prototype.
		for (const data of [
			JSON.parse('{"type":"qantar:set","__proto__":{"polluted":true}}'),
			JSON.parse('{"type":"qantar:set","constructor":{"prototype":{"polluted":true}}}'),
			JSON.parse('{"type":"qantar:set","day":"2022-01-07","prototype":{"polluted":true}}')
		]) {
			const r = parseInbound(data, null);
			expect(r.kind).toBe('ignore');
			expect(r.kind === 'ignore' && r.reason).toContain('Unrecognized key');
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('ignores circular and deeply nested messages without throwing', () => {
		const circular: Record<string, unknown> = { type: 'qantar:set' };
		circular.self = circular;
		expect(parseInbound(circular, null)).toEqual({ kind: 'ignore', reason: 'not serialisable' });
		let deep: unknown = { type: 'qantar:set' };
		for (let i = 0; i < 100_000; i++) deep = { type: 'qantar:set', deep };
		expect(parseInbound(deep, null).kind).toBe('ignore');
		const wide = set({ list: Array.from({ length: 10_000 }, (_, i) => i) });
		expect(parseInbound(wide, null)).toEqual({ kind: 'ignore', reason: 'message too large' });
	});

	it('ignores a message whose fields throw when read', () => {
		// Structured clones carry no getters, but the parser must not trust that.
		const trap = { type: 'qantar:set' };
		Object.defineProperty(trap, 'day', {
			enumerable: true,
			get() {
				throw new Error('trap');
			}
		});
		expect(() => parseInbound(trap, null)).not.toThrow();
		expect(parseInbound(trap, null).kind).toBe('ignore');
	});
});

describe('judgeMessage', () => {
	const valid = { type: 'qantar:set', day: '2022-01-07' };
	const from = (data: unknown, origin = 'https://news.example', fromParent = true) => ({
		data,
		origin,
		fromParent
	});
	/** Whether an ignored message is warned about (false for anything not ignored). */
	const warns = (v: Verdict) => v.kind === 'ignore' && v.warn;

	it('applies a valid command from the parent when no allowlist is set', () => {
		expect(judgeMessage(from(valid), null, [])).toEqual({
			kind: 'set',
			command: { day: '2022-01-07' }
		});
	});

	it('ignores commands from any window but the parent, with a warning only for ours', () => {
		expect(judgeMessage(from(valid, 'https://news.example', false), null, [])).toEqual({
			kind: 'ignore',
			reason: 'not from the host page',
			warn: true
		});
		expect(warns(judgeMessage(from({ source: 'react-devtools' }, 'x', false), null, []))).toBe(
			false
		);
	});

	it('with an allowlist, ignores commands from other origins, with a warning', () => {
		const list = configuredOrigins('https://news.example,https://*.paper.example');
		expect(judgeMessage(from(valid), null, list).kind).toBe('set');
		expect(judgeMessage(from(valid, 'https://www.paper.example'), null, list).kind).toBe('set');
		for (const origin of [
			'https://evil.example',
			'null',
			'http://news.example',
			'https://news.example:8443',
			'https://news.example.evil.example',
			'https://paper.example.evil.example',
			'https://evilpaper.example'
		])
			expect(judgeMessage(from(valid, origin), null, list), origin).toEqual({
				kind: 'ignore',
				reason: `commands from ${origin} are not allowed`,
				warn: true
			});
	});

	it('warns about ignored objects from the parent, but not about its other strings', () => {
		expect(warns(judgeMessage(from({ type: 'qantar:set', view: 'moon' }), null, []))).toBe(true);
		expect(warns(judgeMessage(from(null), null, []))).toBe(true);
		expect(warns(judgeMessage(from('hello'), null, []))).toBe(false);
		expect(warns(judgeMessage(from('qantar:nonsense'), null, []))).toBe(true);
	});

	it('never throws, whatever arrives', () => {
		const junk = [undefined, null, 0, -0, NaN, '', 'x'.repeat(100_000), [], {}, new Date(0)];
		for (const data of junk)
			for (const fromParent of [true, false])
				expect(() =>
					judgeMessage(from(data, 'null', fromParent), 'q1', ['https://a.example'])
				).not.toThrow();
	});
});

describe('event ids in commands', () => {
	it('takes the form of an id only', () => {
		expect(parseInbound({ type: 'qantar:set', event: '2022-01-05-akimat-stormed' }, null)).toEqual({
			kind: 'set',
			command: { event: '2022-01-05-akimat-stormed' }
		});
		expect(parseInbound({ type: 'qantar:set', event: null }, null).kind).toBe('set');
		const r = parseInbound({ type: 'qantar:set', event: '<img src=x onerror=alert(1)>' }, null);
		expect(r).toEqual({ kind: 'ignore', reason: 'event: not an event id' });
	});
});
