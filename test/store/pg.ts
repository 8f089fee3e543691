import pg from 'pg';

/** Where the PostgreSQL tests connect: SITREP_TEST_PG, else the local server on 127.0.0.1. */
export const PG_ADMIN = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';

/** A reachable server gets a fresh database; null (with the reason) when none answers. */
export async function freshDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> } | { skip: string }> {
  const admin = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (error) {
    return { skip: `PostgreSQL not reachable at ${PG_ADMIN} (${(error as Error).message}); set SITREP_TEST_PG to run this suite` };
  }
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_ADMIN });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
