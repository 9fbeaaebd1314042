// Apart from sinkron.svelte.ts, which the first screen loads for the counts: what the /sinkron list
// shows of a record (read through domain/dokumen, with zod) and of a failed action.
import type { MessageKey } from '$lib/i18n/messages';
import { errorKind } from '$lib/sync/remote';
import { live } from './live.svelte';
import { documentDetails } from './sync-label';

/** What a person recognises each listed record by (unit, time, triwulan, respondent). */
export function recordDetailsLive(ids: () => string[]) {
	return live(ids, (db, list) => documentDetails(db, list));
}

/** Why an action that asked the server failed, by kind, as the message a person reads. */
export type FailureKind = 'network' | 'session' | 'forbidden' | 'refused' | 'device' | 'other';

export function failureKind(error: unknown): FailureKind {
	switch (errorKind(error)) {
		case 'jaringan':
			return 'network';
		case 'perlu-masuk':
			return 'session';
		case 'tanpa-akses':
			return 'forbidden';
		case 'perangkat':
			return 'device';
		case 'server': {
			const status = (error as { status: number }).status;
			return status < 500 ? 'refused' : 'other';
		}
	}
}

const FAILURE_MESSAGE: Record<FailureKind, MessageKey> = {
	network: 'sinkron.gagal.jaringan',
	session: 'akun.sesiBerakhir',
	forbidden: 'sinkron.gagal.tanpaAkses',
	refused: 'permintaan.ditolak',
	device: 'sinkron.fase.perangkat',
	other: 'server.galat'
};

export function failureMessageKey(error: unknown): MessageKey {
	return FAILURE_MESSAGE[failureKind(error)];
}
