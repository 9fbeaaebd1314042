/**
 * Role × operation matrix, part 1: who reads each database, and who writes master data.
 * Anonymous requests read and write nothing.
 */
import { toDocument } from '../../src/lib/domain/document.ts';
import { unit, type Who } from './helpers/factories.ts';
import { ANONYMOUS, CAN, NON_MEMBER, refused, putDoc, type Expectation } from './helpers/http.ts';
import { MASTER, matrix, REALISASI, EVERYONE, SKM, type Case } from './helpers/matrix.ts';

/** Reads: who may read each database. */
function reads(): Case[] {
	const readers: Record<string, Who[]> = {
		[MASTER]: ['admin', 'enumA', 'enumB', 'opdX', 'opdY', 'reviewer'],
		[SKM]: ['admin', 'enumA', 'enumB', 'reviewer'],
		[REALISASI]: ['admin', 'opdX', 'opdY', 'reviewer']
	};
	return Object.entries(readers).flatMap(([db, boleh]) =>
		EVERYONE.flatMap((siapa): Case[] => {
			const harapan = siapa === 'anonymous' ? ANONYMOUS : boleh.includes(siapa) ? CAN : NON_MEMBER;
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
function master(): Case[] {
	const harapan: Record<Who, Expectation> = {
		anonymous: ANONYMOUS,
		admin: CAN,
		enumA: refused('akses.hanyaAdmin'),
		enumB: refused('akses.hanyaAdmin'),
		opdX: refused('akses.hanyaAdmin'),
		opdY: refused('akses.hanyaAdmin'),
		reviewer: refused('akses.hanyaAdmin')
	};
	return EVERYONE.flatMap((siapa): Case[] => [
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

matrix('reads and master data', [...reads(), ...master()]);
