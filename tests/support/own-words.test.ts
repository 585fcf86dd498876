import { describe, expect, it } from 'vitest';
import { sharedRuns, unquoted, words } from './own-words';

const article = {
	name: '002.txt',
	text: 'Am Donnerstagabend flammten die Auseinandersetzungen offenbar wieder auf, in Almaty waren erneut Schüsse zu hören; Medienberichten zufolge räumten die Sicherheitskräfte einen zentralen Platz.'
};

describe('sharedRuns', () => {
	it('finds a copied run, whatever its case and punctuation, with its full length', () => {
		const copy =
			'Am Abend flammten die Auseinandersetzungen wieder auf, in Almaty waren erneut Schüsse zu hören – Medienberichten zufolge räumten die Sicherheitskräfte einen zentralen Platz.';
		const runs = sharedRuns(copy, [article]);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ article: '002.txt', length: 17 });
		expect(runs[0]!.run.startsWith('wieder auf in almaty')).toBe(true);
	});

	it('lets seven shared words pass and catches eight', () => {
		expect(
			sharedRuns('Laut AFP waren erneut Schüsse zu hören, so der Bericht.', [article])
		).toEqual([]);
		expect(
			sharedRuns('Dort waren in Almaty waren erneut Schüsse zu hören; danach Ruhe.', [article])
		).toEqual([]);
		expect(
			sharedRuns('Es hieß, in Almaty waren erneut Schüsse zu hören, Medienberichten zufolge.', [
				article
			])
		).toHaveLength(1);
	});

	it('allows a quoted passage, in German and English quotation marks', () => {
		const quoted =
			'AFP schrieb: „in Almaty waren erneut Schüsse zu hören; Medienberichten zufolge räumten“ – so die Agentur.';
		expect(sharedRuns(quoted, [article])).toEqual([]);
		expect(
			sharedRuns('AFP wrote “in Almaty waren erneut Schüsse zu hören” (German).', [article])
		).toEqual([]);
	});

	it('does not join the words before and after a quotation into one run', () => {
		const text =
			'in Almaty waren erneut „x“ Schüsse zu hören; Medienberichten zufolge räumten die Sicherheitskräfte';
		// The words after the quotation still form a run of their own.
		expect(sharedRuns(text, [article]).map((r) => r.length)).toEqual([8]);
	});
});

describe('words and unquoted', () => {
	it('normalise case and punctuation, keeping umlauts and digits', () => {
		expect(words('Über 2.500 OVKS-Soldaten!')).toEqual(['über', '2', '500', 'ovks', 'soldaten']);
		expect(unquoted('A „b c“ d')).toEqual([['a'], ['d']]);
	});
});
