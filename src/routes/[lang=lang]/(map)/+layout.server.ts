import { record } from '$lib/server/record';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ record });
