import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAYS } from '#lib/data/days.ts';
import { Player } from './player.svelte.ts';
import { SPEEDS } from './slider';

const FIRST = DAYS[0]!;
const LAST = DAYS.at(-1)!;

/**
 * A player on a page that shows each day it is sent to (`slowPage`: one that never gets there).
 * `rerun` does what TimeSlider's `$effect` does: schedule again whenever the shown day, the play
 * state or the speed changes.
 */
function onPage(start: string, { slowPage = false } = {}) {
	let day = start;
	let disabled = false;
	let cancel: (() => void) | undefined;
	const sent: string[] = [];
	const rerun = () => {
		cancel?.();
		cancel = player.schedule();
	};
	const player = new Player({
		days: () => DAYS,
		day: () => day,
		disabled: () => disabled,
		onchange: (d) => {
			sent.push(d);
			if (slowPage) return;
			day = d;
			rerun();
		}
	});
	return {
		player,
		sent,
		rerun,
		day: () => day,
		setDisabled(value: boolean) {
			disabled = value;
			rerun();
		},
		press() {
			player.toggle();
			rerun();
		}
	};
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the player', () => {
	it('never plays by itself (so neither for readers who asked for reduced motion)', () => {
		const p = onPage('2022-01-06');
		p.rerun();
		vi.advanceTimersByTime(60_000);
		expect(p.player.playing).toBe(false);
		expect(p.sent).toEqual([]);
	});

	it('plays one day per step at the default speed, from the day shown', () => {
		const p = onPage('2022-01-06');
		p.press();
		expect(p.player.running).toBe(true);
		vi.advanceTimersByTime(999);
		expect(p.sent).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(p.sent).toEqual(['2022-01-07']);
		vi.advanceTimersByTime(1000);
		expect(p.sent).toEqual(['2022-01-07', '2022-01-08']);
	});

	it('pauses when pressed again', () => {
		const p = onPage('2022-01-06');
		p.press();
		vi.advanceTimersByTime(1000);
		p.press();
		expect(p.player.playing).toBe(false);
		vi.advanceTimersByTime(10_000);
		expect(p.sent).toEqual(['2022-01-07']);
	});

	it('stops on the last day', () => {
		const p = onPage(DAYS.at(-3)!);
		p.press();
		vi.advanceTimersByTime(1000);
		expect(p.player.playing).toBe(true);
		vi.advanceTimersByTime(1000);
		expect(p.day()).toBe(LAST);
		expect(p.player.playing).toBe(false);
		vi.advanceTimersByTime(10_000);
		expect(p.sent).toEqual([DAYS.at(-2)!, LAST]);
	});

	it('starts again from the first day when pressed on the last', () => {
		const p = onPage(LAST);
		p.press();
		expect(p.sent).toEqual([FIRST]);
		expect(p.player.playing).toBe(true);
	});

	it('honours the speed the reader picked', () => {
		const fast = SPEEDS.find((s) => s.factor === 2)!;
		const p = onPage('2022-01-06');
		p.player.speedMs = fast.ms;
		p.press();
		vi.advanceTimersByTime(fast.ms);
		expect(p.sent).toEqual(['2022-01-07']);
		vi.advanceTimersByTime(fast.ms);
		expect(p.sent).toEqual(['2022-01-07', '2022-01-08']);
	});

	it('waits for the page to show a day before the next step', () => {
		const p = onPage('2022-01-06', { slowPage: true });
		p.press();
		vi.advanceTimersByTime(10_000);
		expect(p.sent).toEqual(['2022-01-07']);
	});

	it('stops when the reader steps or drags', () => {
		const p = onPage('2022-01-06');
		p.press();
		p.player.stop();
		p.rerun();
		vi.advanceTimersByTime(10_000);
		expect(p.sent).toEqual([]);
	});

	it('does not play in static mode', () => {
		const p = onPage('2022-01-06');
		p.press();
		p.setDisabled(true);
		expect(p.player.running).toBe(false);
		vi.advanceTimersByTime(10_000);
		expect(p.sent).toEqual([]);
		p.player.stop();
		p.press();
		expect(p.player.playing).toBe(false);
	});
});
