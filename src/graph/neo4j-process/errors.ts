/** Neo4j could not be provided: the message tells the user what to install or set. */
export class Neo4jSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jSetupError';
  }
}
