/**
 * The forum form's bookkeeping, pure: which line of the form an issue of the stored document
 * belongs to (the empty lines are dropped before saving, so indexes shift), which agreed actions
 * of a forum already are RTL rows, and the rows the chosen ones become.
 */
import { rtlItemFromAgreedAction, type ForumContent } from '$lib/domain/tindak-lanjut';
import type { ForumKonsultasi, Rtl, RtlItem, Triwulan } from '$lib/domain/schemas';
import type { UnsurKey } from '$lib/domain/unsur';

/** Issue messages (i18n keys) by form field: 'tanggal', 'peserta', 'pokok.2', 'kesepakatan.0', ''. */
export type FieldErrors = Record<string, string[]>;

interface Issue {
	readonly path: readonly PropertyKey[];
	readonly message: string;
}

function add(errors: FieldErrors, field: string, key: string): void {
	const list = (errors[field] ??= []);
	if (!list.includes(key)) list.push(key);
}

const messageOf = (issue: Issue) =>
	issue.message.startsWith('err.') ? issue.message : 'err.tidakValid';

/** Positions of the lines the saved document keeps (the non-empty ones), in order. */
function keptLines(lines: readonly string[]): number[] {
	return lines.flatMap((line, i) => (line.trim() === '' ? [] : [i]));
}

/**
 * The issues of a forum document (as saveForum built it from `content`) by the field of the form
 * they belong to; an issue of a point or agreed action goes to its own line of the form.
 */
export function forumFieldErrors(issues: readonly Issue[], content: ForumContent): FieldErrors {
	const pokok = keptLines(content.pokok);
	const kesepakatan = keptLines(content.kesepakatan.map((k) => k.teks));
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const [field, index] = issue.path;
		const lines = field === 'pokok' ? pokok : field === 'kesepakatan' ? kesepakatan : null;
		if (lines && typeof index === 'number' && lines[index] !== undefined) {
			add(errors, `${String(field)}.${lines[index]}`, messageOf(issue));
		} else if (field === 'tanggal' || field === 'peserta') {
			add(errors, field, messageOf(issue));
		} else add(errors, '', messageOf(issue));
	}
	return errors;
}

/** Indexes of a forum's agreed actions that already are rows of its RTL. */
export function actionsInRtl(
	forum: Pick<ForumKonsultasi, 'id' | 'kesepakatan'>,
	rtl: Pick<Rtl, 'butir'> | undefined
): Set<number> {
	const programs = new Set(
		(rtl?.butir ?? []).filter((b) => b.forumId === forum.id).map((b) => b.program.trim())
	);
	return new Set(forum.kesepakatan.flatMap((k, i) => (programs.has(k.teks.trim()) ? [i] : [])));
}

/** An agreed action chosen to become an RTL row, with what a row needs beyond the action. */
export interface ActionChoice {
	/** Index in the forum's `kesepakatan`. */
	index: number;
	triwulan: Triwulan[];
	penanggungJawab: string;
}

/**
 * The RTL rows of the chosen agreed actions: the action's own unsur or, without one, the
 * fallback (the first priority unsur of the SKM); each row names the forum it came from.
 */
export function rtlRowsFromForum(
	forum: Pick<ForumKonsultasi, 'id' | 'kesepakatan'>,
	chosen: readonly ActionChoice[],
	fallbackUnsur: UnsurKey
): RtlItem[] {
	return chosen.flatMap((choice) => {
		const action = forum.kesepakatan[choice.index];
		if (!action) return [];
		return [
			{
				...rtlItemFromAgreedAction(action, forum.id, fallbackUnsur),
				triwulan: [...choice.triwulan],
				penanggungJawab: choice.penanggungJawab
			}
		];
	});
}

/**
 * The issues of an RTL whose rows `first…` are the chosen actions, by the chosen action's index
 * and field ('3.triwulan', '3.penanggungJawab'); anything else under ''.
 */
export function rtlChoiceErrors(
	issues: readonly Issue[],
	first: number,
	chosen: readonly ActionChoice[]
): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const [field, row, part] = issue.path;
		const choice = field === 'butir' && typeof row === 'number' ? chosen[row - first] : undefined;
		if (choice && typeof part === 'string')
			add(errors, `${choice.index}.${part}`, messageOf(issue));
		else add(errors, '', messageOf(issue));
	}
	return errors;
}
