/** Every word of the interface in German; typed by the English table, so none can be missing. */
import type { Strings } from './en';

export const de: Strings = {
	siteTitle: 'Qantar',
	siteTagline: 'Kasachstan, Januar 2022: die Unruhen und der OVKS-Einsatz, Tag für Tag',
	homeLink: 'Qantar — Kasachstan, Januar 2022',
	skipToEvents: 'Zu den Ereignissen des Tages springen',
	language: 'Sprache',
	languageName: 'Deutsch',
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
	alliance: 'OVKS-Staaten',
	deployed: 'Truppen in Kasachstan',
	withdrawn: 'Truppen abgezogen',
	memberOnly: 'Mitglied',
	host: 'Gastland',
	previousDay: 'Vorheriger Tag',
	nextDay: 'Nächster Tag',
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
	/** Under the map: the day's events across the whole country (no point stands for them). */
	nationwide: 'Im ganzen Land',
	/** Under a marker's first events, when the pointer is over it. */
	moreEvents: (n: number) => `und ${n} weitere`,
	saidAbroad: 'Stimmen aus dem Ausland',
	saidAbroadOffMap: 'nicht auf der Karte',
	// day lead and methodology
	howWeCount: 'Wie wir zählen',
	methodologyLink: 'Methodik und Korrekturen',
	methodologyShort: 'Methodik',
	demoFooter: 'Die Karte, ihre Daten und wie sie entstanden sind:',
	quoted: (text: string) => `„${text}“`,
	eventTypes: {
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
	},
	precisions: {
		building: 'genaues Gebäude',
		site: 'Platz oder Gelände',
		city: 'Stadt, nicht der genaue Ort',
		region: 'nur Region',
		country: 'landesweit'
	},
	metrics: {
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
	},
	qualifiers: {
		exact: '',
		about: 'etwa ',
		'more-than': 'mehr als ',
		'at-least': 'mindestens ',
		nearly: 'fast ',
		'up-to': 'bis zu '
	},
	chartKey: {
		key: 'Lesehilfe',
		solid: 'genaue Zahl',
		hollow: '„etwa“, „mehr als“ und ähnlich',
		line: 'höchste Angabe des Tages, verbunden von einem Tag zum nächsten',
		gap: 'an den Tagen dazwischen keine Meldung',
		retracted: 'zurückgezogene Angabe, mit nichts verbunden',
		final: 'letzte amtliche Zahl, nach dem Januar genannt'
	},
	keyFigures: {
		label: (date: string) => `Eckdaten, Stand ${date}`,
		killed: 'Getötete',
		detained: 'Festnahmen',
		troops: 'OVKS-Soldaten',
		notYet: 'noch nicht gemeldet',
		/** Before an overall toll: the parts counted apart. */
		noTotal: 'noch keine Gesamtzahl',
		parts: {
			'killed-security': 'Sicherheitskräfte',
			'killed-protesters': 'Demonstranten / „Angreifer“'
		} as Record<string, string>,
		conflict: 'Angaben gehen auseinander',
		withdrawn: 'alle abgezogen',
		contingents: (n: number) => (n === 1 ? '1 Kontingent im Land' : `${n} Kontingente im Land`),
		by: (claimant: string, date: string) => `${date} · ${claimant}`,
		more: 'Alle Zahlen und ihre Quellen'
	},
	chart: {
		later: 'später',
		finalToll: (value: string, date: string) => `${value}: letzte amtliche Totenzahl, ${date}`,
		finalFigure: (value: string, date: string) => `${value}: letzte amtliche Zahl, ${date}`,
		finalTitle: (value: string, claimant: string, date: string, repeated: string | null) =>
			`${value} — ${claimant}, ${date}` + (repeated ? `; wiederholt ${repeated}` : ''),
		retractedNote: (claim: string, date: string, reason: string) => `${claim}, ${date}: ${reason}`,
		withdrawn: 'von der meldenden Stelle zurückgezogen',
		retractedTitle: (claim: string, claimant: string) => `${claim} — ${claimant} (zurückgezogen)`
	},
	series: {
		nothing: (label: string, date: string) => `${label}: bis ${date} nichts gemeldet`,
		head: (label: string, date: string) => `${label}, gemeldet bis ${date}`,
		on: (claim: string, day: string) => `${claim} am ${day}`,
		span: (first: string, latest: string) => `von ${first} bis ${latest}`,
		claimsThatDay: 'Angaben an dem Tag',
		withdrawn: (claims: string) => `zurückgezogen: ${claims}`,
		finalToll: (label: string, value: string, date: string, repeated: string | null) =>
			`${label}, letzte amtliche Totenzahl: ${value}, ${date}` +
			(repeated ? `, wiederholt ${repeated}` : ''),
		finalFigure: (label: string, value: string, date: string, repeated: string | null) =>
			`${label}, letzte amtliche Zahl: ${value}, ${date}` +
			(repeated ? `, wiederholt ${repeated}` : '')
	},
	snippetTitle: (date: string) => `Karte: die Unruhen in Kasachstan am ${date} (Qantar)`,
	timeline: {
		label: 'Zeitleiste',
		day: 'Tag',
		previousDay: 'Vorheriger Tag',
		nextDay: 'Nächster Tag',
		play: 'Die Tage abspielen',
		speed: 'Tempo',
		/** The camera goes to each day's own view while scrubbing and playing. */
		follow: 'Der Geschichte folgen',
		followHint: 'jeder Tag zeigt, wo er spielte',
		barsCaption: 'Erfasste Ereignisse pro Tag',
		eventCount: (n: number) =>
			n === 0 ? 'keine Ereignisse' : `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`
	}
};
