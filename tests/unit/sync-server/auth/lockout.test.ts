/** The lockout's memory of failed logins: per account and client, for a while, within bounds. */
import { describe, expect, it } from 'vitest';
import { lockedAnswer, LoginLockout } from '../../../../sync-server/auth/lockout.ts';

function clock(start = 1_000_000) {
	let now = start;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the login lockout', () => {
	it('locks after 5 failures within 5 minutes, for 5 minutes', () => {
		const c = clock();
		const lockout = new LoginLockout({}, c.now);
		for (let i = 0; i < 4; i++) lockout.recordFailure('siti', '10.0.0.5');
		expect(lockout.status('siti', '10.0.0.5')).toEqual({ locked: false });
		lockout.recordFailure('siti', '10.0.0.5');
		expect(lockout.status('siti', '10.0.0.5')).toEqual({ locked: true, retryAfterSeconds: 300 });
		c.advance(299_000);
		expect(lockout.status('siti', '10.0.0.5')).toEqual({ locked: true, retryAfterSeconds: 1 });
		c.advance(1_000);
		expect(lockout.status('siti', '10.0.0.5')).toEqual({ locked: false });
	});

	it('forgets failures older than the window', () => {
		const c = clock();
		const lockout = new LoginLockout({}, c.now);
		for (let i = 0; i < 4; i++) lockout.recordFailure('siti', 'a');
		c.advance(5 * 60_000);
		lockout.recordFailure('siti', 'a');
		expect(lockout.status('siti', 'a').locked).toBe(false);
	});

	it('keeps accounts and clients apart, and a success resets the count', () => {
		const lockout = new LoginLockout({ threshold: 2 });
		lockout.recordFailure('siti', 'a');
		lockout.recordFailure('budi', 'a');
		lockout.recordFailure('siti', 'b');
		expect(lockout.status('siti', 'a').locked).toBe(false);
		lockout.recordSuccess('siti', 'a');
		lockout.recordFailure('siti', 'a');
		expect(lockout.status('siti', 'a').locked).toBe(false);
		lockout.recordFailure('siti', 'a');
		expect(lockout.status('siti', 'a').locked).toBe(true);
		expect(lockout.status('budi', 'a').locked).toBe(false);
		expect(lockout.status('siti', 'b').locked).toBe(false);
	});

	it('remembers at most maxEntries pairs, forgetting the oldest first', () => {
		const lockout = new LoginLockout({ threshold: 1, maxEntries: 100 });
		for (let i = 0; i < 1_000; i++) lockout.recordFailure(`tebakan-${i}`, 'a');
		expect(lockout.status('tebakan-0', 'a').locked).toBe(false);
		expect(lockout.status('tebakan-999', 'a').locked).toBe(true);
	});

	it('answers a locked login with 403, Retry-After and the reason key login.terkunci', () => {
		const answer = lockedAnswer(299.2);
		expect(answer.status).toBe(403);
		expect(answer.headers).toEqual({ 'Retry-After': '300' });
		expect(answer.body.error).toBe('forbidden');
		expect(answer.body.reason).toMatch(/^login\.terkunci: /);
	});
});
