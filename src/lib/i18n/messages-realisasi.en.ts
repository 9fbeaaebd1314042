/** English of ./pesan-realisasi.ts (the same keys), loaded only when someone reads the app in English. */
import type { id } from './messages-realisasi';

export const en: Record<keyof typeof id, string> = {
	'realisasi.judul': 'Quarterly realisation',
	'realisasi.kePengaturan': 'Open Settings',
	'realisasi.bukanPeran':
		'This screen is for OPD staff and the admin. This device’s user is {peran}.',
	'realisasi.opdTidakAda': 'This user’s OPD was not found. Check the OPD chosen in Settings.',
	'realisasi.tanpaPeriode': 'There are no quarters yet. The admin adds them under Admin.',
	'realisasi.pilihOpd': 'OPD',
	'realisasi.pilihOpdDulu': 'Choose an OPD to open its entry.',
	'realisasi.tabLabel': 'Parts of the realisation screen',
	'realisasi.tabEntri': 'OPD entry',
	'realisasi.tabVerifikasi': 'Awaiting verification ({n})',

	'realisasi.statusBaru': 'No entry yet',
	'realisasi.hanyaBaca.diajukan':
		'This entry was submitted and awaits the admin’s verification, so it cannot be changed.',
	'realisasi.hanyaBaca.diverifikasi':
		'This entry is verified. Only the admin can change or reopen it.',
	'realisasi.hanyaBaca.lain': 'You can only read this entry.',
	'realisasi.adminUbah':
		'As admin you can change this entry; the change is recorded in the history as "changed by admin".',
	'realisasi.dikembalikan': 'Returned by {oleh}, {waktu}. Note:',
	'realisasi.belumDisimpan': 'There are unsaved changes.',

	'realisasi.drafAda': 'There is unsaved input from {waktu}.',
	'realisasi.drafBerubah':
		'This entry has changed since that input was typed. Check before saving.',
	'realisasi.drafTidakBisa':
		'That input cannot be restored because you can no longer change this entry.',
	'realisasi.pulihkan': 'Restore input',
	'realisasi.buang': 'Discard',

	'realisasi.anggaran': 'Budget',
	'realisasi.pagu': 'Budget ceiling (pagu)',
	'realisasi.realisasiAnggaran': 'Budget realisation (cumulative)',
	'realisasi.contohRupiah': 'Digits only, e.g. 1.250.000.000',
	'realisasi.usulanPagu': 'No budget ceiling for this quarter yet. Ceiling of {periode}: {nilai}.',
	'realisasi.pakaiUsulan': 'Use the ceiling of {periode}',
	'realisasi.persenPagu': '{persen} of the ceiling',
	'realisasi.fisik': 'Physical progress',
	'realisasi.realisasiFisik': 'Physical progress (%)',
	'realisasi.contohPersen': 'A number 0–100, e.g. 75,5',
	'realisasi.indikator': 'Program performance indicators',
	'realisasi.tanpaIndikator': 'This OPD has no indicators for {tahun} yet.',
	'realisasi.satuan': 'Unit: {satuan}',
	'realisasi.target': 'Target {periode}: {target}',
	'realisasi.tanpaTarget': 'No target for {periode}: not scored',
	'realisasi.realisasiIndikator': 'Actual {periode} ({satuan})',
	'realisasi.capaian': 'Achievement: {nilai}',
	'realisasi.p3dn': 'P3DN (use of domestic products)',
	'realisasi.realisasiPdn': 'Spending on domestic products',
	'realisasi.komitmenPdn': 'Commitment to domestic products',
	'realisasi.totalPengadaan': 'Total procurement',
	'realisasi.nilaiP3dn': 'P3DN: {persen}',
	'realisasi.catatanAnggaran': 'Budget note',
	'realisasi.catatanFisik': 'Physical progress note',
	'realisasi.catatanP3dn': 'P3DN note',
	'realisasi.catatanIndikator': 'Note on this indicator',
	'realisasi.catatanUmum': 'General note',

	'realisasi.indeksLangsung': 'Index of this input',
	'realisasi.indeksPenjelasan':
		'Computed directly from the figures typed, before saving, with the pemda’s settings.',
	'realisasi.indeksRingkas': 'Index {periode}',

	'realisasi.simpan': 'Save draft',
	'realisasi.simpanAdmin': 'Save changes',
	'realisasi.ajukan': 'Submit for verification',
	'realisasi.verifikasi': 'Verify',
	'realisasi.kembalikan': 'Return to the OPD',
	'realisasi.catatanKembalikan': 'Note to the OPD (required): what must be fixed',
	'realisasi.kirimKembalikan': 'Return with this note',
	'realisasi.batal': 'Cancel',
	'realisasi.hasil.simpan': 'Saved',
	'realisasi.hasil.ajukan': 'Saved and submitted for verification',
	'realisasi.hasil.verifikasi': 'Saved: entry verified',
	'realisasi.hasil.kembalikan': 'Saved: entry returned to the OPD',
	'realisasi.hasil.buka-kembali': 'Saved: entry reopened as a draft for the OPD',
	'realisasi.bukaKembali': 'Reopen',
	'realisasi.bukaKembaliPenjelasan':
		'The entry becomes a draft again: the OPD can correct and resubmit it. Your reason is recorded in the history and shown to the OPD.',
	'realisasi.alasanBukaKembaliLabel': 'Reason for reopening (required)',
	'realisasi.kirimBukaKembali': 'Reopen with this reason',
	'realisasi.dibukaKembali': 'Reopened by {oleh}, {waktu}. Reason:',
	'realisasi.konfirmasiVerifikasi': 'Verify the entry of {unit}, {periode}?',
	'realisasi.konfirmasiPenjelasan':
		'Check the figures. Once verified, the OPD can no longer change it; only the admin can reopen it.',
	'realisasi.indeks': 'Index',
	'realisasi.tidakTersimpan': 'Not saved: fix the {n} fields marked in red.',
	'realisasi.simpanDulu': 'Save your changes before verifying or returning.',
	'realisasi.tidakValid': 'The entry failed the data checks:',
	'realisasi.gagalSimpan':
		'The entry could not be saved on this device. Try again; if it keeps failing, reload the page.',

	'realisasi.isian.bukanRupiah': 'Not a Rupiah amount. Type digits only, e.g. 1.250.000.000',
	'realisasi.isian.bukanAngka': 'Not a number. Example: 75,5',
	'realisasi.isian.negatif': 'Must not be negative',
	'realisasi.isian.fisikMaks': 'Physical progress is at most 100%',
	'realisasi.isian.terlaluBesar': 'Number too large',
	'realisasi.isian.melebihiPagu': 'Above the budget ceiling. Check again (can still be saved).',
	'realisasi.isian.pdnMelebihiPengadaan':
		'Above total procurement. Check again (can still be saved).',

	'realisasi.riwayat': 'History',
	'realisasi.riwayatKosong': 'No changes recorded yet.',
	'realisasi.riwayat.simpan': 'Saved',
	'realisasi.riwayat.ajukan': 'Submitted',
	'realisasi.riwayat.verifikasi': 'Verified',
	'realisasi.riwayat.kembalikan': 'Returned',
	'realisasi.riwayat.buka-kembali': 'Reopened',
	'realisasi.riwayat.ubah-admin': 'Changed by admin',
	'realisasi.riwayat.impor': 'Imported',

	'realisasi.menunggu': 'Awaiting verification',
	'realisasi.menungguKosong': 'No entries await verification for {periode}.',
	'realisasi.diajukanOleh': 'Submitted by {oleh}, {waktu}',
	'realisasi.diajukanTanpaRiwayat': 'Submitted (no history)',
	'realisasi.buka': 'Open',

	'err.indikatorTerlaluBanyak': 'Too many indicator rows in one entry (max. 200)',
	'err.terlaluPanjang': 'Text too long (max. {maks} characters)'
};
