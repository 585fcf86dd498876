/**
 * The page's state: read from the URL (the only store), changed by navigating to a new URL.
 * Prerendering has no query string, so the server renders the bare day; the browser then
 * applies the query. Changes push history entries, except rapid ones (dragging the slider,
 * playback), which replace the entry they started.
 */
import { browser } from '$app/environment';
import { goto, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { EventRecord } from '#lib/data/schema.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { defaultState, parseUrl, serializeUrl, type Notice, type UrlState } from './url';

/** Changes within this window after a pushed one replace it instead of adding history. */
const BURST_MS = 700;

export class UrlHistory {
	private lastPush = 0;
	private readonly eventDay: (id: string) => string | undefined;

	constructor(
		record: EventRecord,
		private readonly route: () => { lang: Lang; day: string; embed?: boolean }
	) {
		// A lookup table built once, not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const days = new Map(record.events.map((e) => [e.id, e.date]));
		this.eventDay = (id) => days.get(id);
	}

	readonly parsed = $derived.by((): { state: UrlState; notices: Notice[] } => {
		const { lang, day, embed } = this.route();
		if (!browser) return { state: defaultState(lang, day, embed), notices: [] };
		return parseUrl(page.url.pathname, page.url.searchParams, this.eventDay);
	});

	readonly state = $derived(this.parsed.state);

	/** Notices carried from the fallback route plus those of this URL. */
	readonly notices = $derived([...(page.state.notices ?? []), ...this.parsed.notices]);

	/** Canonicalises the address once (dropping what was ignored), keeping the notices visible. */
	canonicalise() {
		const canonical = serializeUrl(this.state, page.url.searchParams);
		// The address bar itself, not page.url: the router shows `/en/2022-01-06` (no slash) as
		// `/en/2022-01-06/` there, and the bar would keep the form the reader typed.
		if (canonical !== location.pathname + location.search)
			return goto(canonical, {
				replaceState: true,
				noScroll: true,
				keepFocus: true,
				state: { notices: this.notices }
			});
	}

	dismissNotices() {
		replaceState('', {});
	}

	/**
	 * Moves to a new state; `burst` marks rapid changes that should not flood history, `replace`
	 * a change that is not the reader's own step (an embed's host driving it: in the host's
	 * joint session history, Back would otherwise rewind the map instead of the article).
	 */
	set(partial: Partial<UrlState>, burst = false, { replace: always = false } = {}): Promise<void> {
		const next = { ...this.state, ...partial };
		const now = Date.now();
		const replace = always || (burst && now - this.lastPush < BURST_MS);
		if (!replace) this.lastPush = now;
		return goto(serializeUrl(next, page.url.searchParams), {
			noScroll: true,
			keepFocus: true,
			replaceState: replace
		});
	}
}
