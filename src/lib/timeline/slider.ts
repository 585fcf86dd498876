/**
 * Pure logic of the time slider: stepping and playing through the days, the tick labels and the
 * bar strip geometry. Days are `YYYY-MM-DD` labels (see days.ts) and are never parsed in the
 * machine's time zone. The words the slider says are in i18n (strings/, timeline.ts).
 */
import { scaleBand } from 'd3-scale';
import type { Lang } from '#lib/data/vocabulary.ts';
import { tickMonth } from '#lib/i18n/timeline.ts';

/** Width of the range thumb in CSS pixels; the component's CSS uses the same number. */
export const THUMB_WIDTH = 28;

/** Play speeds the reader can pick: a factor for the label, milliseconds per day. */
export const SPEEDS: readonly { factor: number; ms: number }[] = [
	{ factor: 0.5, ms: 2000 },
	{ factor: 1, ms: 1000 },
	{ factor: 2, ms: 500 }
];
export const DEFAULT_SPEED_MS = 1000;

/**
 * The day `delta` steps from `day`, clamped to the first and last day. A day that is not on
 * the timeline counts as the first one.
 */
export function stepDay(days: readonly string[], day: string, delta: number): string {
	if (days.length === 0) return day;
	const i = Math.max(0, days.indexOf(day));
	const j = Math.min(days.length - 1, Math.max(0, i + Math.trunc(delta)));
	return days[j]!;
}

/** The day play moves to after `day`; null on the last day (play stops there). */
export function nextPlayDay(days: readonly string[], day: string): string | null {
	const i = days.indexOf(day);
	if (i === -1) return days[0] ?? null;
	return i < days.length - 1 ? days[i + 1]! : null;
}

/** Where play begins when pressed on `day`: that day, or the first day when at the end. */
export function playStartDay(days: readonly string[], day: string): string {
	return nextPlayDay(days, day) === null ? (days[0] ?? day) : day;
}

export interface TickLabel {
	day: string;
	index: number;
	/** The day of the month, e.g. "6". */
	label: string;
	/** "Jan 2022" / "Jan. 2022" on the first tick of each month, else null. */
	month: string | null;
	/** Every other tick; hidden on narrow screens. */
	minor: boolean;
}

/** Labels under the track: the day numbers, and the month once where it starts. */
export function tickLabels(days: readonly string[], lang: Lang): TickLabel[] {
	return days.map((day, index) => ({
		day,
		index,
		label: String(Number(day.slice(8, 10))),
		month:
			index === 0 || days[index - 1]!.slice(0, 7) !== day.slice(0, 7) ? tickMonth(day, lang) : null,
		minor: index % 2 === 1
	}));
}

/**
 * Where the thumb's centre sits for value `index` of a range input `width` pixels wide whose
 * thumb is `thumbWidth` wide: browsers move the centre from half a thumb in from the left end
 * to half a thumb in from the right end.
 */
export function thumbCentre(index: number, count: number, width: number, thumbWidth: number) {
	if (count <= 1) return thumbWidth / 2;
	return thumbWidth / 2 + (index * (width - thumbWidth)) / (count - 1);
}

export interface Bar {
	index: number;
	/** Left edge and width of the bar. */
	x: number;
	width: number;
	/** The bar's centre: the thumb's centre for this value. */
	centre: number;
}

/**
 * One bar per day, each centred under the thumb position of its day. The band scale's range
 * reaches half a step beyond the first and last thumb centres, with outer padding half the
 * inner padding, so every step equals the thumb's step and every band centre a thumb centre.
 */
export function barLayout(count: number, width: number, thumbWidth: number, padding = 0.3): Bar[] {
	if (count <= 0) return [];
	// With one value the thumb cannot travel: it rests at the start.
	const travel = count > 1 ? Math.max(0, width - thumbWidth) : 0;
	const step = count > 1 ? travel / (count - 1) : thumbWidth;
	const band = scaleBand<number>()
		.domain(Array.from({ length: count }, (_, i) => i))
		.range([thumbWidth / 2 - step / 2, thumbWidth / 2 + travel + step / 2])
		.paddingInner(padding)
		.paddingOuter(padding / 2);
	const bw = band.bandwidth();
	return band.domain().map((index) => {
		const x = band(index)!;
		return { index, x, width: bw, centre: x + bw / 2 };
	});
}
