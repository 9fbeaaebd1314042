/** Shapes of the CouchDB answers the server's tools read. */
import { z } from 'zod';

export const okSchema = z.object({ ok: z.boolean() }).loose();

export const revisionsSchema = z.object({ start: z.number(), ids: z.array(z.string()) });

/** Any stored document: an id, a revision, and whatever else it holds. */
export const docSchema = z
	.object({ _id: z.string(), _rev: z.string().optional(), _revisions: revisionsSchema.optional() })
	.catchall(z.unknown());
export type CouchDoc = z.infer<typeof docSchema>;

export const putResultSchema = z
	.object({ ok: z.boolean(), id: z.string(), rev: z.string() })
	.loose();

const securityGroupSchema = z.object({
	names: z.array(z.string()).optional(),
	roles: z.array(z.string()).optional()
});
export const securitySchema = z
	.object({ admins: securityGroupSchema.optional(), members: securityGroupSchema.optional() })
	.loose();
export type SecurityObject = z.infer<typeof securitySchema>;

/** A database's information (`GET /<db>`), as far as the tools read it. */
export const dbInfoSchema = z.object({ doc_count: z.number() }).loose();

export const allDocsSchema = z.object({
	total_rows: z.number().optional(),
	rows: z.array(
		z
			.object({
				id: z.string().optional(),
				key: z.unknown(),
				value: z.object({ rev: z.string(), deleted: z.boolean().optional() }).loose().optional(),
				doc: docSchema.nullable().optional(),
				error: z.string().optional()
			})
			.loose()
	)
});

export const bulkResultSchema = z.array(
	z
		.object({
			id: z.string().optional(),
			rev: z.string().optional(),
			ok: z.boolean().optional(),
			error: z.string().optional(),
			reason: z.string().optional()
		})
		.loose()
);
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const bulkGetSchema = z.object({
	results: z.array(
		z.object({
			id: z.string(),
			docs: z.array(
				z.union([
					z.object({ ok: docSchema }),
					z.object({
						error: z.object({ id: z.string(), rev: z.string(), error: z.string() }).loose()
					})
				])
			)
		})
	)
});

export const userCtxSchema = z.object({ name: z.string().nullable(), roles: z.array(z.string()) });

export const sessionSchema = z.object({ ok: z.boolean(), userCtx: userCtxSchema }).loose();

export const userDocSchema = z
	.object({
		_id: z.string(),
		_rev: z.string().optional(),
		type: z.literal('user'),
		name: z.string(),
		roles: z.array(z.string())
	})
	.catchall(z.unknown());
export type UserDoc = z.infer<typeof userDocSchema>;
