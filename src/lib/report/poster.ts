/**
 * Printable A4 posters for the counters of service units: the unit's kiosk link as a large QR
 * code, with short instructions for citizens and for the staff who set up the kiosk tablet.
 */
import type { Block } from './document';
import { qrMatrix } from './qr';
import type { ReportText } from './text';

/** The kiosk link of one unit: `/kiosk?unit=<id>` under the app's own address. */
export function kioskLink(base: string, unitId: string): string {
	const url = new URL(base);
	url.searchParams.set('unit', unitId);
	return url.href;
}

/** QR side in points (12 cm), large enough to scan from arm's length. */
const QR_SIDE = 340;

export function posterBlock(
	units: readonly { id: string; nama: string }[],
	baseKiosk: string,
	text: ReportText
): Block[] {
	return units.flatMap((unit): Block[] => {
		const tautan = kioskLink(baseKiosk, unit.id);
		return [
			{
				jenis: 'judul',
				tingkat: 1,
				halamanBaru: true,
				tengah: true,
				ukuran: 24,
				teks: text.t('skm.judul')
			},
			{ jenis: 'judul', tingkat: 2, tengah: true, ukuran: 20, teks: unit.nama },
			{ jenis: 'paragraf', tengah: true, ukuran: 13, teks: text.t('poster.ajakan') },
			{ jenis: 'jarak', tinggi: 6 },
			{ jenis: 'qr', modul: qrMatrix(tautan), sisi: QR_SIDE },
			{ jenis: 'paragraf', tengah: true, kecil: true, teks: tautan },
			{ jenis: 'judul', tingkat: 3, teks: text.t('poster.caraJudul') },
			{
				jenis: 'daftar',
				bernomor: true,
				butir: [text.t('poster.cara1'), text.t('poster.cara2'), text.t('poster.cara3')]
			},
			{ jenis: 'paragraf', teks: text.t('poster.rahasia') },
			{ jenis: 'jarak', tinggi: 10 },
			{ jenis: 'paragraf', kecil: true, teks: text.t('poster.petugas') }
		];
	});
}
