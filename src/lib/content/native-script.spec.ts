import { describe, expect, it } from 'vitest';
import { nativeScriptProblem } from './native-script';

describe('nativeScriptProblem', () => {
	it('accepts each language in its own script, with digits, spaces and hyphens', () => {
		expect(nativeScriptProblem('Արցախ', 'hy')).toBeUndefined();
		expect(nativeScriptProblem('44-օրյա պատերազմ', 'hy')).toBeUndefined();
		expect(nativeScriptProblem('Нагорный Карабах', 'ru')).toBeUndefined();
		expect(nativeScriptProblem('Xocalı faciəsi', 'az')).toBeUndefined();
		expect(nativeScriptProblem('Vətən müharibəsi', 'az')).toBeUndefined();
	});

	it('names a letter of another script and the script the language needs', () => {
		expect(nativeScriptProblem('Artsakh', 'hy')).toBe(
			'"Artsakh" has the Latin letter "A": hy is written in Armenian script'
		);
		// a Latin "o" among Armenian letters, a look-alike that reads as one word
		expect(nativeScriptProblem('Արցախo', 'hy')).toBe(
			'"Արցախo" has the Latin letter "o": hy is written in Armenian script'
		);
		expect(nativeScriptProblem('Нагорный Karabakh', 'ru')).toBe(
			'"Нагорный Karabakh" has the Latin letter "K": ru is written in Cyrillic script'
		);
		expect(nativeScriptProblem('Карабах Արցախ', 'ru')).toMatch(/the Armenian letter "Ա"/);
		expect(nativeScriptProblem('Qарабağ', 'az')).toBe(
			'"Qарабağ" has the Cyrillic letter "а": az is written in Latin script'
		);
		expect(nativeScriptProblem('Χocalı', 'az')).toBe(
			'"Χocalı" has the non-Latin letter "Χ": az is written in Latin script'
		);
	});

	it('rejects a form with no letters at all', () => {
		expect(nativeScriptProblem('1992', 'hy')).toBe(
			'"1992" has no Armenian letters: hy is written in Armenian script'
		);
	});
});
