/**
 * Every word of the interface in English: the reference table, whose shape (`Strings`) every other
 * language must fill. Record texts (events, places, days) carry their own translations.
 */
import type { EventType, Metric, Precision, Qualifier } from '#lib/data/vocabulary.ts';

export const en = {
	siteTitle: 'Qantar',
	siteTagline: 'Kazakhstan, January 2022: the unrest and the CSTO deployment, day by day',
	/** The link to the language's pages from `/`, which names each language. */
	homeLink: 'Qantar — Kazakhstan, January 2022',
	skipToEvents: 'Skip to the events of the day',
	language: 'Language',
	/** The language's name in itself: the language switch and the embed dialog's menu. */
	languageName: 'English',
	days: 'Days',
	eventsOfDay: 'Events of the day',
	noEvents: 'No events recorded for this day.',
	figures: 'Reported figures',
	figuresNote:
		'Numbers as reported by the day shown, with who reported them. Conflicting claims are listed side by side, not averaged.',
	noFigures: 'No figures reported yet.',
	previously: 'Before',
	conflict: 'Claims differ',
	retracted: 'retracted',
	revised: 'revised',
	sources: 'Sources',
	source: 'Source',
	place: 'Place',
	time: 'Time',
	type: 'Type',
	precision: 'Location precision',
	allDay: 'time unknown',
	asOf: 'as of',
	scope: 'scope',
	alliance: 'CSTO states',
	deployed: 'troops in Kazakhstan',
	withdrawn: 'troops withdrawn',
	memberOnly: 'member',
	host: 'host state',
	previousDay: 'Previous day',
	nextDay: 'Next day',
	mapLoading: 'Loading the map…',
	mapUnavailable: 'The picture shows the map of the day; every event is listed below.',
	mapFailure: {
		webgl: 'The interactive map needs WebGL, which this browser does not provide.',
		library: 'The map could not be loaded: the map software did not arrive.',
		basemap: 'The map could not be loaded: basemap data unavailable.'
	},
	mapNotice: {
		font: 'The map font could not be loaded: labels use a substitute font.',
		labels: 'Place names could not be loaded: the map shows none.'
	},
	aggregatorNote: 'repost of another outlet',
	copyOf: (outlet: string) => `repost of ${outlet}`,
	copyOfUnknown: 'repost, original not traced',
	via: 'via',
	undated: (accessed: string) => `undated, read ${accessed}`,
	singleReport: 'Single report',
	eventCount: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
	approx: 'about',
	partOfDay: { night: 'night', morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
	until: 'until',
	certainty: {
		confirmed: 'confirmed by several sources',
		reported: 'single report',
		claimed: 'unverified claim',
		disputed: 'disputed'
	},
	views: { region: 'CSTO region', kazakhstan: 'Kazakhstan', almaty: 'Almaty' },
	viewLabel: 'Map view',
	filterLabel: 'Event types',
	showEarlier: 'Show earlier days',
	legend: 'Legend',
	legendExact: 'solid: exact building or site',
	legendApprox: 'hollow: city or wider area only',
	legendMember: 'CSTO member',
	legendDeployed: 'troops in Kazakhstan this day',
	legendHost: 'Kazakhstan (host)',
	legendRoute: 'airlift to Kazakhstan',
	legendRouteBack: 'return flights / convoy',
	legendRouteApprox: 'dashed: route only approximately known',
	mapLabel: 'Map of the events of the day',
	close: 'Close',
	noticeTitle: 'Some of the address could not be used:',
	noticeKinds: {
		lang: 'unknown language',
		day: 'no such day in the timeline, showing the nearest',
		view: 'unknown map view',
		theme: 'unknown theme',
		event: 'unknown event',
		types: 'unknown event types ignored',
		earlier: 'earlier takes 1 or 0',
		static: 'static takes 1 or 0',
		controls: 'controls takes full, slider or none',
		height: 'height takes a number of pixels from 200 to 1600',
		path: 'not part of any address here',
		param: 'unknown parameter',
		repeated: 'given more than once: only the last value counts'
	},
	dismiss: 'Dismiss',
	chartTitle: 'How the numbers were reported',
	chartNote: 'Each dot is one claim, on the day it was reported.',
	embedTitle: 'embedded map',
	embedButton: 'Embed',
	embedHeading: 'Embed this map',
	embedDay: 'Day',
	embedDayView: 'the day’s own view',
	embedTheme: 'Theme',
	embedThemeAuto: 'follow the reader',
	embedThemeLight: 'light',
	embedThemeDark: 'dark',
	embedControls: 'Controls',
	embedControlsNames: { full: 'all', slider: 'timeline only', none: 'none' },
	embedCode: 'Code for your page',
	embedCopy: 'Copy code',
	embedCopied: 'Copied.',
	embedPreview: 'Preview',
	demoKicker: 'Demo for newsrooms',
	demoTitle: 'Eighteen days in January: how Kazakhstan’s unrest unfolded',
	demoLede:
		'A sample article. The map is an embedded Qantar iframe; as you scroll, each paragraph sets its day and view through the embed’s message API. Below, a second embed sized by a plain pym.js host.',
	demoMapTitle: 'Map of the unrest in Kazakhstan, January 2022',
	demoPymHeading: 'The same map in a pym.js host',
	demoPymText:
		'Sites that already use pym.js get a correctly sized embed without new code: the embed speaks the pym.js child protocol.',
	demoPymTitle: 'Map of Almaty on 7 January 2022',
	openFullMap: 'open the full map',
	embedCredit: 'sources with every event',
	atPlace: 'Events here today',
	footer:
		'Compiled from public reporting; every event names its sources. Basemap: Natural Earth. Times are Almaty time (UTC+6).',
	// reactions from abroad
	/** Under the map: the day's events across the whole country (no point stands for them). */
	nationwide: 'Across Kazakhstan',
	/** Under a marker's first events, when the pointer is over it. */
	moreEvents: (n: number) => `and ${n} more`,
	saidAbroad: 'Said abroad',
	/** Read after an item whose place the map does not show (Washington, Brussels, …). */
	saidAbroadOffMap: 'not on the map',
	// day lead and methodology
	howWeCount: 'How we count',
	methodologyLink: 'Methodology and corrections',
	methodologyShort: 'Methodology',
	demoFooter: 'The map, its record and how it was made:',
	/** A record text quoted in running copy (a figure's label). */
	quoted: (text: string) => `“${text}”`,
	eventTypes: {
		protest: 'Protest',
		clash: 'Clash',
		attack: 'Attack on a building',
		'security-operation': 'Security operation',
		arrest: 'Arrests',
		deployment: 'Troop deployment',
		withdrawal: 'Troop withdrawal',
		decision: 'Political decision',
		shutdown: 'Communications cut',
		reaction: 'Reaction abroad'
	} satisfies Record<EventType, string>,
	precisions: {
		building: 'exact building',
		site: 'square or site',
		city: 'city, not the exact spot',
		region: 'region only',
		country: 'nationwide'
	} satisfies Record<Precision, string>,
	metrics: {
		'killed-total': 'Killed (all)',
		'killed-protesters': 'Killed: protesters / “attackers”',
		'killed-security': 'Killed: security forces',
		'killed-civilians': 'Killed: civilians',
		'injured-total': 'Injured (all)',
		'injured-security': 'Injured: security forces',
		hospitalised: 'In hospital',
		detained: 'Detained',
		'criminal-cases': 'Criminal cases',
		'troops-deployed': 'CSTO troops'
	} satisfies Record<Metric, string>,
	/** Written before the number: "more than 3,000". */
	qualifiers: {
		exact: '',
		about: 'about ',
		'more-than': 'more than ',
		'at-least': 'at least ',
		nearly: 'nearly ',
		'up-to': 'up to '
	} satisfies Record<Qualifier, string>,
	// the figures chart: its key, and the sentences of its text alternative (i18n/summaries.ts)
	chartKey: {
		key: 'How to read',
		solid: 'exact figure',
		hollow: '“about”, “more than” and the like',
		line: 'highest claim of each day, joined from one day to the next',
		gap: 'no report on the days between',
		retracted: 'withdrawn claim, joined to nothing',
		final: 'latest official figure, given after January'
	},
	/** The key-figures strip under the headline (panels/KeyFigures.svelte). */
	keyFigures: {
		label: (date: string) => `Key figures as known on ${date}`,
		killed: 'Killed',
		detained: 'Detained',
		troops: 'CSTO troops',
		notYet: 'not yet reported',
		/** Before an overall toll: the parts counted apart. */
		noTotal: 'no overall toll yet',
		parts: {
			'killed-security': 'security forces',
			'killed-protesters': 'protesters / “attackers”'
		} as Record<string, string>,
		conflict: 'claims differ',
		withdrawn: 'all withdrawn',
		/** Under the troops: the national contingents in the country that day. */
		contingents: (n: number) =>
			n === 1 ? '1 contingent in country' : `${n} contingents in country`,
		/** When and who said it: "7 Jan · Interior Ministry" (the date first: a long name is clamped). */
		by: (claimant: string, date: string) => `${date} · ${claimant}`,
		more: 'All figures and their sources'
	},
	/** The figures chart's own labels (panels/figures/chart.ts). */
	chart: {
		/** Under the column right of the days, where a later official figure stands. */
		later: 'later',
		/** The death toll's last official figure: "238: final official toll, Aug 2022". */
		finalToll: (value: string, date: string) => `${value}: final official toll, ${date}`,
		/** The same for another metric. */
		finalFigure: (value: string, date: string) => `${value}: latest official figure, ${date}`,
		/** Its tooltip: who gave it, when, and when it was last repeated. */
		finalTitle: (value: string, claimant: string, date: string, repeated: string | null) =>
			`${value} — ${claimant}, ${date}` + (repeated ? `; repeated ${repeated}` : ''),
		/** A withdrawn claim under the chart: "164, 9 Jan: Withdrawn by the ministry as …". */
		retractedNote: (claim: string, date: string, reason: string) => `${claim}, ${date}: ${reason}`,
		/** When the record gives no reason. */
		withdrawn: 'withdrawn by whoever reported it',
		retractedTitle: (claim: string, claimant: string) => `${claim} — ${claimant} (withdrawn)`
	},
	series: {
		nothing: (label: string, date: string) => `${label}: nothing reported by ${date}`,
		head: (label: string, date: string) => `${label}, reported by ${date}`,
		on: (claim: string, day: string) => `${claim} on ${day}`,
		span: (first: string, latest: string) => `from ${first} to ${latest}`,
		claimsThatDay: 'claims that day',
		withdrawn: (claims: string) => `withdrawn: ${claims}`,
		finalToll: (label: string, value: string, date: string, repeated: string | null) =>
			`${label}, final official toll: ${value}, ${date}` +
			(repeated ? `, repeated ${repeated}` : ''),
		finalFigure: (label: string, value: string, date: string, repeated: string | null) =>
			`${label}, latest official figure: ${value}, ${date}` +
			(repeated ? `, repeated ${repeated}` : '')
	},
	/** The iframe title of the embed code (embed/snippet.ts). */
	snippetTitle: (date: string) => `Map: the unrest in Kazakhstan on ${date} (Qantar)`,
	/** The timeline under the map: its controls' names and what the slider says. */
	timeline: {
		label: 'Timeline',
		day: 'Day',
		previousDay: 'Previous day',
		nextDay: 'Next day',
		play: 'Play through the days',
		speed: 'Speed',
		/** Over the bars: what their height measures. */
		/** The camera goes to each day's own view while scrubbing and playing. */
		follow: 'Follow the story',
		followHint: 'each day opens where its story happened',
		barsCaption: 'Events recorded per day',
		eventCount: (n: number) => (n === 0 ? 'no events' : `${n} ${n === 1 ? 'event' : 'events'}`)
	}
};

export type Strings = typeof en;
