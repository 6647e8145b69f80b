// Set once any profile on this device has received an assignment, so pages on a device that
// never had one (every first visit) skip loading the classroom code altogether.
const KEY = 'parallax.hasAssignments';

export function hasReceivedAssignments(): boolean {
	try {
		return localStorage.getItem(KEY) === 'yes';
	} catch {
		// no storage access: assume assignments, so hidden comments are never shown by mistake
		return true;
	}
}

export function noteReceivedAssignment(): void {
	try {
		localStorage.setItem(KEY, 'yes');
	} catch {
		// without local storage, hasReceivedAssignments() already answers yes
	}
}
