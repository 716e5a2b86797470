// A database of its own for each test: a fresh name, closed and deleted after the test.
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { openDatabase, type Database } from '../../../src/storage/database';

const opened: { name: string; db: Database }[] = [];

afterEach(async () => {
  for (const { name, db } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
});

export async function freshDatabase(): Promise<Database> {
  const name = `common-thread-test-${crypto.randomUUID()}`;
  const db = await openDatabase(name);
  opened.push({ name, db });
  return db;
}

/** The same database closed and opened again, as a new page load would (also closed and deleted after). */
export async function reopened(db: Database): Promise<Database> {
  db.close();
  const again = await openDatabase(db.name);
  opened.push({ name: db.name, db: again });
  return again;
}
