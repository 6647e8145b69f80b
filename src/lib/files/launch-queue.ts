// Files opened with Parallax through the manifest's file handlers (the Launch Handler API, where
// the browser has it): handed to `take` as they arrive.
type LaunchQueue = {
	setConsumer(consumer: (params: { files: { getFile(): Promise<File> }[] }) => void): void;
};

export function takeLaunchedFiles(take: (files: File[]) => unknown): void {
	const queue = (window as { launchQueue?: LaunchQueue }).launchQueue;
	queue?.setConsumer((params) => {
		void Promise.all(params.files.map((handle) => handle.getFile())).then(take);
	});
}
