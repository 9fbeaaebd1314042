export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];

export type Params = Record<string, string | number>;

/** Replaces {name} placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(template: string, params: Params = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
