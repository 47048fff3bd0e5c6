/** Every built page passes html-validate's recommended rules. */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlFiles } from '../helpers/dist';

const validator = new HtmlValidate(
	new StaticConfigLoader({
		extends: ['html-validate:recommended'],
		// No rule is turned off. The preset's void-style ("omit": <meta>, not <meta />) is what Astro
		// emits. Custom elements are declared, which is configuration: rr-figure holds flow content.
		elements: ['html5', { 'rr-figure': { flow: true, phrasing: false } }],
	}),
);

test('zero html-validate errors with the recommended preset', async () => {
	const problems: string[] = [];
	const files = htmlFiles();
	expect(files.length).toBeGreaterThan(10);
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const m of result.messages)
				problems.push(
					`${file.replace(/^.*dist/, '')}:${m.line}:${m.column} ${m.ruleId} ${m.message}`,
				);
		}
	}
	expect(problems).toEqual([]);
});
