import type { CatalogRow } from '$lib/db';
import type { AssignmentSpec } from '$lib/model';
import { oneShot } from '$lib/state/one-shot.svelte';
import { makeShareLink } from './share-link';
import { m } from '$lib/paraglide/messages';

/**
 * The share link of the current spec, made again when the spec or catalog changes; a slow earlier
 * answer never overwrites a newer one. Call during component setup (it owns an effect).
 */
export function shareLink(spec: () => AssignmentSpec, catalog: () => readonly CatalogRow[]) {
	const made = oneShot(() => makeShareLink(spec(), catalog(), location.origin));
	return {
		get link() {
			return made.current?.link ?? '';
		},
		/** Why there is no link, worded for a teacher; undefined while it is made or when it is. */
		get problem() {
			const why = made.error ?? made.current?.refusal;
			return why === undefined ? undefined : m.share_link_failed({ reason: why });
		}
	};
}
