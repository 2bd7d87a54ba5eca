// to-words ships its typings only behind an "exports" map, which our "node" module resolution
// does not read; this declares the one class we use.
declare module 'to-words' {
  export class ToWords {
    constructor(options: { localeCode: string });
    toOrdinal(n: number): string;
  }
}
