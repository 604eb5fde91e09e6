/** The one thing the stores need from TypeORM's DataSource (or a transaction's EntityManager): plain SQL. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function rows<T>(runner: SqlRunner, sql: string, parameters?: unknown[]): Promise<T[]> {
  return (await runner.query(sql, parameters)) as T[];
}
