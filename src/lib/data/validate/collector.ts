/**
 * Where the checks put what they find: every problem with its file, record and field. Parsing
 * through it turns schema issues into problems and drops the invalid value.
 */
import type { z } from 'zod';
import type { Problem } from './files';

/** A raw record's name in a problem: its id, or `#index` when it has no usable one. */
export function recordName(raw: unknown, index: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id.length > 0 && id.length <= 80 ? id : `#${index}`;
}

export class Collector {
	problems: Problem[] = [];

	add(file: string, record: string, field: string, message: string) {
		this.problems.push({ file, record, field, message });
	}

	/** Parses one value; schema issues become problems and the value is dropped. */
	parse<S extends z.ZodType>(
		schema: S,
		raw: unknown,
		file: string,
		record: string
	): z.infer<S> | null {
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const field = issue.path.length ? issue.path.join('.') : '(record)';
			this.add(file, record, field, issue.message);
		}
		return null;
	}

	/** Parses an array of records, each on its own, and reports duplicate ids. */
	parseList<S extends z.ZodType>(
		schema: S,
		raw: unknown,
		file: string,
		key: (r: z.infer<S>) => string = (r) => (r as { id: string }).id,
		name: (raw: unknown, index: number) => string = recordName
	): z.infer<S>[] {
		if (!Array.isArray(raw)) {
			this.add(file, '(file)', '(root)', 'must be a JSON array of records');
			return [];
		}
		const seen = new Set<string>();
		const out: z.infer<S>[] = [];
		raw.forEach((item, i) => {
			const parsed = this.parse(schema, item, file, name(item, i));
			if (!parsed) return;
			const k = key(parsed);
			if (seen.has(k)) this.add(file, k, 'id', `duplicate id "${k}"`);
			seen.add(k);
			out.push(parsed);
		});
		return out;
	}

	refs(
		file: string,
		record: string,
		field: string,
		values: string[],
		known: Set<string>,
		what: string
	) {
		values.forEach((v, i) => {
			if (!known.has(v)) this.add(file, record, `${field}.${i}`, `unknown ${what} id "${v}"`);
		});
	}
}
