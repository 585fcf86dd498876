/**
 * One reader's session on a page or an embed: the state read from the URL, everything derived
 * from it that both layouts show, and the map's readiness. Create it during component
 * initialisation; what it does to the document (language, theme, readiness attribute, media
 * queries, `window.qantar`) is document.svelte.ts's `syncDocument`.
 */
import { tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CITY_VIEWS, defaultView } from '#lib/data/day-views.ts';
import type { Event, EventRecord, Place, Source } from '#lib/data/schema.ts';
import {
	dayLead,
	eventsAtPlace,
	eventsOn,
	labelPlaceOf,
	mainPlaceId,
	placeById
} from '#lib/data/selectors.ts';
import type { Lang, Theme } from '#lib/data/vocabulary.ts';
import { dayLine } from '#lib/i18n/summaries.ts';
import { UrlHistory } from './history.svelte.ts';
import type { MapSignal } from './readiness';
import type { UrlState } from './url';

export class Session {
	/** The URL as the store: read from it, and moved by navigating. */
	readonly history: UrlHistory;
	/** Lookups for the panels; the record never changes while a page lives. */
	readonly places: Map<string, Place>;
	readonly sources: Map<string, Source>;

	readonly state = $derived.by(() => this.history.state);
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

	/** The reader's system settings, kept current by syncDocument. */
	systemDark = $state(false);
	reducedMotion = $state(false);
	readonly theme: Theme = $derived(this.state.theme ?? (this.systemDark ? 'dark' : 'light'));

	/**
	 * "Follow the story": whether moving through the days takes the camera to each day's own view.
	 * Off, the camera stays in the view the reader is in (a day's view applies on arrival by link).
	 */
	follow = $state(false);

	signal = $state<MapSignal>('loading');
	map = $state.raw<MapLibreMap | null>(null);

	constructor(
		private readonly record: EventRecord,
		route: () => { lang: Lang; day: string; embed?: boolean }
	) {
		this.history = new UrlHistory(record, route);
		this.places = placeById(record);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, not state
		this.sources = new Map(record.sources.map((x) => [x.id, x]));
	}

	set(partial: Partial<UrlState>, burst = false, options: { replace?: boolean } = {}) {
		return this.history.set(partial, burst, options);
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

	/** The reader moved the timeline (slider, buttons, keys, play) to `day`. */
	scrub(day: string) {
		const keep = this.follow ? null : this.view;
		return this.set({ day, event: null, view: keep === defaultView(day) ? null : keep }, true);
	}

	/**
	 * The shown events of the day a marker stands for: those at its place, and (a city's marker
	 * below city zoom) those at the city's sites.
	 */
	markerEvents(place: string): { at: Event[]; inCity: Event[] } {
		const at = eventsAtPlace(this.shownEvents, place);
		const inCity = this.shownEvents.filter((e) => {
			const p = this.places.get(mainPlaceId(e));
			return p && !p.offMap && labelPlaceOf(p, this.places.values())?.id === place;
		});
		return { at, inCity };
	}

	/**
	 * A reader picked a marker on the map: a place's, or at region and country zoom a city's,
	 * which stands for every site in it. Selects the first shown event of the day there; a city
	 * with a view of its own (Almaty) and events at several of its sites opens that view too.
	 */
	pickPlace(place: string) {
		const { at, inCity } = this.markerEvents(place);
		const [first] = at.length > 0 ? at : inCity;
		if (!first) return;
		const view = CITY_VIEWS[place];
		const spread = inCity.some((e) => mainPlaceId(e) !== mainPlaceId(inCity[0]!));
		if (view && spread && view !== this.view) {
			this.cardFocusRequest++;
			this.returnFocus = null;
			return this.set({ event: first.id, view });
		}
		return this.selectEvent(first.id);
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
}
