// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface PageState {
			// what opening an assignment link did: 'new', 'updated', 'same' or 'older'
			received?: string;
		}
	}
}

export {};
