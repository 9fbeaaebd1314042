/**
 * Role × operation matrix, part 1: who reads each database, and who writes master data.
 * Anonymous requests read and write nothing.
 */
import { toDocument } from '../../src/lib/domain/document.ts';
import { unit, type Siapa } from './helpers/factories.ts';
import { ANONIM, BOLEH, BUKAN_ANGGOTA, ditolak, putDoc, type Harapan } from './helpers/http.ts';
import { MASTER, matriks, REALISASI, SEMUA, SKM, type Kasus } from './helpers/matrix.ts';

/** Reads: who may read each database. */
function bacaan(): Kasus[] {
	const readers: Record<string, Siapa[]> = {
		[MASTER]: ['admin', 'enumA', 'enumB', 'opdX', 'opdY', 'reviewer'],
		[SKM]: ['admin', 'enumA', 'enumB', 'reviewer'],
		[REALISASI]: ['admin', 'opdX', 'opdY', 'reviewer']
	};
	return Object.entries(readers).flatMap(([db, boleh]) =>
		SEMUA.flatMap((siapa): Kasus[] => {
			const harapan =
				siapa === 'anonymous' ? ANONIM : boleh.includes(siapa) ? BOLEH : BUKAN_ANGGOTA;
			return [
				{ siapa, apa: `lists ${db}`, jalankan: (c) => c.raw('GET', `/${db}/_all_docs`), harapan },
				{
					siapa,
					apa: `follows ${db} changes`,
					jalankan: (c) => c.raw('GET', `/${db}/_changes`),
					harapan
				}
			];
		})
	);
}

/** Master data: only the admin writes it. */
function master(): Kasus[] {
	const harapan: Record<Siapa, Harapan> = {
		anonymous: ANONIM,
		admin: BOLEH,
		enumA: ditolak('akses.hanyaAdmin'),
		enumB: ditolak('akses.hanyaAdmin'),
		opdX: ditolak('akses.hanyaAdmin'),
		opdY: ditolak('akses.hanyaAdmin'),
		reviewer: ditolak('akses.hanyaAdmin')
	};
	return SEMUA.flatMap((siapa): Kasus[] => [
		{
			siapa,
			apa: 'creates a unit',
			jalankan: (c) => putDoc(c, MASTER, unit(`u-${siapa}-${Date.now()}`, 'upt', false)),
			harapan: harapan[siapa]
		},
		{
			siapa,
			apa: 'changes the settings',
			jalankan: (c) =>
				putDoc(c, MASTER, {
					...toDocument('pengaturan', {
						id: `pemda-${siapa}`,
						bobotIndeks: { anggaran: 25, fisik: 25, kinerja: 40, p3dn: 10 },
						batasCapaian: 120,
						rumusNegatif: 'selisih',
						rumusP3dn: 'komitmen',
						zona: { hijau: 76, kuning: 51 },
						bobotSkm: 'eksak',
						ikmPemda: 'rerata-unit',
						penomoranUnsur: 'permen'
					})
				}),
			harapan: harapan[siapa]
		}
	]);
}

matriks('reads and master data', [...bacaan(), ...master()]);
