/** Wall-clock time in a time zone, and the checks on what users type for a subscription. Pure. */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant in a time zone. */
export function localParts(now: Date, timeZone: string): { date: string; time: string } {
  const parts = formatter(timeZone).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

export function checkTime(raw: string): Checked<string> {
  const m = /^(\d{1,2}):(\d{2})$/.exec(raw.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return { ok: false, error: `"${raw}" is not a time of day: use HH:MM on a 24-hour clock, e.g. 08:00 or 17:30.` };
  return { ok: true, value: `${m[1]!.padStart(2, '0')}:${m[2]}` };
}

export function checkTimeZone(raw: string): Checked<string> {
  const tz = raw.trim();
  try {
    if (!tz || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$|^UTC$/.test(tz)) throw new Error('shape');
    // Keep the name as typed ("Europe/Kyiv"); ICU may call it by an older alias ("Europe/Kiev").
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return { ok: true, value: tz };
  } catch {
    return { ok: false, error: `"${raw}" is not a known time zone: use an IANA name such as Europe/Kyiv, America/New_York or UTC.` };
  }
}

/**
 * The next instant at which a daily HH:MM slot in `timeZone` falls due after `now` (for "/swap schedule"). A slot
 * that does not exist on a day (skipped by a daylight-saving jump) falls due at the first minute after it.
 */
export function nextRun(now: Date, time: string, timeZone: string): Date {
  // Step minute by minute over at most two days: simple, exact across DST, and cheap enough for a command.
  const start = Math.ceil(now.getTime() / 60_000) * 60_000;
  let previous = localParts(new Date(start - 60_000), timeZone);
  for (let t = start; t < start + 2 * 24 * 60 * 60_000; t += 60_000) {
    const here = localParts(new Date(t), timeZone);
    if (here.time >= time && (previous.time < time || previous.date !== here.date)) return new Date(t);
    previous = here;
  }
  return new Date(start);
}
