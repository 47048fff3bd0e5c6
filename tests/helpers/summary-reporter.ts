/**
 * Ends the run with a plain "N passed, N failed" line (after Vitest's own summary), the closing line
 * that CI reads in any language.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
	async onTestRunEnd(modules: readonly TestModule[]): Promise<void> {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const m of modules) {
			for (const t of m.children.allTests()) {
				const state = t.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
				else skipped++;
			}
		}
		// Let the default reporter print its summary first: this line must close the output.
		await new Promise((resolve) => setTimeout(resolve, 50));
		process.stdout.write(
			`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
		);
	}
}
