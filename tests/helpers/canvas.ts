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

/**
 * Runs in the page: the painted pixels in the outermost `css` CSS pixels of a canvas's left and
 * right edges. A chart keeps its labels off its edges; text cut by the canvas paints up to them.
 */
export function canvasEdges(selector: string, css: number): { left: number; right: number } {
	const canvas = document.querySelector<HTMLCanvasElement>(selector);
	const context = canvas?.getContext('2d');
	if (!canvas || !context) return { left: -1, right: -1 };
	const strip = Math.round((css * canvas.width) / canvas.clientWidth);
	const painted = (x: number) => {
		const data = context.getImageData(x, 0, strip, canvas.height).data;
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
		return n;
	};
	return { left: painted(0), right: painted(canvas.width - strip) };
}
