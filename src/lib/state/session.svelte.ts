/**
 * One reader's session on a page or an embed: the state read from the URL, everything derived
 * from it that both layouts show, the map's readiness, and the document-wide effects (language,
 * theme, readiness attribute). Create it during component initialisation; call `start()` on mount.
 */
import { tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DAYS } from '#lib/data/days.ts';
import type { EventRecord, Place, Source } from '#lib/data/schema.ts';
import { dayLead, eventsAtPlace, eventsOn, mainPlaceId, placeById } from '#lib/data/selectors.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { dayLine } from '#lib/i18n/summaries.ts';
import { buildMapData, type MapData } from '#lib/map/features.ts';
import { typesToken, type MapGlobals } from '#lib/map/style.ts';
import { defaultView } from '#lib/map/views.ts';
import { PageState } from './history.svelte.ts';
import { installQantarApi, type MapSignal } from './readiness';
import type { Theme, UrlState } from './url';

export class Session {
	readonly ps: PageState;
	readonly mapData: MapData;
	/** Lookups for the panels; the record never changes while a page lives. */
	readonly places: Map<string, Place>;
	readonly sources: Map<string, Source>;

	readonly state = $derived.by(() => this.ps.state);
	readonly lang = $derived(this.state.lang);
	readonly day = $derived(this.state.day);
	readonly events = $derived.by(() => eventsOn(this.record, this.day));
	readonly shownEvents = $derived.by(() => {
		const types = this.state.types;
		return types ? this.events.filter((e) => types.includes(e.type)) : this.events;
	});
	readonly selected = $derived(this.events.find((e) => e.id === this.state.event) ?? null);
	readonly view = $derived(this.state.view ?? defaultView(this.day));
	/** The day's written lead: the headline and dek the page opens with. */
	readonly lead = $derived.by(() => dayLead(this.record, this.day));
	/** The date and the headline in one line: the live region's announcement and the map's alt text. */
	readonly summary = $derived.by(() => dayLine(this.record, this.day, this.lang));

	systemDark = $state(false);
	reducedMotion = $state(false);
	readonly theme: Theme = $derived(this.state.theme ?? (this.systemDark ? 'dark' : 'light'));

	signal = $state<MapSignal>('loading');
	map = $state.raw<MapLibreMap | null>(null);

	readonly globals: MapGlobals = $derived({
		day: DAYS.indexOf(this.day),
		types: typesToken(this.state.types),
		selected: this.selected ? mainPlaceId(this.selected) : '',
		earlier: this.state.earlier
	});

	constructor(
		private readonly record: EventRecord,
		route: () => { lang: Lang; day: string; embed?: boolean }
	) {
		this.ps = new PageState(record, route);
		this.mapData = buildMapData(record);
		this.places = placeById(record);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, not state
		this.sources = new Map(record.sources.map((x) => [x.id, x]));

		// The readiness signal: a public contract for hosts and screenshot tests.
		$effect(() => {
			document.documentElement.dataset.mapState = this.signal;
		});
		// Client-side navigation between languages keeps the document: its language must follow.
		$effect(() => {
			document.documentElement.lang = this.lang;
		});
		$effect(() => {
			const theme = this.state.theme;
			if (theme) document.documentElement.dataset.theme = theme;
			else delete document.documentElement.dataset.theme;
		});
	}

	set(partial: Partial<UrlState>, burst = false) {
		return this.ps.set(partial, burst);
	}

	/**
	 * Bumped each time the reader selects an event, so the event card takes focus then, and only
	 * then: not for a selection from the address on load, nor one a host sets.
	 */
	cardFocusRequest = $state(0);

	/** Where focus goes back to when the card closes, if not to the event's entry in the list. */
	private returnFocus: HTMLElement | null = null;

	/**
	 * Selects an event (or none). `from`: the control it was picked with, when that is not the
	 * event list (the "Said abroad" box), so that closing the card returns the reader there.
	 */
	selectEvent(id: string | null, from?: HTMLElement) {
		if (id) {
			this.cardFocusRequest++;
			this.returnFocus = from ?? null;
		}
		return this.set({ event: id });
	}

	/** A reader picked a place on the map: select its first (shown) event of the day. */
	pickPlace(place: string) {
		const [first] = eventsAtPlace(this.shownEvents, place);
		if (first) this.selectEvent(first.id);
	}

	/**
	 * Closes the selected event and returns focus to where it was picked: the "Said abroad" item,
	 * or else its entry in the list, if there is one.
	 */
	async closeEvent() {
		const id = this.selected?.id;
		const back = this.returnFocus;
		this.returnFocus = null;
		await this.set({ event: null });
		await tick();
		if (back?.isConnected) back.focus();
		else if (id) document.querySelector<HTMLElement>(`#event-${CSS.escape(id)} button`)?.focus();
	}

	/** Browser-only start: media queries, the canonical address, `window.qantar`. */
	start(): () => void {
		const dark = matchMedia('(prefers-color-scheme: dark)');
		const motion = matchMedia('(prefers-reduced-motion: reduce)');
		const sync = () => {
			this.systemDark = dark.matches;
			this.reducedMotion = motion.matches;
		};
		sync();
		dark.addEventListener('change', sync);
		motion.addEventListener('change', sync);
		this.ps.canonicalise();
		const uninstall = installQantarApi({
			getState: () => $state.snapshot(this.ps.state) as UrlState,
			set: (partial) => this.set(partial),
			signal: () => this.signal,
			map: () => this.map
		});
		return () => {
			dark.removeEventListener('change', sync);
			motion.removeEventListener('change', sync);
			uninstall();
		};
	}
}
