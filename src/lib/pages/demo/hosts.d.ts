// The host page's /embed.js, typed beside it in static/ (served as is, so outside #lib).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- static/ has no alias
import type { QantarEmbed } from '../../../../static/embed.js';

declare global {
	interface Window {
		Qantar: { embed(iframe: HTMLIFrameElement): QantarEmbed };
	}
}
