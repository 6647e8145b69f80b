import { generator } from '$lib/questions/choice-order';

// Seeded random and mutated input for the fuzz tests of the readers of outside data (tests only).

/** Inputs per fuzz test. */
export const RUNS = 2000;

const POOLS = [
	'.',
	'0123456789',
	'0123456789abcdef',
	'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
	'{}[]":,\\ntrufalse',
	' \t\r\n#%=+/',
	'\u0000\u0001\u0007\u001b\u007f\u0085\u2028\ufeff\ufffd',
	'éüşəԱՇ文字🙂🏔️\ud800\udfff'
];

export class Fuzzer {
	readonly random: () => number;
	constructor(readonly seed: number) {
		this.random = generator(seed);
	}

	int(below: number): number {
		return Math.floor(this.random() * below);
	}

	char(): string {
		const pool = POOLS[this.int(POOLS.length)]!;
		return pool[this.int(pool.length)]!;
	}

	// mostly short, sometimes long: short strings hit the header checks, long ones the data
	text(): string {
		const length = this.random() < 0.8 ? this.int(80) : this.int(3000);
		let out = '';
		for (let i = 0; i < length; i++) out += this.char();
		return out;
	}

	// one to three edits of the kinds a copy, a transfer or a hand editor make
	mutate(input: string): string {
		let text = input;
		const edits = 1 + this.int(3);
		for (let n = 0; n < edits; n++) {
			const at = this.int(text.length + 1);
			const span = 1 + this.int(Math.min(40, text.length + 1));
			switch (this.int(6)) {
				case 0: // change one character
					text = text.slice(0, at) + this.char() + text.slice(at + 1);
					break;
				case 1: // insert one
					text = text.slice(0, at) + this.char() + text.slice(at);
					break;
				case 2: // delete some
					text = text.slice(0, at) + text.slice(at + span);
					break;
				case 3: // duplicate a stretch
					text = text.slice(0, at + span) + text.slice(at, at + span) + text.slice(at + span);
					break;
				case 4: // cut off
					text = text.slice(0, at);
					break;
				default: {
					// swap two stretches
					const other = this.int(text.length + 1);
					const [a, b] = at < other ? [at, other] : [other, at];
					const first = text.slice(a, a + span);
					const second = text.slice(b, b + span);
					if (a + span <= b) {
						text =
							text.slice(0, a) + second + text.slice(a + span, b) + first + text.slice(b + span);
					}
				}
			}
		}
		return text;
	}
}

export async function settle(check: Promise<unknown>): Promise<unknown> {
	try {
		return await check;
	} catch (error) {
		return { rejected: String(error) };
	}
}

export type Failure = { seed: number; run: number; input: string; why: string };

export function failureReport(failures: Failure[]): string {
	const shown = failures
		.slice(0, 5)
		.map(
			(f) =>
				`seed ${f.seed}, run ${f.run}: ${f.why}\n  input ${JSON.stringify(f.input).slice(0, 300)}`
		);
	return `${failures.length} fuzz failures:\n${shown.join('\n')}`;
}
