import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAYS } from '#lib/data/days.ts';
import { loadRecord } from '#lib/data/load.ts';
import { FILES } from '#lib/data/validate/index.ts';
import type { Figure, Qualifier } from '#lib/data/schema.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { figureSeries, visibleClaims } from '#lib/data/selectors.ts';
import { STRINGS } from '#lib/i18n/strings.ts';
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
	claim('d-retracted', '2022-01-08', 8000, 'exact', { status: 'retracted' })
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
		// Five claims by 11 January, and the one retracted on 8 January.
		expect(model('2022-01-11').rows[0]!.dots).toHaveLength(6);
	});

	it('never draws claims after the last timeline day or month totals among the days', () => {
		const drawn = ids(model('2022-01-19').rows[0]!.dots);
		expect(drawn).not.toContain('d-late');
		expect(drawn).not.toContain('d-month');
		expect(ids(visibleClaims(detained, DAYS, '2022-12-31'))).toEqual([
			'd-04',
			'd-06',
			'd-07-a',
			'd-07-b',
			'd-11'
		]);
	});

	it('draws a retracted claim on its day, from that day on, hollow and struck, never joined', () => {
		expect(ids(model('2022-01-07').rows[0]!.dots)).not.toContain('d-retracted');
		const row = model('2022-01-08').rows[0]!;
		const dot = row.dots.find((d) => d.id === 'd-retracted')!;
		expect(dot.day).toBe('2022-01-08');
		expect(dot.retracted).toBe(true);
		expect(dot.hollow).toBe(true);
		// 8 January has no other claim: the line goes from 7 January on to 11 January, not via it.
		expect(row.segments.map((g) => `${g.from}>${g.to}`)).toEqual([
			'2022-01-04>2022-01-06',
			'2022-01-06>2022-01-07'
		]);
		for (const g of model('2022-01-19').rows[0]!.segments) {
			expect([g.x1, g.x2]).not.toContain(Math.round(dot.cx * 10) / 10);
			expect([g.from, g.to]).not.toContain('2022-01-08');
		}
		expect(dot.cy).toBeGreaterThanOrEqual(row.plotTop);
		expect(row.retractions.map((n) => n.id)).toEqual(['d-retracted']);
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

	it('joins the highest claim of each day: solid from day to day, dotted across a gap', () => {
		const row = model('2022-01-07').rows[0]!;
		const high = row.dots.find((d) => d.id === 'd-07-b')!;
		// Reported on 4, 6 and 7 January: nobody reported on 5 January.
		expect(row.segments.map((g) => [g.from, g.to, g.gap])).toEqual([
			['2022-01-04', '2022-01-06', true],
			['2022-01-06', '2022-01-07', false]
		]);
		const last = row.segments.at(-1)!;
		expect([last.x2, last.y2]).toEqual([
			Math.round(high.cx * 10) / 10,
			Math.round(high.cy * 10) / 10
		]);
		expect(model('2022-01-04').rows[0]!.segments).toEqual([]);
		// 7 to 11 January: three days without a report.
		const later = model('2022-01-11').rows[0]!.segments.at(-1)!;
		expect([later.from, later.to, later.gap]).toEqual(['2022-01-07', '2022-01-11', true]);
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

/** The record itself, read from geo/ as the data check reads it, charted as the day page does. */
const geo = loadRecord(
	Object.fromEntries(Object.values(FILES).map((f) => [f, readFileSync(`geo/${f}`, 'utf8')]))
);
if (!geo.ok) throw new Error('geo/ is invalid: run npm run check:data');
const record = geo.record;
const METRICS = ['detained', 'killed-total', 'killed-security'] as const;
const recordSeries = (lang: Lang): ChartSeries[] =>
	METRICS.map((metric) => ({
		metric,
		label: STRINGS[lang].metrics[metric],
		figures: figureSeries(record, metric)
	}));
const recordModel = (day: string, lang: Lang = 'en', width = 600) =>
	chartModel(recordSeries(lang), DAYS, day, width, 3 * 96 + 22, lang);
const killedRow = (day: string, lang: Lang = 'en', width = 600) =>
	recordModel(day, lang, width).rows.find((r) => r.metric === 'killed-total')!;

describe('the record’s chart', () => {
	it('never draws a solid segment across a day nobody reported', () => {
		for (const metric of METRICS) {
			// The days with a standing nationwide claim, read from the record, not from the chart.
			const reported = new Set(
				record.figures
					.filter(
						(f) =>
							f.metric === metric &&
							f.scope === 'kazakhstan' &&
							f.status !== 'retracted' &&
							f.asOfPrecision !== 'month'
					)
					.map((f) => f.asOf)
			);
			for (const width of [320, 600]) {
				for (const day of DAYS) {
					const row = recordModel(day, 'en', width).rows.find((r) => r.metric === metric)!;
					for (const g of row.segments) {
						expect(reported.has(g.from) && reported.has(g.to)).toBe(true);
						const between = DAYS.filter((d) => d > g.from && d < g.to);
						expect(between.some((d) => reported.has(d))).toBe(false);
						expect(g.gap).toBe(between.length > 0);
					}
				}
			}
		}
	});

	it('shows the death toll’s gap from 8 to 15 January dotted, and security deaths’ 7 to 9 January', () => {
		// More than 40 on 8 January, then nothing standing until 225 on 15 January (the 164 of
		// 9 January was withdrawn).
		const segs = killedRow('2022-01-19').segments;
		expect(segs.map((g) => [g.from, g.to, g.gap])).toEqual([['2022-01-08', '2022-01-15', true]]);
		const security = recordModel('2022-01-10').rows.find((r) => r.metric === 'killed-security')!;
		expect(security.segments.find((g) => g.from === '2022-01-07')).toMatchObject({
			to: '2022-01-09',
			gap: true
		});
	});

	it('draws the retracted 164 of 9 January hollow and struck, joined to nothing, with its reason', () => {
		expect(ids(killedRow('2022-01-08').dots)).not.toContain('killed-total-2022-01-09-health-164');
		for (const day of ['2022-01-09', '2022-01-10', '2022-01-19']) {
			const row = killedRow(day);
			const dot = row.dots.find((d) => d.id === 'killed-total-2022-01-09-health-164')!;
			expect(dot).toMatchObject({ day: '2022-01-09', value: 164, retracted: true, hollow: true });
			for (const g of row.segments) expect([g.from, g.to]).not.toContain('2022-01-09');
		}
		const [en] = killedRow('2022-01-19').retractions;
		expect(en!.text).toBe('164, 9 Jan: Withdrawn by the ministry as a “technical error”.');
		const [de] = killedRow('2022-01-10', 'de').retractions;
		expect(de!.text).toBe('164, 9. Jan.: Vom Ministerium als „technischer Fehler“ zurückgezogen.');
	});

	it('always shows the final official toll, 238 (August 2022, repeated December), right of the days', () => {
		for (const day of ['2022-01-02', '2022-01-10', '2022-01-19']) {
			for (const width of [320, 600]) {
				const m = recordModel(day, 'en', width);
				const row = m.rows.find((r) => r.metric === 'killed-total')!;
				expect(row.final).toMatchObject({
					value: 238,
					asOf: '2022-08-01',
					date: 'Aug 2022',
					repeated: 'Dec 2022',
					label: '238: final official toll, Aug 2022'
				});
				// In the "later" column, past the last day; the scale reaches it.
				const lastDay = Math.max(...m.xTicks.map((t) => t.x), m.marker!.x);
				expect(row.final!.cx).toBeGreaterThan(lastDay);
				expect(row.final!.cx).toBeLessThan(width);
				expect(m.later!.label).toBe('later');
				expect(row.yMax).toBeGreaterThanOrEqual(238);
				expect(row.final!.cy).toBeGreaterThanOrEqual(row.plotTop);
				// Its label sits over the plot, under the row's title, right of the y axis' labels.
				for (const line of row.final!.lines) {
					expect(line.y).toBeGreaterThan(row.titleY);
					expect(line.text.length * 6.8).toBeLessThanOrEqual(width - m.left);
				}
			}
		}
		expect(killedRow('2022-01-10', 'de').final!.label).toBe(
			'238: letzte amtliche Totenzahl, Aug. 2022'
		);
		// Too long for a 320 px row in German: two lines, the date under the words.
		expect(killedRow('2022-01-10', 'de', 320).final!.lines.map((l) => l.text)).toEqual([
			'238: letzte amtliche Totenzahl,',
			'Aug. 2022'
		]);
		// Detentions have no revision; security deaths' last revision (19, 15 January) is on a day.
		for (const r of recordModel('2022-01-19').rows)
			if (r.metric !== 'killed-total') expect(r.final).toBeNull();
	});

	it('says the retracted figure and the final toll in its text alternative', () => {
		const en = chartSummary(recordSeries('en'), DAYS, '2022-01-19', 'en');
		expect(en).toContain(
			'Killed (all), reported by 19 January 2022: from more than 40 on 8 January to 225 on 15 January; withdrawn: 164 on 9 January. ' +
				'Killed (all), final official toll: 238, August 2022, repeated December 2022'
		);
		const de = chartSummary(recordSeries('de'), DAYS, '2022-01-10', 'de');
		expect(de).toContain('zurückgezogen: 164 am 9. Januar');
		expect(de).toContain('letzte amtliche Totenzahl: 238, August 2022, wiederholt Dezember 2022');
		// Before 9 January the 164 had not been said; the final toll is there all the same.
		const early = chartSummary(recordSeries('en'), DAYS, '2022-01-05', 'en');
		expect(early).not.toContain('164');
		expect(early).toContain(
			'Killed (all): nothing reported by 5 January 2022. Killed (all), final official toll: 238'
		);
	});
});
