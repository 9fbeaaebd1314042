/**
 * The demo's SKM follow-up: three units planned action on their three lowest unsur of TW III
 * (pre-filled the way the app pre-fills a new RTL), carried it out in TW IV, and Dinkes held a
 * Forum Konsultasi Publik on its result. TW IV's survey then shows whether each targeted unsur
 * moved. Pure and deterministic, like the rest of the demo.
 */
import { computeSkm } from '$lib/domain/skm';
import type { ForumKonsultasi, Rtl, RtlItem, SkmResponse } from '$lib/domain/schemas';
import { rtlId } from '$lib/domain/tindak-lanjut';
import { unsurIdOf, type UnsurId } from '$lib/domain/unsur';
import { DEMO_PREFIX } from './catalog';

const PLANNED = '2026-TW3';
const WRITTEN = '2026-10-12T09:00:00+07:00';

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

export function demoFollowUp(responses: readonly SkmResponse[]): {
	rtl: Rtl[];
	forumKonsultasi: ForumKonsultasi[];
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
	return { rtl, forumKonsultasi };
}
