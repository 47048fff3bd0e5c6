// @ts-check
// Vite wraps every dynamic import in a 1.2 KB preload helper (`__vitePreload(() => import('x'), deps)`)
// so that a lazy module's CSS and imports load in parallel with it. boot.ts only lazy-loads small
// modules on the reader's first click, so the helper would be most of the JavaScript a text page
// ships. This plugin unwraps the calls after minification (their few dependencies then load on
// import instead of in parallel) and drops the helper chunk.
//
// It works on the parsed chunk, not on text patterns, and it fails the build whenever a chunk uses
// the helper in a shape it does not know: a silent miss would put the helper back on every page.
// It also fails when a lazy import would bring a stylesheet (`import './x.css'` in lazy code): the
// helper is what links such CSS, so without it the styles would show in `astro dev` and be missing
// from the build. Lazy code links its stylesheets itself (`?url` + src/client/stylesheet.ts).
import { posix } from 'node:path';

/** The module id Vite gives its preload helper (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The deps list Vite generates next to a `__vite__mapDeps([0, 1])` call. */
const MAP_DEPS = '__vite__mapDeps';

/** @typedef {import('estree').Node} Node */
/** @typedef {{ start: number, end: number }} Span */
/** @typedef {{ start: number, end: number, text: string }} Edit */

/**
 * Rollup's parser puts `start`/`end` on every node; its types only declare them on the root.
 * @param {Node} node
 * @returns {Span}
 */
const span = (node) => {
	const { start, end } = /** @type {Span} */ (/** @type {unknown} */ (node));
	return { start, end };
};

/**
 * Every node of an ESTree tree with its parent, parents first.
 * @param {Node} node
 * @param {Node | null} [parent]
 * @returns {Generator<[Node, Node | null]>}
 */
function* walk(node, parent = null) {
	yield [node, parent];
	for (const value of Object.values(node)) {
		for (const child of Array.isArray(value) ? value : [value]) {
			if (child && typeof child === 'object' && typeof child.type === 'string')
				yield* walk(/** @type {Node} */ (child), node);
		}
	}
}

/**
 * An identifier that names a property or a label rather than referring to a binding.
 * @param {Node} id
 * @param {Node | null} parent
 */
function isPropertyName(id, parent) {
	if (!parent) return false;
	switch (parent.type) {
		case 'MemberExpression':
			return parent.property === id && !parent.computed;
		case 'Property':
			return parent.key === id && !parent.computed && !parent.shorthand;
		case 'MethodDefinition':
		case 'PropertyDefinition':
			return parent.key === id && !parent.computed;
		case 'LabeledStatement':
		case 'BreakStatement':
		case 'ContinueStatement':
			return true;
		default:
			return false;
	}
}

/**
 * The second and third arguments Vite passes: the deps to preload (`[]`, `["a.js"]`,
 * `__vite__mapDeps([0,1])`, `void 0` or the `__VITE_PRELOAD__` marker) and, with a relative base, `import.meta.url`. They are
 * dropped, so they must be free of side effects.
 * @param {Node} arg
 */
function isDepsArgument(arg) {
	switch (arg.type) {
		case 'ArrayExpression':
			return arg.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string');
		case 'CallExpression':
			return (
				arg.callee.type === 'Identifier' &&
				arg.callee.name === MAP_DEPS &&
				arg.arguments.length === 1 &&
				arg.arguments[0]?.type === 'ArrayExpression' &&
				arg.arguments[0].elements.every((e) => e?.type === 'Literal' && typeof e.value === 'number')
			);
		case 'UnaryExpression':
			return arg.operator === 'void' && arg.argument.type === 'Literal';
		case 'Identifier':
			// The marker Vite fills in late in generateBundle; gone by the time this plugin runs.
			return arg.name === 'undefined' || arg.name === '__VITE_PRELOAD__';
		case 'MemberExpression':
			return (
				arg.object.type === 'MetaProperty' &&
				arg.property.type === 'Identifier' &&
				arg.property.name === 'url'
			);
		default:
			return false;
	}
}

/**
 * The files Vite listed for one call: an array of names, or indices into the deps map's list.
 * @param {Node | undefined} arg
 * @param {string[]} mapped the deps map's file list
 * @returns {string[]}
 */
function depsFiles(arg, mapped) {
	if (arg?.type === 'ArrayExpression')
		return arg.elements.flatMap((e) => (e?.type === 'Literal' ? [String(e.value)] : []));
	if (arg?.type === 'CallExpression' && arg.arguments[0]?.type === 'ArrayExpression')
		return arg.arguments[0].elements.flatMap((e) =>
			e?.type === 'Literal' ? [mapped[Number(e.value)] ?? `#${String(e.value)}`] : [],
		);
	return [];
}

/**
 * The file list inside Vite's deps map declaration (`m.f=["_astro/a.js","_astro/a.css"]`).
 * @param {Node | undefined} declaration
 * @returns {string[]}
 */
function mappedFiles(declaration) {
	if (!declaration) return [];
	for (const [node] of walk(declaration))
		if (
			node.type === 'ArrayExpression' &&
			node.elements.length > 0 &&
			node.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string')
		)
			return node.elements.map((e) => String(/** @type {import('estree').Literal} */ (e).value));
	return [];
}

/**
 * What replaces one helper call: the bare `import()` when that is all the loader does, otherwise
 * the loader run the way the helper runs it (in a `.then`, so timing and errors stay the same).
 * @param {string} code
 * @param {import('estree').CallExpression} call
 */
function unwrappedCall(code, call) {
	const [loader, ...rest] = call.arguments;
	const at = code.slice(span(call).start, span(call).end);
	if (
		!loader ||
		(loader.type !== 'ArrowFunctionExpression' && loader.type !== 'FunctionExpression') ||
		loader.params.length > 0
	)
		throw new Error(`the first argument is not a loader function: ${at}`);
	if (rest.length > 2 || !rest.every(isDepsArgument))
		throw new Error(`unknown preload dependency arguments: ${at}`);
	const body = loader.body;
	if (
		loader.type === 'ArrowFunctionExpression' &&
		!loader.async &&
		body.type === 'ImportExpression'
	)
		return code.slice(span(body).start, span(body).end);
	return `Promise.resolve().then(${code.slice(span(loader).start, span(loader).end)})`;
}

/**
 * Removes the preload helper from one chunk: its import, every call (unwrapped) and the deps map
 * when nothing else uses it. Throws, naming the reason, when any use of the helper is left over.
 * @param {string} code the chunk's rendered code
 * @param {{ fileName: string, helperFile: string, helperExport: string, parse: import('rollup').ParseAst }} options
 *   `fileName` and `helperFile` are bundle file names; `helperExport` is the helper chunk's export.
 * @returns {string}
 */
export function unwrapChunk(code, { fileName, helperFile, helperExport, parse }) {
	const ast = /** @type {Node} */ (/** @type {unknown} */ (parse(code)));
	const fromHelper = (/** @type {unknown} */ source) =>
		typeof source === 'string' &&
		posix.join(posix.dirname(fileName), source) === posix.normalize(helperFile);

	/** @type {Edit[]} */
	const edits = [];
	const locals = new Set();
	if (ast.type !== 'Program') throw new Error('the parser did not return a program');
	for (const node of ast.body) {
		if (node.type !== 'ImportDeclaration' || !fromHelper(node.source.value)) continue;
		for (const s of node.specifiers) {
			if (
				s.type !== 'ImportSpecifier' ||
				(s.imported.type === 'Identifier' ? s.imported.name : s.imported.value) !== helperExport
			)
				throw new Error(
					`unexpected import from the preload helper: ${code.slice(span(node).start, span(node).end)}`,
				);
			locals.add(s.local.name);
		}
		edits.push({ ...span(node), text: '' });
	}
	if (!edits.length) throw new Error(`no import of ${helperFile} found`);

	/** @type {Set<Node>} identifiers already accounted for (import specifiers, unwrapped callees) */
	const handled = new Set();
	/** @type {Node[]} */
	const mapDepsUses = [];
	/** @type {Node | undefined} */
	let mapDepsDeclaration;
	/** @type {import('estree').CallExpression[]} */
	const calls = [];
	for (const [node, parent] of walk(ast)) {
		if (node.type === 'ImportSpecifier') handled.add(node.local).add(node.imported);
		// The name a chunk exports under is no reference, even when it spells the helper's local name
		// (minified names collide: `export { ht as b }` beside a helper imported as `b`).
		if (node.type === 'ExportSpecifier' && node.local !== node.exported) handled.add(node.exported);
		if (
			node.type === 'CallExpression' &&
			node.callee.type === 'Identifier' &&
			locals.has(node.callee.name)
		) {
			edits.push({ ...span(node), text: unwrappedCall(code, node) });
			calls.push(node);
			handled.add(node.callee);
		}
		if (
			node.type === 'VariableDeclaration' &&
			parent === ast &&
			node.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === MAP_DEPS)
		)
			mapDepsDeclaration = node;
		if (node.type !== 'Identifier' || isPropertyName(node, parent)) continue;
		if (node.name === MAP_DEPS) mapDepsUses.push(node);
		// Any other mention (passed along, re-exported, shadowed by a local) cannot be unwrapped.
		if (locals.has(node.name) && !handled.has(node))
			throw new Error(
				`the preload helper "${node.name}" is used other than as a direct call at offset ${span(node).start}: ` +
					code.slice(Math.max(0, span(node).start - 40), span(node).end + 40),
			);
	}

	const mapped = mappedFiles(mapDepsDeclaration);
	for (const call of calls) {
		const css = depsFiles(call.arguments[1], mapped).filter((f) => /\.css(\?|$)/.test(f));
		if (css.length)
			throw new Error(
				`${code.slice(span(call).start, span(call).end)} would load ${css.join(', ')} with it; ` +
					'lazy code must not import CSS (it would show in dev and be missing from the build): ' +
					"import the stylesheet's URL (`import href from './x.css?url'`) and link it with " +
					'loadStylesheet (src/client/stylesheet.ts)',
			);
	}

	// Vite's deps map is only read by the calls just unwrapped (and by its own default parameter).
	if (mapDepsDeclaration) {
		const declaration = span(mapDepsDeclaration);
		const inside = (/** @type {Span} */ r, /** @type {Span} */ outer) =>
			r.start >= outer.start && r.end <= outer.end;
		const stillUsed = mapDepsUses.some(
			(use) => !inside(span(use), declaration) && !edits.some((edit) => inside(span(use), edit)),
		);
		if (!stillUsed) {
			const end = code[declaration.end] === '\n' ? declaration.end + 1 : declaration.end;
			edits.push({ start: declaration.start, end, text: '' });
		}
	}

	edits.sort((a, b) => a.start - b.start);
	let out = '';
	let at = 0;
	for (const edit of edits) {
		// Vite wraps each import() once, so calls never nest; refuse rather than guess if they do.
		if (edit.start < at) throw new Error(`nested preload helper calls at offset ${edit.start}`);
		out += code.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	return out + code.slice(at);
}

/**
 * The chunk that holds the helper, or undefined when no chunk uses it. Fails when the helper shares
 * a chunk with other code (Rollup does that when only one chunk needs it): its export could then
 * not be told apart and its code not be dropped.
 * @param {import('rollup').PluginContext} context
 * @param {{ fileName: string, moduleIds: string[], exports: string[] }[]} chunks
 */
function helperChunk(context, chunks) {
	const holders = chunks.filter((c) => c.moduleIds.includes(PRELOAD_HELPER_ID));
	const [helper] = holders;
	if (!helper) return undefined;
	if (holders.length > 1 || helper.moduleIds.length > 1 || helper.exports.length !== 1)
		context.error(
			`unwrap-preloads: the preload helper is bundled into ${holders.map((c) => c.fileName).join(', ')} ` +
				'together with other code; it can only be removed from a chunk of its own',
		);
	return helper;
}

/**
 * The Vite plugin. It rewrites chunks in renderChunk, after minification but before Rollup hashes
 * them, so a file name changes whenever its content does (the files are cached as immutable);
 * then it removes the helper's chunk from the bundle.
 * @returns {import('vite').Plugin}
 */
export function unwrapPreloads() {
	return {
		name: 'unwrap-preloads',
		apply: 'build',
		enforce: 'post',
		renderChunk: {
			order: 'post',
			handler(code, chunk, _options, { chunks }) {
				const helper = helperChunk(this, Object.values(chunks));
				if (!helper || chunk === helper || !chunk.imports.includes(helper.fileName)) return null;
				try {
					const parse = (/** @type {string} */ input) => this.parse(input);
					const unwrapped = unwrapChunk(code, {
						fileName: chunk.fileName,
						helperFile: helper.fileName,
						helperExport: helper.exports[0] ?? '',
						parse,
					});
					// The site builds without source maps; with them on, Rollup warns about this null.
					return { code: unwrapped, map: null };
				} catch (error) {
					const reason = error instanceof Error ? error.message : String(error);
					return this.error(`unwrap-preloads: ${chunk.fileName}: ${reason}`);
				}
			},
		},
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
				const helper = helperChunk(this, chunks);
				if (!helper) return;
				for (const chunk of chunks) {
					if (chunk === helper || !chunk.imports.includes(helper.fileName)) continue;
					// renderChunk removed the import from the code; Rollup's graph still lists it.
					if (chunk.code.includes(posix.basename(helper.fileName)))
						this.error(`unwrap-preloads: ${chunk.fileName} still imports ${helper.fileName}`);
					chunk.imports = chunk.imports.filter((f) => f !== helper.fileName);
					delete chunk.importedBindings[helper.fileName];
				}
				delete bundle[helper.fileName];
			},
		},
	};
}
