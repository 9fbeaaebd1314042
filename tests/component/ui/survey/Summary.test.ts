import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { STANDARD_KUESIONER } from '$lib/domain/kuesioner';
import type { Answer, Kuesioner } from '$lib/domain/schemas';
import { fromResponse, type SurveyFormData } from '$lib/domain/survey-form';
import SurveyForm from '$lib/ui/survey/SurveyForm.svelte';

const answer: Answer = { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 4, u7: 4, u8: 1, u9: 3 };
const form = fromResponse({
	id: 'r',
	unitId: 'u',
	periodeId: '2026-TW4',
	waktu: '2026-11-23T09:00:00+07:00',
	jawaban: answer,
	profil: { jenisKelamin: 'P', usia: 34, pekerjaan: 'Wirausaha' },
	saran: 'Antrean terlalu panjang',
	kuesionerVersi: STANDARD_KUESIONER.id,
	sumber: 'enumerator'
});

describe('the summary before saving', () => {
	it('lists the profile, all nine answers by their labels and the saran', () => {
		render(SurveyForm, { form, kuesioner: STANDARD_KUESIONER, onsimpan: () => {} });
		const list = screen.getByTestId('ringkasan');
		const rows = within(list).getAllByRole('button');
		expect(rows).toHaveLength(11);
		expect(rows[0]).toHaveTextContent('Perempuan, 34 tahun, Wirausaha');
		expect(rows[1]).toHaveTextContent('U1 Persyaratan');
		expect(rows[1]).toHaveTextContent('Sangat sesuai');
		expect(rows[3]).toHaveTextContent('Kurang cepat');
		expect(rows[8]).toHaveTextContent('U8 Penanganan pengaduan');
		expect(rows[8]).toHaveTextContent('Tidak ada');
		expect(rows[9]).toHaveTextContent('Baik');
		expect(rows[10]).toHaveTextContent('Antrean terlalu panjang');
		expect(screen.getByRole('button', { name: 'Simpan' })).toBeEnabled();
	});

	it('labels U8 and U9 by the numbering the admin chose', () => {
		render(SurveyForm, {
			form,
			kuesioner: STANDARD_KUESIONER,
			onsimpan: () => {},
			numbering: 'kuesioner'
		});
		const rows = within(screen.getByTestId('ringkasan')).getAllByRole('button');
		expect(rows[8]).toHaveTextContent('U8 Sarana dan prasarana');
		// The answer stays tied to its unsur key, whatever the label.
		expect(rows[8]).toHaveTextContent('Tidak ada');
	});

	it('opens a tapped answer and returns to the summary once it is changed', async () => {
		const changes: SurveyFormData[] = [];
		render(SurveyForm, {
			form,
			kuesioner: STANDARD_KUESIONER,
			onubah: (f: SurveyFormData) => changes.push(f),
			onsimpan: () => {}
		});
		await fireEvent.click(screen.getByRole('button', { name: /U3 Waktu penyelesaian/ }));
		expect(await screen.findByText('Pertanyaan 3 dari 9')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Ke ringkasan' })).toBeEnabled();
		await fireEvent.click(screen.getByRole('button', { name: /Sangat cepat/ }));
		const list = await screen.findByTestId('ringkasan');
		expect(within(list).getByRole('button', { name: /U3 Waktu penyelesaian/ })).toHaveTextContent(
			'Sangat cepat'
		);
		expect(changes.at(-1)?.jawaban.u3).toBe(4);
	});

	it('shows the extra questions of a unit version and calls save', async () => {
		const onsimpan = vi.fn();
		const kuesioner: Kuesioner = {
			...STANDARD_KUESIONER,
			id: 'k-u-1',
			tambahan: [
				{
					id: 'info',
					jenis: 'pilihan',
					pertanyaan: { id: 'Dari mana Anda tahu layanan ini?' },
					pilihan: [{ id: 'Spanduk' }, { id: 'Media sosial' }],
					wajib: false
				}
			]
		};
		render(SurveyForm, {
			form: { ...form, tambahan: { info: 'Media sosial' } },
			kuesioner,
			onsimpan
		});
		expect(screen.getByRole('button', { name: /Dari mana Anda tahu/ })).toHaveTextContent(
			'Media sosial'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
		expect(onsimpan).toHaveBeenCalledOnce();
	});

	it('shows why a save was refused', () => {
		render(SurveyForm, {
			form,
			kuesioner: STANDARD_KUESIONER,
			onsimpan: () => {},
			errors: ['err.skor', 'err.unitSurvei']
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Jawaban harus 1, 2, 3 atau 4');
		expect(alert).toHaveTextContent('Pilih unit layanan yang disurvei');
	});
});
