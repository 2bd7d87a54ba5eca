import { OfficialCandidate, OfficialDirectory, ResolvedOfficial } from '../../graph';

/**
 * The officials a bulk load has planned so far, answering name resolution's three questions
 * exactly as the graph would (see graph/consultations/official-directory.ts), so a bulk load
 * resolves people the way the transactional importer does.
 */
export class MemoryDirectory implements OfficialDirectory {
  private readonly officials = new Map<string, OfficialCandidate>();
  private readonly byKey = new Map<string, string[]>();
  /** Every id under each of its hyphen-prefixes ("az-ali-aliyev-2" under "az-ali-aliyev", "az-ali", …). */
  private readonly byPrefix = new Map<string, string[]>();

  async candidates(lookups: ReadonlyArray<{ key: string; country: string }>) {
    return lookups.flatMap(({ key, country }) =>
      (this.byKey.get(key) ?? []).map((id) => this.officials.get(id)!).filter((o) => o.country === country).map((o) => ({ ...o, aliases: [...o.aliases], key })),
    );
  }

  async byIds(ids: readonly string[]) {
    return ids.flatMap((id) => {
      const o = this.officials.get(id);
      return o ? [{ ...o, aliases: [...o.aliases] }] : [];
    });
  }

  async idsStartingWith(prefixes: readonly string[]) {
    return prefixes.flatMap((prefix) => this.byPrefix.get(prefix) ?? []);
  }

  get(id: string): OfficialCandidate | undefined {
    return this.officials.get(id);
  }

  all(): IterableIterator<OfficialCandidate> {
    return this.officials.values();
  }

  /**
   * What UPSERT_OFFICIALS does to the graph: a new official is created with its first name, every
   * other spelling becomes an alias (in order seen), every name key points at them. Returns the
   * name keys that are new for this official.
   */
  commit(official: ResolvedOfficial): string[] {
    let stored = this.officials.get(official.id);
    if (!stored) {
      stored = { id: official.id, name: official.name, country: official.country, aliases: [] };
      this.officials.set(official.id, stored);
      const parts = official.id.split('-');
      for (let n = 1; n <= parts.length; n += 1) push(this.byPrefix, parts.slice(0, n).join('-'), official.id);
    }
    for (const spelling of official.spellings) {
      if (spelling !== stored.name && !stored.aliases.includes(spelling)) stored.aliases.push(spelling);
    }
    const newKeys: string[] = [];
    for (const key of official.keys) {
      const ids = this.byKey.get(key);
      if (ids?.includes(official.id)) continue;
      push(this.byKey, key, official.id);
      newKeys.push(key);
    }
    return newKeys;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
