const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2022-10" → "October 2022"; "2020-02-26" → "26 February 2020"; approximate dates say so. */
export function formatSourceDate(date: { value: string; approximate: boolean }): string {
	const [year, month, day] = date.value.split('-');
	const parts = [day ? String(Number(day)) : '', month ? MONTHS[Number(month) - 1] : '', year];
	const text = parts.filter(Boolean).join(' ');
	return date.approximate ? `About ${text}` : text;
}
