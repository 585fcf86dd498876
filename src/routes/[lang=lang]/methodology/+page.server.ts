import { deathTollRevisions } from '#lib/data/selectors.ts';
import { record } from '#lib/server/record.ts';
import type { PageServerLoad } from './$types';

/** The corrections log lists the death tolls the record holds, so it cannot drift from them. */
export const load: PageServerLoad = () => ({ revisions: deathTollRevisions(record) });
