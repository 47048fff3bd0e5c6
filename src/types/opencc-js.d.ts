/** opencc-js ships its dictionaries as plain modules without types: each is one "from to|…" string. */
declare module 'opencc-js/dict/*' {
	const dict: string;
	export default dict;
}
