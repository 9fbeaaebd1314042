/** Messages of the admin screens: Bahasa Indonesia first; English must have the same keys. */
const id = {
	'admin.judul': 'Admin: data induk',
	'admin.penjelasan':
		'Unit, jenis layanan, populasi, indikator dan periode yang dipakai semua perhitungan di perangkat ini.',
	'admin.hanyaAdmin': 'Halaman ini hanya untuk admin',
	'admin.belumAdaPengguna':
		'Pengguna perangkat ini belum dinyatakan. Isi "Pengguna perangkat ini" di Pengaturan dengan peran Admin untuk mengelola data induk.',
	'admin.bukanAdmin':
		'Pengguna perangkat ini adalah {nama} ({peran}). Data induk hanya dapat diubah oleh admin.',
	'admin.kePengaturan': 'Buka Pengaturan',
	'admin.nav.label': 'Menu admin',
	'admin.nav.ringkasan': 'Ringkasan',
	'admin.nav.unit': 'Unit',
	'admin.nav.jenisLayanan': 'Jenis layanan',
	'admin.nav.populasi': 'Populasi',
	'admin.nav.indikator': 'Indikator',
	'admin.nav.periode': 'Periode',
	'admin.nav.impor': 'Impor & ekspor',
	'admin.nav.pengaturan': 'Bobot & pengaturan',
	'admin.ringkas.unit': '{n} unit (OPD, kecamatan, kelurahan, puskesmas…)',
	'admin.ringkas.jenisLayanan': '{n} jenis layanan',
	'admin.ringkas.populasi': '{n} isian populasi pengguna layanan',
	'admin.ringkas.indikator': '{n} indikator kinerja',
	'admin.ringkas.periode': '{n} triwulan',
	'admin.ringkas.impor': 'Templat, impor dan ekspor CSV/XLSX',
	'admin.ringkas.pengaturan': 'Bobot indeks, zona, bobot SKM: di halaman Pengaturan',
	'admin.simpan': 'Simpan',
	'admin.batal': 'Batal',
	'admin.ubah': 'Ubah',
	'admin.ubahNama': 'Ubah {nama}',
	'admin.tersimpanNama': 'Tersimpan: {nama}',
	'admin.periksaIsian': 'Periksa isian: {n} masalah ditandai di bawah kolomnya.',
	'admin.pilihUnit': '— pilih —',
	'admin.unitLayanan': 'Unit layanan',
	'admin.bukanSkm': 'tidak menjalankan SKM',
	'admin.tahun': 'Tahun',

	'admin.jenisUnit.sekretariat': 'Sekretariat',
	'admin.jenisUnit.dinas': 'Dinas',
	'admin.jenisUnit.badan': 'Badan',
	'admin.jenisUnit.bagian': 'Bagian',
	'admin.jenisUnit.kecamatan': 'Kecamatan',
	'admin.jenisUnit.kelurahan': 'Kelurahan',
	'admin.jenisUnit.puskesmas': 'Puskesmas',
	'admin.jenisUnit.upt': 'UPT',

	'admin.unit.judul': 'Unit',
	'admin.unit.penjelasan':
		'OPD, badan, kecamatan, kelurahan, puskesmas dan unit layanan lain, disusun menurut induknya.',
	'admin.unit.tambah': 'Tambah unit',
	'admin.unit.ubahJudul': 'Ubah unit: {nama}',
	'admin.unit.nama': 'Nama unit',
	'admin.unit.kode': 'Kode',
	'admin.unit.kodeBantuan':
		'Boleh dikosongkan: kode dibuat dari nama (mis. "Dinas Kesehatan" → dinas-kesehatan).',
	'admin.unit.kodeTetap': 'Kode tidak dapat diubah: data lain merujuk ke kode ini.',
	'admin.unit.singkatan': 'Singkatan',
	'admin.unit.jenis': 'Jenis',
	'admin.unit.induk': 'Unit induk',
	'admin.unit.tanpaInduk': '(tanpa induk)',
	'admin.unit.dinilaiIndeks': 'Dinilai dalam Indeks Kinerja OPD',
	'admin.unit.layananSkm': 'Menjalankan Survei Kepuasan Masyarakat (SKM)',
	'admin.unit.tandaIndeks': 'Indeks',
	'admin.unit.tandaSkm': 'SKM',
	'admin.unit.kosong': 'Belum ada unit. Tambahkan unit atau impor dari berkas.',

	'admin.jenis.judul': 'Jenis layanan',
	'admin.jenis.penjelasan':
		'Jenis layanan yang diterima responden, per unit layanan. Jenis yang tidak aktif tidak ditawarkan lagi di survei, tetapi jawaban lama tetap ada.',
	'admin.jenis.tambah': 'Tambah jenis layanan',
	'admin.jenis.ubahJudul': 'Ubah jenis layanan: {nama}',
	'admin.jenis.nama': 'Nama jenis layanan',
	'admin.jenis.status': 'Status',
	'admin.jenis.aktif': 'Aktif',
	'admin.jenis.nonaktif': 'Tidak aktif',
	'admin.jenis.kosong': 'Unit ini belum punya jenis layanan.',

	'admin.populasi.judul': 'Populasi pengguna layanan',
	'admin.populasi.penjelasan':
		'Jumlah pengguna layanan tiap unit dalam satu triwulan: N pada tabel Krejcie & Morgan untuk ukuran sampel SKM. Kosongkan untuk menghapus.',
	'admin.populasi.jumlah': 'Jumlah pengguna layanan',
	'admin.populasi.sampel': 'Sampel minimal',
	'admin.populasi.tersimpan': 'Tersimpan: {baru} baru, {berubah} diubah, {dihapus} dihapus.',
	'admin.populasi.tanpaPeriode': 'Belum ada periode. Tambahkan tahun di Admin → Periode.',
	'admin.populasi.tanpaUnit': 'Belum ada unit yang menjalankan SKM.',

	'admin.indikator.judul': 'Indikator kinerja',
	'admin.indikator.penjelasan':
		'Indikator kinerja program tiap OPD per tahun, dengan target kumulatif per triwulan dan polaritasnya.',
	'admin.indikator.opd': 'OPD',
	'admin.indikator.tambah': 'Tambah indikator',
	'admin.indikator.ubahJudul': 'Ubah indikator',
	'admin.indikator.nama': 'Nama indikator',
	'admin.indikator.satuan': 'Satuan',
	'admin.indikator.polaritas': 'Polaritas',
	'admin.indikator.positif': 'Positif (makin tinggi makin baik)',
	'admin.indikator.negatif': 'Negatif (makin rendah makin baik)',
	'admin.indikator.target': 'Target kumulatif per triwulan',
	'admin.indikator.targetBantuan':
		'Tulis angka seperti 97,5 atau 1.234,5; kosongkan triwulan tanpa target.',
	'admin.indikator.kosong': 'OPD ini belum punya indikator untuk tahun ini.',

	'admin.periode.judul': 'Periode',
	'admin.periode.penjelasan':
		'Setiap tahun terdiri atas empat triwulan (TW I Jan–Mar … TW IV Okt–Des). Menambah tahun membuat keempat triwulannya.',
	'admin.periode.tambah': 'Tambah tahun',
	'admin.periode.tambahTombol': 'Tambah tahun ini',
	'admin.periode.tahunSalah': 'Tahun harus bilangan bulat {min}–{maks}',
	'admin.periode.ditambah': 'Tahun {tahun} ditambahkan ({n} triwulan).',
	'admin.periode.sudahAda': 'Tahun {tahun} sudah ada.',

	'impor.judul': 'Impor & ekspor data induk',
	'impor.penjelasan':
		'Unduh templat, isi di Excel atau LibreOffice, lalu impor. Ekspor memakai format yang sama, jadi berkas ekspor dapat diubah dan diimpor kembali.',
	'impor.tabel': 'Data',
	'impor.jenis.unit': 'Unit',
	'impor.jenis.jenis-layanan': 'Jenis layanan',
	'impor.jenis.populasi': 'Populasi',
	'impor.jenis.indikator': 'Indikator',
	'impor.templatJudul': 'Templat',
	'impor.templatPenjelasan':
		'Baris judul kolom dan satu baris contoh; hapus contoh sebelum mengimpor.',
	'impor.templatCsv': 'Templat CSV',
	'impor.templatXlsx': 'Templat XLSX',
	'impor.kolomJudul': 'Kolom dan isinya',
	'impor.kolom': 'Kolom',
	'impor.isi': 'Isi',
	'impor.aturanUmum':
		'Semua kolom wajib ada di baris judul (urutan dan huruf besar/kecil bebas). CSV dengan koma atau titik koma, UTF-8; XLSX: lembar pertama. Ya/tidak: ya, tidak, 1, 0, true, false. Angka gaya Indonesia: 1.234,5.',
	'impor.imporJudul': 'Impor',
	'impor.pilihBerkas': 'Pilih berkas CSV atau XLSX',
	'impor.semuaAtauTidak':
		'Setiap baris diperiksa lebih dulu. Satu kesalahan saja membatalkan seluruh impor: tidak ada data yang berubah.',
	'impor.pratinjauJudul': 'Pratinjau: {berkas}',
	'impor.gagal': 'Berkas ini tidak dapat diimpor: {n} kesalahan.',
	'impor.gagalBaris': 'Berkas ini tidak dapat diimpor: {n} kesalahan di {baris} baris.',
	'impor.tidakAdaYangDiubah': 'Tidak ada data yang diubah. Perbaiki berkas, lalu pilih lagi.',
	'impor.kesalahanLain': '… dan {n} kesalahan lainnya.',
	'impor.tutup': 'Tutup',
	'impor.barisDibaca': 'Baris dibaca',
	'impor.baru': 'Baru',
	'impor.berubah': 'Berubah',
	'impor.tetap': 'Tetap',
	'impor.catatanTidakDihapus': 'Data yang tidak ada di berkas tidak dihapus.',
	'impor.konfirmasi': 'Impor {n} perubahan',
	'impor.tanpaPerubahan': 'Tidak ada perubahan',
	'impor.selesai': 'Impor selesai: {baru} baru, {berubah} diubah, {tetap} tetap.',
	'impor.eksporJudul': 'Ekspor',
	'impor.eksporPenjelasan': 'Semua data tabel ini di perangkat, dalam format impor.',
	'impor.eksporCsv': 'Ekspor CSV',
	'impor.eksporXlsx': 'Ekspor XLSX',

	'kolom.unit.id':
		'Kode unik unit: huruf, angka, titik, titik dua, garis bawah, tanda hubung (mis. dinkes).',
	'kolom.unit.nama': 'Nama lengkap unit, wajib (maks. 200 karakter).',
	'kolom.unit.singkatan': 'Singkatan, boleh kosong (maks. 40).',
	'kolom.unit.jenis':
		'sekretariat, dinas, badan, bagian, kecamatan, kelurahan, puskesmas atau upt.',
	'kolom.unit.induk_id':
		'Kode unit induk (mis. kecamatan dari sebuah kelurahan); kosong untuk unit puncak. Harus ada di berkas atau di perangkat.',
	'kolom.unit.dinilai_indeks': 'ya/tidak: ikut peringkat Indeks Kinerja OPD (kosong = tidak).',
	'kolom.unit.layanan_skm': 'ya/tidak: menjalankan SKM (kosong = tidak).',
	'kolom.jenis-layanan.id':
		'Kode; kosongkan untuk jenis layanan baru. Baris tanpa kode memperbarui jenis layanan bernama sama di unit itu.',
	'kolom.jenis-layanan.unit_id': 'Kode unit; unitnya harus sudah ada.',
	'kolom.jenis-layanan.nama': 'Nama jenis layanan, wajib (maks. 200).',
	'kolom.jenis-layanan.aktif': 'ya/tidak (kosong = ya).',
	'kolom.populasi.unit_id': 'Kode unit; unitnya harus sudah ada.',
	'kolom.populasi.periode': 'Triwulan, mis. 2026-TW1; periodenya harus sudah ada.',
	'kolom.populasi.jumlah':
		'Jumlah pengguna layanan dalam triwulan itu: bilangan bulat ≥ 1 (mis. 4.800). Satu isian per unit per triwulan.',
	'kolom.indikator.id':
		'Kode; kosongkan untuk indikator baru. Baris tanpa kode memperbarui indikator bernama sama (OPD dan tahun sama).',
	'kolom.indikator.unit_id': 'Kode OPD; unitnya harus sudah ada.',
	'kolom.indikator.tahun': 'Tahun 2000–2100; tahunnya harus ada di daftar periode.',
	'kolom.indikator.nama': 'Nama indikator, wajib (maks. 300).',
	'kolom.indikator.satuan': 'Satuan, wajib: %, orang, dokumen… (maks. 40).',
	'kolom.indikator.polaritas':
		'positif (makin tinggi makin baik) atau negatif (makin rendah makin baik); juga + atau -.',
	'kolom.indikator.target_tw1':
		'Target kumulatif s.d. akhir TW I: angka ≥ 0 (97,5 atau 1.234,5); kosong = tanpa target.',
	'kolom.indikator.target_tw2': 'Target kumulatif s.d. akhir TW II.',
	'kolom.indikator.target_tw3': 'Target kumulatif s.d. akhir TW III.',
	'kolom.indikator.target_tw4': 'Target kumulatif s.d. akhir TW IV (target tahunan).',

	'ruang.judul': 'Penyimpanan perangkat',
	'ruang.persisten': 'Penyimpanan tetap',
	'ruang.persistenYa': 'diberikan: browser tidak akan menghapus data ini untuk mengosongkan ruang.',
	'ruang.persistenTidak':
		'belum diberikan: browser dapat menghapus data ini bila ruang penyimpanan penuh.',
	'ruang.persistenTakDidukung': 'browser ini tidak memberi tahu.',
	'ruang.persistenSaran':
		'Pasang Rapor ke layar utama (Tambahkan ke layar utama) agar browser lebih mudah memberi penyimpanan tetap.',
	'ruang.minta': 'Minta penyimpanan tetap',
	'ruang.ditolak':
		'Browser belum memberi penyimpanan tetap. Coba lagi setelah Rapor dipasang ke layar utama.',
	'ruang.pemakaian': 'Terpakai {terpakai}, sisa {sisa} dari {kuota} ({persen}% tersisa).',
	'ruang.meter': 'Pemakaian ruang penyimpanan',
	'ruang.tidakDiketahui': 'Browser ini tidak memberi tahu sisa ruang penyimpanan.',
	'ruang.menipis':
		'Ruang penyimpanan perangkat menipis: sisa {sisa}. Kirim atau ekspor data, lalu kosongkan ruang di perangkat.',
	'ruang.penuh':
		'Ruang penyimpanan perangkat hampir penuh: sisa {sisa}. Isian baru tidak dapat dimulai sampai ruang dikosongkan.',
	'ruang.penuhTolak':
		'Ruang penyimpanan perangkat hampir penuh (sisa {sisa}). Kirim atau ekspor data dan kosongkan ruang sebelum memulai isian baru.',
	'ruang.hilangJudul': 'Data di perangkat ini hilang (dihapus oleh browser).',
	'ruang.hilangIsi':
		'Browser menghapus basis data Rapor di perangkat ini, kemungkinan karena ruang penyimpanan penuh atau aplikasi lama tidak dibuka. Data yang belum dikirim atau diekspor tidak dapat dipulihkan dari perangkat ini. Minta penyimpanan tetap di Pengaturan agar tidak terulang.',
	'ruang.mengerti': 'Saya mengerti'
} as const;

const en: Record<keyof typeof id, string> = {
	'admin.judul': 'Admin: master data',
	'admin.penjelasan':
		'Units, service types, populations, indicators and periods used by every calculation on this device.',
	'admin.hanyaAdmin': 'This page is for admins only',
	'admin.belumAdaPengguna':
		'No user is declared for this device. Fill in "User of this device" in Settings with the Admin role to manage master data.',
	'admin.bukanAdmin':
		'The user of this device is {nama} ({peran}). Only an admin can change master data.',
	'admin.kePengaturan': 'Open Settings',
	'admin.nav.label': 'Admin menu',
	'admin.nav.ringkasan': 'Overview',
	'admin.nav.unit': 'Units',
	'admin.nav.jenisLayanan': 'Service types',
	'admin.nav.populasi': 'Population',
	'admin.nav.indikator': 'Indicators',
	'admin.nav.periode': 'Periods',
	'admin.nav.impor': 'Import & export',
	'admin.nav.pengaturan': 'Weights & settings',
	'admin.ringkas.unit': '{n} units (OPD, districts, sub-districts, health centres…)',
	'admin.ringkas.jenisLayanan': '{n} service types',
	'admin.ringkas.populasi': '{n} service-user population entries',
	'admin.ringkas.indikator': '{n} performance indicators',
	'admin.ringkas.periode': '{n} quarters',
	'admin.ringkas.impor': 'CSV/XLSX templates, import and export',
	'admin.ringkas.pengaturan': 'Index weights, zones, SKM weight: on the Settings page',
	'admin.simpan': 'Save',
	'admin.batal': 'Cancel',
	'admin.ubah': 'Edit',
	'admin.ubahNama': 'Edit {nama}',
	'admin.tersimpanNama': 'Saved: {nama}',
	'admin.periksaIsian': 'Check the form: {n} problems are marked under their fields.',
	'admin.pilihUnit': '— choose —',
	'admin.unitLayanan': 'Service unit',
	'admin.bukanSkm': 'does not run the SKM',
	'admin.tahun': 'Year',

	'admin.jenisUnit.sekretariat': 'Secretariat',
	'admin.jenisUnit.dinas': 'Agency (dinas)',
	'admin.jenisUnit.badan': 'Board (badan)',
	'admin.jenisUnit.bagian': 'Division (bagian)',
	'admin.jenisUnit.kecamatan': 'District (kecamatan)',
	'admin.jenisUnit.kelurahan': 'Sub-district (kelurahan)',
	'admin.jenisUnit.puskesmas': 'Health centre (puskesmas)',
	'admin.jenisUnit.upt': 'Technical unit (UPT)',

	'admin.unit.judul': 'Units',
	'admin.unit.penjelasan':
		'OPD, boards, districts, sub-districts, health centres and other service units, arranged under their parents.',
	'admin.unit.tambah': 'Add unit',
	'admin.unit.ubahJudul': 'Edit unit: {nama}',
	'admin.unit.nama': 'Unit name',
	'admin.unit.kode': 'Code',
	'admin.unit.kodeBantuan':
		'May be left empty: a code is made from the name ("Dinas Kesehatan" → dinas-kesehatan).',
	'admin.unit.kodeTetap': 'The code cannot change: other data refers to it.',
	'admin.unit.singkatan': 'Abbreviation',
	'admin.unit.jenis': 'Type',
	'admin.unit.induk': 'Parent unit',
	'admin.unit.tanpaInduk': '(no parent)',
	'admin.unit.dinilaiIndeks': 'Ranked in the OPD Performance Index',
	'admin.unit.layananSkm': 'Runs the Public Satisfaction Survey (SKM)',
	'admin.unit.tandaIndeks': 'Index',
	'admin.unit.tandaSkm': 'SKM',
	'admin.unit.kosong': 'No units yet. Add a unit or import them from a file.',

	'admin.jenis.judul': 'Service types',
	'admin.jenis.penjelasan':
		'The services respondents received, per service unit. Inactive types are no longer offered in the survey; old answers stay.',
	'admin.jenis.tambah': 'Add service type',
	'admin.jenis.ubahJudul': 'Edit service type: {nama}',
	'admin.jenis.nama': 'Service type name',
	'admin.jenis.status': 'Status',
	'admin.jenis.aktif': 'Active',
	'admin.jenis.nonaktif': 'Inactive',
	'admin.jenis.kosong': 'This unit has no service types yet.',

	'admin.populasi.judul': 'Service-user population',
	'admin.populasi.penjelasan':
		'Number of service users of each unit in one quarter: the N of the Krejcie & Morgan table for the SKM sample size. Leave empty to remove.',
	'admin.populasi.jumlah': 'Number of service users',
	'admin.populasi.sampel': 'Minimum sample',
	'admin.populasi.tersimpan': 'Saved: {baru} new, {berubah} changed, {dihapus} removed.',
	'admin.populasi.tanpaPeriode': 'No periods yet. Add a year in Admin → Periods.',
	'admin.populasi.tanpaUnit': 'No unit runs the SKM yet.',

	'admin.indikator.judul': 'Performance indicators',
	'admin.indikator.penjelasan':
		'Program performance indicators of each OPD per year, with cumulative targets per quarter and their polarity.',
	'admin.indikator.opd': 'OPD',
	'admin.indikator.tambah': 'Add indicator',
	'admin.indikator.ubahJudul': 'Edit indicator',
	'admin.indikator.nama': 'Indicator name',
	'admin.indikator.satuan': 'Unit of measure',
	'admin.indikator.polaritas': 'Polarity',
	'admin.indikator.positif': 'Positive (higher is better)',
	'admin.indikator.negatif': 'Negative (lower is better)',
	'admin.indikator.target': 'Cumulative target per quarter',
	'admin.indikator.targetBantuan':
		'Write numbers like 97.5 or 1,234.5; leave a quarter with no target empty.',
	'admin.indikator.kosong': 'This OPD has no indicators for this year yet.',

	'admin.periode.judul': 'Periods',
	'admin.periode.penjelasan':
		'Each year has four quarters (Q1 Jan–Mar … Q4 Oct–Dec). Adding a year creates its four quarters.',
	'admin.periode.tambah': 'Add a year',
	'admin.periode.tambahTombol': 'Add this year',
	'admin.periode.tahunSalah': 'The year must be a whole number {min}–{maks}',
	'admin.periode.ditambah': 'Year {tahun} added ({n} quarters).',
	'admin.periode.sudahAda': 'Year {tahun} already exists.',

	'impor.judul': 'Import & export master data',
	'impor.penjelasan':
		'Download a template, fill it in Excel or LibreOffice, then import it. Exports use the same format, so an exported file can be edited and imported again.',
	'impor.tabel': 'Data',
	'impor.jenis.unit': 'Units',
	'impor.jenis.jenis-layanan': 'Service types',
	'impor.jenis.populasi': 'Population',
	'impor.jenis.indikator': 'Indicators',
	'impor.templatJudul': 'Template',
	'impor.templatPenjelasan':
		'The header row and one example row; delete the example before importing.',
	'impor.templatCsv': 'CSV template',
	'impor.templatXlsx': 'XLSX template',
	'impor.kolomJudul': 'Columns and their contents',
	'impor.kolom': 'Column',
	'impor.isi': 'Contents',
	'impor.aturanUmum':
		'Every column must be in the header row (any order, any case). CSV with commas or semicolons, UTF-8; XLSX: the first sheet. Yes/no: ya, tidak, 1, 0, true, false. Numbers in Indonesian notation: 1.234,5.',
	'impor.imporJudul': 'Import',
	'impor.pilihBerkas': 'Choose a CSV or XLSX file',
	'impor.semuaAtauTidak':
		'Every row is checked first. A single error cancels the whole import: no data changes.',
	'impor.pratinjauJudul': 'Preview: {berkas}',
	'impor.gagal': 'This file cannot be imported: {n} errors.',
	'impor.gagalBaris': 'This file cannot be imported: {n} errors in {baris} rows.',
	'impor.tidakAdaYangDiubah': 'No data was changed. Fix the file, then choose it again.',
	'impor.kesalahanLain': '… and {n} more errors.',
	'impor.tutup': 'Close',
	'impor.barisDibaca': 'Rows read',
	'impor.baru': 'New',
	'impor.berubah': 'Changed',
	'impor.tetap': 'Unchanged',
	'impor.catatanTidakDihapus': 'Data not in the file is not deleted.',
	'impor.konfirmasi': 'Import {n} changes',
	'impor.tanpaPerubahan': 'No changes',
	'impor.selesai': 'Import finished: {baru} new, {berubah} changed, {tetap} unchanged.',
	'impor.eksporJudul': 'Export',
	'impor.eksporPenjelasan': 'All data of this table on the device, in the import format.',
	'impor.eksporCsv': 'Export CSV',
	'impor.eksporXlsx': 'Export XLSX',

	'kolom.unit.id':
		'Unique unit code: letters, digits, dot, colon, underscore, hyphen (e.g. dinkes).',
	'kolom.unit.nama': 'Full unit name, required (max. 200 characters).',
	'kolom.unit.singkatan': 'Abbreviation, may be empty (max. 40).',
	'kolom.unit.jenis': 'sekretariat, dinas, badan, bagian, kecamatan, kelurahan, puskesmas or upt.',
	'kolom.unit.induk_id':
		"Parent unit's code (e.g. a kelurahan's kecamatan); empty for a top-level unit. Must be in the file or on the device.",
	'kolom.unit.dinilai_indeks': 'ya/tidak: ranked in the OPD Performance Index (empty = tidak).',
	'kolom.unit.layanan_skm': 'ya/tidak: runs the SKM (empty = tidak).',
	'kolom.jenis-layanan.id':
		"Code; leave empty for a new service type. A row without a code updates the unit's type of the same name.",
	'kolom.jenis-layanan.unit_id': 'Unit code; the unit must already exist.',
	'kolom.jenis-layanan.nama': 'Service type name, required (max. 200).',
	'kolom.jenis-layanan.aktif': 'ya/tidak (empty = ya).',
	'kolom.populasi.unit_id': 'Unit code; the unit must already exist.',
	'kolom.populasi.periode': 'Quarter, e.g. 2026-TW1; the period must already exist.',
	'kolom.populasi.jumlah':
		'Number of service users in that quarter: a whole number ≥ 1 (e.g. 4.800). One entry per unit per quarter.',
	'kolom.indikator.id':
		'Code; leave empty for a new indicator. A row without a code updates the indicator of the same name (same OPD and year).',
	'kolom.indikator.unit_id': 'OPD code; the unit must already exist.',
	'kolom.indikator.tahun': 'Year 2000–2100; the year must be in the list of periods.',
	'kolom.indikator.nama': 'Indicator name, required (max. 300).',
	'kolom.indikator.satuan': 'Unit of measure, required: %, people, documents… (max. 40).',
	'kolom.indikator.polaritas':
		'positif (higher is better) or negatif (lower is better); also + or -.',
	'kolom.indikator.target_tw1':
		'Cumulative target to the end of Q1: a number ≥ 0 (97,5 or 1.234,5); empty = no target.',
	'kolom.indikator.target_tw2': 'Cumulative target to the end of Q2.',
	'kolom.indikator.target_tw3': 'Cumulative target to the end of Q3.',
	'kolom.indikator.target_tw4': 'Cumulative target to the end of Q4 (the annual target).',

	'ruang.judul': 'Storage on this device',
	'ruang.persisten': 'Persistent storage',
	'ruang.persistenYa': 'granted: the browser will not delete this data to free space.',
	'ruang.persistenTidak': 'not granted: the browser may delete this data when storage runs full.',
	'ruang.persistenTakDidukung': 'this browser does not say.',
	'ruang.persistenSaran':
		'Install Rapor to the home screen (Add to Home screen) so the browser grants persistent storage more readily.',
	'ruang.minta': 'Ask for persistent storage',
	'ruang.ditolak':
		'The browser has not granted persistent storage. Try again after installing Rapor to the home screen.',
	'ruang.pemakaian': 'Used {terpakai}, {sisa} left of {kuota} ({persen}% left).',
	'ruang.meter': 'Storage use',
	'ruang.tidakDiketahui': 'This browser does not report how much storage is left.',
	'ruang.menipis':
		'Storage on this device is running low: {sisa} left. Send or export data, then free space on the device.',
	'ruang.penuh':
		'Storage on this device is nearly full: {sisa} left. New entries cannot be started until space is freed.',
	'ruang.penuhTolak':
		'Storage on this device is nearly full ({sisa} left). Send or export data and free space before starting new work.',
	'ruang.hilangJudul': 'The data on this device is gone (deleted by the browser).',
	'ruang.hilangIsi':
		'The browser deleted the Rapor database on this device, probably because storage was full or the app was not opened for a long time. Data not sent or exported cannot be recovered from this device. Ask for persistent storage in Settings so it does not happen again.',
	'ruang.mengerti': 'I understand'
};

export const pesan = { id, en };
