import { describe, expect, it } from 'vitest';
import { assignmentFault, assignmentProblem } from './link-check';
import { faultMessage } from './link-fault-messages';
import { MAX_INSTRUCTIONS } from './link-limits';
import { spec } from './test-links';

// link-check.ts words a fault in English itself (backups, the teacher's device, Node); the
// student's link words it through the catalogue: in English the two must say the same.
describe('faultMessage', () => {
	it('says in English what assignmentProblem says, for every rule', () => {
		const lesson = { id: 'a', hash: '0123456789ab', required: [] as unknown[] };
		const bad: unknown[] = [
			[1, 2, 3],
			null,
			{ ...spec(), id: 'Not An Id' },
			{ ...spec(), version: 0 },
			{ ...spec(), title: undefined },
			{ ...spec(), instructions: 'x'.repeat(MAX_INSTRUCTIONS + 1) },
			{ ...spec(), due: '2024-02-30' },
			{ ...spec(), hideComments: 'yes' },
			{ ...spec(), lessons: {} },
			{ ...spec(), lessons: ['lachin'] },
			{ ...spec(), lessons: [{ ...lesson, id: 7 }] },
			{ ...spec(), lessons: [{ ...lesson, hash: 'XYZ' }] },
			{ ...spec(), lessons: [{ ...lesson, required: 'all' }] },
			{ ...spec(), lessons: [{ ...lesson, required: ['q-1', 'q-1'] }] },
			{ ...spec(), lessons: [lesson, lesson] }
		];
		const rules = new Set<string>();
		for (const value of bad) {
			const fault = assignmentFault(value);
			expect(fault, JSON.stringify(value)).toBeDefined();
			rules.add(fault!.rule);
			expect(faultMessage(fault!)).toBe(assignmentProblem(value));
		}
		expect(rules.size).toBe(14);
	});
});
