import { m } from '$lib/paraglide/messages';
import { PackError, type PackProblem } from './pack-check';

type Words = (inputs: { title: string; status: number }) => string;

const problems: Record<PackProblem, Words> = {
	'not-json': m.shell_pack_damaged,
	'not-lesson': m.shell_pack_not_lesson,
	'newer-format': m.shell_pack_newer,
	invalid: m.shell_pack_invalid,
	mismatch: m.shell_pack_mismatch,
	offline: m.shell_pack_offline,
	missing: m.shell_pack_missing,
	interrupted: m.shell_pack_interrupted
};

/** Why a lesson's download failed, in the interface's language where it is a refused pack. */
export function packErrorText(error: unknown): string {
	if (error instanceof PackError) return problems[error.problem](error);
	return error instanceof Error ? error.message : String(error);
}
