/**
 * Lighthouse's main-thread work (mobile preset, simulated throttling) per page type, as a median of
 * three runs with its breakdown by group (mainthread-work-breakdown), for `npm run bench`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium';

const run = promisify(execFile);

export interface MainThread {
	/** Total main-thread time, ms. */
	total: number;
	/** Milliseconds per group (scriptEvaluation, styleLayout, other…). */
	groups: Record<string, number>;
}

async function once(url: string): Promise<MainThread> {
	const { stdout } = await run(
		'npx',
		[
			'lighthouse',
			url,
			'--quiet',
			'--output=json',
			'--only-audits=mainthread-work-breakdown',
			// Headless: the bench runs where there is no display (CI, this machine without Xvfb).
			`--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
		],
		{ env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
	);
	const audit = (
		JSON.parse(stdout) as {
			audits: Record<
				string,
				{ numericValue?: number; details?: { items?: { group: string; duration: number }[] } }
			>;
		}
	).audits['mainthread-work-breakdown'];
	const groups: Record<string, number> = {};
	for (const item of audit?.details?.items ?? []) groups[item.group] = item.duration;
	return { total: audit?.numericValue ?? NaN, groups };
}

/** The median run (by total), with its breakdown and every run's total. */
function medianOf(results: MainThread[]): MainThread & { all: number[] } {
	const sorted = [...results].sort((a, b) => a.total - b.total);
	const mid = sorted[Math.floor(sorted.length / 2)] ?? { total: NaN, groups: {} };
	return { ...mid, all: results.map((r) => r.total) };
}

/** The median run of three (by total), with its breakdown. */
export async function mainThread(url: string, runs = 3): Promise<MainThread & { all: number[] }> {
	const results: MainThread[] = [];
	for (let i = 0; i < runs; i++) results.push(await once(url));
	return medianOf(results);
}

/**
 * This site's page and its Starlight twin measured in turns (ours, theirs, ours…), so that the
 * machine's drift in speed (±30 % over minutes on this machine) falls on both alike: the only fair
 * way to hold the two to "no more than Starlight's".
 */
export async function compareMainThread(
	ours: string,
	theirs: string,
	runs = 5,
): Promise<{ ours: MainThread & { all: number[] }; theirs: MainThread & { all: number[] } }> {
	const a: MainThread[] = [];
	const b: MainThread[] = [];
	for (let i = 0; i < runs; i++) {
		a.push(await once(ours));
		b.push(await once(theirs));
	}
	return { ours: medianOf(a), theirs: medianOf(b) };
}

/** One line: total and the groups over 10 ms, largest first. */
export const breakdown = (m: MainThread): string =>
	`${(m.total / 1000).toFixed(2)} s (${Object.entries(m.groups)
		.filter(([, ms]) => ms >= 10)
		.sort((a, b) => b[1] - a[1])
		.map(([g, ms]) => `${g} ${Math.round(ms)}`)
		.join(', ')})`;
