/**
 * The colour tokens of src/styles/global.css for images rendered at build time (the map SVG,
 * social cards, the figures' images), which cannot read CSS variables. tests/unit/palette.test.ts keeps them in sync.
 */
export const PALETTE = {
	light: {
		surface: '#fbfaf7',
		surface2: '#f2f0ea',
		ink: '#1b1e24',
		muted: '#545b68',
		rule: '#dedbd2',
		p1: '#1b5cb8',
		p2: '#6a3cba',
		p3: '#0b7356',
		p4: '#b3302a',
		'series-1': '#5f8fd3',
		'series-2': '#1b4f9c',
	},
	dark: {
		surface: '#14161b',
		surface2: '#1d2027',
		ink: '#e9e7e2',
		muted: '#a7adb8',
		rule: '#323641',
		p1: '#86b4ff',
		p2: '#bda3ff',
		p3: '#5fd1a9',
		p4: '#ff8f85',
		'series-1': '#4d6a93',
		'series-2': '#a9c8ff',
	},
} as const;
export type Theme = keyof typeof PALETTE;
