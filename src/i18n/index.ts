import zh from './zh';

export const LOCALE = 'zh-CN';
export type UiKey = keyof typeof zh;

/** Look up a UI string and fill `{name}` placeholders. A wrong key is a type error. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
	return zh[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
