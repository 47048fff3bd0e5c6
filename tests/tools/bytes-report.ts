/** `vite-node tests/tools/bytes-report.ts`: just the per-page byte table of the bench (no browser). */
import { allPageCosts } from '../helpers/bytes';

for (const p of allPageCosts().sort((a, b) => a.path.localeCompare(b.path))) {
	console.log(`${p.path.padEnd(40)} html ${String(p.html.gzip).padStart(6)}  css ${String(p.css.gzip).padStart(5)}  sum ${String(p.html.gzip + p.css.gzip).padStart(6)}  js ${String(p.js.gzip).padStart(5)}`);
}
