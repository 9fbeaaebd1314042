import { describe, expect, it } from 'vitest';
import { arahGeser } from '$lib/ui/survey/swipe';

describe('a swipe between survey steps', () => {
	it('goes forward when the finger moves left and back when it moves right', () => {
		expect(arahGeser(-120, 10)).toBe('maju');
		expect(arahGeser(120, -10)).toBe('mundur');
	});

	it('is no swipe when the finger barely moves or moves mostly up or down (scrolling)', () => {
		expect(arahGeser(-30, 0)).toBeNull();
		expect(arahGeser(-100, 80)).toBeNull();
		expect(arahGeser(0, 200)).toBeNull();
	});
});
