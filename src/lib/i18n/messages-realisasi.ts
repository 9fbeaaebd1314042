/** Messages of the realisasi screens: Bahasa Indonesia first; English must have the same keys. */
export const id = {
	'realisasi.judul': 'Realisasi triwulan',
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
		'Entri ini sudah diverifikasi. Hanya admin yang dapat mengubahnya atau membukanya kembali.',
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
	'realisasi.hasil.buka-kembali': 'Tersimpan: entri dibuka kembali sebagai draf untuk OPD',
	'realisasi.bukaKembali': 'Buka kembali',
	'realisasi.bukaKembaliPenjelasan':
		'Entri kembali menjadi draf: OPD dapat memperbaiki dan mengajukannya lagi. Alasan Anda dicatat di riwayat dan ditampilkan kepada OPD.',
	'realisasi.alasanBukaKembaliLabel': 'Alasan membuka kembali (wajib)',
	'realisasi.kirimBukaKembali': 'Buka kembali dengan alasan ini',
	'realisasi.dibukaKembali': 'Dibuka kembali oleh {oleh}, {waktu}. Alasan:',
	'realisasi.konfirmasiVerifikasi': 'Verifikasi entri {unit}, {periode}?',
	'realisasi.konfirmasiPenjelasan':
		'Periksa angkanya. Setelah diverifikasi, OPD tidak dapat mengubahnya lagi; hanya admin yang dapat membukanya kembali.',
	'realisasi.indeks': 'Indeks',
	'realisasi.tidakTersimpan': 'Belum disimpan: perbaiki {n} isian yang ditandai merah.',
	'realisasi.simpanDulu': 'Simpan dulu perubahan Anda sebelum memverifikasi atau mengembalikan.',
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
	'realisasi.riwayat.buka-kembali': 'Dibuka kembali',
	'realisasi.riwayat.ubah-admin': 'Diubah admin',
	'realisasi.riwayat.impor': 'Diimpor',

	'realisasi.menunggu': 'Menunggu verifikasi',
	'realisasi.menungguKosong': 'Tidak ada entri yang menunggu verifikasi pada {periode}.',
	'realisasi.diajukanOleh': 'Diajukan {oleh}, {waktu}',
	'realisasi.diajukanTanpaRiwayat': 'Diajukan (tanpa riwayat)',
	'realisasi.buka': 'Buka',

	'err.indikatorTerlaluBanyak': 'Terlalu banyak baris indikator dalam satu entri (maks. 200)',
	'err.terlaluPanjang': 'Teks terlalu panjang (maks. {maks} karakter)'
} as const;
