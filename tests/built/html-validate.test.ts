/** Every built page passes html-validate's recommended rules. */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlFiles } from '../helpers/dist';

const validator = new HtmlValidate(
	new StaticConfigLoader({
		extends: ['html-validate:recommended'],
		rules: {
			// Prettier-style void elements (<meta />) are what Astro emits.
			'void-style': 'off',
			// MDX joins block components with a newline after the component's own trailing space:
			// insignificant whitespace in generated output, not an authoring slip.
			'no-trailing-whitespace': 'off',
		},
		elements: ['html5', { 'rr-figure': { flow: true, phrasing: false } }],
	}),
);

test('zero html-validate errors with the recommended preset', async () => {
	const problems: string[] = [];
	for (const file of htmlFiles()) {
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
