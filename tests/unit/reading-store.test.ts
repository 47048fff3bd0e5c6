/** What the reading companion keeps on the device: only well-formed records, and never a throw. */
import { afterEach, describe, expect, test } from 'vitest';
import { addRead, getPlace, getRead, setPlace } from '~/client/reading/store';

/** A Map-backed stand-in for window.localStorage, or one that throws on every call. */
function useStorage(kind: 'working' | 'blocked'): Map<string, string> {
	const data = new Map<string, string>();
	const fail = () => {
		throw new DOMException('blocked', 'SecurityError');
	};
	const storage = {
		getItem: (k: string) => (kind === 'blocked' ? fail() : (data.get(k) ?? null)),
		setItem: (k: string, v: string) => (kind === 'blocked' ? fail() : void data.set(k, v)),
		removeItem: (k: string) => (kind === 'blocked' ? fail() : void data.delete(k)),
	};
	Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
	return data;
}
afterEach(() => {
	Reflect.deleteProperty(globalThis, 'localStorage');
});

const place = { slug: 'ai-hardware', n: 8, id: 'brain-swap', title: '“换脑”的读法', lang: 'zh-CN' };

describe('reading store', () => {
	test('keeps the place and the trends read, once each', () => {
		useStorage('working');
		expect(getPlace()).toBeNull();
		setPlace(place);
		expect(getPlace()).toEqual(place);
		addRead('ai-hardware');
		addRead('ai-hardware');
		addRead('inference-time');
		expect(getRead()).toEqual(['ai-hardware', 'inference-time']);
		setPlace(null);
		expect(getPlace()).toBeNull();
	});

	test.each([
		['not JSON', '{'],
		['a non-ASCII id (it goes into a URL)', JSON.stringify({ ...place, id: '换脑' })],
		['a slug with a slash', JSON.stringify({ ...place, slug: '../x' })],
		['a missing number', JSON.stringify({ ...place, n: undefined })],
	])('ignores a stored place with %s', (_, raw) => {
		useStorage('working').set('rr-place', raw);
		expect(getPlace()).toBeNull();
	});

	test('ignores read lists that are not lists of slugs', () => {
		const data = useStorage('working');
		data.set('rr-read', '{"a":1}');
		expect(getRead()).toEqual([]);
		data.set('rr-read', '["ai-hardware", 3]');
		expect(getRead()).toEqual(['ai-hardware']);
	});

	test('blocked storage: nothing is remembered and nothing throws', () => {
		useStorage('blocked');
		expect(() => setPlace(place)).not.toThrow();
		expect(() => addRead('ai-hardware')).not.toThrow();
		expect(getPlace()).toBeNull();
		expect(getRead()).toEqual([]);
	});
});
