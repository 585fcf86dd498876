import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRecord } from './load';
import { FILES } from './validate/index';
import { fixtureRecord, fixtureWithReactions } from '#testing/fixture-record.ts';
import { DAYS } from './days';
import type { Figure } from './schema';
import {
	chartable,
	contingentsPresentOn,
	dayLead,
	deathTollRevisions,
	eventCountsByDay,
	eventsAtPlace,
	eventsBefore,
	eventsOn,
	figureSeries,
	keyFigures,
	latestFigures,
	laterOfficialFigure,
	mainPlace,
	mainPlaceId,
	placeById,
	placesOf,
	memberStatusOn,
	placesActiveOn,
	reactionsOn,
	routesOn,
	sourcesOf,
	visibleRetractions
} from './selectors';

const record = fixtureRecord;
const text = (en: string, de: string) => ({ en, de });

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('reactions abroad', () => {
	it('lists every reaction of the day, off the map or not, and nothing else', () => {
		const r = fixtureWithReactions();
		expect(ids(reactionsOn(r, '2022-01-06'))).toEqual([
			'2022-01-06-us-warns',
			'2022-01-06-moscow-speaks'
		]);
		expect(ids(eventsOn(r, '2022-01-06'))).toHaveLength(4);
		expect(reactionsOn(r, '2022-01-05')).toEqual([]);
	});
});

describe('events by day', () => {
	it('selects the events of a day and the ones before it', () => {
		const r = record();
		expect(ids(eventsOn(r, '2022-01-06'))).toEqual(['2022-01-06-troops-land', '2022-01-06-curfew']);
		expect(ids(eventsOn(r, '2022-01-04'))).toEqual([]);
		expect(ids(eventsBefore(r, '2022-01-06'))).toEqual(['2022-01-05-akimat-stormed']);
	});

	it('counts a multi-day event on each of its days, and not as "before" while it lasts', () => {
		const r = record((f) => (f.events[0].endDate = '2022-01-06'));
		// Events beginning that day come first; the one going on since the day before, last.
		expect(ids(eventsOn(r, '2022-01-06'))).toEqual([
			'2022-01-06-troops-land',
			'2022-01-06-curfew',
			'2022-01-05-akimat-stormed'
		]);
		expect(ids(eventsBefore(r, '2022-01-06'))).toEqual([]);
		expect(ids(eventsBefore(r, '2022-01-07'))).toEqual([
			'2022-01-05-akimat-stormed',
			'2022-01-06-troops-land',
			'2022-01-06-curfew'
		]);
	});

	it('counts events for every timeline day', () => {
		const counts = eventCountsByDay(record());
		expect(counts).toHaveLength(18);
		expect(counts.find((c) => c.day === '2022-01-06')?.count).toBe(2);
		expect(counts.reduce((s, c) => s + c.count, 0)).toBe(3);
	});

	it('lists the places active on a day once each', () => {
		const r = record((f) => (f.events[2].places = ['almaty', 'kazakhstan']));
		expect(ids(placesActiveOn(r, '2022-01-06'))).toEqual(['almaty', 'moscow', 'kazakhstan']);
	});
});

describe('latestFigures', () => {
	it('shows nothing reported later than the day', () => {
		expect(latestFigures(record(), '2022-01-05')).toEqual([]);
	});

	it('keeps conflicting claims of the latest day side by side, highest first', () => {
		const groups = latestFigures(record(), '2022-01-07');
		const national = groups.find((g) => g.metric === 'detained' && g.scope === 'kazakhstan')!;
		expect(national.asOf).toBe('2022-01-07');
		expect(ids(national.claims)).toEqual(['detained-07-moi', 'detained-07-seed']);
		expect(national.conflict).toBe(true);
		expect(ids(national.previous)).toEqual(['detained-06-a']);
	});

	it('keeps scopes apart: an Almaty count never stands in for the nation', () => {
		const groups = latestFigures(record(), '2022-01-06');
		expect(groups.map((g) => `${g.metric}/${g.scope}`)).toEqual([
			'detained/kazakhstan',
			'detained/almaty'
		]);
		expect(groups.every((g) => !g.conflict)).toBe(true);
	});

	it('shows a retracted claim with its status but does not count it as a conflict', () => {
		const r = record((f) =>
			f.figures.push({ ...f.figures[4], id: 'killed-09-b', value: 40, status: 'reported' })
		);
		const killed = latestFigures(r, '2022-01-09').find((g) => g.metric === 'killed-total')!;
		expect(killed.claims.map((c) => c.status)).toEqual(['retracted', 'reported']);
		expect(killed.conflict).toBe(false);
	});

	it('gives a series over time with its retracted claims, which the chart draws crossed', () => {
		const r = record();
		expect(ids(figureSeries(r, 'detained'))).toEqual([
			'detained-06-a',
			'detained-07-seed',
			'detained-07-moi'
		]);
		const killed = figureSeries(r, 'killed-total');
		expect(ids(killed)).toEqual(['killed-09-retracted']);
		expect(chartable(killed, DAYS)).toEqual([]);
		expect(visibleRetractions(killed, DAYS, '2022-01-08')).toEqual([]);
		expect(ids(visibleRetractions(killed, DAYS, '2022-01-09'))).toEqual(['killed-09-retracted']);
	});
});

describe('laterOfficialFigure', () => {
	const toll = (
		id: string,
		value: number,
		asOf: string,
		status: Figure['status'],
		month = false
	): Figure => ({
		id,
		metric: 'killed-total',
		value,
		qualifier: 'exact',
		scope: 'kazakhstan',
		asOf,
		...(month ? { asOfPrecision: 'month' as const } : {}),
		claimant: text('Prosecutor General', 'Generalstaatsanwalt'),
		status,
		sources: ['chronology']
	});

	it('is the latest revision after the timeline, with the last claim repeating it', () => {
		const figures = [
			toll('t-225', 225, '2022-01-15', 'revised'),
			toll('t-238', 238, '2022-08-01', 'revised', true),
			toll('t-241', 241, '2022-07-01', 'revised', true),
			toll('t-list', 221, '2022-07-01', 'reported', true),
			toll('t-238-again', 238, '2022-12-01', 'reported', true),
			toll('t-999-withdrawn', 999, '2022-12-02', 'retracted')
		];
		const later = laterOfficialFigure(figures, DAYS)!;
		expect(later.figure.id).toBe('t-238');
		expect(later.lastStated.id).toBe('t-238-again');
		const alone = laterOfficialFigure(figures.slice(0, 2), DAYS)!;
		expect(alone.lastStated).toBe(alone.figure);
	});

	it('is none when the last revision was given on a timeline day, or there is none', () => {
		expect(laterOfficialFigure([toll('t-225', 225, '2022-01-15', 'revised')], DAYS)).toBeNull();
		expect(laterOfficialFigure([toll('t-238', 238, '2022-12-01', 'reported')], DAYS)).toBeNull();
	});
});

describe('alliance by day', () => {
	it('tells each state where it stands, arrival day included, departure day excluded', () => {
		const r = record();
		const ru = r.members.find((m) => m.iso2 === 'RU')!;
		const kz = r.members.find((m) => m.iso2 === 'KZ')!;
		expect(memberStatusOn(ru, '2022-01-05')).toBe('member');
		expect(memberStatusOn(ru, '2022-01-06')).toBe('deployed');
		expect(memberStatusOn(ru, '2022-01-18')).toBe('deployed');
		expect(memberStatusOn(ru, '2022-01-19')).toBe('withdrawn');
		expect(memberStatusOn(kz, '2022-01-06')).toBe('host');
		expect(contingentsPresentOn(r, '2022-01-10').map((m) => m.iso2)).toEqual(['RU']);
		expect(contingentsPresentOn(r, '2022-01-04')).toEqual([]);
	});

	it('selects the routes in use on a day, spans included', () => {
		const r = record();
		expect(ids(routesOn(r, '2022-01-07'))).toEqual(['ru-in']);
		expect(ids(routesOn(r, '2022-01-09'))).toEqual([]);
		expect(ids(routesOn(r, '2022-01-13'))).toEqual(['ru-out']);
	});
});

describe('the day lead', () => {
	it('is the day’s own headline and dek from days.json', () => {
		const r = record((f) => {
			f.days[4].headline = text('Crowds storm Almaty city hall', 'Menge stürmt Rathaus von Almaty');
			f.days[4].dek = text('The akimat burns.', 'Das Akimat brennt.');
		});
		const lead = dayLead(r, '2022-01-06');
		expect(lead.date).toBe('2022-01-06');
		expect(lead.headline).toEqual(
			text('Crowds storm Almaty city hall', 'Menge stürmt Rathaus von Almaty')
		);
		expect(lead.dek.de).toBe('Das Akimat brennt.');
		expect(dayLead(r, '2022-01-19').headline.en).toBe('What happened on 2022-01-19');
	});

	it('refuses a day outside the timeline rather than inventing a lead', () => {
		expect(() => dayLead(record(), '2022-01-20')).toThrow('no lead for 2022-01-20');
	});
});

describe('deathTollRevisions', () => {
	it('lists the nationwide death tolls revised, oldest first: not a retracted, a first or a local one', () => {
		const killed = (
			id: string,
			value: number,
			asOf: string,
			status: string,
			scope = 'kazakhstan'
		) => ({
			id,
			metric: 'killed-total',
			value,
			qualifier: 'exact',
			scope,
			asOf,
			claimant: text('Prosecutor General', 'Generalstaatsanwalt'),
			status,
			sources: ['chronology']
		});
		const r = record((f) =>
			f.figures.push(
				killed('killed-03-230', 230, '2022-03-14', 'revised'),
				killed('killed-01-225', 225, '2022-01-15', 'revised'),
				killed('killed-08-40', 40, '2022-01-08', 'reported'),
				killed('killed-03-almaty-139', 139, '2022-03-14', 'revised', 'almaty')
			)
		);
		expect(ids(deathTollRevisions(r))).toEqual(['killed-01-225', 'killed-03-230']);
	});
});

describe('event presentation rules', () => {
	const r = record();
	const places = placeById(r);
	const withPlaces = (ids: string[]) => ({ places: ids });

	it('takes the first place an event names as its main place', () => {
		const [first, second] = r.places;
		const e = withPlaces([first!.id, second!.id]);
		expect(mainPlaceId(e)).toBe(first!.id);
		expect(mainPlace(e, places)).toBe(first);
		expect(placesOf(e, places)).toEqual([first, second]);
		expect(placesOf(withPlaces([first!.id, 'nowhere']), places)).toEqual([first]);
	});

	it('finds the events whose main place is a place, in their order', () => {
		const day = eventsOn(r, '2022-01-05');
		const at = mainPlaceId(day[0]!);
		const found = eventsAtPlace(day, at);
		expect(found[0]).toBe(day[0]);
		expect(found.every((e) => e.places[0] === at)).toBe(true);
		expect(eventsAtPlace(day, 'nowhere')).toEqual([]);
	});

	it('lists the sources cited, in order, skipping unknown ids', () => {
		const sources = new Map(r.sources.map((s) => [s.id, s]));
		const [a, b] = r.sources;
		expect(sourcesOf([b!.id, 'missing', a!.id], sources)).toEqual([b, a]);
	});
});

describe('keyFigures', () => {
	const fig = (
		id: string,
		metric: Figure['metric'],
		value: number,
		asOf: string,
		extra: Partial<Figure> = {}
	): Figure => ({
		id,
		metric,
		value,
		qualifier: 'exact',
		scope: 'kazakhstan',
		asOf,
		claimant: text('Interior Ministry', 'Innenministerium'),
		status: 'reported',
		sources: ['tass-1'],
		...extra
	});
	const r = () =>
		record((f) =>
			f.figures.push(
				fig('killed-08', 'killed-total', 40, '2022-01-08', { qualifier: 'more-than' }),
				fig('killed-15', 'killed-total', 225, '2022-01-15', { status: 'revised' }),
				fig('killed-later', 'killed-total', 238, '2022-08-01', {
					asOfPrecision: 'month',
					sources: ['chronology']
				}),
				fig('killed-almaty', 'killed-total', 139, '2022-01-10', { scope: 'almaty' }),
				fig('troops-06', 'troops-deployed', 2500, '2022-01-06', { qualifier: 'about' }),
				fig('troops-11', 'troops-deployed', 2030, '2022-01-11')
			)
		);

	it('says "not yet reported" (null) before anything was reported', () => {
		const k = keyFigures(r(), '2022-01-05');
		expect(k.killed).toEqual({
			metric: 'killed-total',
			claim: null,
			claims: [],
			conflict: false,
			parts: []
		});
		expect(k.detained.claim).toBeNull();
		expect(k.troops).toMatchObject({ claim: null, contingents: 0, withdrawn: false });
	});

	it('gives the tolls counted apart while there is no overall one, never their sum', () => {
		// The real record: on 7 January the ministry counted 18 security forces and 26 others.
		const texts = Object.fromEntries(
			Object.values(FILES).map((f) => [f, readFileSync(`geo/${f}`, 'utf8')])
		);
		const real = loadRecord(texts);
		if (!real.ok) throw new Error('geo/ is invalid');
		const k = keyFigures(real.record, '2022-01-07');
		expect(k.killed.claim).toBeNull();
		expect(k.killed.parts.map((p) => [p.metric, p.claim!.value])).toEqual([
			['killed-security', 18],
			['killed-protesters', 26]
		]);
		// From 8 January the overall toll stands alone.
		expect(keyFigures(real.record, '2022-01-08').killed.parts).toEqual([]);
	});

	it('shows the latest standing claim by the end of the day, never a later one', () => {
		const k = keyFigures(r(), '2022-01-08');
		expect(k.killed.claim!.id).toBe('killed-08');
		expect(k.killed.conflict).toBe(false);
		// The 164 of 9 January is retracted: the more than 40 of 8 January still stands.
		expect(keyFigures(r(), '2022-01-09').killed.claim!.id).toBe('killed-08');
		expect(keyFigures(r(), '2022-01-14').killed.claim!.id).toBe('killed-08');
		// 225 from 15 January; the later month total and the Almaty count never stand in.
		expect(keyFigures(r(), '2022-01-19').killed.claim!.id).toBe('killed-15');
	});

	it('flags claims that differ on the latest day and shows the highest first', () => {
		const k = keyFigures(r(), '2022-01-07').detained;
		expect(ids(k.claims)).toEqual(['detained-07-moi', 'detained-07-seed']);
		expect(k.claim!.value).toBe(3811);
		expect(k.conflict).toBe(true);
		expect(keyFigures(r(), '2022-01-06').detained).toMatchObject({
			claim: { id: 'detained-06-a' },
			conflict: false
		});
	});

	it('counts the contingents present and says when all have gone home', () => {
		// The fixture's one contingent (Russia) is in the country from 6 to 18 January.
		expect(keyFigures(r(), '2022-01-06').troops).toMatchObject({
			claim: { id: 'troops-06', value: 2500, qualifier: 'about' },
			contingents: 1,
			withdrawn: false
		});
		expect(keyFigures(r(), '2022-01-12').troops.claim!.id).toBe('troops-11');
		expect(keyFigures(r(), '2022-01-19').troops).toMatchObject({ contingents: 0, withdrawn: true });
	});
});
