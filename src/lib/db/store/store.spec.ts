import { afterEach, describe, expect, it } from 'vitest';
import { dropDatabases } from '../test-factory';
import { DatabaseClosedError } from './errors';
import { IdbDatabase, type SchemaVersion } from './database';
import { liveQuery } from './live-query';

type Note = { id: string; owner: string; topic: string; at: number };

const V1: SchemaVersion = {
	version: 1,
	stores: { notes: 'id, owner, [owner+topic], at', tags: 'id' }
};
let counter = 0;
const opened: IdbDatabase[] = [];
afterEach(() => dropDatabases(opened));

function notesDb(versions: SchemaVersion[] = [V1], name = `store-${Date.now()}-${counter++}`) {
	const db = new IdbDatabase(name, versions);
	opened.push(db);
	return {
		db,
		notes: db.table<Note, string>('notes'),
		tags: db.table<{ id: string }, string>('tags')
	};
}

const note = (id: string, owner: string, topic = 'x', at = 0): Note => ({ id, owner, topic, at });

async function seeded() {
	const parts = notesDb();
	await parts.notes.bulkPut([
		note('n1', 'ana', 'flood', 3),
		note('n2', 'ben', 'dam', 1),
		note('n3', 'ana', 'dam', 2),
		note('n4', 'cy', 'flood', 4),
		note('pre-1', 'ana', 'flood', 5)
	]);
	return parts;
}

describe('reading by index', () => {
	it('equals, anyOf, startsWith and below pick the rows an index holds, in its order', async () => {
		const { notes } = await seeded();
		const ids = (rows: Note[]) => rows.map((row) => row.id);
		expect(ids(await notes.where('owner').equals('ana').toArray())).toEqual(['n1', 'n3', 'pre-1']);
		expect(ids(await notes.where('owner').anyOf(['cy', 'ben', 'cy']).toArray())).toEqual([
			'n2',
			'n4'
		]);
		expect(ids(await notes.where('id').startsWith('pre-').toArray())).toEqual(['pre-1']);
		expect(ids(await notes.where('at').below(3).toArray())).toEqual(['n2', 'n3']);
		expect(ids(await notes.where({ topic: 'dam', owner: 'ana' }).toArray())).toEqual(['n3']);
		expect(ids(await notes.orderBy('at').reverse().toArray())).toEqual([
			'pre-1',
			'n4',
			'n1',
			'n3',
			'n2'
		]);
	});

	it('counts, lists keys and distinct index values, with and without filters', async () => {
		const { notes } = await seeded();
		expect(await notes.where('owner').equals('ana').count()).toBe(3);
		expect(await notes.filter((row) => row.topic === 'flood').count()).toBe(3);
		expect(await notes.orderBy('owner').uniqueKeys()).toEqual(['ana', 'ben', 'cy']);
		expect(await notes.where('owner').equals('ana').primaryKeys()).toEqual(['n1', 'n3', 'pre-1']);
		const pairs: [unknown, unknown][] = [];
		await notes.orderBy('at').eachKey((at, cursor) => pairs.push([at, cursor.primaryKey]));
		expect(pairs.slice(0, 2)).toEqual([
			[1, 'n2'],
			[2, 'n3']
		]);
	});

	it('an index the schema lacks is an error, not an empty answer', async () => {
		const { notes } = await seeded();
		expect(() => notes.where('colour')).toThrow(/no index "colour"/);
		expect(() => notes.where({ colour: 'red' })).toThrow(/No index/);
	});
});

describe('writing', () => {
	it('a collection deletes or changes only its rows, and says how many', async () => {
		const { notes } = await seeded();
		expect(
			await notes
				.where('owner')
				.equals('ana')
				.filter((row) => row.topic === 'flood')
				.delete()
		).toBe(2);
		expect(await notes.toCollection().modify((row) => void (row.topic = 'all'))).toBe(3);
		expect((await notes.toArray()).map((row) => [row.id, row.topic])).toEqual([
			['n2', 'all'],
			['n3', 'all'],
			['n4', 'all']
		]);
	});

	it('update changes some fields of one row; add refuses a key already there', async () => {
		const { notes } = await seeded();
		expect(await notes.update('n2', { topic: 'river' })).toBe(1);
		expect(await notes.update('missing', { topic: 'river' })).toBe(0);
		expect(await notes.get('n2')).toEqual(note('n2', 'ben', 'river', 1));
		await expect(notes.add(note('n2', 'ben'))).rejects.toMatchObject({ name: 'ConstraintError' });
	});
});

describe('transactions', () => {
	it('all or nothing: a failure part-way leaves every table as it was', async () => {
		const { db, notes, tags } = await seeded();
		const failing = db.transaction('rw', [notes, tags], async (tx) => {
			await tx.table<{ id: string }>('tags').put({ id: 't1' });
			await tx.table<Note, string>('notes').delete('n1');
			throw new Error('stopped half-way');
		});
		await expect(failing).rejects.toThrow('stopped half-way');
		expect(await tags.count()).toBe(0);
		expect(await notes.get('n1')).toBeDefined();
	});

	it('a transaction inside one joins it; a table outside it or a write in a read is refused', async () => {
		const { db, notes, tags } = await seeded();
		await db.transaction('rw', [notes, tags], (tx) =>
			tx.transaction('rw', notes, (inner) => inner.table<Note, string>('notes').delete('n1'))
		);
		expect(await notes.get('n1')).toBeUndefined();
		await expect(
			db.transaction('rw', notes, (tx) => tx.table('tags').put({ id: 't' }))
		).rejects.toThrow(/not in this transaction/);
		await expect(
			db.transaction('r', notes, (tx) => tx.table<Note, string>('notes').delete('n2'))
		).rejects.toThrow(/read-only/);
		expect(await notes.get('n2')).toBeDefined();
	});
});

describe('live queries', () => {
	it('answer now, again after a write to a table they read, and not after other writes', async () => {
		const { db, notes, tags } = await seeded();
		const seen: number[] = [];
		const subscription = liveQuery(() => notes.count()).subscribe({
			next: (value) => seen.push(value),
			error: () => undefined
		});
		await expect.poll(() => seen).toEqual([5]);
		await notes.put(note('n5', 'dee'));
		await expect.poll(() => seen).toEqual([5, 6]);
		await tags.put({ id: 't1' });
		await notes.get('n1');
		// a transaction over the table that wrote nothing in it
		await db.transaction('rw', [notes, tags], (tx) => tx.table('tags').put({ id: 't2' }));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(seen).toEqual([5, 6]);
		subscription.unsubscribe();
		await notes.delete('n5');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(seen).toEqual([5, 6]);
	});

	it('answer again after another tab writes a table they read', async () => {
		const { db, notes } = await seeded();
		const seen: number[] = [];
		const subscription = liveQuery(() => notes.count()).subscribe({
			next: (value) => seen.push(value),
			error: () => undefined
		});
		await expect.poll(() => seen).toEqual([5]);
		// the other tab's write, as its database announces it
		await new Promise((resolve, reject) => {
			const opening = indexedDB.open(db.name);
			opening.onerror = () => reject(opening.error);
			opening.onsuccess = () => {
				const tx = opening.result.transaction('notes', 'readwrite');
				tx.objectStore('notes').put(note('n6', 'eve'));
				tx.oncomplete = () => resolve(opening.result.close());
			};
		});
		const announce = new BroadcastChannel('parallax-db-changes');
		announce.postMessage([`${db.name}/notes`]);
		announce.close();
		await expect.poll(() => seen).toEqual([5, 6]);
		subscription.unsubscribe();
	});

	it('pass a failing query’s error on, and answer again once it works', async () => {
		const { notes } = await seeded();
		let fail = true;
		const seen: unknown[] = [];
		const subscription = liveQuery(async () => {
			const count = await notes.count();
			if (fail) throw new Error('no');
			return count;
		}).subscribe({
			next: (value) => seen.push(value),
			error: (e) => seen.push((e as Error).message)
		});
		await expect.poll(() => seen).toEqual(['no']);
		fail = false;
		await notes.delete('n1');
		await expect.poll(() => seen).toEqual(['no', 4]);
		subscription.unsubscribe();
	});
});

describe('the connection', () => {
	it('closed, refuses with DatabaseClosedError until opened again', async () => {
		const { db, notes } = await seeded();
		db.close();
		await expect(notes.count()).rejects.toBeInstanceOf(DatabaseClosedError);
		await db.open();
		expect(await notes.count()).toBe(5);
	});

	it('closes for another tab’s upgrade, tells its listeners, and stays closed', async () => {
		const { db, notes } = await seeded();
		let told = 0;
		db.onVersionChange(() => told++);
		const V2: SchemaVersion = {
			version: 2,
			stores: { notes: 'id, owner, [owner+topic], at, topic' }
		};
		const newer = new IdbDatabase(db.name, [V1, V2]);
		expect(await newer.table<Note, string>('notes').where('topic').equals('dam').count()).toBe(2);
		expect(told).toBe(1);
		expect(db.isOpen()).toBe(false);
		await expect(notes.count()).rejects.toBeInstanceOf(DatabaseClosedError);
		newer.close();
	});

	it('opens a database a newer version made as it is, when it has every table', async () => {
		const { db } = await seeded();
		db.close();
		const V2: SchemaVersion = { version: 2, stores: { extra: 'id' } };
		const newer = new IdbDatabase(db.name, [V1, V2]);
		await newer.open();
		newer.close();
		const older = new IdbDatabase(db.name, [V1]);
		expect(await older.table('notes').count()).toBe(5);
		expect((await older.connection()).version).toBe(20);
		older.close();
	});
});
