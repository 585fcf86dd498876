/** Every UI string in English and German. Data texts (events, places) carry their own. */
import type { EventType, Metric, Precision, Qualifier } from '#lib/data/schema.ts';
import type { Lang } from '#lib/data/vocabulary.ts';

const en = {
	siteTitle: 'Qantar',
	siteTagline: 'Kazakhstan, January 2022: the unrest and the CSTO deployment, day by day',
	skipToEvents: 'Skip to the events of the day',
	language: 'Language',
	otherLanguage: 'Deutsch',
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
	claimed: 'claim',
	disputed: 'disputed',
	reportedOnly: 'single report',
	alliance: 'CSTO states',
	deployed: 'troops in Kazakhstan',
	withdrawn: 'troops withdrawn',
	memberOnly: 'member',
	host: 'host state',
	previousDay: 'Previous day',
	nextDay: 'Next day',
	about: 'About the data',
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
	legendToday: 'events of the day',
	legendEarlier: 'places of earlier days',
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
	selectedEvent: 'Selected event',
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
	saidAbroad: 'Said abroad',
	/** Read after an item whose place the map does not show (Washington, Brussels, …). */
	saidAbroadOffMap: 'not on the map',
	// day lead and methodology
	howWeCount: 'How we count',
	methodologyLink: 'Methodology and corrections',
	methodologyShort: 'Methodology',
	demoFooter: 'The map, its record and how it was made:'
};

type Strings = typeof en;

const de: Strings = {
	siteTitle: 'Qantar',
	siteTagline: 'Kasachstan, Januar 2022: die Unruhen und der OVKS-Einsatz, Tag für Tag',
	skipToEvents: 'Zu den Ereignissen des Tages springen',
	language: 'Sprache',
	otherLanguage: 'English',
	days: 'Tage',
	eventsOfDay: 'Ereignisse des Tages',
	noEvents: 'Für diesen Tag sind keine Ereignisse verzeichnet.',
	figures: 'Gemeldete Zahlen',
	figuresNote:
		'Zahlen, wie sie bis zum gezeigten Tag gemeldet wurden, mit ihrer Quelle. Widersprüchliche Angaben stehen nebeneinander und werden nicht gemittelt.',
	noFigures: 'Noch keine Zahlen gemeldet.',
	previously: 'Zuvor',
	conflict: 'Angaben weichen ab',
	retracted: 'zurückgezogen',
	revised: 'korrigiert',
	sources: 'Quellen',
	source: 'Quelle',
	place: 'Ort',
	time: 'Zeit',
	type: 'Art',
	precision: 'Ortsgenauigkeit',
	allDay: 'Uhrzeit unbekannt',
	asOf: 'Stand',
	scope: 'Gebiet',
	claimed: 'Behauptung',
	disputed: 'umstritten',
	reportedOnly: 'Einzelmeldung',
	alliance: 'OVKS-Staaten',
	deployed: 'Truppen in Kasachstan',
	withdrawn: 'Truppen abgezogen',
	memberOnly: 'Mitglied',
	host: 'Gastland',
	previousDay: 'Vorheriger Tag',
	nextDay: 'Nächster Tag',
	about: 'Über die Daten',
	mapLoading: 'Karte wird geladen …',
	mapUnavailable: 'Das Bild zeigt die Karte des Tages; alle Ereignisse stehen in der Liste unten.',
	mapFailure: {
		webgl: 'Die interaktive Karte braucht WebGL, das dieser Browser nicht bietet.',
		library: 'Die Karte konnte nicht geladen werden: Die Kartensoftware kam nicht an.',
		basemap: 'Die Karte konnte nicht geladen werden: Grundkartendaten nicht verfügbar.'
	},
	mapNotice: {
		font: 'Die Kartenschrift konnte nicht geladen werden: Beschriftungen in Ersatzschrift.',
		labels: 'Ortsnamen konnten nicht geladen werden: Die Karte zeigt keine.'
	},
	aggregatorNote: 'Übernahme eines anderen Mediums',
	copyOf: (outlet: string) => `Übernahme von ${outlet}`,
	copyOfUnknown: 'Übernahme, Original nicht ermittelt',
	via: 'über',
	undated: (accessed: string) => `ohne Datum, gelesen am ${accessed}`,
	singleReport: 'Einzelner Bericht',
	eventCount: (n: number) => `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`,
	approx: 'gegen',
	partOfDay: { night: 'nachts', morning: 'morgens', afternoon: 'nachmittags', evening: 'abends' },
	until: 'bis',
	certainty: {
		confirmed: 'von mehreren Quellen bestätigt',
		reported: 'Einzelmeldung',
		claimed: 'unbelegte Behauptung',
		disputed: 'umstritten'
	},
	views: { region: 'OVKS-Region', kazakhstan: 'Kasachstan', almaty: 'Almaty' },
	viewLabel: 'Kartenansicht',
	filterLabel: 'Ereignisarten',
	showEarlier: 'Frühere Tage zeigen',
	legend: 'Legende',
	legendToday: 'Ereignisse des Tages',
	legendEarlier: 'Orte früherer Tage',
	legendExact: 'gefüllt: genaues Gebäude oder Gelände',
	legendApprox: 'hohl: nur Stadt oder größeres Gebiet',
	legendMember: 'OVKS-Mitglied',
	legendDeployed: 'an diesem Tag Truppen in Kasachstan',
	legendHost: 'Kasachstan (Gastland)',
	legendRoute: 'Luftbrücke nach Kasachstan',
	legendRouteBack: 'Rückflüge / Konvoi',
	legendRouteApprox: 'gestrichelt: Route nur ungefähr bekannt',
	mapLabel: 'Karte der Ereignisse des Tages',
	close: 'Schließen',
	noticeTitle: 'Ein Teil der Adresse konnte nicht verwendet werden:',
	noticeKinds: {
		lang: 'unbekannte Sprache',
		day: 'diesen Tag gibt es in der Zeitleiste nicht, gezeigt wird der nächstgelegene',
		view: 'unbekannte Kartenansicht',
		theme: 'unbekanntes Farbschema',
		event: 'unbekanntes Ereignis',
		types: 'unbekannte Ereignisarten ignoriert',
		earlier: 'earlier erwartet 1 oder 0',
		static: 'static erwartet 1 oder 0',
		controls: 'controls erwartet full, slider oder none',
		height: 'height erwartet eine Pixelzahl von 200 bis 1600',
		path: 'gehört zu keiner Adresse dieser Seite',
		param: 'unbekannter Parameter',
		repeated: 'mehrfach angegeben: nur der letzte Wert zählt'
	},
	dismiss: 'Ausblenden',
	chartTitle: 'Wie die Zahlen gemeldet wurden',
	chartNote: 'Jeder Punkt ist eine Angabe, am Tag ihrer Meldung.',
	selectedEvent: 'Ausgewähltes Ereignis',
	embedTitle: 'eingebettete Karte',
	embedButton: 'Einbetten',
	embedHeading: 'Diese Karte einbetten',
	embedDay: 'Tag',
	embedDayView: 'die Ansicht des Tages',
	embedTheme: 'Farbschema',
	embedThemeAuto: 'wie beim Leser eingestellt',
	embedThemeLight: 'hell',
	embedThemeDark: 'dunkel',
	embedControls: 'Bedienelemente',
	embedControlsNames: { full: 'alle', slider: 'nur Zeitleiste', none: 'keine' },
	embedCode: 'Code für Ihre Seite',
	embedCopy: 'Code kopieren',
	embedCopied: 'Kopiert.',
	embedPreview: 'Vorschau',
	demoKicker: 'Demo für Redaktionen',
	demoTitle: 'Achtzehn Tage im Januar: wie die Unruhen in Kasachstan verliefen',
	demoLede:
		'Ein Beispielartikel. Die Karte ist ein eingebettetes Qantar-iframe; beim Scrollen setzt jeder Absatz über die Nachrichten-Schnittstelle Tag und Ansicht. Darunter eine zweite Einbettung, deren Höhe ein gewöhnlicher pym.js-Host regelt.',
	demoMapTitle: 'Karte der Unruhen in Kasachstan, Januar 2022',
	demoPymHeading: 'Dieselbe Karte in einem pym.js-Host',
	demoPymText:
		'Seiten, die pym.js schon verwenden, bekommen ohne neuen Code eine passend hohe Einbettung: die Karte spricht das Kind-Protokoll von pym.js.',
	demoPymTitle: 'Karte von Almaty am 7. Januar 2022',
	openFullMap: 'die ganze Karte öffnen',
	embedCredit: 'Quellen bei jedem Ereignis',
	atPlace: 'Ereignisse hier an diesem Tag',
	footer:
		'Zusammengestellt aus öffentlichen Berichten; jedes Ereignis nennt seine Quellen. Grundkarte: Natural Earth. Zeiten in Almaty-Zeit (UTC+6).',
	// reactions from abroad
	saidAbroad: 'Stimmen aus dem Ausland',
	saidAbroadOffMap: 'nicht auf der Karte',
	// day lead and methodology
	howWeCount: 'Wie wir zählen',
	methodologyLink: 'Methodik und Korrekturen',
	methodologyShort: 'Methodik',
	demoFooter: 'Die Karte, ihre Daten und wie sie entstanden sind:'
};

export const STRINGS: Record<Lang, Strings> = { en, de };

export const EVENT_TYPE_LABELS: Record<Lang, Record<EventType, string>> = {
	en: {
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
	},
	de: {
		protest: 'Protest',
		clash: 'Zusammenstoß',
		attack: 'Angriff auf ein Gebäude',
		'security-operation': 'Sicherheitseinsatz',
		arrest: 'Festnahmen',
		deployment: 'Truppenentsendung',
		withdrawal: 'Truppenabzug',
		decision: 'Politische Entscheidung',
		shutdown: 'Kommunikationssperre',
		reaction: 'Reaktion aus dem Ausland'
	}
};

export const PRECISION_LABELS: Record<Lang, Record<Precision, string>> = {
	en: {
		building: 'exact building',
		site: 'square or site',
		city: 'city, not the exact spot',
		region: 'region only',
		country: 'nationwide'
	},
	de: {
		building: 'genaues Gebäude',
		site: 'Platz oder Gelände',
		city: 'Stadt, nicht der genaue Ort',
		region: 'nur Region',
		country: 'landesweit'
	}
};

export const METRIC_LABELS: Record<Lang, Record<Metric, string>> = {
	en: {
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
	},
	de: {
		'killed-total': 'Getötete (insgesamt)',
		'killed-protesters': 'Getötete: Demonstranten / „Angreifer“',
		'killed-security': 'Getötete: Sicherheitskräfte',
		'killed-civilians': 'Getötete: Zivilisten',
		'injured-total': 'Verletzte (insgesamt)',
		'injured-security': 'Verletzte: Sicherheitskräfte',
		hospitalised: 'Im Krankenhaus',
		detained: 'Festnahmen',
		'criminal-cases': 'Strafverfahren',
		'troops-deployed': 'OVKS-Soldaten'
	}
};

/** "more than 3,000" / "mehr als 3.000". */
export function formatClaim(value: number, qualifier: Qualifier, lang: Lang): string {
	const n = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(value);
	const words: Record<Lang, Record<Qualifier, string>> = {
		en: {
			exact: '',
			about: 'about ',
			'more-than': 'more than ',
			'at-least': 'at least ',
			nearly: 'nearly ',
			'up-to': 'up to '
		},
		de: {
			exact: '',
			about: 'etwa ',
			'more-than': 'mehr als ',
			'at-least': 'mindestens ',
			nearly: 'fast ',
			'up-to': 'bis zu '
		}
	};
	return `${words[lang][qualifier]}${n}`;
}
