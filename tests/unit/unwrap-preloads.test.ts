/** The unwrap-preloads Vite plugin on small minified chunks shaped like Vite's output. */
import { parseAst } from 'rollup/parseAst';
import { describe, expect, test } from 'vitest';
import { PRELOAD_HELPER_ID, unwrapPreloads } from '~/integrations/unwrap-preloads.mjs';

interface FakeChunk {
	type: 'chunk';
	fileName: string;
	moduleIds: string[];
	exports: string[];
	imports: string[];
	importedBindings: Record<string, string[]>;
	code: string;
}

const HELPER = '_astro/preload-helper.B1.js';
const chunk = (fileName: string, code: string, over: Partial<FakeChunk> = {}): FakeChunk => ({
	type: 'chunk',
	fileName,
	moduleIds: [`/src/${fileName}.ts`],
	exports: [],
	imports: code.includes('preload-helper') ? [HELPER] : [],
	importedBindings: {},
	code,
	...over,
});
const helper = () =>
	chunk(HELPER, 'const y=function(f){return f()};export{y as _};', {
		moduleIds: [PRELOAD_HELPER_ID],
		exports: ['_'],
	});

/** Just enough of Rollup's plugin context: its parser, and errors that throw. */
const context = {
	parse: (code: string) => parseAst(code),
	error(message: string): never {
		throw new Error(message);
	},
};

function render(target: FakeChunk, all: FakeChunk[] = [helper(), target]): string | undefined {
	const hook = unwrapPreloads().renderChunk;
	if (!hook || typeof hook === 'function') throw new Error('renderChunk is not an ordered hook');
	const chunks = Object.fromEntries(all.map((c) => [c.fileName, c]));
	const result = hook.handler.call(
		context as never,
		target.code,
		target as never,
		{} as never,
		{
			chunks,
		} as never,
	);
	return result && typeof result === 'object' && 'code' in result ? result.code : undefined;
}

describe('renderChunk', () => {
	test('unwraps plain and destructuring imports and drops the import and the deps map', () => {
		const code =
			'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/y.js","_astro/w.js"])))=>i.map(i=>d[i]);\n' +
			'import{_ as c}from"./preload-helper.B1.js";' +
			'const a={x:()=>c(()=>import("./x.js"),[]),y:()=>c(()=>import("./y.js"),__vite__mapDeps([0,1]))};' +
			'const{m:b}=await c(async()=>{const{m:r}=await import("./z.js");return{m:r}},void 0,import.meta.url);' +
			'export{a,b};';
		const out = render(chunk('_astro/boot.js', code));
		expect(out).toBe(
			'const a={x:()=>import("./x.js"),y:()=>import("./y.js")};' +
				'const{m:b}=await Promise.resolve().then(async()=>{const{m:r}=await import("./z.js");return{m:r}});' +
				'export{a,b};',
		);
		expect(() => parseAst(out ?? '')).not.toThrow();
	});

	test('fails the build, naming the stylesheet, when a lazy import would bring CSS', () => {
		const mapped =
			'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/y.js","_astro/y.Ab.css"])))=>i.map(i=>d[i]);\n' +
			'import{_ as c}from"./preload-helper.B1.js";c(()=>import("./y.js"),__vite__mapDeps([0,1]));';
		expect(() => render(chunk('_astro/idle.js', mapped))).toThrow(
			/_astro\/idle\.js: .*import\("\.\/y\.js"\).* would load _astro\/y\.Ab\.css with it; lazy code must not import CSS/,
		);
		const listed =
			'import{_ as c}from"./preload-helper.B1.js";c(()=>import("./y.js"),["_astro/y.Ab.css"]);';
		expect(() => render(chunk('_astro/idle.js', listed))).toThrow(/would load _astro\/y\.Ab\.css/);
	});

	test('removes side-effect imports of the helper and leaves other imports alone', () => {
		const code = 'import{l as d}from"./panel.js";import"./preload-helper.B1.js";d();';
		expect(render(chunk('_astro/search.js', code))).toBe('import{l as d}from"./panel.js";d();');
	});

	test('leaves chunks that do not import the helper untouched', () => {
		expect(render(chunk('_astro/x.js', 'export const c=1;'))).toBeUndefined();
	});

	test('fails the build when the helper is used other than as a direct call', () => {
		const code = 'import{_ as c}from"./preload-helper.B1.js";const p=c;p(()=>import("./x.js"),[]);';
		expect(() => render(chunk('_astro/a.js', code))).toThrow(
			/_astro\/a\.js: the preload helper "c" is used other than as a direct call/,
		);
	});

	test('fails the build on a call shape it does not know', () => {
		const unknownDeps =
			'import{_ as c}from"./preload-helper.B1.js";c(()=>import("./x.js"),deps());';
		expect(() => render(chunk('_astro/a.js', unknownDeps))).toThrow(
			/unknown preload dependency arguments/,
		);
		const notALoader = 'import{_ as c}from"./preload-helper.B1.js";c(load,[]);';
		expect(() => render(chunk('_astro/a.js', notALoader))).toThrow(/not a loader function/);
	});

	test('fails the build when the helper shares its chunk with other code', () => {
		const shared = chunk('_astro/shared.js', 'export{y as _,z as a};', {
			moduleIds: [PRELOAD_HELPER_ID, '/src/other.ts'],
			exports: ['_', 'a'],
		});
		const code = 'import{_ as c}from"./shared.js";c(()=>import("./x.js"),[]);';
		const user = chunk('_astro/a.js', code, { imports: ['_astro/shared.js'] });
		expect(() => render(user, [shared, user])).toThrow(/bundled into _astro\/shared\.js/);
	});
});

describe('generateBundle', () => {
	test('removes the helper chunk and its entries in the import lists', () => {
		const user = chunk('_astro/a.js', 'import("./x.js");', {
			imports: [HELPER],
			importedBindings: { [HELPER]: [] },
		});
		const bundle: Record<string, FakeChunk> = { [HELPER]: helper(), [user.fileName]: user };
		const hook = unwrapPreloads().generateBundle;
		if (!hook || typeof hook === 'function')
			throw new Error('generateBundle is not an ordered hook');
		hook.handler.call(context as never, {} as never, bundle as never, false);
		expect(Object.keys(bundle)).toEqual(['_astro/a.js']);
		expect(user.imports).toEqual([]);
		expect(user.importedBindings).toEqual({});
	});
});
