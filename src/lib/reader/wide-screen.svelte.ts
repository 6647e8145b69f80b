// the same breakpoint as the stylesheet: columns at and above it, tabs below. One listener for
// the app's life instead of svelte/reactivity's MediaQuery, whose subscriber machinery every
// page would download for this one query. While prerendering there is no screen: narrow.
const query = typeof matchMedia === 'function' ? matchMedia('(min-width: 900px)') : undefined;
let matches = $state(query?.matches ?? false);
query?.addEventListener('change', (event) => (matches = event.matches));

/** Whether the screen is wide enough for the accounts in columns side by side. */
export const wideScreen = {
	get current(): boolean {
		return matches;
	}
};
