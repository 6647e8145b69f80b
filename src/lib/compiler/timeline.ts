import type { TimelineEvent } from '../content/schema/compiled';
import { timelineEntry, timelineFile } from '../content/schema/timeline';
import { parseYaml } from './front-matter';
import type { Problems } from './problems';
import { validate } from './validate';

export type ContentTimeline = {
	// the file's path, or undefined when the library has no content/timeline.yml
	file: string | undefined;
	events: ReadonlyMap<string, TimelineEvent>;
	// the file exists but could not be read or validated: its problems are already reported
	broken: boolean;
};

/** Loads content/timeline.yml (optional): every entry validated, ids unique, dates real. */
export function compileTimeline(
	file: { path: string; text: string } | undefined,
	problems: Problems
): ContentTimeline {
	const events = new Map<string, TimelineEvent>();
	if (!file) return { file: undefined, events, broken: false };
	const parsed = parseYaml(file.text);
	if (!parsed.ok) {
		problems.add({ file: file.path, line: parsed.line, field: '(file)', message: parsed.message });
		return { file: file.path, events, broken: true };
	}
	const before = problems.count;
	const { data, lineOf } = parsed.yaml;
	// entry by entry, so one bad entry does not hide the others' problems (or their ids)
	const list = Array.isArray(data)
		? data.map((item, i) =>
				validate(timelineEntry, { data: yearAsText(item), lineOf }, file.path, problems, [i])
			)
		: (validate(timelineFile, parsed.yaml, file.path, problems) ?? []);
	list.forEach((entry, i) => {
		if (!entry) return;
		const line = (field: string) => parsed.yaml.lineOf([i, field]);
		if (events.has(entry.id)) {
			problems.add({
				file: file.path,
				line: line('id'),
				field: `[${i}].id`,
				message: `duplicate timeline id "${entry.id}"`
			});
		}
		if (!isRealDate(entry.date)) {
			problems.add({
				file: file.path,
				line: line('date'),
				field: `[${i}].date`,
				message: `"${entry.date}" is not a date in the calendar`
			});
		}
		events.set(entry.id, {
			id: entry.id,
			date: entry.date,
			text: entry.text,
			names: (entry.names ?? []).map(({ name, usedBy, native }) =>
				native ? { name, usedBy, native } : { name, usedBy }
			)
		});
	});
	return { file: file.path, events, broken: problems.count > before };
}

/** YAML reads `date: 1994` as a number; a bare year means the same as `date: '1994'`. */
function yearAsText(item: unknown): unknown {
	if (item === null || typeof item !== 'object' || !('date' in item)) return item;
	const { date } = item;
	return typeof date === 'number' && Number.isInteger(date) && date >= 1000 && date <= 9999
		? { ...item, date: String(date) }
		: item;
}

/** YYYY, YYYY-MM or YYYY-MM-DD (the schema checks the shape) naming a month and day that exist. */
function isRealDate(date: string): boolean {
	const [, month, day] = date.split('-').map(Number);
	if (month === undefined) return true;
	if (month < 1 || month > 12) return false;
	if (day === undefined) return true;
	const year = Number(date.slice(0, 4));
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day >= 1 && day <= days;
}

/** The lesson's chosen events in date order (YYYY before YYYY-MM on the same year: strings sort so). */
export function byDate(events: TimelineEvent[]): TimelineEvent[] {
	return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
