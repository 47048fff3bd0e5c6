/** The browser tests' engine check: one line for a stale or missing engine; SKIP_ENGINES parsed. */
import { describe, expect, test } from 'vitest';
import {
	compareVersions,
	requireBinary,
	requireVersion,
	skippedEngines,
	versionIn,
} from '../helpers/engines/requirements';

describe('engine requirements', () => {
	test('the version in what each driver reports', () => {
		expect(versionIn('HeadlessChrome/156.0.8078.114')).toBe('156.0.8078.114');
		expect(versionIn('firefox/153.8.0esr')).toBe('153.8.0');
		expect(versionIn('2.50.6')).toBe('2.50.6');
		expect(compareVersions('2.48.3', '2.50')).toBe(-1);
		expect(compareVersions('156.0.8078.114', '156')).toBe(1);
		expect(compareVersions('153', '153.0')).toBe(0);
	});

	test('the versions Debian 12 installs from stale lists fail with one line: engine, found, needed, apt', () => {
		for (const [engine, reported, line] of [
			[
				'firefox',
				'firefox/140.12.0esr',
				'Firefox ESR 140.12.0 is too old: the browser tests need 153 or later; install: apt-get update && apt-get install firefox-esr',
			],
			[
				'chromium',
				'HeadlessChrome/150.0.7871.100',
				'Chromium 150.0.7871.100 is too old: the browser tests need 156 or later; install: apt-get update && apt-get install chromium',
			],
			[
				'webkit',
				'2.48.3',
				'WebKitGTK 2.48.3 is too old: the browser tests need 2.50 or later; install: apt-get update && apt-get install webkit2gtk-driver xvfb',
			],
		] as const) {
			expect(() => requireVersion(engine, reported)).toThrow(line);
			try {
				requireVersion(engine, reported);
			} catch (err) {
				expect(String((err as Error).stack)).not.toContain('\n');
			}
		}
		expect(requireVersion('chromium', 'HeadlessChrome/156.0.8078.114')).toBe('156.0.8078.114');
	});

	test('a missing engine names the path, the version needed, the install and the way to skip it', () => {
		expect(() => requireBinary('webkit', '/nowhere/WebKitWebDriver')).toThrow(
			'WebKitGTK not found at /nowhere/WebKitWebDriver; needed: 2.50 or later; install: apt-get update && apt-get install webkit2gtk-driver xvfb (or SKIP_ENGINES=webkit to run without it)',
		);
	});

	test('SKIP_ENGINES: comma or space separated, any case; an unknown name is an error', () => {
		expect(skippedEngines({})).toEqual([]);
		expect(skippedEngines({ SKIP_ENGINES: 'WebKit, firefox' })).toEqual(['webkit', 'firefox']);
		expect(() => skippedEngines({ SKIP_ENGINES: 'safari' })).toThrow('unknown engine "safari"');
	});
});
