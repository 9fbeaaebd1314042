/** English of ./pesan-laporan.ts (the same keys), loaded only when someone reads the app in English. */
import type { id } from './messages-report';

export const en: Record<keyof typeof id, string> = {
	'laporan.judulSkm': 'Public Satisfaction Survey report {periode}',
	'laporan.judulSkmUnit': 'Public Satisfaction Survey report {unit} {periode}',
	'laporan.judulRapor': 'OPD Performance Index report {periode}',
	'laporan.dibuatDi':
		'Made {dibuat} on this device from the data stored on it, with the same scoring as the Rapor screens.',
	'laporan.halaman': 'Page {halaman} of {jumlah}',
	'laporan.takTercetak':
		'Note: {n} characters (such as emoji or scripts the report font lacks) could not be printed and were replaced by {ganti}.',
	'laporan.laporan': 'Report',
	'laporan.dibuat': 'Made',
	'laporan.ringkasan': 'Summary',
	'laporan.butir': 'Item',
	'laporan.nilai': 'Value',
	'laporan.no': 'No.',
	'laporan.kodeUnit': 'Unit code',
	'laporan.kodeIndikator': 'Indicator code',
	'laporan.ikmSkala': 'IKM (1–4 scale)',
	'laporan.ikmTotal': 'IKM (sum of weighted NRR)',
	'laporan.mutuPelayanan': 'Service grade',
	'laporan.kinerjaUnit': 'Unit performance',
	'laporan.unitDinilai': 'Service units with a score',
	'laporan.populasi': 'Population (service users)',
	'laporan.sampelMinimal': 'Minimum sample (Krejcie & Morgan)',
	'laporan.kurangResponden': 'Respondents short',
	'laporan.dijawab': 'Respondents answering',
	'laporan.nrrTertimbang': 'Weighted NRR',
	'laporan.nilaiKonversi': 'Converted value (× 25)',
	'laporan.prioritas': 'Improvement priority',
	'laporan.prioritasButir': '{unsur}: NRR {nrr} (grade {mutu})',
	'laporan.karakteristik': 'Characteristic',
	'laporan.kategori': 'Category',
	'laporan.jumlah': 'Count',
	'laporan.persen': 'Percent',
	'laporan.jenisLayanan': 'Service type',
	'laporan.waktu': 'Time',
	'laporan.saran': 'Suggestions',
	'laporan.tanpaSaran': 'No suggestions or complaints in this period.',
	'laporan.profilPemda': 'Respondent profile, all units',
	'laporan.lembarUnit': 'Service units',
	'laporan.selisih': 'Index change',
	'laporan.catatan': 'Notes',
	'laporan.indeksLalu': 'Index {periode}',
	'laporan.peringkatLalu': 'Rank {periode}',
	'laporan.naikPeringkat': 'Places up',
	'laporan.rincianOpd': 'Detail per OPD',
	'laporan.satuan': 'Unit of measure',
	'laporan.polaritas': 'Polarity',
	'laporan.capaianDipakai': 'Achievement used',
	'laporan.lembarIndikator': 'Indicators',
	'laporan.lembarTren': 'Trend',
	'laporan.opdDinilai': 'OPD ranked',
	'laporan.entriRealisasi': 'Realisation entries',
	'laporan.belumDiverifikasi': 'Entries not verified',
	'laporan.totalPengadaan': 'Total procurement',

	'poster.judul': 'Public Satisfaction Survey kiosk poster',
	'poster.ajakan':
		'Help us improve our service. Fill in a short survey on the kiosk tablet at this counter: about 3 minutes, anonymous.',
	'poster.caraJudul': 'How to take part',
	'poster.cara1': 'Tap "Start survey" on the kiosk tablet.',
	'poster.cara2':
		'Answer nine questions about the service you just received; personal details may be skipped.',
	'poster.cara3': 'Write a suggestion or complaint if you have one, then tap "Save".',
	'poster.rahasia':
		'The survey is anonymous. Its results are used to improve the service and are published as PermenPANRB 14/2017 requires.',
	'poster.petugas':
		'For staff: scan this QR code with the counter tablet (or open the link below it) to open this unit’s survey kiosk. The tablet asks for a staff PIN the first time.',

	'unduh.posterUnit': 'Poster for this unit (PDF)',
	'unduh.posterSemua': 'Posters for all units (PDF)',

	'grafik.trenSkm': 'IKM trend by quarter',
	'grafik.ikm': 'IKM'
};
