/**
 * The methodology and corrections page, in English and German: how the record was made, what
 * each kind of source may support, how confidence, places, times and figures are handled, what is
 * left out, and the dated corrections. Its own module: it is an article, not interface strings,
 * and over 300 lines because it is the article's whole text in two languages.
 * The source tiers and the location precisions are keyed by the record's own vocabulary, so a tier
 * or precision added to the schema fails the type check until it is explained here.
 */
import type { Lang, Precision, Tier } from '#lib/data/vocabulary.ts';

/** A paragraph, a plain list, or a list of defined terms. */
export type Block =
	{ p: string } | { list: string[] } | { terms: { term: string; text: string }[] };

export interface Section {
	/** The fragment the section opens at (`/en/methodology/#figures`); the same in both languages. */
	id: string;
	heading: string;
	blocks: Block[];
	subsections?: { heading: string; blocks: Block[] }[];
}

interface Correction {
	/** For `<time datetime>`: a day, a month or a year. */
	date: string;
	heading: string;
	blocks: Block[];
	/** True for the entry under which the record's revised death tolls are listed. */
	deathTolls?: true;
}

export interface MethodologyCopy {
	title: string;
	description: string;
	intro: string;
	updated: string;
	backToMap: string;
	made: Section;
	/** The five articles of 6–8 January 2022 the record started from, by outlet and date. */
	startingArticles: string[];
	sources: Section;
	tierTable: {
		caption: string;
		columns: [string, string, string];
		rows: Record<Tier, { name: string; what: string; supports: string }>;
	};
	confidence: Section;
	places: Section;
	precisions: Record<Precision, { name: string; means: string; drawn: string }>;
	precisionColumns: [string, string, string];
	precisionCaption: string;
	time: Section;
	figures: Section;
	leftOut: Section;
	abroad: Section;
	corrections: { id: string; heading: string; intro: string; entries: Correction[] };
	/** Words of the death-toll list: "revised" and who said it. */
	tollRevised: string;
	contents: string;
}

const en: MethodologyCopy = {
	title: 'Methodology and corrections',
	description:
		'How the Qantar record of the January 2022 unrest in Kazakhstan was made: sources and what each may support, confidence, places, times, figures, what is left out, and every correction.',
	intro:
		'Qantar is a day-by-day record of the unrest in Kazakhstan from 2 to 19 January 2022 and of the deployment of CSTO troops. Every event, place and figure on the map names the reports it rests on. This page explains how the record was built, which rules decide what it says, and what has been corrected since.',
	updated: 'Last revised: December 2026.',
	backToMap: 'Back to the map',
	contents: 'On this page',
	made: {
		id: 'record',
		heading: 'How the record was made',
		blocks: [
			{
				p: 'The record is written by hand, not collected by software. Its editors read news reports, agency copy and official statements published in January 2022 and in the months after, and wrote each event in their own words, with the date, the time where one was stated, the place and the sources. Later reporting, such as the revised death tolls, was added as it appeared.'
			},
			{
				p: 'The starting point was five German-language news articles of 6 to 8 January 2022. Every dated and placed claim in them became an event of the record, checked against other reporting:'
			}
		]
	},
	startingArticles: [
		'AFP, 6 January 2022: the arrival of the Russian “peacekeeping force”, read in a German copy whose headline was not preserved',
		'DW, 7 January 2022: “Russische Soldaten in Kasachstan eingetroffen” (Russian soldiers arrive in Kazakhstan)',
		'AFP, 7 January 2022: Tokayev’s order to shoot, in a German outlet’s copy of the agency text',
		'euronews (German edition), 8 January 2022: “Kasachstan: Schießbefehl und 2.500 OVKS-Soldaten” (order to shoot and 2,500 CSTO soldiers)',
		'junge Welt, 8 January 2022: “Kämpfe in Almaty” (fighting in Almaty)'
	],
	sources: {
		id: 'sources',
		heading: 'Sources and what they may support',
		blocks: [
			{
				p: 'Each source is recorded with its outlet, its title, its own date and its link. A source that carries no date says so, with the day it was read; one known only by its month shows the month. No source is cited for anything that happened after it was published: an announcement of something later is an event of its own.'
			},
			{
				p: 'Sources fall into five tiers. The tier decides what a source can support on its own:'
			}
		],
		subsections: [
			{
				heading: 'Copies count once',
				blocks: [
					{
						p: 'Agency copy runs on many sites. Wherever it was read, it is one report: AFP text on a newspaper’s site is cited as “AFP via” that site and counts as AFP. A site that reposts another outlet’s story is marked as a repost and names the original; it counts as that original, never in addition to it.'
					}
				]
			}
		]
	},
	tierTable: {
		caption: 'Source tiers',
		columns: ['Tier', 'What it is', 'What it may support'],
		rows: {
			official: {
				name: 'Official',
				what: 'An official body’s own record (a decree, a ministry statement, a defence ministry’s release), and the state news agencies that publish those records (Kazinform, BelTA).',
				supports:
					'The body’s own acts and words. On its own it confirms an authority’s own act: a decision, a deployment, a withdrawal, a statement. Its figures are its claims, and its account of events is one side’s account.'
			},
			wire: {
				name: 'News agency',
				what: 'Reuters, AFP, AP, dpa, TASS, RIA Novosti, Interfax, Sputnik.',
				supports: 'Reporting. Each agency is one report however many sites run its copy.'
			},
			outlet: {
				name: 'News outlet',
				what: 'Newspapers, broadcasters and online media: DW, euronews, RFE/RL, Vlast.kz.',
				supports: 'Reporting.'
			},
			aggregator: {
				name: 'Repost',
				what: 'A site that reposts another outlet’s report, naming or not naming it.',
				supports:
					'Counts as its original, never more. A claim that rests only on reposts is published as a single report, with the reason, and is never confirmed.'
			},
			reference: {
				name: 'Reference',
				what: 'Encyclopaedias, chronologies, gazetteers, datasets.',
				supports:
					'Places and background. It reports nothing of its own: it never counts towards confirmation, and a claim resting on it alone is a single report.'
			}
		}
	},
	confidence: {
		id: 'confidence',
		heading: 'Confidence',
		blocks: [
			{ p: 'Every event carries one of four words, shown beside it on the map and in the list:' },
			{
				terms: [
					{
						term: 'Confirmed',
						text: 'Two independent reports, or, for an authority’s own act, its official record. Reports are independent when they come from different originators: two sites running the same AFP text are one report.'
					},
					{ term: 'Reported', text: 'One report, or one side’s account.' },
					{
						term: 'Claimed',
						text: 'An assertion by a party without evidence, such as the president’s “20,000 attackers”.'
					},
					{ term: 'Disputed', text: 'Reports contradict each other; the note says how.' }
				]
			},
			{
				p: 'Some claims matter but could be found only in a repost or a reference work. They are published as a “single report”, and the reason is shown to readers next to the sources, for example: “Only a repost of a Sputnik report was found; the original could not be traced.”'
			}
		]
	},
	places: {
		id: 'places',
		heading: 'Places',
		blocks: [
			{
				p: 'Every place says how exactly it locates what happened there. Coordinates are never invented: buildings that were reported but never located, such as television offices or a police headquarters, are shown at their city, and the event says so.'
			}
		]
	},
	precisionCaption: 'Location precision',
	precisionColumns: ['Precision', 'What it means', 'How the map draws it'],
	precisions: {
		building: {
			name: 'Building',
			means: 'A building with its own coordinates, such as Almaty city hall.',
			drawn: 'A solid symbol on the building.'
		},
		site: {
			name: 'Square or site',
			means: 'The reference point of a square, an airport or an airfield.',
			drawn: 'A solid symbol on the site.'
		},
		city: {
			name: 'City',
			means: 'Somewhere in the city; the exact spot is not known.',
			drawn: 'A hollow symbol at the city’s centre.'
		},
		region: {
			name: 'Region',
			means: 'Somewhere in a region, such as Mangystau.',
			drawn: 'A hollow symbol at the region’s reference point.'
		},
		country: {
			name: 'Country',
			means: 'Nationwide, or a country as a whole.',
			drawn: 'A hollow symbol; the list says “nationwide”.'
		}
	},
	time: {
		id: 'time',
		heading: 'Time',
		blocks: [
			{
				list: [
					'Days and times are Almaty local time, which was UTC+6 in January 2022 (Kazakhstan moved to a single zone, UTC+5, in 2024; the record keeps the time of the events).',
					'Times given in another zone, such as Moscow time or UTC, are converted to Almaty time.',
					'A night belongs to the following day: what happened in the night of 5 to 6 January is recorded on 6 January.',
					'Approximate times keep their words: “about 10:00”, “in the evening”. An event whose time is not known says so.'
				]
			}
		]
	},
	figures: {
		id: 'figures',
		heading: 'How we count: figures are claims',
		blocks: [
			{
				p: 'Numbers of dead, injured and detained people were given by ministries, prosecutors, state television and independent groups, and they changed and conflicted. Qantar never averages them and never picks one. Each figure is a claim with:'
			},
			{
				list: [
					'who made it, in their own framing where it matters (“armed criminals”);',
					'when it was reported (the day, or the month for later revisions known only by month);',
					'what it covers: the whole country, Almaty, a region;',
					'the wording of the number: “more than 3,000” stays “more than 3,000”.'
				]
			},
			{
				p: 'Conflicting figures of the same day are shown side by side and marked as differing. A figure its claimant withdrew is kept, struck through and marked as retracted. A figure its claimant replaced is marked as revised, and the earlier one stays visible. The chart shows every claim as a dot on the day it was made.'
			}
		]
	},
	leftOut: {
		id: 'left-out',
		heading: 'What we leave out, and why',
		blocks: [
			{
				terms: [
					{
						term: 'Unverified social-media footage',
						text: 'Videos and photos whose place and time could not be established. Footage is cited only where a news organisation verified and reported it.'
					},
					{
						term: 'Names of individual victims',
						text: 'The record counts the dead, the injured and the detained; it does not name them. Their families may still be at risk, and a name adds nothing a reader needs to follow the events.'
					},
					{
						term: 'Claims without a citable source',
						text: 'Rumours and messenger posts that no outlet, agency or authority published. What cannot be cited cannot be checked by a reader.'
					}
				]
			}
		]
	},
	abroad: {
		id: 'abroad',
		heading: 'Statements from abroad',
		blocks: [
			{
				p: 'Reactions from governments, international bodies and the opposition in exile are events of their own, placed where they were said: Moscow, Brussels, Washington. Those said in places outside the map’s area are listed beside the map, under the day they were made.'
			}
		]
	},
	corrections: {
		id: 'corrections',
		heading: 'Corrections',
		intro:
			'Corrections of the reporting and of this record, newest last. Nothing is deleted silently: a withdrawn figure stays, marked.',
		entries: [
			{
				date: '2022-01-09',
				heading: '9 January 2022: 164 dead, retracted',
				blocks: [
					{
						p: 'The government’s Telegram channel, citing the Health Ministry, reported 164 dead nationwide. The ministry withdrew the figure the same day as a “technical error”. The record keeps it, struck through and marked as retracted, with its sources.'
					}
				]
			},
			{
				date: '2022',
				heading: '2022: the official death toll revised',
				blocks: [
					{
						p: 'As the investigation went on, the authorities gave new counts of the dead in Kazakhstan. The record holds each revision with who gave it and when:'
					}
				],
				deathTolls: true
			},
			{
				date: '2026-12',
				heading: 'December 2026: record audit before publication',
				blocks: [
					{
						list: [
							'Passages that followed their sources too closely were rewritten in our own words.',
							'Claims that rested only on reposts were traced to their original reports, or, where none could be found, marked as single reports with the reason.',
							'Confidence was recounted under the rule above: copies of one report count once.',
							'Source dates were corrected; sources without a date now say so, with the day they were read.',
							'Reactions from abroad were added.',
							'The German texts were copy-edited.'
						]
					}
				]
			}
		]
	},
	tollRevised: 'revised'
};

const de: MethodologyCopy = {
	title: 'Methodik und Korrekturen',
	description:
		'Wie die Qantar-Chronik der Unruhen in Kasachstan im Januar 2022 entstand: Quellen und was sie belegen können, Gewissheit, Orte, Zeiten, Zahlen, was fehlt und warum, und jede Korrektur.',
	intro:
		'Qantar verzeichnet Tag für Tag die Unruhen in Kasachstan vom 2. bis 19. Januar 2022 und den Einsatz der OVKS-Truppen. Jedes Ereignis, jeder Ort und jede Zahl auf der Karte nennt die Berichte, auf denen sie beruhen. Diese Seite erklärt, wie die Chronik entstand, nach welchen Regeln sie formuliert ist und was seither korrigiert wurde.',
	updated: 'Zuletzt überarbeitet: Dezember 2026.',
	backToMap: 'Zurück zur Karte',
	contents: 'Auf dieser Seite',
	made: {
		id: 'record',
		heading: 'Wie die Chronik entstand',
		blocks: [
			{
				p: 'Die Chronik ist von Hand geschrieben, nicht von Software gesammelt. Ihre Redaktion las Nachrichtenberichte, Agenturmeldungen und amtliche Erklärungen aus dem Januar 2022 und den Monaten danach und fasste jedes Ereignis in eigenen Worten: mit Datum, Uhrzeit, soweit genannt, Ort und Quellen. Spätere Berichte, etwa die korrigierten Opferzahlen, kamen hinzu, als sie erschienen.'
			},
			{
				p: 'Ausgangspunkt waren fünf deutschsprachige Nachrichtenartikel vom 6. bis 8. Januar 2022. Jede datierte und verortete Angabe darin wurde ein Ereignis der Chronik und mit anderen Berichten abgeglichen:'
			}
		]
	},
	startingArticles: [
		'AFP, 6. Januar 2022: die Ankunft der russischen „Friedenstruppe“, gelesen in einer deutschen Übernahme, deren Überschrift nicht erhalten ist',
		'DW, 7. Januar 2022: „Russische Soldaten in Kasachstan eingetroffen“',
		'AFP, 7. Januar 2022: Tokajews Schießbefehl, in der Übernahme des Agenturtextes durch ein deutsches Medium',
		'euronews (deutsche Ausgabe), 8. Januar 2022: „Kasachstan: Schießbefehl und 2.500 OVKS-Soldaten“',
		'junge Welt, 8. Januar 2022: „Kämpfe in Almaty“'
	],
	sources: {
		id: 'sources',
		heading: 'Quellen und was sie belegen können',
		blocks: [
			{
				p: 'Jede Quelle ist mit Medium, Titel, ihrem eigenen Datum und Link verzeichnet. Eine Quelle ohne Datum sagt das, mit dem Tag, an dem sie gelesen wurde; eine, die nur mit ihrem Monat bekannt ist, zeigt den Monat. Keine Quelle wird für etwas angeführt, das nach ihrer Veröffentlichung geschah: Die Ankündigung von etwas Späterem ist ein eigenes Ereignis.'
			},
			{
				p: 'Die Quellen gehören zu fünf Stufen. Die Stufe entscheidet, was eine Quelle allein belegen kann:'
			}
		],
		subsections: [
			{
				heading: 'Kopien zählen einmal',
				blocks: [
					{
						p: 'Agenturmeldungen erscheinen auf vielen Seiten. Wo immer sie gelesen wurden, sie sind ein Bericht: Ein AFP-Text auf der Seite einer Zeitung wird als „AFP über“ diese Seite angeführt und zählt als AFP. Eine Seite, die den Bericht eines anderen Mediums übernimmt, ist als Übernahme gekennzeichnet und nennt das Original; sie zählt als dieses Original, nie zusätzlich.'
					}
				]
			}
		]
	},
	tierTable: {
		caption: 'Quellenstufen',
		columns: ['Stufe', 'Was sie ist', 'Was sie belegen kann'],
		rows: {
			official: {
				name: 'Amtlich',
				what: 'Die eigenen Dokumente einer Behörde (ein Dekret, eine Erklärung eines Ministeriums, eine Mitteilung eines Verteidigungsministeriums) und die staatlichen Nachrichtenagenturen, die sie veröffentlichen (Kazinform, BelTA).',
				supports:
					'Die eigenen Handlungen und Worte der Behörde. Allein bestätigt sie eine Handlung der Behörde selbst: eine Entscheidung, eine Entsendung, einen Abzug, eine Erklärung. Ihre Zahlen sind ihre Angaben, ihre Darstellung der Ereignisse ist die einer Seite.'
			},
			wire: {
				name: 'Nachrichtenagentur',
				what: 'Reuters, AFP, AP, dpa, TASS, RIA Nowosti, Interfax, Sputnik.',
				supports:
					'Berichterstattung. Jede Agentur ist ein Bericht, gleich wie viele Seiten ihre Meldung übernehmen.'
			},
			outlet: {
				name: 'Medium',
				what: 'Zeitungen, Sender und Online-Medien: DW, euronews, RFE/RL, Vlast.kz.',
				supports: 'Berichterstattung.'
			},
			aggregator: {
				name: 'Übernahme',
				what: 'Eine Seite, die den Bericht eines anderen Mediums weiterverbreitet, mit oder ohne Nennung.',
				supports:
					'Zählt als ihr Original, nie mehr. Eine Angabe, die nur auf Übernahmen beruht, erscheint als Einzelbericht mit Begründung und gilt nie als bestätigt.'
			},
			reference: {
				name: 'Nachschlagewerk',
				what: 'Enzyklopädien, Chroniken, Ortsverzeichnisse, Datensätze.',
				supports:
					'Orte und Hintergrund. Es berichtet nichts Eigenes: Es zählt nie zur Bestätigung, und eine Angabe, die allein darauf beruht, ist ein Einzelbericht.'
			}
		}
	},
	confidence: {
		id: 'confidence',
		heading: 'Gewissheit',
		blocks: [
			{
				p: 'Jedes Ereignis trägt eines von vier Wörtern, auf der Karte und in der Liste neben ihm:'
			},
			{
				terms: [
					{
						term: 'Bestätigt',
						text: 'Zwei unabhängige Berichte oder, bei einer Handlung einer Behörde, deren eigenes Dokument. Berichte sind unabhängig, wenn sie von verschiedenen Urhebern stammen: Zwei Seiten mit demselben AFP-Text sind ein Bericht.'
					},
					{ term: 'Gemeldet', text: 'Ein Bericht oder die Darstellung einer Seite.' },
					{
						term: 'Behauptet',
						text: 'Eine Aussage einer Partei ohne Beleg, etwa die „20.000 Angreifer“ des Präsidenten.'
					},
					{ term: 'Umstritten', text: 'Berichte widersprechen einander; die Anmerkung sagt, wie.' }
				]
			},
			{
				p: 'Manche Angaben sind wichtig, fanden sich aber nur in einer Übernahme oder einem Nachschlagewerk. Sie erscheinen als „Einzelner Bericht“, und die Begründung steht für die Leser neben den Quellen, zum Beispiel: „Gefunden wurde nur eine Übernahme einer Sputnik-Meldung; das Original ließ sich nicht finden.“'
			}
		]
	},
	places: {
		id: 'places',
		heading: 'Orte',
		blocks: [
			{
				p: 'Jeder Ort sagt, wie genau er verortet, was dort geschah. Koordinaten werden nie erfunden: Gebäude, die genannt, aber nie verortet wurden, etwa Fernsehredaktionen oder ein Polizeipräsidium, erscheinen bei ihrer Stadt, und das Ereignis sagt es.'
			}
		]
	},
	precisionCaption: 'Ortsgenauigkeit',
	precisionColumns: ['Genauigkeit', 'Was sie bedeutet', 'Wie die Karte sie zeigt'],
	precisions: {
		building: {
			name: 'Gebäude',
			means: 'Ein Gebäude mit eigenen Koordinaten, etwa das Rathaus von Almaty.',
			drawn: 'Ein gefülltes Symbol auf dem Gebäude.'
		},
		site: {
			name: 'Platz oder Gelände',
			means: 'Der Bezugspunkt eines Platzes, eines Flughafens oder eines Flugfelds.',
			drawn: 'Ein gefülltes Symbol auf dem Gelände.'
		},
		city: {
			name: 'Stadt',
			means: 'Irgendwo in der Stadt; der genaue Ort ist nicht bekannt.',
			drawn: 'Ein hohles Symbol in der Stadtmitte.'
		},
		region: {
			name: 'Region',
			means: 'Irgendwo in einer Region, etwa Mangystau.',
			drawn: 'Ein hohles Symbol am Bezugspunkt der Region.'
		},
		country: {
			name: 'Land',
			means: 'Landesweit oder ein Land als Ganzes.',
			drawn: 'Ein hohles Symbol; die Liste sagt „landesweit“.'
		}
	},
	time: {
		id: 'time',
		heading: 'Zeit',
		blocks: [
			{
				list: [
					'Tage und Uhrzeiten sind Ortszeit Almaty, im Januar 2022 UTC+6 (Kasachstan gilt seit 2024 eine einzige Zone, UTC+5; die Chronik behält die Zeit der Ereignisse).',
					'Zeiten in einer anderen Zone, etwa Moskauer Zeit oder UTC, sind in Almaty-Zeit umgerechnet.',
					'Eine Nacht gehört zum folgenden Tag: Was in der Nacht vom 5. auf den 6. Januar geschah, steht beim 6. Januar.',
					'Ungefähre Zeiten behalten ihre Worte: „gegen 10:00 Uhr“, „am Abend“. Ist die Uhrzeit eines Ereignisses unbekannt, steht das dabei.'
				]
			}
		]
	},
	figures: {
		id: 'figures',
		heading: 'Wie wir zählen: Zahlen sind Angaben',
		blocks: [
			{
				p: 'Die Zahlen der Toten, Verletzten und Festgenommenen kamen von Ministerien, Staatsanwälten, dem Staatsfernsehen und unabhängigen Gruppen; sie änderten sich und widersprachen einander. Qantar bildet nie einen Durchschnitt und wählt nie eine aus. Jede Zahl ist eine Angabe mit:'
			},
			{
				list: [
					'wer sie machte, in dessen eigenen Worten, wo es darauf ankommt („bewaffnete Kriminelle“);',
					'wann sie gemeldet wurde (der Tag, bei späteren Korrekturen, die nur mit dem Monat bekannt sind, der Monat);',
					'wofür sie gilt: das ganze Land, Almaty, eine Region;',
					'dem Wortlaut der Zahl: „mehr als 3.000“ bleibt „mehr als 3.000“.'
				]
			},
			{
				p: 'Widersprüchliche Zahlen desselben Tages stehen nebeneinander und sind als abweichend gekennzeichnet. Eine Zahl, die ihr Urheber zurückzog, bleibt stehen, durchgestrichen und als zurückgezogen markiert. Eine Zahl, die ihr Urheber ersetzte, ist als korrigiert markiert, und die frühere bleibt sichtbar. Das Diagramm zeigt jede Angabe als Punkt an dem Tag, an dem sie gemacht wurde.'
			}
		]
	},
	leftOut: {
		id: 'left-out',
		heading: 'Was fehlt, und warum',
		blocks: [
			{
				terms: [
					{
						term: 'Ungeprüfte Aufnahmen aus sozialen Netzwerken',
						text: 'Videos und Fotos, deren Ort und Zeit sich nicht feststellen ließen. Aufnahmen werden nur angeführt, wo eine Redaktion sie geprüft und darüber berichtet hat.'
					},
					{
						term: 'Namen einzelner Opfer',
						text: 'Die Chronik zählt Tote, Verletzte und Festgenommene; sie nennt sie nicht. Ihre Familien können noch gefährdet sein, und ein Name fügt nichts hinzu, was Leser brauchen, um den Ereignissen zu folgen.'
					},
					{
						term: 'Angaben ohne zitierbare Quelle',
						text: 'Gerüchte und Messenger-Beiträge, die kein Medium, keine Agentur und keine Behörde veröffentlicht hat. Was sich nicht zitieren lässt, können Leser nicht prüfen.'
					}
				]
			}
		]
	},
	abroad: {
		id: 'abroad',
		heading: 'Stimmen aus dem Ausland',
		blocks: [
			{
				p: 'Reaktionen von Regierungen, internationalen Organisationen und der Opposition im Exil sind eigene Ereignisse, verortet, wo sie geäußert wurden: in Moskau, Brüssel, Washington. Was außerhalb des Kartenausschnitts gesagt wurde, steht neben der Karte, beim Tag, an dem es gesagt wurde.'
			}
		]
	},
	corrections: {
		id: 'corrections',
		heading: 'Korrekturen',
		intro:
			'Korrekturen der Berichterstattung und dieser Chronik, die neueste zuletzt. Nichts wird stillschweigend gelöscht: Eine zurückgezogene Zahl bleibt stehen, gekennzeichnet.',
		entries: [
			{
				date: '2022-01-09',
				heading: '9. Januar 2022: 164 Tote, zurückgezogen',
				blocks: [
					{
						p: 'Der Telegram-Kanal der Regierung meldete unter Berufung auf das Gesundheitsministerium 164 Tote im ganzen Land. Das Ministerium zog die Zahl noch am selben Tag als „technischen Fehler“ zurück. Die Chronik behält sie, durchgestrichen und als zurückgezogen markiert, mit ihren Quellen.'
					}
				]
			},
			{
				date: '2022',
				heading: '2022: Die amtliche Zahl der Toten wird korrigiert',
				blocks: [
					{
						p: 'Im Lauf der Ermittlungen nannten die Behörden neue Zahlen der Toten in Kasachstan. Die Chronik verzeichnet jede Korrektur mit Urheber und Datum:'
					}
				],
				deathTolls: true
			},
			{
				date: '2026-12',
				heading: 'Dezember 2026: Überprüfung der Chronik vor der Veröffentlichung',
				blocks: [
					{
						list: [
							'Passagen, die ihren Quellen zu eng folgten, wurden in eigenen Worten neu geschrieben.',
							'Angaben, die nur auf Übernahmen beruhten, wurden bis zu ihren Originalberichten zurückverfolgt oder, wo sich keiner fand, als Einzelbericht mit Begründung gekennzeichnet.',
							'Die Gewissheit wurde nach der obigen Regel neu ausgezählt: Kopien eines Berichts zählen einmal.',
							'Quellendaten wurden korrigiert; Quellen ohne Datum sagen das nun, mit dem Tag, an dem sie gelesen wurden.',
							'Reaktionen aus dem Ausland kamen hinzu.',
							'Die deutschen Texte wurden redigiert.'
						]
					}
				]
			}
		]
	},
	tollRevised: 'korrigiert'
};

export const METHODOLOGY: Record<Lang, MethodologyCopy> = { en, de };
