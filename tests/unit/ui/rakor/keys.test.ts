import { describe, expect, it } from 'vitest';
import { swipeDirection, keyCommand, targetSlide, type KeyPress } from '$lib/ui/rakor/keys';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
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
			expect(keyCommand(press(key)), key).toBe('berikut');
		}
		for (const key of ['ArrowLeft', 'PageUp']) {
			expect(keyCommand(press(key)), key).toBe('sebelum');
		}
		expect(keyCommand(press(' ', { shiftKey: true }))).toBe('sebelum');
		expect(keyCommand(press('Home'))).toBe('awal');
		expect(keyCommand(press('End'))).toBe('akhir');
		expect(keyCommand(press('f'))).toBe('layar-penuh');
		expect(keyCommand(press('F', { shiftKey: true }))).toBe('layar-penuh');
	});

	it('leave browser shortcuts and other keys alone', () => {
		expect(keyCommand(press('f', { ctrlKey: true }))).toBeNull();
		expect(keyCommand(press('ArrowLeft', { altKey: true }))).toBeNull();
		expect(keyCommand(press('r', { metaKey: true }))).toBeNull();
		expect(keyCommand(press('a'))).toBeNull();
		expect(keyCommand(press('Escape'))).toBeNull();
	});

	it('stop at the first and the last slide', () => {
		expect(targetSlide('berikut', 3, 10)).toBe(4);
		expect(targetSlide('berikut', 9, 10)).toBe(9);
		expect(targetSlide('sebelum', 0, 10)).toBe(0);
		expect(targetSlide('sebelum', 4, 10)).toBe(3);
		expect(targetSlide('awal', 7, 10)).toBe(0);
		expect(targetSlide('akhir', 2, 10)).toBe(9);
	});
});

describe('a swipe on a phone', () => {
	it('turns the slide only when it goes clearly sideways and far enough', () => {
		expect(swipeDirection(-120, 10)).toBe('berikut');
		expect(swipeDirection(90, -20)).toBe('sebelum');
		expect(swipeDirection(-40, 0)).toBeNull();
		expect(swipeDirection(-100, 90)).toBeNull();
	});
});
