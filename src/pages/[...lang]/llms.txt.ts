/** /llms.txt and /en/llms.txt: the report, its parts and every trend's page and Markdown (lib/llms.ts). */
import type { APIRoute } from 'astro';
import { getLibrary } from '~/lib/content';
import { llmsTxt } from '~/lib/llms';
import { perLang } from '~/lib/routes';

export const getStaticPaths = () =>
	perLang(async (lang) => [
		{ params: {}, props: { body: llmsTxt(await getLibrary(lang), new URL(import.meta.env.SITE)) } },
	]);

export const GET: APIRoute<{ body: string }> = ({ props }) =>
	new Response(props.body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
