/**
 * The fictional Kota Wiradesa: its units, their program indicators and how each one performs.
 * Names follow the usual nomenclature of a kota's perangkat daerah; every figure is made up.
 */
import type { Polarity, Unit } from '$lib/domain/schemas';

export const PEMDA_NAME = 'Pemerintah Kota Wiradesa';
export const DEMO_YEAR = 2026;
export const DEMO_PREFIX = 'demo-';

/** How an OPD fares in the Indeks Kinerja OPD over the year. */
export type KinerjaProfil = 'unggul' | 'baik' | 'sedang' | 'lemah' | 'bermasalah';

export interface IndikatorSpec {
	nama: string;
	satuan: string;
	polaritas: Polarity;
	/** Cumulative target per triwulan; null where the indicator is not measured that triwulan. */
	target: [number | null, number | null, number | null, number | null];
}

export interface SkmSpec {
	/** Mean answer the unit's respondents give (1–4): above 3.53 lands in A, below 2.6 in D. */
	mutu: number;
	/** Share of all demo responses. */
	bobot: number;
	/** Service users per triwulan, or 'cukup': set so the responses reach the sample size. */
	populasi: number | 'cukup';
	jenisLayanan: readonly string[];
	/** Change of `mutu` from one triwulan to the next. */
	tren?: number;
	/** With populasi 'cukup': the triwulan in which the sample still falls a few short. */
	kurangDiTriwulan?: number;
}

export interface UnitSpec {
	key: string;
	nama: string;
	singkatan: string;
	jenis: Unit['jenis'];
	induk?: string;
	/** Ranked units only. */
	kinerja?: { profil: KinerjaProfil; paguMiliar: number; indikator: readonly IndikatorSpec[] };
	skm?: SkmSpec;
}

type Target = IndikatorSpec['target'];

const pos = (name: string, satuan: string, target: Target): IndikatorSpec => ({
	nama: name,
	satuan,
	polaritas: 'positif',
	target
});
const neg = (name: string, satuan: string, target: Target): IndikatorSpec => ({
	nama: name,
	satuan,
	polaritas: 'negatif',
	target
});

const indikatorKecamatan = (kelurahan: number): IndikatorSpec[] => [
	pos('Persentase layanan PATEN yang selesai tepat waktu', '%', [90, 90, 92, 92]),
	pos('Jumlah Musrenbang kelurahan yang difasilitasi', 'kegiatan', [
		kelurahan,
		kelurahan,
		kelurahan,
		kelurahan
	]),
	pos(
		'Persentase kelurahan yang menyampaikan LPJ dana kelurahan tepat waktu',
		'%',
		[100, 100, 100, 100]
	),
	pos('Jumlah kegiatan pemberdayaan masyarakat', 'kegiatan', [3, 6, 9, 12])
];

const KELURAHAN_SERVICES = [
	'Surat pengantar',
	'Surat keterangan domisili',
	'Surat keterangan usaha',
	'Surat keterangan tidak mampu'
] as const;
const KECAMATAN_SERVICES = [
	'Legalisasi dokumen',
	'Rekomendasi izin keramaian',
	'Pelayanan Administrasi Terpadu Kecamatan (PATEN)'
] as const;
const PUSKESMAS_SERVICES = [
	'Poli umum',
	'Poli gigi',
	'KIA/KB',
	'Imunisasi',
	'Laboratorium'
] as const;

export const UNIT_SPECS: readonly UnitSpec[] = [
	{
		key: 'setda',
		nama: 'Sekretariat Daerah',
		singkatan: 'Setda',
		jenis: 'sekretariat',
		kinerja: {
			profil: 'baik',
			paguMiliar: 78.4,
			indikator: [
				pos('Persentase produk hukum daerah yang ditetapkan tepat waktu', '%', [90, 90, 90, 90]),
				pos('Nilai evaluasi SAKIP Pemerintah Kota', 'nilai', [null, null, null, 72]),
				pos('Jumlah rekomendasi kebijakan yang ditindaklanjuti', 'rekomendasi', [3, 6, 9, 12]),
				pos('Persentase belanja barang/jasa melalui e-katalog', '%', [40, 50, 60, 70])
			]
		}
	},
	{
		key: 'setwan',
		nama: 'Sekretariat DPRD',
		singkatan: 'Setwan',
		jenis: 'sekretariat',
		kinerja: {
			profil: 'sedang',
			paguMiliar: 41.2,
			indikator: [
				pos('Jumlah Peraturan Daerah yang ditetapkan', 'perda', [1, 4, 7, 10]),
				pos('Persentase risalah rapat paripurna yang diselesaikan', '%', [100, 100, 100, 100]),
				pos('Jumlah kegiatan reses yang difasilitasi', 'kegiatan', [30, 60, 90, 120])
			]
		}
	},
	{
		key: 'inspektorat',
		nama: 'Inspektorat Daerah',
		singkatan: 'Inspektorat',
		jenis: 'badan',
		kinerja: {
			profil: 'baik',
			paguMiliar: 9.6,
			indikator: [
				pos('Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti', '%', [60, 70, 80, 90]),
				pos('Jumlah laporan hasil pengawasan', 'dokumen', [10, 25, 40, 52]),
				neg('Jumlah temuan berulang hasil pemeriksaan BPK', 'temuan', [null, null, null, 5]),
				pos('Level maturitas SPIP', 'level', [null, null, null, 3])
			]
		}
	},
	{
		key: 'bappeda',
		nama: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
		singkatan: 'Bapperida',
		jenis: 'badan',
		kinerja: {
			profil: 'baik',
			paguMiliar: 11.3,
			indikator: [
				pos('Persentase konsistensi program RKPD dengan RPJMD', '%', [95, 95, 95, 95]),
				pos('Jumlah dokumen perencanaan yang disusun tepat waktu', 'dokumen', [2, 4, 5, 6]),
				pos('Jumlah kajian dan inovasi daerah', 'kajian', [1, 3, 5, 8])
			]
		}
	},
	{
		key: 'bpkad',
		nama: 'Badan Pengelolaan Keuangan dan Aset Daerah',
		singkatan: 'BPKAD',
		jenis: 'badan',
		kinerja: {
			profil: 'unggul',
			paguMiliar: 24.7,
			indikator: [
				pos('Persentase aset tetap tanah yang bersertifikat', '%', [62, 64, 66, 70]),
				neg('Rata-rata waktu penerbitan SP2D', 'hari', [2, 2, 2, 2]),
				pos('Jumlah laporan keuangan yang disusun tepat waktu', 'dokumen', [1, 2, 3, 4]),
				pos('Persentase penyerapan belanja daerah', '%', [18, 40, 65, 95])
			]
		}
	},
	{
		key: 'bapenda',
		nama: 'Badan Pendapatan Daerah',
		singkatan: 'Bapenda',
		jenis: 'badan',
		kinerja: {
			profil: 'baik',
			paguMiliar: 14.9,
			indikator: [
				pos('Realisasi Pendapatan Asli Daerah', 'miliar rupiah', [42, 98, 150, 205]),
				neg('Persentase tunggakan PBB-P2', '%', [30, 28, 26, 25]),
				pos('Rasio pajak daerah terhadap PAD', '%', [55, 55, 55, 55])
			]
		},
		skm: {
			mutu: 3.28,
			bobot: 0.05,
			populasi: 1800,
			jenisLayanan: ['PBB-P2', 'BPHTB', 'Pajak restoran dan hotel']
		}
	},
	{
		key: 'bkpsdm',
		nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
		singkatan: 'BKPSDM',
		jenis: 'badan',
		kinerja: {
			profil: 'sedang',
			paguMiliar: 8.8,
			indikator: [
				pos('Indeks Profesionalitas ASN', 'nilai', [null, null, null, 75]),
				pos('Jumlah ASN yang mengikuti pengembangan kompetensi', 'orang', [150, 400, 650, 900]),
				pos('Persentase layanan kepegawaian yang selesai tepat waktu', '%', [90, 90, 90, 90])
			]
		}
	},
	{
		key: 'disdikbud',
		nama: 'Dinas Pendidikan dan Kebudayaan',
		singkatan: 'Disdikbud',
		jenis: 'dinas',
		kinerja: {
			profil: 'baik',
			paguMiliar: 312.5,
			indikator: [
				pos('Angka Partisipasi Murni SD/MI', '%', [null, 98.5, null, 98.5]),
				pos('Angka Partisipasi Murni SMP/MTs', '%', [null, 85, null, 85.5]),
				pos('Persentase guru yang bersertifikat pendidik', '%', [68, 69, 70, 72]),
				neg('Angka putus sekolah SMP', '%', [0.4, 0.4, 0.35, 0.3]),
				pos('Jumlah cagar budaya yang dilestarikan', 'situs', [2, 4, 6, 8])
			]
		}
	},
	{
		key: 'dinkes',
		nama: 'Dinas Kesehatan',
		singkatan: 'Dinkes',
		jenis: 'dinas',
		kinerja: {
			profil: 'unggul',
			paguMiliar: 164.2,
			indikator: [
				neg('Prevalensi stunting pada balita', '%', [16.5, 16, 15.5, 14.5]),
				pos('Cakupan imunisasi dasar lengkap', '%', [22, 47, 72, 95]),
				neg('Jumlah kematian ibu', 'kasus', [1, 2, 3, 4]),
				pos('Persentase puskesmas terakreditasi paripurna', '%', [50, 50, 75, 100]),
				pos('Angka keberhasilan pengobatan TBC', '%', [85, 88, 90, 90]),
				pos('Persentase penduduk yang memiliki jaminan kesehatan', '%', [96, 97, 98, 98])
			]
		},
		skm: {
			mutu: 3.3,
			bobot: 0.04,
			populasi: 'cukup',
			jenisLayanan: ['Izin praktik tenaga kesehatan', 'Laboratorium kesehatan daerah']
		}
	},
	{
		key: 'pkm-wiradesa',
		nama: 'Puskesmas Wiradesa',
		singkatan: 'PKM Wiradesa',
		jenis: 'puskesmas',
		induk: 'dinkes',
		skm: { mutu: 3.64, bobot: 0.08, populasi: 3100, jenisLayanan: PUSKESMAS_SERVICES }
	},
	{
		key: 'pkm-karangsari',
		nama: 'Puskesmas Karangsari',
		singkatan: 'PKM Karangsari',
		jenis: 'puskesmas',
		induk: 'dinkes',
		skm: { mutu: 3.2, bobot: 0.06, populasi: 2400, jenisLayanan: PUSKESMAS_SERVICES, tren: 0.04 }
	},
	{
		key: 'dpupr',
		nama: 'Dinas Pekerjaan Umum dan Penataan Ruang',
		singkatan: 'DPUPR',
		jenis: 'dinas',
		kinerja: {
			profil: 'sedang',
			paguMiliar: 221.8,
			indikator: [
				pos('Persentase jalan kota dalam kondisi mantap', '%', [72, 73, 75, 78]),
				pos('Panjang saluran drainase yang dibangun atau direhabilitasi', 'km', [0.8, 3.5, 7, 11]),
				neg('Jumlah titik genangan', 'titik', [24, 22, 20, 18]),
				pos('Persentase bangunan gedung yang memiliki PBG', '%', [40, 45, 50, 55])
			]
		}
	},
	{
		key: 'disperkim',
		nama: 'Dinas Perumahan dan Kawasan Permukiman',
		singkatan: 'Disperkim',
		jenis: 'dinas',
		kinerja: {
			profil: 'lemah',
			paguMiliar: 58.6,
			indikator: [
				pos('Jumlah rumah tidak layak huni yang direhabilitasi', 'unit', [0, 60, 140, 200]),
				neg('Luas kawasan kumuh', 'hektare', [38, 36, 34, 32]),
				pos('Persentase titik penerangan jalan umum yang berfungsi', '%', [90, 92, 94, 95])
			]
		}
	},
	{
		key: 'dinsos',
		nama: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak',
		singkatan: 'Dinsos P3A',
		jenis: 'dinas',
		kinerja: {
			profil: 'sedang',
			paguMiliar: 19.4,
			indikator: [
				pos('Persentase PMKS yang memperoleh bantuan sosial', '%', [25, 50, 75, 90]),
				pos(
					'Jumlah keluarga penerima manfaat yang diverifikasi',
					'keluarga',
					[2500, 5000, 7500, 10000]
				),
				neg('Waktu penerbitan rekomendasi PBI JK', 'hari', [3, 3, 3, 3]),
				neg('Jumlah kasus kekerasan terhadap perempuan dan anak', 'kasus', [8, 16, 24, 32])
			]
		},
		skm: {
			mutu: 2.88,
			bobot: 0.05,
			populasi: 'cukup',
			jenisLayanan: ['Rekomendasi PBI JK', 'Bantuan sosial', 'Pengaduan perlindungan anak']
		}
	},
	{
		key: 'disdukcapil',
		nama: 'Dinas Kependudukan dan Pencatatan Sipil',
		singkatan: 'Disdukcapil',
		jenis: 'dinas',
		kinerja: {
			profil: 'unggul',
			paguMiliar: 12.1,
			indikator: [
				pos('Persentase penduduk wajib KTP-el yang telah merekam', '%', [97, 97.5, 98, 98.5]),
				pos('Persentase anak yang memiliki Kartu Identitas Anak', '%', [45, 52, 58, 65]),
				neg('Rata-rata waktu penerbitan akta kelahiran', 'hari', [1, 1, 1, 1]),
				pos(
					'Jumlah penduduk yang mengaktifkan Identitas Kependudukan Digital',
					'orang',
					[3000, 7000, 11000, 15000]
				)
			]
		},
		skm: {
			mutu: 3.38,
			bobot: 0.16,
			populasi: 5200,
			jenisLayanan: [
				'Perekaman KTP-el',
				'Kartu Keluarga',
				'Akta kelahiran',
				'Akta kematian',
				'Pindah datang'
			],
			tren: 0.03
		}
	},
	{
		key: 'dishub',
		nama: 'Dinas Perhubungan',
		singkatan: 'Dishub',
		jenis: 'dinas',
		kinerja: {
			profil: 'bermasalah',
			paguMiliar: 27.5,
			indikator: [
				neg('Jumlah kecelakaan lalu lintas', 'kasus', [40, 80, 120, 160]),
				pos('Persentase kendaraan wajib uji yang lulus uji berkala', '%', [85, 85, 85, 85]),
				pos('Jumlah rambu dan marka jalan yang terpasang', 'unit', [20, 60, 110, 150]),
				pos('Pendapatan retribusi parkir', 'juta rupiah', [900, 1850, 2800, 3800])
			]
		},
		skm: {
			mutu: 2.45,
			bobot: 0.06,
			populasi: 900,
			jenisLayanan: ['Uji berkala kendaraan (KIR)', 'Izin trayek', 'Parkir tepi jalan']
		}
	},
	{
		key: 'diskominfo',
		nama: 'Dinas Komunikasi dan Informatika',
		singkatan: 'Diskominfo',
		jenis: 'dinas',
		kinerja: {
			profil: 'baik',
			paguMiliar: 16.2,
			indikator: [
				pos('Indeks SPBE', 'indeks', [null, null, null, 3.2]),
				pos('Persentase OPD yang terhubung jaringan intra pemerintah', '%', [85, 90, 95, 100]),
				pos('Jumlah konten informasi publik yang dipublikasikan', 'konten', [300, 650, 1000, 1400])
			]
		}
	},
	{
		key: 'dlh',
		nama: 'Dinas Lingkungan Hidup',
		singkatan: 'DLH',
		jenis: 'dinas',
		kinerja: {
			profil: 'sedang',
			paguMiliar: 46.3,
			indikator: [
				pos('Persentase sampah yang tertangani', '%', [70, 72, 74, 76]),
				pos('Indeks Kualitas Air', 'indeks', [null, 52, null, 54]),
				pos('Jumlah bank sampah aktif', 'unit', [55, 60, 65, 70]),
				neg('Volume sampah yang masuk TPA', 'ton', [9500, 19000, 28000, 37000])
			]
		}
	},
	{
		key: 'dpmptsp',
		nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
		singkatan: 'DPMPTSP',
		jenis: 'dinas',
		kinerja: {
			profil: 'unggul',
			paguMiliar: 7.9,
			indikator: [
				neg('Rata-rata waktu penyelesaian perizinan', 'hari', [5, 5, 4, 4]),
				pos('Realisasi investasi', 'miliar rupiah', [120, 260, 400, 550]),
				pos('Persentase perizinan yang terbit tepat waktu', '%', [90, 92, 94, 95])
			]
		},
		skm: {
			mutu: 3.62,
			bobot: 0.12,
			populasi: 'cukup',
			kurangDiTriwulan: 1,
			jenisLayanan: [
				'Persetujuan Bangunan Gedung (PBG)',
				'Perizinan berusaha (OSS)',
				'Izin reklame',
				'Sertifikat Laik Fungsi'
			]
		}
	},
	{
		key: 'disnaker',
		nama: 'Dinas Tenaga Kerja',
		singkatan: 'Disnaker',
		jenis: 'dinas',
		kinerja: {
			profil: 'sedang',
			paguMiliar: 10.4,
			indikator: [
				neg('Tingkat pengangguran terbuka', '%', [null, 6.2, null, 6]),
				pos('Jumlah pencari kerja yang ditempatkan', 'orang', [150, 350, 550, 800]),
				pos('Jumlah peserta pelatihan berbasis kompetensi', 'orang', [60, 160, 260, 320])
			]
		},
		skm: {
			mutu: 3.18,
			bobot: 0.04,
			populasi: 650,
			jenisLayanan: ['Kartu pencari kerja (AK-1)', 'Pelatihan kerja', 'Mediasi hubungan industrial']
		}
	},
	{
		key: 'satpolpp',
		nama: 'Satuan Polisi Pamong Praja',
		singkatan: 'Satpol PP',
		jenis: 'badan',
		kinerja: {
			profil: 'bermasalah',
			paguMiliar: 13.7,
			indikator: [
				pos('Persentase pelanggaran Perda yang ditindaklanjuti', '%', [80, 80, 85, 85]),
				neg('Jumlah pelanggaran ketertiban umum', 'kasus', [60, 115, 170, 220]),
				pos('Persentase anggota Linmas yang terlatih', '%', [20, 40, 60, 80])
			]
		}
	},
	{
		key: 'bpbd',
		nama: 'Badan Penanggulangan Bencana Daerah',
		singkatan: 'BPBD',
		jenis: 'badan',
		kinerja: {
			profil: 'sedang',
			paguMiliar: 6.2,
			indikator: [
				neg('Waktu tanggap darurat bencana', 'jam', [6, 6, 6, 6]),
				pos('Jumlah kelurahan tangguh bencana', 'kelurahan', [1, 2, 3, 4]),
				pos('Jumlah warga yang mengikuti sosialisasi kebencanaan', 'orang', [200, 600, 1000, 1500])
			]
		}
	},
	{
		key: 'kec-wiradesa-barat',
		nama: 'Kecamatan Wiradesa Barat',
		singkatan: 'Kec. Wiradesa Barat',
		jenis: 'kecamatan',
		kinerja: { profil: 'baik', paguMiliar: 8.9, indikator: indikatorKecamatan(3) },
		skm: { mutu: 3.42, bobot: 0.045, populasi: 'cukup', jenisLayanan: KECAMATAN_SERVICES }
	},
	{
		key: 'kel-kauman',
		nama: 'Kelurahan Kauman',
		singkatan: 'Kel. Kauman',
		jenis: 'kelurahan',
		induk: 'kec-wiradesa-barat',
		skm: { mutu: 3.45, bobot: 0.03, populasi: 'cukup', jenisLayanan: KELURAHAN_SERVICES }
	},
	{
		key: 'kel-pekuncen',
		nama: 'Kelurahan Pekuncen',
		singkatan: 'Kel. Pekuncen',
		jenis: 'kelurahan',
		induk: 'kec-wiradesa-barat',
		skm: { mutu: 3.3, bobot: 0.03, populasi: 420, jenisLayanan: KELURAHAN_SERVICES }
	},
	{
		key: 'kel-sidorejo',
		nama: 'Kelurahan Sidorejo',
		singkatan: 'Kel. Sidorejo',
		jenis: 'kelurahan',
		induk: 'kec-wiradesa-barat',
		skm: { mutu: 3.22, bobot: 0.03, populasi: 380, jenisLayanan: KELURAHAN_SERVICES }
	},
	{
		key: 'kec-wiradesa-timur',
		nama: 'Kecamatan Wiradesa Timur',
		singkatan: 'Kec. Wiradesa Timur',
		jenis: 'kecamatan',
		kinerja: { profil: 'sedang', paguMiliar: 7.6, indikator: indikatorKecamatan(2) },
		skm: { mutu: 3.3, bobot: 0.04, populasi: 'cukup', jenisLayanan: KECAMATAN_SERVICES }
	},
	{
		key: 'kel-kebonagung',
		nama: 'Kelurahan Kebonagung',
		singkatan: 'Kel. Kebonagung',
		jenis: 'kelurahan',
		induk: 'kec-wiradesa-timur',
		skm: { mutu: 3.36, bobot: 0.03, populasi: 'cukup', jenisLayanan: KELURAHAN_SERVICES }
	},
	{
		key: 'kel-tegalsari',
		nama: 'Kelurahan Tegalsari',
		singkatan: 'Kel. Tegalsari',
		jenis: 'kelurahan',
		induk: 'kec-wiradesa-timur',
		skm: { mutu: 3.12, bobot: 0.03, populasi: 510, jenisLayanan: KELURAHAN_SERVICES, tren: 0.05 }
	},
	{
		key: 'kec-karangsari',
		nama: 'Kecamatan Karangsari',
		singkatan: 'Kec. Karangsari',
		jenis: 'kecamatan',
		kinerja: { profil: 'lemah', paguMiliar: 6.8, indikator: indikatorKecamatan(3) },
		skm: { mutu: 3.14, bobot: 0.035, populasi: 400, jenisLayanan: KECAMATAN_SERVICES }
	},
	{
		key: 'kel-karangsari',
		nama: 'Kelurahan Karangsari',
		singkatan: 'Kel. Karangsari',
		jenis: 'kelurahan',
		induk: 'kec-karangsari',
		skm: { mutu: 3.25, bobot: 0.03, populasi: 460, jenisLayanan: KELURAHAN_SERVICES }
	},
	{
		key: 'kel-mojosari',
		nama: 'Kelurahan Mojosari',
		singkatan: 'Kel. Mojosari',
		jenis: 'kelurahan',
		induk: 'kec-karangsari',
		skm: { mutu: 2.95, bobot: 0.03, populasi: 350, jenisLayanan: KELURAHAN_SERVICES }
	},
	{
		key: 'kel-sukorejo',
		nama: 'Kelurahan Sukorejo',
		singkatan: 'Kel. Sukorejo',
		jenis: 'kelurahan',
		induk: 'kec-karangsari',
		skm: { mutu: 3.28, bobot: 0.03, populasi: 300, jenisLayanan: KELURAHAN_SERVICES }
	}
];

/** Saran written by respondents; `puas` ones go with high answers, the others with low ones. */
export const SARAN = {
	puas: [
		'Pelayanan cepat dan petugas ramah, terima kasih.',
		'Sudah bagus, pertahankan.',
		'Prosesnya jelas, tidak dipungut biaya.',
		'Petugas sigap membantu warga lansia.'
	],
	kurang: [
		'Antrean terlalu lama, mohon ditambah loket.',
		'Ruang tunggu panas, mohon dipasang kipas angin.',
		'Informasi persyaratan di website belum lengkap.',
		'Tempat parkir sempit dan tidak teratur.',
		'Kotak saran tidak jelas tindak lanjutnya.',
		'Mohon jam layanan diperpanjang sampai sore.',
		'Sistem antrean daring sering tidak bisa diakses.',
		'Toilet kurang bersih.'
	]
} as const;
