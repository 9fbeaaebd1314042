/** The RTL of a unit's SKM: written by its OPD staff (signed in), read by reviewers. */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PublikasiSkm, User } from '$lib/domain/schemas';

const staff: User = { nama: 'staf-a', peran: 'opd', unitIds: ['puskesmas-a'] };
const reviewer: User = { nama: 'pimpinan', peran: 'reviewer', unitIds: [] };
localStorage.setItem('rapor.akun', JSON.stringify(staff));

let RtlPanel: typeof import('$lib/ui/skm/RtlPanel.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;

beforeAll(async () => {
	({ default: RtlPanel } = await import('$lib/ui/skm/RtlPanel.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
});

const panel = (props: {
	unitId?: string;
	periodeId?: string;
	user: User | null;
	unsurTerendah?: ('u1' | 'u3' | 'u4' | 'u9')[];
}) =>
	render(RtlPanel, {
		unitId: 'puskesmas-a',
		periodeId: '2026-TW2',
		unsurTerendah: [],
		numbering: 'permen',
		...props
	});

const WAIT = { timeout: 10_000 };

/** A button that shows once the plan is read (a slow device, a busy test machine). */
const button = (name: string) => screen.findByRole('button', { name }, { timeout: 10_000 });

/** The message an input, select or fieldset points at with aria-describedby. */
function messageAt(el: Element): string {
	const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
	return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function fillRow(row: HTMLElement, program: string) {
	await fireEvent.input(within(row).getByLabelText('Program/kegiatan'), {
		target: { value: program }
	});
	await fireEvent.click(within(row).getByLabelText('TW 3'));
	await fireEvent.input(within(row).getByLabelText('Penanggung jawab'), {
		target: { value: 'Kepala TU' }
	});
}

describe('creating an RTL', () => {
	it('starts from the priority unsur, is stored in the writer’s name and queued for sync', async () => {
		panel({ user: staff, unsurTerendah: ['u3', 'u9'] });
		await fireEvent.click(await button('Buat RTL'));
		const rows = screen.getAllByTestId('rtl-baris');
		expect(rows.map((r) => within(r).getByLabelText<HTMLSelectElement>('Unsur').value)).toEqual([
			'u3',
			'u9'
		]);
		await fillRow(rows[0]!, 'Antrean daring');
		await fillRow(rows[1]!, 'Perbaikan ruang tunggu');
		await fireEvent.change(within(rows[1]!).getByLabelText('Progres'), {
			target: { value: 'berjalan' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan RTL' }));

		const db = await database();
		await vi.waitFor(async () => expect(await db.rtl.count()).toBe(1), WAIT);
		const rtl = await db.rtl.get('puskesmas-a:2026-TW2');
		expect(rtl).toMatchObject({
			unitId: 'puskesmas-a',
			periodeId: '2026-TW2',
			butir: [
				{ unsur: 'u3', program: 'Antrean daring', triwulan: [3], progres: 'belum' },
				{ unsur: 'u9', program: 'Perbaikan ruang tunggu', progres: 'berjalan' }
			]
		});
		expect(rtl!.riwayat).toHaveLength(1);
		expect(rtl!.riwayat[0]!.oleh).toBe('staf-a');
		expect(await db.sinkron.get('rtl:puskesmas-a:2026-TW2')).toMatchObject({
			antre: 1,
			status: 'lokal',
			db: 'realisasi'
		});
		// The plan is shown, with its progress, and can be changed again.
		const list = await screen.findByTestId('rtl-butir', {}, { timeout: 10_000 });
		expect(within(list).getByText('Antrean daring')).toBeInTheDocument();
		expect(within(list).getByText('Berjalan')).toHaveAttribute('data-progres', 'berjalan');
		expect(screen.getByRole('status')).toHaveTextContent('RTL tersimpan');
		expect(screen.getByRole('button', { name: 'Ubah RTL' })).toBeInTheDocument();
	});

	it('changes a stored plan from its own rows and appends to its history', async () => {
		const db = await database();
		panel({ user: staff });
		await fireEvent.click(await button('Ubah RTL'));
		const rows = screen.getAllByTestId('rtl-baris');
		expect(within(rows[0]!).getByLabelText('Program/kegiatan')).toHaveValue('Antrean daring');
		await fireEvent.click(screen.getByRole('button', { name: 'Hapus baris 2' }));
		await fireEvent.change(screen.getByLabelText('Progres'), { target: { value: 'selesai' } });
		await fireEvent.input(screen.getByLabelText('Catatan progres (opsional)'), {
			target: { value: 'Sudah berjalan di loket 1' }
		});
		await fireEvent.input(screen.getByLabelText('Tanggal progres (opsional)'), {
			target: { value: '2026-09-30' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan RTL' }));
		await vi.waitFor(
			async () => expect((await db.rtl.get('puskesmas-a:2026-TW2'))!.riwayat).toHaveLength(2),
			WAIT
		);
		const rtl = await db.rtl.get('puskesmas-a:2026-TW2');
		expect(rtl!.butir).toEqual([
			{
				unsur: 'u3',
				program: 'Antrean daring',
				triwulan: [3],
				penanggungJawab: 'Kepala TU',
				progres: 'selesai',
				catatanProgres: 'Sudah berjalan di loket 1',
				tanggalProgres: '2026-09-30'
			}
		]);
	});

	it('keeps a row a forum added while the form was open, and says so', async () => {
		const db = await database();
		panel({ user: staff });
		await fireEvent.click(await button('Ubah RTL'));
		const stored = (await db.rtl.get('puskesmas-a:2026-TW2'))!;
		const fromForum = {
			...stored.butir[0]!,
			unsur: 'u8' as const,
			program: 'Kursi tunggu',
			forumId: 'f-1'
		};
		await db.rtl.put({ ...stored, butir: [...stored.butir, fromForum] });
		await fireEvent.change(screen.getByLabelText('Progres'), { target: { value: 'berjalan' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan RTL' }));
		const note = await screen.findByTestId('rtl-digabung', {}, WAIT);
		expect(note).toHaveTextContent('1 baris yang tersimpan selama formulir terbuka');
		const rtl = await db.rtl.get('puskesmas-a:2026-TW2');
		expect(rtl!.butir.map((b) => [b.program, b.progres])).toEqual([
			['Antrean daring', 'berjalan'],
			['Kursi tunggu', 'selesai']
		]);
	});

	it('refuses a row without program or triwulan: the reasons next to the fields, nothing stored, nothing lost', async () => {
		const db = await database();
		const before = await db.rtl.count();
		panel({ user: staff, periodeId: '2026-TW3', unsurTerendah: ['u1'] });
		await fireEvent.click(await button('Buat RTL'));
		const row = screen.getAllByTestId('rtl-baris').at(-1)!;
		await fireEvent.input(within(row).getByLabelText('Penanggung jawab'), {
			target: { value: 'Sekretaris' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan RTL' }));

		const program = within(row).getByLabelText('Program/kegiatan');
		await vi.waitFor(() => expect(program).toHaveAttribute('aria-invalid', 'true'), WAIT);
		expect(messageAt(program)).toBe('Program/kegiatan wajib diisi (maks. 500 karakter)');
		const triwulan = within(row).getByRole('group', { name: 'Triwulan pelaksanaan' });
		expect(messageAt(triwulan)).toBe('Pilih minimal satu triwulan pelaksanaan');
		expect(screen.getByRole('alert')).toHaveTextContent('periksa isian yang ditandai');
		expect(within(row).getByLabelText('Penanggung jawab')).toHaveValue('Sekretaris');
		expect(await db.rtl.count()).toBe(before);
	});

	it('on a device without responses starts from the published result’s lowest unsur', async () => {
		const db = await database();
		const published: PublikasiSkm = {
			id: 'puskesmas-a:2026-TW4',
			periodeId: '2026-TW4',
			unitId: 'puskesmas-a',
			nama: 'Puskesmas A',
			nilai: 75,
			mutu: 'C',
			responden: 120,
			nrr: { u1: 3.2, u2: 2.8, u3: 3.1, u4: null, u5: 3.3, u6: 2.6, u7: 3.4, u8: 2.9, u9: 3 },
			rtl: [],
			saran: [],
			diterbitkan: { oleh: 'admin', waktu: '2027-01-05T08:00:00+07:00' }
		};
		await db.publikasiSkm.put(published);
		panel({ user: staff, periodeId: '2026-TW4' });
		await fireEvent.click(await button('Buat RTL'));
		await vi.waitFor(
			() =>
				expect(
					screen
						.getAllByTestId('rtl-baris')
						.map((r) => within(r).getByLabelText<HTMLSelectElement>('Unsur').value)
				).toEqual(['u6', 'u2', 'u8']),
			WAIT
		);
		expect(screen.getByText(/hasil SKM yang diterbitkan/)).toBeInTheDocument();
	});

	it('without any result lets the writer pick the unsur, and says so', async () => {
		panel({ user: staff, periodeId: '2025-TW1' });
		await fireEvent.click(await button('Buat RTL'));
		expect(screen.getByText(/pilih sendiri unsur/)).toBeInTheDocument();
		const [row] = screen.getAllByTestId('rtl-baris');
		expect(within(row!).getByLabelText<HTMLSelectElement>('Unsur').value).toBe('');
	});
});

describe('reading an RTL', () => {
	it('shows a reviewer the plan with no button to change it', async () => {
		const db = await database();
		await db.rtl.put({
			id: 'puskesmas-a:2026-TW1',
			unitId: 'puskesmas-a',
			periodeId: '2026-TW1',
			butir: [
				{
					unsur: 'u4',
					program: 'Papan tarif di loket',
					triwulan: [2, 3],
					penanggungJawab: 'Bendahara',
					progres: 'selesai',
					catatanProgres: 'Terpasang di semua loket',
					tanggalProgres: '2026-08-15'
				}
			],
			riwayat: [{ oleh: 'staf-a', waktu: '2026-05-01T08:00:00+07:00' }]
		});
		panel({ user: reviewer, periodeId: '2026-TW1' });
		const list = await screen.findByTestId('rtl-butir', {}, { timeout: 10_000 });
		expect(within(list).getByText('Papan tarif di loket')).toBeInTheDocument();
		expect(within(list).getByText('TW 2, TW 3')).toBeInTheDocument();
		expect(within(list).getByText('Bendahara')).toBeInTheDocument();
		expect(within(list).getByText(/Terpasang di semua loket/)).toBeInTheDocument();
		expect(within(list).getByText('Selesai')).toHaveAttribute('data-progres', 'selesai');
		expect(screen.queryByRole('button')).not.toBeInTheDocument();
	});

	it('shows a reviewer no button to create one either', async () => {
		panel({ user: reviewer, periodeId: '2024-TW1' });
		await screen.findByText(
			'Belum ada rencana tindak lanjut untuk periode ini.',
			{},
			{ timeout: 10_000 }
		);
		expect(screen.queryByRole('button')).not.toBeInTheDocument();
	});
});
