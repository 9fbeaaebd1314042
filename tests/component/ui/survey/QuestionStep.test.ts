import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { STANDARD_KUESIONER } from '$lib/domain/kuesioner';
import { newForm, goForward, type SurveyFormData } from '$lib/domain/survey-form';
import QuestionStep from '$lib/ui/survey/QuestionStep.svelte';
import SurveyForm from '$lib/ui/survey/SurveyForm.svelte';

describe('a question step', () => {
	it('shows the question as a heading and four labelled answer buttons, worst to best', () => {
		render(QuestionStep, {
			unsur: 'u4',
			question: STANDARD_KUESIONER.unsur.u4,
			value: undefined,
			onanswer: () => {}
		});
		const heading = screen.getByRole('heading', { level: 2 });
		expect(heading).toHaveTextContent('kewajaran biaya/tarif');
		const group = screen.getByRole('group', { name: /kewajaran biaya\/tarif/ });
		const buttons = within(group).getAllByRole('button');
		expect(buttons.map((b) => b.textContent?.replace(/^\s*[a-d]\s*/, '').trim())).toEqual([
			'Sangat mahal',
			'Cukup mahal',
			'Murah',
			'Gratis'
		]);
		for (const b of buttons) expect(b).toHaveAttribute('aria-pressed', 'false');
	});

	it('reports the score of the answer tapped and marks the answer already given', async () => {
		const onjawab = vi.fn();
		render(QuestionStep, {
			unsur: 'u4',
			question: STANDARD_KUESIONER.unsur.u4,
			value: 2,
			onanswer: onjawab
		});
		expect(screen.getByRole('button', { name: /Cukup mahal/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await fireEvent.click(screen.getByRole('button', { name: /Murah/ }));
		expect(onjawab).toHaveBeenCalledWith(3);
	});

	it('in the form, records the score, moves to the next question and focuses its heading', async () => {
		const changes: SurveyFormData[] = [];
		render(SurveyForm, {
			form: goForward(newForm(), STANDARD_KUESIONER),
			kuesioner: STANDARD_KUESIONER,
			onubah: (f: SurveyFormData) => changes.push(f),
			onsimpan: () => {}
		});
		expect(screen.getByText('Pertanyaan 1 dari 9')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Lanjut →' })).toBeDisabled();
		await fireEvent.click(screen.getByRole('button', { name: /Sangat sesuai/ }));
		expect(changes.at(-1)?.jawaban).toEqual({ u1: 4 });
		expect(await screen.findByText('Pertanyaan 2 dari 9')).toBeInTheDocument();
		const heading = screen.getByRole('heading', { level: 2 });
		expect(heading).toHaveTextContent('kemudahan prosedur');
		await vi.waitFor(() => expect(document.activeElement).toBe(heading));
		expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');

		await fireEvent.click(screen.getByRole('button', { name: '← Kembali' }));
		expect(await screen.findByText('Pertanyaan 1 dari 9')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: /Sangat sesuai/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(screen.getByRole('button', { name: 'Lanjut →' })).toBeEnabled();
	});
});
