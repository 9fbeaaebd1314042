/**
 * The demo's SKM follow-up: three units planned action on their three lowest unsur of TW III
 * (pre-filled the way the app pre-fills a new RTL), carried it out in TW IV, and Dinkes held a
 * Forum Konsultasi Publik on its result. TW IV's survey then shows whether each targeted unsur
 * moved. The admin published those three units' TW III results with at most two saran each, so
 * /publik has something to show. Pure and deterministic, like the rest of the demo.
 */
import { computeSkm } from '$lib/domain/skm';
import { publikasiUnit } from '$lib/domain/publikasi';
import type {
	ForumKonsultasi,
	PublikasiSkm,
	Rtl,
	RtlItem,
	SkmResponse,
	Unit
} from '$lib/domain/schemas';
import { rtlId } from '$lib/domain/tindak-lanjut';
import { unsurIdOf, type UnsurId } from '$lib/domain/unsur';
import { DEMO_PREFIX } from './catalog';

const PLANNED = '2026-TW3';
const WRITTEN = '2026-10-12T09:00:00+07:00';
const PUBLISHED = '2026-10-15T10:00:00+07:00';
/** Saran the demo admin approved for each published unit. */
const APPROVED_SARAN = 2;

/** One action per unsur, as a unit's head would write it. */
const ACTION: Record<UnsurId, string> = {
	persyaratan: 'Memasang daftar persyaratan layanan di loket dan di laman unit',
	prosedur: 'Menyederhanakan alur layanan dan menempel bagan alur di ruang tunggu',
	waktu: 'Menambah petugas loket pada jam sibuk dan memasang nomor antrean',
	biaya: 'Mengumumkan tarif resmi (atau gratis) di papan informasi loket',
	produk: 'Memeriksa ulang produk layanan sebelum diserahkan kepada pemohon',
	kompetensi: 'Pelatihan teknis layanan bagi petugas loket',
	perilaku: 'Pelatihan pelayanan prima dan survei sikap petugas tiap bulan',
	pengaduan: 'Membuka kanal pengaduan WhatsApp dan menjawab dalam 3 hari kerja',
	sarana: 'Memperbaiki ruang tunggu: kursi, kipas angin dan toilet'
};

const PLANS: readonly { key: string; penanggungJawab: string; progres: RtlItem['progres'][] }[] = [
	{
		key: 'dinkes',
		penanggungJawab: 'Kepala Subbagian Umum',
		progres: ['selesai', 'berjalan', 'belum']
	},
	{
		key: 'disdukcapil',
		penanggungJawab: 'Kepala Bidang Pelayanan',
		progres: ['selesai', 'selesai', 'berjalan']
	},
	{
		key: 'kel-sukorejo',
		penanggungJawab: 'Sekretaris Kelurahan',
		progres: ['berjalan', 'belum', 'belum']
	}
];

function rtlOf(
	unitId: string,
	responses: readonly SkmResponse[],
	plan: (typeof PLANS)[number]
): Rtl | null {
	const own = responses.filter((r) => r.unitId === unitId && r.periodeId === PLANNED);
	const lowest = computeSkm(own.map((r) => r.jawaban)).unsurTerendah;
	if (lowest.length === 0) return null;
	return {
		id: rtlId(unitId, PLANNED),
		unitId,
		periodeId: PLANNED,
		butir: lowest.map((unsur, i) => {
			const progres = plan.progres[i] ?? 'belum';
			const item: RtlItem = {
				unsur,
				program: ACTION[unsurIdOf(unsur, 'permen')],
				triwulan: [4],
				penanggungJawab: plan.penanggungJawab,
				progres
			};
			if (progres !== 'belum') {
				item.catatanProgres =
					progres === 'selesai' ? 'Sudah dilaksanakan.' : 'Sedang dikerjakan bersama bagian umum.';
				item.tanggalProgres = progres === 'selesai' ? '2026-11-20' : '2026-11-27';
			}
			return item;
		}),
		riwayat: [{ oleh: 'demo-admin', waktu: WRITTEN }]
	};
}

/**
 * A unit's published TW III result, as the admin's Terbitkan computes it with the default
 * settings: its figures, its RTL rows and the first distinct saran, approved.
 */
function publikasiOf(unit: Unit, responses: readonly SkmResponse[], rtl: Rtl): PublikasiSkm {
	const own = responses.filter((r) => r.unitId === unit.id && r.periodeId === PLANNED);
	const saran = [...new Set(own.flatMap((r) => (r.saran?.trim() ? [r.saran.trim()] : [])))];
	return publikasiUnit({
		unit,
		periodeId: PLANNED,
		hasil: computeSkm(own.map((r) => r.jawaban)),
		rtl,
		approvedSaran: saran.slice(0, APPROVED_SARAN),
		author: { oleh: 'demo-admin', waktu: PUBLISHED }
	});
}

export function demoFollowUp(
	units: readonly Unit[],
	responses: readonly SkmResponse[]
): {
	rtl: Rtl[];
	forumKonsultasi: ForumKonsultasi[];
	publikasiSkm: PublikasiSkm[];
} {
	const rtl = PLANS.map((plan) => rtlOf(DEMO_PREFIX + plan.key, responses, plan)).filter(
		(r): r is Rtl => r !== null
	);
	const dinkes = rtl.find((r) => r.unitId === `${DEMO_PREFIX}dinkes`);
	const forumKonsultasi: ForumKonsultasi[] = [
		{
			id: `${DEMO_PREFIX}forum-dinkes-2026-tw3`,
			unitId: `${DEMO_PREFIX}dinkes`,
			periodeId: PLANNED,
			tanggal: '2026-10-08',
			peserta: 27,
			pokok: [
				'Antrean pagi panjang, nomor antrean sering habis sebelum pukul 09.00',
				'Warga belum tahu ke mana menyampaikan pengaduan'
			],
			kesepakatan: (dinkes?.butir ?? [])
				.slice(0, 2)
				.map((b) => ({ teks: b.program, unsur: b.unsur })),
			riwayat: [{ oleh: 'demo-admin', waktu: '2026-10-08T14:00:00+07:00' }]
		}
	];
	const publikasiSkm = rtl.flatMap((plan) => {
		const unit = units.find((u) => u.id === plan.unitId);
		return unit ? [publikasiOf(unit, responses, plan)] : [];
	});
	return { rtl, forumKonsultasi, publikasiSkm };
}
