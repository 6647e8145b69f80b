import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '$lib/i18n/runtime';
import { undoProblemText } from './undo-words';

afterEach(() => setActiveLocale('en'));

describe('undoProblemText', () => {
	it('says why an undo did not happen, in the interface language', () => {
		expect(undoProblemText('not-replaced')).toBe('This hand-in is not replaced.');
		setActiveLocale('hy');
		expect(undoProblemText('not-replaced')).toBe('Այս հանձնված աշխատանքը փոխարինված չէ։');
		setActiveLocale('ru');
		expect(undoProblemText('replaced-since')).toBe(
			'С тех пор эту работу заменила другая сданная работа: сначала отмените ту замену.'
		);
	});
});
