/** Messages of the realisasi screens: Bahasa Indonesia first; English must have the same keys. */
const id = {
	'realisasi.judul': 'Realisasi triwulan',
	'realisasi.tanpaPengguna':
		'Perangkat ini belum punya pengguna. Isi dulu "Pengguna perangkat ini" di Pengaturan.',
	'realisasi.kePengaturan': 'Buka Pengaturan',
	'realisasi.bukanPeran':
		'Layar ini untuk staf OPD dan admin. Pengguna perangkat ini berperan {peran}.',
	'realisasi.opdTidakAda': 'OPD pengguna ini tidak ditemukan. Periksa pilihan OPD di Pengaturan.',
	'realisasi.tanpaPeriode': 'Belum ada triwulan. Admin menambahkannya di menu Admin.',
	'realisasi.pilihOpd': 'OPD',
	'realisasi.pilihOpdDulu': 'Pilih OPD untuk membuka entrinya.',
	'realisasi.tabLabel': 'Bagian layar realisasi',
	'realisasi.tabEntri': 'Entri OPD',
	'realisasi.tabVerifikasi': 'Menunggu verifikasi ({n})',

	'realisasi.statusBaru': 'Belum ada entri',
	'realisasi.hanyaBaca.diajukan':
		'Entri ini sudah diajukan dan menunggu verifikasi admin, jadi tidak dapat diubah.',
	'realisasi.hanyaBaca.diverifikasi':
		'Entri ini sudah diverifikasi. Hanya admin yang dapat mengubahnya.',
	'realisasi.hanyaBaca.lain': 'Anda hanya dapat membaca entri ini.',
	'realisasi.adminUbah':
		'Sebagai admin Anda dapat mengubah entri ini; perubahan dicatat di riwayat sebagai "diubah admin".',
	'realisasi.dikembalikan': 'Dikembalikan oleh {oleh}, {waktu}. Catatan:',
	'realisasi.belumDisimpan': 'Ada perubahan yang belum disimpan.',

	'realisasi.drafAda': 'Ada isian yang belum disimpan dari {waktu}.',
	'realisasi.drafBerubah':
		'Entri ini sudah berubah sejak isian itu diketik. Periksa lagi sebelum menyimpan.',
	'realisasi.drafTidakBisa':
		'Isian itu tidak dapat dipulihkan karena entri ini tidak dapat Anda ubah lagi.',
	'realisasi.pulihkan': 'Pulihkan isian',
	'realisasi.buang': 'Buang',

	'realisasi.anggaran': 'Anggaran',
	'realisasi.pagu': 'Pagu',
	'realisasi.realisasiAnggaran': 'Realisasi anggaran (kumulatif)',
	'realisasi.contohRupiah': 'Angka saja, contoh 1.250.000.000',
	'realisasi.usulanPagu': 'Belum ada pagu triwulan ini. Pagu {periode}: {nilai}.',
	'realisasi.pakaiUsulan': 'Pakai pagu {periode}',
	'realisasi.persenPagu': '{persen} dari pagu',
	'realisasi.fisik': 'Realisasi fisik',
	'realisasi.realisasiFisik': 'Realisasi fisik (%)',
	'realisasi.contohPersen': 'Angka 0–100, contoh 75,5',
	'realisasi.indikator': 'Indikator kinerja program',
	'realisasi.tanpaIndikator': 'OPD ini belum punya indikator untuk tahun {tahun}.',
	'realisasi.satuan': 'Satuan: {satuan}',
	'realisasi.target': 'Target {periode}: {target}',
	'realisasi.tanpaTarget': 'Tanpa target {periode}: tidak dihitung',
	'realisasi.realisasiIndikator': 'Realisasi {periode} ({satuan})',
	'realisasi.capaian': 'Capaian: {nilai}',
	'realisasi.p3dn': 'P3DN (penggunaan produk dalam negeri)',
	'realisasi.realisasiPdn': 'Realisasi belanja produk dalam negeri',
	'realisasi.komitmenPdn': 'Komitmen belanja produk dalam negeri',
	'realisasi.totalPengadaan': 'Total pengadaan barang/jasa',
	'realisasi.nilaiP3dn': 'P3DN: {persen}',
	'realisasi.catatanAnggaran': 'Catatan anggaran',
	'realisasi.catatanFisik': 'Catatan realisasi fisik',
	'realisasi.catatanP3dn': 'Catatan P3DN',
	'realisasi.catatanIndikator': 'Catatan indikator ini',
	'realisasi.catatanUmum': 'Catatan umum',

	'realisasi.indeksLangsung': 'Indeks dari isian ini',
	'realisasi.indeksPenjelasan':
		'Dihitung langsung dari angka yang diketik, sebelum disimpan, dengan pengaturan pemda.',
	'realisasi.indeksRingkas': 'Indeks {periode}',

	'realisasi.simpan': 'Simpan draf',
	'realisasi.simpanAdmin': 'Simpan perubahan',
	'realisasi.ajukan': 'Ajukan untuk verifikasi',
	'realisasi.verifikasi': 'Verifikasi',
	'realisasi.kembalikan': 'Kembalikan ke OPD',
	'realisasi.catatanKembalikan': 'Catatan untuk OPD (wajib): apa yang harus diperbaiki',
	'realisasi.kirimKembalikan': 'Kembalikan dengan catatan ini',
	'realisasi.batal': 'Batal',
	'realisasi.hasil.simpan': 'Tersimpan',
	'realisasi.hasil.ajukan': 'Tersimpan dan diajukan untuk verifikasi',
	'realisasi.hasil.verifikasi': 'Tersimpan: entri diverifikasi',
	'realisasi.hasil.kembalikan': 'Tersimpan: entri dikembalikan ke OPD',
	'realisasi.tidakTersimpan': 'Belum disimpan: perbaiki {n} isian yang ditandai merah.',
	'realisasi.simpanDulu': 'Simpan dulu perubahan Anda sebelum memverifikasi atau mengembalikan.',
	'realisasi.tidakBoleh': 'Anda tidak dapat melakukan ini pada entri dengan status sekarang.',
	'realisasi.tanpaNilai': 'Tidak ada isian untuk disimpan.',
	'realisasi.belumLengkap': 'Belum dapat diajukan. Masih kurang:',
	'realisasi.indikatorKosong': 'realisasi setiap indikator yang bertarget',
	'realisasi.tidakValid': 'Entri ditolak pemeriksaan data:',
	'realisasi.gagalSimpan':
		'Entri tidak dapat disimpan di perangkat ini. Coba lagi; jika berulang, muat ulang halaman.',

	'realisasi.isian.bukanRupiah': 'Bukan jumlah Rupiah. Ketik angka saja, contoh 1.250.000.000',
	'realisasi.isian.bukanAngka': 'Bukan angka. Contoh: 75,5',
	'realisasi.isian.negatif': 'Tidak boleh negatif',
	'realisasi.isian.fisikMaks': 'Realisasi fisik paling tinggi 100%',
	'realisasi.isian.terlaluBesar': 'Angka terlalu besar',
	'realisasi.isian.melebihiPagu': 'Melebihi pagu. Periksa lagi (tetap dapat disimpan).',
	'realisasi.isian.pdnMelebihiPengadaan':
		'Melebihi total pengadaan. Periksa lagi (tetap dapat disimpan).',

	'realisasi.riwayat': 'Riwayat',
	'realisasi.riwayatKosong': 'Belum ada riwayat perubahan.',
	'realisasi.riwayat.simpan': 'Disimpan',
	'realisasi.riwayat.ajukan': 'Diajukan',
	'realisasi.riwayat.verifikasi': 'Diverifikasi',
	'realisasi.riwayat.kembalikan': 'Dikembalikan',
	'realisasi.riwayat.ubah-admin': 'Diubah admin',
	'realisasi.riwayat.impor': 'Diimpor',

	'realisasi.menunggu': 'Menunggu verifikasi',
	'realisasi.menungguKosong': 'Tidak ada entri yang menunggu verifikasi pada {periode}.',
	'realisasi.diajukanOleh': 'Diajukan {oleh}, {waktu}',
	'realisasi.diajukanTanpaRiwayat': 'Diajukan (tanpa riwayat)',
	'realisasi.buka': 'Buka',

	'err.catatanKembalikan': 'Tulis catatan untuk OPD (minimal 3 karakter)',
	'err.indikatorTerlaluBanyak': 'Terlalu banyak baris indikator dalam satu entri (maks. 200)',
	'err.terlaluPanjang': 'Teks terlalu panjang (maks. {maks} karakter)'
} as const;

const en: Record<keyof typeof id, string> = {
	'realisasi.judul': 'Quarterly realisation',
	'realisasi.tanpaPengguna':
		'This device has no user yet. Fill in "User of this device" in Settings first.',
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
	'realisasi.hanyaBaca.diverifikasi': 'This entry is verified. Only the admin can change it.',
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
	'realisasi.tidakTersimpan': 'Not saved: fix the {n} fields marked in red.',
	'realisasi.simpanDulu': 'Save your changes before verifying or returning.',
	'realisasi.tidakBoleh': 'You cannot do this to an entry with its current status.',
	'realisasi.tanpaNilai': 'Nothing to save.',
	'realisasi.belumLengkap': 'Cannot be submitted yet. Still missing:',
	'realisasi.indikatorKosong': 'the actual of every indicator with a target',
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
	'realisasi.riwayat.ubah-admin': 'Changed by admin',
	'realisasi.riwayat.impor': 'Imported',

	'realisasi.menunggu': 'Awaiting verification',
	'realisasi.menungguKosong': 'No entries await verification for {periode}.',
	'realisasi.diajukanOleh': 'Submitted by {oleh}, {waktu}',
	'realisasi.diajukanTanpaRiwayat': 'Submitted (no history)',
	'realisasi.buka': 'Open',

	'err.catatanKembalikan': 'Write a note to the OPD (at least 3 characters)',
	'err.indikatorTerlaluBanyak': 'Too many indicator rows in one entry (max. 200)',
	'err.terlaluPanjang': 'Text too long (max. {maks} characters)'
};

export const pesan = { id, en };
