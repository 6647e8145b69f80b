import { storageErrorText } from '$lib/i18n/storage-error';
import { getDb, savePack } from '$lib/db';
import { m } from '$lib/paraglide/messages';
import type { ReceiveVerdict } from '$lib/db/received/received-repo';
import { currentProfile } from '$lib/profiles/current-profile.svelte';
import { connectivity } from '$lib/pwa/connectivity.svelte';
import { liveState } from '$lib/state/live.svelte';
import { oneShot } from '$lib/state/one-shot.svelte';
import { PackError, downloadPack } from '$lib/sync/pack-check';
import { lessonSync } from '$lib/sync/sync-manager.svelte';
import { decodeAssignment, payloadOf, type LinkCheck } from './link';
import { readLinkLibrary } from './link-library';
import { noteReceivedAssignment } from './received-flag';

/** Whom an assignment is added for: a reader on this device, or a new one by name. */
export type Recipient = { profileId: string } | { newName: string };

const NO_LINK: LinkCheck = { ok: false, problem: 'empty', message: '' };

/**
 * What the page a link opens (/a#… and the older /assignment#…) knows and does: the link read
 * from the address, its lessons as this device has them (fetched here when the sync does not
 * bring them), and adding the assignment for a reader. Create during component setup.
 */
export class OpenLink {
	// a second link pasted into the same tab changes only the fragment
	#hash = $state(location.hash);
	#opensFiles: () => boolean;
	// a newer fragment's reading replaces an older one's, however long that one takes; no link on
	// the page that opens files is no refusal, so its words do not load there
	#decoded = oneShot(() =>
		this.#opensFiles() && !payloadOf(this.#hash)
			? Promise.resolve(NO_LINK)
			: decodeAssignment(this.#hash)
	);
	/** lesson id → why its download failed (offline, or the library refused it), in words */
	problems = $state<Record<string, string>>({});
	// which downloads this page started: bookkeeping, nothing renders from it
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#downloading = new Set<string>();

	/** The link's verdict, undefined while it is being read. */
	readonly check = $derived(this.#decoded.loading ? undefined : this.#decoded.current);
	readonly assignment = $derived(this.check?.ok ? this.check.assignment : undefined);
	// live: the titles appear as soon as the catalog arrives, the questions as each lesson does
	#library = liveState(
		async () => (this.assignment ? readLinkLibrary(getDb(), this.assignment) : undefined),
		() => this.assignment
	);
	readonly view = $derived(this.#library.current);
	readonly readError = $derived(
		this.#library.error === undefined ? undefined : storageErrorText(this.#library.error)
	);
	readonly missing = $derived(this.view?.lessons.filter((lesson) => !lesson.stored) ?? []);
	/** The lessons are still on their way (a fresh tablet has not even the catalog). */
	readonly waiting = $derived(
		this.view !== undefined &&
			(!this.view.hasCatalog || (this.view.spec === undefined && this.missing.length > 0))
	);
	readonly cannotReach = $derived(
		!connectivity.online || lessonSync.phase === 'offline' || Object.keys(this.problems).length > 0
	);

	/** `opensFiles`: the page shows where to open a file when there is no link (/assignment). */
	constructor({ opensFiles = () => false }: { opensFiles?: () => boolean } = {}) {
		this.#opensFiles = opensFiles;
		$effect(() => {
			const read = () => (this.#hash = location.hash);
			window.addEventListener('hashchange', read);
			return () => window.removeEventListener('hashchange', read);
		});
		// a fresh tablet has no catalog yet: fetch it now rather than when the page is idle
		$effect(() => {
			if (this.view && !this.view.hasCatalog) void lessonSync.run(getDb()).catch(() => {});
		});
		$effect(() => this.#fetchMissing());
	}

	// A sync that brings a few lessons brings them soon, so the page waits for it; in a large
	// library, or when the sync missed them, they are fetched here first (again when the library
	// can be reached again).
	#fetchMissing() {
		void connectivity.online;
		const { phase, total } = lessonSync;
		if (phase === 'checking' || (phase === 'saving' && total <= 20)) return;
		for (const { entry } of this.missing) {
			if (!entry || this.#downloading.has(entry.id) || lessonSync.isUpdating(entry.id)) continue;
			const id = entry.id;
			this.#downloading.add(id);
			downloadPack(fetch, entry)
				.then((pack) => savePack(getDb(), entry, pack))
				.then(() => delete this.problems[id])
				.catch((cause: unknown) => {
					this.problems[id] =
						cause instanceof PackError && cause.reason === 'offline'
							? m.classroom_lesson_not_here_yet()
							: m.classroom_lesson_download_failed();
				})
				.finally(() => this.#downloading.delete(id));
		}
	}

	/**
	 * Adds the assignment for `recipient` and makes them the reader. Format 1 links hold the whole
	 * assignment; format 2 ones only once their lessons are here (undefined before).
	 */
	async add(recipient: Recipient): Promise<{ id: string; verdict: ReceiveVerdict } | undefined> {
		const spec = this.view?.spec;
		if (!spec) return undefined;
		const profileId =
			'newName' in recipient
				? (await currentProfile.add({ name: recipient.newName })).id
				: recipient.profileId;
		// loaded on the tap: the page a link opens shows without it
		const { receiveAssignment } = await import('$lib/db/received/received-repo');
		const verdict = await receiveAssignment(getDb(), profileId, spec);
		noteReceivedAssignment();
		if (profileId !== currentProfile.id) await currentProfile.choose(profileId);
		// keep its lessons on the device; offline, they are already there or come when online
		void lessonSync.run(getDb()).catch(() => {});
		return { id: spec.id, verdict };
	}
}
