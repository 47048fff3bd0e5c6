/** Opens a driver for an engine, one per test file (see journeys.ts). */
import { afterAll, beforeAll, inject, test } from 'vitest';
import type { Driver, EngineName } from './driver';
import { PuppeteerDriver } from './puppeteer';
import { REQUIREMENTS, skippedEngines } from './requirements';
import { WebKitDriver } from './webkit';

export type { Driver, EngineName } from './driver';

export function openDriver(engine: EngineName, origin: string): Promise<Driver> {
	if (engine === 'webkit') return WebKitDriver.open(origin);
	return PuppeteerDriver.open(engine, origin);
}

/**
 * False, after saying so (a skipped test named for it, and a line on the console), when SKIP_ENGINES
 * turns the engine off; the caller then defines no tests for it.
 */
export function engineOn(engine: EngineName): boolean {
	if (!skippedEngines().includes(engine)) return true;
	const line = `${REQUIREMENTS[engine].label}: turned off by SKIP_ENGINES=${process.env.SKIP_ENGINES}, its journeys did not run`;
	console.warn(line);
	test.skip(line);
	return false;
}

/**
 * One browser for the test file: opened (and its version checked) before its tests, closed after
 * them. Call it at the top level of the file; the returned getter gives the driver inside tests and
 * hooks.
 */
export function useDriver(engine: EngineName): () => Driver {
	let driver: Driver | undefined;
	beforeAll(async () => {
		driver = await openDriver(engine, inject('baseUrl'));
	});
	afterAll(async () => {
		await driver?.close();
		driver = undefined;
	});
	return () => {
		if (!driver) throw new Error(`useDriver(): ${engine} is only open inside tests and hooks`);
		return driver;
	};
}
