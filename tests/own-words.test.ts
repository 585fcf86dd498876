/**
 * The record is written in our own words: no English or German text of geo/ shares a run of 8 or
 * more consecutive words with one of the five articles the project grew from, outside quotation
 * marks. The articles are third-party texts kept outside the repository (../shared/seeds/); where
 * they are absent (a fresh clone elsewhere), the test says so and is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES } from '#lib/data/validate/index.ts';
import { readerTexts } from '#lib/data/wording.ts';
import { sharedRuns, type Article } from './support/own-words';

const ROOT = join(import.meta.dirname, '..');
/** Where the articles are; QANTAR_SEEDS points elsewhere (e.g. to try the skipped path). */
const SEEDS = process.env.QANTAR_SEEDS ?? join(ROOT, '../shared/seeds');
/** How many consecutive shared words make a copy (issue 11). */
const LONGEST_ALLOWED = 7;

function articles(): Article[] {
	return readdirSync(SEEDS)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
}

/** Every English and German text of the record, named `file › record › field`. */
function recordTexts(): { where: string; text: string }[] {
	const out: { where: string; text: string }[] = [];
	for (const file of Object.values(FILES)) {
		const raw = JSON.parse(readFileSync(join(ROOT, 'geo', file), 'utf8'));
		const list: unknown[] = Array.isArray(raw)
			? raw
			: [...(raw.features ?? []), ...(raw.members ?? []), ...(raw.routes ?? [])];
		list.forEach((item, i) => {
			const r = item as { id?: string; iso2?: string; date?: string };
			const name = r.id ?? r.iso2 ?? r.date ?? `#${i}`;
			for (const t of readerTexts(item))
				if (t.lang) out.push({ where: `${file} › ${name} › ${t.field}`, text: t.text });
		});
	}
	return out;
}

describe('the record is in our own words', () => {
	it(`shares no run of more than ${LONGEST_ALLOWED} words with the articles it cites`, (ctx) => {
		if (!existsSync(SEEDS)) ctx.skip(`${SEEDS} is absent: the source articles are not here`);
		const sources = articles();
		expect(sources.length, 'the five source articles').toBe(5);
		const texts = recordTexts();
		expect(texts.length).toBeGreaterThan(500);
		const copies = texts.flatMap(({ where, text }) =>
			sharedRuns(text, sources, LONGEST_ALLOWED + 1).map(
				(r) => `${where}: ${r.length} words shared with ${r.article}: "${r.run}"`
			)
		);
		expect(copies).toEqual([]);
	});
});
