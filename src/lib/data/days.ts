/**
 * Calendar days of the timeline. A day is a label `YYYY-MM-DD` for an Almaty local date
 * (UTC+6 in January 2022). Days are never parsed in the machine's time zone: arithmetic
 * runs on UTC midnights, and formatting (i18n/format.ts) pins the instant to noon in Almaty.
 */

export const FIRST_DAY = '2022-01-02';
export const LAST_DAY = '2022-01-19';
/** The day `/{lang}/` shows: the first CSTO troops land. */
export const DEFAULT_DAY = '2022-01-06';

const DAY_MS = 86_400_000;
/** Almaty's offset in January 2022 (the zone moved to UTC+5 in 2024; history stays +6). */
const ALMATY_OFFSET_HOURS = 6;

function parts(day: string): [number, number, number] | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Milliseconds of the day's UTC midnight; used only for arithmetic between labels. */
function toUtcMs(day: string): number {
	const p = parts(day);
	if (!p) throw new Error(`not a day: ${day}`);
	return Date.UTC(p[0], p[1] - 1, p[2]);
}

function fromUtcMs(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD` (so 2022-02-30 is false). */
export function isDay(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const p = parts(value);
	return p !== null && fromUtcMs(Date.UTC(p[0], p[1] - 1, p[2])) === value;
}

export function addDays(day: string, n: number): string {
	return fromUtcMs(toUtcMs(day) + n * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
	return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** All days of the timeline, first to last. */
export const DAYS: readonly string[] = Array.from(
	{ length: daysBetween(FIRST_DAY, LAST_DAY) + 1 },
	(_, i) => addDays(FIRST_DAY, i)
);

export function isTimelineDay(value: unknown): value is string {
	return isDay(value) && DAYS.includes(value);
}

/** The timeline day nearest to a real date outside it (clamped); null when it is no date at all. */
export function nearestTimelineDay(value: string): string | null {
	if (!isDay(value)) return null;
	if (value < FIRST_DAY) return FIRST_DAY;
	if (value > LAST_DAY) return LAST_DAY;
	return value;
}

/** The instant of noon on that day in Almaty: formatting it in Asia/Almaty gives the same date. */
export function almatyNoon(day: string): Date {
	return new Date(toUtcMs(day) + (12 - ALMATY_OFFSET_HOURS) * 3_600_000);
}
