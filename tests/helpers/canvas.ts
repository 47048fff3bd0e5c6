/**
 * Runs in the page (self-contained, passed to evaluate): the painted pixels of a canvas and a
 * checksum of their colours, to see that a chart drew and in which colours.
 */
export function canvasPixels(selector: string): { painted: number; sum: number } {
	const canvas = document.querySelector<HTMLCanvasElement>(selector);
	const data =
		canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ??
		new Uint8ClampedArray();
	let painted = 0;
	let sum = 0;
	for (let i = 0; i < data.length; i += 4) {
		if ((data[i + 3] ?? 0) > 0) painted++;
		sum =
			(sum + (data[i] ?? 0) * 3 + (data[i + 1] ?? 0) * 5 + (data[i + 2] ?? 0) * 7) % 1_000_000_007;
	}
	return { painted, sum };
}
