import { describe, expect, it } from 'vitest';
import { StepFollower, stepAtLine } from './reading-line';

// Three steps of 100 px, 300 px apart, as the viewport sees them.
const boxes = (scroll: number) =>
	[0, 400, 800].map((top) => ({ top: top - scroll, bottom: top + 100 - scroll }));

describe('stepAtLine', () => {
	it('is the step whose box crosses the line', () => {
		expect(stepAtLine(boxes(0), 50)).toBe(0);
		expect(stepAtLine(boxes(0), 450)).toBe(1);
		expect(stepAtLine(boxes(300), 550)).toBe(2);
	});

	it('is the last step above the line between steps and past the end', () => {
		expect(stepAtLine(boxes(0), 200)).toBe(0);
		expect(stepAtLine(boxes(0), 799)).toBe(1);
		expect(stepAtLine(boxes(5000), 400)).toBe(2);
	});

	it('is the first step when every step is below the line', () => {
		expect(stepAtLine(boxes(-1000), 400)).toBe(0);
		expect(stepAtLine([], 400)).toBe(0);
	});
});

/** A send whose answers the test releases one by one. */
function manual() {
	const sent: number[] = [];
	const answers: (() => void)[] = [];
	const send = (step: number) => {
		sent.push(step);
		return new Promise<void>((resolve) => answers.push(resolve));
	};
	const answer = async () => {
		answers.shift()!();
		await Promise.resolve();
		await Promise.resolve();
	};
	return { sent, send, answer };
}

describe('StepFollower', () => {
	it('sends nothing before the embed is ready, then only what it does not show', () => {
		const m = manual();
		const f = new StepFollower(m.send);
		f.want(3);
		f.want(4);
		expect(m.sent).toEqual([]);
		f.readyWith(4);
		expect(m.sent).toEqual([]);
		const g = new StepFollower(m.send);
		g.want(2);
		g.readyWith(0);
		expect(m.sent).toEqual([2]);
	});

	it('keeps one command in flight, and the last step wins', async () => {
		const m = manual();
		const f = new StepFollower(m.send);
		f.readyWith(0);
		f.want(1);
		f.want(5);
		f.want(7);
		expect(m.sent).toEqual([1]);
		await m.answer();
		expect(m.sent).toEqual([1, 7]);
		await m.answer();
		f.want(7);
		expect(m.sent).toEqual([1, 7]);
	});

	it('sends nothing when the reader comes back to the step on its way', async () => {
		const m = manual();
		const f = new StepFollower(m.send);
		f.readyWith(0);
		f.want(2);
		f.want(3);
		f.want(2);
		await m.answer();
		expect(m.sent).toEqual([2]);
	});

	it('starts over when the embed reloads, ignoring answers from before', async () => {
		const m = manual();
		const f = new StepFollower(m.send);
		f.readyWith(0);
		f.want(4);
		f.readyWith(0);
		expect(m.sent).toEqual([4, 4]);
		await m.answer();
		f.want(5);
		expect(m.sent).toEqual([4, 4]);
		await m.answer();
		expect(m.sent).toEqual([4, 4, 5]);
	});
});
