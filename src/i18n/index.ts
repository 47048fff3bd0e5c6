import { translator } from './translate';
import zh from './zh';

export const LOCALE = 'zh-CN';
export type UiKey = keyof typeof zh;

/** Look up a UI string and fill `{name}` placeholders. A wrong key is a type error. */
export const t = translator<UiKey>(zh);
