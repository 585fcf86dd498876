/**
 * How each event type looks, shared by the map symbols and the list icons so that the legend,
 * the list and the map agree. Colours are Okabe–Ito (colour-blind safe) where the eight go round,
 * plus a violet for reactions abroad; every type also has its own shape, so colour is never the
 * only channel.
 */
import type { EventType } from '#lib/data/vocabulary.ts';

export interface TypeStyle {
	colour: string;
	/** An SVG path in a 24 × 24 box centred on (12, 12). */
	path: string;
}

const circle = 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z';
const diamond = 'M12 2.5L21.5 12L12 21.5L2.5 12z';
const triangleUp = 'M12 3L21 19.5H3z';
const triangleDown = 'M12 21L3 4.5H21z';
const square = 'M4.5 4.5H19.5V19.5H4.5z';
const hexagon = 'M12 3L19.8 7.5V16.5L12 21L4.2 16.5V7.5z';
const star =
	'M12 2.5L14.6 9.1L21.5 9.4L16.1 13.8L17.9 20.6L12 16.8L6.1 20.6L7.9 13.8L2.5 9.4L9.4 9.1z';
const cross =
	'M8 3.5L12 7.5L16 3.5L20.5 8L16.5 12L20.5 16L16 20.5L12 16.5L8 20.5L3.5 16L7.5 12L3.5 8z';
const pentagon = 'M12 3L20.5 9.2L17.3 19.5H6.7L3.5 9.2z';
/** A speech bubble with its tail down-left: something said, not something done. */
const speechBubble =
	'M6 3.5H18A3 3 0 0 1 21 6.5V13.5A3 3 0 0 1 18 16.5H12.5L7 21V16.5H6A3 3 0 0 1 3 13.5V6.5A3 3 0 0 1 6 3.5z';

export const TYPE_STYLES: Record<EventType, TypeStyle> = {
	protest: { colour: '#E69F00', path: circle },
	clash: { colour: '#D55E00', path: diamond },
	attack: { colour: '#CC79A7', path: star },
	'security-operation': { colour: '#0072B2', path: square },
	arrest: { colour: '#56B4E9', path: pentagon },
	deployment: { colour: '#009E73', path: triangleUp },
	withdrawal: { colour: '#009E73', path: triangleDown },
	decision: { colour: '#6E6E6E', path: hexagon },
	shutdown: { colour: '#F0E442', path: cross },
	// Okabe–Ito has no colour left but black (lost on the dark basemap): a mid violet, at least
	// 3:1 against land, water and the member tint of both themes (style.test.ts), apart from the
	// pink of attacks and the blues of security operations and arrests. Over the deployed tint,
	// as for every type, the symbol's outline carries the contrast.
	reaction: { colour: '#916FDA', path: speechBubble }
};
