import { ConsultationRecord } from '../../domain/consultation-record';
import { consolidateEvent, consolidateParticipation } from '../../domain/claims';
import { ConsultationStatus } from '../../domain/enums';
import { isPartialDate, parsePartialDate } from '../../domain/partial-date';
import { timelineKey } from '../../domain/timeline-key';
import { consultationId, seriesId } from '../../domain/ids';
import { resolveSeriesRounds, ResolvedRound, RoundStatement } from '../../domain/rounds';
import { compatibleMeetingDates } from '../../domain/same-meeting';
import { searchLabelFor, OfficialHints, resolveOfficials, UnknownOfficialError, consultationRow, countryRows, ministryRows, participationRows, sourceRows, topicRows, UNKNOWN_SORT_DATE } from '../../graph';
import { GraphFiles } from './graph-files';
import { MemoryDirectory } from './memory-directory';

export interface Pending {
  line: number;
  record: ConsultationRecord;
  /** recordFingerprint(record), computed where the record was checked (record-check.ts). */
  fingerprint: string;
}

interface PlannedSeries {
  kind: string;
  events: Array<{ id: string; status: ConsultationStatus; sortDate: string | null; statements: RoundStatement[] }>;
}

/**
 * Turns validated records into the CSV files of an initial load, with the same identities, rows
 * and name resolution as the transactional writer (they share record-rows.ts and
 * resolveOfficials). What only a transaction can do exactly — a record that updates an event or
 * a source planned earlier, a record with side meetings, a participant naming an unknown
 * official id — is deferred: the caller writes those records through the transactional
 * importer once the database is up, in file order. Anything touching a deferred record's event
 * or sources is deferred too, so updates keep their order. A record without an id that may tell
 * an earlier record's meeting again with another date precision (one event per meeting,
 * domain/same-meeting.ts) is deferred as well: the writer decides it against the stored events.
 *
 * Events, series and officials are written by `finish`, when rounds and aliases are complete;
 * everything else is streamed as it is planned.
 */
export class BulkPlan {
  private readonly directory = new MemoryDirectory();
  private readonly consultations: Array<ReturnType<typeof consultationRow>> = [];
  private readonly series = new Map<string, PlannedSeries>();
  private readonly claimedEvents = new Set<string>();
  private readonly claimedSources = new Set<string>();
  private readonly countries = new Set<string>();
  private readonly ministries = new Set<string>();
  private readonly topics = new Set<string>();
  private readonly nameKeys = new Set<string>();
  /** Per series, every date an earlier record's event may be stored with (its own, its sources' claims). */
  private readonly meetingDates = new Map<string, string[]>();
  created = 0;

  constructor(
    private readonly files: GraphFiles,
    private readonly hints: OfficialHints & { remember(record: ConsultationRecord, officials: ReadonlyArray<{ id: string }>): void },
    private readonly now = new Date().toISOString(),
  ) {}

  /** Plans a batch (resolved together, like one transaction of the importer); returns the records deferred. */
  async add(batch: readonly Pending[]): Promise<Pending[]> {
    const deferred: Pending[] = [];
    let planned: Array<Pending & { id: string; seriesId: string }> = [];
    for (const item of batch) {
      const { record } = item;
      const series = seriesId(record.countries, record.kind);
      const id = record.id ?? consultationId(record.countries, record.kind, record.date, record.sources[0].id);
      const touchesClaimed = this.claimedEvents.has(id) || record.sources.some((s) => this.claimedSources.has(s.id));
      const mayMeetEarlier = !record.id && (this.meetingDates.get(series) ?? []).some((d) => compatibleMeetingDates(record.date, d));
      this.claim(id, series, record);
      if (touchesClaimed || mayMeetEarlier || record.sideMeetings.length > 0) deferred.push(item);
      else planned.push({ ...item, id, seriesId: series });
    }
    for (;;) {
      try {
        const officials = await resolveOfficials(this.directory, planned.map((p) => p.record), this.hints);
        for (const official of officials.officials) {
          for (const key of this.directory.commit(official)) {
            if (!this.nameKeys.has(key)) {
              this.nameKeys.add(key);
              await this.files.nodes.NameKey.add([key]);
            }
            await this.files.relationships.keyOf.add([key, official.id]);
          }
          // A new official whose name fit several people about equally: flagged, as UPSERT_OFFICIALS does.
          if (official.created) {
            for (const d of official.possibleDuplicateOf) await this.files.relationships.possibleDuplicateOf.add([official.id, d.id, d.score, d.spelling, this.now]);
          }
        }
        for (const [i, p] of planned.entries()) {
          const ids = officials.perRecord[i].map((o) => o.id);
          this.hints.remember(p.record, officials.perRecord[i]);
          await this.write(p.id, p.seriesId, p.record, p.fingerprint, ids);
        }
        break;
      } catch (error) {
        if (!(error instanceof UnknownOfficialError)) throw error;
        deferred.push(planned[error.recordIndex]);
        planned = planned.filter((_, i) => i !== error.recordIndex);
      }
    }
    return deferred.sort((a, b) => a.line - b.line);
  }

  private claim(id: string, series: string, record: ConsultationRecord): void {
    this.claimedEvents.add(id);
    for (const s of record.sources) this.claimedSources.add(s.id);
    const dates = this.meetingDates.get(series) ?? [];
    for (const date of [record.date, ...record.sources.map((s) => s.claims?.date ?? null)]) if (date !== null) dates.push(date);
    this.meetingDates.set(series, dates);
  }

  private async write(id: string, series: string, record: ConsultationRecord, fingerprint: string, officialIds: string[]): Promise<void> {
    const { nodes, relationships: rels } = this.files;
    this.created += 1;
    for (const country of countryRows([record])) {
      if (this.countries.has(country.code)) continue;
      this.countries.add(country.code);
      await nodes.Country.add([country.code, country.name]);
    }
    // The shown values follow the claim rule from the sources' statements, as the writer derives them.
    const claims = sourceRows(id, record).map((s) => ({ sourceId: s.id, ...s.claim }));
    const shown = consolidateEvent(claims);
    const shownDate = shown.date === null ? null : parsePartialDate(shown.date);
    const row = {
      ...consultationRow(id, series, record, fingerprint),
      status: shown.status as ConsultationStatus,
      date: shown.date,
      datePrecision: shown.datePrecision,
      sortDate: shownDate && isPartialDate(shownDate) ? shownDate.first : null,
      city: shown.city,
      format: shown.format as typeof record.format,
    };
    this.consultations.push(row);
    let planned = this.series.get(series);
    if (!planned) {
      planned = { kind: record.kind, events: [] };
      this.series.set(series, planned);
      for (const code of row.countryCodes) await rels.seriesBetween.add([series, code]);
    }
    for (const code of row.countryCodes) await rels.consultationBetween.add([id, code, timelineKey(code, row.sortDate ?? UNKNOWN_SORT_DATE)]);
    await rels.inSeries.add([id, series]);

    const heldBy = new Set<string>();
    for (const m of ministryRows(id, record)) {
      if (!this.ministries.has(m.id)) {
        this.ministries.add(m.id);
        await nodes.Ministry.add([m.id, m.name, m.country]);
        await rels.ministryCountry.add([m.id, m.country]);
      }
      if (!heldBy.has(m.id)) await rels.heldBy.add([id, m.id]);
      heldBy.add(m.id);
    }

    const statements: RoundStatement[] = [];
    const sources = new Set<string>();
    for (const s of sourceRows(id, record)) {
      if (sources.has(s.id)) continue;
      sources.add(s.id);
      await nodes.Source.add([s.id, s.publisher, s.citing, s.language, s.publishedAt, s.title, s.url, s.caveats, s.text, searchLabelFor(s.language)]);
      await rels.consultationSource.add([id, s.id, s.facts, s.roundNumber, s.roundStatedAs, true, s.claim.date, s.claim.city, s.claim.format, s.claim.status]);
      if (s.roundStatedAs !== null) statements.push({ number: s.roundNumber, statedAs: s.roundStatedAs, sourceId: s.id });
    }
    planned.events.push({ id, status: row.status, sortDate: row.sortDate, statements });

    // Two participants resolved to one person are one participation (the writer MERGEs on its id).
    const participations = new Map<string, ReturnType<typeof participationRows>[number]>();
    for (const p of participationRows(id, record, officialIds)) {
      const earlier = participations.get(p.id);
      participations.set(p.id, earlier ? { ...p, sources: [...earlier.sources.filter((e) => !p.sources.some((s) => s.source === e.source)), ...p.sources] } : p);
    }
    for (const p of participations.values()) {
      const derived = p.sources.length > 0 ? consolidateParticipation(p.sources.map((s) => ({ sourceId: s.source, title: s.title, rank: s.rank }))) : { title: p.title, rank: p.rank };
      await nodes.Participation.add([p.id, derived.title, derived.rank, p.role, p.country, p.officialId, p.consultationId]);
      await rels.participationOf.add([p.id, p.officialId]);
      await rels.participationIn.add([p.id, id]);
      await rels.participationFor.add([p.id, p.country]);
      for (const s of p.sources) await rels.participationSource.add([p.id, s.source, s.title, s.rank, s.nameAsWritten]);
    }

    const about = new Set<string>();
    for (const t of topicRows(id, record)) {
      if (!this.topics.has(t.key)) {
        this.topics.add(t.key);
        await nodes.Topic.add([t.key, t.name]);
      }
      if (!about.has(t.key)) await rels.about.add([id, t.key]);
      about.add(t.key);
    }
  }

  /** Rounds of every series (the same resolution as renumberSeries), then events, series and officials. */
  async finish(): Promise<void> {
    const { nodes, relationships: rels } = this.files;
    const rounds = new Map<string, ResolvedRound>();
    for (const [id, planned] of this.series) {
      const resolved = resolveSeriesRounds(planned.events.map((e) => ({ ...e, sortDate: e.sortDate === UNKNOWN_SORT_DATE ? null : e.sortDate })));
      for (const [cid, round] of resolved.rounds) rounds.set(cid, round);
      await nodes.Series.add([id, planned.kind, resolved.currentRoundNumber, resolved.nextRoundNumber]);
    }
    for (const c of this.consultations) {
      const round = rounds.get(c.id);
      await nodes.Consultation.add([
        c.id, c.kind, c.status, c.date, c.datePrecision, c.sortDate ?? UNKNOWN_SORT_DATE, c.city, c.format, c.countryCodes,
        c.seriesId, c.fingerprint, this.now, this.now,
        round?.number, round?.origin, round?.statedAs, round?.conflicting, round?.atLeast, round?.atMost,
      ]);
    }
    for (const o of this.directory.all()) {
      await nodes.Official.add([o.id, o.name, o.country, this.now, o.aliases, o.aliases.reduce((text, a) => `${text} ${a}`, '')]);
      await rels.officialCountry.add([o.id, o.country]);
    }
  }
}
