/**
 * The admin publishes a unit's SKM result and the pemda page: aggregates and ticked saran only,
 * stored and queued for sync; nobody else sees the panels.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SkmResponse, Unit, User } from '$lib/domain/schemas';

const admin: User = { nama: 'demo-admin', peran: 'admin', unitIds: [] };
localStorage.setItem('rapor.akun', JSON.stringify(admin));

let PublishPanel: typeof import('$lib/ui/skm/PublishPanel.svelte').default;
let PublishPemdaPanel: typeof import('$lib/ui/skm/PublishPemdaPanel.svelte').default;
let database: typeof import('$lib/state/app.svelte').database;
let buildSkmUnit: typeof import('$lib/view/skm').buildSkmUnit;
let readSkm: typeof import('$lib/state/reads').readSkm;
let getSettings: typeof import('$lib/db/settings').getSettings;
let setUser: typeof import('$lib/db/device').setUser;

const PERIODE = '2026-TW3';
const unit: Unit = {
	id: 'unit-disdukcapil',
	nama: 'Dinas Kependudukan dan Pencatatan Sipil',
	singkatan: 'Disdukcapil',
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm: true
};

const response = (i: number, saran: string): SkmResponse => ({
	id: `skm-pub-${i}`,
	unitId: unit.id,
	periodeId: PERIODE,
	waktu: `2026-08-1${i}T09:15:00+07:00`,
	jawaban: { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 },
	profil: { jenisKelamin: 'P', usia: 34, pendidikan: 'SMA', pekerjaan: 'Wirausaha' },
	jenisLayanan: 'Kartu Keluarga',
	kuesionerVersi: 'permen14-2017-v1',
	sumber: 'enumerator',
	saran
});

const responses = [
	response(1, 'Perbanyak kursi ruang tunggu'),
	response(2, 'Loket dibuka lebih pagi'),
	response(3, 'Parkir motor sempit')
];

/** The keys a public document may have: figures, RTL rows, ticked saran, who published it. */
const PUBLIC_FIELDS = [
	'id',
	'periodeId',
	'unitId',
	'nama',
	'nilai',
	'mutu',
	'responden',
	'nrr',
	'units',
	'rtl',
	'saran',
	'diterbitkan'
];

beforeAll(async () => {
	({ default: PublishPanel } = await import('$lib/ui/skm/PublishPanel.svelte'));
	({ default: PublishPemdaPanel } = await import('$lib/ui/skm/PublishPemdaPanel.svelte'));
	({ database } = await import('$lib/state/app.svelte'));
	({ buildSkmUnit } = await import('$lib/view/skm'));
	({ readSkm } = await import('$lib/state/reads'));
	({ getSettings } = await import('$lib/db/settings'));
	({ setUser } = await import('$lib/db/device'));
	const db = await database();
	await db.units.put(unit);
	await db.responses.bulkPut(responses);
});

async function unitPanel() {
	const db = await database();
	const detail = {
		...buildSkmUnit(unit, responses, undefined, await getSettings(db)),
		periodeId: PERIODE
	};
	return render(PublishPanel, { detail, periodeId: PERIODE });
}

/** The panel as the screen first shows it after a change of period: the period's publication
 * read, the figures and saran still the previous period's. */
async function panelOnStaleDetail() {
	const db = await database();
	const stale = {
		...buildSkmUnit(unit, [], undefined, await getSettings(db)),
		periodeId: '2026-TW1'
	};
	return render(PublishPanel, { detail: stale, periodeId: PERIODE });
}

async function pemdaPanel() {
	const db = await database();
	return render(PublishPemdaPanel, { view: await readSkm(db, PERIODE) });
}

describe('publishing a unit’s SKM result', () => {
	it('stores the figures with exactly the ticked saran, no profile, queued for sync', async () => {
		await unitPanel();
		const boxes = await screen.findAllByRole('checkbox');
		expect(boxes).toHaveLength(3);
		// None is ticked until the admin says so.
		for (const box of boxes) expect(box).not.toBeChecked();
		expect(screen.getByText(/Hanya saran yang dicentang yang tampil/)).toBeInTheDocument();
		expect(screen.getByText(/Profil responden .* tidak pernah diterbitkan/)).toBeInTheDocument();

		await fireEvent.click(screen.getByRole('checkbox', { name: /Loket dibuka lebih pagi/ }));
		expect(screen.getByTestId('publish-saran-count')).toHaveTextContent('1');
		await fireEvent.click(screen.getByRole('button', { name: 'Terbitkan' }));

		const db = await database();
		const id = `${unit.id}:${PERIODE}`;
		await vi.waitFor(async () => expect(await db.publikasiSkm.get(id)).toBeDefined());
		const doc = (await db.publikasiSkm.get(id))!;
		expect(doc).toMatchObject({
			unitId: unit.id,
			periodeId: PERIODE,
			responden: 3,
			saran: ['Loket dibuka lebih pagi'],
			diterbitkan: { oleh: 'demo-admin' }
		});
		for (const key of Object.keys(doc)) expect(PUBLIC_FIELDS).toContain(key);
		const text = JSON.stringify(doc);
		for (const hidden of ['jenisKelamin', 'usia', 'pendidikan', 'pekerjaan', 'Wirausaha', 'Parkir'])
			expect(text).not.toContain(hidden);
		expect(await db.sinkron.get(`publikasiSkm:${id}`)).toMatchObject({
			antre: 1,
			status: 'lokal',
			db: 'master'
		});

		// The screen now says who published it, links to the public page, and offers to re-publish.
		await screen.findByText(/Diterbitkan .* oleh demo-admin/);
		expect(screen.getByRole('link', { name: 'Halaman publik' })).toHaveAttribute(
			'href',
			`${location.origin}/publik/${unit.id}?periode=${PERIODE}`
		);
		expect(screen.getByRole('button', { name: 'Terbitkan ulang' })).toBeInTheDocument();
	});

	it('starts again from the saran already published, and replaces the publication', async () => {
		const db = await database();
		const id = `${unit.id}:${PERIODE}`;
		const before = (await db.publikasiSkm.get(id))!;
		await unitPanel();
		const approved = await screen.findByRole('checkbox', { name: /Loket dibuka lebih pagi/ });
		await vi.waitFor(() => expect(approved).toBeChecked());
		expect(
			screen.getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).checked)
		).toHaveLength(1);
		expect(screen.getByTestId('publish-saran-count')).toHaveTextContent('1');

		cleanup();

		// Also when the period's saran arrive after its publication was read.
		const db2 = await database();
		const view = await panelOnStaleDetail();
		await screen.findByRole('button', { name: 'Terbitkan ulang' });
		await view.rerender({
			detail: {
				...buildSkmUnit(unit, responses, undefined, await getSettings(db2)),
				periodeId: PERIODE
			},
			periodeId: PERIODE
		});
		const again = await screen.findByRole('checkbox', { name: /Loket dibuka lebih pagi/ });
		await vi.waitFor(() => expect(again).toBeChecked());

		await fireEvent.click(again);
		await fireEvent.click(await screen.findByRole('button', { name: 'Terbitkan ulang' }));
		await vi.waitFor(async () => expect((await db.publikasiSkm.get(id))!.saran).toEqual([]));
		expect(await db.publikasiSkm.count()).toBe(1);
		expect((await db.publikasiSkm.get(id))!.diterbitkan.waktu >= before.diterbitkan.waktu).toBe(
			true
		);
	});
});

describe('publishing the pemda page', () => {
	it('refuses an empty pemda name with the reason and stores nothing', async () => {
		await pemdaPanel();
		const name = await screen.findByLabelText('Nama pemda');
		await fireEvent.input(name, { target: { value: '   ' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Terbitkan halaman pemda' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Nama pemda wajib diisi.');
		const db = await database();
		expect(await db.publikasiSkm.get(`pemda:${PERIODE}`)).toBeUndefined();
	});

	it('stores the pemda figures and every unit with respondents under the typed name', async () => {
		await pemdaPanel();
		const name = (await screen.findAllByLabelText('Nama pemda')).at(-1)!;
		await fireEvent.input(name, { target: { value: 'Pemerintah Kota Wiradesa' } });
		await fireEvent.click(
			screen.getAllByRole('button', { name: 'Terbitkan halaman pemda' }).at(-1)!
		);
		const db = await database();
		await vi.waitFor(async () =>
			expect(await db.publikasiSkm.get(`pemda:${PERIODE}`)).toBeDefined()
		);
		expect(await db.publikasiSkm.get(`pemda:${PERIODE}`)).toMatchObject({
			nama: 'Pemerintah Kota Wiradesa',
			responden: 3,
			units: [{ unitId: unit.id, responden: 3 }],
			saran: []
		});
	});
});

describe('someone other than the admin', () => {
	it('sees neither panel: both go away when the device’s user is OPD staff', async () => {
		const db = await database();
		await unitPanel();
		await pemdaPanel();
		await screen.findByTestId('publish-panel');
		await screen.findAllByTestId('publish-pemda-panel');
		try {
			await setUser(db, { nama: 'demo-opd', peran: 'opd', unitIds: [unit.id] });
			await vi.waitFor(() => {
				expect(screen.queryByTestId('publish-panel')).toBeNull();
				expect(screen.queryByTestId('publish-pemda-panel')).toBeNull();
			});
		} finally {
			await setUser(db, admin);
		}
	});
});
