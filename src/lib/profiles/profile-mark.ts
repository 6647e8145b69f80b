/** What stands for a profile in small spaces: its emoji, else its initial. */
export const profileMark = (profile: { name: string; emoji?: string }) =>
	profile.emoji || profile.name.trim().charAt(0).toUpperCase() || '?';
