// SvelteKit mounts its root as a Svelte 4 class component (svelte/legacy's asClassComponent),
// which brings Svelte's whole legacy layer to every first visit (about 0.6 KB gzipped). Kit uses
// only the constructor and $set, so vite.config.ts aliases svelte/legacy to this small stand-in.
import { hydrate, mount, type Component } from 'svelte';
import { baseLocale, getLocale } from '$lib/i18n/runtime';

// one signal per prop, as the legacy wrapper has: a $set re-runs only what reads a changed prop
class Prop {
	value = $state.raw<unknown>();
}

type RootOptions = {
	target: Element;
	anchor?: Node;
	props?: Record<string, unknown>;
	hydrate?: boolean;
	context?: Map<unknown, unknown>;
	recover?: boolean;
	transformError?: (error: unknown) => unknown;
};

export function asClassComponent(component: Component<Record<string, unknown>>) {
	return class Root {
		// the map only finds each prop's own signal; nothing reads the map reactively
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		#props = new Map<string | symbol, Prop>();

		constructor(options: RootOptions) {
			this.$set(options.props ?? {});
			const props = new Proxy(
				{},
				{
					get: (_, key) => this.#prop(key).value,
					has: (_, key) => this.#prop(key).value !== undefined
				}
			);
			// pages are prerendered in English: in another language the page is drawn anew in it
			// (app.html keeps the English one hidden meanwhile) instead of taking over its words
			const translated = getLocale() !== baseLocale;
			if (translated && options.hydrate) {
				options.target.replaceChildren();
				// the pages' <svelte:head> holds their titles only
				for (const title of document.head.querySelectorAll('title')) title.remove();
			}
			const start = options.hydrate && !translated ? hydrate : mount;
			start(component, {
				target: options.target,
				anchor: options.anchor,
				props,
				context: options.context,
				intro: false,
				...({ recover: options.recover, transformError: options.transformError } as object)
			});
			delete document.documentElement.dataset.l10n;
		}

		#prop(key: string | symbol): Prop {
			let prop = this.#props.get(key);
			if (!prop) this.#props.set(key, (prop = new Prop()));
			return prop;
		}

		$set(next: Record<string, unknown>): void {
			for (const [key, value] of Object.entries(next)) this.#prop(key).value = value;
		}
	};
}
