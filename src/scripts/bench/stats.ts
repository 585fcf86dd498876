/** Summaries of timed samples: median and 95th percentile (d3-array), in ms. */
import { median, quantile } from 'd3-array';

export interface Summary {
	median: number;
	p95: number;
	n: number;
}

export function summarize(samples: number[]): Summary {
	if (samples.length === 0) throw new Error('no samples');
	return { median: median(samples)!, p95: quantile(samples, 0.95)!, n: samples.length };
}

/** `app / baseline`, rounded to two decimals. */
export const ratio = (app: number, baseline: number): number =>
	Math.round((app / baseline) * 100) / 100;
