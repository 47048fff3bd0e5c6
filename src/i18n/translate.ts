/** A typed lookup over one dictionary: a wrong key is a type error; `{name}` placeholders are filled. */
export const translator =
	<Key extends string>(dict: Readonly<Record<Key, string>>) =>
	(key: Key, vars: Record<string, string | number> = {}): string =>
		dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
