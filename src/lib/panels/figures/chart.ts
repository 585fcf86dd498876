/**
 * Geometry of the figures chart: how numbers were reported over the days, one row per series.
 *
 * - Every claim is a point on the day it was reported (conflicting claims side by side, never
 *   averaged; hollow when only "about", "more than" …).
 * - A line joins the highest live claim of each reporting day, and only says what is known: a
 *   solid segment joins two reporting days that follow each other on the calendar; across days
 *   nobody reported, the segment is dotted (`Segment.gap`), so the eye sees that nothing was
 *   measured in between and the slope is only the difference of two reports. A straight dotted
 *   segment (not a step) was chosen: a step would claim the earlier number held until the later
 *   one, which is just as unknown.
 * - A retracted claim (the 164 dead of 9 January) stays on its day, drawn hollow and struck
 *   through, with the record's reason in a note under the chart; it is never joined into the
 *   line, and a day whose only claim was retracted is not a reporting day of the line.
 * - A series whose latest official figure was first given after the timeline (the death toll:
 *   238, Prosecutor General's Office, August 2022) shows it in a column of its own right of the
 *   days, headed "later", with a dashed reference line across the row at its height and a label
 *   with its month. It is always shown, whatever the day: it is not a claim of any day on the axis
 *   and says so, and the y scale (which covers the whole timeline anyway) includes it. The claims
 *   of the days are still drawn only up to the current day, so the chart grows as the reader
 *   moves through the days.
 *
 * Days are `YYYY-MM-DD` labels compared as strings. Which claims are drawn is data/selectors.ts's
 * to say, their words and numbers i18n's (the chart's text alternative is i18n/summaries.ts
 * `chartSummary`).
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import type { Figure, Metric, Qualifier } from '#lib/data/schema.ts';
import {
	chartable,
	claimsByDay,
	laterOfficialFigure,
	visibleClaims,
	visibleRetractions
} from '#lib/data/selectors.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { formatClaim, formatDay, formatMonth, formatNumber } from '#lib/i18n/format.ts';
import { STRINGS } from '#lib/i18n/strings.ts';

export interface ChartSeries {
	metric: Metric;
	/** The row's title, already in the reader's language. */
	label: string;
	figures: Figure[];
}

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

/** Okabe–Ito colours that read on light and dark backgrounds, each with its own marker shape. */
const SERIES_STYLES: readonly { colour: string; shape: Shape }[] = [
	{ colour: '#0072B2', shape: 'circle' },
	{ colour: '#D55E00', shape: 'square' },
	{ colour: '#009E73', shape: 'triangle' },
	{ colour: '#CC79A7', shape: 'diamond' }
];

/** Layout constants in pixels (the SVG is drawn at its measured width, one unit a pixel). */
export const CHART = {
	left: 46,
	right: 14,
	axis: 22,
	title: 24,
	bottomPad: 12,
	dotRadius: 4,
	dotGap: 9,
	minTickSpacing: 52,
	minTickGap: 18,
	/** Width of the "later" column right of the days, when a row has a later official figure. */
	later: 44,
	/** Room above the plot for the later figure's label. */
	finalBand: 14
} as const;

interface Dot {
	id: string;
	day: string;
	cx: number;
	cy: number;
	value: number;
	qualifier: Qualifier;
	/** Drawn hollow: the claim is not an exact number ("about", "more than", …), or retracted. */
	hollow: boolean;
	/** Withdrawn by its claimant: drawn hollow and struck through, joined to nothing. */
	retracted: boolean;
	/** Used for the dot's tooltip: "more than 3,000 — Ministry of the Interior". */
	title: string;
}

/** A piece of the line between the highest claims of two reporting days. */
interface Segment {
	from: string;
	to: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** True when days nobody reported lie between: drawn dotted, not solid. */
	gap: boolean;
}

/** A retracted claim's note under the chart, in the reader's language. */
interface Retraction {
	id: string;
	/** "164, 9 Jan: Withdrawn by the ministry as a “technical error”." */
	text: string;
}

/** The latest official figure of a later date, in the "later" column. */
interface Final {
	id: string;
	value: number;
	asOf: string;
	/** The month it was given, when it was last repeated (null: never). */
	date: string;
	repeated: string | null;
	cx: number;
	cy: number;
	/** The reference line's ends, across the row at the figure's height. */
	x1: number;
	x2: number;
	/** "238: final official toll, Aug 2022", written above the line, ending at the right edge. */
	label: string;
	/** The label as written: one line, or two on a narrow row (each with its baseline). */
	lines: { text: string; y: number }[];
	labelX: number;
	title: string;
}

interface Tick {
	y: number;
	value: number;
	label: string;
}

interface Row {
	metric: Metric;
	label: string;
	colour: string;
	shape: Shape;
	top: number;
	/** Baseline of the row title. */
	titleY: number;
	plotTop: number;
	/** The y of zero. */
	plotBottom: number;
	yTicks: Tick[];
	dots: Dot[];
	/** Through the highest live claim of each reporting day, solid or dotted; none with one day. */
	segments: Segment[];
	/** The retracted claims drawn, with their reasons. */
	retractions: Retraction[];
	/** The later official figure (null: none, or given on a timeline day). */
	final: Final | null;
	/** The value of the latest highest claim, written next to it. */
	endLabel: { x: number; y: number; text: string; anchor: 'start' | 'end' } | null;
	/** The upper end of the y domain, after nice(). */
	yMax: number;
}

export interface ChartModel {
	width: number;
	height: number;
	left: number;
	right: number;
	rows: Row[];
	xTicks: { day: string; x: number; label: string; anchor: 'middle' | 'end' }[];
	/** The "later" column right of the days, when some row has a later figure. */
	later: { x: number; label: string; divider: number } | null;
	/** The current day's vertical marker; null when the day is off the axis. */
	marker: { x: number; top: number; bottom: number } | null;
}

/** A marker of `shape` centred on (x, y) with radius about `r`, as an SVG path. */
export function markerPath(shape: Shape, x: number, y: number, r: number): string {
	const f = (n: number) => Math.round(n * 100) / 100;
	switch (shape) {
		case 'circle':
			return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0Z`;
		case 'square': {
			const s = r * 0.9;
			return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
		}
		case 'triangle': {
			const s = r * 1.25;
			return `M${f(x)},${f(y - s)}L${f(x + s * 0.93)},${f(y + s * 0.62)}L${f(x - s * 0.93)},${f(y + s * 0.62)}Z`;
		}
		case 'diamond': {
			const s = r * 1.25;
			return `M${f(x)},${f(y - s)}L${f(x + s)},${f(y)}L${f(x)},${f(y + s)}L${f(x - s)},${f(y)}Z`;
		}
	}
}

/** The first sentence of a record note: the reason a claim was withdrawn, in its own words. */
function firstSentence(text: string): string {
	return text.match(/^.*?[.!?][”“"’]?(?=\s|$)/)?.[0] ?? text;
}

/**
 * Everything the chart draws at `width` × `height` as of `day`. The y scale of each row covers
 * every chartable claim of the timeline (and the row's later official figure), not only those
 * shown, so it stays put while the reader scrubs and the line grows into it.
 */
export function chartModel(
	series: ChartSeries[],
	days: readonly string[],
	day: string,
	width: number,
	height: number,
	lang: Lang
): ChartModel {
	const { left, right, axis, title, bottomPad, dotRadius, dotGap, minTickSpacing } = CHART;
	const t = STRINGS[lang];
	const finals = series.map((s) => laterOfficialFigure(s.figures, days));
	const hasLater = finals.some((f) => f !== null);
	const plotRight = Math.max(left, width - right - (hasLater ? CHART.later : 0));
	const x = scalePoint<string>()
		.domain([...days])
		.range([left, plotRight])
		.padding(0.5);
	const step = x.step();
	const laterX = plotRight + CHART.later / 2;
	const rowHeight = series.length > 0 ? (height - axis) / series.length : 0;
	const index = new Map(days.map((d, i) => [d, i]));
	const round = (n: number) => Math.round(n * 10) / 10;

	const rows = series.map((s, r): Row => {
		const style = SERIES_STYLES[r % SERIES_STYLES.length]!;
		const later = finals[r]!;
		const top = r * rowHeight;
		// The later figure's label, on one line above its reference line, or two where the row
		// is too narrow for one (about 6.8 px a character, bold, at the chart's type size).
		const month = (g: Figure) =>
			g.asOfPrecision === 'month'
				? formatMonth(g.asOf, lang, 'short')
				: formatDay(g.asOf, lang, 'short') + ` ${g.asOf.slice(0, 4)}`;
		const finalText = later
			? (s.metric.startsWith('killed') ? t.chart.finalToll : t.chart.finalFigure)(
					formatClaim(later.figure.value, later.figure.qualifier, lang),
					month(later.figure)
				)
			: '';
		const cut = finalText.lastIndexOf(', ');
		const lines =
			finalText.length * 6.8 <= width - right - left - 4 || cut < 0
				? [finalText]
				: [finalText.slice(0, cut + 1), finalText.slice(cut + 2)];
		const plotTop = top + title + (later ? CHART.finalBand * lines.length : 0);
		const plotBottom = top + rowHeight - bottomPad;
		// Retracted claims too: they are drawn on their day, so the scale must reach them.
		const all = [
			...chartable(s.figures, days),
			...visibleRetractions(s.figures, days, days.at(-1) ?? day)
		];
		const y = scaleLinear()
			.domain([0, Math.max(1, ...all.map((f) => f.value), later?.figure.value ?? 0)])
			.range([plotBottom, plotTop])
			.nice(3);
		// Zero and the top of the domain always; the ticks between only where the row has room.
		const top3 = y.ticks(3);
		const roomy = (plotBottom - plotTop) / Math.max(1, top3.length - 1) >= CHART.minTickGap;
		const yMax = y.domain()[1]!;
		const yTicks = (roomy ? top3 : [0, yMax]).map((value) => ({
			value,
			y: y(value),
			label: formatNumber(value, lang)
		}));

		const dots: Dot[] = [];
		const tops: Dot[] = [];
		const retractions: Retraction[] = [];
		const shown = [
			...visibleClaims(s.figures, days, day),
			...visibleRetractions(s.figures, days, day)
		];
		for (const [d, claims] of claimsByDay(shown)) {
			const gap = Math.min(dotGap, (step * 0.9) / claims.length);
			const centre = x(d)!;
			let high: Dot | undefined;
			claims.forEach((f, k) => {
				const retracted = f.status === 'retracted';
				const claim = formatClaim(f.value, f.qualifier, lang);
				const dot: Dot = {
					id: f.id,
					day: d,
					cx: centre + (k - (claims.length - 1) / 2) * gap,
					cy: y(f.value),
					value: f.value,
					qualifier: f.qualifier,
					hollow: retracted || f.qualifier !== 'exact',
					retracted,
					title: retracted
						? t.chart.retractedTitle(claim, f.claimant[lang])
						: `${claim} — ${f.claimant[lang]}`
				};
				dots.push(dot);
				if (retracted) {
					const reason = f.note ? firstSentence(f.note[lang]) : t.chart.withdrawn;
					retractions.push({
						id: f.id,
						text: t.chart.retractedNote(claim, formatDay(d, lang, 'short'), reason)
					});
				} else high = dot;
			});
			if (high) tops.push(high);
		}
		const segments: Segment[] = tops.slice(1).map((b, i) => {
			const a = tops[i]!;
			return {
				from: a.day,
				to: b.day,
				x1: round(a.cx),
				y1: round(a.cy),
				x2: round(b.cx),
				y2: round(b.cy),
				gap: index.get(b.day)! - index.get(a.day)! > 1
			};
		});
		const end = tops.at(-1);
		let endLabel: Row['endLabel'] = null;
		if (end) {
			const text = formatNumber(end.value, lang);
			// About 7 px a character at the chart's type size: too close to the edge, write it above.
			const fits = end.cx + dotRadius + 4 + text.length * 7 <= plotRight + (later ? 0 : right);
			endLabel = fits
				? { x: end.cx + dotRadius + 4, y: end.cy + 4, text, anchor: 'start' }
				: { x: end.cx + dotRadius, y: end.cy - dotRadius - 4, text, anchor: 'end' };
		}
		let final: Final | null = null;
		if (later) {
			const f = later.figure;
			const value = formatClaim(f.value, f.qualifier, lang);
			const date = month(f);
			const repeated = later.lastStated === f ? null : month(later.lastStated);
			const cy = y(f.value);
			final = {
				id: f.id,
				value: f.value,
				asOf: f.asOf,
				date,
				repeated,
				cx: laterX,
				cy,
				x1: left,
				x2: width - right,
				label: finalText,
				lines: lines.map((text, i) => ({
					text,
					y: cy - dotRadius - 3 - (lines.length - 1 - i) * CHART.finalBand
				})),
				labelX: width - right,
				title: t.chart.finalTitle(value, f.claimant[lang], date, repeated)
			};
		}
		return {
			metric: s.metric,
			label: s.label,
			colour: style.colour,
			shape: style.shape,
			top,
			titleY: top + 13,
			plotTop,
			plotBottom,
			yTicks,
			dots,
			segments,
			retractions,
			final,
			endLabel,
			yMax
		};
	});

	const every = Math.max(1, Math.ceil(minTickSpacing / Math.max(step, 1)));
	const xTicks = days
		.filter((_, i) => i % every === 0)
		.map((d) => {
			const label = formatDay(d, lang, 'short');
			// Centred under the day, unless half the label (about 3.5 px a character) would run off.
			const anchor: 'middle' | 'end' = x(d)! + label.length * 3.5 > plotRight ? 'end' : 'middle';
			return { day: d, x: x(d)!, label, anchor };
		});
	const later = hasLater
		? { x: laterX, label: t.chart.later, divider: round(plotRight + 2) }
		: null;
	const mx = x(day);
	const marker =
		mx === undefined || rows.length === 0
			? null
			: { x: mx, top: rows[0]!.plotTop - 6, bottom: height - axis };

	return { width, height, left, right, rows, xTicks, later, marker };
}
