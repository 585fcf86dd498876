/**
 * Symbol images drawn at run time from the same shapes as the list icons (ui/symbols.ts):
 * no sprite sheet to fetch, and crisp at any pixel ratio. Browser only (canvas).
 */
import { EVENT_TYPES } from '#lib/data/vocabulary.ts';
import { TYPE_STYLES } from '#lib/ui/symbols.ts';
import { iconName } from './features';
import type { MapPalette } from './palette';

const SIZE = 24;
const ARROW = 'M12 3L19 19L12 15L5 19z';

function draw(pixelRatio: number, paint: (ctx: CanvasRenderingContext2D) => void): ImageData {
	const px = Math.round(SIZE * pixelRatio);
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = px;
	const ctx = canvas.getContext('2d')!;
	ctx.scale(pixelRatio, pixelRatio);
	ctx.lineJoin = 'round';
	paint(ctx);
	return ctx.getImageData(0, 0, px, px);
}

/** Every image the style names, by name: event types (solid and hollow) and route arrows. */
export function drawIcons(palette: MapPalette, pixelRatio: number): Map<string, ImageData> {
	const icons = new Map<string, ImageData>();
	for (const type of EVENT_TYPES) {
		const { colour, path } = TYPE_STYLES[type];
		const shape = new Path2D(path);
		icons.set(
			iconName(type, true),
			draw(pixelRatio, (ctx) => {
				ctx.fillStyle = colour;
				ctx.fill(shape);
				ctx.strokeStyle = palette.iconOutline;
				ctx.lineWidth = 1.6;
				ctx.stroke(shape);
			})
		);
		// Hollow: where only the city (or coarser) is known. A halo keeps the ring readable.
		icons.set(
			iconName(type, false),
			draw(pixelRatio, (ctx) => {
				ctx.strokeStyle = palette.iconOutline;
				ctx.lineWidth = 5;
				ctx.stroke(shape);
				ctx.strokeStyle = colour;
				ctx.lineWidth = 2.6;
				ctx.stroke(shape);
			})
		);
	}
	for (const [name, colour] of [
		['arrow', palette.route],
		['arrow-back', palette.routeBack]
	] as const) {
		const shape = new Path2D(ARROW);
		icons.set(
			name,
			draw(pixelRatio, (ctx) => {
				ctx.fillStyle = colour;
				ctx.fill(shape);
				ctx.strokeStyle = palette.halo;
				ctx.lineWidth = 1;
				ctx.stroke(shape);
			})
		);
	}
	return icons;
}
