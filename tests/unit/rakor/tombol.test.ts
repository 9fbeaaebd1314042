import { describe, expect, it } from 'vitest';
import { arahGeser, perintahTombol, slideTujuan, type Tombol } from '$lib/ui/rakor/tombol';

const tekan = (key: string, over: Partial<Tombol> = {}): Tombol => ({
	key,
	shiftKey: false,
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	...over
});

describe('keys of the slide show', () => {
	it('move on with what keyboards and presentation clickers send', () => {
		for (const key of ['ArrowRight', 'PageDown', ' ']) {
			expect(perintahTombol(tekan(key)), key).toBe('berikut');
		}
		for (const key of ['ArrowLeft', 'PageUp']) {
			expect(perintahTombol(tekan(key)), key).toBe('sebelum');
		}
		expect(perintahTombol(tekan(' ', { shiftKey: true }))).toBe('sebelum');
		expect(perintahTombol(tekan('Home'))).toBe('awal');
		expect(perintahTombol(tekan('End'))).toBe('akhir');
		expect(perintahTombol(tekan('f'))).toBe('layar-penuh');
		expect(perintahTombol(tekan('F', { shiftKey: true }))).toBe('layar-penuh');
	});

	it('leave browser shortcuts and other keys alone', () => {
		expect(perintahTombol(tekan('f', { ctrlKey: true }))).toBeNull();
		expect(perintahTombol(tekan('ArrowLeft', { altKey: true }))).toBeNull();
		expect(perintahTombol(tekan('r', { metaKey: true }))).toBeNull();
		expect(perintahTombol(tekan('a'))).toBeNull();
		expect(perintahTombol(tekan('Escape'))).toBeNull();
	});

	it('stop at the first and the last slide', () => {
		expect(slideTujuan('berikut', 3, 10)).toBe(4);
		expect(slideTujuan('berikut', 9, 10)).toBe(9);
		expect(slideTujuan('sebelum', 0, 10)).toBe(0);
		expect(slideTujuan('sebelum', 4, 10)).toBe(3);
		expect(slideTujuan('awal', 7, 10)).toBe(0);
		expect(slideTujuan('akhir', 2, 10)).toBe(9);
	});
});

describe('a swipe on a phone', () => {
	it('turns the slide only when it goes clearly sideways and far enough', () => {
		expect(arahGeser(-120, 10)).toBe('berikut');
		expect(arahGeser(90, -20)).toBe('sebelum');
		expect(arahGeser(-40, 0)).toBeNull();
		expect(arahGeser(-100, 90)).toBeNull();
	});
});
