import { describe, expect, it } from 'vitest';
import {
	REALISASI_ACTIONS,
	availableActions,
	canAct,
	canReplaceEntry,
	canUpdate,
	returnNote,
	realisasiId,
	applyAction,
	type RealisasiAction,
	type RealisasiValues,
	type ActionRequest
} from '$lib/domain/realisasi-status';
import {
	DEFAULT_SETTINGS,
	realisasiSchema,
	type Indikator,
	type User,
	type Realisasi,
	type RealisasiStatus
} from '$lib/domain/schemas';

const UNIT = 'demo-dishub';
const PERIODE = '2026-TW4';

const USERS = {
	admin: { nama: 'Rina (Bagian Organisasi)', peran: 'admin', unitIds: [] },
	'opd unit ini': { nama: 'Budi Dishub', peran: 'opd', unitIds: [UNIT] },
	'opd unit lain': { nama: 'Sari Dinkes', peran: 'opd', unitIds: ['demo-dinkes'] },
	enumerator: { nama: 'Eko', peran: 'enumerator', unitIds: [UNIT] },
	reviewer: { nama: 'Pak Sekda', peran: 'reviewer', unitIds: [] },
	'tanpa pengguna': null
} satisfies Record<string, User | null>;
type UserName = keyof typeof USERS;

const INDIKATOR: Indikator[] = [
	{
		id: 'ind-jalan',
		unitId: UNIT,
		tahun: 2026,
		nama: 'Persentase jalan dengan rambu lengkap',
		satuan: '%',
		polaritas: 'positif',
		target: [20, 40, 60, 80]
	}
];

const VALUE: RealisasiValues = {
	pagu: 1_250_000_000,
	realisasiAnggaran: 1_000_000_000,
	realisasiFisik: 85,
	p3dn: { realisasiPdn: 300_000_000, komitmenPdn: 400_000_000, totalPengadaan: 500_000_000 },
	indikator: [{ indikatorId: 'ind-jalan', realisasi: 76, catatan: 'Rambu baru di 3 ruas' }],
	catatanItem: { anggaran: 'Termasuk belanja modal', fisik: '', p3dn: '' }
};

const entry = (status: RealisasiStatus, over: Partial<Realisasi> = {}): Realisasi => ({
	id: 'real-dishub-2026-TW4',
	unitId: UNIT,
	periodeId: PERIODE,
	...VALUE,
	status,
	riwayat: [{ waktu: '2026-10-05T09:00:00+07:00', oleh: 'Budi Dishub', aksi: 'simpan' }],
	...over
});

/** What the admin writes where a note is required. */
const REQUIRED_CATATAN: Partial<Record<RealisasiAction, string>> = {
	kembalikan: 'Bukti realisasi fisik belum dilampirkan',
	'buka-kembali': 'Pagu salah ketik: seharusnya setelah APBD Perubahan'
};

const request = (
	aksi: RealisasiAction,
	user: User | null,
	over: Partial<ActionRequest> = {}
): ActionRequest => ({
	unitId: UNIT,
	periodeId: PERIODE,
	aksi,
	pengguna: user,
	waktu: '2026-11-22T14:05:00+07:00',
	nilai: VALUE,
	catatan: REQUIRED_CATATAN[aksi],
	indikator: INDIKATOR,
	pengaturan: DEFAULT_SETTINGS,
	...over
});

/**
 * Who may do what, for every role and status. 'baru' is a triwulan with no entry yet (it counts as
 * a draft). Anything not listed is refused.
 */
const CAN: Record<UserName, Partial<Record<'baru' | RealisasiStatus, RealisasiAction[]>>> = {
	admin: {
		baru: ['simpan'],
		draft: ['simpan'],
		diajukan: ['simpan', 'verifikasi', 'kembalikan'],
		diverifikasi: ['simpan', 'buka-kembali']
	},
	'opd unit ini': { baru: ['simpan', 'ajukan'], draft: ['simpan', 'ajukan'] },
	'opd unit lain': {},
	enumerator: {},
	reviewer: {},
	'tanpa pengguna': {}
};

const STATUS = ['baru', 'draft', 'diajukan', 'diverifikasi'] as const;

describe('who may do what with a realisation entry', () => {
	const testCases = (Object.keys(USERS) as UserName[]).flatMap((name) =>
		STATUS.flatMap((status) =>
			REALISASI_ACTIONS.map((aksi) => ({
				nama: name,
				status,
				aksi,
				boleh: CAN[name][status]?.includes(aksi) ?? false
			}))
		)
	);

	it.each(testCases)(
		'$nama on a $status entry: $aksi allowed = $boleh',
		({ nama: name, status, aksi, boleh }) => {
			const user = USERS[name];
			const position = { unitId: UNIT, status: status === 'baru' ? 'draft' : status } as const;
			expect(canAct(position, user, aksi)).toBe(boleh);
			const before = status === 'baru' ? undefined : entry(status);
			const result = applyAction(before, request(aksi, user));
			expect(result.ok).toBe(boleh);
			if (result.ok) expect(realisasiSchema.safeParse(result.realisasi).success).toBe(true);
			if (!result.ok && user) expect(result.alasan).toBe('realisasi.tidakBoleh');
			if (!result.ok && !user) expect(result.alasan).toBe('realisasi.tanpaPengguna');
		}
	);

	it.each(testCases.filter((k) => k.aksi === 'simpan'))(
		'$nama may edit the figures of a $status entry: $boleh',
		({ nama: name, status, boleh }) => {
			const position = { unitId: UNIT, status: status === 'baru' ? 'draft' : status } as const;
			expect(canUpdate(position, USERS[name])).toBe(boleh);
		}
	);

	it('offers the actions in the order of the screen', () => {
		expect(availableActions({ unitId: UNIT, status: 'diajukan' }, USERS.admin)).toEqual([
			'simpan',
			'verifikasi',
			'kembalikan'
		]);
		expect(availableActions({ unitId: UNIT, status: 'draft' }, USERS['opd unit ini'])).toEqual([
			'simpan',
			'ajukan'
		]);
		expect(
			availableActions({ unitId: UNIT, status: 'diverifikasi' }, USERS['opd unit ini'])
		).toEqual([]);
	});
});

describe('applying an action', () => {
	it('gives a new entry the id unit:periode and records the first save', () => {
		const result = applyAction(undefined, request('simpan', USERS['opd unit ini']));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.realisasi.id).toBe(realisasiId(UNIT, PERIODE));
		expect(result.realisasi.id).toBe('demo-dishub:2026-TW4');
		expect(result.realisasi.status).toBe('draft');
		expect(result.realisasi.riwayat).toEqual([
			{ waktu: '2026-11-22T14:05:00+07:00', oleh: 'Budi Dishub', aksi: 'simpan' }
		]);
		expect(realisasiSchema.safeParse(result.realisasi).success).toBe(true);
	});

	it('keeps the id of an entry that already exists and appends to its history', () => {
		const before = entry('draft');
		const result = applyAction(before, request('ajukan', USERS['opd unit ini']));
		if (!result.ok) throw new Error(result.alasan);
		expect(result.realisasi.id).toBe('real-dishub-2026-TW4');
		expect(result.realisasi.status).toBe('diajukan');
		expect(result.realisasi.riwayat).toEqual([
			...before.riwayat!,
			{ waktu: '2026-11-22T14:05:00+07:00', oleh: 'Budi Dishub', aksi: 'ajukan' }
		]);
		expect(before.riwayat).toHaveLength(1);
	});

	it('writes the typed figures on save and submit', () => {
		const value = { ...VALUE, realisasiFisik: 91.5 };
		const result = applyAction(
			entry('draft'),
			request('simpan', USERS['opd unit ini'], { nilai: value })
		);
		if (!result.ok) throw new Error(result.alasan);
		expect(result.realisasi.realisasiFisik).toBe(91.5);
		expect(result.realisasi.catatanItem?.anggaran).toBe('Termasuk belanja modal');
		expect(result.realisasi.indikator[0]?.catatan).toBe('Rambu baru di 3 ruas');
	});

	it('verifies the stored figures, whatever figures come with the request', () => {
		const result = applyAction(
			entry('diajukan'),
			request('verifikasi', USERS.admin, { nilai: { ...VALUE, realisasiFisik: 1 } })
		);
		if (!result.ok) throw new Error(result.alasan);
		expect(result.realisasi.status).toBe('diverifikasi');
		expect(result.realisasi.realisasiFisik).toBe(85);
		expect(result.riwayat).toMatchObject({ aksi: 'verifikasi', oleh: 'Rina (Bagian Organisasi)' });
	});

	it('returns a submitted entry to draft only with a note, which the OPD then sees', () => {
		const tanpa = applyAction(
			entry('diajukan'),
			request('kembalikan', USERS.admin, { catatan: '  ' })
		);
		expect(tanpa).toEqual({ ok: false, alasan: 'err.catatanKembalikan' });

		const result = applyAction(entry('diajukan'), request('kembalikan', USERS.admin));
		if (!result.ok) throw new Error(result.alasan);
		expect(result.realisasi.status).toBe('draft');
		expect(returnNote(result.realisasi)).toMatchObject({
			aksi: 'kembalikan',
			catatan: 'Bukti realisasi fisik belum dilampirkan'
		});
		expect(canUpdate(result.realisasi, USERS['opd unit ini'])).toBe(true);
	});

	it('keeps showing the return note after a draft save and stops once submitted again', () => {
		const kembali = applyAction(entry('diajukan'), request('kembalikan', USERS.admin));
		if (!kembali.ok) throw new Error(kembali.alasan);
		const save = applyAction(kembali.realisasi, request('simpan', USERS['opd unit ini']));
		if (!save.ok) throw new Error(save.alasan);
		expect(returnNote(save.realisasi)?.catatan).toBe('Bukti realisasi fisik belum dilampirkan');
		const ajukan = applyAction(save.realisasi, request('ajukan', USERS['opd unit ini']));
		if (!ajukan.ok) throw new Error(ajukan.alasan);
		expect(returnNote(ajukan.realisasi)).toBeNull();
		expect(ajukan.realisasi.riwayat?.map((r) => r.aksi)).toEqual([
			'simpan',
			'kembalikan',
			'simpan',
			'ajukan'
		]);
	});

	it("records the admin's edit of a verified entry as 'ubah-admin' and keeps it verified", () => {
		const value = { ...VALUE, pagu: 1_300_000_000 };
		const result = applyAction(
			entry('diverifikasi'),
			request('simpan', USERS.admin, { nilai: value })
		);
		if (!result.ok) throw new Error(result.alasan);
		expect(result.realisasi.status).toBe('diverifikasi');
		expect(result.realisasi.pagu).toBe(1_300_000_000);
		expect(result.riwayat.aksi).toBe('ubah-admin');
	});

	it('reopens a verified entry as a draft only with a reason, which the OPD then sees', () => {
		const tanpa = applyAction(
			entry('diverifikasi'),
			request('buka-kembali', USERS.admin, { catatan: ' ok ' })
		);
		expect(tanpa).toEqual({ ok: false, alasan: 'err.alasanBukaKembali' });

		const result = applyAction(entry('diverifikasi'), request('buka-kembali', USERS.admin));
		if (!result.ok) throw new Error(result.alasan);
		expect(result.realisasi.status).toBe('draft');
		expect(result.realisasi.pagu).toBe(VALUE.pagu);
		expect(result.riwayat).toMatchObject({
			aksi: 'buka-kembali',
			oleh: 'Rina (Bagian Organisasi)',
			catatan: 'Pagu salah ketik: seharusnya setelah APBD Perubahan'
		});
		expect(returnNote(result.realisasi)?.aksi).toBe('buka-kembali');
		expect(realisasiSchema.safeParse(result.realisasi).success).toBe(true);
	});

	it('lets the OPD correct and submit a reopened entry again', () => {
		const open = applyAction(entry('diverifikasi'), request('buka-kembali', USERS.admin));
		if (!open.ok) throw new Error(open.alasan);
		const opd = USERS['opd unit ini'];
		expect(availableActions(open.realisasi, opd)).toEqual(['simpan', 'ajukan']);
		const ajukan = applyAction(open.realisasi, request('ajukan', opd));
		if (!ajukan.ok) throw new Error(ajukan.alasan);
		expect(ajukan.realisasi.status).toBe('diajukan');
		expect(returnNote(ajukan.realisasi)).toBeNull();
		expect(ajukan.realisasi.riwayat?.map((r) => r.aksi)).toEqual([
			'simpan',
			'buka-kembali',
			'ajukan'
		]);
	});

	it("lets a device take the admin's reopening of a verified entry, never an OPD's", () => {
		const terverifikasi = entry('diverifikasi');
		const open = applyAction(terverifikasi, request('buka-kembali', USERS.admin));
		if (!open.ok) throw new Error(open.alasan);
		expect(canReplaceEntry(terverifikasi, open.realisasi)).toBe(true);
		const palsu: Realisasi = {
			...open.realisasi,
			riwayat: [...terverifikasi.riwayat!, { ...open.riwayat, aksi: 'simpan' }]
		};
		expect(canReplaceEntry(terverifikasi, palsu)).toBe(false);
	});

	it('refuses to submit an entry the index cannot score, naming what is missing', () => {
		const value: RealisasiValues = {
			...VALUE,
			realisasiFisik: null,
			indikator: [{ indikatorId: 'ind-jalan', realisasi: null }]
		};
		const result = applyAction(
			entry('draft'),
			request('ajukan', USERS['opd unit ini'], { nilai: value })
		);
		expect(result).toEqual({
			ok: false,
			alasan: 'realisasi.belumLengkap',
			kurang: ['kurang.realisasi-fisik', 'kurang.indikator', 'realisasi.indikatorKosong']
		});
		// The same figures may still be kept as a draft.
		expect(
			applyAction(entry('draft'), request('simpan', USERS['opd unit ini'], { nilai: value })).ok
		).toBe(true);
	});

	it('refuses a save without figures', () => {
		expect(
			applyAction(entry('draft'), request('simpan', USERS['opd unit ini'], { nilai: undefined }))
		).toEqual({ ok: false, alasan: 'realisasi.tanpaNilai' });
	});
});
