/**
 * The search field's attributes, one definition for the /search/ page (in its HTML, so the field
 * shows with the first paint) and for the panel the browser builds (the search dialog). Its ARIA
 * roles come with the panel's code, which makes it a combobox.
 */
export const searchInputAttrs = (id: string, placeholder: string) =>
	({
		id,
		class: 'search-input',
		type: 'search',
		autocomplete: 'off',
		spellcheck: 'false',
		maxlength: '1000',
		placeholder,
	}) as const;
