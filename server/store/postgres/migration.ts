/** One step of the PostgreSQL schema, applied once in id order (migrations.ts lists them). */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}
