/**
 * What each engine the browser tests drive must be, checked before its first journey: installed,
 * and at least the version the suite is known to pass on. Debian 12 offers two versions of each of
 * Chromium and Firefox ESR: the release's (Chromium 150, ESR 140, from stale package lists) and the
 * security update's (156, 153). The older ones fail this suite (ESR 140 rejects a WebDriver BiDi
 * command puppeteer-core 24 sends; Chromium 150 kept a failed chunk import failed), so the minimum is
 * the update. WebKitGTK has one version there, 2.50. A too-old or missing engine fails the run with
 * one line: the engine, the version found, the version needed and the apt command that fixes it.
 * SKIP_ENGINES=webkit (comma-separated names) turns engines off instead, and the run says so.
 */
import { existsSync } from 'node:fs';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Requirement {
	/** What the reader would call it. */
	label: string;
	/** The oldest version known to pass (major, or major.minor for WebKitGTK). */
	minimum: string;
	/** The Debian packages that provide it. */
	apt: string;
}

export const REQUIREMENTS: Record<EngineName, Requirement> = {
	chromium: { label: 'Chromium', minimum: '156', apt: 'chromium' },
	firefox: { label: 'Firefox ESR', minimum: '153', apt: 'firefox-esr' },
	webkit: { label: 'WebKitGTK', minimum: '2.50', apt: 'webkit2gtk-driver xvfb' },
};

const install = (engine: EngineName) =>
	`apt-get update && apt-get install ${REQUIREMENTS[engine].apt}`;

/** An error that prints as its one line: no stack, which would only point here. */
export class EngineError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EngineError';
		this.stack = `${this.name}: ${message}`;
	}
}

/** Engines turned off by SKIP_ENGINES (e.g. `SKIP_ENGINES=webkit` or `firefox,webkit`). */
export function skippedEngines(env = process.env): EngineName[] {
	const names = (env.SKIP_ENGINES ?? '')
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((n) => n.toLowerCase());
	for (const n of names)
		if (!(n in REQUIREMENTS))
			throw new EngineError(`SKIP_ENGINES: unknown engine "${n}" (chromium, firefox, webkit)`);
	return names as EngineName[];
}

/** Fails, naming the package, when a binary the tests drive is not installed. */
export function requireBinary(engine: EngineName, path: string): void {
	if (!existsSync(path))
		throw new EngineError(
			`${REQUIREMENTS[engine].label} not found at ${path}; needed: ${REQUIREMENTS[engine].minimum} or later; install: ${install(engine)} (or SKIP_ENGINES=${engine} to run without it)`,
		);
}

/** -1, 0 or 1 as version `a` is older than, the same as or newer than `b` (numeric parts). */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d) return Math.sign(d);
	}
	return 0;
}

/** The dotted version inside what a driver reports ("HeadlessChrome/156.0.8078.114", "153.8.0esr"). */
export const versionIn = (reported: string): string => /\d+(\.\d+)+|\d+/.exec(reported)?.[0] ?? '';

/** Fails with one line when the engine is older than the suite needs. */
export function requireVersion(engine: EngineName, reported: string): string {
	const found = versionIn(reported);
	const { label, minimum } = REQUIREMENTS[engine];
	if (!found || compareVersions(found, minimum) < 0)
		throw new EngineError(
			`${label} ${found || `of unknown version (${reported})`} is too old: the browser tests need ${minimum} or later; install: ${install(engine)}`,
		);
	return found;
}
