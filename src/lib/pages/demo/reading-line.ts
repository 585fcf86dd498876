/**
 * Which step of the demo story is at the reading line, from the page's geometry alone: however
 * the reader got there (wheel, PageDown, End, a jump link, a reload, Back), the answer depends
 * only on where the steps are now, never on which scroll events happened to fire on the way.
 */

/** The reading line, as a fraction of the viewport's height from its top (scrollama's offset). */
export const READING_LINE = 0.6;

export interface Box {
	top: number;
	bottom: number;
}

/**
 * The index of the step whose box crosses the line, or of the last step above it when none does
 * (between two steps, or past the last one); the first step when all are below it. `boxes` are in
 * the story's order, in viewport coordinates (`getBoundingClientRect`).
 */
export function stepAtLine(boxes: readonly Box[], line: number): number {
	let above = 0;
	for (let i = 0; i < boxes.length; i++) {
		const box = boxes[i]!;
		if (box.top > line) break;
		if (box.bottom > line) return i;
		above = i;
	}
	return above;
}

/**
 * Sends the step the reader is at to the embed, one command at a time, so the last step wins:
 * while a command is on its way, newer steps only replace the one waiting, and what the embed is
 * last told is always the step at the line now. Nothing goes out before the embed is ready (a
 * message to a page still loading is lost), and on ready the step is sent only if the embed does
 * not already show it (a reload may restore the embed where it was).
 */
export class StepFollower<T> {
	private wanted: T | null = null;
	private sent: T | null = null;
	private shown: T | null = null;
	private ready = false;
	private busy = false;
	/** Bumped on each (re)load of the embed: an answer from before it settles nothing. */
	private generation = 0;

	constructor(
		private readonly send: (step: T) => Promise<unknown>,
		private readonly same: (a: T, b: T) => boolean = (a, b) => a === b
	) {}

	/** The step at the reading line now. */
	want(step: T) {
		this.wanted = step;
		this.pump();
	}

	/** The embed (re)loaded and is ready, showing `shown` (null: none of the steps). */
	readyWith(shown: T | null) {
		this.ready = true;
		this.busy = false;
		this.generation++;
		this.shown = shown;
		this.sent = null;
		this.pump();
	}

	private pump() {
		const wanted = this.wanted;
		if (!this.ready || this.busy || wanted === null) return;
		const last = this.sent ?? this.shown;
		if (last !== null && this.same(last, wanted)) return;
		this.sent = wanted;
		this.busy = true;
		const generation = this.generation;
		const settle = () => {
			if (generation !== this.generation) return;
			this.busy = false;
			this.pump();
		};
		void this.send(wanted).then(settle, settle);
	}
}
