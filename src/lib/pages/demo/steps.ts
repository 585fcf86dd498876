/**
 * The demo article's story: one step per scroll position, each setting the embedded map's day
 * and view through the host API. The prose is the project's own summary; links are its sources.
 */
import type { Lang } from '#lib/data/vocabulary.ts';
import type { View } from '#lib/data/vocabulary.ts';

export interface Step {
	day: string;
	view: View;
	text: Record<Lang, string>;
	sources: { label: string; url: string }[];
}

/** The label of the article's list of links to its steps (the demo's own words, like the steps). */
export const JUMP_TO: Record<Lang, string> = { en: 'Jump to', de: 'Springen zu' };

export const STEPS: Step[] = [
	{
		day: '2022-01-02',
		view: 'kazakhstan',
		text: {
			en: 'It began far from Almaty. In the oil town of Zhanaozen, residents blocked a road on 2 January after the price cap on liquefied gas was lifted and the price at the pump roughly doubled.',
			de: 'Es begann weit weg von Almaty. In der Ölstadt Schangaösen blockierten Anwohner am 2. Januar eine Straße, nachdem die Preisbremse für Flüssiggas gefallen war und sich der Preis an der Zapfsäule etwa verdoppelt hatte.'
		},
		sources: [
			{
				label: 'Kazinform, chronology',
				url: 'https://en.inform.kz/amp/chronology-of-2022-january-events-in-kazakhstan-0cc27e'
			}
		]
	},
	{
		day: '2022-01-04',
		view: 'kazakhstan',
		text: {
			en: 'Within two days the protests had spread across the country. By the evening of 4 January, police in Almaty used stun grenades and tear gas to push crowds off Republic Square.',
			de: 'Binnen zwei Tagen hatten sich die Proteste im ganzen Land ausgebreitet. Am Abend des 4. Januar drängte die Polizei in Almaty die Menge mit Blendgranaten und Tränengas vom Platz der Republik.'
		},
		sources: [
			{
				label: 'Kazinform, chronology',
				url: 'https://en.inform.kz/amp/chronology-of-2022-january-events-in-kazakhstan-0cc27e'
			}
		]
	},
	{
		day: '2022-01-05',
		view: 'almaty',
		text: {
			en: 'On 5 January crowds stormed Almaty’s city hall and set it on fire; the former presidential residence nearby burned too. In the evening the airport was overrun.',
			de: 'Am 5. Januar stürmte eine Menge das Rathaus von Almaty und setzte es in Brand; auch die frühere Präsidentenresidenz in der Nähe brannte. Am Abend wurde der Flughafen überrannt.'
		},
		sources: [
			{ label: 'TASS, 5 Jan', url: 'https://tass.com/world/1384061' },
			{ label: 'TASS, 5 Jan', url: 'https://tass.com/world/1384167' }
		]
	},
	{
		day: '2022-01-06',
		view: 'region',
		text: {
			en: 'President Tokayev asked the Russian-led CSTO for help. Overnight the alliance agreed to send troops, its first such deployment; the first Russian paratroopers landed on 6 January.',
			de: 'Präsident Tokajew bat das von Russland geführte Bündnis OVKS um Hilfe. Über Nacht beschloss es die Entsendung von Truppen, die erste dieser Art; am 6. Januar landeten die ersten russischen Fallschirmjäger.'
		},
		sources: [
			{ label: 'Trend, 6 Jan', url: 'https://en.trend.az/casia/kazakhstan/3536912.html' },
			{
				label: 'Sputnik, 6 Jan',
				url: 'https://sputniknews.com/20220106/csto-to-dispatch-2500-peacekeepers-to-kazakhstan-number-can-be-increased-secretary-general-says-1092073012.html'
			}
		]
	},
	{
		day: '2022-01-07',
		view: 'kazakhstan',
		text: {
			en: 'On 7 January Tokayev ordered security forces to fire without warning. The numbers reported that day disagreed: “more than 3,000” detained in one report, 3,811 in another.',
			de: 'Am 7. Januar gab Tokajew den Befehl, ohne Vorwarnung zu schießen. Die an diesem Tag gemeldeten Zahlen widersprachen sich: „mehr als 3000“ Festnahmen in einer Meldung, 3811 in einer anderen.'
		},
		sources: [
			{
				label: 'A News (AFP), 7 Jan',
				url: 'https://www.anews.com.tr/world/2022/01/07/kazakhstans-tokayev-orders-forces-to-open-fire-without-warning'
			},
			{ label: 'TASS, 7 Jan', url: 'https://tass.com/world/1384901' }
		]
	},
	{
		day: '2022-01-10',
		view: 'region',
		text: {
			en: 'On 10 January the CSTO leaders met online. Tokayev called the unrest an attempted coup; Putin said the troops would leave once their job was done.',
			de: 'Am 10. Januar berieten die OVKS-Staatschefs per Video. Tokajew nannte die Unruhen einen Putschversuch; Putin sagte, die Truppen würden abziehen, sobald ihr Auftrag erfüllt sei.'
		},
		sources: [
			{
				label: 'CSTO, 10 Jan',
				url: 'https://en.odkb-csto.org/session/2022/10-yanvarya-2022-goda-v-formate-videokonferentsii-sostoyalos-vneocherednaya-sessiya-soveta-kollektiv/'
			}
		]
	},
	{
		day: '2022-01-13',
		view: 'region',
		text: {
			en: 'The withdrawal began on 13 January with a send-off ceremony in Almaty. Officially, 2,030 troops had come, fewer than the “about 2,500” announced a week earlier.',
			de: 'Der Abzug begann am 13. Januar mit einer Abschiedszeremonie in Almaty. Offiziell waren 2030 Soldaten gekommen, weniger als die eine Woche zuvor angekündigten „etwa 2500“.'
		},
		sources: [
			{
				label: 'Kazinform, 13 Jan',
				url: 'https://en.inform.kz/news/send-off-ceremony-for-csto-peacekeepers-takes-place-in-almaty_a3885263/'
			}
		]
	},
	{
		day: '2022-01-19',
		view: 'region',
		text: {
			en: 'By 19 January the last Russian aircraft had left and the state of emergency was over. The official death toll, revised several times, later settled at 238.',
			de: 'Am 19. Januar hatten die letzten russischen Flugzeuge das Land verlassen, der Ausnahmezustand war beendet. Die mehrfach korrigierte amtliche Zahl der Toten lag später bei 238.'
		},
		sources: [
			{
				label: 'RT France, 19 Jan',
				url: 'https://francais.rt.com/international/94875-maintien-paix-mission-otsc-kazakhstan-officiellement-achevee-video/amp'
			}
		]
	}
];
