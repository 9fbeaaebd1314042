/** How a report cell reads in the PDF and what format it carries into XLSX. */
import { describe, expect, it } from 'vitest';
import { cellText, toNumberCell, xlsxCell } from '$lib/report/cell';

describe('a change in a report', () => {
	it('reads with its sign, and a change that rounds to nothing without one', () => {
		expect(cellText(toNumberCell(0.0994, 'selisih3'), 'id')).toBe('+0,099');
		expect(cellText(toNumberCell(-0.125, 'selisih3'), 'id')).toBe('-0,125');
		expect(cellText(toNumberCell(0.0004, 'selisih3'), 'id')).toBe('0,000');
		expect(cellText(toNumberCell(-0.0004, 'selisih3'), 'id')).toBe('0,000');
		expect(cellText(toNumberCell(2.5, 'selisih2'), 'en')).toBe('+2.50');
	});

	it('keeps the exact number in XLSX, with a format that shows the sign', () => {
		expect(xlsxCell(toNumberCell(-1.25, 'selisih2'))).toEqual({
			nilai: -1.25,
			format: '+#,##0.00;-#,##0.00;0.00'
		});
	});

	it('reads a plain figure without a plus', () => {
		expect(cellText(toNumberCell(0.099, 'desimal3'), 'id')).toBe('0,099');
	});
});
