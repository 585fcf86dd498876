/*! Qantar embed helper: auto-height and a small API for host pages. No dependencies.
 * <iframe src="https://…/en/embed/2022-01-06/" data-qantar title="…" style="width:100%;border:0"></iframe>
 * <script src="https://…/embed.js" async></script>
 * Types: embed.d.ts beside this file. Protocol: README, "Embedding".
 */
(function () {
	'use strict';
	if (window.Qantar) return;

	/** @type {Map<Window, any>} embeds by their iframe's window */
	var embeds = new Map();

	function originOf(iframe) {
		try {
			return new URL(iframe.src, location.href).origin;
		} catch {
			return '*';
		}
	}

	// The site's languages (LANGS in src/lib/data/vocabulary.ts), copied: this host script has no
	// build step and no dependencies.
	function isQantarFrame(iframe) {
		return iframe.hasAttribute('data-qantar') || /\/(en|de)\/embed\//.test(iframe.src || '');
	}

	/**
	 * The controller of one embedded map.
	 * @param {HTMLIFrameElement} iframe
	 */
	function embed(iframe) {
		var known = iframe.contentWindow && embeds.get(iframe.contentWindow);
		if (known) return known;
		var listeners = { ready: [], state: [], resize: [] };
		var waiting = [];
		var controller = {
			iframe: iframe,
			/** The last state the embed reported, or null before it is ready. */
			state: null,
			/** Applies a partial state; resolves with the state the embed answers once its map is ready. */
			set: function (partial) {
				var message = Object.assign({}, partial, { type: 'qantar:set' });
				return new Promise(function (resolve) {
					waiting.push(resolve);
					iframe.contentWindow.postMessage(message, originOf(iframe));
				});
			},
			/** Listens for 'ready', 'state' or 'resize'; returns a function that stops listening. */
			on: function (type, fn) {
				listeners[type].push(fn);
				return function () {
					listeners[type] = listeners[type].filter(function (f) {
						return f !== fn;
					});
				};
			},
			_receive: function (data) {
				if (data.type === 'qantar:resize') {
					if (typeof data.height === 'number' && data.height > 0 && data.height < 20000) {
						iframe.style.height = Math.ceil(data.height) + 'px';
						emit('resize', data.height);
					}
					return;
				}
				if (data.type === 'qantar:ready' || data.type === 'qantar:state') {
					controller.state = data.state;
					if (data.type === 'qantar:ready') emit('ready', data.state);
					emit('state', data.state);
					var resolve = waiting.shift();
					while (resolve) {
						resolve(data.state);
						resolve = waiting.shift();
					}
				}
			}
		};
		function emit(type, value) {
			listeners[type].forEach(function (fn) {
				fn(value);
			});
		}
		if (iframe.contentWindow) embeds.set(iframe.contentWindow, controller);
		iframe.addEventListener('load', function () {
			if (iframe.contentWindow) embeds.set(iframe.contentWindow, controller);
		});
		return controller;
	}

	window.addEventListener('message', function (e) {
		var data = e.data;
		if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
		if (data.type.indexOf('qantar:') !== 0) return;
		var controller = embeds.get(e.source);
		if (!controller) {
			// An embed this script has not seen yet: find its iframe.
			var frames = document.getElementsByTagName('iframe');
			for (var i = 0; i < frames.length; i++) {
				if (frames[i].contentWindow === e.source && isQantarFrame(frames[i])) {
					controller = embed(frames[i]);
					break;
				}
			}
		}
		if (controller && e.origin === originOf(controller.iframe)) controller._receive(data);
	});

	window.Qantar = { embed: embed };
})();
