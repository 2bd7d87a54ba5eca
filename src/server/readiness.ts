/**
 * Whether the service has finished starting (Neo4j answered, migrations and seed done). Until
 * then the HTTP server already listens — so orchestrators and users see "starting" rather than
 * a refused connection — but /health/ready answers 503 and GraphQL requests get UNAVAILABLE.
 */
export class Readiness {
  private ready = false;
  private reason = 'starting: waiting for Neo4j';
  private failure: string | null = null;

  get isReady(): boolean {
    return this.ready;
  }

  get waitingFor(): string {
    return this.reason;
  }

  waiting(reason: string): void {
    this.reason = reason;
  }

  markReady(): void {
    this.ready = true;
  }

  /** Set when the process can no longer serve (its embedded Neo4j could not be brought back). */
  get failedBecause(): string | null {
    return this.failure;
  }

  fail(reason: string): void {
    this.failure = reason;
    this.reason = `failed: ${reason}`;
  }
}
