// A student sharing the device.

export type Profile = {
	id: string;
	// random and stable, made when the profile is (v5 gave older ones theirs): a hand-in carries it,
	// so two tablets' "Me" are never the same student; a backup carries it to a new device
	uid: string;
	name: string;
	colour?: string;
	emoji?: string;
	createdAt: number;
};
