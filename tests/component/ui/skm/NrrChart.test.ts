import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { computeSkm } from '$lib/domain/skm';
import type { Answer } from '$lib/domain/schemas';
import NrrChart from '$lib/ui/skm/NrrChart.svelte';

const answer = (u8: 1 | 2 | 3 | 4, u9: 1 | 2 | 3 | 4): Answer => ({
	u1: 4,
	u2: 4,
	u3: 3,
	u4: 4,
	u5: 4,
	u6: 4,
	u7: 4,
	u8,
	u9
});

describe('the NRR per unsur table', () => {
	it('labels U8 and U9 by the numbering the admin chose and marks the lowest unsur', () => {
		const result = computeSkm([answer(1, 2), answer(2, 3)]);
		const { unmount } = render(NrrChart, { hasil: result, numbering: 'permen' });
		const u8 = screen.getByText('U8 Penanganan pengaduan, saran dan masukan').closest('tr')!;
		expect(within(u8).getByText('1,500')).toBeInTheDocument();
		expect(u8).toHaveClass('lowest');
		expect(screen.getByText('U9 Sarana dan prasarana')).toBeInTheDocument();
		unmount();

		render(NrrChart, { hasil: result, numbering: 'kuesioner' });
		const u8k = screen.getByText('U8 Sarana dan prasarana').closest('tr')!;
		expect(within(u8k).getByText('1,500')).toBeInTheDocument();
		expect(screen.getAllByRole('row')).toHaveLength(10);
	});
});
