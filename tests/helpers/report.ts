/** The report's trends (slugs, in the report's order: trend 1 first) and parts, as the tests expect them. */
export const TRENDS = [
	'compute-infrastructure',
	'ai-native-chips',
	'pretraining-architecture',
	'inference-time',
	'embodied-intelligence',
	'agentic-internet',
	'multimodal-productivity',
	'ai-hardware',
	'ai-for-science',
	'open-source-china',
];
export const PARTS = ['infrastructure', 'model-evolution', 'application-landscape', 'china-time'];
