import type { ParamMatcher } from '@sveltejs/kit';
import { isTimelineDay } from '$lib/data/days';

export const match: ParamMatcher = isTimelineDay;
