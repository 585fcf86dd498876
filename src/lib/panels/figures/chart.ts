/**
 * Geometry of the figures chart: how numbers were reported over the days, one row per series.
 * Every claim is a dot (conflicting claims side by side, never averaged); a thin line joins the
 * highest claim of each reporting day. Days are `YYYY-MM-DD` labels compared as strings. Which
 * claims are drawn is data/selectors.ts's to say, their words and numbers i18n's (the chart's
 * text alternative is i18n/summaries.ts `chartSummary`).
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import type { Figure, Metric, Qualifier } from '#lib/data/schema.ts';
import { chartable, claimsByDay, visibleClaims } from '#lib/data/selectors.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { formatClaim, formatDay, formatNumber } from '#lib/i18n/format.ts';

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
	minTickGap: 18
} as const;

interface Dot {
	id: string;
	day: string;
	cx: number;
	cy: number;
	value: number;
	qualifier: Qualifier;
	/** Drawn hollow: the claim is not an exact number ("about", "more than", …). */
	hollow: boolean;
	/** Used for the dot's tooltip: "more than 3,000 — Ministry of the Interior". */
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
	/** Through the highest claim of each day; '' with no dots. */
	path: string;
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

/**
 * Everything the chart draws at `width` × `height` as of `day`. The y scale of each row covers
 * every chartable claim of the timeline, not only those shown, so it stays put while the reader
 * scrubs and the line grows into it.
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
	const x = scalePoint<string>()
		.domain([...days])
		.range([left, Math.max(left, width - right)])
		.padding(0.5);
	const step = x.step();
	const rowHeight = series.length > 0 ? (height - axis) / series.length : 0;

	const rows = series.map((s, r): Row => {
		const style = SERIES_STYLES[r % SERIES_STYLES.length]!;
		const top = r * rowHeight;
		const plotTop = top + title;
		const plotBottom = top + rowHeight - bottomPad;
		const all = chartable(s.figures, days);
		const y = scaleLinear()
			.domain([0, Math.max(1, ...all.map((f) => f.value))])
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
		for (const [d, claims] of claimsByDay(visibleClaims(s.figures, days, day))) {
			const gap = Math.min(dotGap, (step * 0.9) / claims.length);
			const centre = x(d)!;
			claims.forEach((f, k) => {
				const dot: Dot = {
					id: f.id,
					day: d,
					cx: centre + (k - (claims.length - 1) / 2) * gap,
					cy: y(f.value),
					value: f.value,
					qualifier: f.qualifier,
					hollow: f.qualifier !== 'exact',
					title: `${formatClaim(f.value, f.qualifier, lang)} — ${f.claimant[lang]}`
				};
				dots.push(dot);
				if (k === claims.length - 1) tops.push(dot);
			});
		}
		const round = (n: number) => Math.round(n * 10) / 10;
		const path =
			tops.length > 1
				? tops.map((d, i) => `${i === 0 ? 'M' : 'L'}${round(d.cx)},${round(d.cy)}`).join('')
				: '';
		const end = tops.at(-1);
		let endLabel: Row['endLabel'] = null;
		if (end) {
			const text = formatNumber(end.value, lang);
			// About 7 px a character at the chart's type size: too close to the edge, write it above.
			const fits = end.cx + dotRadius + 4 + text.length * 7 <= width;
			endLabel = fits
				? { x: end.cx + dotRadius + 4, y: end.cy + 4, text, anchor: 'start' }
				: { x: end.cx + dotRadius, y: end.cy - dotRadius - 4, text, anchor: 'end' };
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
			path,
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
			const anchor: 'middle' | 'end' = x(d)! + label.length * 3.5 > width ? 'end' : 'middle';
			return { day: d, x: x(d)!, label, anchor };
		});
	const mx = x(day);
	const marker =
		mx === undefined || rows.length === 0
			? null
			: { x: mx, top: rows[0]!.plotTop - 6, bottom: height - axis };

	return { width, height, left, right, rows, xTicks, marker };
}
