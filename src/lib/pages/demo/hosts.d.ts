// The host page's /embed.js, typed beside it in static/.
import type { QantarEmbed } from '../../../../static/embed.js';

declare global {
	interface Window {
		Qantar: { embed(iframe: HTMLIFrameElement): QantarEmbed };
	}
}
