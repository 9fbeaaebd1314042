/**
 * The period picker opens on the current triwulan of the app's trusted time (the device clock
 * corrected by the last measurement against the server), not of the device clock alone.
 */
import { render, screen } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { META_CLOCK } from '$lib/db/clock';
import { periodeId } from '$lib/domain/periode';

const DEVICE_NOW = new Date(2026, 8, 20, 10, 0); // 20 Sep 2026, TW III on the device clock
const SERVER_AHEAD_MS = 20 * 24 * 60 * 60_000; // the server says 10 Oct 2026: TW IV

beforeAll(() => {
	localStorage.clear();
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(DEVICE_NOW);
});

afterAll(() => {
	vi.useRealTimers();
});

describe('PeriodePicker', () => {
	it('opens on the triwulan of the server-corrected time, not the device clock', async () => {
		const { database, periodeChoice } = await import('$lib/state/app.svelte');
		const db = await database();
		await db.periode.clear();
		await db.periode.bulkPut(
			([1, 2, 3, 4] as const).map((triwulan) => ({
				id: periodeId(2026, triwulan),
				tahun: 2026,
				triwulan
			}))
		);
		await db.meta.put({
			key: META_CLOCK,
			value: { selisihMs: SERVER_AHEAD_MS, diukurPada: DEVICE_NOW.getTime() }
		});
		const { default: PeriodePicker } = await import('$lib/ui/common/PeriodePicker.svelte');
		render(PeriodePicker);
		await vi.waitFor(() => expect(periodeChoice.periodeId).toBe('2026-TW4'));
		expect(screen.getByRole('combobox')).toHaveValue('2026-TW4');
	});
});
