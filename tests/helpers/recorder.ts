/** What a fake platform received, in order, and a way to wait for a particular request to arrive. */
export class Recorder<T> {
  readonly all: T[] = [];
  private waiters: { match: (x: T) => boolean; resolve: (x: T) => void }[] = [];

  constructor(private readonly name: string) {}

  record(x: T): void {
    this.all.push(x);
    for (const w of [...this.waiters]) {
      if (!w.match(x)) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(x);
    }
  }

  /** Resolves with the first recorded item (past or future) that matches. */
  waitFor(match: (x: T) => boolean, timeoutMs = 5000): Promise<T> {
    const hit = this.all.find(match);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: the request never came`)), timeoutMs);
      this.waiters.push({ match, resolve: (x) => (clearTimeout(timer), resolve(x)) });
    });
  }
}
