// The few looks a profile can take: enough to tell classmates apart at a glance on one tablet.
// Each colour's name is a message (ProfileForm), in the interface's language.
export const PROFILE_COLOURS = [
	{ value: '#1f5f8b', name: 'blue' },
	{ value: '#7a3e9d', name: 'purple' },
	{ value: '#2e7d32', name: 'green' },
	{ value: '#b23c17', name: 'red' },
	{ value: '#8a6d00', name: 'gold' },
	{ value: '#00696f', name: 'teal' }
] as const;

export type ProfileColour = (typeof PROFILE_COLOURS)[number]['name'];

export const PROFILE_EMOJI = ['🦊', '🐢', '🦉', '🐝', '🌻', '⭐', '🚀', '🎧'] as const;
