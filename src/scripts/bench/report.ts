/** The benchmark's report: its JSON shape, the targets of issue 6, and the Markdown table. */
import type { Kind } from './transfer';
import { KINDS } from './transfer';
import { ratio, type Summary } from './stats';

type Bytes = Record<Kind | 'total' | 'maplibre' | 'beyondMapLibre', number> & {
	files: { path: string; kind: Kind; wire: number }[];
};
type Page = 'page' | 'embed' | 'baseline';

export interface Report {
	date: string;
	commit: string;
	machine: { os: string; cpu: string; memoryGB: number; node: string; browser: string };
	options: { loads: number; sizes: number[]; day: string; viewport: string };
	bytes: Record<Page, Bytes>;
	load: Record<Page, Summary>;
	fundamentals: Record<
		'page' | 'embed',
		{ fcp: Summary; mapLibreRequested: Summary; textBeforeLibrary: boolean; cls: number }
	>;
	/** Keyed by dataset: "record" or the synthetic size. */
	step: Record<string, { app: Summary; baseline: Summary; cut?: boolean }>;
	/** Heap in use after each of five scrubs, bytes. */
	memory: { app: number[]; baseline: number[] };
	seconds: number;
}

/** The targets of issue 6. */
export const TARGETS = {
	/** Gzip bytes the embed may add to MapLibre's own before it is ready. */
	embedBeyondMapLibre: 80 * 1024,
	loadRatio: 1.15,
	stepRatio: 1.2,
	stepRatioAtScale: 1.5,
	/** At this many synthetic events the scale target applies. */
	scaleSize: 100_000,
	heapGrowth: 0.05,
	layoutShift: 0.001
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s: Summary) => `${Math.round(s.median)} / ${Math.round(s.p95)}`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const growth = (heaps: number[]) => heaps[heaps.length - 1]! / heaps[0]! - 1;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function markdown(r: Report): string {
	const { bytes, load, step, memory, fundamentals } = r;
	const rows: string[][] = [];
	const embedExtra = bytes.embed.beyondMapLibre;
	rows.push([
		'Bytes to ready, embed (gzip)',
		kb(bytes.embed.total),
		kb(bytes.baseline.total),
		String(ratio(bytes.embed.total, bytes.baseline.total)),
		`MapLibre + ≤ 80 KB: here MapLibre ${kb(bytes.embed.maplibre)} + ${kb(embedExtra)}`,
		met(embedExtra <= TARGETS.embedBeyondMapLibre)
	]);
	rows.push([
		'Bytes to ready, page (gzip)',
		kb(bytes.page.total),
		kb(bytes.baseline.total),
		String(ratio(bytes.page.total, bytes.baseline.total)),
		`(no target) MapLibre ${kb(bytes.page.maplibre)} + ${kb(bytes.page.beyondMapLibre)}`,
		''
	]);
	for (const name of ['page', 'embed'] as const) {
		const q = ratio(load[name].median, load.baseline.median);
		rows.push([
			`Load to ready, ${name} (ms, median / p95)`,
			ms(load[name]),
			ms(load.baseline),
			String(q),
			`≤ ${TARGETS.loadRatio} × baseline`,
			met(q <= TARGETS.loadRatio)
		]);
	}
	// The record first, then the synthetic sets by size (numeric keys would otherwise come first).
	const datasets = Object.entries(step).sort(([a], [b]) =>
		a === 'record' ? -1 : b === 'record' ? 1 : Number(a) - Number(b)
	);
	for (const [label, s] of datasets) {
		const q = ratio(s.app.median, s.baseline.median);
		const scale = label === 'record' ? null : Number(label);
		const target =
			scale === null
				? TARGETS.stepRatio
				: scale >= TARGETS.scaleSize
					? TARGETS.stepRatioAtScale
					: null;
		rows.push([
			`Slider step, ${scale === null ? 'the record' : `${scale.toLocaleString('en')} synthetic events`} (ms, median / p95)${s.cut ? `, walk cut after ${s.app.n} steps` : ''}`,
			ms(s.app),
			ms(s.baseline),
			String(q),
			target === null ? '(no target)' : `≤ ${target} × baseline`,
			target === null ? '' : met(q <= target)
		]);
	}
	rows.push([
		'Heap growth, 1st → 5th scrub',
		`${pct(growth(memory.app))} (${kb(memory.app[0]!)} → ${kb(memory.app.at(-1)!)})`,
		`${pct(growth(memory.baseline))} (${kb(memory.baseline[0]!)} → ${kb(memory.baseline.at(-1)!)})`,
		'',
		`≤ ${pct(TARGETS.heapGrowth)}`,
		met(growth(memory.app) <= TARGETS.heapGrowth)
	]);
	for (const name of ['page', 'embed'] as const) {
		const f = fundamentals[name];
		rows.push([
			`Text before MapLibre, ${name} (first paint / library requested, ms)`,
			`${Math.round(f.fcp.median)} / ${Math.round(f.mapLibreRequested.median)}`,
			'',
			'',
			'first paint before the library is requested, every load',
			met(f.textBeforeLibrary)
		]);
		rows.push([
			`Layout shift until ready, ${name} (CLS, worst load)`,
			f.cls.toFixed(4),
			'',
			'',
			`≤ ${TARGETS.layoutShift}`,
			met(f.cls <= TARGETS.layoutShift)
		]);
	}

	const table = (head: string[], body: string[][]) =>
		[
			`| ${head.join(' | ')} |`,
			`|${head.map(() => ' --- ').join('|')}|`,
			...body.map((r) => `| ${r.join(' | ')} |`)
		].join('\n');
	const kinds = table(
		['Kind', 'page', 'embed', 'baseline'],
		[...KINDS, 'total', 'maplibre', 'beyondMapLibre'].map((k) => [
			k,
			...(['page', 'embed', 'baseline'] as const).map((p) =>
				kb(bytes[p][k as keyof Omit<Bytes, 'files'>])
			)
		])
	);
	const biggest = table(
		['Embed file', 'Kind', 'gzip'],
		[...bytes.embed.files]
			.sort((a, b) => b.wire - a.wire)
			.slice(0, 12)
			.map((f) => [`\`${f.path}\``, f.kind, kb(f.wire)])
	);

	return `# Benchmarks

Measured by \`npm run bench\` on ${r.date.slice(0, 10)} (commit ${r.commit}) in ${r.seconds} s.

Machine: ${r.machine.os}, ${r.machine.cpu}, ${r.machine.memoryGB} GB; Node ${r.machine.node}; ${r.machine.browser}.
Settings: ${r.options.loads} cold loads per page of ${r.options.day}, viewport ${r.options.viewport};
steps walk all 18 days forward and back on the region view (synthetic sets of
${r.options.sizes.map((n) => n.toLocaleString('en')).join(', ')} events, fixed seed: forward, then one
jump back).
The baseline is a bare MapLibre page with the same basemap and points (a day change is one
\`setFilter\`). Ratios compare medians from the same run; absolute numbers on a shared machine
with software WebGL are slow and noisy, ratios are what to compare.

${table(['Measure', 'App', 'Baseline', 'Ratio', 'Target', ''], rows)}

## Bytes to ready by kind (gzip level 9; fonts and images as stored)

${kinds}

${biggest}
`;
}
