import { downloadFile } from './download';

export type Delivery = 'shared' | 'downloaded' | 'cancelled';

/**
 * Offers a file through the system share sheet where it takes files (AirDrop, Nearby Share,
 * Drive, mail), and as a download everywhere else.
 */
export async function deliverFile(file: File, title: string): Promise<Delivery> {
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title });
			return 'shared';
		} catch (error) {
			// the share sheet was closed: nothing was sent, and that is their choice
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
			// any other failure (no share target, a policy block) falls back to a download
		}
	}
	downloadFile(file);
	return 'downloaded';
}
