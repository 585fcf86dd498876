import { describe, expect, it } from 'vitest';
import { DAYS } from '#lib/data/days.ts';
import type { Figure, Qualifier } from '#lib/data/schema.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { visibleClaims } from '#lib/data/selectors.ts';
import { chartSummary, seriesSummary } from '#lib/i18n/summaries.ts';
import { chartModel, markerPath, type ChartSeries } from './chart';

function claim(
	id: string,
	asOf: string,
	value: number,
	qualifier: Qualifier = 'exact',
	extra: Partial<Figure> = {}
): Figure {
	return {
		id,
		metric: 'detained',
		value,
		qualifier,
		asOf,
		claimant: { en: 'Interior Ministry', de: 'Innenministerium' },
		sources: ['tass-1'],
		scope: 'kazakhstan',
		status: 'reported',
		...extra
	};
}

const detained: Figure[] = [
	claim('d-04', '2022-01-04', 20),
	claim('d-06', '2022-01-06', 2000, 'more-than'),
	claim('d-07-a', '2022-01-07', 3811),
	claim('d-07-b', '2022-01-07', 4404, 'about'),
	claim('d-11', '2022-01-11', 9900),
	claim('d-late', '2022-02-10', 12000),
	claim('d-month', '2022-01-01', 50000, 'about', { asOfPrecision: 'month' }),
	claim('d-retracted', '2022-01-08', 30000, 'exact', { status: 'retracted' })
];
const killed: Figure[] = [
	claim('k-06', '2022-01-06', 26, 'exact', { metric: 'killed-total' }),
	claim('k-15', '2022-01-15', 225, 'exact', { metric: 'killed-total' })
];
const series: ChartSeries[] = [
	{ metric: 'detained', label: 'Detained', figures: detained },
	{ metric: 'killed-total', label: 'Killed (all)', figures: killed }
];

const model = (day: string, lang: Lang = 'en', width = 600) =>
	chartModel(series, DAYS, day, width, 190, lang);
const ids = (dots: { id: string }[]) => dots.map((d) => d.id);

describe('which claims are drawn', () => {
	it('leaves out claims reported after the current day', () => {
		const m = model('2022-01-06');
		expect(ids(m.rows[0]!.dots)).toEqual(['d-04', 'd-06']);
		expect(ids(m.rows[1]!.dots)).toEqual(['k-06']);
		expect(ids(model('2022-01-03').rows[0]!.dots)).toEqual([]);
	});

	it('grows as the day moves on', () => {
		expect(model('2022-01-07').rows[0]!.dots).toHaveLength(4);
		expect(model('2022-01-11').rows[0]!.dots).toHaveLength(5);
	});

	it('never draws claims after the last timeline day, month totals or retracted claims', () => {
		const drawn = ids(model('2022-01-19').rows[0]!.dots);
		expect(drawn).not.toContain('d-late');
		expect(drawn).not.toContain('d-month');
		expect(drawn).not.toContain('d-retracted');
		expect(ids(visibleClaims(detained, DAYS, '2022-12-31'))).toEqual([
			'd-04',
			'd-06',
			'd-07-a',
			'd-07-b',
			'd-11'
		]);
	});
});

describe('dots', () => {
	it('draws every claim of a day as its own dot, side by side', () => {
		const dots = model('2022-01-07').rows[0]!.dots.filter((d) => d.day === '2022-01-07');
		expect(ids(dots)).toEqual(['d-07-a', 'd-07-b']);
		expect(dots[0]!.cx).toBeLessThan(dots[1]!.cx);
		// The pair straddles the day's position (where the day marker stands).
		const dayX = model('2022-01-07').marker!.x;
		expect(dots[0]!.cx).toBeLessThan(dayX);
		expect(dots[1]!.cx).toBeGreaterThan(dayX);
		expect(dots[0]!.cx + dots[1]!.cx).toBeCloseTo(2 * dayX, 6);
		expect(dots[1]!.cy).toBeLessThan(dots[0]!.cy);
	});

	it('draws equal claims as separate dots too', () => {
		const twins = [claim('a', '2022-01-05', 100), claim('b', '2022-01-05', 100)];
		const m = chartModel(
			[{ metric: 'detained', label: 'D', figures: twins }],
			DAYS,
			'2022-01-05',
			600,
			100,
			'en'
		);
		const [a, b] = m.rows[0]!.dots;
		expect(a!.cy).toBe(b!.cy);
		expect(a!.cx).not.toBe(b!.cx);
	});

	it('marks qualified claims hollow and exact ones solid', () => {
		const dots = model('2022-01-07').rows[0]!.dots;
		expect(dots.find((d) => d.id === 'd-06')!.hollow).toBe(true);
		expect(dots.find((d) => d.id === 'd-07-b')!.hollow).toBe(true);
		expect(dots.find((d) => d.id === 'd-07-a')!.hollow).toBe(false);
	});

	it('joins the highest claim of each day', () => {
		const row = model('2022-01-07').rows[0]!;
		const high = row.dots.find((d) => d.id === 'd-07-b')!;
		const segments = row.path.match(/[ML][^ML]+/g)!;
		expect(segments).toHaveLength(3);
		expect(segments.at(-1)).toBe(
			`L${Math.round(high.cx * 10) / 10},${Math.round(high.cy * 10) / 10}`
		);
		expect(model('2022-01-04').rows[0]!.path).toBe('');
	});
});

describe('scales', () => {
	it('covers the highest value of the timeline from zero, and keeps it while scrubbing', () => {
		const early = model('2022-01-04').rows[0]!;
		const late = model('2022-01-19').rows[0]!;
		expect(early.yMax).toBeGreaterThanOrEqual(9900);
		expect(early.yMax).toBe(late.yMax);
		expect(early.yTicks[0]!.value).toBe(0);
		expect(early.yTicks[0]!.y).toBe(early.plotBottom);
		const top = late.dots.find((d) => d.id === 'd-11')!;
		expect(top.cy).toBeGreaterThanOrEqual(late.plotTop);
		expect(model('2022-01-19').rows[1]!.yMax).toBeGreaterThanOrEqual(225);
	});

	it('keeps every dot inside the chart, also at phone width', () => {
		for (const width of [320, 600, 1000]) {
			for (const row of model('2022-01-19', 'en', width).rows) {
				for (const d of row.dots) {
					expect(d.cx).toBeGreaterThan(0);
					expect(d.cx).toBeLessThan(width);
					expect(d.cy).toBeGreaterThanOrEqual(row.plotTop);
					expect(d.cy).toBeLessThanOrEqual(row.plotBottom);
				}
			}
		}
	});

	it('places the day marker on the current day', () => {
		const m = model('2022-01-07');
		const dot = m.rows[0]!.dots.find((d) => d.id === 'd-07-a')!;
		expect(Math.abs(m.marker!.x - dot.cx)).toBeLessThan(10);
		expect(model('2022-01-19').marker!.x).toBeGreaterThan(m.marker!.x);
	});

	it('thins the x ticks on narrow charts', () => {
		expect(model('2022-01-07', 'en', 1000).xTicks.length).toBeGreaterThan(
			model('2022-01-07', 'en', 320).xTicks.length
		);
		expect(model('2022-01-07', 'en', 320).xTicks[0]!.label).toBe('2 Jan');
		expect(model('2022-01-07', 'de', 320).xTicks[0]!.label).toBe('2. Jan.');
	});
});

describe('labels', () => {
	it('formats numbers for German readers', () => {
		const row = model('2022-01-11', 'de').rows[0]!;
		expect(row.endLabel!.text).toBe('9.900');
		expect(row.yTicks.map((t) => t.label)).toContain('10.000');
		expect(model('2022-01-11', 'en').rows[0]!.endLabel!.text).toBe('9,900');
	});

	it('summarises each series as of the day', () => {
		expect(seriesSummary('Detained', detained, DAYS, '2022-01-06', 'en')).toBe(
			'Detained, reported by 6 January 2022: from 20 on 4 January to more than 2,000 on 6 January'
		);
		expect(seriesSummary('Detained', detained, DAYS, '2022-01-04', 'en')).toBe(
			'Detained, reported by 4 January 2022: 20 on 4 January'
		);
		expect(seriesSummary('Detained', detained, DAYS, '2022-01-03', 'en')).toBe(
			'Detained: nothing reported by 3 January 2022'
		);
	});

	it('names conflicting claims of the latest day, in German too', () => {
		expect(seriesSummary('Festnahmen', detained, DAYS, '2022-01-07', 'de')).toBe(
			'Festnahmen, gemeldet bis 7. Januar 2022: von 20 am 4. Januar bis etwa 4.404 am 7. Januar (Angaben an dem Tag: etwa 4.404; 3.811)'
		);
	});

	it('joins the series in the chart label', () => {
		expect(chartSummary(series, DAYS, '2022-01-06', 'en')).toBe(
			'Detained, reported by 6 January 2022: from 20 on 4 January to more than 2,000 on 6 January. ' +
				'Killed (all), reported by 6 January 2022: 26 on 6 January'
		);
	});

	it('writes the end label above the point when it would run off the edge', () => {
		const row = model('2022-01-19', 'en', 320).rows[0]!;
		expect(row.endLabel!.anchor).toBe('start');
		const edge = chartModel(
			[{ metric: 'detained', label: 'D', figures: [claim('x', '2022-01-19', 123456)] }],
			DAYS,
			'2022-01-19',
			320,
			100,
			'en'
		).rows[0]!;
		expect(edge.endLabel!.anchor).toBe('end');
		expect(edge.endLabel!.y).toBeLessThan(edge.dots[0]!.cy);
	});
});

describe('markers', () => {
	it('draws a closed path for every shape', () => {
		for (const shape of ['circle', 'square', 'triangle', 'diamond'] as const) {
			const d = markerPath(shape, 10, 10, 4);
			expect(d.startsWith('M')).toBe(true);
			expect(d.endsWith('Z')).toBe(true);
		}
	});
});
