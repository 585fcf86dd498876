/**
 * Play through the days: whether it plays, how fast, and the clock. Play is only ever started by
 * the reader (never by itself, so also not for readers who asked for reduced motion), stops on
 * the last day, when the reader steps or drags, and in static mode.
 */
import { DEFAULT_SPEED_MS, nextPlayDay, playStartDay } from './slider';

/** The timeline the player moves along: read through functions, so it always sees the props. */
export interface PlayerTimeline {
	days(): readonly string[];
	/** The day the page shows. */
	day(): string;
	/** Static mode: shown but not interactive, never playing. */
	disabled(): boolean;
	/** Moves the page to a day. */
	onchange(day: string): void;
}

export class Player {
	playing = $state(false);
	/** Milliseconds per day (one of SPEEDS). */
	speedMs = $state(DEFAULT_SPEED_MS);

	constructor(private readonly timeline: PlayerTimeline) {}

	/** Playing and allowed to: what the play button shows. */
	get running(): boolean {
		return this.playing && !this.timeline.disabled();
	}

	/** The play button: starts (from the first day when on the last) or pauses. */
	toggle() {
		if (this.timeline.disabled()) return;
		if (this.playing) {
			this.playing = false;
			return;
		}
		const day = this.timeline.day();
		const start = playStartDay(this.timeline.days(), day);
		this.playing = true;
		if (start !== day) this.timeline.onchange(start);
	}

	/** The reader took the timeline into their own hands, or it became static. */
	stop() {
		this.playing = false;
	}

	/**
	 * One step of the clock: after `speedMs`, moves to the day after the one shown now, or stops.
	 * Returns its cancel. The owner runs it again whenever the shown day changes (an `$effect`),
	 * so the next step waits for the page to show the day before: a slow page slows play down
	 * instead of skipping days.
	 */
	schedule(): (() => void) | undefined {
		if (!this.running) return;
		const current = this.timeline.day();
		const timer = setTimeout(() => {
			const days = this.timeline.days();
			const next = nextPlayDay(days, current);
			if (next === null) {
				this.playing = false;
				return;
			}
			if (nextPlayDay(days, next) === null) this.playing = false;
			this.timeline.onchange(next);
		}, this.speedMs);
		return () => clearTimeout(timer);
	}
}
