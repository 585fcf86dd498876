import { deathTollRevisions } from '$lib/data/selectors';
import { record } from '$lib/server/record';
import type { PageServerLoad } from './$types';

/** The corrections log lists the death tolls the record holds, so it cannot drift from them. */
export const load: PageServerLoad = () => ({ revisions: deathTollRevisions(record) });
