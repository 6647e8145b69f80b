// The few looks a profile can take: enough to tell classmates apart at a glance on one tablet.
export const PROFILE_COLOURS = [
	{ value: '#1f5f8b', label: 'Blue' },
	{ value: '#7a3e9d', label: 'Purple' },
	{ value: '#2e7d32', label: 'Green' },
	{ value: '#b23c17', label: 'Red' },
	{ value: '#8a6d00', label: 'Gold' },
	{ value: '#00696f', label: 'Teal' }
] as const;

export const PROFILE_EMOJI = ['🦊', '🐢', '🦉', '🐝', '🌻', '⭐', '🚀', '🎧'] as const;
