/**
 * Finds text the record shares with the articles it cites: runs of consecutive words that a record
 * text and a source article have in common, outside quotation marks. Case and punctuation are
 * ignored; a quoted passage is an attributed quote and is allowed.
 */

/** Quoted passages in German („…“, »…«, ‚…‘) and English (“…”, "…") typography. */
const QUOTED = /„[^“”"]*[“”"]|“[^”“]*”|"[^"]*"|»[^«]*«|«[^»]*»|‚[^‘’]*[‘’]/g;
/** Stands in for a removed quotation, so that no run is counted across it (a character no text has). */
const BREAK = '\u241E';

/** Lower-case words, punctuation dropped (letters and digits of any script kept). */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\u241E]+/gu, ' ')
		.split(' ')
		.filter((w) => w.length > 0);
}

/** The segments of a text that are in our own words: everything outside quotation marks. */
export function unquoted(text: string): string[][] {
	return text
		.replace(QUOTED, ` ${BREAK} `)
		.split(BREAK)
		.map(words)
		.filter((ws) => ws.length > 0);
}

export interface Article {
	name: string;
	text: string;
}

export interface SharedRun {
	article: string;
	/** The shared words, as normalised. */
	run: string;
	length: number;
}

const windows = new WeakMap<Article, Map<number, Set<string>>>();

/** Every run of `min` consecutive words of an article, computed once per article and length. */
function windowsOf(article: Article, min: number): Set<string> {
	let byLength = windows.get(article);
	if (!byLength) windows.set(article, (byLength = new Map()));
	let grams = byLength.get(min);
	if (!grams) {
		const source = words(article.text);
		grams = new Set();
		for (let i = 0; i + min <= source.length; i++) grams.add(source.slice(i, i + min).join(' '));
		byLength.set(min, grams);
	}
	return grams;
}

/**
 * Every maximal run of at least `min` consecutive words that `text`, outside its quotations,
 * shares with one of `articles` (anywhere in the article, quoted there or not).
 */
export function sharedRuns(text: string, articles: readonly Article[], min = 8): SharedRun[] {
	const found: SharedRun[] = [];
	for (const article of articles) {
		const grams = windowsOf(article, min);
		for (const segment of unquoted(text)) {
			let i = 0;
			while (i + min <= segment.length) {
				if (!grams.has(segment.slice(i, i + min).join(' '))) {
					i++;
					continue;
				}
				// Extend the run while each next window of `min` words is still in the article.
				let end = i + min;
				while (end < segment.length && grams.has(segment.slice(end - min + 1, end + 1).join(' ')))
					end++;
				found.push({
					article: article.name,
					run: segment.slice(i, end).join(' '),
					length: end - i
				});
				i = end;
			}
		}
	}
	return found;
}
