/**
 * A record naming a stored consultation's id with another pair or kind. Writing it would move
 * the event to another series and overwrite the pair every other source stated, so it is
 * refused alone (an import rejects only its line), naming the field at fault.
 */
export class OtherSeriesError extends Error {
  /** The problem without the field's name. */
  readonly reason: string;

  constructor(readonly recordIndex: number, readonly consultationId: string, storedSeries: string, givenSeries: string) {
    const reason = `consultation "${consultationId}" is of series ${storedSeries}, this record of ${givenSeries}; record it without the id, or with the stored pair and kind`;
    super(`id: ${reason}`);
    this.reason = reason;
    this.name = 'OtherSeriesError';
  }
}
