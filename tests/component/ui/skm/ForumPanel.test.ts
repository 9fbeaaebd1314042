/**
 * A unit's OPD staff records the Forum Konsultasi Publik on its SKM result: stored and queued for
 * sync, refused with the reason next to the field, read only for a reviewer, its agreed actions
 * turned into RTL rows, and printed on its own.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ForumKonsultasi, User } from '$lib/domain/schemas';

const staff: User = { nama: 'staf-dukcapil', peran: 'opd', unitIds: ['unit-a'] };
localStorage.setItem('rapor.akun', JSON.stringify(staff));

let ForumPanel: typeof import('$lib/ui/skm/ForumPanel.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;

beforeAll(async () => {
	({ default: ForumPanel } = await import('$lib/ui/skm/ForumPanel.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
});

afterEach(() => vi.restoreAllMocks());

const panel = (unitId: string, user: User, unitIds = unitId) =>
	render(ForumPanel, {
		unitId,
		unitName: 'Kecamatan Wiradesa Barat',
		periodeId: '2026-TW3',
		unsurTerendah: ['u5', 'u2'],
		numbering: 'permen',
		user: { ...user, unitIds: user.peran === 'opd' ? [unitIds] : user.unitIds }
	});

const forum = (unitId: string, over: Partial<ForumKonsultasi> = {}): ForumKonsultasi => ({
	id: `forum-${unitId}`,
	unitId,
	periodeId: '2026-TW3',
	tanggal: '2026-10-12',
	peserta: 24,
	pokok: ['Antrean pagi terlalu panjang'],
	kesepakatan: [
		{ teks: 'Buka loket tambahan pukul 07.30' },
		{ teks: 'Papan alur layanan', unsur: 'u1' }
	],
	riwayat: [{ oleh: 'staf', waktu: '2026-10-12T10:00:00+07:00' }],
	...over
});

async function fill(label: string, value: string) {
	await fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('a forum recorded by the unit’s staff', () => {
	it('is stored in their name and queued for sync in the same transaction', async () => {
		panel('unit-a', staff);
		await fireEvent.click(screen.getByRole('button', { name: 'Catat forum' }));
		await fill('Tanggal forum', '2026-10-14');
		await fill('Jumlah peserta', '31');
		await fill('Pokok bahasan 1', 'Antrean panjang di pagi hari');
		await fireEvent.click(screen.getByRole('button', { name: '+ Pokok bahasan' }));
		await fill('Pokok bahasan 2', 'Petugas sulit ditemui');
		await fill('Kesepakatan 1', 'Tambah satu loket');
		await fireEvent.change(screen.getByLabelText('Unsur kesepakatan 1 (opsional)'), {
			target: { value: 'u5' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan forum' }));

		const db = await database();
		await vi.waitFor(async () =>
			expect(await db.forumKonsultasi.where('unitId').equals('unit-a').count()).toBe(1)
		);
		const [stored] = await db.forumKonsultasi.where('unitId').equals('unit-a').toArray();
		expect(stored).toMatchObject({
			periodeId: '2026-TW3',
			tanggal: '2026-10-14',
			peserta: 31,
			pokok: ['Antrean panjang di pagi hari', 'Petugas sulit ditemui'],
			kesepakatan: [{ teks: 'Tambah satu loket', unsur: 'u5' }],
			riwayat: [{ oleh: 'staf-dukcapil' }]
		});
		expect(await db.sinkron.get(`forumKonsultasi:${stored!.id}`)).toMatchObject({
			antre: 1,
			status: 'lokal',
			db: 'realisasi'
		});
		expect(await screen.findByText('Catatan forum tersimpan.')).toBeInTheDocument();
		expect(await screen.findByText('Antrean panjang di pagi hari')).toBeInTheDocument();
	});

	it('needs a participant count of 1 or more: the reason shows by the field, nothing is stored and nothing typed is lost', async () => {
		panel('unit-b', staff);
		await fireEvent.click(screen.getByRole('button', { name: 'Catat forum' }));
		await fill('Jumlah peserta', '0');
		await fill('Pokok bahasan 1', 'Biaya tidak jelas');
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan forum' }));

		const peserta = screen.getByLabelText('Jumlah peserta');
		await vi.waitFor(() => expect(peserta).toHaveAttribute('aria-invalid', 'true'));
		expect(peserta).toHaveAccessibleDescription(
			'Jumlah peserta berupa bilangan bulat 1 atau lebih'
		);
		expect(screen.getByLabelText('Pokok bahasan 1')).toHaveValue('Biaya tidak jelas');
		expect(peserta).toHaveValue(0);
		const db = await database();
		expect(await db.forumKonsultasi.where('unitId').equals('unit-b').count()).toBe(0);
	});

	it('is read only for a reviewer: the records show, no form and no RTL conversion', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-c'));
		panel('unit-c', { nama: 'pimpinan', peran: 'reviewer', unitIds: [] });
		expect(await screen.findByText('Antrean pagi terlalu panjang')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Catat forum' })).not.toBeInTheDocument();
		expect(screen.queryByTestId('forum-form')).not.toBeInTheDocument();
		expect(screen.queryByText('Masukkan ke RTL')).not.toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^Ubah catatan forum/ })).not.toBeInTheDocument();
	});

	it('is read only for the staff of another unit', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-d'));
		panel('unit-d', staff, 'unit-lain');
		expect(await screen.findByText('Antrean pagi terlalu panjang')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Catat forum' })).not.toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^Ubah catatan forum/ })).not.toBeInTheDocument();
	});
});

describe('a forum record changed after it was saved', () => {
	const edit = () => screen.findByRole('button', { name: 'Ubah catatan forum 12 Oktober 2026' });

	it('opens with what was stored; the change is stored in the writer’s name after the history', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-e'));
		panel('unit-e', staff);
		await fireEvent.click(await edit());
		const form = within(screen.getByTestId('forum-ubah'));
		expect(form.getByLabelText('Jumlah peserta')).toHaveValue(24);
		expect(form.getByLabelText('Kesepakatan 2')).toHaveValue('Papan alur layanan');
		expect(form.getByLabelText('Unsur kesepakatan 2 (opsional)')).toHaveValue('u1');
		await fireEvent.input(form.getByLabelText('Jumlah peserta'), { target: { value: '42' } });
		await fireEvent.input(form.getByLabelText('Kesepakatan 1'), {
			target: { value: 'Buka loket tambahan pukul 07.00' }
		});
		await fireEvent.click(form.getByRole('button', { name: 'Simpan forum' }));

		await vi.waitFor(async () =>
			expect((await db.forumKonsultasi.get('forum-unit-e'))!.riwayat).toHaveLength(2)
		);
		const stored = await db.forumKonsultasi.get('forum-unit-e');
		expect(stored).toMatchObject({
			id: 'forum-unit-e',
			unitId: 'unit-e',
			periodeId: '2026-TW3',
			peserta: 42,
			kesepakatan: [
				{ teks: 'Buka loket tambahan pukul 07.00' },
				{ teks: 'Papan alur layanan', unsur: 'u1' }
			],
			riwayat: [{ oleh: 'staf' }, { oleh: 'staf-dukcapil' }]
		});
		expect(await db.sinkron.get('forumKonsultasi:forum-unit-e')).toMatchObject({ antre: 1 });
		expect(await screen.findByText('Catatan forum tersimpan.')).toBeInTheDocument();
		expect(screen.queryByTestId('forum-ubah')).not.toBeInTheDocument();
	});

	it('stores nothing when the record was changed elsewhere meanwhile, and keeps what was typed', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-f'));
		panel('unit-f', staff);
		await fireEvent.click(await edit());
		const form = within(screen.getByTestId('forum-ubah'));
		await fireEvent.input(form.getByLabelText('Jumlah peserta'), { target: { value: '30' } });
		const synced = forum('unit-f', {
			peserta: 25,
			riwayat: [
				{ oleh: 'staf', waktu: '2026-10-12T10:00:00+07:00' },
				{ oleh: 'admin', waktu: '2026-10-13T08:00:00+07:00' }
			]
		});
		await db.forumKonsultasi.put(synced);
		await fireEvent.click(form.getByRole('button', { name: 'Simpan forum' }));

		expect(await form.findByRole('alert')).toHaveTextContent('baru saja diubah di tempat lain');
		expect(form.getByLabelText('Jumlah peserta')).toHaveValue(30);
		expect(await db.forumKonsultasi.get('forum-unit-f')).toEqual(synced);
	});
});

describe('agreed actions of a forum turned into RTL rows', () => {
	it('become rows of the unit’s RTL of the forum’s period, naming the forum, once each', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-e'));
		panel('unit-e', staff);
		const record = await screen.findByTestId('forum-record');
		await fireEvent.click(within(record).getByText('Masukkan ke RTL'));
		await fireEvent.click(
			within(record).getByLabelText('Masukkan ke RTL: Buka loket tambahan pukul 07.30')
		);
		await fireEvent.click(within(record).getByLabelText('TW 1'));
		await fireEvent.click(within(record).getByLabelText('TW 2'));
		await fireEvent.input(within(record).getByLabelText('Penanggung jawab'), {
			target: { value: 'Kasi Pelayanan' }
		});
		await fireEvent.click(within(record).getByRole('button', { name: 'Simpan ke RTL' }));

		await vi.waitFor(async () => expect(await db.rtl.get('unit-e:2026-TW3')).toBeDefined());
		const rtl = await db.rtl.get('unit-e:2026-TW3');
		expect(rtl).toMatchObject({
			unitId: 'unit-e',
			periodeId: '2026-TW3',
			butir: [
				{
					unsur: 'u5',
					program: 'Buka loket tambahan pukul 07.30',
					triwulan: [1, 2],
					penanggungJawab: 'Kasi Pelayanan',
					progres: 'belum',
					forumId: 'forum-unit-e'
				}
			],
			riwayat: [{ oleh: 'staf-dukcapil' }]
		});
		expect(await db.sinkron.get('rtl:unit-e:2026-TW3')).toMatchObject({ db: 'realisasi' });
		expect(await within(record).findByText('sudah di RTL')).toBeInTheDocument();
		expect(
			within(record).queryByLabelText('Masukkan ke RTL: Buka loket tambahan pukul 07.30')
		).not.toBeInTheDocument();
	});

	it('are appended after the rows an RTL already has, with the action’s own unsur', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-f'));
		await db.rtl.put({
			id: 'unit-f:2026-TW3',
			unitId: 'unit-f',
			periodeId: '2026-TW3',
			butir: [
				{
					unsur: 'u2',
					program: 'Sederhanakan syarat',
					triwulan: [3],
					penanggungJawab: 'Sekcam',
					progres: 'berjalan'
				}
			],
			riwayat: [{ oleh: 'admin', waktu: '2026-10-01T08:00:00+07:00' }]
		});
		panel('unit-f', staff);
		const record = await screen.findByTestId('forum-record');
		await fireEvent.click(within(record).getByText('Masukkan ke RTL'));
		await fireEvent.click(within(record).getByLabelText('Masukkan ke RTL: Papan alur layanan'));
		await fireEvent.click(within(record).getByLabelText('TW 4'));
		await fireEvent.input(within(record).getByLabelText('Penanggung jawab'), {
			target: { value: 'Kasi Umum' }
		});
		await fireEvent.click(within(record).getByRole('button', { name: 'Simpan ke RTL' }));

		await vi.waitFor(async () =>
			expect((await db.rtl.get('unit-f:2026-TW3'))?.butir).toHaveLength(2)
		);
		const rtl = await db.rtl.get('unit-f:2026-TW3');
		expect(rtl!.butir[0]!.program).toBe('Sederhanakan syarat');
		expect(rtl!.butir[1]).toMatchObject({ unsur: 'u1', forumId: 'forum-unit-f', triwulan: [4] });
		expect(rtl!.riwayat.map((r) => r.oleh)).toEqual(['admin', 'staf-dukcapil']);
	});

	it('need a triwulan and a person in charge: the reasons show by the action and no RTL is stored', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-g'));
		panel('unit-g', staff);
		const record = await screen.findByTestId('forum-record');
		await fireEvent.click(within(record).getByText('Masukkan ke RTL'));
		await fireEvent.click(
			within(record).getByLabelText('Masukkan ke RTL: Buka loket tambahan pukul 07.30')
		);
		await fireEvent.click(within(record).getByRole('button', { name: 'Simpan ke RTL' }));

		expect(
			await within(record).findByText('Pilih minimal satu triwulan pelaksanaan')
		).toBeInTheDocument();
		expect(
			within(record).getByText('Penanggung jawab wajib diisi (maks. 100 karakter)')
		).toBeInTheDocument();
		expect(await db.rtl.get('unit-g:2026-TW3')).toBeUndefined();
	});
});

describe('printing a forum record', () => {
	it('marks the page to print that record alone, and clears the mark after printing', async () => {
		const db = await database();
		await db.forumKonsultasi.put(forum('unit-h'));
		const print = vi.spyOn(window, 'print').mockImplementation(() => {});
		panel('unit-h', staff);
		const record = await screen.findByTestId('forum-record');
		await fireEvent.click(within(record).getByRole('button', { name: /^Cetak catatan forum/ }));

		await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
		expect(document.body).toHaveClass('cetak-forum');
		expect(record).toHaveClass('forum-dicetak');
		await fireEvent(window, new Event('afterprint'));
		expect(document.body).not.toHaveClass('cetak-forum');
		expect(record).not.toHaveClass('forum-dicetak');
	});
});
