import type { ParamMatcher } from '@sveltejs/kit';
import { isTimelineDay } from '#lib/data/days.ts';

export const match: ParamMatcher = isTimelineDay;
