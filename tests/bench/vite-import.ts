/**
 * Lets Node import what Vite resolves at build time: `./file.ttf?url` becomes the file's URL (a
 * string), as in the app. Without it, any bench module reaching the report code (the PDF font)
 * fails to load under tsx. Import this before loading such a module with a dynamic import().
 */
import { register } from 'node:module';

const HOOKS = `
export async function resolve(specifier, context, next) {
	if (!specifier.endsWith('?url')) return next(specifier, context);
	const { url } = await next(specifier.slice(0, -'?url'.length), context);
	const source = 'export default ' + JSON.stringify(url) + ';';
	return { url: 'data:text/javascript,' + encodeURIComponent(source), shortCircuit: true };
}
`;

register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
