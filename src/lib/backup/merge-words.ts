import type { MergeSummary } from '$lib/db';
import { m } from '$lib/paraglide/messages';

/**
 * What an import added, in the interface's language: each part one phrase with its own plural,
 * the parts listed with commas. Loaded with the import, not with the settings page.
 */
export function describeMerge(s: MergeSummary): string {
	const parts = [
		m.backup_merge_profiles_added({ count: s.profilesAdded }),
		m.backup_merge_answers_added({ count: s.answersAdded }),
		m.backup_merge_answers_updated({ count: s.answersUpdated }),
		m.backup_merge_answers_kept({ count: s.answersKept })
	];
	if (s.assignmentsAdded || s.assignmentsUpdated) {
		parts.push(
			m.backup_merge_assignments_added({ count: s.assignmentsAdded }),
			m.backup_merge_assignments_updated({ count: s.assignmentsUpdated })
		);
	}
	if (s.handInsAdded) parts.push(m.backup_merge_hand_ins({ count: s.handInsAdded }));
	if (s.receivedMerged) parts.push(m.backup_merge_received({ count: s.receivedMerged }));
	if (s.lessonsAdded) parts.push(m.backup_merge_lessons({ count: s.lessonsAdded }));
	if (s.draftsAdded || s.draftsUpdated) {
		parts.push(
			m.backup_merge_drafts_added({ count: s.draftsAdded }),
			m.backup_merge_drafts_updated({ count: s.draftsUpdated })
		);
	}
	if (s.annotationsMerged) parts.push(m.backup_merge_annotations({ count: s.annotationsMerged }));
	return parts.join(', ');
}
