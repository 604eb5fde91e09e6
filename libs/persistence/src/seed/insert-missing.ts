import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { SeedTableReport } from './seed-report';

/**
 * INSERT … ON CONFLICT DO NOTHING: rows whose key already exists are left exactly as they are,
 * so a re-seed never overwrites what an administrator changed. Returns what was written.
 */
export async function insertMissing<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  keyColumn: string,
): Promise<SeedTableReport & { insertedRows: Record<string, unknown>[] }> {
  if (rows.length === 0) return { inserted: 0, skipped: 0, insertedRows: [] };
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows)
    .orIgnore()
    .updateEntity(false)
    .returning(keyColumn)
    .execute();
  // Postgres returns only the rows it actually inserted.
  const insertedRows = result.raw as Record<string, unknown>[];
  return { inserted: insertedRows.length, skipped: rows.length - insertedRows.length, insertedRows };
}
